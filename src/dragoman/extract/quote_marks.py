"""Find quoted passages by their marks: straight, curly, single, guillemets and doubled
apostrophes (``''…''`` as the New York Times' archive and treebank text write them), never crashing
on unbalanced or mismatched marks. A passage that runs over paragraphs (each paragraph opening a
mark, only the last closing it) is one passage with a fragment per paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Span
from ..nlp.doc_text import document_text

_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "‹": "›"}
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\r\n[ \t]*\r\n")
#: Two-character marks, scanned as a straight double quote followed by a placeholder that is
#: neither a space nor a mark, so every offset stays that of the original text.
_DOUBLED = re.compile(r"''|``")
_PLACEHOLDER = "\u200b"
_MAX_CHARS = 6000  # a "quotation" longer than this is an unbalanced mark, not a quote


@dataclass(frozen=True, slots=True)
class QuotedPassage:
    """Fragments of one quotation, each including its marks."""

    fragments: tuple[Span, ...]

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


def _is_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 3].lstrip(_PLACEHOLDER)[:1] or " "
    if text[i] in "«‹":
        return True  # French typography puts a space inside guillemets
    if text[i] in "“„":
        return not after.isspace()
    if text[i] in "‘\"":
        return (before.isspace() or before in "([{—–-/:;" or i == 0) and not after.isspace()
    return False


def _closes(text: str, i: int, opener: str) -> bool:
    mark = text[i]
    if mark != _PAIRS[opener] and not (opener == '"' and mark == "”") and not (opener == "“" and mark == '"'):
        return False
    if mark == "’":
        after = text[i + 1] if i + 1 < len(text) else " "
        return not after.isalnum()  # "don’t" is an apostrophe
    return True


def document_passages(doc: Doc) -> list[QuotedPassage]:
    """The quoted passages of a parsed document, found once and shared by every stage."""
    cached = doc.user_data.get("dragoman_passages")
    if cached is None:
        cached = doc.user_data["dragoman_passages"] = quoted_passages(document_text(doc))
    return cached


def _paragraph_ends(text: str) -> list[int]:
    return [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]


def quoted_passages(text: str) -> list[QuotedPassage]:
    """Quoted passages of ``text`` in order; nested quotes stay inside their passage."""
    if "''" not in text and "``" not in text:
        return _scan(text)
    scanned = _DOUBLED.sub('"' + _PLACEHOLDER, text)
    return [
        QuotedPassage(tuple((start, end + 1 if scanned[end : end + 1] == _PLACEHOLDER else end) for start, end in p.fragments))
        for p in _scan(scanned)
    ]


def _scan(text: str) -> list[QuotedPassage]:
    ends = _paragraph_ends(text)
    passages: list[QuotedPassage] = []
    fragments: list[Span] = []
    i, paragraph = 0, 0
    n = len(text)
    while i < n:
        while paragraph < len(ends) - 1 and i >= ends[paragraph]:
            paragraph += 1
        char = text[i]
        if char not in _PAIRS or not _is_opening(text, i) or (char == "‘" and not _single_quote_closes(text, i, ends[paragraph])):
            i += 1
            continue
        close = _find_close(text, i, char, ends[paragraph])
        if close is not None:
            fragments.append((i, close + 1))
            passages.append(QuotedPassage(tuple(fragments)))
            fragments = []
            i = close + 1
            continue
        # Unclosed at the paragraph's end: it continues if the next paragraph opens a mark.
        end = ends[paragraph]
        following = _next_paragraph_start(text, end)
        if following is not None and text[following] == char:
            fragments.append((i, len(text[:end].rstrip())))
            i = following
            continue
        # Unbalanced: the quotation runs to the end of its paragraph.
        fragments.append((i, len(text[:end].rstrip())))
        passages.append(QuotedPassage(tuple(fragments)))
        fragments = []
        i = end
    if fragments:
        passages.append(QuotedPassage(tuple(fragments)))
    return passages


def _single_quote_closes(text: str, i: int, limit: int) -> bool:
    return _find_close(text, i, "‘", limit) is not None


def _find_close(text: str, start: int, opener: str, limit: int) -> int | None:
    limit = min(limit, start + _MAX_CHARS)
    depth_opener = {"“": "‘", "‘": "“", '"': "'", "«": "‹"}.get(opener)
    j = start + 1
    while j < limit:
        char = text[j]
        if _closes(text, j, opener) and j > start + 1:
            return j
        if char == depth_opener and _is_opening(text, j):
            inner = _find_close(text, j, char, limit) if char in _PAIRS else None
            if inner is not None:
                j = inner + 1
                continue
        j += 1
    return None


def _next_paragraph_start(text: str, end: int) -> int | None:
    j = end
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) else None

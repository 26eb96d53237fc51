"""Sentence of a token in O(log n): spaCy's `Token.sent` scans the document on every call."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from .doc_text import document_text


#: Longer "sentences" are not prose (tables, lists, text without full stops): the quote and event
#: rules skip them, which also keeps their parse-tree walks bounded.
MAX_SENTENCE_TOKENS = 250


def sentence_index(doc: Doc) -> SentenceIndex:
    """The document's sentence index, built once and shared by every stage."""
    cached = doc.user_data.get("dragoman_sentences")
    if cached is None:
        cached = doc.user_data["dragoman_sentences"] = SentenceIndex(doc)
    return cached


class SentenceIndex:
    def __init__(self, doc: Doc) -> None:
        self.sentences: list[Span] = list(doc.sents)
        self.starts = [s.start for s in self.sentences]
        self.end_chars = [s.end_char for s in self.sentences]
        self.length = len(document_text(doc))

    def of(self, token: Token) -> Span:
        return self.sentences[bisect.bisect_right(self.starts, token.i) - 1]

    def end_char_after(self, position: int) -> int:
        """The end (a character offset) of the sentence that holds character ``position``."""
        i = bisect.bisect_right(self.end_chars, position)
        return self.end_chars[i] if i < len(self.end_chars) else self.length

    def is_prose(self, token: Token) -> bool:
        """Whether the token's sentence is short enough to be read as a sentence."""
        return len(self.of(token)) <= MAX_SENTENCE_TOKENS

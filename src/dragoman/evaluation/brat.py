"""PolNeAR's brat standoff files: attributions as (content, source, cue) spans."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model import QuoteKind, Span

OPENING_MARKS = "\"“‘'«„‹"
CLOSING_MARKS = "\"”’'»“›"
#: A quote mark, not an apostrophe: a single mark counts only where it opens a word ("‘Directly",
#: not "Clinton's", "he’ll" or "voters’ anger").
_QUOTE_MARK = re.compile(r"[\"“”«»„‹›]|''|(?<!\w)['‘’](?=\w)")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: tuple[Span, ...]
    source: tuple[Span, ...]
    cue: tuple[Span, ...]

    def kind(self, text: str) -> QuoteKind:
        """direct: the content is all quoted; mixed: part of it is; indirect: none."""
        words = " ".join(text[s:e] for s, e in self.content).strip()
        if not _QUOTE_MARK.search(words):
            return "indirect"
        stripped = words.rstrip(".,;:!? ")
        if stripped[:1] in OPENING_MARKS and stripped[-1:] in CLOSING_MARKS:
            return "direct"
        return "mixed"


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _spans(field: str) -> tuple[Span, ...]:
    spans = []
    for part in field.split(";"):
        start, end = part.split()
        spans.append((int(start), int(end)))
    return tuple(spans)


def parse_ann(ann: str) -> tuple[GoldAttribution, ...]:
    """The attributions (E lines) of one .ann file."""
    spans: dict[str, tuple[Span, ...]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if line.startswith("T"):
            _label, _, offsets = fields[1].partition(" ")
            try:
                spans[fields[0]] = _spans(offsets)
            except ValueError:
                continue
        elif line.startswith("E"):
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            relations.append(roles)
    attributions = []
    for roles in relations:
        if "Content" not in roles:
            continue
        attributions.append(
            GoldAttribution(
                content=spans.get(roles["Content"], ()),
                source=spans.get(roles.get("Source", ""), ()),
                cue=spans.get(roles.get("Cue", ""), ()),
            )
        )
    return tuple(attributions)


def read_polnear(folder: Path) -> Iterator[GoldArticle]:
    """Articles of a PolNeAR split (``text/`` and ``attributions/``), first annotator's file."""
    texts = folder / "text"
    anns = folder / "attributions"
    for text_path in sorted(texts.glob("*.txt")):
        candidates = sorted(p for p in anns.glob(f"{text_path.stem}_*.ann") if len(p.stem) == len(text_path.stem) + 5)
        if not candidates:
            continue
        text = text_path.read_text(encoding="utf-8")
        yield GoldArticle(
            name=text_path.stem, text=text, attributions=parse_ann(candidates[0].read_text(encoding="utf-8"))
        )

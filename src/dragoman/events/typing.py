"""`classify`: the PLOVER type of the event linking a marked source and target in a sentence.

The fine-tuned classifier decides; the CAMEO lexicon, applied to the verb that links the two
actors in the parse, names the CAMEO code when it agrees and splits PLV's YIELD into PLOVER 2.0's
CONCEDE and RETREAT.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Span
from .classifier import event_classifier
from .lexicon import CameoCode, verb_lexicon


@dataclass(frozen=True, slots=True)
class Typed:
    type: str
    cameo: str | None
    scores: dict[str, float]


def _linking_codes(doc: Doc, source: Span | None, target: Span | None) -> list[CameoCode]:
    """CAMEO codes of the words on the parse path between the two actors (or near the one given)."""
    lexicon = verb_lexicon()
    heads: list[Token] = []
    for span in (source, target):
        if span is not None:
            chars = doc.char_span(*span, alignment_mode="expand")
            if chars is not None:
                heads.append(chars.root)
    if not heads:
        return []
    chains = [[h, *h.ancestors] for h in heads]
    path: list[Token] = list(chains[0])
    if len(chains) == 2:
        common = next((t for t in chains[0] if t in chains[1]), None)
        if common is not None:
            path = chains[0][: chains[0].index(common) + 1] + chains[1][: chains[1].index(common)]
    codes = [lexicon.code_for(t) for t in path if t not in heads]
    return [c for c in codes if c is not None]


def classify_records(
    records: Iterable[tuple[str, Span | None, Span | None]], nlp: Language, *, batch_size: int = 32
) -> Iterator[Typed]:
    """Typed events for (text, source, target) triples, in order."""
    classifier = event_classifier()
    batch: list[tuple[str, Span | None, Span | None]] = []

    def flush() -> Iterator[Typed]:
        docs = nlp.pipe((text for text, _s, _t in batch), disable=[p for p in nlp.pipe_names if p.startswith("dragoman_") and p != "dragoman_sentences"])
        for (text, source, target), doc, row in zip(batch, docs, classifier.classify(batch)):
            best = max(row, key=row.__getitem__)
            codes = _linking_codes(doc, source, target)
            label = best
            if best == "YIELD":
                label = next((c.type for c in codes if c.type in {"CONCEDE", "RETREAT"}), "CONCEDE")
            cameo = next((c.code for c in codes if c.type == label), None)
            yield Typed(type=label, cameo=cameo, scores=row)

    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()

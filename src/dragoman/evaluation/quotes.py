"""Score predicted quotes against gold attributions (PolNeAR's conventions).

Predicted and gold contents are matched one to one, greedily by character IoU over the
characters that are not spaces or punctuation; *loose* counts pairs with IoU >= 0.5, *exact*
pairs with IoU = 1. A matched quote's source is right when it overlaps the gold source, or
when both are absent.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import Quote, Span
from .brat import GoldAttribution


def significant_characters(text: str, spans: Iterable[Span]) -> frozenset[int]:
    """Positions of the characters the scorer compares: not spaces, not punctuation."""
    return frozenset(
        i
        for start, end in spans
        for i in range(max(start, 0), min(end, len(text)))
        if not text[i].isspace() and not unicodedata.category(text[i]).startswith("P")
    )


def overlaps(a: Iterable[Span], b: Iterable[Span]) -> bool:
    """Whether any span of ``a`` shares a character with any span of ``b``."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


@dataclass(slots=True)
class QuoteScores:
    predicted: int = 0
    gold: int = 0
    loose: int = 0
    exact: int = 0
    source_right: int = 0
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)

    def add(self, other: QuoteScores) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.loose += other.loose
        self.exact += other.exact
        self.source_right += other.source_right
        self.gold_by_kind.update(other.gold_by_kind)
        self.found_by_kind.update(other.found_by_kind)

    def summary(self) -> dict[str, object]:
        def prf(hits: int) -> dict[str, float]:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}

        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "loose": prf(self.loose),
            "exact": prf(self.exact),
            "source_accuracy": round(self.source_right / self.loose, 4) if self.loose else 0.0,
            "recall_by_kind": {
                kind: round(self.found_by_kind[kind] / count, 4) for kind, count in sorted(self.gold_by_kind.items())
            },
        }


def match(text: str, predicted: Sequence[Sequence[Span]], gold: Sequence[Sequence[Span]]) -> dict[int, tuple[int, float]]:
    """Predicted contents matched one to one with gold ones, greedily by IoU of their significant
    characters (pairs under 0.5 left out): predicted index -> (gold index, IoU)."""
    pred_chars = [significant_characters(text, spans) for spans in predicted]
    gold_chars = [significant_characters(text, spans) for spans in gold]
    pairs = []
    for i, p in enumerate(pred_chars):
        for j, g in enumerate(gold_chars):
            if p and g and not p.isdisjoint(g):
                pairs.append((len(p & g) / len(p | g), i, j))
    pairs.sort(key=lambda pair: (-pair[0], pair[1], pair[2]))
    matched: dict[int, tuple[int, float]] = {}
    used_gold: set[int] = set()
    for iou, i, j in pairs:
        if i in matched or j in used_gold or iou < 0.5:
            continue
        matched[i] = (j, iou)
        used_gold.add(j)
    return matched


def score_article(text: str, predicted: Iterable[Quote], gold: Iterable[GoldAttribution]) -> QuoteScores:
    """Scores of one article's predicted quotes against its gold attributions."""
    predicted = list(predicted)
    gold = [g for g in gold if significant_characters(text, g.content)]
    scores = QuoteScores(predicted=len(predicted), gold=len(gold))
    kinds = [g.kind(text) for g in gold]
    scores.gold_by_kind.update(kinds)
    for i, (j, iou) in match(text, [q.content for q in predicted], [g.content for g in gold]).items():
        scores.loose += 1
        scores.exact += iou == 1.0
        scores.found_by_kind[kinds[j]] += 1
        quote, attribution = predicted[i], gold[j]
        if quote.source is None and not attribution.source:
            scores.source_right += 1
        elif quote.source is not None and overlaps([quote.source], attribution.source):
            scores.source_right += 1
    return scores

"""Score event typing on PLV-style sentences: accuracy and macro F1 of the PLOVER root."""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from spacy.language import Language

from ..events.plv import YIELD_TYPES, PlvRecord, read_plv, sentence_hash
from ..events.typing import classify_records
from ..model import Actor, Span
from .quotes import overlaps


@functools.cache
def trained_on() -> frozenset[str]:
    path = resources.files("dragoman.data").joinpath("event_classifier", "trained_on.json")
    return frozenset(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else frozenset()


def _root(label: str) -> str:
    return "YIELD" if label in YIELD_TYPES else label


def evaluate_plv(path: Path, nlp: Language) -> dict[str, object]:
    """Accuracy and macro F1 on the file's sentences that the classifier did not train on."""
    records = list(read_plv(path))
    if not records:
        raise FileNotFoundError(f"{path}: no PLV records (needs marked_sentence and gold_root columns)")
    seen = trained_on()
    held = [r for r in records if sentence_hash(r.text) not in seen]
    predicted = [_root(t.type) for t in classify_records(((r.text, r.source, r.target) for r in held), nlp)]
    gold = [r.label for r in held]
    labels = sorted(set(gold) | set(predicted))
    true_positive = Counter(g for g, p in zip(gold, predicted) if g == p)
    f1s = {}
    for label in labels:
        tp = true_positive[label]
        fp = sum(1 for p in predicted if p == label) - tp
        fn = sum(1 for g in gold if g == label) - tp
        f1s[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {
        "sentences": len(held),
        "skipped_as_training_data": len(records) - len(held),
        "accuracy": round(sum(true_positive.values()) / len(held), 4) if held else 0.0,
        "macro_f1": round(sum(f1s.values()) / len(f1s), 4) if f1s else 0.0,
        "f1_by_type": {label: round(f1s[label], 4) for label in labels},
        "end_to_end": end_to_end(held, nlp),
    }


def _marks(actor: Actor | None, span: Span | None) -> bool:
    return actor is not None and span is not None and overlaps([actor.span], [span])


def end_to_end(records: Sequence[PlvRecord], nlp: Language) -> dict[str, float]:
    """The whole extractor on the bare sentences, with no marked actors: the share of sentences
    where it codes an event between the marked source and target (``found``), and where that
    event also has the gold type (``typed``)."""
    found = typed = events = 0
    for record, doc in zip(records, nlp.pipe(r.text for r in records)):
        coded = doc._.dragoman_events or ()
        events += len(coded)
        linking = [e for e in coded if _marks(e.source, record.source) and _marks(e.target, record.target)]
        found += bool(linking)
        typed += any(_root(e.type) == record.label for e in linking)
    total = max(len(records), 1)
    return {"found": round(found / total, 4), "typed": round(typed / total, 4), "events_per_sentence": round(events / total, 3)}

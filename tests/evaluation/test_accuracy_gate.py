"""The accuracy gate: dev-set scores may not fall below the pinned baseline (raise it, never lower it)."""

import json
from pathlib import Path

import pytest

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))
TOLERANCE = 0.002


@pytest.mark.slow
def test_quotes_on_polnear_dev(shared, nlp):
    from dragoman.evaluation.runner import evaluate_quotes

    scores = evaluate_quotes(shared / "data" / "polnear" / "dev", nlp=nlp).summary()
    floor = BASELINE["quotes_polnear_dev"]
    measured = {
        "loose_f1": scores["loose"]["f1"],
        "exact_f1": scores["exact"]["f1"],
        "source_accuracy": scores["source_accuracy"],
    }
    for name, value in floor.items():
        assert measured[name] >= value - TOLERANCE, f"{name} fell to {measured[name]} (baseline {value})"


@pytest.mark.slow
def test_event_typing_on_plv_dev_split(shared, nlp):
    from dragoman.evaluation.events import evaluate_plv

    scores = evaluate_plv(shared / "data" / "events" / "PLV_train.tsv", nlp)
    assert scores["sentences"] >= 200, "the held-out split should be scored, not the training sentences"
    floor = BASELINE["events_plv_dev"]
    assert scores["accuracy"] >= floor["accuracy"] - TOLERANCE
    assert scores["macro_f1"] >= floor["macro_f1"] - TOLERANCE
    assert scores["end_to_end"]["found"] >= floor["end_to_end_found"] - TOLERANCE
    assert scores["end_to_end"]["typed"] >= floor["end_to_end_typed"] - TOLERANCE

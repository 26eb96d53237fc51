"""Type an event given a sentence and its source and target: a fine-tuned MiniLM run with ONNX
Runtime (scripts/train_event_classifier.py), so inference needs no torch."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..model import Span

#: PLV's 15 roots: PLOVER 2.0's 16 types with CONCEDE and RETREAT as YIELD.
LABELS = [
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE",
    "PROTEST", "REJECT", "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "YIELD",
]


def mark(text: str, source: Span | None, target: Span | None) -> str:
    """The sentence with ``[S] … [/S]`` around the source and ``[T] … [/T]`` around the target."""
    inserts = []
    if source is not None:
        inserts += [(source[0], 1, "[S] "), (source[1], 0, " [/S]")]
    if target is not None:
        inserts += [(target[0], 1, "[T] "), (target[1], 0, " [/T]")]
    for position, _order, tag in sorted(inserts, key=lambda item: (-item[0], -item[1])):
        text = text[:position] + tag + text[position:]
    return text


class EventClassifier:
    """PLOVER root probabilities for (sentence, source, target) triples."""

    def __init__(self, folder: Path) -> None:
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as error:  # pragma: no cover - both are dependencies
            raise ModelError(f"event classifier needs onnxruntime and tokenizers ({error})") from error
        meta = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        self.labels: list[str] = meta["labels"]
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(meta["max_tokens"])
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(folder / "model.int8.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def probabilities(self, items: Sequence[tuple[str, Span | None, Span | None]]) -> np.ndarray:
        """One row of label probabilities per item.

        Items run one at a time: the int8 model quantises activations over the whole input, so
        in a padded batch one sentence's scores would depend on its neighbours.
        """
        rows = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        for i, item in enumerate(items):
            encoding = self.tokenizer.encode(mark(*item))
            feed = {
                "input_ids": np.array([encoding.ids], dtype=np.int64),
                "attention_mask": np.array([encoding.attention_mask], dtype=np.int64),
                "token_type_ids": np.array([encoding.type_ids], dtype=np.int64),
            }
            (logits,) = self.session.run(["logits"], feed)
            exp = np.exp(logits[0] - logits[0].max())
            rows[i] = exp / exp.sum()
        return rows

    def classify(self, items: Sequence[tuple[str, Span | None, Span | None]]) -> list[dict[str, float]]:
        """Scores by label for each item."""
        return [
            {label: round(float(p), 4) for label, p in zip(self.labels, row)} for row in self.probabilities(items)
        ]


@functools.cache
def event_classifier() -> EventClassifier:
    """The packaged classifier, loaded once per process."""
    folder = Path(str(resources.files("dragoman.data").joinpath("event_classifier")))
    if not (folder / "model.int8.onnx").exists():
        raise ModelError(f"the event classifier is missing from {folder}: run scripts/train_event_classifier.py")
    return EventClassifier(folder)

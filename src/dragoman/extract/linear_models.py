"""The small logistic models dragoman ships as JSON (feature name -> weight, and a threshold)."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Weights of indicator features, and the probability under which an answer is no."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: Iterable[str]) -> float:
        """The logistic probability of the features' summed weights."""
        score = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@functools.cache
def linear_model(name: str) -> LinearModel:
    """The model in ``dragoman/data/<name>.json``."""
    data = json.loads(resources.files("dragoman.data").joinpath(f"{name}.json").read_text(encoding="utf-8"))
    return LinearModel(weights=data["weights"], threshold=float(data["threshold"]))

"""The attribution cue lexicon learned from PolNeAR train (scripts/build_cue_lexicon.py)."""

from __future__ import annotations

import functools
import json
from importlib import resources


@functools.cache
def cue_lexicon() -> dict[str, float]:
    """lemma -> probability that a use of it is an attribution cue."""
    data = json.loads(resources.files("dragoman.data").joinpath("cues.json").read_text(encoding="utf-8"))
    return {lemma: float(probability) for lemma, (probability, _count) in data.items()}


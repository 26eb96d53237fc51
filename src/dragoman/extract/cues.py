"""The attribution cue lexicon learned from PolNeAR train (scripts/build_cue_lexicon.py)."""

from __future__ import annotations

import functools
import json
from importlib import resources

from spacy.tokens import Token

#: Lemmas that PolNeAR's annotators marked as cues in at least this share of their uses.
DEFAULT_THRESHOLD = 0.3
_CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADJ"})


@functools.cache
def cue_lexicon() -> dict[str, float]:
    """lemma -> probability that a use of it is an attribution cue."""
    data = json.loads(resources.files("dragoman.data").joinpath("cues.json").read_text(encoding="utf-8"))
    return {lemma: float(probability) for lemma, (probability, _count) in data.items()}


def cue_probability(token: Token) -> float:
    """How likely ``token`` is to introduce reported speech or belief."""
    if token.pos_ not in _CUE_POS:
        return 0.0
    return cue_lexicon().get(token.lemma_.lower(), 0.0)

"""Nested attributions: which of an attribution and the one inside its content to keep.

"Song said Clinton had said Sanders' plan wouldn't happen" holds two attributions. Of the 1,128
such pairs the rules find in PolNeAR train, only the outer one matches a gold attribution in 470, the
inner one alone in 416, both in 46 and neither in 196; which depends on the cues ("according to
cables, Manafort pressed diplomats" keeps the outer, "sought to distance herself" neither).
A logistic model trained on PolNeAR train (scripts/train_nesting_model.py) scores each attribution
that nests or is nested, from its own cue, kind, source and length and its partner's; the ones
under the threshold are dropped. Attributions that take part in no nesting are left alone.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .linear_models import linear_model

if TYPE_CHECKING:
    from .quotes import Attribution

#: Source mentions that are their own feature value; other sources are told apart by capitals.
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "who", "which", "that", "you"})


def nested_roles(found: Sequence[Attribution]) -> dict[int, list[tuple[str, int]]]:
    """For each attribution in a nesting, its roles: ("outer", inner index) or ("inner", outer index).
    An attribution is inner to another when its cue lies inside one of the other's content spans."""
    cues = sorted((a.cue[0], a.cue[1], j) for j, a in enumerate(found) if a.cue is not None)
    starts = [start for start, _end, _j in cues]
    pairs: set[tuple[int, int]] = set()
    for i, outer in enumerate(found):
        for s, e in outer.content:  # the cues that start inside each content span, found by position
            inside = cues[bisect.bisect_left(starts, s) : bisect.bisect_right(starts, e)]
            pairs.update((i, j) for _start, end, j in inside if j != i and end <= e)
    roles: dict[int, list[tuple[str, int]]] = {}
    for i, j in sorted(pairs):
        roles.setdefault(i, []).append(("outer", j))
        roles.setdefault(j, []).append(("inner", i))
    return roles


def _source_kind(text: str, attribution: Attribution) -> str:
    if attribution.source is None:
        return "none"
    words = text[attribution.source[0] : attribution.source[1]].strip()
    if words.lower() in _PRONOUNS:
        return f"pron:{words.lower()}"
    return "cap" if words[:1].isupper() else "lower"


def _cue_words(text: str, attribution: Attribution) -> str:
    return text[attribution.cue[0] : attribution.cue[1]].lower() if attribution.cue is not None else "-"


def _own_features(text: str, attribution: Attribution, prefix: str = "") -> list[str]:
    length = sum(end - start for start, end in attribution.content)
    return [
        f"{prefix}cue={_cue_words(text, attribution)}",
        f"{prefix}kind={attribution.kind}",
        f"{prefix}src={_source_kind(text, attribution)}",
        f"{prefix}conf={int(attribution.confidence * 20)}",
        f"{prefix}len={min(int(math.log2(length + 1)), 10)}",
    ]


def _same_source(text: str, a: Attribution, b: Attribution) -> bool:
    return a.source is not None and b.source is not None and text[a.source[0] : a.source[1]] == text[b.source[0] : b.source[1]]


def nesting_features(text: str, found: Sequence[Attribution], index: int, roles: list[tuple[str, int]]) -> set[str]:
    """Indicator features of ``found[index]`` given its roles in nestings."""
    attribution = found[index]
    features = {"bias", *_own_features(text, attribution)}
    cue = _cue_words(text, attribution)
    for role, other in roles:
        partner = found[other]
        features.add(f"role={role}")
        features.update(f"{role}:{f}" for f in _own_features(text, partner, "p_"))
        features.add(f"{role}:same_src={_same_source(text, attribution, partner)}")
        features.add(f"{role}:pair={cue}|{_cue_words(text, partner)}")
    return features


def without_unlikely_nested(text: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` less the attributions in nestings that the model finds unlikely."""
    model = linear_model("nesting_model")
    roles = nested_roles(found)
    dropped = {i for i, r in roles.items() if model.probability(nesting_features(text, found, i, r)) < model.threshold}
    return [a for i, a in enumerate(found) if i not in dropped]

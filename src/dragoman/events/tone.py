"""Tone of documents and quotes with VADER's lexicon model (compound score, -1 to 1)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..model import Span


@functools.cache
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


#: VADER's negation check is quadratic in a sentence's length: longer "sentences" (lists, tables,
#: text without full stops) are scored on their first characters only.
MAX_CHARS = 2000


def tone(text: str) -> float:
    """VADER's compound score of ``text``, rounded to three places."""
    return round(float(_analyzer().polarity_scores(text[:MAX_CHARS])["compound"]), 3)


def document_tone(text: str, sentences: Sequence[Span]) -> float:
    """Mean compound score over sentences: one long text's compound score saturates at +-1."""
    scores = [tone(text[s:e]) for s, e in sentences if text[s:e].strip()]
    return round(sum(scores) / len(scores), 3) if scores else 0.0

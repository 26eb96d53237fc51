"""Keep English articles only: others are named and skipped, never mis-coded as English.

py3langid (langid.py's model, shipped in the package) classifies the first few thousand
characters; texts too short to judge pass as English.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

from ..model import Document

SAMPLE_CHARS = 3000
MIN_LETTERS = 40


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability; ("en", 1.0) when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return "en", 1.0
    language, probability = _identifier().classify(sample)
    return language, float(probability)


def english_only(documents: Iterable[Document], on_skip: Callable[[Document, str], None]) -> Iterator[Document]:
    """The English documents; each other one goes to ``on_skip`` with its detected language."""
    for document in documents:
        language, probability = detect_language(document.text)
        if language == "en":
            yield document
        else:
            on_skip(document, f"not English (detected {language!r}, p={probability:.2f}); skipped")

"""Run dragoman over an annotated set and score it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from spacy.language import Language

from ..extraction import extract_documents
from ..model import Document
from .brat import GoldArticle, read_polnear
from .quotes import QuoteScores, score_article


def evaluate_quotes(
    folder: Path,
    *,
    nlp: Language | None = None,
    limit: int | None = None,
    progress: Callable[[Iterable[GoldArticle]], Iterator[GoldArticle]] = iter,
) -> QuoteScores:
    """Micro-averaged quote scores of dragoman on a PolNeAR-style folder."""
    articles = list(read_polnear(folder))[:limit]
    if not articles:
        raise FileNotFoundError(f"{folder}: no PolNeAR articles (text/*.txt with attributions/*.ann)")
    total = QuoteScores()
    documents = (Document(text=a.text, path=a.name) for a in progress(articles))
    for article, extraction in zip(articles, extract_documents(documents, nlp=nlp)):
        total.add(score_article(article.text, extraction.quotes, article.attributions))
    return total

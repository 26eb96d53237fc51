"""What the scripts that learn from PolNeAR train share: the parsed split and a sparse logistic fit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, DocBin

from dragoman.evaluation.brat import GoldArticle, read_polnear
from dragoman.nlp.pipeline import load_pipeline


def parsed_articles(folder: str, parsed: str, first: int = 0, last: int | None = None) -> list[tuple[GoldArticle, Doc]]:
    """The split's articles (``first`` to ``last``) with their parses from scripts/parse_polnear.py."""
    nlp = load_pipeline()
    articles = list(read_polnear(Path(folder)))
    docs = list(DocBin().from_disk(parsed).get_docs(nlp.vocab))
    return list(zip(articles, docs))[first:last]


def fit_weights(features: Sequence[Iterable[str]], labels: Sequence[bool], *, c: float, seed: int, min_weight: float) -> dict[str, float]:
    """Weights of a liblinear logistic model over indicator features; the intercept is added to "bias"."""
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in features]).tocsr()
    matrix.indices, matrix.indptr = matrix.indices.astype(np.int32), matrix.indptr.astype(np.int32)  # liblinear
    model = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=3000).fit(matrix, labels)
    weights = {n: round(float(w), 4) for n, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(w) >= min_weight}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    return weights

"""Train the cue classifier on PolNeAR train and write src/dragoman/data/cue_model.json.

Needs the parsed split from scripts/parse_polnear.py. Deterministic (fixed seed, liblinear).
Usage: python scripts/train_cue_model.py ../shared/data/polnear/train build/polnear-train.spacy
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support
from spacy.tokens import DocBin

from dragoman.evaluation.brat import read_polnear
from dragoman.extract.cue_model import cue_features, is_candidate
from dragoman.extract.quote_marks import quoted_passages
from dragoman.nlp.pipeline import load_pipeline

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "cue_model.json"
SEED = 13
C = 0.5
#: Chosen end to end (quote F1 on the held-out tenth of train, not on dev): 0.35 -> 0.587, 0.45 -> 0.592, 0.55 -> 0.585.
THRESHOLD = 0.45
MIN_WEIGHT = 0.01


def sentence_touches_quote(doc, passages):
    quoted = np.zeros(len(doc.text) + 1, dtype=bool)
    for passage in passages:
        for start, end in passage.fragments:
            quoted[start:end] = True
    return {s.start: bool(quoted[s.start_char : s.end_char + 2].any()) for s in doc.sents}


def examples(articles, docs):
    for article, doc in zip(articles, docs):
        passages = quoted_passages(doc.text)
        quoted_chars = {i for p in passages for s, e in p.fragments for i in range(s, e)}
        touches = sentence_touches_quote(doc, passages)
        cue_chars = {i for g in article.attributions for s, e in g.cue for i in range(s, e)}
        for token in doc:
            if token.idx in quoted_chars or not is_candidate(token):
                continue
            yield cue_features(token, touches[token.sent.start]), token.idx in cue_chars


def _int32(matrix):
    """liblinear accepts only 32-bit sparse indices."""
    matrix = matrix.tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    return matrix


def main(folder: str, parsed: str) -> None:
    nlp = load_pipeline()
    articles = list(read_polnear(Path(folder)))
    docs = list(DocBin().from_disk(parsed).get_docs(nlp.vocab))
    rng = np.random.default_rng(SEED)
    order = rng.permutation(len(articles))
    held = set(order[: len(order) // 10].tolist())
    train = [(a, d) for i, (a, d) in enumerate(zip(articles, docs)) if i not in held]
    test = [(a, d) for i, (a, d) in enumerate(zip(articles, docs)) if i in held]

    def matrix(pairs):
        features, labels = zip(*examples([a for a, _ in pairs], [d for _, d in pairs]))
        return [dict.fromkeys(f, 1) for f in features], np.array(labels)

    x_train, y_train = matrix(train)
    x_test, y_test = matrix(test)
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=C, solver="liblinear", random_state=SEED, max_iter=2000)
    model.fit(_int32(vectorizer.fit_transform(x_train)), y_train)
    probabilities = model.predict_proba(_int32(vectorizer.transform(x_test)))[:, 1]
    best = max(
        (precision_recall_fscore_support(y_test, probabilities >= t, average="binary", zero_division=0)[2], t)
        for t in np.arange(0.2, 0.8, 0.05)
    )
    print(f"held-out token F1 {best[0]:.3f} at threshold {best[1]:.2f} ({len(y_train)} training candidates)")
    weights = {name: round(float(w), 3) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(w) >= MIN_WEIGHT}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    OUT.write_text(json.dumps({"threshold": THRESHOLD, "weights": weights}, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

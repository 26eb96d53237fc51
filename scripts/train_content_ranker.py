"""Train the content ranker on PolNeAR train and write src/dragoman/data/content_ranker.json.

For every cue the rules find that is a gold cue, and whose content the rules give without quote
marks, each candidate span (dragoman.extract.content_spans) is labelled by whether it is exactly
the gold content (spaces and punctuation ignored, as the scorer does). A logistic model learns to
score them; the best-scoring candidate is kept at run time.
Needs the parsed split from scripts/parse_polnear.py. Deterministic (liblinear, fixed seed).
Usage: python scripts/train_content_ranker.py ../shared/data/polnear/train build/polnear-train.spacy [FIRST LAST]
(FIRST LAST: train on that range of articles only, to score the ranker on the others.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from polnear_training import fit_weights, parsed_articles

from dragoman.evaluation.quotes import significant_characters
from dragoman.extract.content_spans import candidate_features, candidates
from dragoman.extract.quotes import attributions

OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "content_ranker.json"
SEED = 17
#: Chosen on train halves (fit on one, score quotes end to end on the other): 0.2 and 0.5 tie on
#: exact F1, 0.2 keeps loose F1.
C = 0.2
MIN_WEIGHT = 0.005


def examples(article, doc):
    """(features, is exact) for the candidates of each gold-matched, unquoted rule content."""
    text = doc.text
    gold: dict[int, list[frozenset[int]]] = {}
    for attribution in article.attributions:
        letters = significant_characters(text, attribution.content)
        for start, end in attribution.cue:
            for c in range(start, end):
                gold.setdefault(c, []).append(letters)
    found = []

    def record(doc, cue, rule_content, exclude, quoted):
        contents = gold.get(cue.idx)
        if contents and rule_content and not any(i in quoted for i in rule_content):
            for candidate in candidates(doc, cue, rule_content, exclude):
                if any(i in quoted for i in candidate.tokens):
                    continue
                letters = significant_characters(text, [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in candidate.tokens])
                found.append((candidate_features(doc, cue, candidate), letters in contents))
        return rule_content

    list(attributions(doc, choose=record))
    return found


def main(folder: str, parsed: str, first: int = 0, last: int | None = None) -> None:
    features, labels = [], []
    for article, doc in parsed_articles(folder, parsed, first, last):
        for f, exact in examples(article, doc):
            features.append(f)
            labels.append(exact)
    weights = fit_weights(features, labels, c=C, seed=SEED, min_weight=MIN_WEIGHT)
    OUT.write_text(json.dumps(weights, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(labels)} candidates ({sum(labels)} exact), {len(weights)} weights -> {OUT}")


if __name__ == "__main__":
    bounds = [int(a) for a in sys.argv[3:5]]
    main(sys.argv[1], sys.argv[2], *bounds)

"""Parse a PolNeAR split once with dragoman's pipeline and save it as a spaCy DocBin for training.

Usage: python scripts/parse_polnear.py ../shared/data/polnear/train build/polnear-train.spacy
"""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import DocBin

from dragoman.evaluation.brat import read_polnear
from dragoman.nlp.pipeline import DRAGOMAN_COMPONENTS, load_pipeline


def main(folder: str, out: str) -> None:
    nlp = load_pipeline()
    articles = list(read_polnear(Path(folder)))
    bin_ = DocBin(store_user_data=False)
    with nlp.select_pipes(disable=list(DRAGOMAN_COMPONENTS)):
        for doc in nlp.pipe((a.text for a in articles), batch_size=16):
            bin_.add(doc)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(out)
    print(f"{len(articles)} parsed articles -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""Learn the attribution cue lexicon from PolNeAR train: how often each lemma is a cue.

Writes src/dragoman/data/cues.json: {lemma: [probability of being a cue, times seen as a cue]}.
Usage: python scripts/build_cue_lexicon.py ../shared/data/polnear/train
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from dragoman.evaluation.brat import read_polnear
from dragoman.nlp.pipeline import load_pipeline

MIN_CUES = 3
MIN_PROBABILITY = 0.08
OUT = Path(__file__).resolve().parent.parent / "src" / "dragoman" / "data" / "cues.json"


def main(folder: str) -> None:
    nlp = load_pipeline()
    seen: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    articles = list(read_polnear(Path(folder)))
    with nlp.select_pipes(enable=["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]):
        docs = nlp.pipe((a.text for a in articles), batch_size=32)
        for article, doc in zip(articles, docs):
            cue_chars = {i for g in article.attributions for s, e in g.cue for i in range(s, e)}
            for token in doc:
                if token.pos_ not in {"VERB", "NOUN", "ADP", "AUX", "PUNCT", "ADJ"}:
                    continue
                key = token.lemma_.lower() if token.pos_ != "PUNCT" else token.text
                seen[key] += 1
                if token.idx in cue_chars:
                    cued[key] += 1
    lexicon = {
        lemma: [round(cued[lemma] / seen[lemma], 3), cued[lemma]]
        for lemma in sorted(cued)
        if cued[lemma] >= MIN_CUES and cued[lemma] / seen[lemma] >= MIN_PROBABILITY
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(lexicon, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(lexicon)} cue lemmas from {len(articles)} articles -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/train")

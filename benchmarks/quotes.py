"""dragoman's quotes against textacy's `direct_quotations` on the same PolNeAR articles and model.

Usage: python benchmarks/quotes.py [--gold ../shared/data/polnear/dev] [--write]
Needs textacy (requirements/bench.txt). Scores use dragoman's scorer (evaluation/quotes.py);
textacy finds direct quotes only, and raises on some articles: those count as no predictions.
"""

from __future__ import annotations

import sys

import argparse
import datetime as dt
import time
from pathlib import Path

from dragoman.evaluation.brat import read_polnear
from dragoman.evaluation.quotes import QuoteScores, score_article
from dragoman.extraction import extract_documents
from dragoman.model import Document, Quote
from dragoman.nlp.pipeline import DRAGOMAN_COMPONENTS, load_pipeline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from results import History, report  # noqa: E402


def textacy_quotes(doc) -> list[Quote]:
    from textacy.extract.triples import direct_quotations

    found = []
    for speaker, cue, content in direct_quotations(doc):
        found.append(
            Quote(
                content=((content.start_char, content.end_char),),
                kind="direct",
                cue=(cue[0].idx, cue[-1].idx + len(cue[-1])),
                source=(speaker[0].idx, speaker[-1].idx + len(speaker[-1])),
            )
        )
    return found


def _figures(summary: dict) -> list[str]:
    """Loose P, R, F1, exact F1 and source accuracy of a scorer's summary, as the tables print them."""
    loose = summary["loose"]
    return [f"{x:.3f}" for x in (loose["precision"], loose["recall"], loose["f1"], summary["exact"]["f1"], summary["source_accuracy"])]


def main() -> None:
    articles = list(read_polnear(Path(ARGS.gold)))
    nlp = load_pipeline()
    textacy_scores, failures = QuoteScores(), 0
    started = time.perf_counter()
    with nlp.select_pipes(disable=list(DRAGOMAN_COMPONENTS)):
        for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
            try:
                predicted = textacy_quotes(doc)
            except Exception:  # textacy raises on unbalanced quote marks
                failures += 1
                predicted = []
            textacy_scores.add(score_article(article.text, predicted, article.attributions))
    textacy_seconds = time.perf_counter() - started
    started = time.perf_counter()
    ours = QuoteScores()
    documents = (Document(text=a.text) for a in articles)
    for article, extraction in zip(articles, extract_documents(documents, nlp=nlp)):
        ours.add(score_article(article.text, extraction.quotes, article.attributions))
    ours_seconds = time.perf_counter() - started
    a, b = ours.summary(), textacy_scores.summary()
    loose_ratio = a["loose"]["f1"] / max(b["loose"]["f1"], 1e-9)
    exact_ratio = a["exact"]["f1"] / max(b["exact"]["f1"], 1e-9)
    lines = [
        f"## Quotes against textacy (latest: {dt.date.today()}, {len(articles)} PolNeAR articles from {ARGS.gold})",
        "",
        "Command: `python benchmarks/quotes.py --gold " + ARGS.gold + "`",
        "",
        "| system | loose P | loose R | loose F1 | exact F1 | source acc. | seconds |",
        "|---|---|---|---|---|---|---|",
        "| dragoman | " + " | ".join([*_figures(a), f"{ours_seconds:.1f}"]) + " |",
        "| textacy 0.13 direct_quotations | " + " | ".join([*_figures(b), f"{textacy_seconds:.1f}"]) + " |",
        "",
        f"Ratios dragoman/textacy: loose F1 {loose_ratio:.2f}x, exact F1 {exact_ratio:.2f}x, time {ours_seconds / textacy_seconds:.2f}x "
        f"(both include parsing with the same model). textacy raised on {failures} of {len(articles)} articles.",
        f"dragoman recall by kind: {a['recall_by_kind']}",
    ]
    history = History(
        "quotes-against-textacy",
        ["date", "articles", "loose P", "loose R", "loose F1", "exact F1", "source acc.", "loose F1 ratio", "exact F1 ratio", "time ratio"],
        [
            str(dt.date.today()),
            str(len(articles)),
            *_figures(a),
            f"{loose_ratio:.2f}x",
            f"{exact_ratio:.2f}x",
            f"{ours_seconds / textacy_seconds:.2f}x",
        ],
    )
    report(lines, write=ARGS.write, history=history)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", default=str(ROOT.parent / "shared" / "data" / "polnear" / "dev"))
    parser.add_argument("--write", action="store_true")
    ARGS = parser.parse_args()
    main()

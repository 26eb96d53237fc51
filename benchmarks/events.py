"""Events per article and time per article on PolNeAR dev texts, with the type mix.

Usage: python benchmarks/events.py [--texts ../shared/data/polnear/dev/text] [--write]
"""

from __future__ import annotations

import sys

import argparse
import collections
import datetime as dt
import time
from pathlib import Path

from dragoman.extraction import extract_documents
from dragoman.model import Document
from dragoman.nlp.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from results import History, report  # noqa: E402


def main() -> None:
    paths = sorted(Path(ARGS.texts).glob("*.txt"))
    documents = [Document(text=p.read_text(encoding="utf-8"), path=str(p)) for p in paths]
    nlp = load_pipeline()
    list(extract_documents(documents[:2], nlp=nlp))  # warm up
    started = time.perf_counter()
    extractions = list(extract_documents(documents, nlp=nlp))
    seconds = time.perf_counter() - started
    events = [e for x in extractions for e in x.events]
    types = collections.Counter(e.type for e in events)
    both = sum(1 for e in events if e.source and e.target)
    dated = sum(1 for e in events if e.date)
    placed = sum(1 for e in events if e.location)
    per_article, ms_per_article = f"{len(events) / len(documents):.1f}", f"{1000 * seconds / len(documents):.0f}"
    both_share, dated_share, placed_share = (f"{n / max(len(events), 1):.0%}" for n in (both, dated, placed))
    lines = [
        f"## Events on PolNeAR dev texts (latest: {dt.date.today()}, {len(documents)} articles)",
        "",
        f"Command: `python benchmarks/events.py --texts {ARGS.texts}`",
        "",
        f"- {len(events)} events, {per_article} per article; {ms_per_article} ms per article (whole pipeline, one process)",
        f"- with both actors {both_share}, dated {dated_share}, placed {placed_share}",
        "- types: " + ", ".join(f"{t} {n}" for t, n in types.most_common()),
    ]
    history = History(
        "events-on-dev-texts",
        ["date", "articles", "events", "per article", "ms per article", "both actors", "dated", "placed"],
        [str(dt.date.today()), str(len(documents)), str(len(events)), per_article, ms_per_article, both_share, dated_share, placed_share],
    )
    report(lines, write=ARGS.write, history=history)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"))
    parser.add_argument("--write", action="store_true")
    ARGS = parser.parse_args()
    main()

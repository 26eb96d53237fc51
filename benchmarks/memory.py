"""Peak memory while ingesting a long stream: does the resident set stay flat?

Usage: python benchmarks/memory.py [--documents 20000] [--texts ../shared/data/polnear/train/text] [--write]
PolNeAR train texts are cycled, each copy made unique (so every one is parsed, extracted and stored),
into a fresh SQLite database. The peak resident set of each block of 1,000 documents is recorded;
the last block's peak is compared with the first's (target: within 10%).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from dragoman.ingest import IngestSummary, ingest
from dragoman.model import Document
from dragoman.store import Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from results import report  # noqa: E402

PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def resident_mb() -> float:
    """Current resident set of this process, in MiB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE_MB


def cycled(paths: list[Path], count: int, block: int, peaks: list[float]) -> Iterator[Document]:
    """``count`` unique documents from ``paths`` (read one at a time), recording each block's peak RSS."""
    started = time.perf_counter()
    for i in range(count):
        if i % block == 0:
            peaks.append(0.0)
            if i:
                rate = i / (time.perf_counter() - started)
                print(f"{i} documents, {peaks[-2]:.0f} MB peak in the last block, {rate:.1f} docs/s", file=sys.stderr, flush=True)
        peaks[-1] = max(peaks[-1], resident_mb())
        text = paths[i % len(paths)].read_text(encoding="utf-8")
        yield Document(text=f"{text}\n\n(copy {i})")


def main() -> None:
    paths = sorted(Path(ARGS.texts).glob("*.txt"))
    peaks: list[float] = []
    with tempfile.TemporaryDirectory() as folder, Store(f"sqlite:///{folder}/memory.db") as store:
        started = time.perf_counter()
        summary = IngestSummary()
        ingest(cycled(paths, ARGS.documents, ARGS.block, peaks), store, summary=summary, keep_duplicates=True)
        seconds = time.perf_counter() - started
    first, last = peaks[0], peaks[-1]
    lines = [
        f"## Memory ({dt.date.today()}, {platform.machine()}, {os.cpu_count()} cores)",
        "",
        f"Command: `python benchmarks/memory.py --documents {ARGS.documents} --texts {ARGS.texts}`",
        "",
        f"- {summary.stored} documents stored into SQLite in {seconds / 60:.0f} min ({ARGS.documents / seconds:.1f} docs/s), one process",
        f"- peak RSS of the first {ARGS.block:,} documents {first:.0f} MB, of the last {ARGS.block:,} {last:.0f} MB: "
        f"**{(last / first - 1) * 100:+.1f}%** (target within 10%)",
        f"- peak RSS per block of {ARGS.block:,} (MB): " + ", ".join(f"{p:.0f}" for p in peaks),
    ]
    report(lines, write=ARGS.write)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", default=str(ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"))
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--block", type=int, default=1000)
    parser.add_argument("--write", action="store_true", help="append the figures to benchmarks/RESULTS.md")
    ARGS = parser.parse_args()
    main()

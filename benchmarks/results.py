"""Where benchmark figures go: printed, and appended to benchmarks/RESULTS.md with --write."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def report(lines: list[str], *, write: bool) -> None:
    text = "\n".join(lines)
    print(text)
    if write:
        RESULTS.write_text(RESULTS.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")

"""Where benchmark figures go: printed, and with --write kept in benchmarks/RESULTS.md.

A benchmark with a history keeps one section there, between ``<!-- name -->`` markers: its latest
figures, then a table with one row for every written run. Others append a section per run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
_CAPTION = "Every written run, oldest first:"


@dataclass(frozen=True, slots=True)
class History:
    """A benchmark's section marker, the header of its table of runs, and this run's row."""

    name: str
    header: list[str]
    row: list[str]


def report(lines: list[str], *, write: bool, history: History | None = None) -> None:
    """Print the figures; with ``write``, keep them in RESULTS.md (in place when ``history`` is given)."""
    text = "\n".join(lines)
    print(text)
    if not write:
        return
    document = RESULTS.read_text(encoding="utf-8")
    if history is None:
        RESULTS.write_text(document + "\n" + text + "\n", encoding="utf-8")
    else:
        RESULTS.write_text(with_history(document, text, history), encoding="utf-8")


def with_history(document: str, latest: str, history: History) -> str:
    """``document`` with the benchmark's section replaced by ``latest`` and one more row of runs
    (the section is appended if it is not there yet)."""
    start, end = f"<!-- {history.name} -->", f"<!-- /{history.name} -->"
    found = re.search(re.escape(start) + r"\n(.*?)" + re.escape(end), document, re.S)
    rows = _rows(found.group(1)) if found else []
    rows.append(_table_row(history.row))
    table = [_table_row(history.header), _table_row(["---"] * len(history.header)), *rows]
    section = "\n".join([start, latest, "", _CAPTION, "", *table, end])
    if found is None:
        return document.rstrip("\n") + "\n\n" + section + "\n"
    return document[: found.start()] + section + document[found.end() :]


def _rows(section: str) -> list[str]:
    """The table rows under the caption, less its header and rule."""
    _, _, table = section.partition(_CAPTION)
    return [line for line in table.splitlines() if line.startswith("|")][2:]


def _table_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"

"""Streaming writers for rows: JSON Lines, a JSON array and CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..jsonio import dumps


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object a line; returns the number of rows."""
    count = 0
    for row in rows:
        out.write(dumps(row) + "\n")
        count += 1
    return count


def write_json_array(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A JSON array written row by row, never holding all rows."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(("," if count else "") + "\n" + dumps(row))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def flat_value(value: Any) -> Any:
    """A cell for flat formats (CSV, Parquet): nested values as JSON text."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """CSV with a header from the first row; nested values as JSON text."""
    writer: csv.DictWriter[str] | None = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({key: flat_value(value) for key, value in row.items()})
        count += 1
    return count

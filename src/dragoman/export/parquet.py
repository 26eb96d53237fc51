"""Parquet for pandas, DuckDB and Arrow users: rows written in batches, nested values as JSON text."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .writers import flat_value

BATCH_ROWS = 5000


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: flat_value(v) for k, v in row.items()}


def write_parquet(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write rows to a Parquet file; the schema comes from the first batch (all columns nullable)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    iterator = iter(rows)
    writer = None
    count = 0
    schema = None
    try:
        while batch := [_flat(r) for r in itertools.islice(iterator, BATCH_ROWS)]:
            if schema is None:
                inferred = pa.Table.from_pylist(batch).schema
                # A column that is empty in the first batch is text: later batches may fill it.
                schema = pa.schema([pa.field(f.name, pa.string() if pa.types.is_null(f.type) else f.type) for f in inferred])
                writer = pq.ParquetWriter(str(path), schema)
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        pq.write_table(pa.table({}), str(path))
    return count

"""Helpers shared by several test modules."""

from __future__ import annotations

from sqlalchemy import select

from dragoman.store import Store, schema


def snapshot(db_path) -> dict[str, list[tuple]]:
    """Every row of every table, without autoincrement ids and ingest times, in a stable order."""
    tables = {}
    with Store(f"sqlite:///{db_path}") as store, store.engine.connect() as connection:
        for table in schema.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in {"id", "ingested_at"} or table.name == "documents" and c.name == "id"]
            rows = connection.execute(select(*columns)).all()
            tables[table.name] = sorted(tuple(str(v) for v in row) for row in rows)
    return tables

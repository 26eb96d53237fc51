"""Full-text search: SQLite FTS5 tables kept by triggers, PostgreSQL's text search on GIN indexes."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, false, func, literal_column, select, text

from . import schema

_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='rowid')",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(content_text, content='quotes', content_rowid='id')",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, content_text) VALUES (new.id, new.content_text); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, content_text) VALUES ('delete', old.id, old.content_text); END",
]
_POSTGRES_DDL = [
    "CREATE INDEX IF NOT EXISTS ix_documents_search ON documents USING GIN "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text))",
    "CREATE INDEX IF NOT EXISTS ix_quotes_search ON quotes USING GIN (to_tsvector('english', content_text))",
]


def create_search_indexes(connection: Connection) -> None:
    """Create the full-text structures for this backend (idempotent)."""
    for statement in _SQLITE_DDL if connection.dialect.name == "sqlite" else _POSTGRES_DDL:
        connection.execute(text(statement))


def _fts5_query(words: str) -> str | None:
    """Every word as a quoted FTS5 term (implicit AND), so user text is never FTS5 syntax."""
    terms = re.findall(r"\w+", words)
    return " ".join(f'"{term}"' for term in terms) if terms else None


def _fts5_rowids(table: str, words: str) -> Any | None:
    """Row ids of ``table``'s FTS5 index matching all the words, or None when there are no words."""
    query = _fts5_query(words)
    if query is None:
        return None
    return select(literal_column("rowid")).select_from(text(f"{table}_fts")).where(
        text(f"{table}_fts MATCH :fts_{table}").bindparams(**{f"fts_{table}": query})
    )


def _postgres_match(vector: Any, words: str) -> Any:
    return func.to_tsvector("english", vector).op("@@")(func.plainto_tsquery("english", words))


def documents_matching(dialect: str, words: str) -> Any:
    """A condition on `documents` selecting those whose title or text contains all the words."""
    d = schema.documents
    if dialect == "sqlite":
        matches = _fts5_rowids("documents", words)
        return false() if matches is None else literal_column("documents.rowid").in_(matches)
    return _postgres_match(func.coalesce(d.c.title, "") + " " + d.c.text, words)


def quotes_matching(dialect: str, words: str) -> Any:
    """A condition on `quotes` selecting those whose words contain all the words."""
    q = schema.quotes
    if dialect == "sqlite":
        matches = _fts5_rowids("quotes", words)
        return false() if matches is None else q.c.id.in_(matches)
    return _postgres_match(q.c.content_text, words)

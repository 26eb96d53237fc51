"""One schema for SQLite and PostgreSQL: documents and what was extracted from them."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _document_fk() -> Column:
    return Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)


documents = Table(
    "documents",
    metadata,
    Column("id", String(16), primary_key=True, comment="first 16 hex digits of the text's SHA-256"),
    Column("text_sha256", String(64), nullable=False, unique=True),
    Column("path", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("tone", Float),
    Column("duplicate_of", String(16)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(32), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Index("ix_entities_document", "document_id", "seq"),
    Index("ix_entities_name", "name"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String(3), index=True),
    Column("sector", String(16)),
    Column("code", String(32), index=True),
    Index("ix_actors_document", "document_id", "seq"),
    Index("ix_actors_name", "name"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("kind", String(8), nullable=False, index=True),
    Column("content", JSON, nullable=False, comment="[[start, end], ...] fragments"),
    Column("content_text", Text, nullable=False, comment="the fragments' text joined by ' … '"),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_text", Text),
    Column("speaker_name", Text),
    Column("speaker_actor", JSON),
    Column("speaker_code", String(32), index=True),
    Column("via", JSON, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("tone", Float),
    Column("published", String(10), comment="the document's date, copied so lists sort on an index"),
    Index("ix_quotes_document", "document_id", "seq"),
    Index("ix_quotes_order", "published", "document_id", "seq"),
    Index("ix_quotes_speaker", "speaker_name"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _document_fk(),
    Column("seq", Integer, nullable=False),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("cameo", String(8), index=True),
    Column("goldstein", Float),
    Column("quad", Integer),
    Column("source_actor", JSON),
    Column("source_code", String(32), index=True),
    Column("source_country", String(3), index=True),
    Column("target_actor", JSON),
    Column("target_code", String(32), index=True),
    Column("target_country", String(3), index=True),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("date", String(10), index=True),
    Column("location", JSON),
    Column("location_name", Text, index=True),
    Column("confidence", Float, nullable=False),
    Column("when_date", String(10), comment="the event's date, else the document's: the list order"),
    Index("ix_events_document", "document_id", "seq"),
    Index("ix_events_order", "when_date", "document_id", "seq"),
)

lsh_bands = Table(
    "lsh_bands",
    metadata,
    Column("key", String(40), nullable=False, comment="band number and hash of that band of the MinHash signature"),
    _document_fk(),
    Index("ix_lsh_bands_key", "key"),
)

"""The store: write extractions once per document, read them back as JSON-ready rows."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Engine, and_, create_engine, event, func, insert, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..jsonio import (
    actor_to_dict,
    document_from_dict,
    document_to_dict,
    entity_from_dict,
    event_from_dict,
    place_to_dict,
    quote_from_dict,
)
from ..model import Extraction
from . import schema
from .dedup import THRESHOLD, similarity
from .search import create_search_indexes, documents_matching, quotes_matching

DEFAULT_URL = "sqlite:///dragoman.db"
Table = Literal["documents", "quotes", "events", "actors", "entities"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    """What `query` and `export` select; every field is optional."""

    speaker: str | None = None
    actor: str | None = None
    type: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None
    document: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    place: str | None = None
    limit: int | None = None
    offset: int = 0


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3; other URLs pass through."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    """A SQLite or PostgreSQL database holding dragoman's tables."""

    def __init__(self, url: str = DEFAULT_URL, *, create: bool = True) -> None:
        self.url = normalise_url(url)
        try:
            parsed = make_url(self.url)
            self.display_url = parsed.render_as_string(hide_password=True)
            if parsed.get_backend_name() == "sqlite":
                # Readers never block one another under WAL: let every server thread have a connection.
                self.engine: Engine = create_engine(
                    self.url, connect_args={"timeout": 60, "check_same_thread": False}, pool_size=20, max_overflow=40
                )
                event.listen(self.engine, "connect", _sqlite_pragmas)
            else:
                self.engine = create_engine(self.url, pool_pre_ping=True)
            if create:
                schema.metadata.create_all(self.engine)
                with self.engine.begin() as connection:
                    create_search_indexes(connection)
        except ArgumentError as error:
            raise StoreError(f"{url}: not a database URL ({error})") from None
        except (SQLAlchemyError, ImportError) as error:
            raise StoreError(f"{url}: cannot open the database ({_reason(error)})") from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def analyze(self) -> None:
        """Refresh the query planner's statistics (SQLite has none until asked: without them it
        sorts every direct quote to list twenty, 30 ms on 10,000 documents instead of 1 ms)."""
        try:
            with self.engine.begin() as connection:
                connection.execute(sql_text("ANALYZE"))
        except SQLAlchemyError as error:
            raise StoreError(f"{self.display_url}: cannot analyze ({_reason(error)})") from None

    # Writing -------------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self._connect() as connection:
            row = connection.execute(
                select(schema.documents.c.id).where(schema.documents.c.id == document_id)
            ).first()
        return row is not None

    def find_duplicate(self, text: str, keys: list[str]) -> str | None:
        """The id of a stored near-duplicate of ``text`` (same LSH band, Jaccard >= threshold)."""
        b, d = schema.lsh_bands, schema.documents
        with self._connect() as connection:
            candidates = connection.execute(
                select(d.c.id, d.c.text)
                .where(d.c.id.in_(select(b.c.document_id).where(b.c.key.in_(keys)).distinct()))
                .where(d.c.duplicate_of.is_(None))
                .order_by(d.c.ingested_at, d.c.id)
            ).all()
        for candidate_id, candidate_text in candidates:
            if similarity(text, candidate_text) >= THRESHOLD:
                return candidate_id
        return None

    def write(self, extraction: Extraction, *, duplicate_of: str | None = None, band_keys: list[str] = ()) -> bool:
        """Store one document and everything found in it, in one transaction.

        Returns False, writing nothing, when the document (same text) is already stored.
        """
        document = extraction.document
        text = document.text
        try:
            with self.engine.begin() as connection:
                connection.execute(
                    insert(schema.documents).values(
                        **document_to_dict(document),
                        text=text,
                        text_sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                        duplicate_of=duplicate_of,
                        tone=extraction.tone,
                        ingested_at=dt.datetime.now(dt.timezone.utc),
                    )
                )
                for table, rows in _child_rows(extraction):
                    if rows:
                        connection.execute(insert(table), rows)
                if band_keys and duplicate_of is None:
                    connection.execute(
                        insert(schema.lsh_bands), [{"key": key, "document_id": document.id} for key in band_keys]
                    )
        except IntegrityError:
            if self.has_document(document.id):
                return False
            raise StoreError(f"{self.display_url}: could not store document {document.id}") from None
        except SQLAlchemyError as error:
            raise StoreError(
                f"{self.display_url}: could not store document {document.id} ({_reason(error)})"
            ) from None
        return True

    def delete(self, document_id: str) -> bool:
        """Delete a document and everything extracted from it; False when there was none."""
        with self.engine.begin() as connection:
            for table in (schema.entities, schema.actors, schema.quotes, schema.events, schema.lsh_bands):
                connection.execute(table.delete().where(table.c.document_id == document_id))
            result = connection.execute(schema.documents.delete().where(schema.documents.c.id == document_id))
        return bool(result.rowcount)

    # Reading -------------------------------------------------------------------------------

    def rows(self, table: Table, filters: Filters = Filters()) -> Iterator[dict[str, Any]]:
        """Rows of one table as JSON-ready dicts, in a stable order, streamed."""
        builder = {
            "documents": self._documents_query,
            "quotes": self._quotes_query,
            "events": self._events_query,
            "actors": self._actors_query,
            "entities": self._entities_query,
        }[table]
        query, shape = builder(filters)
        if filters.limit is not None:
            query = query.limit(filters.limit)
        if filters.offset:
            query = query.offset(filters.offset)
        try:
            with self._connect() as connection:
                result = connection.execution_options(stream_results=True, yield_per=500).execute(query)
                for row in result.mappings():
                    yield shape(row)
        except SQLAlchemyError as error:
            raise StoreError(f"{self.display_url}: query failed ({_reason(error)})") from None

    def extractions(self, filters: Filters = Filters()) -> Iterator[Extraction]:
        """Stored documents with everything found in them, rebuilt as records."""
        for row in self.rows("documents", filters):
            only = Filters(document=row["id"])
            yield Extraction(
                document=document_from_dict(row),
                quotes=tuple(quote_from_dict(q) for q in self.rows("quotes", only)),
                events=tuple(event_from_dict(e) for e in self.rows("events", only)),
                entities=tuple(entity_from_dict(e) for e in self.rows("entities", only)),
            )

    def dyads(self, filters: Filters = Filters()) -> Iterator[dict[str, Any]]:
        """Source-target pairs with their event count and mean Goldstein score, most active first."""
        e = schema.events
        count = func.count().label("events")
        query = (
            select(e.c.source_code, e.c.target_code, count, func.avg(e.c.goldstein).label("goldstein"))
            .where(e.c.source_code.is_not(None), e.c.target_code.is_not(None), e.c.source_code != e.c.target_code)
            .group_by(e.c.source_code, e.c.target_code)
            .order_by(count.desc(), e.c.source_code, e.c.target_code)
        )
        conditions = _event_conditions(filters)
        query = query.where(and_(*conditions)) if conditions else query
        query = query.limit(filters.limit or 200).offset(filters.offset)
        with self._connect() as connection:
            for row in connection.execute(query).mappings():
                yield {
                    "source": row["source_code"],
                    "target": row["target_code"],
                    "events": row["events"],
                    "goldstein": None if row["goldstein"] is None else round(float(row["goldstein"]), 2),
                }

    def timeline(self, filters: Filters = Filters()) -> Iterator[dict[str, Any]]:
        """Events counted by date and PLOVER type."""
        e = schema.events
        when = e.c.when_date.label("date")
        count = func.count().label("events")
        query = select(when, e.c.type, count).group_by(when, e.c.type).order_by(when, e.c.type)
        conditions = _event_conditions(filters)
        query = query.where(and_(*conditions)) if conditions else query
        with self._connect() as connection:
            for row in connection.execute(query).mappings():
                yield {"date": row["date"], "type": row["type"], "events": row["events"]}

    def count(self, table: Table) -> int:
        with self._connect() as connection:
            return int(connection.execute(select(func.count()).select_from(schema.metadata.tables[table])).scalar_one())

    def _connect(self) -> Any:
        try:
            return self.engine.connect()
        except SQLAlchemyError as error:
            raise StoreError(f"{self.display_url}: cannot connect ({_reason(error)})") from None

    def _documents_query(self, filters: Filters) -> tuple[Any, Any]:
        d = schema.documents
        query = select(d).order_by(d.c.published, d.c.id)
        conditions = _date_conditions(d.c.published, filters)
        if filters.search:
            conditions.append(documents_matching(self.engine.dialect.name, filters.search))
        if filters.document:
            conditions.append(d.c.id == filters.document)
        query = query.where(and_(*conditions)) if conditions else query

        def shape(row: Any) -> dict[str, Any]:
            return {
                "id": row.id,
                "path": row.path,
                "url": row.url,
                "title": row.title,
                "published": row.published,
                "source": row.source,
                "text": row.text,
                "tone": row.tone,
                "duplicate_of": row.duplicate_of,
            }

        return query, shape

    def _quotes_query(self, filters: Filters) -> tuple[Any, Any]:
        q, d = schema.quotes, schema.documents
        query = select(q).order_by(q.c.published, q.c.document_id, q.c.seq)
        conditions = _date_conditions(q.c.published, filters)
        if filters.speaker:
            conditions.append(q.c.speaker_name.ilike(_like(filters.speaker), escape="\\"))
        if filters.actor:
            conditions.append(q.c.speaker_code.like(filters.actor.upper() + "%"))
        if filters.kind:
            conditions.append(q.c.kind == filters.kind)
        if filters.search:
            conditions.append(quotes_matching(self.engine.dialect.name, filters.search))
        if filters.document:
            conditions.append(q.c.document_id == filters.document)
        query = query.where(and_(*conditions)) if conditions else query

        def shape(row: Any) -> dict[str, Any]:
            return {
                "id": row.id,
                "document_id": row.document_id,
                "published": row.published,
                "text": row.content_text,
                "content": row.content,
                "cue": _pair(row.cue_start, row.cue_end),
                "source": _pair(row.source_start, row.source_end),
                "speaker": None
                if row.speaker_name is None
                else {"name": row.speaker_name, "actor": row.speaker_actor},
                "kind": row.kind,
                "via": row.via,
                "confidence": row.confidence,
                "tone": row.tone,
            }

        return query, shape

    def _events_query(self, filters: Filters) -> tuple[Any, Any]:
        e, d = schema.events, schema.documents
        query = (
            select(e, d.c.published, d.c.url, d.c.path, d.c.ingested_at)
            .join(d, d.c.id == e.c.document_id)
            .order_by(e.c.when_date, e.c.document_id, e.c.seq)
        )
        conditions = _event_conditions(filters)
        if filters.source:
            conditions.append(e.c.source_code.like(filters.source.upper() + "%"))
        if filters.target:
            conditions.append(e.c.target_code.like(filters.target.upper() + "%"))
        if filters.country:
            country = filters.country.upper()
            conditions.append(or_(e.c.source_country == country, e.c.target_country == country))
        if filters.place:
            conditions.append(e.c.location_name.ilike(_like(filters.place), escape="\\"))
        if filters.search:
            conditions.append(e.c.trigger_text.ilike(_like(filters.search), escape="\\"))
        if filters.document:
            conditions.append(e.c.document_id == filters.document)
        query = query.where(and_(*conditions)) if conditions else query

        def shape(row: Any) -> dict[str, Any]:
            return {
                "id": row.id,
                "document_id": row.document_id,
                "published": row.published,
                "url": row.url,
                "path": row.path,
                "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None,
                "type": row.type,
                "mode": row.mode,
                "cameo": row.cameo,
                "goldstein": row.goldstein,
                "quad": row.quad,
                "source": row.source_actor,
                "target": row.target_actor,
                "trigger": [row.trigger_start, row.trigger_end],
                "trigger_text": row.trigger_text,
                "evidence": [row.evidence_start, row.evidence_end],
                "date": row.date,
                "location": row.location,
                "confidence": row.confidence,
            }

        return query, shape

    def _actors_query(self, filters: Filters) -> tuple[Any, Any]:
        a, d = schema.actors, schema.documents
        mentions = func.count().label("mentions")
        documents = func.count(func.distinct(a.c.document_id)).label("documents")
        query = (
            select(a.c.name, a.c.country, a.c.sector, a.c.code, mentions, documents)
            .join(d, d.c.id == a.c.document_id)
            .group_by(a.c.name, a.c.country, a.c.sector, a.c.code)
            .order_by(mentions.desc(), a.c.name, a.c.code)
        )
        conditions = _date_conditions(d.c.published, filters)
        if filters.actor:
            conditions.append(a.c.code.like(filters.actor.upper() + "%"))
        if filters.search or filters.speaker:
            conditions.append(a.c.name.ilike(_like(filters.search or filters.speaker or ""), escape="\\"))
        query = query.where(and_(*conditions)) if conditions else query
        return query, lambda row: dict(row)

    def _entities_query(self, filters: Filters) -> tuple[Any, Any]:
        n = schema.entities
        query = select(n).order_by(n.c.document_id, n.c.seq)
        conditions = []
        if filters.document:
            conditions.append(n.c.document_id == filters.document)
        if filters.search:
            conditions.append(n.c.name.ilike(_like(filters.search), escape="\\"))
        query = query.where(and_(*conditions)) if conditions else query

        def shape(row: Any) -> dict[str, Any]:
            return {
                "document_id": row.document_id,
                "text": row.text,
                "span": [row.start_char, row.end_char],
                "label": row.label,
                "name": row.name,
            }

        return query, shape


def _pair(start: int | None, end: int | None) -> list[int] | None:
    return None if start is None or end is None else [start, end]


def _event_conditions(filters: Filters) -> list[Any]:
    """Date (the event's, else its document's), PLOVER type and actor-code prefix on `events`."""
    e = schema.events
    conditions = _date_conditions(e.c.when_date, filters)
    if filters.type:
        conditions.append(e.c.type == filters.type.upper())
    if filters.actor:
        code = filters.actor.upper() + "%"
        conditions.append(or_(e.c.source_code.like(code), e.c.target_code.like(code)))
    return conditions


def _date_conditions(column: Any, filters: Filters) -> list[Any]:
    conditions = []
    if filters.since:
        conditions.append(column >= filters.since)
    if filters.until:
        conditions.append(column <= filters.until)
    return conditions


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def _child_rows(extraction: Extraction) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
    doc_id = extraction.document.id
    text = extraction.document.text
    yield schema.entities, [
        {
            "document_id": doc_id,
            "seq": seq,
            "start_char": e.span[0],
            "end_char": e.span[1],
            "text": e.text,
            "label": e.label,
            "name": e.name,
        }
        for seq, e in enumerate(extraction.entities)
    ]
    yield schema.actors, [
        {
            "document_id": doc_id,
            "seq": seq,
            "start_char": a.span[0],
            "end_char": a.span[1],
            "text": a.text,
            "name": a.name,
            "country": a.country,
            "sector": a.sector,
            "code": a.code,
        }
        for seq, a in enumerate(extraction.actors)
    ]
    yield schema.quotes, [
        {
            "document_id": doc_id,
            "seq": seq,
            "kind": q.kind,
            "content": [list(span) for span in q.content],
            "content_text": " … ".join(text[s:e] for s, e in q.content),
            "cue_start": q.cue[0] if q.cue else None,
            "cue_end": q.cue[1] if q.cue else None,
            "source_start": q.source[0] if q.source else None,
            "source_end": q.source[1] if q.source else None,
            "source_text": text[q.source[0] : q.source[1]] if q.source else None,
            "speaker_name": q.speaker.name if q.speaker else None,
            "speaker_actor": actor_to_dict(q.speaker.actor) if q.speaker else None,
            "speaker_code": q.speaker.actor.code if q.speaker and q.speaker.actor else None,
            "via": [{"name": r.name, "span": list(r.span)} for r in q.via],
            "confidence": q.confidence,
            "tone": q.tone,
            "published": extraction.document.published,
        }
        for seq, q in enumerate(extraction.quotes)
    ]
    yield schema.events, [
        {
            "document_id": doc_id,
            "seq": seq,
            "type": e.type,
            "mode": e.mode,
            "cameo": e.cameo,
            "goldstein": e.goldstein,
            "quad": e.quad,
            "source_actor": actor_to_dict(e.source),
            "source_code": e.source.code if e.source else None,
            "source_country": e.source.country if e.source else None,
            "target_actor": actor_to_dict(e.target),
            "target_code": e.target.code if e.target else None,
            "target_country": e.target.country if e.target else None,
            "trigger_start": e.trigger[0],
            "trigger_end": e.trigger[1],
            "trigger_text": text[e.trigger[0] : e.trigger[1]],
            "evidence_start": e.evidence[0],
            "evidence_end": e.evidence[1],
            "date": e.date,
            "location": place_to_dict(e.location),
            "location_name": e.location.name if e.location else None,
            "confidence": e.confidence,
            "when_date": e.date or extraction.document.published,
        }
        for seq, e in enumerate(extraction.events)
    ]

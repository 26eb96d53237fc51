"""Read, extract and store: resumable, idempotent, deduplicated ingestion."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from .errors import InputError
from .extraction import extract_documents
from .model import Document, Extraction
from .store import Store
from .store.dedup import THRESHOLD, band_keys, similarity


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    duplicates: int = 0
    not_english: int = 0
    failed: list[str] = field(default_factory=list)
    quotes: int = 0
    events: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "not_english": self.not_english,
            "failed": len(self.failed),
            "failures": self.failed,
            "quotes": self.quotes,
            "events": self.events,
            "seconds": round(self.seconds, 2),
        }


class _InFlight:
    """Documents handed to extraction but not yet stored, with their LSH bands."""

    def __init__(self) -> None:
        self.keys: dict[str, list[str]] = {}
        self.by_key: dict[str, Document] = {}

    def add(self, document: Document, keys: list[str]) -> None:
        self.keys[document.id] = keys
        for key in keys:
            self.by_key.setdefault(key, document)

    def pop(self, document: Document) -> list[str]:
        keys = self.keys.pop(document.id, [])
        for key in keys:
            if self.by_key.get(key) is document:
                del self.by_key[key]
        return keys

    def duplicate_of(self, document: Document, keys: list[str]) -> str | None:
        for key in keys:
            other = self.by_key.get(key)
            if other is not None and similarity(document.text, other.text) >= THRESHOLD:
                return other.id
        return None


Extractor = Callable[[Iterable[Document]], Iterator[Extraction]]


def ingest(
    documents: Iterable[Document],
    store: Store,
    *,
    summary: IngestSummary,
    nlp: Language | None = None,
    n_process: int = 1,
    extractor: Extractor | None = None,
    keep_duplicates: bool = False,
    on_stored: Callable[[Extraction], None] = lambda _e: None,
) -> IngestSummary:
    """Extract and store each new document.

    Documents already stored are skipped before parsing; a near-duplicate of a stored (or
    in-flight) article is stored as a link to its first copy and not extracted again.
    """
    started = time.perf_counter()
    in_flight = _InFlight()

    def admitted() -> Iterator[Document]:
        for document in documents:
            summary.read += 1
            if document.id in in_flight.keys or store.has_document(document.id):
                summary.skipped += 1
                continue
            keys: list[str] = []
            if not keep_duplicates:
                keys = band_keys(document.text)
                original = in_flight.duplicate_of(document, keys) or store.find_duplicate(document.text, keys)
                if original is not None:
                    if store.write(Extraction(document=document), duplicate_of=original):
                        summary.duplicates += 1
                    else:
                        summary.skipped += 1
                    continue
            in_flight.add(document, keys)
            yield document

    extract = extractor or (lambda docs: extract_documents(docs, nlp=nlp, n_process=n_process))
    for extraction in extract(admitted()):
        keys = in_flight.pop(extraction.document)
        if store.write(extraction, band_keys=keys):
            summary.stored += 1
            summary.quotes += len(extraction.quotes)
            summary.events += len(extraction.events)
        else:
            summary.skipped += 1
        on_stored(extraction)
    if summary.stored:
        store.analyze()
    summary.seconds = time.perf_counter() - started
    return summary


def failure_collector(summary: IngestSummary, report: Callable[[InputError], None]) -> Callable[[InputError], None]:
    """An ``on_error`` callback that records the failure in ``summary`` and reports it."""

    def on_error(error: InputError) -> None:
        summary.failed.append(str(error))
        report(error)

    return on_error

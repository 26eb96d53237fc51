"""Read, extract and store: resumable, idempotent ingestion."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language

from .errors import InputError
from .extraction import extract_documents
from .model import Document, Extraction
from .store import Store


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    quotes: int = 0
    events: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "skipped": self.skipped,
            "failed": len(self.failed),
            "failures": self.failed,
            "quotes": self.quotes,
            "events": self.events,
            "seconds": round(self.seconds, 2),
        }


def ingest(
    documents: Iterable[Document],
    store: Store,
    *,
    summary: IngestSummary,
    nlp: Language | None = None,
    n_process: int = 1,
    on_stored: Callable[[Extraction], None] = lambda _e: None,
) -> IngestSummary:
    """Extract and store each new document; those already stored are skipped before parsing."""
    started = time.perf_counter()

    def new_documents() -> Iterator[Document]:
        for document in documents:
            summary.read += 1
            if store.has_document(document.id):
                summary.skipped += 1
                continue
            yield document

    for extraction in extract_documents(new_documents(), nlp=nlp, n_process=n_process):
        if store.write(extraction):
            summary.stored += 1
            summary.quotes += len(extraction.quotes)
            summary.events += len(extraction.events)
        else:
            summary.skipped += 1
        on_stored(extraction)
    summary.seconds = time.perf_counter() - started
    return summary


def failure_collector(summary: IngestSummary, report: Callable[[InputError], None]) -> Callable[[InputError], None]:
    """An ``on_error`` callback that records the failure in ``summary`` and reports it."""

    def on_error(error: InputError) -> None:
        summary.failed.append(str(error))
        report(error)

    return on_error

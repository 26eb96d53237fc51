"""Documents in, extractions out: the streaming heart of `extract` and `ingest`."""

from __future__ import annotations

import collections
import ctypes
import itertools
import multiprocessing
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .model import Document, Extraction
from .nlp.pipeline import CHUNK_CHARS, DRAGOMAN_COMPONENTS, load_pipeline

def _glibc() -> ctypes.CDLL | None:
    """glibc, which alone has malloc_trim (not macOS, Windows or musl)."""
    try:
        libc = ctypes.CDLL("libc.so.6") if sys.platform.startswith("linux") else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


_LIBC = _glibc()
TRIM_EVERY = 64  # documents between two hand-backs of free heap pages, whatever the batch size

_BREAK = re.compile(r"\n\s*\n|\n|(?<=[.!?])\s+")


def _chunks(text: str, size: int) -> Iterator[str]:
    """Consecutive pieces of ``text`` of at most about ``size`` characters, cut at paragraph
    or sentence breaks where possible; their concatenation is ``text``."""
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = 0
        for match in _BREAK.finditer(window, size // 2):
            cut = match.end()
        cut = cut or size
        yield text[start : start + cut]
        start += cut
    yield text[start:]


def _parse_long(nlp: Language, document: Document) -> Doc:
    with nlp.select_pipes(disable=list(DRAGOMAN_COMPONENTS)):
        parts = list(nlp.pipe(_chunks(document.text, CHUNK_CHARS)))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    doc._.dragoman_published = document.published
    for name in DRAGOMAN_COMPONENTS:
        doc = nlp.get_pipe(name)(doc)
    return doc


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.dragoman_published = document.published
    return doc


def _extraction(document: Document, doc: Doc) -> Extraction:
    return Extraction(
        document=document,
        quotes=tuple(doc._.dragoman_quotes or ()),
        events=tuple(doc._.dragoman_events or ()),
        entities=tuple(doc._.dragoman_entities or ()),
        actors=tuple(doc._.dragoman_actors or ()),
        problems=tuple(doc._.dragoman_problems or ()),
        tone=doc._.dragoman_tone,
    )


def extract_documents(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Parse and extract each document, in input order, holding one batch at a time.

    With ``n_process > 1`` whole batches go to a pool of processes that each load the
    pipeline once (spaCy's own ``n_process`` cannot carry dragoman's records between processes).
    Pool batches are an eighth of ``batch_size``, so the last one leaves the other workers idle
    only briefly.
    """
    if n_process > 1:
        yield from _extract_in_pool(documents, n_process, batch_size=max(1, batch_size // 8))
        return
    nlp = nlp or load_pipeline()
    iterator = iter(documents)
    while batch := list(itertools.islice(iterator, batch_size)):
        yield from _extract_batch(nlp, batch)


def _extract_batch(nlp: Language, batch: list[Document]) -> list[Extraction]:
    """One batch's extractions. Strings and lexemes the batch adds to the vocabulary are freed
    with its docs (spaCy's memory zone), so a long run's memory stays flat."""
    with nlp.memory_zone():
        short = [d for d in batch if len(d.text) <= CHUNK_CHARS]
        parsed = nlp.pipe(((_make_doc(nlp, d), d) for d in short), as_tuples=True, batch_size=32)
        short_docs = {id(document): doc for doc, document in parsed}
        extractions = [_extraction(document, short_docs.get(id(document)) or _parse_long(nlp, document)) for document in batch]
    _HEAP.processed(len(batch))
    return extractions


class _HeapTrimmer:
    """Hands the heap's free pages back to the system every `TRIM_EVERY` documents. glibc keeps
    them: the parser's arrays vary in size from document to document, and a long run's resident
    set would creep upwards. Not after every batch: each hand-back costs page faults, and a pool's
    small batches would pay them eight times as often."""

    def __init__(self) -> None:
        self.pending = 0

    def processed(self, documents: int) -> None:
        self.pending += documents
        if _LIBC is not None and self.pending >= TRIM_EVERY:
            _LIBC.malloc_trim(0)
            self.pending = 0


_HEAP = _HeapTrimmer()  # one per process: pool workers count their own documents


def _pool_batch(batch: list[Document]) -> list[Extraction]:
    return _extract_batch(load_pipeline(), batch)


def _extract_in_pool(documents: Iterable[Document], n_process: int, *, batch_size: int) -> Iterator[Extraction]:
    """Batches extracted by worker processes, yielded in input order, a bounded number in flight."""
    context = multiprocessing.get_context("spawn")
    iterator = iter(documents)
    with ProcessPoolExecutor(max_workers=n_process, mp_context=context, initializer=load_pipeline) as pool:
        pending: collections.deque = collections.deque()
        while True:
            while len(pending) < 2 * n_process and (batch := list(itertools.islice(iterator, batch_size))):
                pending.append(pool.submit(_pool_batch, batch))
            if not pending:
                return
            yield from pending.popleft().result()


def extract_text(text: str, *, published: str | None = None, nlp: Language | None = None) -> Extraction:
    """Extract from one text (a convenience for the API and notebooks)."""
    return next(extract_documents([Document(text=text, published=published)], nlp=nlp))

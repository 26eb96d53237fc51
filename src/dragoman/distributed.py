"""Run extraction on an existing Dask cluster; results stream back to the single writer.

Each worker process loads the spaCy pipeline once (it is cached per process); batches of
documents go out, at most a few per worker at a time, so memory stays flat on both sides.
Results come back to the caller, which writes them: one writer keeps each document's
transaction and the duplicate check in one place, and the database needs no network access
from the workers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from .errors import DragomanError
from .model import Document, Extraction


def _extract_batch(documents: list[Document]) -> list[Extraction]:
    from .extraction import extract_documents

    return list(extract_documents(documents))


def extract_on_cluster(
    documents: Iterable[Document],
    address: str,
    *,
    batch_size: int = 16,
    per_worker: int = 2,
    patience: float = 900.0,
) -> Iterator[Extraction]:
    """Extractions of ``documents`` computed by the Dask scheduler at ``address``, as they finish.

    Stops with an error when no batch finishes within ``patience`` seconds (workers that keep
    dying, a cluster without workers) rather than waiting for ever.
    """
    try:
        from distributed import Client, wait
    except ImportError as error:  # pragma: no cover - a declared dependency
        raise DragomanError("the Dask path needs the 'distributed' package") from error
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as error:
        raise DragomanError(f"cannot reach the Dask scheduler at {address} ({error})") from None
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        limit = workers * per_worker
        iterator = iter(documents)
        running: set = set()
        while True:
            while len(running) < limit and (batch := list(itertools.islice(iterator, batch_size))):
                running.add(client.submit(_extract_batch, batch, pure=False))
            if not running:
                break
            try:
                done, running = wait(running, timeout=patience, return_when="FIRST_COMPLETED")
            except TimeoutError:
                raise DragomanError(
                    f"no batch finished on the Dask cluster at {address} within {patience:.0f} s: are its workers alive?"
                ) from None
            for future in done:
                yield from future.result()
    finally:
        client.close()

"""Turn paths, folders, globs and stdin into a lazy stream of documents."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .dates import date_in_name
from .feeds import read_feed
from .html import document_from_html
from .options import ReadOptions
from .tabular import OnError, open_text, read_csv, read_jsonl
from .text import document_from_text
from .warc import read_warc

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".jsonl", ".ndjson", ".csv", ".warc", ".gz"}


def _reader_kind(path: str) -> str:
    name = path.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    suffix = Path(name).suffix
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    return "text"


def expand_inputs(inputs: Iterable[str], on_error: OnError) -> Iterator[str]:
    """Each input as file paths: folders recursively (sorted), globs expanded, ``-`` kept."""
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and (
                        Path(name).suffix.lower() in KNOWN_SUFFIXES or name.lower().endswith(".warc.gz")
                    ):
                        yield os.path.join(root, name)
        elif os.path.exists(item):
            yield item
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                on_error(InputError(item, "no file matches this pattern"))
            for match in matches:
                yield from expand_inputs([match], on_error)
        else:
            on_error(InputError(item, "no such file or folder"))


def _read_bytes(path: str, options: ReadOptions) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
    else:
        try:
            size = os.path.getsize(path)
            if size > options.max_bytes and _reader_kind(path) in {"text", "html"}:
                raise InputError(path, f"{size} bytes is over the limit of {options.max_bytes} (--max-bytes)")
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise InputError(path, error.strerror or str(error)) from None
    return data


def read_path(path: str, options: ReadOptions, on_error: OnError) -> Iterator[Document]:
    """The documents in one file (or stdin), by file type; errors go to ``on_error``."""
    fallback = options.published or date_in_name(path if path != "-" else None)
    kind = "text" if path == "-" else _reader_kind(path)
    source = "<stdin>" if path == "-" else path
    try:
        if kind in {"jsonl", "csv"}:
            reader = read_jsonl if kind == "jsonl" else read_csv
            try:
                with open_text(None, path) as stream:
                    yield from reader(stream, source, options, on_error, fallback_date=fallback)
            except OSError as error:
                raise InputError(source, error.strerror or str(error)) from None
            return
        if kind == "warc":
            try:
                with open(path, "rb") as handle:
                    yield from read_warc(handle, source, options, on_error, fallback_date=fallback)
            except OSError as error:
                raise InputError(source, error.strerror or str(error)) from None
            return
        data = _read_bytes(path, options)
        if kind == "html":
            yield document_from_html(data, source, options, published=fallback)
        elif kind == "feed":
            yield from read_feed(data, source, options, on_error, fallback_date=fallback)
        else:
            yield document_from_text(data, source, options, published=fallback)
    except InputError as error:
        on_error(error)


def read_documents(inputs: Iterable[str], options: ReadOptions, on_error: OnError) -> Iterator[Document]:
    """All documents named by ``inputs``, lazily, in input order."""
    for path in expand_inputs(inputs, on_error):
        yield from read_path(path, options, on_error)




def count_documents(inputs: Iterable[str]) -> int | None:
    """How many documents the inputs hold, when that is known without reading them (one per
    text or HTML file); None when a container format (JSONL, CSV, feed, WARC, stdin) is among them."""
    count = 0
    for path in expand_inputs(inputs, lambda _error: None):
        if path == "-" or _reader_kind(path) not in {"text", "html"}:
            return None
        count += 1
    return count

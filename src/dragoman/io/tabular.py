"""JSON Lines and CSV: one document a record, fields chosen by the user."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from ..errors import InputError
from ..model import Document
from .dates import normalise_date
from .options import ReadOptions

OnError = Callable[[InputError], None]


def _document(record: dict[str, Any], source: str, options: ReadOptions, fallback_date: str | None) -> Document:
    text = record.get(options.text_field)
    if not isinstance(text, str):
        raise InputError(source, f"no text in field {options.text_field!r} (--text-field)")
    if not text.strip():
        raise InputError(source, "empty document")
    if len(text.encode("utf-8", "surrogatepass")) > options.max_bytes:
        raise InputError(source, f"text is over the limit of {options.max_bytes} bytes (--max-bytes)")

    def field(name: str) -> str | None:
        value = record.get(name)
        return None if value in (None, "") else str(value)

    return Document(
        text=text,
        path=source,
        url=field(options.url_field),
        title=field(options.title_field),
        published=normalise_date(record.get(options.date_field)) or fallback_date,
    )


def _lines(stream: TextIO, source: str) -> Iterator[tuple[int, str]]:
    try:
        yield from enumerate(stream, start=1)
    except UnicodeDecodeError as error:
        raise InputError(source, f"not valid UTF-8 (byte {error.start} of a block)") from None


def read_jsonl(
    stream: TextIO, source: str, options: ReadOptions, on_error: OnError, *, fallback_date: str | None
) -> Iterator[Document]:
    """Documents from JSON Lines; a bad line is reported and skipped."""
    for number, line in _lines(stream, source):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(where, "a JSON line must be an object")
            yield _document(record, where, options, fallback_date)
        except json.JSONDecodeError as error:
            on_error(InputError(where, f"bad JSON ({error.msg})"))
        except InputError as error:
            on_error(error)


def read_csv(
    stream: TextIO, source: str, options: ReadOptions, on_error: OnError, *, fallback_date: str | None
) -> Iterator[Document]:
    """Documents from a CSV file with a header row; a bad row is reported and skipped."""
    csv.field_size_limit(max(options.max_bytes, 131072))
    try:
        reader = csv.DictReader(stream)
        for record in reader:
            where = f"{source}:{reader.line_num}"
            try:
                yield _document(record, where, options, fallback_date)
            except InputError as error:
                on_error(error)
    except UnicodeDecodeError as error:
        raise InputError(source, f"not valid UTF-8 (byte {error.start} of a block)") from None
    except csv.Error as error:
        raise InputError(source, f"bad CSV ({error})") from None


def open_text(data: bytes | None, path: str) -> TextIO:
    """A strict UTF-8 text stream over a file or stdin."""
    if data is not None:
        return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="strict", newline="")
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="strict", newline="")
    return open(path, encoding="utf-8", errors="strict", newline="")

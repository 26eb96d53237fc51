"""WARC archives (warcio): HTML responses become documents through trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError
from ..model import Document
from .html import document_from_html
from .options import ReadOptions
from .tabular import OnError


def read_warc(
    stream: BinaryIO, source: str, options: ReadOptions, on_error: OnError, *, fallback_date: str | None
) -> Iterator[Document]:
    """Documents from a WARC's HTML responses; a bad record is reported, counted and skipped."""
    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{number}"
            try:
                body = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise InputError(where, "truncated WARC record")
                yield document_from_html(body, where, options, url=url, published=fallback_date)
            except InputError as error:
                on_error(error)
            except Exception as error:  # a corrupt record body (bad chunking, bad gzip)
                on_error(InputError(where, f"bad WARC record ({type(error).__name__})"))
    except ArchiveLoadFailed as error:
        raise InputError(source, f"not a WARC file ({error})") from None
    except Exception as error:  # warcio raises assorted types on truncated or corrupt archives
        raise InputError(source, f"unreadable WARC after record {number} ({type(error).__name__})") from None

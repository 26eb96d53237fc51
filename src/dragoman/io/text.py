"""Plain-text files: the decoded UTF-8 is the document text, unchanged."""

from __future__ import annotations

from ..errors import InputError
from ..model import Document
from .options import ReadOptions


def decode_text(data: bytes, source: str, options: ReadOptions) -> str:
    """UTF-8 text of ``data``; binary, empty, oversized or undecodable input is an InputError."""
    if len(data) > options.max_bytes:
        raise InputError(source, f"{len(data)} bytes is over the limit of {options.max_bytes} (--max-bytes)")
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(source, f"not valid UTF-8 (byte {error.start})") from None
    if text.startswith("\ufeff"):
        # A byte-order mark is encoding, not text: offsets count from the first character.
        text = text[1:]
    if not text.strip():
        raise InputError(source, "empty document")
    return text


def document_from_text(data: bytes, source: str, options: ReadOptions, *, published: str | None) -> Document:
    """A document whose text is ``data`` decoded."""
    return Document(text=decode_text(data, source, options), path=source, published=published)

"""Readers: every input format becomes a lazy stream of `Document`s."""

from .html import document_from_html
from .language import detect_language, english_only
from .options import DEFAULT_MAX_BYTES, ReadOptions
from .sources import count_documents, expand_inputs, read_documents, read_path

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ReadOptions",
    "count_documents",
    "detect_language",
    "document_from_html",
    "english_only",
    "expand_inputs",
    "read_documents",
    "read_path",
]

"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import trafilatura

from ..errors import InputError
from ..model import Document
from .dates import normalise_date
from .options import ReadOptions


def document_from_html(
    html: str | bytes, source: str, options: ReadOptions, *, url: str | None = None, published: str | None = None
) -> Document:
    """The article in an HTML page; a page with no article text is an InputError."""
    if len(html) > options.max_bytes:
        raise InputError(source, f"{len(html)} bytes is over the limit of {options.max_bytes} (--max-bytes)")
    if isinstance(html, bytes) and b"\x00" in html[:8192]:
        raise InputError(source, "binary data, not HTML")
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as error:  # trafilatura raises many lxml types on broken markup
        raise InputError(source, f"unreadable HTML ({type(error).__name__})") from None
    if result is None:
        raise InputError(source, "no article text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if not any(char.isalnum() for char in text):
        raise InputError(source, "no article text found in the HTML")
    return Document(
        text=text,
        path=source,
        url=data.get("url") or url,
        title=data.get("title"),
        published=normalise_date(data.get("date")) or published,
        source=data.get("sitename") or data.get("hostname"),
    )

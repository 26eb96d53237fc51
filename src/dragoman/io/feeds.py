"""RSS and Atom feeds (feedparser): one document an entry."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import lxml.html
from lxml.etree import ParserError

from ..errors import InputError
from ..model import Document
from .options import ReadOptions
from .tabular import OnError


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    parts = entry.get("content") or []
    html = parts[0].get("value", "") if parts else entry.get("summary", "")
    if "<" not in html:
        return html
    try:
        return lxml.html.fragment_fromstring(html, create_parent="div").text_content()
    except (ParserError, ValueError):
        return ""


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_feed(data: bytes, source: str, options: ReadOptions, on_error: OnError, *, fallback_date: str | None) -> Iterator[Document]:
    """Documents from the entries of an RSS or Atom feed."""
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = str(feed.get("bozo_exception", "")) or "no entries"
        raise InputError(source, f"not a readable RSS/Atom feed ({reason})")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{source}#{number}"
        text = _entry_text(entry)
        if not text.strip():
            on_error(InputError(where, "entry has no text"))
            continue
        if len(text.encode("utf-8")) > options.max_bytes:
            on_error(InputError(where, f"text is over the limit of {options.max_bytes} bytes (--max-bytes)"))
            continue
        yield Document(
            text=text,
            path=where,
            url=entry.get("link"),
            title=entry.get("title"),
            published=_entry_date(entry) or fallback_date,
            source=feed.feed.get("title"),
        )

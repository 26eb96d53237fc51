"""Options every reader shares."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 10_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    """How to turn inputs into documents.

    ``published`` is the fallback publication date (YYYY-MM-DD) for inputs whose metadata has none.
    """

    text_field: str = "text"
    date_field: str = "published"
    title_field: str = "title"
    url_field: str = "url"
    published: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES

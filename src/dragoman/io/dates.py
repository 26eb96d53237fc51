"""Publication dates from metadata, normalised to YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from dateutil import parser as date_parser

_ISO_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")


def normalise_date(value: object) -> str | None:
    """A date-like metadata value as YYYY-MM-DD, or None when it is not a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return date_parser.parse(text, fuzzy=False, default=dt.datetime(1900, 1, 1)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def date_in_name(path: str | None) -> str | None:
    """The YYYY-MM-DD date a file name carries (``putin-sanctions-2016-12-30.txt``), if any."""
    if not path:
        return None
    match = _ISO_IN_NAME.search(PurePath(path).name)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None

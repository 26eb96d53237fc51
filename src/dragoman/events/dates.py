"""Resolve date expressions against the publication date, keeping their granularity.

dateparser handles absolute dates ("Dec. 29", "29 December 2016") and offsets ("two days
ago"); weekdays, "yesterday", "last month" and "this week" are resolved here because
dateparser's relative handling depends on the clock and misses "earlier on Thursday".
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.tokens import Span

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: Month names and their abbreviations, as whole words: "a decade" names no December, "maybe" no May.
_MONTH_WORDS = (
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)


@functools.cache
def _dateparser():
    import dateparser

    return dateparser


def resolve_date(expression: str, published: str | None) -> str | None:
    """``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when the text names only a month or year. Without a
    publication date only an expression that names its year resolves ("March 2015", not "in March")."""
    if not published:
        return _absolute(expression, None)
    try:
        base = dt.date.fromisoformat(published)
    except ValueError:
        return None
    text = expression.lower().strip()
    words = re.findall(r"[a-z]+|\d+", text)
    for index, day in enumerate(_WEEKDAYS):
        if day in words:
            offset = (base.weekday() - index) % 7
            if "next" in words:
                offset = -((index - base.weekday()) % 7 or 7)
            elif offset == 0 and "last" in words:
                offset = 7
            return (base - dt.timedelta(days=offset)).isoformat()
    if "yesterday" in words:
        return (base - dt.timedelta(days=1)).isoformat()
    if "today" in words or "tonight" in words:
        return base.isoformat()
    if "tomorrow" in words:
        return (base + dt.timedelta(days=1)).isoformat()
    if "week" in words and ("this" in words or "last" in words):
        start = base - dt.timedelta(days=base.weekday() + (7 if "last" in words else 0))
        return start.isoformat()
    if "month" in words and ("last" in words or "this" in words):
        month = base.replace(day=1)
        if "last" in words:
            month = (month - dt.timedelta(days=1)).replace(day=1)
        return month.strftime("%Y-%m")
    if "year" in words and ("last" in words or "this" in words):
        return str(base.year - ("last" in words))
    return _absolute(expression, base)


def _absolute(expression: str, base: dt.date | None) -> str | None:
    text = expression.strip()
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return text
    if base is None and not re.search(r"\b(?:19|20)\d\d\b", text):
        return None  # "in March", "two days ago" in an undated text: which year is unknown, not this one
    has_day = bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", re.sub(r"(?:19|20)\d\d", "", text)))
    has_month = bool(re.search(_MONTH_WORDS, text, re.I)) or bool(re.search(r"\d{1,2}/\d{1,2}", text))
    if not has_month and not re.search(r"\bago\b", text, re.I):
        return None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time(12))
    parsed = _dateparser().parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if has_month and not has_day:
        return parsed.strftime("%Y-%m")
    return parsed.date().isoformat()


def sentence_date(sentence: Span, published: str | None) -> str | None:
    """The first date expression of a sentence that resolves, against the publication date."""
    for ent in sentence.ents:
        if ent.label_ == "DATE":
            resolved = resolve_date(ent.text, published)
            if resolved:
                return resolved
    return None

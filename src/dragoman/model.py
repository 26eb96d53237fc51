"""The records dragoman produces, as frozen dataclasses, and their JSON form.

Every span is ``(start, end)`` in code points into ``Document.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]
QuoteKind = Literal["direct", "mixed", "indirect"]


def text_id(text: str) -> str:
    """The document id: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text, exactly as read, and its metadata."""

    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", text_id(self.text))


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention with spaCy's label and its canonical name in the document."""

    text: str
    span: Span
    label: str
    name: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A mention coded as a political actor (CAMEO convention: country + sector)."""

    text: str
    span: Span
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """The resolved, canonical speaker of a quote."""

    name: str
    actor: Actor | None = None


@dataclass(frozen=True, slots=True)
class Relay:
    """An outlet or body that passed the words on ("via Reuters")."""

    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker: content fragments, cue, source mention."""

    content: tuple[Span, ...]
    kind: QuoteKind
    cue: Span | None = None
    source: Span | None = None
    speaker: Speaker | None = None
    via: tuple[Relay, ...] = ()
    confidence: float = 0.5
    tone: float | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, coded to PLOVER (and CAMEO where known)."""

    type: str
    trigger: Span
    evidence: Span
    source: Actor | None = None
    target: Actor | None = None
    mode: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad: int | None = None
    date: str | None = None
    location: Place | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one document."""

    document: Document
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    problems: tuple[str, ...] = ()
    tone: float | None = None

"""The one place records become JSON and come back (INTERFACE.md's shapes)."""

from __future__ import annotations

import json
from typing import Any

from .model import (
    Actor,
    Document,
    Entity,
    Event,
    Extraction,
    Place,
    Quote,
    Relay,
    Speaker,
    Span,
)


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _tuple_span(value: Any) -> Span | None:
    return None if value is None else (int(value[0]), int(value[1]))


def document_to_dict(document: Document, *, with_text: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": document.id,
        "path": document.path,
        "url": document.url,
        "title": document.title,
        "published": document.published,
        "source": document.source,
    }
    if with_text:
        data["text"] = document.text
    return data


def document_from_dict(data: dict[str, Any]) -> Document:
    return Document(
        text=data["text"],
        path=data.get("path"),
        url=data.get("url"),
        title=data.get("title"),
        published=data.get("published"),
        source=data.get("source"),
    )


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {"text": entity.text, "span": _span(entity.span), "label": entity.label, "name": entity.name}


def entity_from_dict(data: dict[str, Any]) -> Entity:
    return Entity(text=data["text"], span=_tuple_span(data["span"]), label=data["label"], name=data["name"])  # type: ignore[arg-type]


def actor_to_dict(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "span": _span(actor.span),
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "code": actor.code,
    }


def actor_from_dict(data: dict[str, Any] | None) -> Actor | None:
    if data is None:
        return None
    return Actor(
        text=data["text"],
        span=_tuple_span(data["span"]),  # type: ignore[arg-type]
        name=data["name"],
        country=data.get("country"),
        sector=data.get("sector"),
        code=data.get("code"),
    )


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    return {
        "content": [_span(span) for span in quote.content],
        "cue": _span(quote.cue),
        "source": _span(quote.source),
        "speaker": None
        if quote.speaker is None
        else {"name": quote.speaker.name, "actor": actor_to_dict(quote.speaker.actor)},
        "kind": quote.kind,
        "via": [{"name": relay.name, "span": _span(relay.span)} for relay in quote.via],
        "confidence": round(quote.confidence, 3),
        "tone": quote.tone,
    }


def quote_from_dict(data: dict[str, Any]) -> Quote:
    speaker = data.get("speaker")
    return Quote(
        content=tuple(_tuple_span(span) for span in data["content"]),  # type: ignore[misc]
        kind=data["kind"],
        cue=_tuple_span(data.get("cue")),
        source=_tuple_span(data.get("source")),
        speaker=None
        if speaker is None
        else Speaker(name=speaker["name"], actor=actor_from_dict(speaker.get("actor"))),
        via=tuple(Relay(name=r["name"], span=_tuple_span(r["span"])) for r in data.get("via", [])),  # type: ignore[arg-type]
        confidence=float(data.get("confidence", 0.5)),
        tone=data.get("tone"),
    )


def place_to_dict(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
    }


def place_from_dict(data: dict[str, Any] | None) -> Place | None:
    if data is None:
        return None
    return Place(
        name=data["name"],
        country=data.get("country"),
        admin1=data.get("admin1"),
        lat=data.get("lat"),
        lon=data.get("lon"),
        geonameid=data.get("geonameid"),
    )


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad": event.quad,
        "source": actor_to_dict(event.source),
        "target": actor_to_dict(event.target),
        "trigger": _span(event.trigger),
        "evidence": _span(event.evidence),
        "date": event.date,
        "location": place_to_dict(event.location),
        "confidence": round(event.confidence, 3),
    }


def event_from_dict(data: dict[str, Any]) -> Event:
    return Event(
        type=data["type"],
        mode=data.get("mode"),
        cameo=data.get("cameo"),
        goldstein=data.get("goldstein"),
        quad=data.get("quad"),
        source=actor_from_dict(data.get("source")),
        target=actor_from_dict(data.get("target")),
        trigger=_tuple_span(data["trigger"]),  # type: ignore[arg-type]
        evidence=_tuple_span(data["evidence"]),  # type: ignore[arg-type]
        date=data.get("date"),
        location=place_from_dict(data.get("location")),
        confidence=float(data.get("confidence", 0.5)),
    )


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    return {
        "document": {**document_to_dict(extraction.document), "tone": extraction.tone},
        "quotes": [quote_to_dict(q) for q in extraction.quotes],
        "events": [event_to_dict(e) for e in extraction.events],
        "entities": [entity_to_dict(e) for e in extraction.entities],
        "actors": [actor_to_dict(a) for a in extraction.actors],
    }


def dumps(data: Any) -> str:
    """Compact JSON, non-ASCII kept as is."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

"""dragoman's stages as registered spaCy components; each wraps a pure extractor."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from ..events.actors import actors
from ..events.extract import events
from ..events.tone import document_tone, tone
from ..extract.entities import entities
from ..extract.quotes import quotes
from .doc_text import document_text

EXTENSIONS = (
    "dragoman_published", "dragoman_entities", "dragoman_actors", "dragoman_quotes", "dragoman_events", "dragoman_problems", "dragoman_tone",
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

T = TypeVar("T")


def _guarded(doc: Doc, stage: str, run: Callable[[], tuple[T, ...]]) -> tuple[T, ...]:
    """Run one stage; a failure is recorded on the document, never raised into the stream."""
    try:
        return run()
    except Exception as error:  # one bad document must not stop a corpus
        doc._.dragoman_problems = (*(doc._.dragoman_problems or ()), f"{stage} failed ({type(error).__name__}: {error})")
        return ()


@Language.component(
    "dragoman_entities", requires=["doc.ents"], assigns=["doc._.dragoman_entities"]
)
def entities_component(doc: Doc) -> Doc:
    """Named entities with canonical names."""
    doc._.dragoman_entities = _guarded(doc, "entities", lambda: tuple(entities(doc)))
    return doc


@Language.component(
    "dragoman_actors",
    requires=["doc._.dragoman_entities"],
    assigns=["doc._.dragoman_actors", "doc._.dragoman_entities"],
)
def actors_component(doc: Doc) -> Doc:
    """CAMEO actors for entity mentions; people take the full name the dictionary knows."""
    found = _guarded(doc, "actors", lambda: tuple(actors(doc, doc._.dragoman_entities or (), doc._.dragoman_published)))
    doc._.dragoman_actors = found
    fuller = {a.span: a.name for a in found}
    doc._.dragoman_entities = tuple(
        replace(e, name=fuller[e.span]) if e.label == "PERSON" and e.span in fuller else e
        for e in doc._.dragoman_entities or ()
    )
    return doc


@Language.component(
    "dragoman_events",
    requires=["doc._.dragoman_actors", "doc._.dragoman_quotes"],
    assigns=["doc._.dragoman_events"],
)
def events_component(doc: Doc) -> Doc:
    """PLOVER/CAMEO events with actors, dates and places."""
    doc._.dragoman_events = _guarded(
        doc,
        "events",
        lambda: tuple(
            events(
                doc,
                doc._.dragoman_entities or (),
                doc._.dragoman_actors or (),
                doc._.dragoman_quotes or (),
                doc._.dragoman_published,
            )
        ),
    )
    return doc


@Language.component(
    "dragoman_quotes",
    requires=["doc.sents", "token.dep", "doc._.dragoman_entities", "doc._.dragoman_actors"],
    assigns=["doc._.dragoman_quotes"],
)
def quotes_component(doc: Doc) -> Doc:
    """Quotes with resolved speakers (and their actors) and relays."""
    doc._.dragoman_quotes = _guarded(
        doc, "quotes", lambda: tuple(quotes(doc, doc._.dragoman_entities or (), doc._.dragoman_actors or ()))
    )
    return doc


@Language.component("dragoman_tone", requires=["doc.sents", "doc._.dragoman_quotes"], assigns=["doc._.dragoman_tone"])
def tone_component(doc: Doc) -> Doc:
    """Document and quote tone (VADER)."""
    text = document_text(doc)

    def quote_tones() -> tuple:
        return tuple(replace(q, tone=tone(" ".join(text[s:e] for s, e in q.content))) for q in doc._.dragoman_quotes or ())

    doc._.dragoman_quotes = _guarded(doc, "tone", quote_tones) or doc._.dragoman_quotes
    scores = _guarded(doc, "tone", lambda: (document_tone(text, [(s.start_char, s.end_char) for s in doc.sents]),))
    doc._.dragoman_tone = scores[0] if scores else None
    return doc


_CLOSING = frozenset('"”’»›\'')


@Language.component("dragoman_sentences")
def sentences_component(doc: Doc) -> Doc:
    """Preset sentence starts before the parser: a paragraph break always ends a sentence, and a
    closing quote mark never starts one (news parses badly around quotes otherwise)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif token.text in _CLOSING and not previous.whitespace_ and previous.is_punct:
            token.is_sent_start = False
    return doc

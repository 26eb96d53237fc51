"""dragoman's stages as registered spaCy components; each wraps a pure extractor."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extract.entities import entities
from ..extract.quotes import quotes

EXTENSIONS = ("dragoman_published", "dragoman_entities", "dragoman_actors", "dragoman_quotes", "dragoman_events")
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component(
    "dragoman_entities", requires=["doc.ents"], assigns=["doc._.dragoman_entities"]
)
def entities_component(doc: Doc) -> Doc:
    """Named entities with canonical names."""
    doc._.dragoman_entities = tuple(entities(doc))
    return doc


@Language.component(
    "dragoman_quotes",
    requires=["doc.sents", "token.dep", "doc._.dragoman_entities"],
    assigns=["doc._.dragoman_quotes"],
)
def quotes_component(doc: Doc) -> Doc:
    """Quotes with resolved speakers and relays."""
    doc._.dragoman_quotes = tuple(quotes(doc, doc._.dragoman_entities or ()))
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

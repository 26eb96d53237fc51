"""dragoman's stages as registered spaCy components; each wraps a pure extractor."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extract.entities import entities

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

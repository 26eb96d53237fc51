"""Named entities with their canonical names in the document."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..model import Entity
from .names import clean_mention, person_canonical_names


def entities(doc: Doc) -> Iterator[Entity]:
    """Every named entity of ``doc``, with spaCy's label and a canonical name."""
    people = person_canonical_names(ent.text for ent in doc.ents if ent.label_ == "PERSON")
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            name = people.get(ent.text) or clean_mention(ent.text)
        else:
            name = clean_mention(ent.text) or ent.text
        yield Entity(text=ent.text, span=(ent.start_char, ent.end_char), label=ent.label_, name=name)

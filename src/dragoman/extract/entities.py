"""Named entities with their canonical names in the document."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span as SpacySpan

from ..model import Entity
from .names import clean_mention, looks_like_a_person, person_canonical_names


def _label(ent: SpacySpan) -> str:
    """spaCy's label, except that a person's name tagged as an organisation is a person."""
    if ent.label_ == "ORG" and all(t.pos_ == "PROPN" for t in ent) and looks_like_a_person([t.text for t in ent]):
        return "PERSON"
    return ent.label_


def entities(doc: Doc) -> Iterator[Entity]:
    """Every named entity of ``doc``, with spaCy's label (people it tagged ORG corrected) and a
    canonical name."""
    labels = [_label(ent) for ent in doc.ents]
    people = person_canonical_names(ent.text for ent, label in zip(doc.ents, labels) if label == "PERSON")
    for ent, label in zip(doc.ents, labels):
        if label == "PERSON":
            name = people.get(ent.text) or clean_mention(ent.text)
        else:
            name = clean_mention(ent.text) or ent.text
        yield Entity(text=ent.text, span=(ent.start_char, ent.end_char), label=label, name=name)

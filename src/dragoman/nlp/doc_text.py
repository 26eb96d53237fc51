"""A parsed document's text, read once: spaCy's `Doc.text` joins every token anew on each access."""

from __future__ import annotations

from spacy.tokens import Doc


def document_text(doc: Doc) -> str:
    """The document's text, built once and shared by every stage."""
    cached = doc.user_data.get("dragoman_text")
    if cached is None:
        cached = doc.user_data["dragoman_text"] = doc.text
    return cached

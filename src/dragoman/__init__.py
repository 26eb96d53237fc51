"""dragoman: who said what, and who did what to whom, in the news."""

from .errors import DragomanError, InputError, ModelError, StoreError
from .extraction import extract_documents, extract_text
from .model import Actor, Document, Entity, Event, Extraction, Place, Quote, Relay, Speaker

__version__ = "0.1.0"

__all__ = sorted(
    [
        "Actor",
        "Document",
        "DragomanError",
        "Entity",
        "Event",
        "Extraction",
        "InputError",
        "ModelError",
        "Place",
        "Quote",
        "Relay",
        "Speaker",
        "StoreError",
        "extract_documents",
        "extract_text",
    ]
)

"""The error tree: every failure a user can cause is a `DragomanError`."""

from __future__ import annotations


class DragomanError(Exception):
    """Base of every error dragoman raises on purpose."""


class InputError(DragomanError):
    """An input (file, record, stdin) could not be read; names the input and why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(DragomanError):
    """The database could not be opened, read or written."""


class ModelError(DragomanError):
    """The NLP model could not be loaded or run."""

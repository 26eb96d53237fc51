"""Extractors: pure functions from a parsed `Doc` to typed records."""

from .entities import entities

__all__ = ["entities"]

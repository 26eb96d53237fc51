"""The database: one schema on SQLite or PostgreSQL, chosen by URL."""

from .database import DEFAULT_URL, Filters, Store, normalise_url

__all__ = ["DEFAULT_URL", "Filters", "Store", "normalise_url"]

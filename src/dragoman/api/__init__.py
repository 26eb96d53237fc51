"""The HTTP API (FastAPI) over the store, serving the web UI too."""

from .app import create_app

__all__ = ["create_app"]

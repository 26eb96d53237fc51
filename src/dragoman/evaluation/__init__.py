"""The project's own scorers on annotated data."""

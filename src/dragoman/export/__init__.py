"""Exports: rows from the store in the formats analysts load."""

from .gdelt import write_gdelt
from .writers import write_csv, write_json_array, write_jsonl

__all__ = ["write_csv", "write_gdelt", "write_json_array", "write_jsonl"]

"""Exports: rows from the store in the formats analysts load."""

from .gdelt import write_gdelt
from .network import actor_network, write_network
from .parquet import write_parquet
from .writers import write_csv, write_json_array, write_jsonl

__all__ = ["actor_network", "write_csv", "write_gdelt", "write_json_array", "write_jsonl", "write_network", "write_parquet"]

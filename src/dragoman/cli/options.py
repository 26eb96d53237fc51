"""Options shared by several commands."""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated

import typer

from ..io import DEFAULT_MAX_BYTES, ReadOptions
from ..store import DEFAULT_URL


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _check_date(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")
    return value


Inputs = Annotated[list[str], typer.Argument(help="Files, folders (recursive), globs, or - for stdin.", show_default=False)]
Db = Annotated[str, typer.Option("--db", envvar="DRAGOMAN_DB", help="Database URL: sqlite:///FILE or postgresql://…")]
Published = Annotated[
    str | None,
    typer.Option(help="Publication date (YYYY-MM-DD) for inputs whose metadata has none.", callback=_check_date),
]
Since = Annotated[str | None, typer.Option(help="Only from this date (YYYY-MM-DD).", callback=_check_date)]
Until = Annotated[str | None, typer.Option(help="Only up to this date (YYYY-MM-DD).", callback=_check_date)]
MaxBytes = Annotated[int, typer.Option(min=1, help="Largest document accepted, in bytes.")]
TextField = Annotated[str, typer.Option(help="JSONL/CSV field holding the text.")]
DateField = Annotated[str, typer.Option(help="JSONL/CSV field holding the publication date.")]
TitleField = Annotated[str, typer.Option(help="JSONL/CSV field holding the title.")]
UrlField = Annotated[str, typer.Option(help="JSONL/CSV field holding the URL.")]
Model = Annotated[str | None, typer.Option(envvar="DRAGOMAN_MODEL", help="Installed spaCy model to use.")]

DEFAULT_DB = DEFAULT_URL
DEFAULT_MAX = DEFAULT_MAX_BYTES


def read_options(
    *, text_field: str, date_field: str, title_field: str, url_field: str, published: str | None, max_bytes: int
) -> ReadOptions:
    return ReadOptions(
        text_field=text_field,
        date_field=date_field,
        title_field=title_field,
        url_field=url_field,
        published=published,
        max_bytes=max_bytes,
    )

"""Rich tables for people: who said what, then the coded events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from ..model import Extraction


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_extraction(extraction: Extraction, console: Console) -> None:
    """Quotes with speakers, then events, for one document."""
    document = extraction.document
    text = document.text
    heading = document.title or document.path or document.id
    console.rule(f"[bold]{heading}[/] ({document.published or 'undated'})")
    quotes = Table(title="Who said what", show_lines=True, expand=True)
    quotes.add_column("speaker", style="bold cyan", max_width=24)
    quotes.add_column("kind")
    quotes.add_column("quote", ratio=1)
    quotes.add_column("via")
    for quote in extraction.quotes:
        content = " … ".join(text[s:e] for s, e in quote.content)
        if quote.speaker:
            speaker = quote.speaker.name
        else:  # no speaker to name (the text's author): show the source's own words
            speaker = f"({text[quote.source[0]:quote.source[1]]})" if quote.source else "?"
        if quote.speaker and quote.speaker.actor and quote.speaker.actor.code:
            speaker += f" ({quote.speaker.actor.code})"
        quotes.add_row(_clip(speaker, 60), quote.kind, _clip(content), ", ".join(r.name for r in quote.via))
    console.print(quotes)
    events = Table(title="Events", show_lines=False, expand=True)
    for column in ("source", "type", "cameo", "target", "trigger", "date", "place"):
        events.add_column(column)
    for event in extraction.events:
        events.add_row(
            event.source.code or event.source.name if event.source else "—",
            event.type + (f"/{event.mode}" if event.mode else ""),
            event.cameo or "",
            event.target.code or event.target.name if event.target else "—",
            text[event.trigger[0] : event.trigger[1]],
            event.date or "",
            event.location.name if event.location else "",
        )
    console.print(events)


#: What a person reads in each table; machine formats keep every column (offsets, ids, timestamps).
_READABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "published", "title", "path", "url", "source"),
    "quotes": ("id", "published", "speaker", "kind", "text", "via"),
    "events": ("id", "source", "type", "cameo", "target", "trigger_text", "date", "location"),
}
#: Short values keep their width on one line; longer ones share the rest, text and titles most, then names.
_SHORT_COLUMNS = {"id", "published", "kind", "type", "cameo", "date", "confidence", "country", "sector", "mentions", "documents"}
_SHARES = {"text": 4, "title": 4, "speaker": 2, "source": 2, "target": 2, "trigger_text": 2, "name": 2}


def print_rows(rows: Iterable[dict[str, Any]], console: Console, *, title: str) -> int:
    """A table of rows with the columns a person reads in ``title`` (nested values shown compactly)."""
    table = Table(title=title, expand=True)
    count = 0
    for row in rows:
        if count == 0:
            columns = [key for key in _READABLE_COLUMNS.get(title, row) if key in row]
            for key in columns:
                if key in _SHORT_COLUMNS:
                    table.add_column(key, no_wrap=True)
                else:
                    table.add_column(key, overflow="fold", ratio=_SHARES.get(key, 1))
        table.add_row(*(_display(row[key]) for key in columns))
        count += 1
    if count:
        console.print(table)
    else:
        console.print(f"no {title}")
    return count


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):  # an actor reads "Maria Zakharova (RUSGOV)", a speaker by name
        name, code = value.get("name"), value.get("code")
        return f"{name} ({code})" if name and code and code != name else str(name or code or value)
    if isinstance(value, list):
        return ", ".join(_display(v) for v in value)
    return _clip(str(value), 200)


def print_scores(scores: dict[str, Any], console: Console) -> None:
    """Quote scores as a small table."""
    table = Table(title=f"quotes: {scores['predicted']} predicted, {scores['gold']} gold")
    for column in ("match", "precision", "recall", "F1"):
        table.add_column(column)
    for match in ("loose", "exact"):
        row = scores[match]
        table.add_row(match, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}")
    console.print(table)
    console.print(f"source accuracy {scores['source_accuracy']:.3f}")
    console.print("recall by kind: " + ", ".join(f"{k} {v:.3f}" for k, v in scores["recall_by_kind"].items()))

"""Consoles, error reporting and progress for the CLI: data on stdout, the rest on stderr."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ..errors import DragomanError

T = TypeVar("T")

stderr = Console(stderr=True, highlight=False, soft_wrap=True)
stdout = Console(highlight=False, soft_wrap=True)


def report_error(error: DragomanError | str) -> None:
    """One line on stderr naming the input and the reason."""
    stderr.print(f"[bold red]error:[/] {escape(str(error))}")


def with_progress(items: Iterable[T], *, label: str, total: int | None = None, enabled: bool = True) -> Iterator[T]:
    """Yield ``items`` while a progress display (count, rate, elapsed, and ETA when ``total`` is known)
    runs on stderr."""
    if not enabled:
        yield from items
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal,
    )
    with progress:
        task = progress.add_task(label, total=total, rate=0.0)
        for item in items:
            yield item
            elapsed = progress.tasks[0].elapsed or 0.0
            done = progress.tasks[0].completed + 1
            progress.update(task, advance=1, rate=done / elapsed if elapsed else 0.0)

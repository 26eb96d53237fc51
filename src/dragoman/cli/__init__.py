"""The `dragoman` command line."""

from __future__ import annotations

import os
import sys

import typer

from . import commands

app = typer.Typer(
    name="dragoman",
    help="Who said what, and who did what to whom, in news about politics and diplomacy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(commands.extract)
app.command("ingest")(commands.ingest_command)
app.command("query")(commands.query)
app.command("export")(commands.export)
app.command("report")(commands.report)
app.command("classify")(commands.classify)
app.command("serve")(commands.serve)

eval_app = typer.Typer(help="Score dragoman on annotated data.", no_args_is_help=True)
eval_app.command("quotes")(commands.eval_quotes)
eval_app.command("events")(commands.eval_events)
app.add_typer(eval_app, name="eval")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        # The reader went away (`dragoman query … | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


__all__ = ["app", "main"]

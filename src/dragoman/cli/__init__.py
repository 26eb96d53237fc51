"""The `dragoman` command line."""

from __future__ import annotations

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

eval_app = typer.Typer(help="Score dragoman on annotated data.", no_args_is_help=True)
eval_app.command("quotes")(commands.eval_quotes)
app.add_typer(eval_app, name="eval")


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]

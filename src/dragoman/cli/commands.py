"""The commands: each validates its options and calls a plain function."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from collections.abc import Iterator
from typing import Annotated, Any, TextIO

from rich.markup import escape

import typer

from ..errors import DragomanError, InputError
from ..export import actor_network, write_csv, write_gdelt, write_json_array, write_jsonl, write_network, write_parquet
from ..distributed import extract_on_cluster
from ..extraction import extract_documents
from ..ingest import IngestSummary, failure_collector, ingest
from ..io import count_documents, english_only, read_documents
from ..jsonio import dumps, extraction_to_dict
from ..model import Document, Extraction
from ..nlp.pipeline import load_pipeline
from ..store import Filters, Store
from . import options as opt
from .console import report_error, stderr, stdout, with_progress
from .tables import print_extraction, print_rows, print_scores


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class QueryTable(str, Enum):
    documents = "documents"
    quotes = "quotes"
    events = "events"
    actors = "actors"
    entities = "entities"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"
    graphml = "graphml"
    gexf = "gexf"


def _fail(error: DragomanError) -> None:
    report_error(error)
    raise typer.Exit(1)


def extract(
    inputs: opt.Inputs,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.table,
    published: opt.Published = None,
    strict: Annotated[bool, typer.Option(help="Stop at the first input that fails.")] = False,
    max_bytes: opt.MaxBytes = opt.DEFAULT_MAX,
    text_field: opt.TextField = "text",
    date_field: opt.DateField = "published",
    title_field: opt.TitleField = "title",
    url_field: opt.UrlField = "url",
    model: opt.Model = None,
) -> None:
    """Extract quotes, events and entities and print them, without touching a database."""
    failures: list[str] = []

    def on_error(error: InputError) -> None:
        failures.append(str(error))
        report_error(error)
        if strict:
            raise typer.Exit(1)

    read = opt.read_options(
        text_field=text_field, date_field=date_field, title_field=title_field,
        url_field=url_field, published=published, max_bytes=max_bytes,
    )
    try:
        nlp = load_pipeline(model)
        documents = english_only(read_documents(inputs, read, on_error), _note_skipped)
        progress = with_progress(documents, label="extracting", total=count_documents(inputs))
        extractions = _reporting_problems(extract_documents(progress, nlp=nlp))
        if format is ExtractFormat.table:
            for extraction in extractions:
                print_extraction(extraction, stdout)
        else:
            rows = (extraction_to_dict(e) for e in extractions)
            (write_jsonl if format is ExtractFormat.jsonl else write_json_array)(rows, sys.stdout)
    except DragomanError as error:
        _fail(error)
    if failures:
        raise typer.Exit(1)


def _note_skipped(document: Document, reason: str) -> None:
    stderr.print(f"[cyan]note:[/] {escape(document.path or document.id)}: {escape(reason)}")


def _warn_problems(extraction: Extraction) -> None:
    """Warn on stderr about any stage that failed on a document."""
    for problem in extraction.problems:
        stderr.print(f"[yellow]warning:[/] {escape(extraction.document.path or extraction.document.id)}: {escape(problem)}")


def _reporting_problems(extractions: Iterator[Extraction]) -> Iterator[Extraction]:
    for extraction in extractions:
        _warn_problems(extraction)
        yield extraction


def ingest_command(
    inputs: opt.Inputs,
    db: opt.Db = opt.DEFAULT_DB,
    published: opt.Published = None,
    workers: Annotated[int, typer.Option(min=1, help="Local processes for extraction.")] = 1,
    scheduler: Annotated[
        str | None, typer.Option(help="Run extraction on this Dask scheduler, e.g. tcp://host:8786.")
    ] = None,
    keep_duplicates: Annotated[bool, typer.Option(help="Extract near-duplicate articles too.")] = False,
    max_bytes: opt.MaxBytes = opt.DEFAULT_MAX,
    text_field: opt.TextField = "text",
    date_field: opt.DateField = "published",
    title_field: opt.TitleField = "title",
    url_field: opt.UrlField = "url",
    model: opt.Model = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Summary format.")] = ExtractFormat.table,
) -> None:
    """Extract and store; documents already stored (same text) are skipped, so re-running resumes."""
    if scheduler and workers > 1:
        raise typer.BadParameter("choose --workers or --scheduler, not both")
    summary = IngestSummary()
    read = opt.read_options(
        text_field=text_field, date_field=date_field, title_field=title_field,
        url_field=url_field, published=published, max_bytes=max_bytes,
    )
    try:
        with Store(db) as store:
            def skipped(document: Document, reason: str) -> None:
                summary.not_english += 1
                _note_skipped(document, reason)

            documents = english_only(read_documents(inputs, read, failure_collector(summary, report_error)), skipped)
            ingest(
                with_progress(documents, label="ingesting", total=count_documents(inputs)),
                store,
                summary=summary,
                nlp=None if scheduler else load_pipeline(model),
                n_process=workers,
                extractor=(lambda docs: extract_on_cluster(docs, scheduler)) if scheduler else None,
                keep_duplicates=keep_duplicates,
                on_stored=_warn_problems,
            )
    except DragomanError as error:
        _fail(error)
    data = summary.as_dict()
    if format is ExtractFormat.table:
        stderr.print(
            f"read {data['read']}, stored {data['stored']}, skipped {data['skipped']} (already stored), "
            f"duplicates {data['duplicates']}, not English {data['not_english']}, failed {data['failed']}; "
            f"{data['quotes']} quotes, "
            f"{data['events']} events in {data['seconds']} s → {db}"
        )
        for failure in summary.failed:
            stderr.print(f"  failed: {escape(failure)}")
    else:
        sys.stdout.write(dumps(data) + "\n")
    if summary.failed:
        raise typer.Exit(1)


def _emit(rows: Any, format: opt.RowFormat, out: TextIO, *, title: str) -> None:
    if format is opt.RowFormat.table:
        print_rows(rows, stdout, title=title)
    elif format is opt.RowFormat.json:
        write_json_array(rows, out)
    elif format is opt.RowFormat.jsonl:
        write_jsonl(rows, out)
    else:
        write_csv(rows, out)


def query(
    table: Annotated[QueryTable, typer.Argument(help="What to list.")],
    db: opt.Db = opt.DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Quotes whose speaker name contains this.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, e.g. RUS or USAGOV.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. SANCTION.")] = None,
    kind: Annotated[str | None, typer.Option(help="Quote kind: direct, mixed or indirect.")] = None,
    since: opt.Since = None,
    until: opt.Until = None,
    search: Annotated[str | None, typer.Option(help="Text to search for.")] = None,
    document: Annotated[str | None, typer.Option(help="Only this document id.")] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many rows.")] = None,
    format: Annotated[opt.RowFormat, typer.Option("--format", "-f", help="Output format.")] = opt.RowFormat.table,
) -> None:
    """List stored documents, quotes, events, actors or entities."""
    filters = Filters(
        speaker=speaker, actor=actor, type=type, kind=kind, since=since, until=until,
        search=search, document=document, limit=limit,
    )
    try:
        with Store(db, create=False) as store:
            _emit(store.rows(table.value, filters), format, sys.stdout, title=table.value)
    except DragomanError as error:
        _fail(error)


def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] = ExportFormat.jsonl,
    table: Annotated[
        QueryTable | None,
        typer.Option(help="One table; without it JSONL holds one object per document with all it contains."),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Output file (a folder for CSV of every table); stdout if absent.")] = None,
    db: opt.Db = opt.DEFAULT_DB,
    since: opt.Since = None,
    until: opt.Until = None,
) -> None:
    """Export the store: JSON Lines, CSV or Parquet tables, GDELT 2.0's event table, or the actor
    network as GraphML or GEXF (for Gephi)."""
    filters = Filters(since=since, until=until)
    try:
        with Store(db, create=False) as store:
            if format in (ExportFormat.graphml, ExportFormat.gexf):
                graph = actor_network(store.dyads(Filters(since=since, until=until, limit=100_000)), store.rows("actors", filters))
                if out is None:
                    write_network(graph, sys.stdout.buffer, format.value)
                else:
                    with open(out, "wb") as handle:
                        write_network(graph, handle, format.value)
                return
            if format is ExportFormat.parquet:
                if out is None:
                    raise typer.BadParameter("Parquet needs --out (a file, or a folder for every table)")
                if table is None:
                    out.mkdir(parents=True, exist_ok=True)
                    for name in QueryTable:
                        write_parquet(store.rows(name.value, filters), out / f"{name.value}.parquet")
                else:
                    write_parquet(store.rows(table.value, filters), out)
                return
            if table is None and format is ExportFormat.csv:
                if out is None:
                    raise typer.BadParameter("CSV of every table needs --out FOLDER (or choose --table)")
                out.mkdir(parents=True, exist_ok=True)
                for name in QueryTable:
                    with open(out / f"{name.value}.csv", "w", encoding="utf-8", newline="") as handle:
                        write_csv(store.rows(name.value, filters), handle)
                return
            if format is ExportFormat.gdelt:
                if table not in (None, QueryTable.events):
                    raise typer.BadParameter("the GDELT layout holds events only")
                table = QueryTable.events
            rows = store.rows(table.value, filters) if table else _documents_with_results(store, filters)
            writer = {ExportFormat.jsonl: write_jsonl, ExportFormat.csv: write_csv, ExportFormat.gdelt: write_gdelt}[format]
            if out is None:
                writer(rows, sys.stdout)
            else:
                with open(out, "w", encoding="utf-8", newline="") as handle:
                    writer(rows, handle)
    except DragomanError as error:
        _fail(error)
    except BrokenPipeError:
        raise
    except OSError as error:
        _fail(InputError(str(out or "<stdout>"), error.strerror or str(error)))


def _documents_with_results(store: Store, filters: Filters) -> Any:
    for document in store.rows("documents", filters):
        only = Filters(document=document["id"])
        yield {
            "document": document,
            "quotes": list(store.rows("quotes", only)),
            "events": list(store.rows("events", only)),
            "entities": list(store.rows("entities", only)),
        }


def report(
    db: opt.Db = opt.DEFAULT_DB,
    since: opt.Since = None,
    until: opt.Until = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many documents.")] = None,
) -> None:
    """Print who said what and the coded events, document by document, for people."""
    try:
        with Store(db, create=False) as store:
            for extraction in store.extractions(Filters(since=since, until=until, limit=limit)):
                print_extraction(extraction, stdout)
    except DragomanError as error:
        _fail(error)


def eval_quotes(
    gold: Annotated[Path, typer.Option(help="PolNeAR-style folder with text/ and attributions/.")],
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N articles.")] = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table or json.")] = ExtractFormat.table,
    model: opt.Model = None,
) -> None:
    """Score quote extraction on annotated articles: P/R/F1 loose and exact, source accuracy, recall by kind."""
    from ..evaluation.runner import evaluate_quotes

    try:
        scores = evaluate_quotes(
            gold, nlp=load_pipeline(model), limit=limit, progress=lambda items: with_progress(items, label="scoring")
        ).summary()
    except FileNotFoundError as error:
        _fail(InputError(str(gold), str(error).split(": ", 1)[-1]))
        return
    except DragomanError as error:
        _fail(error)
        return
    if format is ExtractFormat.table:
        print_scores(scores, stdout)
    else:
        sys.stdout.write(dumps(scores) + "\n")


def eval_events(
    plv: Annotated[Path, typer.Option(help="PLV-style TSV (marked_sentence, gold_root).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table or json.")] = ExtractFormat.table,
    model: opt.Model = None,
) -> None:
    """Score event typing: accuracy and macro F1 of the PLOVER root on sentences the model did not train on."""
    from ..evaluation.events import evaluate_plv

    try:
        scores = evaluate_plv(plv, load_pipeline(model))
    except (FileNotFoundError, OSError) as error:
        _fail(InputError(str(plv), str(error).split(": ", 1)[-1]))
        return
    except DragomanError as error:
        _fail(error)
        return
    if format is ExtractFormat.table:
        stdout.print(
            f"{scores['sentences']} sentences ({scores['skipped_as_training_data']} skipped as training data): "
            f"accuracy {scores['accuracy']:.3f}, macro F1 {scores['macro_f1']:.3f}"
        )
        stdout.print(", ".join(f"{k} {v:.2f}" for k, v in scores["f1_by_type"].items()))
        whole = scores["end_to_end"]
        stdout.print(
            f"end to end (the extractor on the bare sentences): the marked pair coded in {whole['found']:.1%}, "
            f"with the gold type in {whole['typed']:.1%}; {whole['events_per_sentence']:.2f} events a sentence"
        )
    else:
        sys.stdout.write(dumps(scores) + "\n")


def classify(
    input: Annotated[str, typer.Argument(help="JSON Lines file, or - for stdin.")] = "-",
    model: opt.Model = None,
) -> None:
    """Type events: {"id", "text", "source": [s, e], "target": [s, e]} in, {"id", "type", "cameo", "scores"} out."""
    from ..events.typing import classify_records

    failures = 0

    def records() -> Iterator[tuple[Any, tuple[str, Any, Any]]]:
        nonlocal failures
        stream = sys.stdin if input == "-" else open(input, encoding="utf-8")
        with stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    text = record["text"]
                    spans = [record.get(k) for k in ("source", "target")]
                    if not isinstance(text, str) or not all(_valid_span(s, text) for s in spans):
                        raise ValueError("needs a text string and [start, end] spans inside it")
                except (ValueError, KeyError, TypeError) as error:
                    failures += 1
                    report_error(InputError(f"{input}:{number}", f"bad record ({error})"))
                    continue
                yield record.get("id"), (text, *(tuple(s) if s else None for s in spans))

    try:
        nlp = load_pipeline(model)
        pending = list(records()) if input != "-" else records()
        ids: list[Any] = []

        def triples() -> Iterator[tuple[str, Any, Any]]:
            for record_id, triple in pending:
                ids.append(record_id)
                yield triple

        for position, typed in enumerate(classify_records(triples(), nlp)):
            sys.stdout.write(dumps({"id": ids[position], "type": typed.type, "cameo": typed.cameo, "scores": typed.scores}) + "\n")
    except OSError as error:
        _fail(InputError(input, error.strerror or str(error)))
    except DragomanError as error:
        _fail(error)
    if failures:
        raise typer.Exit(1)


def _valid_span(span: Any, text: str) -> bool:
    return span is None or (
        isinstance(span, list) and len(span) == 2 and all(isinstance(i, int) for i in span) and 0 <= span[0] <= span[1] <= len(text)
    )


def serve(
    db: opt.Db = opt.DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    body_limit: Annotated[int, typer.Option(min=1, help="Largest request body, in bytes.")] = 1_000_000,
    workers: Annotated[int, typer.Option(min=1, help="Server processes (one per core suits a query load).")] = 1,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web UI at /. Writing needs DRAGOMAN_TOKEN."""
    import uvicorn

    from ..api import create_app

    try:
        app = create_app(db, body_limit=body_limit)
    except DragomanError as error:
        _fail(error)
        return
    stderr.print(f"dragoman on http://{host}:{port}/ (API docs at /docs) over {db}")
    if workers > 1:
        # Each process builds its own app from the environment (uvicorn's factory mode).
        os.environ["DRAGOMAN_SERVE_DB"], os.environ["DRAGOMAN_SERVE_BODY_LIMIT"] = db, str(body_limit)
        uvicorn.run("dragoman.api.app:app_from_environment", factory=True, host=host, port=port, workers=workers, log_level="warning")
    else:
        uvicorn.run(app, host=host, port=port, log_level="warning")

import json
import re

import pytest
from typer.testing import CliRunner

from dragoman.cli import app
from tests.conftest import REFERENCE, ROOT

runner = CliRunner()
COMMANDS = ["extract", "ingest", "query", "export", "report"]


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    assert f"dragoman {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_extract_jsonl_golden_reference():
    result = invoke("extract", REFERENCE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    data = json.loads(line)
    text = REFERENCE.read_text(encoding="utf-8")
    assert data["document"] == {
        "id": data["document"]["id"], "path": str(REFERENCE), "url": None, "title": None,
        "published": "2016-12-30", "source": None,
    }
    assert re.fullmatch(r"[0-9a-f]{16}", data["document"]["id"])
    assert set(data) >= {"document", "quotes", "events", "entities"}
    for entity in data["entities"]:
        start, end = entity["span"]
        assert text[start:end] == entity["text"]
    for quote in data["quotes"]:
        assert all(0 <= s <= e <= len(text) for s, e in quote["content"])
    for event in data["events"]:
        assert 0 <= event["trigger"][0] <= event["trigger"][1] <= len(text)
    assert {"Dmitry Medvedev", "Maria Zakharova"} <= {e["name"] for e in data["entities"] if e["label"] == "PERSON"}


def test_extract_stdin_json_array():
    result = invoke("extract", "-", "--format", "json", "--published", "2016-12-30", input="Putin said it was regrettable.")
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert record["document"]["published"] == "2016-12-30"


def test_bad_inputs_are_named_one_line_each_and_others_go_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Medvedev said the administration was ending its term.", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = invoke("extract", tmp_path / "missing.txt", binary, good, "--format", "jsonl")
    assert result.exit_code == 1
    assert len(result.stdout.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2 and "missing.txt" in errors[0] and "binary.txt" in errors[1]


def test_strict_stops_at_first_failure(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Putin said so.", encoding="utf-8")
    result = invoke("extract", tmp_path / "missing.txt", good, "--strict", "--format", "jsonl")
    assert result.exit_code == 1 and result.stdout == ""


def test_usage_errors_exit_2():
    assert invoke("extract", "x.txt", "--format", "xml").exit_code == 2
    assert invoke("ingest", "x.txt", "--published", "30/12/2016").exit_code == 2
    assert invoke("query", "nothing").exit_code == 2


def test_ingest_query_export(tmp_path):
    db = f"sqlite:///{tmp_path / 'd.db'}"
    first = invoke("ingest", REFERENCE, "--db", db, "--format", "json")
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert (summary["read"], summary["stored"], summary["skipped"]) == (1, 1, 0)
    again = json.loads(invoke("ingest", REFERENCE, "--db", db, "--format", "json").stdout)
    assert (again["stored"], again["skipped"]) == (0, 1)

    documents = json.loads(invoke("query", "documents", "--db", db, "--format", "json").stdout)
    assert len(documents) == 1 and documents[0]["text"] == REFERENCE.read_text(encoding="utf-8")
    entities = invoke("query", "entities", "--db", db, "--format", "jsonl", "--search", "Zakharova").stdout
    assert json.loads(entities.splitlines()[0])["name"] == "Maria Zakharova"
    csv_out = invoke("query", "entities", "--db", db, "--format", "csv", "--limit", "2").stdout.splitlines()
    assert csv_out[0].startswith("document_id,text,span") and len(csv_out) == 3

    exported = invoke("export", "--format", "jsonl", "--db", db).stdout.splitlines()
    assert len(exported) == 1 and json.loads(exported[0])["document"]["id"] == documents[0]["id"]
    out = tmp_path / "csv"
    assert invoke("export", "--format", "csv", "--db", db, "--out", out).exit_code == 0
    assert {p.name for p in out.iterdir()} == {"documents.csv", "quotes.csv", "events.csv", "actors.csv", "entities.csv"}
    assert invoke("export", "--format", "csv", "--db", db).exit_code == 2
    report = invoke("report", "--db", db)
    assert report.exit_code == 0 and "Who said what" in report.stdout


def test_query_on_missing_database_is_a_clear_error(tmp_path):
    result = invoke("query", "quotes", "--db", f"sqlite:///{tmp_path / 'nowhere' / 'x.db'}")
    assert result.exit_code == 1 and "error:" in result.stderr and "Traceback" not in result.output

import json
import re

import pytest
from typer.testing import CliRunner

from dragoman.cli import app
from tests.conftest import REFERENCE, ROOT

runner = CliRunner()
COMMANDS = ["extract", "ingest", "query", "export", "report", "classify", "serve", "eval quotes", "eval events"]


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command):
    result = invoke(*command.split(), "--help")
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
        "published": "2016-12-30", "source": None, "tone": data["document"]["tone"],
    }
    assert -1.0 <= data["document"]["tone"] <= 1.0
    assert re.fullmatch(r"[0-9a-f]{16}", data["document"]["id"])
    assert set(data) >= {"document", "quotes", "events", "entities"}
    for entity in data["entities"]:
        start, end = entity["span"]
        assert text[start:end] == entity["text"]
    spans = [a["span"] for a in data["actors"]]
    for quote in data["quotes"]:
        spans += quote["content"] + [s for s in (quote["cue"], quote["source"]) if s]
        spans += [r["span"] for r in quote["via"]]
    for event in data["events"]:
        spans += [event["trigger"], event["evidence"]]
        spans += [a["span"] for a in (event["source"], event["target"]) if a]
    assert spans and all(0 <= s < e <= len(text) for s, e in spans)
    for actor in data["actors"]:
        assert text[actor["span"][0] : actor["span"][1]] == actor["text"]
    assert {"Vladimir Putin", "Dmitry Medvedev", "Maria Zakharova"} <= {q["speaker"]["name"] for q in data["quotes"] if q["speaker"]}
    assert {e["type"] for e in data["events"]} >= {"REJECT", "SANCTION", "THREATEN", "COERCE", "SUPPORT"}
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


def test_classify_jsonl(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Russia expelled 35 American diplomats.", "source": [0, 6], "target": [16, 37]}),
        json.dumps({"id": "b", "text": "Police fired tear gas at protesters in Kiev.", "source": [0, 6], "target": [25, 35]}),
        json.dumps({"id": "c", "text": "short", "source": [0, 99], "target": None}),
    ]
    result = invoke("classify", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 1 and "-:3" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    for row in rows:
        assert row["type"] in {"SANCTION", "COERCE", "ASSAULT", "ACCUSE", "REJECT", "AGREE", "CONSULT", "SUPPORT",
                               "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "THREATEN", "PROTEST", "MOBILIZE"}
        assert abs(sum(row["scores"].values()) - 1) < 0.01


def test_export_gdelt(tmp_path):
    db = f"sqlite:///{tmp_path / 'd.db'}"
    assert invoke("ingest", REFERENCE, "--db", db).exit_code == 0
    rows = [line.split("\t") for line in invoke("export", "--format", "gdelt", "--db", db).stdout.splitlines()]
    assert rows and all(len(row) == 61 for row in rows)
    penalized = [r for r in rows if r[26] == "170"]
    assert penalized and penalized[0][1] == "20161229" and penalized[0][5] == "USAGOV" and penalized[0][15] == "RUSGOV"
    sanctions = invoke("query", "events", "--type", "SANCTION", "--actor", "USA", "--db", db, "--format", "json")
    assert {e["type"] for e in json.loads(sanctions.stdout)} == {"SANCTION"}
    quotes = json.loads(invoke("query", "quotes", "--speaker", "Putin", "--db", db, "--format", "json").stdout)
    assert quotes and all("Putin" in q["speaker"]["name"] for q in quotes)


def test_query_table_shows_what_a_person_reads(tmp_path):
    db = f"sqlite:///{tmp_path / 'd.db'}"
    assert invoke("ingest", REFERENCE, "--db", db).exit_code == 0
    table = invoke("query", "events", "--type", "SANCTION", "--db", db).stdout
    assert "source" in table and "cameo" in table and "document_id" not in table and "ingested_at" not in table
    assert "SANCTION" in table and "(USA)" in table and "(RUS)" in table  # actors show their code beside the name
    quotes = invoke("query", "quotes", "--speaker", "Zakharova", "--db", db).stdout
    assert "Zakharova" in quotes and "payback" in quotes and "confidence" not in quotes


def test_export_parquet_graphml_gexf(tmp_path):
    import networkx as nx
    import pyarrow.parquet as pq

    db = f"sqlite:///{tmp_path / 'd.db'}"
    assert invoke("ingest", REFERENCE, "--db", db).exit_code == 0
    assert invoke("export", "--format", "parquet", "--out", tmp_path / "tables", "--db", db).exit_code == 0
    events = pq.read_table(tmp_path / "tables" / "events.parquet").to_pylist()
    assert events and {"type", "source", "trigger"} <= set(events[0])
    assert invoke("export", "--format", "parquet", "--table", "quotes", "--out", tmp_path / "q.parquet", "--db", db).exit_code == 0
    assert pq.read_table(tmp_path / "q.parquet").num_rows == len(json.loads(invoke("query", "quotes", "--db", db, "--format", "json").stdout))
    assert invoke("export", "--format", "parquet", "--db", db).exit_code == 2
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"net.{fmt}"
        assert invoke("export", "--format", fmt, "--out", path, "--db", db).exit_code == 0
        graph = reader(path)
        assert graph.number_of_edges() > 0
        assert ("USAGOV", "RUSGOV") in graph.edges

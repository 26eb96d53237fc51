"""benchmarks/results.py: a benchmark with a history keeps one section, its latest figures and a row per run."""

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "results.py"
_SPEC = importlib.util.spec_from_file_location("benchmark_results", _PATH)
results = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = results  # dataclasses look their module up
_SPEC.loader.exec_module(results)


def _history(date: str, events: str) -> "results.History":
    return results.History("events-bench", ["date", "events"], [date, events])


def test_a_first_run_appends_the_section_with_one_row():
    document = results.with_history("# Measured results\n\nNotes.\n", "## Events (latest: d1)\n\n- 10 events", _history("d1", "10"))
    assert document.startswith("# Measured results\n\nNotes.\n\n<!-- events-bench -->\n## Events (latest: d1)")
    assert document.rstrip().endswith("| d1 | 10 |\n<!-- /events-bench -->")


def test_a_later_run_replaces_the_figures_and_adds_a_row_in_place():
    first = results.with_history("# R\n", "## Events (latest: d1)\n\n- 10 events", _history("d1", "10"))
    second = results.with_history(first + "\nA note after the section.\n", "## Events (latest: d2)\n\n- 12 events", _history("d2", "12"))
    assert second.count("<!-- events-bench -->") == 1
    assert "- 10 events" not in second and "- 12 events" in second
    assert "| d1 | 10 |\n| d2 | 12 |\n<!-- /events-bench -->" in second
    assert second.endswith("\nA note after the section.\n")
    assert second.count("| date | events |") == 1

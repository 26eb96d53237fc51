"""Ingest: idempotent, resumable, deduplicated, and the same rows locally, in parallel and on Dask."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from dragoman.ingest import IngestSummary, ingest
from dragoman.io import ReadOptions, read_documents
from dragoman.store import Store
from tests.conftest import REFERENCE, ROOT, SAMPLES
from tests.helpers import snapshot

SENTENCES = [
    "Russian Foreign Minister Sergei Lavrov met Chinese officials in Beijing on Monday, the ministry said.",
    '"We will not accept this," Lavrov told reporters.',
    "The European Union imposed sanctions on Iran on Tuesday, diplomats said.",
    "Protesters clashed with police in Kiev, the Interior Ministry said.",
]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(REFERENCE, folder / "reference-2016-12-30.txt")
    # The same wire story with one word changed: a near-duplicate.
    (folder / "copy-2016-12-30.txt").write_text(REFERENCE.read_text(encoding="utf-8").replace("Reuters said", "Reuters reported"), encoding="utf-8")
    for i, sentence in enumerate(SENTENCES):
        (folder / f"short-{i}-2017-01-0{i + 1}.txt").write_text(sentence, encoding="utf-8")
    return folder


def run(folder, db_path, **options) -> IngestSummary:
    summary = IngestSummary()
    with Store(f"sqlite:///{db_path}") as store:
        ingest(read_documents([str(folder)], ReadOptions(), lambda e: summary.failed.append(str(e))), store, summary=summary, **options)
    return summary


def test_rerun_is_a_no_op_and_near_duplicates_link_to_the_first(corpus, tmp_path, nlp):
    first = run(corpus, tmp_path / "a.db", nlp=nlp)
    assert (first.read, first.stored, first.duplicates, first.failed) == (6, 5, 1, [])
    before = snapshot(tmp_path / "a.db")
    again = run(corpus, tmp_path / "a.db", nlp=nlp)
    assert (again.stored, again.skipped, again.duplicates) == (0, 6, 0)
    assert snapshot(tmp_path / "a.db") == before
    documents = {row[1].rsplit("/", 1)[-1]: row for row in before["documents"]}
    duplicate = [row for row in before["documents"] if row[-1] != "None"]
    assert len(duplicate) == 1 and len(documents) == 6


def test_keep_duplicates_extracts_both(corpus, tmp_path, nlp):
    summary = run(corpus, tmp_path / "k.db", nlp=nlp, keep_duplicates=True)
    assert (summary.stored, summary.duplicates) == (6, 0)


@pytest.mark.slow
def test_two_workers_store_the_same_rows(corpus, tmp_path, nlp):
    run(corpus, tmp_path / "one.db", nlp=nlp)
    run(corpus, tmp_path / "two.db", nlp=nlp, n_process=2)
    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


DASK_RUN = """
import sys
from distributed import LocalCluster
from dragoman.distributed import extract_on_cluster
from dragoman.ingest import IngestSummary, ingest
from dragoman.io import ReadOptions, read_documents
from dragoman.store import Store

if __name__ == "__main__":
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Store("sqlite:///" + sys.argv[2]) as store:
            documents = read_documents([sys.argv[1]], ReadOptions(), lambda e: None)
            ingest(documents, store, summary=IngestSummary(),
                   extractor=lambda docs: extract_on_cluster(docs, cluster.scheduler_address, batch_size=2, patience=240))
"""


@pytest.mark.slow
def test_dask_local_cluster_stores_the_same_rows(corpus, tmp_path, nlp):
    """Runs in its own process: a LocalCluster shares nothing with the test session's threads."""
    pytest.importorskip("distributed")
    run(corpus, tmp_path / "local.db", nlp=nlp)
    script = tmp_path / "dask_run.py"
    script.write_text(DASK_RUN, encoding="utf-8")
    subprocess.run([sys.executable, str(script), str(corpus), str(tmp_path / "dask.db")], check=True, timeout=600,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert snapshot(tmp_path / "local.db") == snapshot(tmp_path / "dask.db")


def test_bundled_samples_ingest_cleanly(tmp_path, nlp):
    summary = run(SAMPLES, tmp_path / "s.db", nlp=nlp)
    assert summary.failed == [] and summary.stored >= 1 and summary.quotes > 0 and summary.events > 0

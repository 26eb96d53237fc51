"""Shared fixtures: one spaCy pipeline per session, the bundled samples, ../shared when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REFERENCE = SAMPLES / "putin-sanctions-2016-12-30.txt"
SHARED = Path(os.environ.get("DRAGOMAN_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def nlp():
    from dragoman.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_extraction(nlp, reference_text):
    from dragoman.extraction import extract_text

    return extract_text(reference_text, published="2016-12-30", nlp=nlp)


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"the development data folder {SHARED} is absent (it exists only for developers and CI)")
    return SHARED


@pytest.fixture(scope="session")
def served_db(tmp_path_factory, nlp):
    """A database holding the bundled samples, for the API and UI tests."""
    from dragoman.ingest import IngestSummary, ingest
    from dragoman.io import ReadOptions, read_documents
    from dragoman.store import Store

    path = tmp_path_factory.mktemp("served") / "served.db"
    with Store(f"sqlite:///{path}") as store:
        ingest(read_documents([str(SAMPLES)], ReadOptions(), lambda e: None), store, summary=IngestSummary(), nlp=nlp)
    return f"sqlite:///{path}"

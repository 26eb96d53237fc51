"""Ingest survives SIGKILL, read-only databases and full disks without losing or half-writing anything."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import event

from dragoman.errors import StoreError
from dragoman.extraction import extract_text
from dragoman.store import Store
from tests.conftest import REFERENCE, ROOT
from tests.helpers import snapshot

TOPICS = ["sanctions", "talks", "aid", "troops", "elections", "trade", "refugees", "oil", "visas", "spies"]
COUNTRIES = ["Russia", "China", "France", "Iran", "Turkey", "Japan", "Brazil", "Egypt"]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "reference-2016-12-30.txt").write_text(REFERENCE.read_text(encoding="utf-8"), encoding="utf-8")
    rng = random.Random(5)
    for i in range(60):
        a, b = rng.sample(COUNTRIES, 2)
        topic = rng.choice(TOPICS)
        text = (f"{a} accused {b} of breaking its promises on {topic}, the foreign ministry said on Monday. "
                f'"We will respond to every step," spokesman number {i} told reporters in the capital. '
                f"{b} rejected the claims about {topic} and said talks would continue in {rng.choice(COUNTRIES)}.")
        (folder / f"story-{i:03d}-2017-02-0{1 + i % 9}.txt").write_text(text, encoding="utf-8")
    return folder


def ingest_command(folder, db):
    return [sys.executable, "-m", "dragoman", "ingest", str(folder), "--db", f"sqlite:///{db}", "--format", "json"]


@pytest.mark.slow
def test_sigkill_at_random_moments_then_resume_equals_a_clean_run(corpus, tmp_path):
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    clean = tmp_path / "clean.db"
    subprocess.run(ingest_command(corpus, clean), check=True, env=environment, capture_output=True)
    killed = tmp_path / "killed.db"
    rng = random.Random(11)
    for _ in range(4):
        process = subprocess.Popen(ingest_command(corpus, killed), env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(2.0, 9.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
    subprocess.run(ingest_command(corpus, killed), check=True, env=environment, capture_output=True)
    assert snapshot(killed) == snapshot(clean)
    third = subprocess.run(ingest_command(corpus, killed), check=True, env=environment, capture_output=True, text=True)
    assert '"stored":0' in third.stdout and snapshot(killed) == snapshot(clean)


def test_read_only_database_is_a_clear_error(tmp_path, nlp):
    path = tmp_path / "ro.db"
    with Store(f"sqlite:///{path}") as store:
        store.write(extract_text("Putin said no.", nlp=nlp))
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    with Store(read_only, create=False) as store:
        with pytest.raises(StoreError, match="readonly|read-only"):
            store.write(extract_text("Medvedev said yes.", nlp=nlp))
        assert store.count("documents") == 1
    result = subprocess.run(
        [sys.executable, "-m", "dragoman", "ingest", str(REFERENCE), "--db", read_only],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, capture_output=True, text=True,
    )
    assert result.returncode == 1 and "error:" in result.stderr and "Traceback" not in result.stderr


def test_full_disk_mid_document_leaves_no_half_written_document(tmp_path, nlp):
    path = tmp_path / "full.db"
    with Store(f"sqlite:///{path}") as store:
        store.write(extract_text("Putin said no.", nlp=nlp))
        tables = ("documents", "quotes", "events", "entities", "actors")
        before = [store.count(t) for t in tables]

        def disk_full(_conn, _cursor, statement, *_args):
            if statement.lstrip().upper().startswith("INSERT INTO EVENTS"):
                raise sqlite3.OperationalError("database or disk is full")

        event.listen(store.engine, "before_cursor_execute", disk_full)
        extraction = extract_text(REFERENCE.read_text(encoding="utf-8"), published="2016-12-30", nlp=nlp)
        with pytest.raises(StoreError, match="disk is full"):
            store.write(extraction)
        event.remove(store.engine, "before_cursor_execute", disk_full)
        assert [store.count(t) for t in tables] == before
        assert store.write(extraction) is True  # room again: the same document goes in whole

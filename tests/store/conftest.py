"""Every store test runs on SQLite and, where a server is reachable, on PostgreSQL."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from dragoman.store import Store, normalise_url

POSTGRES_URL = os.environ.get("DRAGOMAN_TEST_POSTGRES_URL", "postgresql://dragoman@127.0.0.1:5432/dragoman")


def _postgres_store() -> Store:
    base = normalise_url(POSTGRES_URL)
    try:
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            name = f"dragoman_test_{uuid.uuid4().hex[:8]}"
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
    except Exception as error:  # no server, no role, no driver: all mean "skip"
        pytest.skip(f"no PostgreSQL server reachable at {POSTGRES_URL} ({type(error).__name__}); .ci/run starts one")
    admin.dispose()
    return Store(f"{base}?options=-csearch_path%3D{name}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "sqlite":
        instance = Store(f"sqlite:///{tmp_path / 'test.db'}")
    else:
        instance = _postgres_store()
    yield instance
    instance.close()

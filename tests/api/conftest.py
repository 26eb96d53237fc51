from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dragoman.api import create_app

TOKEN = "test-token-123"


@pytest.fixture
def client(served_db):
    with TestClient(create_app(served_db, token=TOKEN, body_limit=20_000)) as test_client:
        yield test_client

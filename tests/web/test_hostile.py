"""Script payloads in article text, titles and speaker names reach the page as text only."""

from __future__ import annotations

import socket
import threading
import time

import pytest
import uvicorn

from dragoman.api import create_app
from dragoman.model import Actor, Document, Event, Extraction, Quote, Speaker
from dragoman.store import Store

PAYLOADS = [
    "<script>alert('text')</script>",
    '<img src=x onerror="alert(\'img\')">',
    '"><svg onload=alert("svg")>',
    "javascript:alert('link')",
]


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    text = " ".join(f"Putin said {p} today." for p in PAYLOADS)
    name = PAYLOADS[1] + " Smith"
    actor = Actor(text="Putin", span=(0, 5), name=PAYLOADS[2], country="RUS", sector="GOV", code="RUSGOV")
    extraction = Extraction(
        document=Document(text=text, title=PAYLOADS[0] + " title", path=PAYLOADS[3], published="2016-12-30"),
        quotes=(Quote(content=((11, 11 + len(PAYLOADS[0])),), kind="direct", cue=(6, 10), source=(0, 5),
                      speaker=Speaker(name=name, actor=actor)),),
        events=(Event(type="ACCUSE", trigger=(6, 10), evidence=(0, 20), source=actor, target=actor),),
    )
    with Store(f"sqlite:///{path}") as store:
        store.write(extraction)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(f"sqlite:///{path}"), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", extraction.document.id, name
    server.should_exit = True
    thread.join(timeout=10)


def test_payloads_never_run(page, hostile_url):
    url, document_id, name = hostile_url
    page.goto(url + "/#/documents")
    page.wait_for_selector("#documents a")
    assert PAYLOADS[0] in page.text_content("#documents")
    page.goto(url + f"/#/article/{document_id}")
    page.wait_for_selector("#article-text mark.quote")
    assert PAYLOADS[1] in page.text_content("#article-text")
    assert page.locator("#article-text img, #article-text script, #article-text svg").count() == 0
    page.click("#article-text mark.quote")
    page.wait_for_selector("#speaker-quotes li")
    assert page.text_content("#speaker-name") == name
    page.goto(url + "/#/network")
    page.wait_for_selector("#view h1")
    page.wait_for_timeout(300)
    assert page.dialogs == []

"""A client that sends its request a byte at a time does not hold up the others."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import uvicorn

from dragoman.api import create_app


def test_slow_client_does_not_block_others(served_db):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(served_db), host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        slow = socket.create_connection(("127.0.0.1", port))
        slow.sendall(b"GET /api/quotes HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never finishes its headers
        started = time.perf_counter()
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
            for _ in range(20):
                assert client.get("/api/events", params={"limit": 5}).status_code == 200
        assert time.perf_counter() - started < 5
        slow.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)

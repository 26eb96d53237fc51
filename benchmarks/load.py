"""Load test of the query API on 127.0.0.1 only: 50 concurrent clients over indexed queries on a
10,000-document database. Bounded in requests and time; stops by itself.

Usage: python benchmarks/load.py [--documents 10000] [--clients 50] [--requests 5000] [--write]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import insert, select

from dragoman.ingest import IngestSummary, ingest
from dragoman.io import ReadOptions, read_documents
from dragoman.store import Store, schema

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from results import report  # noqa: E402
QUERIES = [
    ("/api/quotes", {"speaker": "Putin"}),
    ("/api/quotes", {"kind": "direct", "limit": 20}),
    ("/api/events", {"type": "SANCTION"}),
    ("/api/events", {"actor": "RUS", "limit": 20}),
    ("/api/events", {"country": "USA", "since": "2016-01-01"}),
    ("/api/documents", {"since": "2016-09-01", "until": "2016-10-01"}),
    ("/api/quotes", {"document": None}),
]


WARM_UP_SECONDS = 5.0


def build_database(path: Path, documents: int) -> list[str]:
    """Ingest real articles once, then copy their rows under new ids up to ``documents``."""
    url = f"sqlite:///{path}"
    sources = [str(ROOT / "samples"), str(ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text")]
    with Store(url) as store:
        ingest(read_documents([s for s in sources if Path(s).exists()], ReadOptions(), lambda e: None), store,
               summary=IngestSummary(), keep_duplicates=True)
        with store.engine.begin() as connection:
            originals = connection.execute(select(schema.documents)).mappings().all()
            children = {
                table: connection.execute(select(table)).mappings().all()
                for table in (schema.quotes, schema.events, schema.entities, schema.actors)
            }
            copies = 0
            ids = [row["id"] for row in originals]
            while len(ids) < documents:
                for original in originals:
                    if len(ids) >= documents:
                        break
                    copies += 1
                    new_id = f"{copies:08x}{original['id'][:8]}"
                    connection.execute(insert(schema.documents).values(
                        {**original, "id": new_id, "text_sha256": f"{copies:064x}", "published": f"2016-{1 + copies % 12:02d}-{1 + copies % 28:02d}"}))
                    for table, rows in children.items():
                        batch = [{k: v for k, v in row.items() if k != "id"} | {"document_id": new_id}
                                 for row in rows if row["document_id"] == original["id"]]
                        if batch:
                            connection.execute(insert(table), batch)
                    ids.append(new_id)
        store.analyze()  # as an ingest does at its end; the copies came after it
    return ids


async def client_loop(client: httpx.AsyncClient, ids: list[str], budget: list[int], deadline: float, latencies: list[tuple[float, float, str]], errors: list[str], rng: random.Random) -> None:
    await asyncio.sleep(rng.uniform(0, 2 * ARGS.think))  # clients arrive over time, not all in one instant
    while budget[0] > 0 and time.perf_counter() < deadline:
        budget[0] -= 1
        path, params = rng.choice(QUERIES)
        if "document" in params:
            params = {"document": rng.choice(ids)}
        started = time.perf_counter()
        try:
            response = await client.get(path, params=params)
            if response.status_code != 200:
                errors.append(f"{path} {response.status_code}")
        except httpx.HTTPError as error:
            errors.append(f"{path} {type(error).__name__}")
        latencies.append((started, time.perf_counter() - started, path + ("?" + next(iter(params)) if params else "")))
        if ARGS.think:
            await asyncio.sleep(rng.uniform(0, 2 * ARGS.think))  # a client pausing between requests


async def run_load(url: str, ids: list[str]) -> tuple[list[tuple[float, float, str]], list[str], float]:
    latencies: list[tuple[float, float, str]] = []
    errors: list[str] = []
    budget = [ARGS.requests]
    deadline = time.perf_counter() + ARGS.seconds
    limits = httpx.Limits(max_connections=ARGS.clients, max_keepalive_connections=ARGS.clients)
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=10, limits=limits) as client:
        await asyncio.gather(*(client_loop(client, ids, budget, deadline, latencies, errors, random.Random(i)) for i in range(ARGS.clients)))
    return latencies, errors, time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "load.db"
        built = time.perf_counter()
        ids = build_database(path, ARGS.documents)
        built = time.perf_counter() - built
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "dragoman", "serve", "--db", f"sqlite:///{path}", "--port", str(port),
                                   "--workers", str(ARGS.server_workers)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    if httpx.get(url + "/api/actors", params={"limit": 1}).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            timings, errors, seconds = asyncio.run(run_load(url, ids))
        finally:
            server.terminate()
            server.wait(timeout=10)
    first = min(t for t, _, _ in timings)
    latencies = sorted(latency for _, latency, _ in timings)
    steady = sorted(latency for t, latency, _ in timings if t - first >= WARM_UP_SECONDS)
    by_query: dict[str, list[float]] = {}
    for _, latency, query in timings:
        by_query.setdefault(query, []).append(latency)

    def percentile(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000

    p = lambda q: percentile(latencies, q)
    slowest = max(by_query, key=lambda query: percentile(by_query[query], 0.99))
    lines = [
        f"## Load ({dt.date.today()}, {platform.machine()}, {os.cpu_count()} cores)",
        "",
        f"Command: `python benchmarks/load.py --documents {ARGS.documents} --clients {ARGS.clients} --requests {ARGS.requests} "
        f"--think {ARGS.think} --server-workers {ARGS.server_workers}`",
        "",
        f"- database: {len(ids)} documents (real articles ingested, then copied), built in {built:.0f} s; "
        f"{ARGS.server_workers} uvicorn process(es) on 127.0.0.1, the load client on the same 2 cores",
        f"- {len(latencies)} requests from {ARGS.clients} concurrent clients in {seconds:.1f} s ({len(latencies) / seconds:.0f} req/s), "
        f"**{len(errors)} errors**",
        f"- latency: p50 {p(0.5):.0f} ms, p95 {p(0.95):.0f} ms, **p99 {p(0.99):.0f} ms** (target 0 errors, p99 < 200 ms), "
        f"mean {statistics.mean(latencies) * 1000:.0f} ms",
        f"- after the first {WARM_UP_SECONDS:.0f} s (server warm-up): p50 {percentile(steady, 0.5):.0f} ms, "
        f"p95 {percentile(steady, 0.95):.0f} ms, **p99 {percentile(steady, 0.99):.0f} ms** over {len(steady)} requests",
        "- p99 by query: " + ", ".join(f"`{q}` {percentile(v, 0.99):.0f} ms" for q, v in sorted(by_query.items()))
        + f" (slowest: `{slowest}`)",
    ]
    if errors:
        print("errors:", sorted(set(errors))[:10])
    report(lines, write=ARGS.write)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5_000)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between a client's requests, seconds")
    parser.add_argument("--server-workers", type=int, default=1)
    parser.add_argument("--write", action="store_true")
    ARGS = parser.parse_args()
    main()

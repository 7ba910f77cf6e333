"""`POST /api/cypher` against the same query sent straight through the driver, for `make bench`.

"4 clients" are 4 client processes on both sides, as 4 programs or users would be. Four threads
sharing one Python driver measure mostly the GIL: the sync driver parses each record in Python,
and on this machine 4 threads got through fewer queries a second than 1 thread (3.4-4.2 ms of
wall time a query against 1.95), which would make any endpoint look free.
"""
from __future__ import annotations

import multiprocessing as mp
import statistics
import time

TWO_HOP = ("MATCH (a:Entity {id: $id})-[r1]-(b)-[r2]-(c) "
           "RETURN a.name AS a, type(r1) AS r1, b.name AS b, type(r2) AS r2, c.name AS c LIMIT 50")
CLIENTS = 4


def _caller(kind: str, base: str):
    """One client's way of sending the query: the endpoint over HTTP, or its own driver."""
    if kind == "api":  # a keep-alive connection from the standard library, as lean as a load tool
        import http.client
        import json
        from urllib.parse import urlsplit
        conn = http.client.HTTPConnection(urlsplit(base).netloc, timeout=30)

        def post(entity: str) -> None:
            conn.request("POST", "/api/cypher", json.dumps({"query": TWO_HOP, "params": {"id": entity}}),
                         {"Content-Type": "application/json"})
            reply = conn.getresponse()
            body = reply.read()
            if reply.status != 200:
                raise RuntimeError(f"/api/cypher answered {reply.status}: {body[:200]!r}")
        return post
    if kind == "api_httpx":  # the HTTP client the rest of the bench uses: its own CPU counts here
        import httpx2 as httpx
        client = httpx.Client(timeout=30)
        return lambda entity: client.post(f"{base}/api/cypher",
                                          json={"query": TWO_HOP, "params": {"id": entity}}).raise_for_status()
    from neo4j import GraphDatabase

    from app.core.config import Settings
    settings = Settings()
    driver = GraphDatabase.driver(settings.uri, auth=settings.auth, notifications_min_severity="OFF")
    database = settings.neo4j_database
    if kind == "execute_query":
        return lambda entity: driver.execute_query(TWO_HOP, {"id": entity}, database_=database, routing_="r")

    def auto_commit(entity: str) -> None:  # what the endpoint itself does
        with driver.session(database=database, default_access_mode="READ") as session:
            session.run(TWO_HOP, {"id": entity}).fetch(1000)
    return auto_commit


def _client(kind: str, base: str, warm: list[str], ids: list[str], barrier, results) -> None:
    call = _caller(kind, base)
    for entity in warm:
        call(entity)
    barrier.wait()  # all clients measure together
    latencies = []
    for entity in ids:
        began = time.perf_counter()
        call(entity)
        latencies.append((time.perf_counter() - began) * 1000)
    results.put(latencies)


def run_clients(kind: str, base: str, warm: list[str], ids: list[str]) -> list[float]:
    ctx = mp.get_context("spawn")  # a fresh interpreter each, like a separate program
    barrier, results = ctx.Barrier(CLIENTS), ctx.Queue()
    procs = [ctx.Process(target=_client, args=(kind, base, warm[i::CLIENTS], ids[i::CLIENTS], barrier, results))
             for i in range(CLIENTS)]
    for proc in procs:
        proc.start()
    latencies = [x for _ in procs for x in results.get(timeout=600)]
    for proc in procs:
        proc.join(timeout=60)
        if proc.exitcode != 0:
            raise RuntimeError(f"a {kind} client failed (exit {proc.exitcode})")
    return latencies


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def cypher_latency(base: str, ids: list[str], warmup: int, say) -> None:
    """`ids[:warmup]` warm everything once; the rest go in interleaved quarters (each side in
    turn), so drift on a noisy machine hits all alike. Overhead: the endpoint's median minus the
    faster driver median, with a lean HTTP client and, for reference, with httpx."""
    sides = ("api", "api_httpx", "execute_query", "auto_commit")
    for kind in sides:
        run_clients(kind, base, [], ids[:warmup])
    measured = ids[warmup:]
    quarter = len(measured) // 4
    found: dict[str, list[float]] = {kind: [] for kind in sides}
    for part in range(4):
        chunk = measured[part * quarter:(part + 1) * quarter]
        for kind in sides:
            found[kind] += run_clients(kind, base, chunk[:40], chunk)
    labels = {"api": "POST /api/cypher 2-hop read (http.client)", "api_httpx": "  same, clients on httpx",
              "execute_query": "  same query, driver.execute_query",
              "auto_commit": "  same query, driver session.run (auto-commit)"}
    for kind in sides:
        values = found[kind]
        say(f"{labels[kind]}, {CLIENTS} client processes",
            f"p50 {statistics.median(values):.1f} ms, p99 {percentile(values, 0.99):.1f} ms ({len(values):,} requests)")
    fastest = min(statistics.median(found["execute_query"]), statistics.median(found["auto_commit"]))
    say("  endpoint overhead at p50 (vs the faster driver call)",
        f"{statistics.median(found['api']) - fastest:.1f} ms (httpx clients: "
        f"{statistics.median(found['api_httpx']) - fastest:.1f} ms)")

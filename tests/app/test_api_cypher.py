"""`POST /api/cypher` against the real Neo4j: reads with their graph, and every write refused."""
from __future__ import annotations

import concurrent.futures
import multiprocessing
import time

import httpx2 as httpx
import pytest

from app.core.config import Settings
from app.query.runner import CypherRunner, QueryRejected
from cypher.registry import load
from tests.app.seed import seed
from tests.conftest import live_server
from tests.query.attacks import ATTACKS
from tests.query.fingerprint import fingerprint

MINUTE_LONG = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 100 RETURN count(*) AS n"


@pytest.fixture(scope="module")
def api(settings, driver):
    from fastapi.testclient import TestClient
    from app.main import create_app
    with TestClient(create_app(settings)) as client:
        seed(driver, settings.neo4j_database)
        yield client


def run(api, query, **extra):
    return api.post("/api/cypher", json={"query": query, **extra})


def test_read_returns_columns_rows_and_the_graph_with_relationship_ends(api):
    body = run(api, "MATCH (a:State {id: $id})-[r:SUPPLIES_ARMS]->(b) RETURN a.name AS source, r",
               params={"id": "state:DEU"}).json()
    assert body["columns"] == ["source", "r"]
    assert [row[0] for row in body["rows"]] == ["Germany"]
    rel = body["rows"][0][1]
    assert rel["type"] == "SUPPLIES_ARMS" and rel["properties"]["count"] == 2
    graph = body["graph"]
    assert [r["id"] for r in graph["relationships"]] == [rel["id"]]
    # the rows held no nodes, yet both ends are in the graph so the explorer can draw the edge
    ends = {n["id"]: n for n in graph["nodes"]}
    assert set(ends) == {rel["start"], rel["end"]}
    assert {ends[rel["start"]]["properties"]["name"], ends[rel["end"]]["properties"]["name"]} == {"Germany", "Ukraine"}
    assert "Entity" in ends[rel["end"]]["labels"] and body["truncated"] is False


def test_paths_lists_and_maps_are_searched_for_graph_items(api):
    body = run(api, "MATCH p = (:State {id: 'state:POL'})-[:SUPPLIES_ARMS]->(u)<-[:ATTACKS]-(r) "
                    "RETURN {path: p} AS m, [u] AS l").json()
    assert len(body["rows"]) == 1
    names = {n["properties"]["name"] for n in body["graph"]["nodes"]}
    assert names == {"Poland", "Ukraine", "Russia"}
    assert {r["type"] for r in body["graph"]["relationships"]} == {"SUPPLIES_ARMS", "ATTACKS"}


def test_values_are_json(api):
    body = run(api, "RETURN date('2024-03-10') AS d, duration('P1D') AS p, 1.5 AS f, null AS n, [1, 'a'] AS l, "
                    "{k: true} AS m, point({x: 1, y: 2}) AS pt").json()
    assert body["rows"] == [["2024-03-10", "P1D", 1.5, None, [1, "a"], {"k": True},
                             {"srid": 7203, "coordinates": [1.0, 2.0]}]]


def test_row_cap_and_truncation(api, settings):
    capped = run(api, "UNWIND range(1, 50) AS x RETURN x", limit=10).json()
    assert [r[0] for r in capped["rows"]] == list(range(1, 11)) and capped["truncated"] is True
    whole = run(api, "UNWIND range(1, 50) AS x RETURN x", limit=50).json()
    assert len(whole["rows"]) == 50 and whole["truncated"] is False
    over = run(api, f"UNWIND range(1, {settings.entente_cypher_row_cap + 5}) AS x RETURN x",
               limit=10 * settings.entente_cypher_row_cap).json()
    assert len(over["rows"]) == settings.entente_cypher_row_cap and over["truncated"] is True


def test_syntax_error_is_400_with_neo4j_message_and_the_users_position(api):
    reply = run(api, "MATCH (n:State)\nRETURN m")
    assert reply.status_code == 400
    detail = reply.json()["detail"]
    assert "Variable `m` not defined" in detail and "(line 2, column 8 (offset: 23))" in detail
    reply = run(api, "MATCH (n RETURN n")
    assert reply.status_code == 400 and "(line 1, column 10 (offset: 9))" in reply.json()["detail"]
    assert "EXPLAIN" not in reply.json()["detail"]


@pytest.mark.parametrize("body,status", [
    ({"query": "   "}, 400), ({"query": ""}, 422), ({}, 422), ({"query": "RETURN 1", "params": [1]}, 422),
    ({"query": "RETURN 1", "limit": 0}, 422), ({"query": "RETURN $x AS x"}, 400), ({"query": "RETURN 1/0 AS x"}, 400),
])
def test_bad_requests_are_4xx_with_a_message(api, body, status):
    reply = api.post("/api/cypher", json=body)
    assert reply.status_code == status and reply.json()["detail"]


def test_explain_and_profile_of_reads_are_allowed(api):
    assert run(api, "EXPLAIN MATCH (n:State) RETURN n").status_code == 200
    body = run(api, "PROFILE MATCH (n:State) RETURN count(n) AS n").json()
    assert body["rows"][0][0] >= 8
    assert run(api, "CALL db.labels() YIELD label RETURN label").status_code == 200  # allow-listed procedure


def test_every_write_and_admin_attempt_is_refused_and_nothing_changes(api, driver, settings):
    assert len(ATTACKS) >= 30
    before = fingerprint(driver, settings.neo4j_database)
    assert before["nodes"] > 0
    for statement, why, status in ATTACKS:
        reply = run(api, statement)
        assert reply.status_code == status, (why, statement, reply.text)
        assert reply.json()["detail"], statement
    assert fingerprint(driver, settings.neo4j_database) == before


def test_a_read_transaction_refuses_writes_even_past_the_guard(settings, driver):
    """The second line: with the plan check switched off, Neo4j itself still refuses the write."""
    class Unguarded(CypherRunner):
        def _guard(self, session, text, params):
            return "r"

    before = fingerprint(driver, settings.neo4j_database)
    runner = Unguarded(driver, load(), settings.neo4j_database, timeout=5, row_cap=10)
    with pytest.raises(QueryRejected, match="AccessMode|read access mode"):
        runner.run("CREATE (:Pwned {by: 'unguarded'})")
    assert fingerprint(driver, settings.neo4j_database) == before


def test_a_minute_long_query_stops_at_the_timeout_while_others_are_answered(settings, driver):
    quick = Settings(**{**settings.model_dump(), "entente_query_timeout": 2.0})
    with live_server(quick) as url, httpx.Client(base_url=url, timeout=30) as http:
        # warm both endpoints first: what is timed is answering beside the slow query, not a cold start
        http.post("/api/cypher", json={"query": "MATCH (n:State) RETURN count(n) AS n"})
        http.get("/api/search", params={"q": "Germ"})
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            began = time.monotonic()
            slow = pool.submit(http.post, "/api/cypher", json={"query": MINUTE_LONG})
            time.sleep(0.3)
            answered = []
            while not slow.done():
                t = time.monotonic()
                assert http.post("/api/cypher", json={"query": "MATCH (n:State) RETURN count(n) AS n"}).status_code == 200
                assert http.get("/api/search", params={"q": "Germ"}).status_code == 200
                answered.append(time.monotonic() - t)
                time.sleep(0.1)
            reply = slow.result()
            took = time.monotonic() - began
        assert reply.status_code == 408, reply.text
        assert "timeout" in reply.json()["detail"]
        assert 1.9 < took < 6, took
        assert len(answered) >= 5 and max(answered) < 1.0, answered
    with driver.session(database=settings.neo4j_database) as s:
        running = s.run("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery").value()
    assert not [q for q in running if "2000000000" in q]  # Neo4j stopped it, not just the client


def workers() -> list:
    return [p for p in multiprocessing.active_children() if p.name == "entente-cypher"]


def test_a_dead_cypher_worker_costs_one_503_and_is_replaced(settings):
    one = Settings(**{**settings.model_dump(), "entente_cypher_workers": 1})
    query = {"query": "RETURN 1 AS one"}
    others = set(workers())  # of apps other tests keep running
    with live_server(one) as url, httpx.Client(base_url=url, timeout=30) as http:
        assert http.post("/api/cypher", json=query).json()["rows"] == [[1]]
        [worker] = [p for p in workers() if p not in others]
        worker.kill()
        worker.join(5)
        reply = http.post("/api/cypher", json=query)
        assert reply.status_code == 503 and "worker stopped" in reply.json()["detail"]
        assert http.post("/api/cypher", json=query).json()["rows"] == [[1]]
    assert set(workers()) == others  # its workers stop with the app


"""The in-memory projection answers subgraph requests exactly as the Cypher path does, and is never
used once the database has moved on."""
from __future__ import annotations

import asyncio
import time

import pytest
from neo4j import AsyncGraphDatabase

from app.projection import ProjectionStore, build
from app.repositories.graph import ALL_KINDS, ALL_TYPES, GraphFilter, GraphRepository
from cypher.registry import load
from ingest.pipeline import extract_document
from ingest.reader import Raw, to_document
from ingest.writer import GraphWriter
from tests.app.seed import seed

CASES = [
    dict(centers=["state:UKR"], depth=1),
    dict(centers=["state:UKR"], depth=2),
    dict(centers=["state:UKR"], depth=3),
    dict(centers=["state:BLR", "state:HTI"], depth=2),
    dict(centers=["state:UKR"], depth=3, node_cap=4),
    dict(centers=["state:UKR"], depth=2, edge_cap=2),
    dict(centers=["state:RUS"], depth=2, flt=GraphFilter(types=("SUPPLIES_ARMS", "ATTACKS"))),
    dict(centers=["state:RUS"], depth=2, flt=GraphFilter(kinds=("State",))),
    dict(centers=["state:UKR"], depth=2, flt=GraphFilter(since="2024-01", until="2024-12-31")),
    dict(centers=["state:UKR"], depth=2, flt=GraphFilter(until="2022")),
    dict(centers=["state:UKR"], depth=2, flt=GraphFilter(min_evidence=2)),
    dict(centers=["state:UKR"], depth=1, expand=["state:RUS", "state:DEU"]),
    dict(centers=["state:KEN"], depth=2, flt=GraphFilter(types=("MEETS",))),
]


def subgraph(settings, projection, case, use_projection):
    async def go():
        async with AsyncGraphDatabase.driver(settings.uri, auth=settings.auth) as drv:
            repo = GraphRepository(drv, load(), settings.neo4j_database, projection)
            cap = case.get("node_cap", 500)
            return await repo.subgraph(centers=case["centers"], depth=case["depth"], flt=case.get("flt", GraphFilter()),
                                       node_cap=cap, edge_cap=case.get("edge_cap", cap * 6),
                                       expand=case.get("expand"), use_projection=use_projection)
    return asyncio.run(go())


class Fixed(ProjectionStore):
    """A store that hands out one projection whenever its stamp matches (no background build),
    and counts how often it did, so a test knows the projection really answered."""
    def __init__(self, projection):
        self.current, self.max_relationships, self.building, self.served = projection, 1 << 40, False, 0

    def get(self, stamp):
        found = super().get(stamp)
        self.served += found is not None
        return found

    def refresh(self):
        raise AssertionError("the fixed projection went stale")


@pytest.fixture(scope="module")
def seeded(settings, driver):
    from fastapi.testclient import TestClient
    from app.main import create_app
    with TestClient(create_app(settings)):
        seed(driver, settings.neo4j_database)
    return driver


@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_projection_matches_cypher(seeded, settings, case):
    memory = build(seeded, load(), settings.neo4j_database)
    store = Fixed(memory)
    fast = subgraph(settings, store, case, use_projection=True)
    assert store.served == 1
    slow = subgraph(settings, None, case, use_projection=False)
    assert fast.nodes == slow.nodes and fast.truncated == slow.truncated and fast.left_out == slow.left_out
    if "edge_cap" in case:  # which edges fill a cap is storage order in Cypher: compare the count
        assert len(fast.edges) == len(slow.edges) == case["edge_cap"]
    else:
        assert sorted(map(str, fast.edges)) == sorted(map(str, slow.edges))
    assert slow.nodes, "the case should find something"


def test_projection_sizes_and_degree(seeded, settings):
    memory = build(seeded, load(), settings.neo4j_database)
    entities, relationships = memory.size
    counts = seeded.execute_query("MATCH (e:Entity) WITH count(e) AS n MATCH (:Entity)-[r]->(:Entity) "
                                  "RETURN n, count(r) AS r", database_=settings.neo4j_database).records[0]
    assert (entities, relationships) == (counts["n"], counts["r"])
    degree = seeded.execute_query("MATCH (e:Entity {id: 'state:UKR'}) RETURN COUNT { (e)--() } AS d",
                                  database_=settings.neo4j_database).records[0]["d"]
    assert memory.nodes(["state:UKR"])[0]["degree"] == degree
    assert ALL_KINDS and ALL_TYPES


def test_a_stale_projection_is_never_used_and_is_rebuilt(seeded, settings):
    store = ProjectionStore(seeded, load(), settings.neo4j_database, max_relationships=1_000_000)
    store.refresh()
    deadline = time.monotonic() + 30
    while store.current is None or store.building:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    case = dict(centers=["state:KEN"], depth=1)
    before = subgraph(settings, store, case, use_projection=True)
    assert "state:ETH" not in {n["id"] for n in before.nodes}
    doc = to_document(Raw("new.txt", b"title: New\ndate: 2024-07-01\n\nKenya sent troops to Ethiopia in July.\n", ".txt"))
    GraphWriter(seeded, settings.neo4j_database).write([extract_document(doc)])
    after = subgraph(settings, store, case, use_projection=True)  # stamp moved: Cypher answers
    assert "state:ETH" in {n["id"] for n in after.nodes}
    deadline = time.monotonic() + 30
    while store.building or store.current is None or "state:ETH" not in store.current.index:
        assert time.monotonic() < deadline, "the projection was not rebuilt"
        time.sleep(0.05)
    assert subgraph(settings, store, case, use_projection=True).nodes == after.nodes


def test_readyz_reports_the_projection(client):
    deadline = time.monotonic() + 30
    while True:
        body = client.get("/readyz").json()
        if body["projection"]["state"] == "ready":
            break
        assert time.monotonic() < deadline, body
        time.sleep(0.1)
    assert body["projection"]["entities"] > 0 and body["projection"]["error"] is None


@pytest.mark.parametrize("text,kinds", [("Germ", ALL_KINDS), ("Germny", ALL_KINDS), ("Kyiv", ALL_KINDS),
                                        ("Xi Jin", ALL_KINDS), ("Vladimir", ("Leader",)), ("e", ALL_KINDS),
                                        ("Collective Security", ALL_KINDS), ("a", ("State", "Organization"))])
def test_projection_search_matches_cypher(seeded, settings, text, kinds):
    memory = build(seeded, load(), settings.neo4j_database)

    async def go(store):
        async with AsyncGraphDatabase.driver(settings.uri, auth=settings.auth) as drv:
            return await GraphRepository(drv, load(), settings.neo4j_database, store).search(
                text=text, kinds=kinds, limit=5)
    store = Fixed(memory)
    fast, slow = asyncio.run(go(store)), asyncio.run(go(None))
    assert store.served == 1
    assert fast == slow and slow  # every case finds something


def test_a_wiped_and_identically_rewritten_graph_gets_a_new_stamp(seeded, settings):
    """Same counts, new nodes (new internal ids): the projection must not pass for current."""
    from app.projection import read_stamp
    seed(seeded, settings.neo4j_database)
    before = read_stamp(seeded, load().graph, settings.neo4j_database)
    seed(seeded, settings.neo4j_database)
    after = read_stamp(seeded, load().graph, settings.neo4j_database)
    assert before[1:] == after[1:] and before != after

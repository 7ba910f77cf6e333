"""The JSON graph API against the real Neo4j, on the seeded corpus."""
import csv
import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from tests.app.seed import seed


@pytest.fixture(scope="module")
def api(settings, driver):
    from fastapi.testclient import TestClient
    from app.main import create_app
    with TestClient(create_app(settings)) as client:  # applies the schema
        seed(driver, settings.neo4j_database)
        yield client


def ids(items):
    return {i["id"] for i in items}


@pytest.mark.parametrize("q,expected", [("Germ", "state:DEU"), ("Germny", "state:DEU"), ("Kyiv", "state:UKR"),
                                        ("Xi Jin", "person:xi-jinping"), ("Collective Security", "org:CSTO")])
def test_search_prefix_typo_alias_capital(api, q, expected):
    results = api.get("/api/search", params={"q": q}).json()["results"]
    assert results and results[0]["id"] == expected
    assert {"kind", "degree", "name"} <= set(results[0])


def test_search_escapes_query_syntax_and_filters_kinds(api):
    assert api.get("/api/search", params={"q": '") OR 1=1 // ~* [x'}).status_code == 200
    kinds = {r["kind"] for r in api.get("/api/search", params={"q": "Russia", "kinds": "Leader"}).json()["results"]}
    assert kinds <= {"Leader"}


def test_entity_summarises_relations(api):
    body = api.get("/api/entities/state:UKR").json()
    assert body["name"] == "Ukraine"
    by_type = {(r["type"], r["direction"]): r for r in body["relations"]}
    assert by_type[("SUPPLIES_ARMS", "in")]["relationships"] == 2   # Germany, Poland
    assert by_type[("SUPPLIES_ARMS", "in")]["evidence"] == 3
    assert api.get("/api/entities/state:NOPE").status_code == 404


def test_subgraph_depth_filters_and_caps(api):
    one = api.get("/api/subgraph", params={"center": "state:UKR"}).json()
    two = api.get("/api/subgraph", params={"center": "state:UKR", "depth": 2}).json()
    assert ids(one["nodes"]) == {"state:UKR", "state:DEU", "state:POL", "state:RUS"}
    assert ids(one["nodes"]) < ids(two["nodes"]) and "state:JPN" in ids(two["nodes"])
    arms = api.get("/api/subgraph", params={"center": "state:UKR", "types": "SUPPLIES_ARMS"}).json()
    assert {e["type"] for e in arms["relationships"]} == {"SUPPLIES_ARMS"}
    recent = api.get("/api/subgraph", params={"center": "state:RUS", "depth": 2, "since": "2024-01"}).json()
    assert "state:JPN" not in ids(recent["nodes"])  # the 2023 sanctions are filtered out
    strong = api.get("/api/subgraph", params={"center": "state:UKR", "min_evidence": 2}).json()
    assert ids(strong["nodes"]) == {"state:UKR", "state:DEU"}
    capped = api.get("/api/subgraph", params={"center": "state:UKR", "depth": 2, "limit": 3}).json()
    assert len(capped["nodes"]) == 3 and capped["truncated"] is True and capped["left_out"]
    assert one["truncated"] is False
    both = api.get("/api/subgraph", params=[("center", "state:KEN"), ("center", "state:CHN")]).json()
    assert {"state:KEN", "state:HTI", "state:CHN", "state:BRA"} <= ids(both["nodes"])


def test_subgraph_expand_adds_one_ring(api):
    base = api.get("/api/subgraph", params={"center": "state:UKR"}).json()
    grown = api.get("/api/subgraph", params={"center": "state:UKR", "expand": "state:RUS"}).json()
    # (Russia's ring: Japan's sanctions, Belarus, and Xi, who met Putin in Moscow and so visited Russia)
    assert ids(grown["nodes"]) - ids(base["nodes"]) == {"state:JPN", "state:BLR", "person:xi-jinping"}


def test_subgraph_formats(api):
    params = {"center": "state:UKR", "depth": 2}
    cy = api.get("/api/subgraph", params={**params, "format": "cytoscape"}).json()
    assert cy["elements"]["nodes"] and {"source", "target"} <= set(cy["elements"]["edges"][0]["data"])
    graphml = api.get("/api/subgraph", params={**params, "format": "graphml"})
    assert graphml.headers["content-type"].startswith("application/xml")
    assert nx.parse_graphml(graphml.text).number_of_nodes() == len(api.get("/api/subgraph", params=params).json()["nodes"])
    gexf = api.get("/api/subgraph", params={**params, "format": "gexf"}).text
    assert ET.fromstring(gexf).tag.endswith("gexf")
    rows = list(csv.DictReader(io.StringIO(api.get("/api/subgraph", params={**params, "format": "csv"}).text)))
    assert {"source", "type", "target", "count"} <= set(rows[0]) and rows


def test_subgraph_metrics_and_server_layout(api):
    body = api.get("/api/subgraph", params={"center": "state:UKR", "depth": 2,
                                            "metrics": "degree,pagerank,betweenness,community", "layout": "server"}).json()
    ukr = next(n for n in body["nodes"] if n["id"] == "state:UKR")
    assert ukr["metrics"]["degree"] == 3 and 0 < ukr["metrics"]["pagerank"] < 1
    assert all("x" in n and "y" in n for n in body["nodes"])
    assert {"cameo", "plover"} <= set(body["relationships"][0])


@pytest.mark.parametrize("params,status", [
    ({"center": "state:NOPE"}, 404), ({"center": "state:UKR", "depth": 9}, 422),
    ({"center": "state:UKR", "limit": -1}, 422), ({"center": "state:UKR", "since": "2024-13-01"}, 400),
    ({"center": "state:UKR", "since": "yesterday"}, 400), ({"center": "state:UKR", "types": "LOVES"}, 400),
    ({"center": "state:UKR", "kinds": "Planet"}, 400), ({"center": "state:UKR", "metrics": "magic"}, 400),
    ({"center": "state:UKR", "since": "2025", "until": "2020"}, 400), ({}, 422),
    ({"center": "state:UKR", "format": "pdf"}, 422)])
def test_bad_subgraph_parameters_are_4xx_with_a_message(api, params, status):
    answer = api.get("/api/subgraph", params=params)
    assert answer.status_code == status and answer.json()["detail"]


def test_paths(api):
    body = api.get("/api/paths", params={"source": "state:DEU", "target": "state:JPN"}).json()
    assert body["paths"][0]["nodes"] == ["state:DEU", "state:UKR", "state:RUS", "state:JPN"]
    assert {n["id"] for n in body["nodes"]} >= {"state:DEU", "state:JPN"}
    short = api.get("/api/paths", params={"source": "state:DEU", "target": "state:JPN", "max_hops": 2}).json()
    assert short["paths"] == []
    assert api.get("/api/paths", params={"source": "state:DEU", "target": "state:DEU"}).status_code == 400
    assert api.get("/api/paths", params={"source": "state:DEU", "target": "state:NOPE"}).status_code == 404
    assert api.get("/api/paths", params={"source": "state:DEU", "target": "state:JPN", "types": "X"}).status_code == 400


def test_evidence_has_sentence_span_and_article(api):
    body = api.get("/api/relationships/SUPPLIES_ARMS|state:DEU|state:UKR/evidence").json()
    assert body["cameo"] == "072" and len(body["evidence"]) == 2
    first = body["evidence"][0]
    span = first["sentence"][first["spanStart"] - first["start"]:first["spanEnd"] - first["start"]]
    assert span.startswith("Germany delivered") and span.endswith("Ukraine")
    assert first["article"] == {"id": "https://news.example/arms", "title": "Arms deliveries",
                                "url": "https://news.example/arms", "date": "2024-03-10"}
    assert api.get("/api/relationships/nonsense/evidence").status_code == 400
    assert api.get("/api/relationships/MEETS|state:DEU|state:UKR/evidence").status_code == 404


def test_stats_counts_match_the_graph(api, driver):
    body = api.get("/api/stats").json()
    states = driver.execute_query("MATCH (n:State) RETURN count(n) AS n").records[0]["n"]
    arms = driver.execute_query("MATCH ()-[r:SUPPLIES_ARMS]->() RETURN count(r) AS n").records[0]["n"]
    assert body["entities"]["State"] == states and body["relationships"]["SUPPLIES_ARMS"] == arms == 2
    assert body["vocabulary"]["SANCTIONS"]["cameo"] == "163"

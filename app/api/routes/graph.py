"""The JSON graph API: search, entities, subgraphs (with exports and analytics), paths, evidence, stats."""
from __future__ import annotations

from typing import Annotated, Literal

import orjson
from fastapi import APIRouter, Query
from fastapi.responses import Response

from app import analytics, exports
from app.api.deps import GraphDep, SettingsDep
from app.api.errors import BadRequest, NotFound
from app.api.params import FilterDep, allowed, csv_list
from app.repositories.graph import ALL_KINDS, ALL_TYPES
from ingest.vocabulary import TYPES

router = APIRouter(prefix="/api", tags=["graph"])
LAYOUT_THRESHOLD = 300  # past this many nodes the server lays the view out and physics stays off


def _json(body: dict) -> Response:
    return Response(orjson.dumps(body), media_type="application/json")


@router.get("/search")
async def search(graph: GraphDep, q: Annotated[str, Query(min_length=1, max_length=200)],
                 kinds: Annotated[list[str] | None, Query()] = None,
                 limit: Annotated[int, Query(ge=1, le=100)] = 10) -> dict:
    """Entities by name or alias: full-text, prefix and typo tolerant."""
    return {"results": await graph.search(text=q, kinds=allowed(kinds, ALL_KINDS, "entity kind"), limit=limit)}


@router.get("/entities/{entity_id}")
async def entity(graph: GraphDep, entity_id: str) -> dict:
    """One entity with its relations summarised by type."""
    return await graph.entity(entity_id=entity_id)


@router.get("/subgraph", response_model=None)
async def subgraph(
    graph: GraphDep, settings: SettingsDep, flt: FilterDep,
    center: Annotated[list[str], Query(min_length=1, max_length=20, description="Entity id(s)")],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int | None, Query(ge=1, le=5000, description="Node cap (default 500)")] = None,
    format: Literal["json", "cytoscape", "graphml", "gexf", "csv"] = "json",
    metrics: Annotated[list[str] | None, Query(description="degree, betweenness, pagerank, community")] = None,
    layout: Annotated[Literal["auto", "server", "none"], Query(
        description="Node positions: server always, auto past 300 nodes (what the explorer asks for), none")] = "none",
    expand: Annotated[list[str] | None, Query(max_length=50, description="Nodes expanded by one ring")] = None,
) -> Response | dict:
    """Nodes and relationships around one or more centres, capped, in the format asked for."""
    wanted = tuple(csv_list(metrics))
    for name in wanted:
        if name not in analytics.METRICS:
            raise BadRequest(f"unknown metric {name!r}; allowed: {', '.join(analytics.METRICS)}")
    cap = limit or settings.entente_subgraph_node_cap
    sub = await graph.subgraph(centers=csv_list(center), depth=depth, flt=flt, node_cap=cap, edge_cap=cap * 6,
                               expand=csv_list(expand))
    nodes, edges = sub.nodes, sub.edges
    for edge in edges:
        edge["cameo"], edge["plover"] = TYPES[edge["type"]].cameo, TYPES[edge["type"]].plover
    if wanted:
        values = analytics.metrics(nodes, edges, wanted)
        for node in nodes:
            node["metrics"] = {name: values[name].get(node["id"]) for name in wanted}
    if layout == "server" or (layout == "auto" and len(nodes) > LAYOUT_THRESHOLD):
        analytics.place(nodes, edges)
    if format == "json":
        # straight to JSON with orjson: FastAPI's per-item encoder, then the json module, were most
        # of a 500-node answer's time once the graph came from the in-memory projection
        return _json({"nodes": nodes, "relationships": edges, "truncated": sub.truncated,
                             "left_out": sub.left_out})
    if format == "cytoscape":
        return _json(exports.cytoscape(nodes, edges))
    body = {"graphml": exports.graphml, "gexf": exports.gexf, "csv": exports.edges_csv}[format](nodes, edges)
    return Response(body, media_type=exports.FORMATS[format],
                    headers={"Content-Disposition": f'attachment; filename="entente-subgraph.{format}"'})


@router.get("/paths")
async def paths(graph: GraphDep, source: str, target: str,
                max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
                types: Annotated[list[str] | None, Query()] = None,
                limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict:
    """Shortest paths between two entities."""
    if source == target:
        raise BadRequest("source and target are the same entity")
    return await graph.paths(source=source, target=target, max_hops=max_hops,
                             types=allowed(types, ALL_TYPES, "relation type"), limit=limit)


@router.get("/relationships/{relationship_id}/evidence")
async def evidence(graph: GraphDep, relationship_id: str,
                   limit: Annotated[int, Query(ge=1, le=500)] = 100) -> dict:
    """The sentences behind a relation, with article title, date, url and the matched span."""
    parts = relationship_id.split("|")
    if len(parts) != 3 or parts[0] not in TYPES:
        raise BadRequest("a relationship id looks like TYPE|sourceId|targetId")
    rows = await graph.evidence(key=relationship_id, limit=limit)
    if not rows:
        raise NotFound(f"no relationship {relationship_id!r}")
    kind = TYPES[parts[0]]
    return {"id": relationship_id, "type": kind.name, "source": parts[1], "target": parts[2],
            "cameo": kind.cameo, "plover": kind.plover, "evidence": rows}


@router.get("/stats")
async def stats(graph: GraphDep) -> dict:
    """Counts by entity kind and relation type, and the relation vocabulary."""
    counts = await graph.counts()
    return {**counts, "vocabulary": {t.name: {"cameo": t.cameo, "plover": t.plover, "symmetric": t.symmetric,
                                              "description": t.description} for t in TYPES.values()},
            "metrics": list(analytics.METRICS)}

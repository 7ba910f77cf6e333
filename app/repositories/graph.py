"""Reads of the entity graph, each one named Cypher query; rows come back JSON-shaped."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from neo4j import AsyncDriver

from app.core.errors import NotFound
from app.projection import Projection, ProjectionStore
from cypher.registry import Namespace
from ingest.model import KINDS
from ingest.vocabulary import TYPES

ALL_TYPES = tuple(TYPES)
ALL_KINDS = KINDS
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


@dataclass(frozen=True)
class GraphFilter:
    types: tuple[str, ...] = ALL_TYPES
    kinds: tuple[str, ...] = ALL_KINDS
    since: str | None = None
    until: str | None = None
    min_evidence: int = 1

    def params(self) -> dict:
        return {"types": list(self.types), "kinds": list(self.kinds), "since": self.since,
                "until": self.until, "minEvidence": self.min_evidence}


@dataclass
class Subgraph:
    nodes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    truncated: bool = False
    left_out: str | None = None


def lucene_query(text: str) -> str:
    """Prefix and typo-tolerant terms for the full-text index, every user character escaped."""
    terms = [_LUCENE_SPECIAL.sub(r"\\\1", t) for t in text.split() if t.strip()]
    parts = [f"({t}* OR {t}~1)" if len(t) > 3 else f"{t}*" for t in terms]
    return " AND ".join(parts)


class GraphRepository:
    def __init__(self, driver: AsyncDriver, queries: Namespace, database: str,
                 projection: ProjectionStore | None = None):
        self.driver = driver
        self.q = queries.graph
        self.database = database
        self.projection = projection

    async def _rows(self, text: str, **params) -> list:
        result = await self.driver.execute_query(text, params, database_=self.database, routing_="r")
        return result.records

    async def search(self, *, text: str, kinds: tuple[str, ...], limit: int) -> list[dict]:
        """Entities by name or alias."""
        query = lucene_query(text)
        if not query:
            return []
        if self.projection is not None and self.projection.max_relationships:
            # Neo4j finds the hits, the projection ranks them (a broad prefix has thousands), if
            # the stamp read in the same query says it is current
            hits = (await self._rows(self.q.search_hits.text, lucene=query))[0]
            memory = self.projection.get((hits["version"], hits["entities"], hits["relationships"]))
            if memory:
                return memory.search(hits["ids"], hits["scores"], kinds, limit)
        if set(kinds) >= set(ALL_KINDS):
            rows = await self._rows(self.q.search_any_kind.text, lucene=query, limit=limit)
        else:
            rows = await self._rows(self.q.search.text, lucene=query, kinds=list(kinds), limit=limit)
        return [{"id": r["id"], "name": r["name"], "kind": r["kind"], "degree": r["degree"],
                 "score": round(r["score"], 3)} for r in rows]

    async def entity(self, *, entity_id: str) -> dict:
        """One entity and its relations by type."""
        rows = await self._rows(self.q.entity.text, id=entity_id)
        if not rows:
            raise NotFound(f"no entity with id {entity_id!r}")
        entity = {k: v for k, v in rows[0]["entity"].items() if v is not None}
        return {**entity, "relations": rows[0]["relations"]}

    async def nodes(self, *, ids: list[str]) -> list[dict]:
        """Entities by id, in the order found, with their degree and element id (`eid`)."""
        rows = (await self._rows(self.q.nodes.text, ids=ids))[0]["nodes"]
        out = []
        for node_id, name, kind, degree, eid, office, iso3, org_type in rows:
            node = {"id": node_id, "name": name, "kind": kind, "degree": degree, "eid": eid}
            node.update({k: v for k, v in (("office", office), ("iso3", iso3), ("orgType", org_type)) if v})
            out.append(node)
        return out

    async def _ring(self, frontier: list[str], seen: list[str], limit: int, flt: GraphFilter) -> list[str]:
        rows = await self._rows(self.q.neighbours.text, frontier=frontier, seen=seen, limit=limit, **flt.params())
        return rows[0]["ids"]

    async def _edges(self, nodes: list[dict], limit: int, flt: GraphFilter) -> list[list]:
        rows = await self._rows(self.q.edges_among.text, eids=[n["eid"] for n in nodes], limit=limit, **flt.params())
        return rows[0]["edges"]

    async def current_projection(self) -> Projection | None:
        """The in-memory projection, if there is one and it matches the database right now."""
        if self.projection is None or not self.projection.max_relationships:
            return None
        return self.projection.get(tuple((await self._rows(self.q.version.text))[0].values()))

    async def subgraph(self, *, centers: list[str], depth: int, flt: GraphFilter, node_cap: int,
                       edge_cap: int, expand: list[str] | None = None, use_projection: bool = True) -> Subgraph:
        """Breadth-first rings around the centres, plus one ring around each `expand` node already in
        view, capped at `node_cap` nodes. Answered from the in-memory projection when it is current,
        else by the Cypher queries; both give the same result."""
        memory = await self.current_projection() if use_projection else None

        async def ring(frontier: list[str], seen: list[str], limit: int) -> list[str]:
            return memory.ring(frontier, seen, limit, flt) if memory else await self._ring(frontier, seen, limit, flt)

        out = Subgraph()
        seen = list(dict.fromkeys(centers))
        frontier = list(seen)
        for depth_ring in range(1, depth + 1):
            room = node_cap - len(seen)
            if not frontier:
                break
            if room <= 0:
                out.truncated, out.left_out = True, f"ring {depth_ring} and beyond (node cap {node_cap})"
                break
            found = await ring(frontier, seen, room + 1)
            if len(found) > room:
                out.truncated, out.left_out = True, f"part of ring {depth_ring} (node cap {node_cap})"
                found = found[:room]
            frontier = found
            seen += found
        for extra in [e for e in dict.fromkeys(expand or []) if e in seen]:
            room = max(node_cap - len(seen), 0)
            found = await ring([extra], seen, room + 1)
            if len(found) > room:
                out.truncated, out.left_out = True, f"part of the expansion of {extra} (node cap {node_cap})"
                found = found[:room]
            seen += found
        out.nodes = memory.nodes(seen) if memory else await self.nodes(ids=seen)
        missing = set(centers) - {n["id"] for n in out.nodes}
        if missing:
            raise NotFound(f"no entity with id {sorted(missing)[0]!r}")
        rows = memory.edges(out.nodes, edge_cap + 1, flt) if memory else await self._edges(out.nodes, edge_cap + 1, flt)
        for node in out.nodes:
            node.pop("eid", None)
        out.edges = [{"id": f"{t}|{a}|{b}", "source": a, "target": b, "type": t, "count": c, "firstDate": first,
                      "lastDate": last} for t, a, b, c, first, last in rows[:edge_cap]]
        if len(rows) > edge_cap:
            out.truncated = True
            out.left_out = (out.left_out + "; " if out.left_out else "") + f"edges past {edge_cap}"
        return out

    async def paths(self, *, source: str, target: str, max_hops: int, types: tuple[str, ...],
                    limit: int) -> dict:
        """Shortest paths between two entities."""
        ends = await self.nodes(ids=[source, target])
        if len({n["id"] for n in ends}) < len({source, target}):
            raise NotFound("unknown source or target entity")
        rows = await self._rows(self.q.paths.text, source=source, target=target, maxHops=max_hops,
                                types=list(types), limit=limit)
        ids = list(dict.fromkeys(i for r in rows for i in r["nodes"]))
        nodes = [{k: v for k, v in n.items() if k != "eid"} for n in await self.nodes(ids=ids)] if ids else []
        return {"paths": [{"nodes": r["nodes"], "edges": r["edges"]} for r in rows], "nodes": nodes}

    async def evidence(self, *, key: str, limit: int) -> list[dict]:
        """The sentences behind one relationship."""
        rows = await self._rows(self.q.evidence.text, key=key, limit=limit)
        return [r["evidence"] for r in rows]

    async def counts(self) -> dict:
        """Entities by kind and relationships by type (count-store lookups)."""
        kinds = {k: (await self._rows(self.q.count_kind.bind("KIND", k, ALL_KINDS)))[0]["n"] for k in ALL_KINDS}
        types = {t: (await self._rows(self.q.count_type.bind("REL_TYPE", t, ALL_TYPES)))[0]["n"]
                 for t in ALL_TYPES}
        return {"entities": kinds, "relationships": types}

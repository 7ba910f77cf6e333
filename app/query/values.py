"""Neo4j values as JSON, and the graph (every node and relationship) found in a result."""
from __future__ import annotations

import base64
import math
from typing import Any

from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time


def node_json(node: Node) -> dict:
    return {"id": node.element_id, "labels": sorted(node.labels), "properties": props_json(node)}


def relationship_json(rel: Relationship) -> dict:
    return {"id": rel.element_id, "type": rel.type, "start": rel.start_node.element_id,
            "end": rel.end_node.element_id, "properties": props_json(rel)}


def props_json(entity: Node | Relationship) -> dict:
    return {key: to_json(value) for key, value in entity.items()}


PLAIN = frozenset({str, int, bool, type(None)})  # JSON as they are: most values in most rows


def to_json(value: Any) -> Any:
    """A JSON-safe copy: nodes, relationships and paths as objects; temporals as ISO 8601 text."""
    if type(value) in PLAIN or isinstance(value, (str, int)):  # the set first: no isinstance for most
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Node):
        return node_json(value)
    if isinstance(value, Relationship):
        return relationship_json(value)
    if isinstance(value, Path):
        return {"nodes": [node_json(n) for n in value.nodes],
                "relationships": [relationship_json(r) for r in value.relationships]}
    # before lists: durations and points are tuples
    if isinstance(value, (Date, DateTime, Time, Duration)):
        return value.iso_format()
    if isinstance(value, Point):
        return {"srid": value.srid, "coordinates": list(value)}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


class GraphCollector:
    """Every node and relationship met anywhere in the rows (inside lists, maps and paths)."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.relationships: dict[str, Relationship] = {}

    def add(self, value: Any) -> None:
        if type(value) in PLAIN or isinstance(value, (str, int, float)):
            return
        if isinstance(value, Node):
            self.nodes[value.element_id] = value
        elif isinstance(value, Relationship):
            self.relationships[value.element_id] = value
        elif isinstance(value, Path):
            for node in value.nodes:
                self.nodes[node.element_id] = node
            for rel in value.relationships:
                self.relationships[rel.element_id] = rel
        elif isinstance(value, (list, tuple)):
            for item in value:
                self.add(item)
        elif isinstance(value, dict):
            for item in value.values():
                self.add(item)

    def missing_ends(self) -> list[str]:
        """Element ids of relationship ends the rows did not return as nodes themselves."""
        ends = {n.element_id for r in self.relationships.values() for n in (r.start_node, r.end_node)}
        return sorted(ends - self.nodes.keys())

    def to_json(self) -> dict:
        return {"nodes": [node_json(n) for n in self.nodes.values()],
                "relationships": [relationship_json(r) for r in self.relationships.values()]}


def answer_json(result: Any) -> dict:
    """A QueryResult as `/api/cypher` answers it: columns, rows of JSON values, the graph in them."""
    return {
        "columns": result.columns,
        "rows": [[to_json(v) for v in row] for row in result.rows],
        "graph": result.graph.to_json() if result.graph else {"nodes": [], "relationships": []},
        "truncated": result.truncated,
        "elapsed_ms": round(result.elapsed_ms, 2),
    }

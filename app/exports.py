"""A subgraph as JSON, Cytoscape.js JSON, GraphML, GEXF or CSV for Gephi, Cytoscape or a spreadsheet."""
from __future__ import annotations

import csv
import io

import networkx as nx

from app.analytics import to_networkx

FORMATS = {"json": "application/json", "cytoscape": "application/json", "graphml": "application/xml",
           "gexf": "application/xml", "csv": "text/csv"}


def cytoscape(nodes: list[dict], edges: list[dict]) -> dict:
    return {"elements": {"nodes": [{"data": {**n}} for n in nodes],
                         "edges": [{"data": {**e}} for e in edges]}}


def graphml(nodes: list[dict], edges: list[dict]) -> str:
    return "\n".join(nx.generate_graphml(to_networkx(nodes, edges)))


def gexf(nodes: list[dict], edges: list[dict]) -> str:
    return "\n".join(nx.generate_gexf(to_networkx(nodes, edges)))


def edges_csv(nodes: list[dict], edges: list[dict]) -> str:
    names = {n["id"]: n.get("name", n["id"]) for n in nodes}
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["source", "source_name", "type", "target", "target_name", "count", "first_date", "last_date"])
    for e in edges:
        writer.writerow([e["source"], names.get(e["source"]), e["type"], e["target"], names.get(e["target"]),
                         e.get("count"), e.get("firstDate"), e.get("lastDate")])
    return buffer.getvalue()

"""Plain node/edge dicts -> the explorer page, through pyvis (vis-network). No database here.

pyvis builds the network data and options; the page itself comes from our own template, because
pyvis's templates load Bootstrap, vis-network and tom-select from CDNs even in `in_line` mode.
Everything the page loads is served by the app (vis-network from pyvis's own package files).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from ingest.model import KINDS
from ingest.vocabulary import TYPES

KIND_COLORS = {"State": "#4e79a7", "Leader": "#f28e2b", "Organization": "#59a14f", "Bloc": "#b07aa1"}
TYPE_COLORS = dict(zip(TYPES, ("#7f7f7f", "#d62728", "#8c564b", "#2ca02c", "#9467bd", "#e377c2", "#1f77b4",
                               "#bcbd22", "#17becf", "#ff7f0e", "#aec7e8", "#000000")))
PHYSICS_NODE_LIMIT = 300


def vendor_dir() -> Path:
    """vis-network as shipped inside the pyvis package (served at /static/vendor)."""
    return Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                       autoescape=select_autoescape(["html"]))


def vis_node(node: dict) -> dict:
    """A node dict as vis-network wants it; text stays text (the page never parses it as HTML)."""
    out = {"id": node["id"], "label": node.get("name", node["id"]), "kind": node.get("kind", ""),
           "title": f"{node.get('name', node['id'])} ({node.get('kind', '')})",
           "color": KIND_COLORS.get(node.get("kind", ""), "#999999"), "shape": "dot",
           "size": 10 + min(int(node.get("degree", 1) or 1), 40) / 2}
    if "x" in node:
        out.update(x=node["x"], y=node["y"])
    return out


def vis_edge(edge: dict) -> dict:
    return {"id": edge["id"], "from": edge["source"], "to": edge["target"], "type": edge["type"],
            "label": edge["type"].replace("_", " ").lower(), "title": f"{edge['type']} ({edge.get('count', 1)} evidence)",
            "color": TYPE_COLORS.get(edge["type"], "#999999"), "count": edge.get("count", 1),
            "arrows": "" if TYPES[edge["type"]].symmetric else "to",
            "width": 1 + min(int(edge.get("count", 1) or 1), 10) / 3}


def network(nodes: list[dict], edges: list[dict]) -> Network:
    """The pyvis network for a subgraph; physics off when the server already laid it out."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="remote")
    for node in nodes:
        attrs = vis_node(node)
        net.add_node(attrs.pop("id"), **attrs)
    for edge in edges:
        attrs = vis_edge(edge)
        net.add_edge(attrs.pop("from"), attrs.pop("to"), **attrs)
    laid_out = bool(nodes) and all("x" in n for n in nodes)
    net.toggle_physics(not laid_out and len(nodes) <= PHYSICS_NODE_LIMIT)
    return net


def explorer_page(nodes: list[dict], edges: list[dict], state: dict, truncated: bool = False,
                  message: str | None = None, limits: dict | None = None) -> str:
    """The explorer HTML for an initial view (possibly empty) and the state it was built from;
    `limits` names the Cypher tab's timeout and row cap."""
    net = network(nodes, edges)
    vis_nodes, vis_edges, _, _, _, options = net.get_network_data()
    return _env().get_template("explorer.html").render(
        nodes=vis_nodes, edges=vis_edges, options=json.loads(options), state=state, truncated=truncated,
        message=message, **(limits or {"timeout": "", "row_cap": ""}),
        kinds=[{"name": k, "color": KIND_COLORS[k]} for k in KINDS],
        types=[{"name": t, "color": TYPE_COLORS[t], "description": TYPES[t].description} for t in TYPES])

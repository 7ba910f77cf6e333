"""Graph analytics and layout on a fetched subgraph, with networkx (no database here)."""
from __future__ import annotations

import networkx as nx

METRICS = ("degree", "betweenness", "pagerank", "community")


def to_networkx(nodes: list[dict], edges: list[dict]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node in nodes:
        graph.add_node(node["id"], **{k: _plain(v) for k, v in node.items() if k != "id"})
    for edge in edges:
        graph.add_edge(edge["source"], edge["target"], key=edge["id"],
                       **{k: _plain(v) for k, v in edge.items() if k not in ("source", "target")})
    return graph


def _plain(value):
    # GraphML/GEXF take scalars only
    return "; ".join(map(str, value)) if isinstance(value, (list, tuple)) else value


def metrics(nodes: list[dict], edges: list[dict], wanted: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Per-node values for each wanted metric; communities are numbered by size."""
    simple = nx.Graph(to_networkx(nodes, edges))
    out: dict[str, dict[str, float]] = {}
    if "degree" in wanted:
        out["degree"] = dict(simple.degree())
    if "betweenness" in wanted:
        k = min(len(simple), 200) if len(simple) > 500 else None  # sampled on big views
        out["betweenness"] = nx.betweenness_centrality(simple, k=k, seed=1)
    if "pagerank" in wanted:
        out["pagerank"] = nx.pagerank(simple) if len(simple) else {}
    if "community" in wanted:
        communities = nx.community.louvain_communities(simple, seed=1) if len(simple) else []
        out["community"] = {n: i for i, group in enumerate(sorted(communities, key=len, reverse=True))
                            for n in group}
    return out


def layout(nodes: list[dict], edges: list[dict], scale: float = 1000.0) -> dict[str, tuple[float, float]]:
    """Positions for large views, so the browser draws them without running physics."""
    simple = nx.Graph(to_networkx(nodes, edges))
    if not len(simple):
        return {}
    pos = nx.spring_layout(simple, seed=1, iterations=30, scale=scale)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}

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


def place(nodes: list[dict], edges: list[dict]) -> None:
    """Give every node dict its server-side `x` and `y`."""
    positions = layout(nodes, edges)
    for node in nodes:
        node["x"], node["y"] = positions[node["id"]]


def layout(nodes: list[dict], edges: list[dict], scale: float = 1000.0) -> dict[str, tuple[float, float]]:
    """Positions for large views, so the browser draws them without running physics."""
    simple = nx.Graph(to_networkx(nodes, edges))
    if not len(simple):
        return {}
    if len(simple) < 500 or len(simple) > 4000:
        pos = nx.spring_layout(simple, seed=1, iterations=30, scale=scale)
    else:
        pos = _dense_force_layout(simple, scale=scale)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


def _dense_force_layout(graph: nx.Graph, scale: float, iterations: int = 50) -> dict:
    """Fruchterman-Reingold with numpy: dense repulsion, attraction along the edge list, a little
    gravity so isolated nodes stay near. networkx switches to a per-node Python loop from 500 nodes
    on (2-5 s for a 1,000-node view); vectorised, the same algorithm takes a fraction of that."""
    import numpy as np

    order = list(graph)
    index = {v: i for i, v in enumerate(order)}
    n = len(order)
    src = np.fromiter((index[a] for a, _ in graph.edges()), dtype=np.intp)
    dst = np.fromiter((index[b] for _, b in graph.edges()), dtype=np.intp)
    xy = np.random.default_rng(1).random((n, 2), dtype=np.float32)
    k = np.float32(1.0 / np.sqrt(n))
    temperature, cooling = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        # repulsion k^2/d along each pair, from 2-D matrix products (no n x n x 2 array)
        squares = np.einsum("ij,ij->i", xy, xy)
        d2 = np.maximum(squares[:, None] + squares[None, :] - 2 * (xy @ xy.T), np.float32(1e-4))
        weight = k * k / d2
        np.fill_diagonal(weight, 0)
        displacement = xy * weight.sum(axis=1)[:, None] - weight @ xy
        along = xy[src] - xy[dst]
        pull = along * (np.sqrt(np.einsum("ij,ij->i", along, along)) / k)[:, None]
        np.subtract.at(displacement, src, pull)
        np.add.at(displacement, dst, pull)
        displacement -= np.float32(0.5) * (xy - xy.mean(axis=0))  # gravity
        length = np.maximum(np.sqrt(np.einsum("ij,ij->i", displacement, displacement)), np.float32(1e-4))
        xy += displacement * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    xy -= np.median(xy, axis=0)
    spread = np.percentile(np.abs(xy), 98) or 1.0
    xy = np.clip(xy / spread, -1.2, 1.2) * scale
    return dict(zip(order, xy.astype(float)))

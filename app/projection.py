"""An in-memory projection of the entity graph for subgraph reads, in the manner of GDS projections.

Neo4j stays the store of record. The projection holds the entities and the typed relationships
between them as numpy arrays (CSR adjacency), built in the background from two columnar queries,
and answers the three steps of a subgraph request (a ring of neighbours, the nodes, the edges among
them) with the same semantics as the Cypher in cypher/graph/. A request uses it only while its
stamp (the writers' version counter, the entity and relationship totals) equals the database's;
otherwise the Cypher path answers and a rebuild starts.
"""
from __future__ import annotations

import gc
import logging
import threading
import time
from dataclasses import dataclass, field

import numpy as np
from neo4j import Driver

from cypher.registry import Namespace
from ingest.model import KINDS
from ingest.vocabulary import TYPES

log = logging.getLogger("entente.projection")
TYPE_NAMES = tuple(TYPES)
Stamp = tuple


def _codes(values: list, names: tuple[str, ...]) -> np.ndarray:
    lookup = {name: i for i, name in enumerate(names)}
    return np.fromiter((lookup.get(v, -1) for v in values), dtype=np.int16, count=len(values))


def _dates(values: list) -> tuple[np.ndarray, np.ndarray]:
    """Dates as fixed-width text (compared as text, like the Cypher does) and where one is present."""
    dates = np.array(values, dtype="<U10")
    return dates, dates != ""


def _among(codes: np.ndarray, names: tuple[str, ...], wanted) -> np.ndarray:
    """Which codes (indices into `names`, -1 for an unknown name) stand for one of `wanted`."""
    ok = np.zeros(len(names) + 1, dtype=bool)  # the extra last slot is what code -1 reads: False
    ok[[names.index(w) for w in wanted if w in names]] = True
    return ok[codes]


def _order(values: list[str]) -> np.ndarray:
    """Each value's position in sorted order."""
    rank = np.empty(len(values), dtype=np.int64)
    rank[np.array(sorted(range(len(values)), key=values.__getitem__), dtype=np.int64)] = np.arange(len(values))
    return rank


def _csr(keys: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Row pointers and the entry order that groups `keys` (node indices) by node."""
    order = np.argsort(keys, kind="stable")
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=n), out=ptr[1:])
    return ptr, order


def _gather(ptr: np.ndarray, entries: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The entries of the given rows, concatenated, and the row each came from."""
    starts, ends = ptr[rows], ptr[rows + 1]
    sizes = ends - starts
    total = int(sizes.sum())
    if not total:
        return np.zeros(0, dtype=entries.dtype), np.zeros(0, dtype=rows.dtype)
    owner = np.repeat(rows, sizes)
    offsets = np.arange(total) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    return entries[np.repeat(starts, sizes) + offsets], owner


@dataclass
class Projection:
    stamp: Stamp
    ids: list[str]
    names: list[str]
    kinds: np.ndarray
    extras: list[dict]
    src: np.ndarray
    dst: np.ndarray
    etype: np.ndarray
    count: np.ndarray
    first: np.ndarray
    has_first: np.ndarray
    last: np.ndarray
    has_last: np.ndarray
    internal: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    index: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        n = len(self.ids)
        self.index = {node_id: i for i, node_id in enumerate(self.ids)}
        self.rank = _order(self.ids)  # ties between neighbours break by id, as in Cypher
        self.name_rank = _order(self.names)  # and search ties by name
        self.by_internal = np.argsort(self.internal, kind="stable")  # internal id -> row, by bisection
        self.internal_sorted = self.internal[self.by_internal]
        ends = np.concatenate([self.src, self.dst])
        self.ptr, order = _csr(ends, n)
        self.adj = (order % len(self.src)).astype(np.int64) if len(self.src) else order  # edge per entry
        self.degree = np.diff(self.ptr)
        self.out_ptr, self.out = _csr(self.src, n)
        # object columns: fancy indexing then tolist() builds answers without a Python loop per field
        self.id_column = np.array(self.ids, dtype=object)
        self.name_column = np.array(self.names, dtype=object)
        self.kind_names = np.array([*KINDS, None], dtype=object)  # code -1 (unknown) reads the last
        self.type_column = np.array([*TYPE_NAMES, None], dtype=object)

    @property
    def size(self) -> tuple[int, int]:
        return len(self.ids), len(self.src)

    def _edge_mask(self, edges: np.ndarray, flt) -> np.ndarray:
        mask = _among(self.etype[edges], TYPE_NAMES, flt.types) & (self.count[edges] >= flt.min_evidence)
        if flt.since is not None:
            mask &= self.has_last[edges] & (self.last[edges] >= flt.since)
        if flt.until is not None:
            mask &= self.has_first[edges] & (self.first[edges] <= flt.until)
        return mask

    def ring(self, frontier: list[str], seen: list[str], limit: int, flt) -> list[str]:
        """cypher/graph/neighbours: neighbours of the frontier, most links to it first, then by id."""
        rows = np.array([self.index[f] for f in frontier if f in self.index], dtype=np.int64)
        edges, owner = _gather(self.ptr, self.adj, rows)
        other = np.where(self.src[edges] == owner, self.dst[edges], self.src[edges])
        seen_mask = np.zeros(len(self.ids), dtype=bool)
        seen_mask[[self.index[s] for s in seen if s in self.index]] = True
        mask = self._edge_mask(edges, flt) & _among(self.kinds[other], KINDS, flt.kinds) & ~seen_mask[other]
        found, links = np.unique(other[mask], return_counts=True)
        order = np.lexsort((self.rank[found], -links))[:limit]
        return [self.ids[i] for i in found[order]]

    def search(self, internal_ids: list[int], scores: list[float], kinds: tuple[str, ...], limit: int) -> list[dict]:
        """cypher/graph/search from the bare full-text hits: allowed kinds, best score, then degree, then name."""
        hits = np.asarray(internal_ids, dtype=np.int64)
        score = np.asarray(scores, dtype=np.float64)
        pos = np.minimum(np.searchsorted(self.internal_sorted, hits), max(len(self.internal_sorted) - 1, 0))
        known = self.internal_sorted[pos] == hits if len(self.internal_sorted) else np.zeros(len(hits), dtype=bool)
        rows, score = self.by_internal[pos[known]], score[known]
        keep = _among(self.kinds[rows], KINDS, kinds)
        rows, score = rows[keep], score[keep]
        top = np.lexsort((self.name_rank[rows], -self.degree[rows], -score))[:limit]
        return [{"id": n["id"], "name": n["name"], "kind": n["kind"], "degree": n["degree"], "score": round(float(s), 3)}
                for n, s in zip(self._node_dicts(rows[top]), score[top].tolist())]

    def nodes(self, ids: list[str]) -> list[dict]:
        """cypher/graph/nodes: the entities that exist, in the order asked, with their degree."""
        return self._node_dicts(np.array([i for i in map(self.index.get, ids) if i is not None], dtype=np.int64))

    def _node_dicts(self, rows: np.ndarray) -> list[dict]:
        columns = zip(self.id_column[rows].tolist(), self.name_column[rows].tolist(),
                      self.kind_names[self.kinds[rows]].tolist(), self.degree[rows].tolist(), rows.tolist())
        extras = self.extras
        return [{"id": i, "name": name, "kind": kind, "degree": degree, **extras[row]}
                for i, name, kind, degree, row in columns]

    def edges(self, nodes: list[dict], limit: int, flt) -> list[list]:
        """cypher/graph/edges_among: relationships among the nodes, as [type, source, target, count,
        firstDate, lastDate], grouped by source in the nodes' order."""
        rows = np.array([self.index[n["id"]] for n in nodes], dtype=np.int64)
        member = np.zeros(len(self.ids), dtype=bool)
        member[rows] = True
        edges, _ = _gather(self.out_ptr, self.out, rows)
        edges = edges[member[self.dst[edges]] & self._edge_mask(edges, flt)][:limit]
        first = np.where(self.has_first[edges], self.first[edges], None)
        last = np.where(self.has_last[edges], self.last[edges], None)
        return list(map(list, zip(self.type_column[self.etype[edges]].tolist(), self.id_column[self.src[edges]].tolist(),
                                  self.id_column[self.dst[edges]].tolist(), self.count[edges].tolist(),
                                  first.tolist(), last.tolist())))


def build(driver: Driver, queries: Namespace, database: str) -> Projection:
    """Read the stamp, then the entities and relationships, column by column."""
    q = queries.graph
    stamp = read_stamp(driver, q, database)
    nodes = driver.execute_query(q.projection_nodes.text, database_=database, routing_="r").records[0]
    rels = driver.execute_query(q.projection_edges.text, database_=database, routing_="r").records[0]
    index = {node_id: i for i, node_id in enumerate(nodes["ids"])}
    if not all(s in index and t in index for s, t in zip(rels["sources"], rels["targets"])):
        raise RuntimeError("the graph changed while it was read; the next request rebuilds it")
    extras = [{k: v for k, v in zip(("office", "iso3", "orgType"), triple) if v} for triple in nodes["extras"]]
    first, has_first = _dates(rels["firsts"])
    last, has_last = _dates(rels["lasts"])
    return Projection(
        stamp=stamp, ids=list(nodes["ids"]), internal=np.array(nodes["internal"], dtype=np.int64), names=list(nodes["names"]), kinds=_codes(nodes["kinds"], KINDS),
        extras=extras, src=np.array([index[s] for s in rels["sources"]], dtype=np.int64),
        dst=np.array([index[t] for t in rels["targets"]], dtype=np.int64), etype=_codes(rels["types"], TYPE_NAMES),
        count=np.array(rels["counts"], dtype=np.int64),
        first=first, has_first=has_first, last=last, has_last=has_last)


def read_stamp(driver: Driver, q: Namespace, database: str) -> Stamp:
    record = driver.execute_query(q.version.text, database_=database, routing_="r").records[0]
    return tuple(record.values())


class ProjectionStore:
    """Holds the current projection and rebuilds it in a background thread when the stamp moves."""

    def __init__(self, driver: Driver, queries: Namespace, database: str, max_relationships: int):
        self.driver, self.queries, self.database = driver, queries, database
        self.max_relationships = max_relationships
        self.current: Projection | None = None
        self.building = False
        self.last_error: str | None = None
        self.built_in: float | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def get(self, stamp: Stamp) -> Projection | None:
        """The projection if it matches `stamp`; otherwise None, and a rebuild is started."""
        current = self.current
        if current is not None and current.stamp == stamp:
            return current
        if self.max_relationships and stamp[2] <= self.max_relationships:
            self.refresh()
        return None

    def refresh(self) -> None:
        with self._lock:
            if self.building:
                return
            self.building = True
        self._thread = threading.Thread(target=self._build, name="projection", daemon=True)
        self._thread.start()

    def wait(self, seconds: float) -> None:
        """Let a running build finish (before its driver is closed)."""
        thread = self._thread
        if thread is not None:
            thread.join(seconds)

    def _build(self) -> None:
        began = time.perf_counter()
        try:
            self.current = build(self.driver, self.queries, self.database)
            self.built_in, self.last_error = time.perf_counter() - began, None
            # the projection's lists would make every full collection walk ~100k references
            # (20 ms a pass with 1M relationships, stalling all requests): keep them out of it
            gc.collect()
            gc.freeze()
            log.info("projection built: %d entities, %d relationships in %.1f s",
                     *self.current.size, self.built_in)
        except Exception as exc:  # noqa: BLE001 - the Cypher path keeps answering
            self.last_error = f"{type(exc).__name__}: {exc}"
            log.warning("projection build failed: %s", self.last_error)
        finally:
            self.building = False

    def status(self) -> dict:
        current = self.current
        return {"state": "building" if self.building else "ready" if current else "none",
                "entities": current.size[0] if current else 0,
                "relationships": current.size[1] if current else 0,
                "built_in_s": round(self.built_in, 2) if self.built_in is not None else None,
                "error": self.last_error}

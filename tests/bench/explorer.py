"""Explorer figures for `make bench`: a generated graph of 100,000 entities and 1,000,000 relationships
loaded through GraphWriter; /api/subgraph and /api/search latency under 4 concurrent clients; and a
1,000-node / 3,000-edge view in headless Chromium, server layout against pyvis's default physics."""
from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import threading
import time
from typing import Iterator
from pathlib import Path

import httpx2 as httpx

from ingest.model import KINDS, Document, Entity, Evidence, Relation
from ingest.pipeline import ArticleResult
from ingest.vocabulary import TYPES
from ingest.run import write_batches
from ingest.writer import GraphWriter
from tests.bench.cypher_clients import cypher_latency, percentile

WARMUP = 400  # requests before each measurement: Neo4j's JIT settles over a few hundred queries
SYLLABLES = ["ka", "ro", "vi", "sta", "mel", "dor", "an", "zu", "pe", "tri", "lo", "gan", "shi", "bel", "or"]


def _name(rng: random.Random, i: int) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word} {i}"


def _pick(rng: random.Random, n: int) -> int:
    # skewed towards low ids: a few hubs with thousands of relations, a long tail with few
    return min(int(n * rng.random() ** 2.2), n - 1)


def load_graph(driver, database: str, n_entities: int = 100_000, n_rels: int = 1_000_000,
               per_article: int = 100, per_batch: int = 200, seed: int = 5) -> tuple[list[str], float]:
    """Write the generated graph through GraphWriter in batches; returns entity names and seconds."""
    rng = random.Random(seed)
    kinds = [k for k in KINDS for _ in range({"State": 1, "Leader": 6, "Organization": 3, "Bloc": 0}[k])]
    entities = [Entity(f"syn:{i}", rng.choice(kinds), _name(rng, i)) for i in range(n_entities)]
    types = list(TYPES)
    seen: set[tuple[int, int, int]] = set()
    writer = GraphWriter(driver, database)

    def batches() -> Iterator[list[ArticleResult]]:
        batch: list[ArticleResult] = []
        article = 0
        while len(seen) < n_rels:
            relations: list[Relation] = []
            used: dict[str, Entity] = {}
            doc = Document(f"bench:{article}", f"Generated {article}", None, None, "", "-", f"sha{article}")
            while len(relations) < per_article and len(seen) < n_rels:
                s, t, k = _pick(rng, n_entities), rng.randrange(n_entities), rng.randrange(len(types))
                if s == t or (s, t, k) in seen:
                    continue
                seen.add((s, t, k))
                a, b = entities[s], entities[t]
                used[a.id], used[b.id] = a, b
                sentence = f"{a.name} and {b.name}: generated sentence {len(seen)}."
                day = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                relations.append(Relation(a.id, b.id, types[k], [Evidence(doc.id, sentence, 0, len(sentence), 0,
                                                                           len(a.name), "bench", day)]))
            batch.append(ArticleResult(doc, used, relations))
            article += 1
            if len(batch) >= per_batch:
                yield batch
                batch = []
        if batch:
            yield batch

    began = time.perf_counter()
    write_batches(writer, batches())  # generated while the previous batch commits, as `entente ingest` does
    return [e.name for e in entities], time.perf_counter() - began


def hammer(urls: list, clients: int = 4) -> list[float]:
    """Send the requests from `clients` concurrent clients; latencies in ms (4xx/5xx raise).
    A request is a URL (GET) or a (URL, JSON body) pair (POST)."""
    latencies: list[float] = []
    lock = threading.Lock()
    chunks = [urls[i::clients] for i in range(clients)]

    def run(chunk: list) -> None:
        with httpx.Client(timeout=30) as client:
            for url in chunk:
                began = time.perf_counter()
                reply = client.get(url) if isinstance(url, str) else client.post(url[0], json=url[1])
                reply.raise_for_status()
                with lock:
                    latencies.append((time.perf_counter() - began) * 1000)

    threads = [threading.Thread(target=run, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def start_app(env: dict, port: int) -> subprocess.Popen:
    entente = str(Path(sys.executable).parent / "entente")
    proc = subprocess.Popen([entente, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    while True:
        try:
            ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2)
            # measure the steady state: the in-memory projection built (it builds in the background)
            if ready.status_code == 200 and ready.json()["projection"]["state"] == "ready":
                return proc
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("the app did not become ready")
        time.sleep(0.3)


def api_latency(base: str, names: list[str], say, rng: random.Random) -> None:
    n = len(names)
    centers = [f"syn:{_pick(rng, n) if rng.random() < 0.5 else rng.randrange(n)}" for _ in range(WARMUP + 1000)]
    urls = [f"{base}/api/subgraph?center={c}&depth=2" for c in centers]
    hammer(urls[:WARMUP])  # warm-up: JIT, page cache, connection pools
    lat = hammer(urls[WARMUP:])
    say("GET /api/subgraph depth 2, 4 clients (1,000 requests)",
        f"p50 {statistics.median(lat):.1f} ms, p99 {percentile(lat, 0.99):.1f} ms")
    terms = [rng.choice(names).split()[0][: rng.randint(3, 6)] for _ in range(WARMUP + 1000)]
    urls = [f"{base}/api/search?q={t}" for t in terms]
    hammer(urls[:WARMUP])
    lat = hammer(urls[WARMUP:])
    say("GET /api/search (prefix + fuzzy), 4 clients (1,000 requests)",
        f"p50 {statistics.median(lat):.1f} ms, p99 {percentile(lat, 0.99):.1f} ms")


def view_timing(base: str, say, rng: random.Random) -> None:
    """The same 1,000-node / 3,000-edge graph drawn two ways in Chromium; time to final layout."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    from app.analytics import layout
    from app.views.render import explorer_page

    nodes = [{"id": f"v{i}", "name": f"Node {i}", "kind": rng.choice(KINDS[:3]), "degree": 3} for i in range(1000)]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < 3000:
        a, b = rng.randrange(1000), _pick(rng, 1000)
        if a != b:
            pairs.add((a, b))
    edges = [{"id": f"MEETS|v{a}|v{b}", "source": f"v{a}", "target": f"v{b}", "type": "MEETS", "count": 1}
             for a, b in pairs]
    began = time.perf_counter()
    positions = layout(nodes, edges)
    layout_ms = (time.perf_counter() - began) * 1000
    laid = [{**n, "x": positions[n["id"]][0], "y": positions[n["id"]][1]} for n in nodes]
    ours = explorer_page(laid, edges, {"center": []})
    # the baseline is pyvis's own page with its default options (physics on, 1,000 stabilisation
    # iterations); its CDN requests are aborted at once, and a hook records when stabilisation ends
    from pyvis.network import Network
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for n in nodes:
        net.add_node(n["id"], label=n["name"])
    for e in edges:
        net.add_edge(e["source"], e["target"])
    hook = ("<script>window.entente = {stable: false}; const done = () => { if (!window.entente.stable) {"
            " window.entente.stable = true; window.entente.stableAt = performance.now(); } };"
            " network.on('stabilizationIterationsDone', done); network.on('stabilized', done);</script></body>")
    pyvis_default = net.generate_html().replace("</body>", hook, 1)
    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    results: dict[str, float | None] = {}
    limits = {"server layout, physics off": 180_000, "pyvis default physics": 600_000}  # ms; the baseline took 90-155 s
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        for label, html in (("server layout, physics off", ours), ("pyvis default physics", pyvis_default)):
            runs: list[float | None] = []
            for _ in range(3 if label.startswith("server") else 1):
                page = browser.new_page(viewport={"width": 1400, "height": 850})
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                           else route.abort())
                page.goto(base + "/healthz")
                html_timed = html.replace("<head>", "<head><script>window.__t0 = performance.now()</script>", 1)
                page.set_content(html_timed)
                try:  # (a slow machine may not settle in time: reported as such, the run goes on)
                    page.wait_for_function("window.entente && window.entente.stable", timeout=limits[label])
                    runs.append(page.evaluate("window.entente.stableAt - window.__t0"))
                except PlaywrightTimeout:
                    runs.append(None)
                page.close()
            results[label] = None if None in runs else statistics.median(runs)
        browser.close()
    if results["server layout, physics off"] is None:
        say("1,000-node / 3,000-edge view to final layout: server layout + draw", f"did not settle within {limits['server layout, physics off'] / 1000:.0f} s")
        return
    ours_ms = results["server layout, physics off"] + layout_ms
    say("1,000-node / 3,000-edge view to final layout: server layout + draw",
        f"{ours_ms:,.0f} ms ({layout_ms:,.0f} ms server layout + {results['server layout, physics off']:,.0f} ms browser)")
    baseline = results["pyvis default physics"]
    say("  same graph with pyvis's default physics", f"{baseline:,.0f} ms (ratio {baseline / ours_ms:.1f}x)" if baseline is not None else
        f"did not stabilise within {limits['pyvis default physics'] / 1000:.0f} s (ratio > {limits['pyvis default physics'] / ours_ms:.0f}x)")


def main(driver, database: str, say) -> None:
    print("== explorer", flush=True)
    names, seconds = load_graph(driver, database)
    say("load 100,000 entities + 1,000,000 relationships via GraphWriter", f"{seconds:,.0f} s "
        f"({1_000_000 / seconds:,.0f} rel/s with evidence)")
    from tests.conftest import free_port
    port = free_port()
    proc = start_app(dict(os.environ), port)
    try:
        rng = random.Random(11)
        base = f"http://127.0.0.1:{port}"
        projection = httpx.get(f"{base}/readyz", timeout=5).json()["projection"]
        say("in-memory projection of the 1M graph (built at start-up)", f"{projection['built_in_s']} s")
        # the browser figures first: they leave Neo4j a quiet minute after the 1M-relationship load
        view_timing(base, say, rng)
        api_latency(base, names, say, rng)
        n = len(names)
        ids = [f"syn:{_pick(rng, n) if rng.random() < 0.5 else rng.randrange(n)}" for _ in range(WARMUP + 1000)]
        cypher_latency(base, ids, WARMUP, say)
    finally:
        proc.terminate()
        proc.wait(timeout=30)

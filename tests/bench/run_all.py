"""`make bench`: figures, not tests. Medians and p99s; ratios against baselines measured in the
same run. Uses the ENTENTE_* settings `make bench` exports (its own Neo4j home and ports)."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from neo4j import GraphDatabase

from app.core.config import Settings
from app.neo4j_local import server
from cypher.registry import load as load_queries
from ingest.pipeline import extract_document
from ingest.reader import read_documents
from ingest.writer import in_write_order, relationship_query
from tests.bench.corpus import write_corpus


def say(name: str, value: str) -> None:
    print(f"{name:<58} {value}", flush=True)


def bench_start(settings: Settings) -> None:
    print("== platform: local Neo4j", flush=True)
    server.stop(settings)
    cold = server.start(settings)
    server.stop(settings)
    warm = [server.start(settings)]
    for _ in range(2):
        server.stop(settings)
        warm.append(server.start(settings))
    say("cold start to RETURN 1 (new store, password set)", f"{cold:.1f} s")
    say("warm start to RETURN 1 (median of 3)", f"{statistics.median(warm):.1f} s (max {max(warm):.1f} s)")


def apply_schema(driver, database: str) -> None:
    for query in load_queries().schema.all().values():
        for statement in query.statements:
            driver.execute_query(statement, database_=database)


def bench_unwind(driver, database: str) -> None:
    """Batched UNWIND through the writer's own relationship query, on a generated graph: one round on
    a just-started JVM, then three more (other relation types) once its write path is compiled; the
    same at 20,000 rows a transaction (fewer, larger transactions: the usual bulk-load setting).
    Rows go in the writer's order (by source, then target)."""
    q = load_queries().ingest
    n_entities, n_rels, batch = 20_000, 200_000, 10_000
    entities = [{"id": f"bench:{i}", "label": "State", "name": f"S{i}", "aliases": [], "aliasText": "",
                 "props": {}} for i in range(n_entities)]
    for i in range(0, n_entities, batch):
        driver.execute_query(q.merge_entities.text, rows=entities[i:i + batch], database_=database)
    # source i % n, target a distinct offset per round: every row is a new relationship
    rels = [{"source": f"bench:{i % n_entities}", "target": f"bench:{(i % n_entities + 1 + i // n_entities) % n_entities}",
             "count": 1, "firstDate": "2024-01-01", "lastDate": "2024-01-01"} for i in range(n_rels)]
    rels = in_write_order(rels)  # as GraphWriter sends them
    types = iter(("TRADES_WITH", "MEETS", "SUPPORTS", "CONDEMNS", "ATTACKS", "SUPPLIES_ARMS", "SANCTIONS", "VETOES"))
    for batch in (10_000, 20_000):
        rates = []
        for type_name in [next(types) for _ in range(4)]:
            query = relationship_query(q.merge_relationships.text, type_name)
            began = time.perf_counter()
            for i in range(0, n_rels, batch):
                with driver.session(database=database) as session:
                    session.execute_write(lambda tx, rows: tx.run(query, rows=rows).consume(), rels[i:i + batch])
            rates.append(n_rels / (time.perf_counter() - began))
        label = f"batched UNWIND write ({n_rels:,} new relationships, {batch:,}/tx)"
        if batch == 10_000:
            say(label + ", cold JVM", f"{rates[0]:,.0f} rel/s")
        say(label + ", warm: median of 3", f"{statistics.median(rates[1:]):,.0f} rel/s (min {min(rates[1:]):,.0f})")
    with driver.session(database=database) as session:
        session.run("MATCH (n:State) WHERE n.id STARTS WITH 'bench:' "
                    "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def bench_extraction(corpus: Path) -> list:
    print("== ingest", flush=True)
    docs = [d for d in read_documents([str(corpus)])]
    words = statistics.mean(len(d.text.split()) for d in docs)
    extract_document(docs[0])  # warm caches (dictionary, compiled patterns)
    began = time.perf_counter()
    results = [extract_document(d) for d in docs]
    seconds = time.perf_counter() - began
    say(f"extraction, one core ({len(docs)} articles, ~{words:.0f} words)", f"{len(docs) / seconds:,.0f} articles/s")
    return results


WARMUP_ROUNDS, MEASURED_ROUNDS = 3, 5


def bench_load(driver, database: str, results: list, warmup: list) -> None:
    """Load through GraphWriter as `entente ingest` writes (batches of its size, each committed on a
    background thread while the next is prepared), the same corpus into an emptied graph each
    round, after an unmeasured 500-article warm-up corpus. As in any JVM benchmark, the rate is the
    median of the measured rounds that follow warm-up rounds: for its first seconds of writing
    the JVM interprets the write path while its JIT compiler holds one of the two cores (a
    rolled-back warm-up does not help: the commit path is the cold part). The first round, on a
    write path still being compiled, is reported too."""
    from ingest.run import BATCH, write_batches
    from ingest.writer import GraphWriter
    writer = GraphWriter(driver, database)
    write_batches(writer, (warmup[i:i + BATCH] for i in range(0, len(warmup), BATCH)))
    rels = sum(len(r.relations) for r in results)
    evidence = sum(len(rel.evidence) for r in results for rel in r.relations)
    rates = []
    for _ in range(WARMUP_ROUNDS + MEASURED_ROUNDS):
        with driver.session(database=database) as session:
            session.run("MATCH (n:Article|Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
        began = time.perf_counter()
        write_batches(writer, (results[i:i + BATCH] for i in range(0, len(results), BATCH)))
        rates.append(rels / (time.perf_counter() - began))
    measured = rates[WARMUP_ROUNDS:]
    label = f"load through GraphWriter ({rels:,} relationships, {evidence:,} evidence, {BATCH}/tx)"
    say(label + f", median of {MEASURED_ROUNDS} rounds after {WARMUP_ROUNDS} warm-up rounds",
        f"{statistics.median(measured):,.0f} rel/s (min {min(measured):,.0f}; "
        f"{statistics.median(measured) / rels * len(results):,.0f} articles/s)")
    say("  first round, the write path still being compiled", f"{rates[0]:,.0f} rel/s")
    say("  every round", " ".join(f"{rate / 1000:.1f}k" for rate in rates))


def peak_rss_kb(corpus: Path, env: dict) -> int:
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
             "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    entente = str(Path(sys.executable).parent / "entente")
    out = subprocess.run([sys.executable, "-c", probe, entente, "ingest", "--no-progress", str(corpus)],
                         env=env, capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def main() -> None:
    settings = Settings()
    bench_start(settings)
    with GraphDatabase.driver(settings.uri, auth=settings.auth, notifications_min_severity="OFF") as driver:
        apply_schema(driver, settings.neo4j_database)
        bench_unwind(driver, settings.neo4j_database)
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(Path(tmp) / "corpus", 2000)
            results = bench_extraction(corpus)
            warmup = [extract_document(d) for d in read_documents([str(write_corpus(Path(tmp) / "warm", 500, seed=3, prefix="w"))])]
            bench_load(driver, settings.neo4j_database, results, warmup)
            # the small corpus is two batches: both sizes run with one batch committing while the next
            # is extracted, so the ratio shows growth with the corpus, not the pipeline filling
            from ingest.run import BATCH
            small = write_corpus(Path(tmp) / "small", 2 * BATCH, seed=11)
            large = write_corpus(Path(tmp) / "large", 8 * BATCH, seed=13)
            env = dict(os.environ)
            rss_small, rss_large = peak_rss_kb(small, env), peak_rss_kb(large, env)
            say(f"peak RSS of `entente ingest`: {2 * BATCH:,} vs {8 * BATCH:,} articles",
                f"{rss_small / 1024:.0f} MB vs {rss_large / 1024:.0f} MB (ratio {rss_large / rss_small:.2f})")
        from tests.bench import explorer
        explorer.main(driver, settings.neo4j_database, say)
    from tests.ingest.heldout import HELDOUT
    from tests.ingest.test_relations import score
    precision, recall = score(HELDOUT)
    say(f"held-out sentences ({len(HELDOUT)}): precision / recall", f"{precision:.2f} / {recall:.2f}")
    print(json.dumps({"done": True}))


if __name__ == "__main__":
    main()

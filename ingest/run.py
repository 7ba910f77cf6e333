"""Streaming entry points used by the CLI: read -> extract -> (JSON | Neo4j), file by file.

Bad inputs are reported one line each and skipped; the rest go on. Articles are written in
batches, one transaction each, so memory stays flat however large the corpus; each batch commits
on a background thread while the next is extracted.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ingest.pipeline import ArticleResult, GraphBuilder, extract_document
from ingest.reader import ReadError, read_documents
from ingest.writer import GraphWriter, WriteStats

# articles per transaction: on the bench corpus, in one run, 250 loaded at ~25k relationships/s, 500 at ~35k,
# 1,000 at ~46k, 2,000 at ~63k (fewer, larger commits); memory stays bounded by two batches whatever the corpus
BATCH = 2000


@dataclass
class RunReport:
    errors: list[str] = field(default_factory=list)
    articles: int = 0
    written: WriteStats = field(default_factory=WriteStats)


def extracted(paths: Iterable[str], report: RunReport,
              on_error: Callable[[str], None]) -> Iterator[ArticleResult]:
    for item in read_documents(paths):
        if isinstance(item, ReadError):
            report.errors.append(str(item))
            on_error(str(item))
            continue
        report.articles += 1
        yield extract_document(item)


def extract_to_graph(paths: Iterable[str], on_error: Callable[[str], None]) -> tuple[GraphBuilder, RunReport]:
    report = RunReport()
    graph = GraphBuilder()
    for result in extracted(paths, report, on_error):
        graph.add(result)
    return graph, report


def write_batches(writer: GraphWriter, batches: Iterable[list[ArticleResult]]) -> WriteStats:
    """Write batches in order, one transaction each, on one background thread: Neo4j commits batch
    N while Python extracts and prepares batch N+1. One batch commits at a time, so memory stays
    flat; a batch that fails stops the run (raised once the next batch is ready, or at the end)."""
    written = WriteStats()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="entente-writer") as thread:
        pending: Future | None = None
        for batch in batches:
            prepared = writer.prepare(batch)  # while the previous batch commits
            if pending is not None:
                written.add(pending.result())
            pending = thread.submit(writer.commit, prepared)
        if pending is not None:
            written.add(pending.result())
    return written


def ingest(paths: Iterable[str], writer: GraphWriter, on_error: Callable[[str], None],
           on_article: Callable[[], None] = lambda: None, batch_size: int = BATCH) -> RunReport:
    report = RunReport()

    def batches() -> Iterator[list[ArticleResult]]:
        batch: list[ArticleResult] = []
        for result in extracted(paths, report, on_error):
            batch.append(result)
            on_article()
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    report.written = write_batches(writer, batches())
    return report

"""`entente extract` (no database) and `entente ingest` (into Neo4j)."""
from __future__ import annotations

import json
import sys
import time

import click

from app.cli.common import unreachable


def _say_error(line: str) -> None:
    click.echo(f"error: {line}", err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the graph JSON here (default: stdout).")
def extract(paths: tuple[str, ...], output: str | None) -> None:
    """Extract actors and relations from FILE|DIR|- ... into graph JSON, without a database.

    Each relationship carries its evidence: article, sentence, character offsets, rule, date.
    Unreadable inputs are reported one line each; the exit code is 1 if any failed.
    """
    from ingest.run import extract_to_graph

    graph, report = extract_to_graph(paths, _say_error)
    text = json.dumps(graph.to_json(), ensure_ascii=False, indent=1)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        click.echo(f"{report.articles} articles, {len(graph.nodes)} entities, "
                   f"{len(graph.relations)} relationships -> {output}", err=True)
    else:
        click.echo(text)
    if report.errors:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles per transaction  [default: 2000].")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
def ingest(paths: tuple[str, ...], batch_size: int, progress: bool | None) -> None:
    """Ingest FILE|DIR|- ... into Neo4j, with a progress bar and a summary.

    Re-ingesting an unchanged article changes nothing; an edited one replaces its earlier claims.
    Bad files are reported one line each and skipped; the exit code is 1 if any failed.
    """
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ServiceUnavailable
    from tqdm import tqdm

    from app.core.config import PasswordMissing, get_settings
    from ingest.run import BATCH
    from ingest.run import ingest as run_ingest
    from ingest.writer import GraphWriter, StoreFormatError

    settings = get_settings()
    began = time.monotonic()
    show = sys.stderr.isatty() if progress is None else progress
    try:
        with GraphDatabase.driver(settings.uri, auth=settings.auth, notifications_min_severity="OFF") as driver:
            driver.verify_connectivity()
            writer = GraphWriter(driver, settings.neo4j_database)
            with tqdm(desc="articles", unit="art", disable=not show, file=sys.stderr) as bar:
                def error(line: str) -> None:
                    bar.clear()
                    _say_error(line)
                report = run_ingest(paths, writer, error, on_article=lambda: bar.update(1),
                                    batch_size=batch_size or BATCH)
            totals = writer.counts()
    except (ServiceUnavailable, AuthError, PasswordMissing, OSError) as exc:
        raise unreachable(settings.uri, exc) from None
    except StoreFormatError as exc:
        raise click.ClickException(str(exc)) from None
    w = report.written
    click.echo(f"ingested {w.articles} articles ({w.skipped} unchanged, {len(report.errors)} failed): "
               f"{w.entities} entities, {w.relationships} relationships, {w.evidence} evidence "
               f"in {time.monotonic() - began:.1f}s; database now holds {totals['articles']} articles, "
               f"{totals['entities']} entities, {totals['relationships']} relationships")
    if report.errors:
        sys.exit(1)


COMMANDS = (extract, ingest)

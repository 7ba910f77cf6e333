"""`entente db start|stop|status`: the local Neo4j server."""
from __future__ import annotations

import click

from app.core.config import PasswordMissing, get_settings
from app.neo4j_local import server
from app.neo4j_local.errors import LocalDbError


@click.group()
def db() -> None:
    """Manage the local Neo4j server (not used when NEO4J_URI is set)."""


@db.command()
def start() -> None:
    """Start Neo4j (idempotent); returns once Bolt answers RETURN 1."""
    settings = get_settings()
    try:
        seconds = server.start(settings)
    except LocalDbError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"neo4j ready in {seconds:.1f}s: {settings.uri} "
               f"(browser: http://127.0.0.1:{settings.entente_http_port}/browser/)")


@db.command()
def stop() -> None:
    """Stop Neo4j cleanly, leaving no JVM behind."""
    try:
        stopped = server.stop(get_settings())
    except LocalDbError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo("neo4j stopped" if stopped else "neo4j was not running")


@db.command()
def status() -> None:
    """Say whether Neo4j runs and answers."""
    settings = get_settings()
    try:
        state = server.status(settings)
    except (LocalDbError, PasswordMissing) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo("\n".join(state.lines()))
    if not state.running:
        raise SystemExit(3)

"""`entente shell` (interactive Cypher console) and `entente query` (one statement)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from app.cli.common import unreachable


def _param(values: tuple[str, ...]) -> dict:
    """k=v pairs; v is read as JSON when it parses (numbers, true, lists, "quoted"), else text."""
    params = {}
    for item in values:
        key, eq, raw = item.partition("=")
        if not eq or not key.strip().isidentifier():
            raise click.BadParameter(f"{item!r} is not name=value", param_hint="--param")
        try:
            params[key.strip()] = json.loads(raw)
        except ValueError:
            params[key.strip()] = raw
    return params


def _connect(settings):
    """The sync driver and a runner, or a one-line ClickException."""
    from neo4j.exceptions import AuthError, ServiceUnavailable

    from app.core.config import PasswordMissing
    from app.core.db import open_sync_driver
    from app.query.runner import CypherRunner
    from cypher.registry import load

    try:
        driver = open_sync_driver(settings)
        driver.verify_connectivity()
    except (ServiceUnavailable, AuthError, PasswordMissing, OSError, ValueError) as exc:
        raise unreachable(settings.uri, exc) from None
    queries = load()
    runner = CypherRunner(driver, queries, settings.neo4j_database,
                          timeout=settings.entente_query_timeout, row_cap=settings.entente_cypher_row_cap)
    return driver, runner, queries


TIMEOUT = click.option("--timeout", type=click.FloatRange(min=0), default=None,
                       help="Seconds before a statement is stopped (default ENTENTE_QUERY_TIMEOUT, 5; 0 = none).")
LIMIT = click.option("--limit", type=click.IntRange(min=1), default=None,
                     help="Row cap (default and maximum ENTENTE_CYPHER_ROW_CAP, 1000).")


@click.command()
@click.argument("statement")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A $parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow writes (the statement runs as given and commits).")
@TIMEOUT
@LIMIT
def query(statement: str, params: tuple[str, ...], fmt: str, write: bool, timeout: float | None,
          limit: int | None) -> None:
    """Run one Cypher STATEMENT and print its result. Read-only unless --write is given."""
    from neo4j.exceptions import DriverError

    from app.core.config import get_settings
    from app.core.errors import DomainError
    from app.shell import render

    values = _param(params)
    settings = get_settings()
    driver, runner, _ = _connect(settings)
    try:
        result = runner.run(statement, values, limit=limit, write=write, timeout=timeout)
    except DomainError as exc:
        raise click.ClickException(exc.message) from None
    except DriverError as exc:  # the server went away after connecting
        raise unreachable(settings.uri, exc) from None
    finally:
        driver.close()
    rows = result.rows
    if fmt == "json":
        click.echo(render.as_json(result.columns, rows, truncated=result.truncated))
    elif fmt == "csv":
        click.echo(render.as_csv(result.columns, rows), nl=False)
    else:
        if result.columns:
            click.echo(render.table(result.columns, rows))
        click.echo(render.summary(len(rows), result.elapsed_ms, result.truncated, result.counters), err=True)


@click.command()
@click.option("--write", is_flag=True, help="Start in write mode (same as :mode write).")
@click.option("--fail-fast", is_flag=True, help="Script mode: stop at the first failed statement.")
@click.option("--history", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="History file (default ENTENTE_HISTORY_FILE, ~/.entente_history).")
@TIMEOUT
@LIMIT
def shell(write: bool, fail_fast: bool, history: Path | None, timeout: float | None, limit: int | None) -> None:
    """Interactive Cypher console; reads statements from stdin when it is not a terminal.

    Statements end with ';' and may span lines. Reads only, unless you ask for `:mode write`.
    In script mode the exit code is 1 if any statement failed.
    """
    from app.core.config import get_settings
    from app.shell.catalog import Catalog
    from app.shell.console import Shell

    settings = get_settings()

    driver, runner, queries = _connect(settings)
    try:
        console = Shell(runner, Catalog(driver, queries, settings.neo4j_database), write=write,
                        limit=limit, timeout=timeout)
        if sys.stdin.isatty():
            code = console.interactive(history or settings.history_file)
        else:
            code = console.script(sys.stdin.read(), fail_fast=fail_fast)
    finally:
        driver.close()
    sys.exit(code)


COMMANDS = (shell, query)

"""The `entente` command: local database, server, ingest and Cypher console."""
from __future__ import annotations

import click

from app.cli.cypher_cmds import COMMANDS as CYPHER_COMMANDS
from app.cli.db import db
from app.cli.ingest_cmds import COMMANDS as INGEST_COMMANDS
from app.cli.serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="entente")
def cli() -> None:
    """Entente: states, leaders and organisations as a graph, every edge backed by its sentence."""


cli.add_command(db)
cli.add_command(serve)
for command in (*INGEST_COMMANDS, *CYPHER_COMMANDS):
    cli.add_command(command)


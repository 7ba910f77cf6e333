"""What the CLI commands share: one-line errors about the database."""
from __future__ import annotations

import click

from app.core.errors import first_line


def unreachable(uri: str, exc: BaseException) -> click.ClickException:
    """`cannot reach Neo4j at URI: <first line of the driver's reason>`."""
    return click.ClickException(f"cannot reach Neo4j at {uri}: {first_line(exc)}")

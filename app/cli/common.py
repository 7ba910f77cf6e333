"""What the CLI commands share: one-line errors about the database."""
from __future__ import annotations

import click


def unreachable(uri: str, exc: BaseException) -> click.ClickException:
    """`cannot reach Neo4j at URI: <first line of the driver's reason>`."""
    reason = (getattr(exc, "message", None) or str(exc) or type(exc).__name__).strip().splitlines()
    return click.ClickException(f"cannot reach Neo4j at {uri}: {reason[0] if reason else 'no answer'}")

"""`entente serve`: the FastAPI app under uvicorn."""
from __future__ import annotations

import click


@click.command()
@click.option("--host", default=None, help="Interface to bind (default 127.0.0.1, ENTENTE_HOST).")
@click.option("--port", default=None, type=int, help="Port (default 8000, ENTENTE_PORT).")
def serve(host: str | None, port: int | None) -> None:
    """Serve the explorer, the JSON API and the Cypher endpoint."""
    import uvicorn

    from app.core.config import get_settings

    settings = get_settings()
    uvicorn.run("app.main:create_app", factory=True, host=host or settings.entente_host,
                port=port or settings.entente_port, log_level="info")

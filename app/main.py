"""Build the FastAPI app. Nothing runs at import time: uvicorn calls `create_app()` (factory)."""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncIterator

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from app.api.errors import install_error_handlers
from app.api.routes import cypher, graph, health, views
from app.core.config import Settings, get_settings
from app.core.db import Database
from app.views.render import vendor_dir
from cypher.registry import load as load_queries


def create_app(settings: Settings | None = None) -> FastAPI:
    """Create the app; `settings` lets tests point it at any Neo4j."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        cfg = settings or get_settings()
        database = Database(cfg, load_queries())
        app.state.settings = cfg
        app.state.db = database
        database.cypher.start()
        await database.wait_until_ready(cfg.entente_connect_wait)
        try:
            yield
        finally:
            await database.close()

    app = FastAPI(title="Entente", version="0.1.0", lifespan=lifespan,
                  description="States, leaders and organisations as a graph; every edge backed by its sentence.")
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(graph.router)
    app.include_router(cypher.router)
    app.include_router(views.router)
    # vendor first: the more specific mount must win over /static
    app.mount("/static/vendor", StaticFiles(directory=vendor_dir()), name="vendor")
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    return app

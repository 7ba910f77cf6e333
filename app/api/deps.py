"""Shared request dependencies as Annotated aliases."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.core.config import Settings
from app.core.db import Database
from app.repositories.graph import GraphRepository


# async on purpose: FastAPI runs a plain `def` dependency in its thread pool, a hop per request
async def get_db(request: Request) -> Database:
    return request.app.state.db


async def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_graph(request: Request) -> GraphRepository:
    db: Database = request.app.state.db
    return GraphRepository(db.driver, db.queries, db.settings.neo4j_database, db.projection)


DatabaseDep = Annotated[Database, Depends(get_db)]
GraphDep = Annotated[GraphRepository, Depends(get_graph)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]

"""Liveness and readiness."""
from __future__ import annotations

import asyncio

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.api.deps import DatabaseDep

router = APIRouter(tags=["health"])
READY_TIMEOUT_S = 1.8


@router.get("/healthz")
async def healthz() -> dict:
    """The process is up."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(db: DatabaseDep) -> JSONResponse:
    """Neo4j answers a query (200), or why not (503) within 2 s."""
    async def check() -> None:
        await db.driver.execute_query(db.queries.health.ping.text, database_=db.settings.neo4j_database,
                                      routing_="r")
        await db.ensure_schema()

    try:
        await asyncio.wait_for(check(), timeout=READY_TIMEOUT_S)
    except asyncio.TimeoutError:
        return JSONResponse({"status": "unavailable", "reason": "Neo4j did not answer within 2 s"},
                            status_code=503)
    except Exception as exc:  # noqa: BLE001 - any failure is "not ready", with its reason
        reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        return JSONResponse({"status": "unavailable", "reason": reason[:300]}, status_code=503)
    return JSONResponse({"status": "ready", "database": db.settings.neo4j_database,
                         "projection": db.projection.status()})

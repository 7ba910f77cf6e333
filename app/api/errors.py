"""Domain errors and their HTTP answers: a clear JSON message, never a traceback or a 500."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from app.core.errors import BadRequest, DomainError, Forbidden, NotFound, Timeout  # noqa: F401 (re-exported)

log = logging.getLogger("entente.api")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def domain_error(_: Request, exc: DomainError) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

    @app.exception_handler(ServiceUnavailable)
    @app.exception_handler(SessionExpired)
    async def db_down(_: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": f"database unavailable: {exc}"}, status_code=503)

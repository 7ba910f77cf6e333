"""Domain errors and their HTTP answers: a clear JSON message, never a traceback or a 500."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from neo4j.exceptions import ServiceUnavailable, SessionExpired

log = logging.getLogger("entente.api")


class DomainError(Exception):
    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotFound(DomainError):
    status = 404


class BadRequest(DomainError):
    status = 400


class Forbidden(DomainError):
    status = 403


class Timeout(DomainError):
    status = 408


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def domain_error(_: Request, exc: DomainError) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

    @app.exception_handler(ServiceUnavailable)
    @app.exception_handler(SessionExpired)
    async def db_down(_: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": f"database unavailable: {exc}"}, status_code=503)

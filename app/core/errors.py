"""Domain errors shared by the API, the CLI and the repositories; each knows its HTTP status."""
from __future__ import annotations


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


class Unavailable(DomainError):
    status = 503


def first_line(exc: BaseException) -> str:
    """The first line of a (driver) error's message: its reason, without the detail that follows."""
    reason = (getattr(exc, "message", None) or str(exc) or type(exc).__name__).strip().splitlines()
    return reason[0] if reason else type(exc).__name__

"""Run one user Cypher statement: guarded read-only by default, with a timeout and a row cap.

Read mode is enforced twice: the statement runs in a READ transaction, and before it runs, in
that same transaction, Neo4j EXPLAINs it and `guard.refusal` judges the plan. Write mode (the
shell's `:mode write`, `entente query --write`) skips the guard and commits.
"""
from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import neo4j
from neo4j import AsyncDriver
from neo4j.exceptions import ClientError, DatabaseError, Neo4jError, TransientError

from app.core.errors import BadRequest, DomainError, Forbidden, Timeout
from app.query import guard
from app.query.values import GraphCollector
from cypher.registry import Namespace

MAX_QUERY_CHARS = 100_000
_FORBIDDEN_CODES = ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.",
                    "Neo.ClientError.Statement.UnsupportedAdministrationCommand",
                    "Neo.ClientError.Statement.NotSystemDatabaseError")


class QueryRejected(Forbidden):
    """The statement is not a read, or reaches outside the graph."""


class QueryInvalid(BadRequest):
    """Neo4j could not compile or run the statement (syntax, semantics, missing parameter...)."""


class QueryTimeout(Timeout):
    """The statement ran past its transaction timeout and was stopped."""


class QueryFailed(DomainError):
    status = 503  # the database failed or was busy; the request itself may be fine


@dataclass
class QueryResult:
    columns: list[str]
    records: list[neo4j.Record]
    truncated: bool
    elapsed_ms: float
    query_type: str | None = None
    counters: dict[str, int] = field(default_factory=dict)
    plan: Any = None
    graph: GraphCollector | None = None


def neo4j_error(exc: Neo4jError, explained: str | None = None) -> DomainError:
    """Neo4j's own message (with its line/column) as the matching domain error."""
    code = exc.code or ""
    message = exc.message or str(exc)
    if explained:
        message = guard.user_position(message, explained)
    if "TransactionTimedOut" in code or (code.endswith("Transaction.Terminated") and "timeout" in message.lower()):
        return QueryTimeout(f"stopped at the transaction timeout ({code}): {message}")
    if code.startswith(_FORBIDDEN_CODES):
        return QueryRejected(f"{message} ({code})")
    if isinstance(exc, ClientError):
        return QueryInvalid(f"{message} ({code})")
    if isinstance(exc, (TransientError, DatabaseError)):
        return QueryFailed(f"{message} ({code})")
    return QueryInvalid(f"{message} ({code})")


def check_input(query: Any, params: Any) -> tuple[str, dict]:
    if not isinstance(query, str) or not query.strip():
        raise BadRequest("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise BadRequest(f"the query is longer than {MAX_QUERY_CHARS} characters")
    if params is None:
        params = {}
    if not isinstance(params, dict) or not all(isinstance(k, str) and k for k in params):
        raise BadRequest("params must be an object of named values")
    text = query.strip()
    while text.endswith(";"):  # one statement; a trailing terminator is tolerated
        text = text[:-1].rstrip()
    return text, params


class CypherRunner:
    def __init__(self, driver: AsyncDriver, queries: Namespace, database: str, *,
                 timeout: float, row_cap: int):
        self.driver = driver
        self.q = queries.console
        self.database = database
        self.timeout = timeout
        self.row_cap = row_cap
        self._approved: OrderedDict[str, None] = OrderedDict()  # texts Neo4j planned as safe reads

    async def run(self, query: str, params: dict | None = None, *, limit: int | None = None,
                  write: bool = False, timeout: float | None = None, graph: bool = False) -> QueryResult:
        """Run one statement; raise QueryRejected/QueryInvalid/QueryTimeout/QueryFailed."""
        text, params = check_input(query, params)
        cap = min(limit or self.row_cap, self.row_cap)
        seconds = self.timeout if timeout is None else timeout
        began = time.perf_counter()
        work = self._execute(text, params, cap, write, seconds, graph)
        try:
            if seconds and seconds > 0:  # backstop, should the server not stop it in time
                result = await asyncio.wait_for(work, seconds + 2.0)
            else:
                result = await work
        except asyncio.TimeoutError:
            raise QueryTimeout(f"stopped at the {seconds:g} s query timeout") from None
        except Neo4jError as exc:
            error = neo4j_error(exc)
            if isinstance(error, QueryTimeout):
                error = QueryTimeout(f"stopped at the {seconds:g} s query timeout ({exc.code})")
            raise error from None
        result.elapsed_ms = (time.perf_counter() - began) * 1000
        return result

    async def _execute(self, text: str, params: dict, cap: int, write: bool, seconds: float,
                       graph: bool) -> QueryResult:
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        async with self.driver.session(database=self.database, default_access_mode=mode) as session:
            tx = await session.begin_transaction(timeout=seconds if seconds and seconds > 0 else None)
            try:
                query_type = None
                if not write:
                    query_type = await self._guard(tx, text, params)
                result = await tx.run(text, params)
                columns = list(result.keys())
                records = await result.fetch(cap + 1)
                truncated = len(records) > cap
                records = records[:cap]
                out = QueryResult(columns, records, truncated, 0.0, query_type)
                if not truncated:
                    summary = await result.consume()
                    out.query_type = summary.query_type
                    out.counters = {k: v for k, v in vars(summary.counters).items()
                                    if not k.startswith("_") and v}
                    out.plan = summary.profile or summary.plan
                if graph:
                    out.graph = await self._collect(tx, records)
                if write:
                    await tx.commit()
                return out
            finally:
                if not tx.closed():
                    try:
                        await tx.rollback()
                    except Neo4jError:
                        pass  # the transaction already failed; its error is the one to report

    async def _guard(self, tx: neo4j.AsyncTransaction, text: str, params: dict) -> str:
        if text in self._approved:
            self._approved.move_to_end(text)
            return guard.READ_ONLY
        explained = guard.explain_text(text)
        try:
            summary = await (await tx.run(explained, params)).consume()
        except Neo4jError as exc:
            raise neo4j_error(exc, explained) from None
        reason = guard.refusal(summary.query_type, summary.plan, self.database)
        if reason:
            raise QueryRejected(reason)
        self._approved[text] = None  # the verdict depends on the text alone
        if len(self._approved) > 512:
            self._approved.popitem(last=False)
        return summary.query_type

    async def _collect(self, tx: neo4j.AsyncTransaction, records: list[neo4j.Record]) -> GraphCollector:
        found = GraphCollector()
        for record in records:
            found.add(list(record.values()))
        missing = found.missing_ends()
        if missing:
            result = await tx.run(self.q.nodes_by_element_id.text, ids=missing)
            async for record in result:
                found.add(record["n"])
        return found

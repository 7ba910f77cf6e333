"""Run one user Cypher statement: guarded read-only by default, with a timeout and a row cap.

Read mode is enforced twice: before it runs, Neo4j EXPLAINs the statement and `guard.refusal`
judges the plan; then it runs in a READ-mode transaction, where Neo4j refuses any write. Write
mode (the shell's `:mode write`, `entente query --write`) skips the guard and commits.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import neo4j
from neo4j import Driver
from neo4j.exceptions import ClientError, DatabaseError, Neo4jError, TransientError

from app.core.errors import BadRequest, DomainError, Forbidden, Timeout, Unavailable
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


class QueryFailed(Unavailable):
    """The database failed or was busy; the request itself may be fine."""


@dataclass
class QueryResult:
    columns: list[str]
    records: list[neo4j.Record]
    truncated: bool
    elapsed_ms: float
    counters: dict[str, int] = field(default_factory=dict)
    plan: Any = None
    graph: GraphCollector | None = None

    @cached_property
    def rows(self) -> list[list]:
        """Each record's values, read once (a Record re-checks every value on each iteration)."""
        return [list(record) for record in self.records]


def neo4j_error(exc: Neo4jError, explained: str | None = None, seconds: float | None = None) -> DomainError:
    """Neo4j's own message (with its line/column) as the matching domain error."""
    code = exc.code or ""
    message = exc.message or str(exc)
    if explained:
        message = guard.user_position(message, explained)
    if "TransactionTimedOut" in code or (code.endswith("Transaction.Terminated") and "timeout" in message.lower()):
        limit = f"{seconds:g} s query" if seconds else "transaction"
        return QueryTimeout(f"stopped at the {limit} timeout ({code})")
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
    """Synchronous on purpose: the sync driver reads a 50-row result in under half the time the
    async one takes (which awaits every chunk), so the API calls this from its thread pool."""

    def __init__(self, driver: Driver, queries: Namespace, database: str, *, timeout: float, row_cap: int):
        self.driver = driver
        self.q = queries.console
        self.bump = queries.ingest.bump_graph_version.text
        self.database = database
        self.timeout = timeout
        self.row_cap = row_cap
        self._approved: OrderedDict[str, None] = OrderedDict()  # texts Neo4j planned as safe reads
        self._lock = threading.Lock()

    def run(self, query: str, params: dict | None = None, *, limit: int | None = None,
            write: bool = False, timeout: float | None = None, graph: bool = False) -> QueryResult:
        """Run one statement; raise QueryRejected/QueryInvalid/QueryTimeout/QueryFailed.
        The timeout is Neo4j's transaction timeout: the server stops the statement itself."""
        text, params = check_input(query, params)
        cap = min(limit or self.row_cap, self.row_cap)
        seconds = self.timeout if timeout is None else timeout
        began = time.perf_counter()
        try:
            result = self._execute(text, params, cap, write, seconds, graph)
        except Neo4jError as exc:
            raise neo4j_error(exc, seconds=seconds) from None
        result.elapsed_ms = (time.perf_counter() - began) * 1000
        return result

    def _execute(self, text: str, params: dict, cap: int, write: bool, seconds: float,
                 graph: bool) -> QueryResult:
        # auto-commit transactions: RUN and PULL go out together, one round trip for a read
        # (an explicit transaction adds BEGIN and a COMMIT or ROLLBACK), and CALL … IN
        # TRANSACTIONS works in write mode; the access mode still makes every read a READ one
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        limit = seconds if seconds and seconds > 0 else None
        with self.driver.session(database=self.database, default_access_mode=mode) as session:
            if not write:
                self._guard(session, text, params)
            result = session.run(neo4j.Query(text, timeout=limit), params)
            columns = list(result.keys())
            records = result.fetch(cap + 1)
            truncated = len(records) > cap
            records = records[:cap]
            out = QueryResult(columns, records, truncated, 0.0)
            if not truncated or write:
                summary = result.consume()
                out.counters = {k: v for k, v in vars(summary.counters).items() if not k.startswith("_") and v}
                out.plan = summary.profile or summary.plan
                if write and summary.counters.contains_updates:
                    session.run(self.bump).consume()  # the API's projection must not serve the old graph
            if graph:
                out.graph = self._collect(session, out.rows, limit)
            return out

    def _guard(self, session: neo4j.Session, text: str, params: dict) -> None:
        """Raise QueryRejected unless Neo4j plans `text` as a safe read."""
        with self._lock:
            if text in self._approved:
                self._approved.move_to_end(text)
                return
        explained = guard.explain_text(text)
        try:
            summary = session.run(explained, params).consume()
        except Neo4jError as exc:
            raise neo4j_error(exc, explained) from None
        reason = guard.refusal(summary.query_type, summary.plan, self.database)
        if reason:
            raise QueryRejected(reason)
        with self._lock:
            self._approved[text] = None  # the verdict depends on the text alone
            if len(self._approved) > 512:
                self._approved.popitem(last=False)

    def _collect(self, session: neo4j.Session, rows: list[list], limit: float | None) -> GraphCollector:
        found = GraphCollector()
        for row in rows:
            found.add(row)
        missing = found.missing_ends()
        if missing:
            for record in session.run(neo4j.Query(self.q.nodes_by_element_id.text, timeout=limit), ids=missing):
                found.add(record["n"])
        return found

"""Read-only policy for user Cypher, decided from Neo4j's own EXPLAIN of the statement.

Nothing here parses Cypher for keywords: comments, case, unicode escapes and string tricks are
resolved by Neo4j's parser, and the plan it returns is judged. A statement is allowed only when
  * the query type is "r" (read only; "rw", "w" and "s" for schema/admin are refused),
  * no plan operator reads files or URLs, runs inner transactions, or is an admin/SHOW command,
  * every procedure it calls is on the allow-list of read-only `db.*` introspection and search.
The caller still runs the statement in a READ transaction, so Neo4j enforces it a second time.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

READ_ONLY = "r"
QUERY_TYPES = {"r": "read", "rw": "read/write", "w": "write", "s": "schema or administration"}

ALLOWED_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.info", "db.ping",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
    "db.index.fulltext.listAvailableAnalyzers",
    "db.index.vector.queryNodes", "db.index.vector.queryRelationships",
})
# operators that are "read" by query type but reach outside the graph or administer the server
DENIED_OPERATORS = {
    "LoadCSV": "LOAD CSV reads files and URLs",
    "TransactionForeach": "CALL … IN TRANSACTIONS commits on its own",
    "TransactionApply": "CALL … IN TRANSACTIONS commits on its own",
    "AdministrationCommand": "administration commands are not allowed",
}
DENIED_PREFIXES = {
    "Show": "SHOW commands are administration, not graph reads",
    "Terminate": "TERMINATE commands are administration",
    "Create": "writes are not allowed", "Drop": "schema changes are not allowed",
}
_LEADING = re.compile(r"\A(?:\s+|//[^\n]*(?:\n|\Z)|/\*.*?\*/)*(EXPLAIN|PROFILE)\b", re.I | re.S)


PREFIX = "EXPLAIN\n"  # on a line of its own, so Neo4j's columns in error messages stay the user's
_POSITION = re.compile(r"\(line (\d+), column (\d+) \(offset: (\d+)\)\)")


def explain_text(query: str) -> str:
    """The statement to EXPLAIN. A leading EXPLAIN or PROFILE of the user's own becomes EXPLAIN
    in place (both are seven letters, so positions do not move); otherwise PREFIX goes first."""
    found = _LEADING.match(query)
    if found:
        return query[:found.start(1)] + "EXPLAIN" + query[found.end(1):]
    return PREFIX + query


def user_position(message: str, explained: str) -> str:
    """Neo4j's "(line L, column C (offset: O))" in an error about `explained`, as in the user's text."""
    if not explained.startswith(PREFIX):
        return message

    def shift(m: re.Match) -> str:
        line, column, offset = (int(g) for g in m.groups())
        return f"(line {max(line - 1, 1)}, column {column} (offset: {max(offset - len(PREFIX), 0)}))"
    return _POSITION.sub(shift, message)


def leading_mode(query: str) -> str | None:
    """'EXPLAIN' or 'PROFILE' when the statement starts with one (after comments), else None."""
    found = _LEADING.match(query)
    return found.group(1).upper() if found else None


def _operators(plan: Any) -> Iterator[tuple[str, str, str]]:
    """(operator, database it runs on, details) for every operator of the plan tree."""
    if not plan:
        return
    if isinstance(plan, dict):
        name, args, children = plan.get("operatorType", ""), plan.get("args") or {}, plan.get("children") or []
    else:  # the driver's Plan object
        name, args, children = plan.operator_type, plan.arguments or {}, plan.children or []
    operator, _, target = name.partition("@")
    yield operator, target, str(args.get("Details") or "")
    for child in children:
        yield from _operators(child)


def refusal(query_type: str | None, plan: Any, database: str) -> str | None:
    """Why the explained statement may not run read-only on `database`, or None when it may."""
    if query_type != READ_ONLY:
        kind = QUERY_TYPES.get(query_type or "", query_type or "unknown")
        return f"only read queries are allowed; Neo4j plans this one as a {kind} query"
    for name, target, details in _operators(plan):
        if target and target != database:
            return f"queries may only read the {database} database, not {target}"
        if name in DENIED_OPERATORS:
            return DENIED_OPERATORS[name]
        for prefix, reason in DENIED_PREFIXES.items():
            if name.startswith(prefix):
                return reason
        if name == "ProcedureCall":
            procedure = details.split("(", 1)[0].strip()
            if procedure not in ALLOWED_PROCEDURES:
                return f"procedure {procedure or '?'} is not on the read-only allow-list"
    return None

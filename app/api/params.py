"""Query-parameter parsing shared by the graph routes: allow-lists, dates; errors are 400s."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import Depends, Query

from app.api.errors import BadRequest
from app.repositories.graph import ALL_KINDS, ALL_TYPES, GraphFilter

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def csv_list(values: list[str] | None) -> list[str]:
    """`?types=A,B&types=C` -> [A, B, C]."""
    return [v.strip() for raw in (values or []) for v in raw.split(",") if v.strip()]


def allowed(values: list[str] | None, allow: tuple[str, ...], what: str) -> tuple[str, ...]:
    items = csv_list(values)
    for item in items:
        if item not in allow:
            raise BadRequest(f"unknown {what} {item!r}; allowed: {', '.join(allow)}")
    return tuple(items) or allow


def iso_date(value: str | None, name: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, checked; compared as strings against stored dates."""
    if value is None or value == "":
        return None
    match = _DATE.match(value)
    try:
        if not match:
            raise ValueError
        date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))
    except ValueError:
        raise BadRequest(f"{name} must be a date like 2024, 2024-06 or 2024-06-15, not {value!r}") from None
    return value


async def graph_filter(  # async: a plain def dependency would cost a thread-pool hop per request
    types: Annotated[list[str] | None, Query(description="Relation types, comma-separated or repeated")] = None,
    kinds: Annotated[list[str] | None, Query(description="Entity kinds: State, Leader, Organization, Bloc")] = None,
    since: Annotated[str | None, Query(description="Only relations stated on or after this date")] = None,
    until: Annotated[str | None, Query(description="Only relations stated on or before this date")] = None,
    min_evidence: Annotated[int, Query(ge=1, le=10_000, description="Minimum number of evidence sentences")] = 1,
) -> GraphFilter:
    since_, until_ = iso_date(since, "since"), iso_date(until, "until")
    if since_ and until_ and since_ > until_:
        raise BadRequest("since is after until")
    return GraphFilter(types=allowed(types, ALL_TYPES, "relation type"),
                       kinds=allowed(kinds, ALL_KINDS, "entity kind"),
                       since=since_, until=until_, min_evidence=min_evidence)


FilterDep = Annotated[GraphFilter, Depends(graph_filter)]

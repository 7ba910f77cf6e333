"""`POST /api/cypher`: one read-only statement -> columns, rows and the graph found in them."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, Field

from app.api.deps import DatabaseDep

router = APIRouter(prefix="/api", tags=["cypher"])


class CypherRequest(BaseModel):
    query: Annotated[str, Field(min_length=1, max_length=100_000, description="One Cypher statement")]
    params: dict[str, Any] = Field(default_factory=dict, description="Values for $parameters")
    limit: Annotated[int | None, Field(ge=1, description="Row cap (at most the server's, 1,000 by default)")] = None


@router.post("/cypher")
async def cypher(body: CypherRequest, db: DatabaseDep) -> Response:
    """Run a read query. Writes, schema and admin commands, LOAD CSV and unlisted procedures are
    refused (403) after Neo4j's own EXPLAIN; it then runs in a READ transaction with a timeout
    (408) and a row cap (`truncated`). Syntax and other query errors are 400 with Neo4j's message.
    Statements run in ENTENTE_CYPHER_WORKERS worker processes; a request that waits longer than
    the query timeout for one gets 503."""
    return Response(await db.cypher.run(body.query, body.params, body.limit), media_type="application/json")

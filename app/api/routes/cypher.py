"""`POST /api/cypher`: one read-only statement -> columns, rows and the graph found in them."""
from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, Field

from app.api.deps import DatabaseDep
from app.query.values import to_json

router = APIRouter(prefix="/api", tags=["cypher"])


class CypherRequest(BaseModel):
    query: Annotated[str, Field(min_length=1, max_length=100_000, description="One Cypher statement")]
    params: dict[str, Any] = Field(default_factory=dict, description="Values for $parameters")
    limit: Annotated[int | None, Field(ge=1, description="Row cap (at most the server's, 1,000 by default)")] = None


@router.post("/cypher")
def cypher(body: CypherRequest, db: DatabaseDep) -> Response:  # sync: FastAPI runs it in its thread pool
    """Run a read query. Writes, schema and admin commands, LOAD CSV and unlisted procedures are
    refused (403) after Neo4j's own EXPLAIN; it then runs in a READ transaction with a timeout
    (408) and a row cap (`truncated`). Syntax and other query errors are 400 with Neo4j's message."""
    result = db.cypher.run(body.query, body.params, limit=body.limit, graph=True)
    return Response(orjson.dumps({
        "columns": result.columns,
        "rows": [[to_json(v) for v in record.values()] for record in result.records],
        "graph": result.graph.to_json() if result.graph else {"nodes": [], "relationships": []},
        "truncated": result.truncated,
        "elapsed_ms": round(result.elapsed_ms, 2),
    }), media_type="application/json")

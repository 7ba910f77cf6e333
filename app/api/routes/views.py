"""The explorer page an analyst opens at `/`; the URL holds the view's state."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from app import analytics
from app.api.deps import GraphDep, SettingsDep
from app.api.errors import DomainError
from app.api.params import csv_list, graph_filter
from app.api.routes.graph import LAYOUT_THRESHOLD
from app.views.render import explorer_page

router = APIRouter(tags=["views"])


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def explorer(graph: GraphDep, settings: SettingsDep,
                   center: Annotated[list[str] | None, Query()] = None, depth: int = 1,
                   types: Annotated[list[str] | None, Query()] = None,
                   kinds: Annotated[list[str] | None, Query()] = None,
                   since: str | None = None, until: str | None = None,
                   expand: Annotated[list[str] | None, Query()] = None) -> HTMLResponse:
    """The explorer, drawn with the subgraph its URL describes (or empty)."""
    state = {"center": csv_list(center), "depth": min(max(depth, 1), 3), "types": csv_list(types),
             "kinds": csv_list(kinds), "since": since or "", "until": until or "", "expand": csv_list(expand)}
    nodes: list[dict] = []
    edges: list[dict] = []
    truncated, message, code = False, None, 200
    if state["center"]:
        try:
            flt = await graph_filter(since=since, until=until)  # legend filters (types, kinds) hide client-side
            sub = await graph.subgraph(centers=state["center"], depth=state["depth"], flt=flt,
                                       node_cap=settings.entente_subgraph_node_cap,
                                       edge_cap=settings.entente_subgraph_node_cap * 6, expand=state["expand"])
            nodes, edges, truncated = sub.nodes, sub.edges, sub.truncated
            if len(nodes) > LAYOUT_THRESHOLD:
                analytics.place(nodes, edges)
        except DomainError as exc:
            message, code, state["center"] = exc.message, exc.status, []
    limits = {"timeout": f"{settings.entente_query_timeout:g}", "row_cap": settings.entente_cypher_row_cap}
    html = explorer_page(nodes, edges, state, truncated=truncated, message=message, limits=limits)
    return HTMLResponse(html, status_code=code)

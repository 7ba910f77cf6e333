"""Results as text: cypher-shell style values in aligned tables, or CSV, or JSON."""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Sequence

from neo4j.graph import Node, Path, Relationship
from tabulate import tabulate

from app.query.values import to_json

CELL_WIDTH = 80


def _props(entity: Node | Relationship) -> str:
    if not len(entity):
        return ""
    return " {" + ", ".join(f"{k}: {text(v, nested=True)}" for k, v in sorted(entity.items())) + "}"


def text(value: Any, nested: bool = False) -> str:
    """A value as cypher-shell prints it: (:Label {k: v}), [:TYPE {k: v}], paths, lists, maps."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, Node):
        return "(" + "".join(f":{label}" for label in sorted(value.labels)) + _props(value) + ")"
    if isinstance(value, Relationship):
        return f"[:{value.type}{_props(value)}]"
    if isinstance(value, Path):
        out = text(value.start_node)
        for rel, node in zip(value.relationships, value.nodes[1:]):
            forward = rel.start_node.element_id != node.element_id
            out += ("-" if forward else "<-") + text(rel) + ("->" if forward else "-") + text(node)
        return out
    if isinstance(value, list):  # not tuples: durations and points are tuples
        return "[" + ", ".join(text(v, True) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {text(v, True)}" for k, v in value.items()) + "}"
    plain = to_json(value)
    return plain if isinstance(plain, str) else json.dumps(plain)


def _cell(value: Any, width: int) -> str:
    shown = text(value).replace("\n", "\\n")
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], width: int = CELL_WIDTH) -> str:
    if not columns:
        return ""
    body = [[_cell(v, width) for v in row] for row in rows]
    return tabulate(body, headers=list(columns), tablefmt="psql", disable_numparse=True)


def as_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([v if isinstance(v, str) else ("" if v is None else text(v)) for v in row])
    return out.getvalue()


def as_json(columns: Sequence[str], rows: Sequence[Sequence[Any]], **extra: Any) -> str:
    body = {"columns": list(columns), "rows": [[to_json(v) for v in row] for row in rows], **extra}
    return json.dumps(body, ensure_ascii=False, indent=1)


def summary(rows: int, elapsed_ms: float, truncated: bool = False, counters: dict | None = None) -> str:
    parts = [f"{rows} row{'s' if rows != 1 else ''}" + (" (truncated at the row cap)" if truncated else "")]
    if counters:
        parts.append(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in sorted(counters.items())))
    parts.append(f"{elapsed_ms:.1f} ms")
    return " · ".join(parts)


def plan_tree(plan: Any, depth: int = 0) -> list[str]:
    """An EXPLAIN/PROFILE plan as indented operator lines."""
    if not plan:
        return []
    args = plan.get("args") or {}
    extra = [f"rows {args['Rows']}" if "Rows" in args else "", f"db hits {args['DbHits']}" if "DbHits" in args else "",
             f"est. {args['EstimatedRows']:.0f}" if isinstance(args.get("EstimatedRows"), (int, float)) else ""]
    detail = str(args.get("Details") or "")
    line = "  " * depth + plan.get("operatorType", "?").split("@")[0]
    line += (f"  {detail}" if detail else "") + ("  (" + ", ".join(e for e in extra if e) + ")" if any(extra) else "")
    out = [line]
    for child in plan.get("children") or []:
        out.extend(plan_tree(child, depth + 1))
    return out

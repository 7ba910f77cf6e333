"""A read-only registry of the named queries in this folder (after aiosql's file-per-query idea).

Each `.cypher` file is one query: its stem is the name, its folder the namespace, its first
`//` comment line the description. A file may hold several statements separated by `;` lines
(used by the idempotent schema files). Load once at start-up: `queries = load()`, then
`queries.graph.subgraph.text`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Collection, Mapping

ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    text: str

    def bind(self, placeholder: str, value: str, allowed: "Collection[str]") -> str:
        """The text with an identifier (a label or relationship type) filled in from an allow-list.
        Identifiers cannot be $parameters in a pattern that the planner should use, so they are
        substituted here, and only ever with a value the caller's allow-list contains."""
        return bind_identifier(self.text, placeholder, value, allowed)

    @property
    def statements(self) -> list[str]:
        """The statements of the file, split on `;` at line ends (schema files hold several)."""
        parts = [p.strip() for p in self.text.split(";\n")]
        return [p.rstrip(";").strip() for p in parts if p.rstrip(";").strip()]


def bind_identifier(text: str, placeholder: str, value: str, allowed: Collection[str]) -> str:
    if value not in allowed:
        raise ValueError(f"{value!r} is not an allowed value for {placeholder}")
    if placeholder not in text:
        raise ValueError(f"the query has no placeholder {placeholder}")
    return text.replace(placeholder, value)


class Namespace:
    """Attribute and item access to queries and sub-namespaces; immutable once built."""

    def __init__(self, name: str, entries: Mapping[str, "Query | Namespace"]):
        self._name = name
        self._entries = MappingProxyType(dict(entries))

    def __getattr__(self, key: str) -> "Query | Namespace":
        try:
            return self._entries[key]
        except KeyError:
            raise AttributeError(f"no query or namespace {key!r} in {self._name or 'cypher'}") from None

    def __getitem__(self, key: str) -> "Query | Namespace":
        return self.__getattr__(key)

    def __iter__(self):
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def all(self) -> dict[str, Query]:
        """Every query below this namespace, keyed by dotted name."""
        out: dict[str, Query] = {}
        for key, entry in self._entries.items():
            if isinstance(entry, Namespace):
                out.update({f"{key}.{k}": q for k, q in entry.all().items()})
            else:
                out[key] = entry
        return out


def parse(name: str, source: str) -> Query:
    lines = source.strip().splitlines()
    comments = []
    while lines and lines[0].lstrip().startswith("//"):
        comments.append(lines.pop(0).lstrip()[2:].strip())
    text = "\n".join(lines).strip()
    if not comments or not comments[0]:
        raise ValueError(f"query {name!r} has no description comment on its first line")
    if not text:
        raise ValueError(f"query {name!r} is empty")
    return Query(name=name, description=comments[0], text=text)


def load_dir(root: Path, prefix: str = "") -> Namespace:
    entries: dict[str, Query | Namespace] = {}
    for path in sorted(root.iterdir()):
        if path.is_dir() and not path.name.startswith(("_", ".")):
            entries[path.name] = load_dir(path, f"{prefix}{path.name}.")
        elif path.suffix == ".cypher":
            entries[path.stem] = parse(prefix + path.stem, path.read_text(encoding="utf-8"))
    return Namespace(prefix.rstrip("."), entries)


@lru_cache(maxsize=1)
def load() -> Namespace:
    """The project's queries, read from disk once per process."""
    return load_dir(ROOT)

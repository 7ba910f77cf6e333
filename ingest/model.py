"""Plain data passed between the ingest stages; JSON-friendly, no database, no HTTP."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("State", "Leader", "Organization", "Bloc")


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    url: str | None
    date: date | None
    text: str          # cleaned text: evidence offsets point into it
    source: str        # the path (or "-") it was read from
    sha: str           # of the cleaned text: an edited article has a new sha


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    props: tuple[tuple[str, str], ...] = ()

    def as_node(self) -> dict:
        return {"id": self.id, "label": self.kind, "name": self.name, "aliases": list(self.aliases),
                **dict(self.props)}


@dataclass(frozen=True)
class Evidence:
    article_id: str
    sentence: str
    start: int            # sentence span in the cleaned article text
    end: int
    span_start: int       # the matched words, also in article offsets
    span_end: int
    rule: str
    date: str | None      # ISO date the sentence gives, else the article's date
    detail: str | None = None  # e.g. the resolution a veto concerns

    def key(self) -> tuple:
        return (self.article_id, self.start, self.end)


@dataclass
class Relation:
    source: str
    target: str
    type: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.type}|{self.source}|{self.target}"


@dataclass(frozen=True)
class Claim:
    """A statement the text makes without asserting it (negated or hedged): kept, never an edge."""
    source: str
    target: str
    type: str
    modality: str         # "negated" | "hedged"
    evidence: Evidence

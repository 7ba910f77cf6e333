"""What the shell reads about the live database: names for completion, and `:schema`."""
from __future__ import annotations

from neo4j import Driver

from app.shell.completion import Vocabulary
from cypher.registry import Namespace


def _quoted(name: str) -> str:
    """A label or type as a Cypher identifier, whatever characters it holds."""
    return "`" + name.replace("`", "``") + "`"


class Catalog:
    def __init__(self, driver: Driver, queries: Namespace, database: str):
        self.driver = driver
        self.q = queries.console
        self.counts = queries.graph  # count_kind / count_type, bound to names the database listed
        self.database = database

    def _column(self, text: str, column: str) -> list[str]:
        result = self.driver.execute_query(text, database_=self.database, routing_="r")
        return [record[column] for record in result.records]

    def vocabulary(self) -> Vocabulary:
        return Vocabulary(labels=self._column(self.q.labels.text, "label"),
                          types=self._column(self.q.relationship_types.text, "type"),
                          keys=self._column(self.q.property_keys.text, "key"))

    def _count(self, query, placeholder: str, name: str, allowed: list[str]) -> int:
        text = query.bind(placeholder, _quoted(name), [_quoted(a) for a in allowed])
        return (self._column(text, "n"))[0]

    def schema(self) -> list[tuple[str, list[str], list[list]]]:
        """Sections of (title, columns, rows): labels and types with counts, constraints, indexes."""
        vocab = self.vocabulary()
        labels = [[label, self._count(self.counts.count_kind, "KIND", label, vocab.labels)]
                  for label in vocab.labels]
        types = [[kind, self._count(self.counts.count_type, "REL_TYPE", kind, vocab.types)]
                 for kind in vocab.types]
        sections = [("Labels", ["label", "nodes"], labels), ("Relationship types", ["type", "relationships"], types)]
        for title, query in (("Constraints", self.q.constraints), ("Indexes", self.q.indexes)):
            result = self.driver.execute_query(query.text, database_=self.database, routing_="r")
            sections.append((title, list(result.keys), [list(r.values()) for r in result.records]))
        return sections

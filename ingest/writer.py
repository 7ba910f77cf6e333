"""Load extracted articles into Neo4j: batched UNWIND writes, one transaction per batch of
articles, so a failure never leaves half an article. Unchanged articles are skipped; an edited
article's earlier claims are replaced."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Iterable

from neo4j import Driver, ManagedTransaction

from cypher.registry import Namespace, bind_identifier
from cypher.registry import load as load_queries
from ingest.model import KINDS, Entity
from ingest.pipeline import ArticleResult
from ingest.vocabulary import TYPES


@dataclass
class WriteStats:
    articles: int = 0
    skipped: int = 0
    entities: int = 0
    relationships: int = 0
    evidence: int = 0

    def add(self, other: WriteStats) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def _entity_row(entity: Entity) -> dict:
    if entity.kind not in KINDS:
        raise ValueError(f"unknown entity kind {entity.kind!r}")
    return {"id": entity.id, "label": entity.kind, "name": entity.name, "aliases": list(entity.aliases),
            "aliasText": " ".join([*entity.aliases, *(v for k, v in entity.props if k in ("capital", "demonym"))]),
            "props": dict(entity.props)}


# An article's evidence as parallel arrays on its node, one element per relation mention: written
# once with the article (no node or index entry per sentence), read back by position.
CLAIM_FIELDS = ("claimKeys", "claimSentences", "claimStarts", "claimEnds", "claimSpanStarts", "claimSpanEnds",
                "claimRules", "claimDates", "claimDetails")


def _article_row(result: ArticleResult) -> dict:
    doc = result.document
    mentions = [(rel.key, ev.sentence, ev.start, ev.end, ev.span_start, ev.span_end, ev.rule,
                 ev.date or "", ev.detail or "")  # Neo4j arrays hold no nulls: "" stands for none
                for rel in result.relations for ev in rel.evidence]
    columns = zip(*mentions) if mentions else [()] * len(CLAIM_FIELDS)
    return {"id": doc.id, "title": doc.title, "url": doc.url, "sha": doc.sha,
            "date": doc.date.isoformat() if doc.date else None, "source": doc.source,
            "length": len(doc.text), "claims": {name: list(values) for name, values in zip(CLAIM_FIELDS, columns)}}


def rows_for(results: Iterable[ArticleResult]) -> dict[str, list[dict]]:
    """The parameter rows of one batch (plain dicts, ready for UNWIND)."""
    entities: dict[str, dict] = {}
    relationships: dict[str, dict] = {}  # one row per relationship key: MERGE each once per batch
    articles = []
    for result in results:
        articles.append(_article_row(result))
        for entity_id, entity in result.entities.items():
            if entity_id not in entities:
                entities[entity_id] = _entity_row(entity)
        for rel in result.relations:
            row = relationships.get(rel.key)
            if row is None:
                row = relationships[rel.key] = {"source": rel.source, "target": rel.target, "type": rel.type,
                                                "count": 0, "firstDate": None, "lastDate": None, "articles": []}
            row["count"] += len(rel.evidence)
            for ev in rel.evidence:
                if ev.date and (row["firstDate"] is None or ev.date < row["firstDate"]):
                    row["firstDate"] = ev.date
                if ev.date and (row["lastDate"] is None or ev.date > row["lastDate"]):
                    row["lastDate"] = ev.date
            if not row["articles"] or row["articles"][-1] != result.document.id:
                row["articles"].append(result.document.id)
    return {"entities": list(entities.values()), "articles": articles,
            "relationships": list(relationships.values())}


def relationship_query(template: str, type_name: str) -> str:
    """The merge query for one relation type. A literal type lets Neo4j plan the MERGE on it
    (a `$(row.type)` dynamic type measured ~15x slower); the name comes only from the vocabulary."""
    return bind_identifier(template, "REL_TYPE", type_name, TYPES)


def in_write_order(rows: list[dict]) -> list[dict]:
    """Relationship rows sorted by source then target: consecutive MERGEs then touch the same
    node's relationships, measured 20-25% faster than arrival order on a 200,000-row load."""
    return sorted(rows, key=lambda row: (row["source"], row["target"]))


@dataclass(frozen=True)
class PreparedBatch:
    results: list[ArticleResult]
    rows: dict[str, list[dict]]


class StoreFormatError(RuntimeError):
    """The database was written by an earlier Entente with another evidence layout."""


class GraphWriter:
    def __init__(self, driver: Driver, database: str, queries: Namespace | None = None):
        self.driver = driver
        self.database = database
        self.q = (queries or load_queries()).ingest
        self._vocabulary_written = False

    def write(self, results: list[ArticleResult]) -> WriteStats:
        """Write one batch in one transaction; returns what was written."""
        return self.commit(self.prepare(results))

    @staticmethod
    def prepare(results: list[ArticleResult]) -> PreparedBatch:
        """The batch's parameter rows, built without the database (so they can be built while
        the previous batch commits)."""
        results = list({r.document.id: r for r in results}.values())  # the same article twice: keep the last
        return PreparedBatch(results, rows_for(results))

    def commit(self, batch: PreparedBatch) -> WriteStats:
        """Write a prepared batch in one transaction."""
        if not self._vocabulary_written and self.driver.execute_query(
                self.q.legacy_evidence.text, database_=self.database, routing_="r").records[0]["legacy"]:
            raise StoreFormatError("this database keeps evidence as (:Evidence) nodes, an earlier Entente's layout: "
                                   "ingest into a fresh one (stop it and remove ENTENTE_HOME, or set NEO4J_URI)")
        with self.driver.session(database=self.database) as session:
            stats = session.execute_write(self._tx, batch)
        self._vocabulary_written = True  # only once a transaction that wrote it has committed
        return stats

    def _tx(self, tx: ManagedTransaction, batch: PreparedBatch) -> WriteStats:
        if not self._vocabulary_written:
            tx.run(self.q.merge_relation_types.text, rows=[asdict(t) for t in TYPES.values()]).consume()
        ids = [r.document.id for r in batch.results]
        stored = {rec["id"]: rec["sha"] for rec in tx.run(self.q.article_shas.text, ids=ids)}
        fresh = [r for r in batch.results if stored.get(r.document.id) != r.document.sha]
        stats = WriteStats(skipped=len(batch.results) - len(fresh))
        edited = [r.document.id for r in fresh if r.document.id in stored]
        if edited:
            tx.run(self.q.remove_article_claims.text, ids=edited).consume()
        rows = batch.rows if len(fresh) == len(batch.results) else rows_for(fresh)  # some unchanged: rebuild
        for name, query in (("entities", self.q.merge_entities), ("articles", self.q.merge_articles)):
            if rows[name]:
                tx.run(query.text, rows=rows[name]).consume()
        by_type: dict[str, list[dict]] = {}
        for row in rows["relationships"]:
            by_type.setdefault(row["type"], []).append(row)
        for type_name, type_rows in by_type.items():
            tx.run(relationship_query(self.q.merge_relationships.text, type_name),
                   rows=in_write_order(type_rows)).consume()
        if fresh or edited:
            tx.run(self.q.bump_graph_version.text).consume()
        stats.articles = len(fresh)
        stats.entities = len(rows["entities"])
        stats.relationships = len(rows["relationships"])
        stats.evidence = sum(len(row["claims"]["claimKeys"]) for row in rows["articles"])
        return stats

    def counts(self) -> dict:
        records = self.driver.execute_query(self.q.counts.text, database_=self.database, routing_="r").records
        return dict(records[0])

"""Storage in the real Neo4j: idempotent re-ingest, edits replace claims, all-or-nothing batches."""
from dataclasses import replace
from datetime import date
import hashlib

import pytest
from neo4j.exceptions import Neo4jError

from ingest.model import Document
from ingest.pipeline import extract_document
from ingest.writer import GraphWriter

TEXT_V1 = "Germany delivered tanks to Ukraine on Monday. Japan joined NATO exercises."
TEXT_V2 = "Poland delivered tanks to Ukraine on Monday. Kenya sent troops to Haiti."


def doc(text: str, article_id: str = "https://news.example/1") -> Document:
    return Document(article_id, "t", article_id, date(2024, 6, 15), text, "-",
                    hashlib.sha256(text.encode()).hexdigest())


def snapshot(driver):
    rels = driver.execute_query(
        "MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS props "
        "ORDER BY s, type, t").records
    ev = driver.execute_query("MATCH (a:Article) UNWIND range(0, size(a.claimKeys) - 1) AS i "
                              "RETURN a.id AS a, a.claimKeys[i] AS key, a.claimSentences[i] AS sentence, "
                              "a.claimStarts[i] AS start ORDER BY a, start, key").records
    return [dict(r) for r in rels], [dict(r) for r in ev]


@pytest.fixture()
def writer(clean_db, settings, client):  # the client applies the schema
    return GraphWriter(clean_db, settings.neo4j_database)


def test_relation_with_evidence_is_stored_and_reingest_changes_nothing(writer, clean_db):
    stats = writer.write([extract_document(doc(TEXT_V1))])
    assert stats.articles == 1 and stats.relationships >= 1
    first = snapshot(clean_db)
    rel = next(r for r in first[0] if r["type"] == "SUPPLIES_ARMS")
    assert (rel["s"], rel["t"], rel["props"]["count"]) == ("state:DEU", "state:UKR", 1)
    codes = clean_db.execute_query("MATCH (t:RelationType {name: 'SUPPLIES_ARMS'}) RETURN t.cameo AS cameo, "
                                   "t.plover AS plover").records[0]
    assert (codes["cameo"], codes["plover"]) == ("072", "AID")
    assert first[1][0]["sentence"] == "Germany delivered tanks to Ukraine on Monday."
    again = writer.write([extract_document(doc(TEXT_V1))])
    assert again.skipped == 1 and again.articles == 0
    assert snapshot(clean_db) == first


def test_same_relation_from_two_articles_is_one_relationship_with_both_evidence(writer, clean_db):
    writer.write([extract_document(doc(TEXT_V1, "a1")), extract_document(doc(TEXT_V1, "a2"))])
    records = clean_db.execute_query(
        "MATCH (:State {id:'state:DEU'})-[r:SUPPLIES_ARMS]->(:State {id:'state:UKR'}) "
        "RETURN count(r) AS rels, r.count AS count, r.articles AS articles").records
    assert (records[0]["rels"], records[0]["count"], sorted(records[0]["articles"])) == (1, 2, ["a1", "a2"])
    sentences = [e["sentence"] for e in snapshot(clean_db)[1] if e["key"] == "SUPPLIES_ARMS|state:DEU|state:UKR"]
    assert sentences == ["Germany delivered tanks to Ukraine on Monday."] * 2


def test_edited_article_replaces_its_earlier_claims(writer, clean_db):
    writer.write([extract_document(doc(TEXT_V1))])
    writer.write([extract_document(doc(TEXT_V2))])
    rels, evidence = snapshot(clean_db)
    pairs = {(r["s"], r["type"], r["t"]) for r in rels}
    assert ("state:DEU", "SUPPLIES_ARMS", "state:UKR") not in pairs
    assert {("state:POL", "SUPPLIES_ARMS", "state:UKR"), ("state:KEN", "DEPLOYS_TROOPS", "state:HTI")} <= pairs
    assert all("Germany" not in e["sentence"] for e in evidence)


def test_a_failing_batch_leaves_nothing_behind(writer, clean_db):
    good = extract_document(doc(TEXT_V1, "good"))
    bad = extract_document(doc(TEXT_V2, "bad"))
    relation = bad.relations[0]
    relation.evidence[0] = replace(relation.evidence[0], detail={"not": "a property value"})
    with pytest.raises((Neo4jError, TypeError, ValueError)):
        writer.write([good, bad])
    assert snapshot(clean_db) == ([], [])
    assert writer.counts()["articles"] == 0


def test_relationship_types_come_only_from_the_vocabulary():
    from cypher.registry import load
    from ingest.writer import relationship_query
    template = load().ingest.merge_relationships.text
    assert "[r:SANCTIONS]" in relationship_query(template, "SANCTIONS")
    with pytest.raises(ValueError):
        relationship_query(template, "X]->() DETACH DELETE s //")


def test_editing_one_of_two_articles_recounts_and_redates_the_relationship(writer, clean_db):
    older = replace(doc(TEXT_V1, "old"), date=date(2023, 3, 1))
    newer = doc(TEXT_V1, "new")  # 2024-06-15
    writer.write([extract_document(older), extract_document(newer)])
    key = "MATCH (:State {id:'state:DEU'})-[r:SUPPLIES_ARMS]->(:State {id:'state:UKR'}) "
    before = clean_db.execute_query(key + "RETURN r.count AS n, r.firstDate AS first, r.lastDate AS last").records[0]
    assert before["n"] == 2 and before["first"] < "2023-12-31" < before["last"]
    writer.write([extract_document(doc(TEXT_V2, "new"))])  # the newer article no longer says it
    after = clean_db.execute_query(key + "RETURN r.count AS n, r.firstDate AS first, r.lastDate AS last, "
                                         "r.articles AS articles").records[0]
    assert (after["n"], after["articles"]) == (1, ["old"])
    assert after["first"] == after["last"] == before["first"]
    assert writer.counts()["evidence"] == sum(1 for _ in snapshot(clean_db)[1])


def test_background_batches_commit_in_order_and_a_failed_one_stops_the_run(writer, clean_db):
    from ingest.run import write_batches
    first = [extract_document(doc(TEXT_V1, "b1"))]
    second = [extract_document(doc(TEXT_V2, "b2"))]
    bad = extract_document(doc(TEXT_V2, "b3"))
    bad.relations[0].evidence[0] = replace(bad.relations[0].evidence[0], detail={"not": "a property value"})
    after = [extract_document(doc(TEXT_V1, "b4"))]
    stats = write_batches(writer, iter([first, second]))
    expected = sum(len(rel.evidence) for r in first + second for rel in r.relations)
    assert (stats.articles, stats.evidence) == (2, expected) and expected > 0
    assert writer.write(second).skipped == 1  # committed: the same article again is unchanged
    with pytest.raises((Neo4jError, TypeError, ValueError)):
        write_batches(writer, iter([[extract_document(doc(TEXT_V1, "b0"))], [bad], after]))
    stored = {r["id"] for r in clean_db.execute_query("MATCH (a:Article) RETURN a.id AS id").records}
    assert stored == {"b0", "b1", "b2"}  # the batch before the failure is in; the failed one and the next are not

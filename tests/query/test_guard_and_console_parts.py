"""The pure parts of the Cypher console: plan verdicts, error positions, statement splitting,
completion. (Neo4j's own answers are tested against the real server in tests/app.)"""
from __future__ import annotations

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from app.query import guard
from app.shell.completion import CypherCompleter, Vocabulary
from app.shell.statements import is_complete, split


def plan(*ops, details=""):
    """A plan whose operators are nested in order, as the driver returns it."""
    node = None
    for op in reversed(ops):
        node = {"operatorType": op, "args": {"Details": details}, "children": [node] if node else []}
    return node


def test_only_read_plans_on_the_session_database_pass():
    assert guard.refusal("r", plan("ProduceResults@neo4j", "AllNodesScan@neo4j"), "neo4j") is None
    for query_type in ("rw", "w", "s", None):
        assert "only read queries" in guard.refusal(query_type, plan("Create@neo4j"), "neo4j")
    assert "only read the neo4j database, not other" in guard.refusal("r", plan("ProduceResults@other"), "neo4j")
    assert "LOAD CSV" in guard.refusal("r", plan("ProduceResults@neo4j", "LoadCSV@neo4j"), "neo4j")
    assert "SHOW" in guard.refusal("r", plan("ShowIndexes@neo4j"), "neo4j")
    assert "TERMINATE" in guard.refusal("r", plan("TerminateTransactions@neo4j"), "neo4j")


@pytest.mark.parametrize("details,allowed", [
    ("db.labels() :: (label :: STRING)", True),
    ("db.index.fulltext.queryNodes($a, $b) :: (node :: NODE, score :: FLOAT)", True),
    ("db.stats.clear($a) :: (section :: STRING)", False),
    ("apoc.load.json($url) :: (value :: MAP)", False),
    ("", False),
])
def test_procedures_must_be_on_the_allow_list(details, allowed):
    verdict = guard.refusal("r", plan("ProduceResults@neo4j", "ProcedureCall@neo4j", details=details), "neo4j")
    assert (verdict is None) == allowed


def test_explain_text_keeps_the_users_positions():
    assert guard.explain_text("MATCH (n) RETURN n") == "EXPLAIN\nMATCH (n) RETURN n"
    assert guard.explain_text("/* c */ profile MATCH (n) RETURN n") == "/* c */ EXPLAIN MATCH (n) RETURN n"
    assert guard.leading_mode("// x\nExplain MATCH (n) RETURN n") == "EXPLAIN"
    assert guard.leading_mode("MATCH (explain) RETURN explain") is None
    message = "Variable `m` not defined (line 3, column 8 (offset: 25))"
    assert guard.user_position(message, "EXPLAIN\nMATCH (n)\nRETURN m") == \
        "Variable `m` not defined (line 2, column 8 (offset: 17))"
    assert guard.user_position(message, "EXPLAIN MATCH (n)\n\nRETURN m") == message


def test_split_respects_strings_names_and_comments():
    items, rest = split("RETURN 'a;b' AS `x;y`; // c;\n:param a => 1\n/* ; */ MATCH (n) RETURN n;\nRETURN \"q\\\";\" AS s;")
    assert [(i.kind, i.text) for i in items] == [
        ("statement", "RETURN 'a;b' AS `x;y`"), ("command", ":param a => 1"),
        ("statement", "MATCH (n) RETURN n"), ("statement", 'RETURN "q\\";" AS s')]
    assert rest == ""
    items, rest = split("MATCH (n)\nRETURN n")
    assert items == [] and rest == "MATCH (n)\nRETURN n"


@pytest.mark.parametrize("text,complete", [
    ("MATCH (n) RETURN n;", True), ("MATCH (n)\nRETURN n", False), ("RETURN 'x;'", False),
    (":schema", True), ("", True), ("RETURN 1; RETURN", False), ("RETURN 1; // trailing", True),
])
def test_enter_submits_only_complete_input(text, complete):
    assert is_complete(text) is complete


def completions(text, params=()):
    vocab = Vocabulary(labels=["State", "Leader", "Odd label"], types=["SANCTIONS", "SUPPORTS"], keys=["name", "id"])
    completer = CypherCompleter(lambda: vocab, lambda: params)
    return [c.text for c in completer.get_completions(Document(text), CompleteEvent(completion_requested=True))]


def test_completion_by_context():
    assert completions("MATCH (n:St") == ["State"]
    assert completions("MATCH (n:O") == ["`Odd label`"]
    assert completions("MATCH ()-[r:SU") == ["SUPPORTS"]
    assert completions("MATCH (n)-[:SA") == ["SANCTIONS"]
    assert completions("RETURN n.na") == ["name"]
    assert completions("RETURN $wh", params=["who", "x"]) == ["who"]
    assert "MATCH" in completions("mat") and "OPTIONAL MATCH" in completions("opt")
    assert completions(":sch") == [":schema"]
    assert completions("RETURN {name: 1}") == []

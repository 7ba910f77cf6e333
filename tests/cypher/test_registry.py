from pathlib import Path

import pytest

from cypher.registry import Namespace, load, load_dir, parse


def test_every_query_file_loads_with_a_description():
    queries = load().all()
    assert "health.ping" in queries
    assert all(q.description and q.text for q in queries.values())


def test_folders_are_namespaces_and_registry_is_read_only():
    queries = load()
    assert isinstance(queries.schema, Namespace)
    assert queries.health.ping.text.startswith("RETURN 1")
    with pytest.raises(AttributeError, match="no query or namespace 'nope'"):
        queries.health.nope
    with pytest.raises(TypeError):
        queries._entries["x"] = None  # the mapping is a read-only proxy


def test_schema_statements_are_split_and_idempotent():
    for query in load().schema.all().values():
        assert len(query.statements) >= 1
        for statement in query.statements:
            assert "IF NOT EXISTS" in statement, statement


def test_a_file_without_description_is_refused(tmp_path: Path):
    (tmp_path / "bad.cypher").write_text("MATCH (n) RETURN n\n")
    with pytest.raises(ValueError, match="no description"):
        load_dir(tmp_path)
    with pytest.raises(ValueError, match="empty"):
        parse("empty", "// something\n")

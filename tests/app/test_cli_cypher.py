"""`entente query` and `entente shell` reading a script, as a user runs them."""
from __future__ import annotations

import concurrent.futures
import csv
import io
import json
import subprocess

import pytest

from tests.app.seed import seed
from tests.conftest import entente_bin
from tests.query.attacks import ATTACKS
from tests.query.fingerprint import fingerprint


def run(args, env, stdin=None):
    return subprocess.run([entente_bin(), *args], env=env, input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def seeded(settings, driver):
    from fastapi.testclient import TestClient
    from app.main import create_app
    with TestClient(create_app(settings)):  # applies the schema
        seed(driver, settings.neo4j_database)
    return driver


def test_query_table_json_csv_and_typed_params(seeded, env_for_cli):
    statement = "MATCH (n:State) WHERE n.id IN $ids RETURN n.name AS name, $n + 1 AS next ORDER BY name"
    args = ["query", statement, "-p", 'ids=["state:DEU", "state:POL"]', "-p", "n=41"]
    table = run(args, env_for_cli)
    assert table.returncode == 0, table.stderr
    assert "| name" in table.stdout and '"Germany"' in table.stdout and "| 42" in table.stdout
    assert "2 rows" in table.stderr
    body = json.loads(run([*args, "--format", "json"], env_for_cli).stdout)
    assert body["columns"] == ["name", "next"] and body["rows"] == [["Germany", 42], ["Poland", 42]]
    rows = list(csv.reader(io.StringIO(run([*args, "--format", "csv"], env_for_cli).stdout)))
    assert rows == [["name", "next"], ["Germany", "42"], ["Poland", "42"]]
    text = run(["query", "RETURN $s AS s", "-p", "s=plain words"], env_for_cli)
    assert '"plain words"' in text.stdout


def test_query_is_read_only_unless_write_is_given(seeded, env_for_cli, settings):
    refused = run(["query", "CREATE (:CliProbe) RETURN 1 AS one"], env_for_cli)
    assert refused.returncode == 1 and "only read queries" in refused.stderr
    made = run(["query", "CREATE (p:CliProbe) RETURN 1 AS one", "--write"], env_for_cli)
    assert made.returncode == 0 and "nodes created: 1" in made.stderr
    count = run(["query", "MATCH (p:CliProbe) RETURN count(p) AS c", "--format", "json"], env_for_cli)
    assert json.loads(count.stdout)["rows"] == [[1]]
    assert run(["query", "MATCH (p:CliProbe) DELETE p", "--write"], env_for_cli).returncode == 0


def test_every_write_and_admin_attempt_is_refused_by_query(seeded, env_for_cli, settings):
    before = fingerprint(seeded, settings.neo4j_database)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        done = list(pool.map(lambda a: (a, run(["query", a[0]], env_for_cli)), ATTACKS))
    for (statement, why, _), result in done:
        assert result.returncode == 1, (why, statement, result.stdout)
        assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr, result.stderr
        assert result.stdout == ""
    assert fingerprint(seeded, settings.neo4j_database) == before


@pytest.mark.parametrize("args,needle", [
    (["query", "RETURN 1", "-p", "novalue"], "is not name=value"),
    (["query", "RETURN 1", "--format", "xml"], "Invalid value for '--format'"),
    (["query", "RETURN 1", "--limit", "0"], "Invalid value for '--limit'"),
])
def test_query_usage_errors(env_for_cli, args, needle):
    result = run(args, env_for_cli)
    assert result.returncode == 2 and needle in result.stderr and "Traceback" not in result.stderr


def test_query_says_in_one_line_when_neo4j_is_unreachable(env_for_cli, tmp_path):
    from tests.conftest import free_port
    env = {**env_for_cli, "NEO4J_URI": f"bolt://127.0.0.1:{free_port()}", "NEO4J_PASSWORD": "whatever"}
    result = run(["query", "RETURN 1"], env)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "cannot reach Neo4j" in result.stderr


def test_shell_reads_a_script_from_stdin(seeded, env_for_cli, tmp_path):
    out = tmp_path / "last.csv"
    script = ("// comments and blank lines are fine\n\nMATCH (n:State {id: 'state:DEU'})\nRETURN n.name AS name;\n"
              ":param who => 'state:' + 'POL'\n"
              "MATCH (n:State {id: $who}) RETURN n.name AS name, n;\n"
              f":export csv {out}\n"
              "RETURN 'a;b' AS semi; RETURN 2 AS two;\n"
              "PROFILE MATCH (n:State) RETURN count(n) AS states;\n")
    result = run(["shell"], env_for_cli, stdin=script)
    assert result.returncode == 0, result.stderr
    assert '"Germany"' in result.stdout and '"Poland"' in result.stdout
    assert ':param who => "state:POL"' in result.stdout
    assert '(:Entity:State {' in result.stdout  # nodes shown readably
    assert '"a;b"' in result.stdout and "| two" in result.stdout
    assert "| states" in result.stdout and "ProduceResults" in result.stdout  # PROFILE shows its plan
    rows = list(csv.reader(io.StringIO(out.read_text())))
    assert rows[0] == ["name", "n"] and rows[1][0] == "Poland"


def test_shell_script_goes_on_after_errors_and_exits_non_zero(seeded, env_for_cli):
    script = "MATCH (n RETURN n;\nCREATE (:ShellProbe);\n:nonsense\nRETURN 'still here' AS s;\n"
    result = run(["shell"], env_for_cli, stdin=script)
    assert result.returncode == 1
    assert "Invalid input" in result.stderr and "line 1, column 10" in result.stderr
    assert "only read queries" in result.stderr and "unknown command :nonsense" in result.stderr
    assert '"still here"' in result.stdout
    fast = run(["shell", "--fail-fast"], env_for_cli, stdin=script)
    assert fast.returncode == 1 and "still here" not in fast.stdout


def test_shell_write_mode_schema_and_params(seeded, env_for_cli):
    script = (":mode write\nCREATE (:ShellProbe {n: 1});\n:mode read\nCREATE (:ShellProbe {n: 2});\n"
              ":param {a: 1, b: [1, 2]}\n:params\n:schema\n"
              ":mode write\nMATCH (p:ShellProbe) DELETE p;\n")
    result = run(["shell"], env_for_cli, stdin=script)
    assert result.returncode == 1  # the read-mode CREATE failed, and only that
    assert result.stderr.count("error:") == 1 and "only read queries" in result.stderr
    assert "nodes created: 1" in result.stdout and "nodes deleted: 1" in result.stdout
    assert ":param a => 1" in result.stdout and ":param b => [1, 2]" in result.stdout
    for section in ("Labels", "Relationship types", "Constraints", "Indexes"):
        assert section in result.stdout
    assert '"State"' in result.stdout and '"entity_search"' in result.stdout

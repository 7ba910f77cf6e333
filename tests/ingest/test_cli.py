"""`entente extract` and `entente ingest` as a user runs them."""
import json
import subprocess

from tests.conftest import ROOT, entente_bin


def run(args, env, stdin=None):
    return subprocess.run([entente_bin(), *args], env=env, input=stdin, capture_output=True, timeout=120)


def test_extract_writes_graph_json(tmp_path, env_for_cli):
    out = tmp_path / "graph.json"
    done = run(["extract", str(ROOT / "data" / "articles"), "-o", str(out)], env_for_cli)
    assert done.returncode == 0, done.stderr
    graph = json.loads(out.read_text())
    assert {"id", "label", "name", "aliases"} <= set(graph["nodes"][0])
    rel = graph["relationships"][0]
    assert {"source", "target", "type", "evidence"} <= set(rel)
    assert {"article_id", "sentence", "start", "end", "rule"} <= set(rel["evidence"][0])


def test_extract_reads_stdin(env_for_cli):
    done = run(["extract", "-"], env_for_cli, stdin=b"Finland joined NATO in April 2023.\n")
    assert done.returncode == 0
    graph = json.loads(done.stdout)
    assert [(r["source"], r["type"], r["target"]) for r in graph["relationships"]] == \
        [("state:FIN", "MEMBER_OF", "org:NATO")]


def test_ingest_reports_bad_files_and_keeps_the_good(tmp_path, env_for_cli, clean_db, client):
    (tmp_path / "good.txt").write_text("Kenya sent troops to Haiti in June.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    done = run(["ingest", str(tmp_path), str(tmp_path / "missing.txt")], env_for_cli)
    assert done.returncode == 1
    errors = [ln for ln in done.stderr.decode().splitlines() if ln.startswith("error:")]
    assert len(errors) == 3 and "Traceback" not in done.stderr.decode()
    assert "ingested 1 articles" in done.stdout.decode()
    count = clean_db.execute_query("MATCH (:State {id:'state:KEN'})-[r:DEPLOYS_TROOPS]->(:State {id:'state:HTI'}) "
                                   "RETURN count(r) AS n").records[0]["n"]
    assert count == 1


def test_ingest_refuses_a_store_in_the_earlier_evidence_layout(tmp_path, env_for_cli, clean_db, client):
    clean_db.execute_query("CREATE (:Evidence {relKey: 'MEETS|state:FRA|state:DEU', sentence: 'old'})")
    (tmp_path / "a.txt").write_text("Kenya sent troops to Haiti in June.\n")
    done = run(["ingest", str(tmp_path)], env_for_cli)
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err
    assert "earlier Entente" in err and len(err.strip().splitlines()) == 1
    assert clean_db.execute_query("MATCH (a:Article) RETURN count(a) AS n").records[0]["n"] == 0

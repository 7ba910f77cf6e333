"""The local Neo4j manager, driven through the real `entente db` command."""
from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from tests.conftest import entente_bin, free_port


def run_db(args: list[str], env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([entente_bin(), "db", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def one_line_error(done: subprocess.CompletedProcess) -> str:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, done.stderr
    return lines[0]


def jvms_for(home: Path) -> list[str]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "CommunityEntryPoint" in cmd and str(home) in cmd:
            found.append(pid)
    return found


@pytest.fixture()
def own_env(tmp_path: Path, env_for_cli: dict[str, str]) -> dict[str, str]:
    env = dict(env_for_cli)
    env.update(ENTENTE_HOME=str(tmp_path / "home"), ENTENTE_BOLT_PORT=str(free_port()),
               ENTENTE_HTTP_PORT=str(free_port()), ENTENTE_HEAP="512m", ENTENTE_PAGECACHE="128m",
               NEO4J_PASSWORD="", NEO4J_URI="")
    return env


def test_running_server_accepts_its_password_and_rejects_a_wrong_one(settings):
    with GraphDatabase.driver(settings.uri, auth=settings.auth) as drv:
        assert drv.execute_query("RETURN 1 AS ok").records[0]["ok"] == 1
    with GraphDatabase.driver(settings.uri, auth=(settings.neo4j_username, "not-the-password")) as drv:
        with pytest.raises(AuthError):
            drv.verify_connectivity()


def test_start_twice_is_harmless(env_for_cli):
    done = run_db(["start"], env_for_cli)
    assert done.returncode == 0, done.stderr
    assert "ready" in done.stdout
    status = run_db(["status"], env_for_cli)
    assert status.returncode == 0 and "ready" in status.stdout


def test_lifecycle_leaves_no_jvm_and_names_a_bad_password(own_env, tmp_path):
    home = tmp_path / "home"
    started = run_db(["start"], own_env)
    assert started.returncode == 0, started.stderr
    password_file = home / "neo4j-password"
    assert oct(password_file.stat().st_mode & 0o777) == "0o600"
    assert password_file.read_text().strip() not in ("neo4j", "")
    assert len(jvms_for(home)) == 1
    assert run_db(["start"], own_env).returncode == 0
    assert len(jvms_for(home)) == 1, "a second start must not launch a second JVM"

    stopped = run_db(["stop"], own_env)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert jvms_for(home) == []
    assert run_db(["status"], own_env).returncode == 3

    wrong = dict(own_env, NEO4J_PASSWORD="a-different-password")
    line = one_line_error(run_db(["start"], wrong))
    assert "rejected the password" in line
    assert jvms_for(home) == [], "a failed start must not leave its JVM behind"


def test_busy_port_is_a_one_line_cause(own_env):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", int(own_env["ENTENTE_BOLT_PORT"])))
        sock.listen()
        line = one_line_error(run_db(["start"], own_env, timeout=60))
    assert f"port {own_env['ENTENTE_BOLT_PORT']}" in line and "in use" in line


def test_missing_java_is_a_one_line_cause(own_env, tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("python3", "env", "mvn"):
        target = subprocess.run(["which", tool], capture_output=True, text=True).stdout.strip()
        if target:
            (bin_dir / tool).symlink_to(target)
    env = dict(own_env, PATH=str(bin_dir))
    line = one_line_error(run_db(["start"], env, timeout=60))
    assert "java not found" in line


def test_nothing_local_when_a_uri_is_given(own_env):
    env = dict(own_env, NEO4J_URI="neo4j://127.0.0.1:1")
    line = one_line_error(run_db(["start"], env, timeout=30))
    assert "NEO4J_URI is set" in line

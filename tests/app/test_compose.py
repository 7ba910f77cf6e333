"""docker-compose.yml validated by Debian's docker-compose (no engine needed for `config`)."""
import os
import subprocess

import yaml

from tests.conftest import ROOT


def test_compose_file_is_valid_and_waits_for_a_healthy_neo4j():
    env = dict(os.environ, NEO4J_PASSWORD="only-for-validation")
    done = subprocess.run(["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config"],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    config = yaml.safe_load(done.stdout)
    neo4j = config["services"]["neo4j"]
    assert neo4j["image"].startswith("neo4j:5.26")
    assert "healthcheck" in neo4j
    assert config["services"]["app"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert "127.0.0.1" in str(neo4j["ports"]), "published ports stay on loopback"


def test_compose_refuses_to_run_without_a_password():
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    done = subprocess.run(["docker-compose", "-f", str(ROOT / "docker-compose.yml"), "config", "-q"],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode != 0 and "NEO4J_PASSWORD" in done.stderr

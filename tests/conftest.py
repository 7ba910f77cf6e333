"""Shared fixtures. `make test` starts a disposable Neo4j and exports its ENTENTE_* settings."""
from __future__ import annotations

import os
import socket
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from neo4j import GraphDatabase

from app.core.config import Settings
from app.main import create_app

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def entente_bin() -> str:
    return str(Path(sys.executable).parent / "entente")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(entente_connect_wait=30.0)


@pytest.fixture(scope="session")
def driver(settings: Settings):
    with GraphDatabase.driver(settings.uri, auth=settings.auth) as drv:
        drv.verify_connectivity()
        yield drv


@pytest.fixture()
def clean_db(driver, settings):
    """An empty database (schema kept) for tests that count what they write."""
    with driver.session(database=settings.neo4j_database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    yield driver


@pytest.fixture()
def client(settings: Settings):
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture()
def env_for_cli(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("ENTENTE_HOME", str(settings.entente_home))
    return env


@contextmanager
def live_server(settings: Settings):
    """The app under uvicorn on a free local port, in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the app did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)

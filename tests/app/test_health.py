"""Liveness and readiness against the real Neo4j, and through a proxy we can cut."""
from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urlparse

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from tests.conftest import free_port


class Proxy:
    """A TCP relay in front of the test Neo4j; `down()` closes it like a crashed server.

    Every socket it opens is closed by `down()` or `close()`: one left to the garbage collector
    warns (an error under the project's warning filter) in whichever test happens to run then."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.port = free_port()
        self.lock = threading.Lock()
        self.listener: socket.socket | None = None
        self.conns: list[socket.socket] = []

    def up(self) -> None:
        listener = socket.create_server(("127.0.0.1", self.port))
        with self.lock:
            self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        with self.lock:
            listener, self.listener = self.listener, None
            conns, self.conns = self.conns, []
        assert listener is not None
        _kill(listener)  # shutdown wakes the blocked accept(); close alone does not
        for conn in conns:
            _kill(conn)

    def close(self) -> None:
        if self.listener is not None:
            self.down()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                _kill(client)
                continue
            with self.lock:  # a connection accepted while down() ran is closed here, not leaked
                live = self.listener is listener
                if live:
                    self.conns += [client, upstream]
            if not live:
                _kill(client)
                _kill(upstream)
                return
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass


def _kill(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def test_healthz_and_readyz(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"


# the proxy severs the driver's connections mid-read: a connection the driver finds dead (OSError in a
# read) is dropped with its socket left to the garbage collector, inside the driver, whose unclosed-socket
# warning may land in this test's teardown (a timing of the collector, seen once in a clean-clone run)
@pytest.mark.filterwarnings("ignore:Exception ignored in. <socket.socket:pytest.PytestUnraisableExceptionWarning")
def test_readyz_is_503_fast_when_neo4j_is_down_and_recovers(settings):
    target = urlparse(settings.uri)
    proxy = Proxy((target.hostname, target.port))
    proxy.up()
    cfg = settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{proxy.port}",
                                      "entente_connect_wait": 10.0,
                                      "neo4j_password": SecretStr(settings.password)})
    try:
        with TestClient(create_app(cfg)) as client:
            assert client.get("/readyz").status_code == 200
            proxy.down()
            began = time.monotonic()
            answer = client.get("/readyz")
            assert answer.status_code == 503
            assert time.monotonic() - began < 2.5
            assert answer.json()["reason"]
            proxy.up()
            deadline = time.monotonic() + 15
            while client.get("/readyz").status_code != 200:
                assert time.monotonic() < deadline, "readyz did not recover after Neo4j came back"
                time.sleep(0.3)
    finally:
        proxy.close()


def test_app_starts_even_when_neo4j_is_unreachable(settings):
    cfg = settings.model_copy(update={"neo4j_uri": f"bolt://127.0.0.1:{free_port()}",
                                      "entente_connect_wait": 0.5,
                                      "neo4j_password": SecretStr("irrelevant")})
    with TestClient(create_app(cfg)) as client:
        began = time.monotonic()
        assert client.get("/readyz").status_code == 503
        assert time.monotonic() - began < 2.5
        assert client.get("/healthz").status_code == 200

"""Layout of a local Neo4j home and its generated neo4j.conf."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.core.config import Settings


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def conf_dir(self) -> Path: return self.root / "conf"
    @property
    def data_dir(self) -> Path: return self.root / "data"
    @property
    def logs_dir(self) -> Path: return self.root / "logs"
    @property
    def run_dir(self) -> Path: return self.root / "run"
    @property
    def pid_file(self) -> Path: return self.run_dir / "neo4j.pid"
    @property
    def console_log(self) -> Path: return self.logs_dir / "console.log"
    @property
    def initialised(self) -> bool: return (self.data_dir / "dbms").exists()


def layout_for(settings: Settings) -> Layout:
    return Layout(settings.entente_home.resolve() / "neo4j")


def write_conf(settings: Settings, layout: Layout) -> Path:
    for d in (layout.conf_dir, layout.data_dir, layout.logs_dir, layout.run_dir,
              layout.root / "plugins", layout.root / "import"):
        d.mkdir(parents=True, exist_ok=True)
    lines = {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{settings.entente_bolt_port}",
        "server.bolt.advertised_address": f"127.0.0.1:{settings.entente_bolt_port}",
        "server.http.listen_address": f"127.0.0.1:{settings.entente_http_port}",
        "server.http.advertised_address": f"127.0.0.1:{settings.entente_http_port}",
        "server.https.enabled": "false",
        "server.directories.data": str(layout.data_dir),
        "server.directories.logs": str(layout.logs_dir),
        "server.directories.run": str(layout.run_dir),
        "server.directories.plugins": str(layout.root / "plugins"),
        "server.directories.import": str(layout.root / "import"),
        "server.memory.heap.initial_size": settings.entente_heap,
        "server.memory.heap.max_size": settings.entente_heap,
        "server.memory.pagecache.size": settings.entente_pagecache,
        "dbms.security.auth_enabled": "true",
        "dbms.usage_report.enabled": "false",
        # a read-only endpoint needs a hard stop for runaway queries, whatever the client asks
        "db.transaction.timeout": "10m",
        "db.logs.query.enabled": "OFF",
    }
    path = layout.conf_dir / "neo4j.conf"
    path.write_text("".join(f"{k}={v}\n" for k, v in lines.items()), encoding="utf-8")
    return path


def ensure_password(settings: Settings) -> str:
    """NEO4J_PASSWORD if set; else a password generated once, kept in a file only the user reads."""
    if settings.neo4j_password is not None:
        return settings.neo4j_password.get_secret_value()
    path = settings.password_file
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    password = "e" + secrets.token_urlsafe(24)  # never starts with "-", which tools read as an option
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(password + "\n")
    return password

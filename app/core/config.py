"""Settings, read from the environment (and an optional `.env`), never at import time.

Connection settings use Neo4j's own names (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
NEO4J_DATABASE); everything else is ENTENTE_*. With NEO4J_URI unset, Entente manages a local
Neo4j under ENTENTE_HOME; with it set, nothing local is started.
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    neo4j_uri: str | None = None
    neo4j_username: str = "neo4j"
    neo4j_password: SecretStr | None = None  # no default: generated per local home when unset
    neo4j_database: str = "neo4j"

    entente_home: Path = Path(".entente")
    entente_bolt_port: int = 7687
    entente_http_port: int = 7474
    entente_heap: str = "2g"
    entente_pagecache: str = "2g"
    entente_start_timeout: float = 120.0

    entente_host: str = "127.0.0.1"
    entente_port: int = 8000
    entente_connect_wait: float = 10.0
    entente_query_timeout: float = 5.0
    entente_cypher_row_cap: int = 1000
    entente_cypher_workers: int = Field(2, ge=1)  # /api/cypher worker processes (statements at once)
    entente_subgraph_node_cap: int = 500
    entente_projection_max_relationships: int = 5_000_000  # in-memory projection up to this size; 0 = off
    entente_history_file: Path | None = None  # the shell's history; ~/.entente_history when unset

    @field_validator("neo4j_uri", "neo4j_password", "entente_history_file", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def is_local(self) -> bool:
        """True when Entente should manage its own Neo4j server."""
        return not self.neo4j_uri

    @property
    def uri(self) -> str:
        return self.neo4j_uri or f"bolt://127.0.0.1:{self.entente_bolt_port}"

    @property
    def password_file(self) -> Path:
        return self.entente_home / "neo4j-password"

    @cached_property
    def password(self) -> str:
        """NEO4J_PASSWORD, else the one generated for the local server (see neo4j_local)."""
        if self.neo4j_password is not None:
            return self.neo4j_password.get_secret_value()
        if self.password_file.exists():
            return self.password_file.read_text(encoding="utf-8").strip()
        raise PasswordMissing(
            "no NEO4J_PASSWORD set and no generated password in "
            f"{self.password_file} (run `entente db start` first)"
        )

    @property
    def history_file(self) -> Path:
        return self.entente_history_file or Path.home() / ".entente_history"

    @property
    def auth(self) -> tuple[str, str]:
        return (self.neo4j_username, self.password)


class PasswordMissing(RuntimeError):
    """No password configured or generated yet."""


def get_settings() -> Settings:
    return Settings()

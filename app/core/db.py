"""The app's one Neo4j driver: opened in the lifespan, schema applied once, closed at shutdown."""
from __future__ import annotations

import asyncio
import logging
import time

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase

from app.core.config import Settings
from app.projection import ProjectionStore
from app.query.pool import CypherPool
from cypher.registry import Namespace

log = logging.getLogger("entente.db")


def _driver_options(settings: Settings) -> dict:
    return dict(auth=settings.auth, connection_timeout=1.5, connection_acquisition_timeout=2.0,
                max_transaction_retry_time=5.0, user_agent="entente/0.1", notifications_min_severity="OFF")


def open_driver(settings: Settings) -> AsyncDriver:
    return AsyncGraphDatabase.driver(settings.uri, **_driver_options(settings))


def open_sync_driver(settings: Settings) -> Driver:
    """For user Cypher (the CLI, the shell, the API's Cypher workers) and the projection's bulk
    reads: the sync driver reads row-by-row results far faster than the async one, which awaits
    every chunk."""
    return GraphDatabase.driver(settings.uri, **_driver_options(settings))


async def apply_schema(driver: AsyncDriver, queries: Namespace, database: str) -> None:
    """Run every statement under cypher/schema (all IF NOT EXISTS, so idempotent)."""
    for query in queries.schema.all().values():
        for statement in query.statements:
            await driver.execute_query(statement, database_=database)


class Database:
    """Holds the driver and remembers whether the schema has been applied yet."""

    def __init__(self, settings: Settings, queries: Namespace):
        self.settings = settings
        self.queries = queries
        self.driver = open_driver(settings)
        self.schema_ready = False
        self.sync_driver = open_sync_driver(settings)
        self.cypher = CypherPool(settings)
        self.projection = ProjectionStore(self.sync_driver, queries, settings.neo4j_database,
                                          settings.entente_projection_max_relationships)
        self._lock = asyncio.Lock()

    async def wait_until_ready(self, seconds: float) -> bool:
        """Wait up to `seconds` for Neo4j at start-up; the app starts either way (readyz says 503)."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                await self.driver.verify_connectivity()
                await self.ensure_schema()
                if self.settings.entente_projection_max_relationships:
                    self.projection.refresh()  # built in the background; Cypher answers meanwhile
                return True
            except Exception as exc:  # noqa: BLE001 - any failure means "not yet"
                if time.monotonic() >= deadline:
                    log.warning("Neo4j at %s not reachable yet: %s", self.settings.uri, exc)
                    return False
                await asyncio.sleep(0.5)

    async def ensure_schema(self) -> None:
        if self.schema_ready:
            return
        async with self._lock:
            if not self.schema_ready:
                await apply_schema(self.driver, self.queries, self.settings.neo4j_database)
                self.schema_ready = True

    async def close(self) -> None:
        await asyncio.to_thread(self.projection.wait, 30.0)
        await asyncio.to_thread(self.cypher.close)
        await self.driver.close()
        self.sync_driver.close()

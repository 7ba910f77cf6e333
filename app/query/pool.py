"""User Cypher for the API, run in worker processes.

The sync driver parses every record in Python. In the API process that work competed for one GIL
with HTTP and with itself: 4 requests at once took 4.2 ms of CPU each, 1.4 ms alone. Each worker
process has its own driver and its own CypherRunner (guard, READ transaction, timeout, row cap)
and sends back the finished JSON body, so the API process only routes and the parsing runs on
every core. A slow statement holds one worker; the others keep answering.

Each worker is a process at the end of a pipe, which the event loop watches directly: no thread
and no queue between a request and its worker.
"""
from __future__ import annotations

import asyncio
import multiprocessing
import pickle
from contextlib import suppress
from multiprocessing.connection import Connection

from app.core.config import Settings
from app.core.errors import Unavailable


def _serve(conn: Connection, settings: Settings) -> None:
    """A worker's life: answer (query, params, limit) requests until the pipe closes."""
    import orjson
    from neo4j.exceptions import DriverError

    from app.core.db import open_sync_driver
    from app.core.errors import DomainError, first_line
    from app.query.runner import CypherRunner, QueryFailed
    from app.query.values import answer_json
    from cypher.registry import load

    runner = CypherRunner(open_sync_driver(settings), load(), settings.neo4j_database,
                          timeout=settings.entente_query_timeout, row_cap=settings.entente_cypher_row_cap)
    while True:
        try:
            query, params, limit = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            reply = (True, orjson.dumps(answer_json(runner.run(query, params, limit=limit, graph=True))))
        except DomainError as exc:
            reply = (False, exc)
        except DriverError as exc:  # connection trouble; the driver's own errors need not pickle
            reply = (False, QueryFailed(f"database unavailable: {first_line(exc)}"))
        conn.send_bytes(pickle.dumps(reply))


class _Worker:
    def __init__(self, settings: Settings):
        ctx = multiprocessing.get_context("spawn")  # a clean interpreter: no copy of the API's threads
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, settings), daemon=True, name="entente-cypher")
        self.process.start()
        child.close()

    async def ask(self, request: tuple) -> tuple[bool, object]:
        """Send one request and wait, without blocking the loop, for the reply."""
        self.conn.send_bytes(pickle.dumps(request))
        loop = asyncio.get_running_loop()
        readable = loop.create_future()
        loop.add_reader(self.conn.fileno(), lambda: readable.done() or readable.set_result(None))
        try:
            await readable
        finally:
            loop.remove_reader(self.conn.fileno())
        return pickle.loads(self.conn.recv_bytes())

    def stop(self) -> None:
        """End an idle (or dead) worker: nothing of its runs, so it need not finish."""
        with suppress(OSError):
            self.conn.close()
        self.process.terminate()
        self.process.join(5)


class CypherPool:
    """ENTENTE_CYPHER_WORKERS worker processes for /api/cypher, started with the app (they load in
    the background, ~1 s). A request waits at most the query timeout for a free worker, else 503."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.size = settings.entente_cypher_workers
        self._idle: list[_Worker] = []
        self._slots = asyncio.Semaphore(self.size)
        self._started = False

    def start(self) -> None:
        if not self._started:
            self._idle = [_Worker(self.settings) for _ in range(self.size)]
            self._started = True

    async def run(self, query: str, params: dict, limit: int | None) -> bytes:
        """The JSON body for one statement; raises the statement's DomainError."""
        self.start()
        try:
            async with asyncio.timeout(self.settings.entente_query_timeout):
                await self._slots.acquire()
        except TimeoutError:
            raise Unavailable(f"{self.size} Cypher statements are already running (ENTENTE_CYPHER_WORKERS); "
                       "try again") from None
        worker = self._idle.pop()
        task = asyncio.ensure_future(worker.ask((query, params, limit)))
        try:
            ok, value = await asyncio.shield(task)  # a cancelled request still collects its reply
        except asyncio.CancelledError:
            if not task.done():  # the worker is freed once its reply is in
                task.add_done_callback(lambda done: self._release(worker, done))
            raise
        except (EOFError, OSError):  # the worker died (killed, out of memory): it is replaced
            raise Unavailable("the Cypher worker stopped; try again") from None
        finally:
            if task.done():
                self._release(worker, task)
        if ok:
            return value
        raise value

    def _release(self, worker: _Worker, task: asyncio.Future) -> None:
        if task.cancelled() or isinstance(task.exception(), (EOFError, OSError)):
            worker.stop()
            worker = _Worker(self.settings)
        self._idle.append(worker)
        self._slots.release()

    def close(self) -> None:
        """Stop the workers; the server has finished its requests by then, so all are idle."""
        workers, self._idle, self._started = self._idle, [], False
        for worker in workers:
            worker.stop()

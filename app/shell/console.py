"""`entente shell`: an interactive Cypher console (or a script reader when stdin is not a tty).

Statements end with `;` and may span lines; `:commands` are one line. Read mode (the default)
goes through the same guard as the API; `:mode write` runs statements as given and commits.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from neo4j.exceptions import DriverError

from app.core.errors import DomainError, first_line
from app.query.guard import leading_mode
from app.query.runner import CypherRunner, QueryResult
from app.shell import render
from app.shell.catalog import Catalog
from app.shell.completion import CypherCompleter, Vocabulary
from app.shell.statements import Item, is_complete, split

HELP = """\
Statements end with ';' and may span several lines. Up/Down walk the history; Tab completes
keywords, labels (after ':'), property keys (after '.') and parameters (after '$').

  :help                      this text
  :schema                    labels, relationship types, constraints, indexes, with counts
  :param name => expression  set a parameter (the expression is evaluated by Neo4j)
  :param {a: 1, b: 'x'}      set several;   :param clear   forget them all
  :params                    list the parameters
  :mode read|write           read (the default) refuses anything but reads; write commits
  :export csv|json FILE      save the last result
  :quit                      leave (or Ctrl-D); Ctrl-C cancels the input or the running query
"""


class Shell:
    def __init__(self, runner: CypherRunner, catalog: Catalog, *, out: TextIO = sys.stdout,
                 err: TextIO = sys.stderr, write: bool = False, limit: int | None = None,
                 timeout: float | None = None):
        self.runner, self.catalog = runner, catalog
        self.out, self.err = out, err
        self.write = write
        self.limit, self.timeout = limit, timeout
        self.params: dict = {}
        self.last: QueryResult | None = None
        self.failures = 0
        self.vocab = Vocabulary()
        self.done = False

    # ---- output -------------------------------------------------------------------------------
    def say(self, line: str = "") -> None:
        print(line, file=self.out, flush=True)

    def fail(self, message: str) -> None:
        self.failures += 1
        print(f"error: {message}", file=self.err, flush=True)

    @property
    def prompt(self) -> str:
        return f"{self.runner.database}{' (write)' if self.write else ''}> "

    # ---- one item -----------------------------------------------------------------------------
    def execute(self, item: Item) -> None:
        if item.kind == "command":
            self.command(item.text)
        else:
            self.statement(item.text)

    def _run(self, text: str, params: dict | None = None) -> QueryResult | None:
        """Run one statement; Ctrl-C stops it rather than the shell."""
        try:
            return self.runner.run(text, self.params if params is None else params,
                                   limit=self.limit, write=self.write, timeout=self.timeout)
        except KeyboardInterrupt:
            self.fail("interrupted")
        except DomainError as exc:
            self.fail(exc.message)
        except DriverError as exc:  # the server went away: say so, the shell stays
            self.fail(f"database unavailable: {first_line(exc)}")
        return None

    def statement(self, text: str) -> None:
        result = self._run(text)
        if result is None:
            return
        self.last = result
        rows = result.rows
        if result.columns:
            self.say(render.table(result.columns, rows))
        if result.plan is not None and leading_mode(text):  # EXPLAIN or PROFILE: the plan too
            self.say("\n".join(render.plan_tree(result.plan)))
        self.say(render.summary(len(rows), result.elapsed_ms, result.truncated, result.counters))
        if self.write and result.counters:
            self.refresh()

    def command(self, line: str) -> None:
        name, _, rest = line.partition(" ")
        rest = rest.strip()
        handler = {":help": self.c_help, ":quit": self.c_quit, ":exit": self.c_quit, ":schema": self.c_schema,
                   ":param": self.c_param, ":params": self.c_params, ":mode": self.c_mode,
                   ":export": self.c_export}.get(name.lower())
        if handler is None:
            self.fail(f"unknown command {name}; try :help")
            return
        handler(rest)

    def c_help(self, _: str) -> None:
        self.say(HELP)

    def c_quit(self, _: str) -> None:
        self.done = True

    def c_schema(self, _: str) -> None:
        try:
            sections = self.catalog.schema()
        except Exception as exc:  # noqa: BLE001 - any database failure is reported, the shell goes on
            self.fail(getattr(exc, "message", None) or str(exc))
            return
        for title, columns, rows in sections:
            self.say(f"{title} ({len(rows)})")
            self.say(render.table(columns, rows, width=60) if rows else "  (none)")

    def c_param(self, rest: str) -> None:
        if rest == "clear":
            self.params.clear()
            self.say("parameters cleared")
            return
        if rest.startswith("{"):
            name, expression = None, rest
        else:
            name, arrow, expression = (p.strip() for p in rest.partition("=>"))
            if not arrow or not name.isidentifier() or not expression:
                self.fail("usage: :param name => expression   or   :param {name: expression, ...}")
                return
        write, self.write = self.write, False  # parameters are always evaluated read-only
        try:
            result = self._run(f"RETURN {expression} AS value")
        finally:
            self.write = write
        if result is None:
            return
        value = result.records[0]["value"]
        if name is None:
            if not isinstance(value, dict):
                self.fail(":param {…} needs a map")
                return
            self.params.update(value)
        else:
            self.params[name] = value
        self.c_params("")

    def c_params(self, _: str) -> None:
        if not self.params:
            self.say("no parameters")
        for key, value in sorted(self.params.items()):
            self.say(f":param {key} => {render.text(value)}")

    def c_mode(self, rest: str) -> None:
        if rest not in ("read", "write"):
            self.fail("usage: :mode read|write")
            return
        self.write = rest == "write"
        self.say("write mode: statements run as given and commit" if self.write
                 else "read mode: only reads are allowed")

    def c_export(self, rest: str) -> None:
        fmt, _, target = rest.partition(" ")
        if fmt not in ("csv", "json") or not target.strip():
            self.fail("usage: :export csv|json FILE")
            return
        if self.last is None:
            self.fail("no result to export yet")
            return
        rows = self.last.rows
        body = render.as_csv(self.last.columns, rows) if fmt == "csv" else render.as_json(self.last.columns, rows)
        try:
            Path(target.strip()).expanduser().write_text(body, encoding="utf-8")
        except OSError as exc:
            self.fail(f"cannot write {target.strip()}: {exc.strerror or exc}")
            return
        self.say(f"{len(rows)} rows -> {target.strip()}")

    def refresh(self) -> None:
        try:
            self.vocab = self.catalog.vocabulary()
        except Exception:  # noqa: BLE001 - completion just keeps the names it had
            pass

    # ---- loops --------------------------------------------------------------------------------
    def script(self, text: str, fail_fast: bool = False) -> int:
        items, rest = split(text)
        if rest.strip():
            items.append(Item("statement", rest.strip()))
        for item in items:
            self.execute(item)
            if self.done or (fail_fast and self.failures):
                break
        return 1 if self.failures else 0

    def interactive(self, history: Path) -> int:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory
        from prompt_toolkit.key_binding import KeyBindings

        keys = KeyBindings()

        @keys.add("enter")
        def _enter(event) -> None:  # submit when the statement is complete, else a new line
            buffer = event.current_buffer
            if buffer.complete_state:
                buffer.complete_state = None
            elif is_complete(buffer.text):
                buffer.validate_and_handle()
            else:
                buffer.insert_text("\n")

        history.parent.mkdir(parents=True, exist_ok=True)
        session = PromptSession(
            history=FileHistory(str(history)), multiline=True, key_bindings=keys,
            completer=CypherCompleter(lambda: self.vocab, lambda: self.params),
            complete_while_typing=False, prompt_continuation=lambda width, *_: "...> ".rjust(width))
        self.refresh()
        self.say(f"Connected to {self.runner.database}. Statements end with ';'. :help for commands, :quit to leave.")
        while not self.done:
            try:
                text = session.prompt(self.prompt)
            except KeyboardInterrupt:
                continue
            except EOFError:
                break
            items, rest = split(text)
            if rest.strip():
                items.append(Item("statement", rest.strip()))
            for item in items:
                self.execute(item)
        return 0


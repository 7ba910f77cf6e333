"""`entente shell` in a real terminal (tmux): multi-line input, history, completion, errors."""
from __future__ import annotations

import os
import shlex
import subprocess
import time

import pytest

from tests.app.seed import seed
from tests.conftest import entente_bin


def last_line(screen: str) -> str:
    return screen.rstrip().splitlines()[-1]


class Terminal:
    def __init__(self, name: str):
        self.name = name

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def type(self, text: str) -> None:
        # tmux reads an argument ending in ';' as a command separator, so semicolons go as hex
        for i, part in enumerate(text.split(";")):
            if i:
                subprocess.run(["tmux", "send-keys", "-t", self.name, "-H", "3b"], check=True)
            if part:
                subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", part], check=True)

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", self.name],
                              capture_output=True, text=True).stdout

    def wait_for(self, predicate, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if predicate(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"terminal never showed what was expected; it shows:\n{screen}")
            time.sleep(0.1)

    def alive(self) -> bool:
        return subprocess.run(["tmux", "has-session", "-t", self.name], capture_output=True).returncode == 0


@pytest.fixture()
def terminal(settings, driver, env_for_cli, tmp_path):
    from fastapi.testclient import TestClient
    from app.main import create_app
    with TestClient(create_app(settings)):
        seed(driver, settings.neo4j_database)
    history = tmp_path / "history"
    name = f"entente-shell-{os.getpid()}-{time.monotonic_ns()}"
    env = {k: v for k, v in env_for_cli.items() if k.startswith(("ENTENTE_", "NEO4J_", "PATH", "HOME", "LANG"))}
    command = " ".join(["env", *(shlex.quote(f"{k}={v}") for k, v in env.items()), "TERM=xterm-256color",
                        shlex.quote(entente_bin()), "shell", "--history", shlex.quote(str(history))])
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "200", "-y", "60", command], check=True)
    term = Terminal(name)
    term.history = history
    try:
        term.wait_for(lambda s: "neo4j>" in s)  # capture-pane trims trailing blanks
        yield term
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def test_shell_in_a_terminal(terminal):
    t = terminal
    # a two-line statement: Enter before the ';' continues it, Enter after runs it
    t.type("MATCH (n:State {id: 'state:DEU'})")
    t.keys("Enter")
    t.wait_for(lambda s: s.rstrip().endswith("...>"))
    t.type("RETURN n.name AS name;")
    t.keys("Enter")
    screen = t.wait_for(lambda s: "1 row" in s)
    assert "| name" in screen and '"Germany"' in screen

    # a syntax error shows Neo4j's message and position, and the shell keeps going
    t.type("MATCH (n RETURN n;")
    t.keys("Enter")
    screen = t.wait_for(lambda s: "Invalid input" in s)
    assert "line 1, column 10" in screen

    # history: Up twice brings back the two-line statement; Enter runs it again
    t.keys("Up")
    t.wait_for(lambda s: s.rstrip().endswith("neo4j> MATCH (n RETURN n;"))
    t.keys("Up")
    t.wait_for(lambda s: s.rstrip().endswith("RETURN n.name AS name;"))
    t.keys("Enter")
    t.wait_for(lambda s: s.count("1 row") == 2)

    # completion from the live database: a label after ':' and a property key after '.'
    t.type("MATCH (n:Sta")
    t.keys("Tab")
    t.wait_for(lambda s: last_line(s).endswith("MATCH (n:State"))
    t.type(") WHERE n.id = 'state:POL' RETURN n.na")
    t.keys("Tab")
    t.wait_for(lambda s: last_line(s).endswith("RETURN n.name"))
    t.type(" AS polish;")
    t.keys("Enter")
    screen = t.wait_for(lambda s: "| polish" in s)
    assert '"Poland"' in screen, screen

    # writes are refused in the default read mode, and the shell still answers
    t.type("CREATE (:TerminalProbe);")
    t.keys("Enter")
    t.wait_for(lambda s: "only read queries are allowed" in s)
    t.type(":quit")
    t.keys("Enter")
    deadline = time.monotonic() + 10
    while t.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not t.alive()
    saved = t.history.read_text()
    assert "RETURN n.name AS name;" in saved and "CREATE (:TerminalProbe);" in saved

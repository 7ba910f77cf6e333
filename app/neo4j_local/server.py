"""Start, stop and inspect the local Neo4j 5 server that Entente runs without Docker.

The server is the Community edition from Maven Central (see pom.xml), run as a plain JVM
process in its own session, with a generated neo4j.conf under ENTENTE_HOME/neo4j.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from app.core.config import Settings
from app.neo4j_local.conf import Layout, ensure_password, layout_for, write_conf
from app.neo4j_local.errors import LocalDbError
from app.neo4j_local.maven import resolve_classpath
from cypher.registry import load as load_queries

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
JVM_FLAGS = [
    "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions", "-XX:+TrustFinalNonStaticFields", "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dfile.encoding=UTF-8", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
]
STOP_TIMEOUT_S = 60.0


@dataclass
class Status:
    running: bool
    pid: int | None
    ready: bool
    bolt: str
    http: str
    home: str

    def lines(self) -> list[str]:
        state = "running" if self.running else "stopped"
        if self.running:
            state += f" (pid {self.pid}, {'ready' if self.ready else 'not answering yet'})"
        return [f"neo4j: {state}", f"bolt:  {self.bolt}", f"http:  {self.http}/browser/", f"home:  {self.home}"]


def _require_local(settings: Settings) -> None:
    if not settings.is_local:
        raise LocalDbError(f"NEO4J_URI is set ({settings.neo4j_uri}); Entente manages no local server then")


def java_binary() -> str:
    java = shutil.which("java")
    if java is None:
        raise LocalDbError("java not found on PATH: install Java 17+ (apt-get install openjdk-17-jre-headless) or set NEO4J_URI")
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    match = re.search(r'version "(\d+)', out)
    if match and int(match.group(1)) < 17:
        raise LocalDbError(f"Neo4j 5 needs Java 17+, found Java {match.group(1)} at {java}")
    return java


def _pid(layout: Layout) -> int | None:
    try:
        pid = int(layout.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    cmdline = f"/proc/{pid}/cmdline"
    if os.path.exists(cmdline) and ENTRY_POINT.encode() not in open(cmdline, "rb").read():
        return None  # the pid was recycled by an unrelated process
    return pid


def _port_busy(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def ping(settings: Settings, password: str, timeout: float = 2.0) -> None:
    """Run the ping query over Bolt; raises the driver's error if it fails."""
    with GraphDatabase.driver(settings.uri, auth=(settings.neo4j_username, password),
                              connection_timeout=timeout, max_transaction_retry_time=0,
                              notifications_min_severity="OFF") as driver:
        driver.execute_query(load_queries().health.ping.text, database_=settings.neo4j_database)


def _tail(layout: Layout, n: int = 5) -> str:
    lines: list[str] = []
    for log in (layout.console_log, layout.logs_dir / "neo4j.log"):
        if log.exists():
            lines += [ln for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
    return " | ".join(lines[-n:]) or "(no log output)"


def _set_initial_password(java: str, classpath: str, layout: Layout, password: str) -> None:
    env = {**os.environ, "NEO4J_HOME": str(layout.root), "NEO4J_CONF": str(layout.conf_dir)}
    done = subprocess.run([java, "-cp", classpath, ADMIN_TOOL, "dbms", "set-initial-password", "--", password],
                          capture_output=True, text=True, env=env, timeout=120)
    if done.returncode != 0:
        raise LocalDbError(f"could not set the initial password: {(done.stderr or done.stdout).strip()[:300]}")


def start(settings: Settings) -> float:
    """Start the local server if needed; return seconds until Bolt answered `RETURN 1`."""
    _require_local(settings)
    layout = layout_for(settings)
    began = time.monotonic()
    password = ensure_password(settings)
    if _pid(layout) is not None:
        _wait_ready(settings, layout, password, None, began)
        return time.monotonic() - began
    for port in (settings.entente_bolt_port, settings.entente_http_port):
        if _port_busy(port):
            raise LocalDbError(f"port {port} on 127.0.0.1 is in use by another process; "
                               "free it or choose ENTENTE_BOLT_PORT / ENTENTE_HTTP_PORT")
    java = java_binary()
    classpath = resolve_classpath(settings.entente_home.resolve())
    write_conf(settings, layout)
    if not layout.initialised:
        _set_initial_password(java, classpath, layout, password)
    heap = settings.entente_heap
    cmd = [java, f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", classpath, ENTRY_POINT,
           f"--home-dir={layout.root}", f"--config-dir={layout.conf_dir}"]
    with open(layout.console_log, "ab") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True, cwd=layout.root)
    layout.pid_file.write_text(str(proc.pid))
    try:
        _wait_ready(settings, layout, password, proc, began)
    except LocalDbError:
        _terminate(proc.pid, layout)
        raise
    return time.monotonic() - began


def _wait_ready(settings: Settings, layout: Layout, password: str,
                proc: subprocess.Popen | None, began: float) -> None:
    deadline = began + settings.entente_start_timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise LocalDbError(f"Neo4j exited with code {proc.returncode}: {_tail(layout)}")
        try:
            ping(settings, password)
            return
        except AuthError as exc:
            raise LocalDbError(f"Neo4j rejected the password for user {settings.neo4j_username!r} "
                               f"(NEO4J_PASSWORD differs from the one this database was created with): "
                               f"{exc.message}") from None
        except (ServiceUnavailable, Neo4jError, OSError):
            pass
        if time.monotonic() > deadline:
            raise LocalDbError(f"Neo4j did not answer on {settings.uri} within "
                               f"{settings.entente_start_timeout:.0f}s: {_tail(layout)}")
        time.sleep(0.25)


def _terminate(pid: int, layout: Layout) -> None:
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        layout.pid_file.unlink(missing_ok=True)
        return
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                break
        except ChildProcessError:
            pass
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        os.killpg(pid, signal.SIGKILL)
    layout.pid_file.unlink(missing_ok=True)


def stop(settings: Settings) -> bool:
    """Shut the local server down cleanly; True if one was running."""
    _require_local(settings)
    layout = layout_for(settings)
    pid = _pid(layout)
    if pid is None:
        layout.pid_file.unlink(missing_ok=True)
        return False
    _terminate(pid, layout)
    return True


def status(settings: Settings) -> Status:
    _require_local(settings)
    layout = layout_for(settings)
    pid = _pid(layout)
    ready = False
    if pid is not None:
        try:
            ping(settings, settings.password, timeout=1.0)
            ready = True
        except Exception:  # noqa: BLE001 - status reports, it never raises on a sick server
            ready = False
    return Status(running=pid is not None, pid=pid, ready=ready, bolt=settings.uri,
                  http=f"http://127.0.0.1:{settings.entente_http_port}", home=str(layout.root))

"""Resolve the Neo4j server's jars from Maven Central into a classpath file (no copies)."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from app.neo4j_local.errors import LocalDbError

MAVEN_TIMEOUT_S = 900


def _pom_path() -> Path:
    return Path(str(resources.files("app.neo4j_local") / "pom.xml"))


def neo4j_version() -> str:
    text = _pom_path().read_text(encoding="utf-8")
    start = text.index("<neo4j.version>") + len("<neo4j.version>")
    return text[start : text.index("<", start)]


def resolve_classpath(work_dir: Path) -> str:
    """Return the server classpath, running Maven only when the pom changed since last time."""
    pom = _pom_path()
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()[:16]
    cp_file = work_dir / f"classpath-{digest}.txt"
    if cp_file.exists():
        classpath = cp_file.read_text(encoding="utf-8").strip()
        if all(Path(p).exists() for p in classpath.split(":")):
            return classpath
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LocalDbError("Maven (mvn) is not installed; install it (apt-get install maven) or set NEO4J_URI")
    work_dir.mkdir(parents=True, exist_ok=True)
    cmd = [mvn, "-q", "-B", "-f", str(pom), "dependency:build-classpath",
           f"-Dmdep.outputFile={cp_file.resolve()}", "-Dmdep.includeScope=runtime"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=MAVEN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise LocalDbError(f"Maven did not resolve Neo4j within {MAVEN_TIMEOUT_S}s") from None
    if done.returncode != 0 or not cp_file.exists():
        lines = [ln for ln in (done.stdout + done.stderr).splitlines() if "ERROR" in ln] or ["(no output)"]
        raise LocalDbError(f"Maven cannot resolve Neo4j {neo4j_version()}: {lines[0].strip()[:300]}")
    return cp_file.read_text(encoding="utf-8").strip()

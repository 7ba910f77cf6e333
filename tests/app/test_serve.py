"""`entente serve` really serves, on loopback by default."""
import subprocess
import time

import httpx2 as httpx

from tests.conftest import entente_bin, free_port


def test_serve_answers_ready_on_loopback(env_for_cli):
    port = free_port()
    proc = subprocess.Popen([entente_bin(), "serve", "--port", str(port)], env=env_for_cli,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read()
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert answer.status_code == 200
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert f"Uvicorn running on http://127.0.0.1:{port}" in out

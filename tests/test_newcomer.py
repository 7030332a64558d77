"""A newcomer's path: the README's serve command on a clean copy brings up demo data over HTTP.

Runs the command exactly as the README writes it, in a copy of the work tree with no virtualenv, so
a missing install step or a broken demo seed fails here before it fails for a person.
"""

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import suppress
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def readme_command(marker: str) -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = re.search(rf"<!-- {marker} -->\s*```sh\n(.+?)\n```", text, re.S)
    assert block, f"README has no {marker} block"
    return shlex.split(block.group(1).strip())


def clean_copy(target: Path) -> None:
    """The files a fresh clone has: tracked plus new, not ignored (so uncommitted work is tested too)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = ROOT / name.decode()
        if source.is_file():
            (target / name.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name.decode())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_group(process: subprocess.Popen, grace: float = 20) -> None:
    """SIGTERM to the command's whole process group (dev.py, pip, then the server it became), SIGKILL
    to whatever is left of it after `grace` seconds: a server slow to shut down, or a wait cut short
    by the test's timeout, still leaves nothing running."""
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        pass
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@pytest.fixture
def readme_server(tmp_path):
    """The README's serve command on a free port, in a clean copy, in a process group of its own. It is
    stopped in the fixture's teardown, which runs however the test ends: pytest-timeout's failure is
    raised inside the test, wherever it was waiting."""
    clean_copy(tmp_path)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "DATABASE_URL", "RECOURSE_"))}
    with (tmp_path / "serve.log").open("w") as log:
        server = subprocess.Popen(
            [*readme_command("serve-command"), "--port", str(port)],
            cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        yield server, port, tmp_path / "serve.log"
    finally:
        stop_group(server)


@pytest.mark.slow
def test_readme_serve_command_serves_demo_orders(readme_server):
    server, port, log = readme_server
    token = None
    deadline = time.monotonic() + 400
    while time.monotonic() < deadline and server.poll() is None:
        output = log.read_text()
        found = re.search(r"admin token \(24 h\): (\S+)", output)
        if found and f"127.0.0.1:{port}" in output:
            token = found.group(1)
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2)
                break
            except OSError:
                pass
        time.sleep(0.5)
    assert token, log.read_text()[-3000:]
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/admin/graphql",
        data=json.dumps({"query": "{ shop { name } orders(first: 100) { nodes { name lines { title } } } }"}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    body = json.loads(urllib.request.urlopen(request, timeout=10).read())
    assert body["data"]["shop"]["name"] == "Alotrop"
    orders = body["data"]["orders"]["nodes"]
    assert len(orders) == 50 and all(order["lines"] for order in orders)

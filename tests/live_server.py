"""A real server for tests that need one (the GraphQL-over-HTTP audit, fuzzing): `recourse serve` in a
subprocess on a free port, over a temporary SQLite database, with one shop and a staff token made by
the CLI like an operator would. The other tests talk to the app through httpx's ASGI transport."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = "audit.myshopify.com"


@dataclass
class LiveServer:
    url: str
    domain: str
    admin_token: str
    process: subprocess.Popen

    @property
    def admin_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.admin_token}"}

    @property
    def storefront_headers(self) -> dict[str, str]:
        return {"X-Shop-Domain": self.domain}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cli(env: dict, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "plugin.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def start(folder: Path, *, env: dict[str, str] | None = None, log: Path | None = None) -> LiveServer:
    """`env` overrides the server's environment; `log` keeps what it writes to stderr (its log lines)."""
    env = {**os.environ, "DATABASE_URL": f"sqlite://{folder / 'live.sqlite3'}", "LOG_LEVEL": "WARNING",
           "RECOURSE_EMBEDDED_WORKER": "false", "RECOURSE_ENV": "development", "RECOURSE_MAIL_DIR": str(folder / "mail"),
           **(env or {})}
    _cli(env, "migrate")
    _cli(env, "shop", "add", "--domain", DOMAIN, "--name", "Audit", "--support-email", "help@audit.example")
    token = _cli(env, "token", "admin", "--shop", DOMAIN, "--ttl", "3600").strip()
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "plugin.cli", "serve", "--no-demo", "--host", "127.0.0.1",
                                "--port", str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=log.open("ab") if log is not None else subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"recourse serve exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return LiveServer(url, DOMAIN, token, process)
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise RuntimeError("recourse serve did not become ready")


def stop(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()

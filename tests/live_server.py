"""A real server for tests that need one (the GraphQL-over-HTTP audit, fuzzing): `recourse serve` in a
subprocess on a free port, with a staff token made by the CLI like an operator would. The audit gets
one empty shop over a temporary SQLite database; the fuzz run gets the demo shops, seeded by the demo
code itself, over the database of the pass (SQLite or a throw-away PostgreSQL database). The other
tests talk to the app through httpx's ASGI transport."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from contextlib import closing
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


# The first SQLite database `recourse migrate` built in this pytest process, kept as it was then.
_migrated: Path | None = None


def _migrated_sqlite(folder: Path, env: dict) -> str:
    """A new SQLite file in `folder` with every migration applied and nothing else. Applying the 18
    migrations to an empty database costs about 10 s of CPU (Tortoise rebuilds its model state at each
    operation), so `recourse migrate` builds one per pytest process and the other servers start from
    a copy of it (SQLite's backup API). `recourse serve` still checks the migrations at start; the
    command itself is tested on fresh databases in tests/test_cli.py."""
    global _migrated
    target = folder / "live.sqlite3"
    if _migrated is None:
        _cli({**env, "DATABASE_URL": f"sqlite://{target}"}, "migrate")
        _migrated = folder / "migrated.sqlite3"
        _copy_sqlite(target, _migrated)
    else:
        _copy_sqlite(_migrated, target)
    return f"sqlite://{target}"


def _copy_sqlite(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as old, closing(sqlite3.connect(target)) as new:
        old.backup(new)


def _cli(env: dict, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "plugin.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


DEMO_DOMAIN = "allegra-k.myshopify.com"  # the demo shop with the most to show: a held request, refunds
# The demo, smaller than `serve`'s 50 orders a shop: enough for returns in every status (tests/admin_app/test_demo.py).
SEED_DEMO = """
import asyncio, sys
from plugin.cli.demo import seed_demo
from plugin.store.orm import orm

async def main():
    async with orm(sys.argv[1]):
        assert await seed_demo(orders_per_shop=30), "the database already had shops"

asyncio.run(main())
"""


def start(folder: Path, *, database_url: str | None = None, demo: bool = False, serve_args: Sequence[str] = (),
          env: dict[str, str] | None = None, log: Path | None = None) -> LiveServer:
    """`recourse serve` over `database_url` (a new SQLite file in `folder` by default): with the demo
    shops when `demo`, else with the one empty shop DOMAIN. `serve_args` go to `recourse serve` (e.g.
    --proxy-headers); `env` overrides the server's environment; `log` keeps what it writes to stderr
    (its log lines)."""
    overrides = env or {}
    env = {**os.environ, "LOG_LEVEL": "WARNING", "RECOURSE_EMBEDDED_WORKER": "false", "RECOURSE_ENV": "development",
           "RECOURSE_MAIL_DIR": str(folder / "mail"), **overrides}
    if database_url is None:
        database_url = _migrated_sqlite(folder, env)
    else:
        _cli({**env, "DATABASE_URL": database_url}, "migrate")
    env["DATABASE_URL"] = database_url
    if demo:
        done = subprocess.run([sys.executable, "-c", SEED_DEMO, database_url], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        domain = DEMO_DOMAIN
    else:
        _cli(env, "shop", "add", "--domain", DOMAIN, "--name", "Audit", "--support-email", "help@audit.example")
        domain = DOMAIN
    token = _cli(env, "token", "admin", "--shop", domain, "--ttl", "3600").strip()
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "plugin.cli", "serve", "--no-demo", "--host", "127.0.0.1",
                                "--port", str(port), *serve_args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=log.open("ab") if log is not None else subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"recourse serve exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return LiveServer(url, domain, token, process)
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

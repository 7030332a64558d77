"""The PostgreSQL pool: sized by a setting, and no reset round trip after every statement."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from tortoise.connection import get_connection

from models.shop import Shop
from plugin.store.db import tortoise_config
from plugin.process.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_pool_size_setting():
    assert Settings.from_env({}).db_pool_size == 20
    assert Settings.from_env({"RECOURSE_DB_POOL_SIZE": "25"}).db_pool_size == 25
    with pytest.raises(ValueError, match="RECOURSE_DB_POOL_SIZE"):
        Settings.from_env({"RECOURSE_DB_POOL_SIZE": "0"})
    credentials = tortoise_config("postgresql://u@h:5432/d", 25)["connections"]["default"]["credentials"]
    assert credentials["maxsize"] == 25
    # A size written into the URL wins.
    assert tortoise_config("postgres://u@h:5432/d?maxsize=3", 25)["connections"]["default"]["credentials"]["maxsize"] == "3"
    assert tortoise_config("sqlite://x.sqlite3", 25)["connections"]["default"] == "sqlite://x.sqlite3"


async def test_connections_go_back_to_the_pool_without_a_reset(db):
    if db.backend != "postgres":
        pytest.skip("the reset is asyncpg's")
    await Shop.filter(id=0).count()
    await asyncio.gather(*(Shop.filter(id=n).exists() for n in range(4)))
    # Every other connection of this database shows the last statement it ran: with asyncpg's
    # default reset that would be `SELECT pg_advisory_unlock_all(); CLOSE ALL; ...`.
    rows = await get_connection("default").execute_query_dict(
        "SELECT query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
    )
    assert rows, "the pool holds more than one connection"
    assert not [r for r in rows if "pg_advisory_unlock_all" in r["query"]], rows


FREEZE_CHECK = """
import asyncio, gc, sys
from plugin.process.settings import Settings
from plugin.web.app import create_app

async def main():
    app = create_app(Settings(database_url=f"sqlite://{sys.argv[1]}", embedded_worker=False))
    before = gc.get_freeze_count()
    async with app.router.lifespan_context(app):
        frozen = gc.get_freeze_count() - before
    print(frozen, gc.get_freeze_count())

asyncio.run(main())
"""


def test_the_served_app_keeps_its_startup_heap_out_of_the_collector(tmp_path):
    # In a process of its own: starting the app opens the ORM globally, and in this process that
    # would rebind the models to the app's SQLite while the suite's PostgreSQL tests still run.
    done = subprocess.run([sys.executable, "-c", FREEZE_CHECK, str(tmp_path / "freeze.sqlite3")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    frozen, left = map(int, done.stdout.split())
    assert frozen > 10_000  # the schemas, models and modules loaded by then: full collections skip them
    assert left == 0  # given back when the app stops

"""Schema changes go through migrations: the models and models/migrations/ never disagree."""

import subprocess
import sys
from pathlib import Path

from tortoise.migrations.autodetector import MigrationAutodetector

from plugin.store.db import tortoise_config

ROOT = Path(__file__).resolve().parents[1]


async def test_models_match_migrations(db):
    apps = tortoise_config(db.url)["apps"]
    writers = await MigrationAutodetector(db.ctx.apps, apps).changes()
    described = [op.describe() if hasattr(op, "describe") else repr(op) for w in writers for op in w.operations]
    assert not writers, f"models changed without a migration ({described}): run tortoise makemigrations"


# In a process of its own: migrating opens the ORM globally, which would rebind the suite's models.
SQLITE_UPGRADE = """
import asyncio, sqlite3, sys
from tortoise import Tortoise
from tortoise.migrations.api import migrate
from plugin.store.db import tortoise_config

path = sys.argv[1]

async def to(target=None):
    try:
        await migrate(config=tortoise_config(f"sqlite://{path}"), target=target)
    finally:
        await Tortoise.close_connections()

asyncio.run(to("models.0023_analytics_orders_returned"))
db = sqlite3.connect(path)
entry = "INSERT INTO blocklist_entry (shop_id, kind, value, created_by, created_at) VALUES (1, 'EMAIL', 'a@b.c', 'staff', '2026-12-01')"
db.execute(entry); db.execute(entry); db.commit()
try:
    asyncio.run(to())
except RuntimeError as refused:
    print("refused:", refused)
db.execute("DELETE FROM blocklist_entry WHERE id = 2"); db.commit()
asyncio.run(to())
try:
    db.execute(entry)
except sqlite3.IntegrityError as twice:
    print("unique:", twice)
"""


def test_a_sqlite_database_gets_its_uniqueness_back_and_is_told_what_stands_in_the_way(tmp_path):
    done = subprocess.run([sys.executable, "-c", SQLITE_UPGRADE, str(tmp_path / "old.sqlite3")], capture_output=True,
                          text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    refused, unique = done.stdout.splitlines()
    assert refused.startswith("refused: blocklist_entry holds rows that share shop_id, kind, value")
    assert "keep one of each" in refused
    assert unique.startswith("unique: UNIQUE constraint failed: blocklist_entry.shop_id, blocklist_entry.kind")

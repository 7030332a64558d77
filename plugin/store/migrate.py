"""Schema changes go through Tortoise's own migrations, never `generate_schemas` outside tests."""

from __future__ import annotations

from tortoise import Tortoise
from tortoise.connection import get_connection
from tortoise.migrations.api import migrate
from tortoise.migrations.executor import MigrationExecutor

from plugin.store.db import tortoise_config


async def apply_migrations(database_url: str) -> None:
    config = tortoise_config(database_url)
    try:
        await migrate(config=config)
    finally:
        await Tortoise.close_connections()


async def pending_migrations(database_url: str) -> list[str]:
    """Names of migrations on disk not yet applied, for an already initialised ORM."""
    apps = tortoise_config(database_url)["apps"]
    executor = MigrationExecutor(get_connection("default"), apps)
    steps = await executor.plan()
    return [f"{s.migration.app_label}.{s.migration.name}" for s in steps if not s.backward]

"""The ORM's lifetime for commands that run outside the web app (CLI, worker, demo)."""

from __future__ import annotations

from contextlib import asynccontextmanager

from tortoise import Tortoise

from plugin.store.db import tortoise_config


@asynccontextmanager
async def orm(database_url: str):
    await Tortoise.init(config=tortoise_config(database_url))
    try:
        yield
    finally:
        await Tortoise.close_connections()

"""Schema changes go through migrations: the models and models/migrations/ never disagree."""

from tortoise.migrations.autodetector import MigrationAutodetector

from plugin.store.db import tortoise_config


async def test_models_match_migrations(db):
    apps = tortoise_config(db.url)["apps"]
    writers = await MigrationAutodetector(db.ctx.apps, apps).changes()
    described = [op.describe() if hasattr(op, "describe") else repr(op) for w in writers for op in w.operations]
    assert not writers, f"models changed without a migration ({described}): run tortoise makemigrations"

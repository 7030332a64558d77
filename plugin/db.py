"""Tortoise configuration: one place that knows the apps, the models and the migrations."""

from __future__ import annotations

from models import MODEL_MODULES


def normalise_url(url: str) -> str:
    # Operators paste libpq-style URLs; Tortoise names its asyncpg engine "postgres".
    for prefix in ("postgresql+asyncpg://", "postgresql://"):
        if url.startswith(prefix):
            return "postgres://" + url[len(prefix):]
    return url


def tortoise_config(database_url: str) -> dict:
    return {
        "connections": {"default": normalise_url(database_url)},
        "apps": {
            "models": {
                "models": MODEL_MODULES,
                "migrations": "models.migrations",
                "default_connection": "default",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


def _from_env() -> dict:
    from plugin.settings import Settings

    return tortoise_config(Settings.from_env().database_url)


# For Tortoise's own CLI: `tortoise -c plugin.db.TORTOISE_ORM makemigrations`.
TORTOISE_ORM = _from_env()

"""Tortoise configuration: one place that knows the apps, the models, the migrations and the pool."""

from __future__ import annotations

from tortoise.backends.base.config_generator import expand_db_url

from models import MODEL_MODULES

DEFAULT_POOL_SIZE = 20


def normalise_url(url: str) -> str:
    # Operators paste libpq-style URLs; Tortoise names its asyncpg engine "postgres".
    for prefix in ("postgresql+asyncpg://", "postgresql://"):
        if url.startswith(prefix):
            return "postgres://" + url[len(prefix):]
    return url


async def _keep_session(connection) -> None:
    """Give a connection back to the pool as it is.

    asyncpg's default reset sends `SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL`
    whenever a connection goes back, and Tortoise takes one from the pool for every statement, so
    each statement cost two round trips. Recourse leaves no session state behind: no session
    advisory locks, LISTEN, cursors or SET outside a transaction (SET LOCAL ends with it). asyncpg
    still rolls back a transaction left open before calling this.
    """


def connection_config(database_url: str, pool_size: int = DEFAULT_POOL_SIZE) -> str | dict:
    url = normalise_url(database_url)
    if not url.startswith("postgres://"):
        return url
    config = expand_db_url(url)
    credentials = config["credentials"]
    # Settings in the URL (?maxsize=...) win over the process setting.
    credentials.setdefault("maxsize", pool_size)
    credentials.setdefault("minsize", 1)
    credentials["reset"] = _keep_session
    return config


def tortoise_config(database_url: str, pool_size: int = DEFAULT_POOL_SIZE) -> dict:
    return {
        "connections": {"default": connection_config(database_url, pool_size)},
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
    from plugin.process.settings import Settings

    settings = Settings.from_env()
    return tortoise_config(settings.database_url, settings.db_pool_size)


# For Tortoise's own CLI: `tortoise -c plugin.store.db.TORTOISE_ORM makemigrations`.
TORTOISE_ORM = _from_env()

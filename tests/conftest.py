"""Test set-up: every database test runs on SQLite and on PostgreSQL.

RECOURSE_TEST_DB picks the backend for one pytest process (sqlite by default); the README's test
command runs one pass per backend (each pure test in one of them). One process cannot serve both:
Tortoise caches SQL per model class, so a second dialect in the same process would reuse the first
one's statements.
Each run gets a fresh database built by the real migrations; each test starts from empty tables.
Under CI (any true-looking value) or RECOURSE_TEST_STRICT, which .ci/run sets, an unreachable
PostgreSQL fails the run instead of skipping it (tests/strict.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import httpx
import pytest
from tortoise import Tortoise
from tortoise import context as tortoise_context
from tortoise.context import TortoiseContext
from tortoise.contrib.test import _topological_sort_models  # truncate_all_models' own order
from tortoise.migrations.executor import MigrationExecutor

from plugin.web.app import create_app
from plugin.store.db import tortoise_config
from plugin.process.settings import Settings
from tests.strict import unavailable

POSTGRES_ADMIN_URL = os.environ.get("RECOURSE_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/test")
BACKEND = os.environ.get("RECOURSE_TEST_DB", "sqlite")
if BACKEND not in ("sqlite", "postgres"):
    raise pytest.UsageError("RECOURSE_TEST_DB must be sqlite or postgres")


SLOW_TIMEOUT = 600  # seconds for a test marked `slow`; every other test gets pyproject.toml's `timeout`


# Each pure test (no `db` mark) runs in one pass. Those under these folders run in the PostgreSQL
# pass, which otherwise holds only the database tests and used to end minutes before the SQLite
# pass; the others run in the SQLite pass. Their servers use SQLite files of their own, whatever the
# pass. scripts/dev.py (PASSES) selects each pass's tests by these marks (README, Testing).
PURE_IN_POSTGRES_PASS = ("ui",)
TESTS = Path(__file__).parent


def pytest_collection_modifyitems(items):
    for item in items:
        # Tests that touch the database carry the `db` mark, so the PostgreSQL run can select them.
        if "db" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)
        elif any(item.path.is_relative_to(TESTS / folder) for folder in PURE_IN_POSTGRES_PASS):
            item.add_marker(pytest.mark.postgres_pass)
        # A slow test still has a limit, only a longer one (an explicit `timeout` mark wins).
        if item.get_closest_marker("slow") and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(SLOW_TIMEOUT))


def pytest_configure(config):
    config.addinivalue_line("markers", "db: the test uses the database (runs once per backend)")
    config.addinivalue_line("markers", "postgres_pass: a pure test the README's command runs in its PostgreSQL pass")
    config.addinivalue_line("markers", "no_rate_limits: the app under test runs without rate limits")


@dataclass
class Database:
    backend: str
    url: str
    ctx: TortoiseContext


async def _postgres_available() -> str | None:
    try:
        conn = await asyncio.wait_for(asyncpg.connect(POSTGRES_ADMIN_URL), timeout=5)
    except Exception as exc:  # any failure to connect means "not available"
        return f"{type(exc).__name__}: {exc}"
    await conn.close()
    return None


async def _create_postgres_database() -> tuple[str, str]:
    name = f"recourse_test_{secrets.token_hex(4)}"
    conn = await asyncpg.connect(POSTGRES_ADMIN_URL)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
        # A throw-away database needs no durability: commits stop waiting for the WAL's fsync. What
        # other sessions see, and when, is unchanged.
        await conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    finally:
        await conn.close()
    base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}", name


async def _drop_postgres_database(name: str) -> None:
    conn = await asyncpg.connect(POSTGRES_ADMIN_URL)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def open_database(url: str) -> TortoiseContext:
    """A context over `url` with the schema built by the project's migrations."""
    config = tortoise_config(url)
    ctx = TortoiseContext()
    with ctx:
        await ctx.init(config=config)
        await MigrationExecutor(ctx.db(), config["apps"]).migrate()
    return ctx


def activate(ctx: TortoiseContext | None) -> None:
    # Requests run in tasks the fixture did not create; the global fallback reaches all of them.
    tortoise_context._global_context = None
    if ctx is not None:
        tortoise_context.set_global_context(ctx)


@pytest.fixture(scope="session")
async def database(tmp_path_factory):
    if BACKEND == "sqlite":
        url = f"sqlite://{tmp_path_factory.mktemp('db') / 'recourse.sqlite3'}"
        ctx = await open_database(url)
        yield Database("sqlite", url, ctx)
        await ctx.close_connections()
        return
    problem = await _postgres_available()
    if problem:
        unavailable(f"PostgreSQL unreachable at {POSTGRES_ADMIN_URL}: {problem}", "the PostgreSQL tests")
    url, name = await _create_postgres_database()
    drop_when_the_run_ends(name)
    ctx = await open_database(url)
    yield Database("postgres", url, ctx)
    await ctx.close_connections()


# PostgreSQL databases this run created. DROP DATABASE forces a checkpoint, which on a server busy
# with other runs takes a minute or more: it happens after the last test (pytest_sessionfinish), so
# it counts against no test's timeout.
_TO_DROP: list[str] = []


def drop_when_the_run_ends(name: str) -> None:
    _TO_DROP.append(name)


def pytest_sessionfinish(session):
    async def drop_all() -> None:
        for name in _TO_DROP:
            await _drop_postgres_database(name)

    if _TO_DROP:
        asyncio.run(drop_all())
        _TO_DROP.clear()


async def empty_tables() -> None:
    """Every model's table emptied, children before parents, in one transaction: one commit a test.
    Tortoise's truncate_all_models commits each table's DELETE on its own on SQLite (an fsync each),
    and its TRUNCATE on PostgreSQL gives every table and index new files: 1.5 s a test on a busy
    machine, more than the median test's own call."""
    models = _topological_sort_models(list(Tortoise.apps.get_models_iterable()))
    connection = models[0]._meta.db
    quote = connection.query_class.SQL_CONTEXT.quote_char
    deletes = "".join(f"DELETE FROM {quote}{model._meta.db_table}{quote};" for model in models)
    await connection.execute_script(f"BEGIN;{deletes}COMMIT;")


@pytest.fixture
async def db(database):
    activate(database.ctx)
    yield database
    await empty_tables()
    activate(None)


@pytest.fixture
async def app(db, tmp_path, request):
    # Tests that fire dozens of guest requests at one order on purpose (concurrency, long refusal
    # tables) carry `no_rate_limits`, which also turns off the edge's queue for anonymous requests (one
    # in flight per address); the limiter and the queue have their own tests
    # (tests/hardening/test_rate_limits.py, tests/hardening/test_admission.py).
    limited = request.node.get_closest_marker("no_rate_limits") is None
    return create_app(Settings(database_url=db.url, photo_dir=str(tmp_path / "photos"), rate_limits=limited),
                      manage_orm=False)


@pytest.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://recourse.test") as http:
        yield http


class SqlCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.statements.append(record.getMessage())


@contextmanager
def count_sql():
    """Every statement Tortoise sends, as its db client logs them at DEBUG."""
    logger = logging.getLogger("tortoise.db_client")
    handler, level = SqlCounter(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield handler.statements
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)

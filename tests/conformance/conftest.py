import pytest

from tests import conftest as root
from tests import live_server
from tests.strict import unavailable


@pytest.fixture(scope="session")
def live(tmp_path_factory):
    # The audit sends its checks all at once from one address, anonymously: with the limits on, the
    # admission queue answers 429 past 16 waiting (tests/hardening/test_admission.py holds that).
    server = live_server.start(tmp_path_factory.mktemp("live"), env={"RECOURSE_RATE_LIMITS": "false"})
    yield server
    live_server.stop(server)


@pytest.fixture(scope="session")
async def demo_live(tmp_path_factory):
    """`recourse serve` with the demo shops over the pass's database: a SQLite file, or a throw-away
    PostgreSQL database (created and dropped like the test database, so parallel runs never meet)."""
    folder = tmp_path_factory.mktemp("demo-live")
    if root.BACKEND == "sqlite":
        server = live_server.start(folder, demo=True)
        yield server
        live_server.stop(server)
        return
    problem = await root._postgres_available()
    if problem:
        unavailable(f"PostgreSQL unreachable at {root.POSTGRES_ADMIN_URL}: {problem}", "the PostgreSQL tests")
    url, name = await root._create_postgres_database()
    root.drop_when_the_run_ends(name)
    server = live_server.start(folder, database_url=url, demo=True)
    yield server
    live_server.stop(server)

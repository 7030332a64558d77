import pytest

from tests import live_server


@pytest.fixture(scope="session")
def live(tmp_path_factory):
    server = live_server.start(tmp_path_factory.mktemp("live"))
    yield server
    live_server.stop(server)

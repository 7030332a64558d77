"""GraphQL over HTTP, in full: graphql-http's server audit (npm `graphql-http`, pinned in
package.json here) passes every check on both endpoints of a running `recourse serve`, with the
headers a real client sends. `python3 scripts/dev.py test` installs the package when node_modules is
missing; node must be on PATH (CI: it is; elsewhere the test skips without it)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.strict import unavailable

pytestmark = pytest.mark.slow  # a live server: see pyproject.toml's timeout

HERE = Path(__file__).parent
AUDITS = 61  # graphql-http 1.23.1


def _node() -> str:
    node = shutil.which("node")
    if node is None or not (HERE / "node_modules" / "graphql-http").exists():
        unavailable("node or the graphql-http package is missing (python3 scripts/dev.py test installs it)",
                    "node and tests/conformance/node_modules")
    return node


def audit(url: str, headers: dict[str, str]) -> list[dict]:
    done = subprocess.run([_node(), str(HERE / "audit.mjs"), url, json.dumps(headers)], cwd=HERE,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("endpoint", ["admin", "storefront"])
def test_the_graphql_over_http_audit_passes_every_check(live, endpoint):
    headers = live.admin_headers if endpoint == "admin" else live.storefront_headers
    results = audit(f"{live.url}/{endpoint}/graphql", headers)
    failed = [f"{r['id']} {r['status']}: {r['name']} ({r.get('reason')})" for r in results if r["status"] != "ok"]
    assert failed == []
    assert len(results) == AUDITS

"""Fuzzing both GraphQL endpoints with schemathesis (GraphQL mode) against a running `recourse serve`,
with valid credentials: whatever the generated operation, no 5xx and no unexpected error (a resolver
that raised shows as the masked "Unexpected error."; internals never show).

The suite runs a fixed seed and a few examples per field; a longer run (README, "Fuzzing"):

    RECOURSE_FUZZ_EXAMPLES=200 .venv/bin/python -m pytest tests/conformance/test_fuzz.py -p no:randomly
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, seed, settings

EXAMPLES = int(os.environ.get("RECOURSE_FUZZ_EXAMPLES", "3"))
SEED = int(os.environ.get("RECOURSE_FUZZ_SEED", "20261201"))
INTERNALS = ("Traceback", 'File "', "tortoise.", "asyncpg", "sqlite3", "NoneType", "object has no attribute")


FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def check(response) -> None:
    assert response.status_code < 500, response.text[:2000]
    if response.status_code == 429:  # the rate limits (guest lookups) are doing their job
        assert int(response.headers["Retry-After"]) >= 1
        return
    body = response.json()
    for error in body.get("errors") or ():
        message = error.get("message", "")
        assert message != "Unexpected error.", (error, response.request.body)
        assert not any(marker in message for marker in INTERNALS), error


@pytest.mark.parametrize("endpoint", ["admin", "storefront"])
def test_fuzz(live, endpoint):
    headers = live.admin_headers if endpoint == "admin" else live.storefront_headers
    schema = schemathesis.graphql.from_url(f"{live.url}/{endpoint}/graphql", headers=headers)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > (40 if endpoint == "admin" else 5)
    for operation in operations:

        @FUZZ
        @seed(SEED)
        @given(case=operation.as_strategy())
        def fuzz(case):
            check(case.call(headers=headers))

        fuzz()

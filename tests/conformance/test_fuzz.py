"""Fuzzing both GraphQL endpoints with schemathesis (GraphQL mode) against a running `recourse serve`
over the demo shops (orders, returns in every status, refunds, a held request), with valid
credentials: whatever the generated operation, no 5xx and no unexpected error (a resolver that raised
shows as the masked "Unexpected error."; internals never show). It runs once per database: the
server uses the pass's backend (a throw-away PostgreSQL database in the PostgreSQL pass).

The suite runs a fixed seed and RECOURSE_FUZZ_EXAMPLES (default 5) examples per field, about a
minute a pass on a 2-core machine; a longer run (README, "Fuzzing"):

    RECOURSE_FUZZ_EXAMPLES=200 .venv/bin/python -m pytest tests/conformance/test_fuzz.py -p no:randomly
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import schemathesis
import graphql
import httpx
from graphql import build_schema
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from schemathesis.graphql import nodes

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("RECOURSE_FUZZ_EXAMPLES", "5"))
SEED = int(os.environ.get("RECOURSE_FUZZ_SEED", "20261201"))
INTERNALS = ("Traceback", 'File "', "tortoise.", "asyncpg", "sqlite3", "NoneType", "object has no attribute")


# Our own scalars, as a client could send them: well-formed values and junk alike.
def _literal(value) -> graphql.ValueNode:
    if value is None:
        return graphql.NullValueNode()
    if isinstance(value, bool):
        return graphql.BooleanValueNode(value=value)
    if isinstance(value, int):
        return nodes.Int(value)
    if isinstance(value, str):
        return nodes.String(value)
    if isinstance(value, list):
        return nodes.List([_literal(item) for item in value])
    return nodes.Object([graphql.ObjectFieldNode(name=graphql.NameNode(value=k), value=_literal(v)) for k, v in value.items()])


_leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=20))
_key = st.from_regex(r"[a-z_][a-z0-9_]{0,10}", fullmatch=True)
_json = st.recursive(_leaf, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_key, inner, max_size=4)),
                     max_leaves=12)
schemathesis.graphql.scalar("JSON", _json.map(_literal))
schemathesis.graphql.scalar("Decimal", st.one_of(st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
                                                 st.sampled_from(["NaN", "1E+999999", "-0", "abc", "1.005"])).map(nodes.String))
schemathesis.graphql.scalar("Date", st.one_of(st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)).map(nodes.String))
schemathesis.graphql.scalar("DateTime", st.one_of(st.datetimes().map(lambda d: d.isoformat() + "Z"),
                                                  st.text(max_size=12)).map(nodes.String))

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


def _has_demo_data(live) -> None:
    """The server fuzzed holds the demo, so list and lookup fields answer with real rows."""
    body = httpx.post(f"{live.url}/admin/graphql", headers=live.admin_headers, timeout=30, json={
        "query": "{ orders(first: 1) { nodes { id } } returns(first: 1) { nodes { id } } riskReviews(first: 1) { nodes { id } } }"}).json()
    assert all(body["data"][field]["nodes"] for field in ("orders", "returns", "riskReviews")), body


# `db`: it runs in the PostgreSQL pass too (its server on that pass's database), not only on SQLite.
@pytest.mark.db
@pytest.mark.slow
@pytest.mark.parametrize("endpoint", ["admin", "storefront"])
def test_fuzz(demo_live, endpoint):
    live = demo_live
    _has_demo_data(live)
    headers = live.admin_headers if endpoint == "admin" else live.storefront_headers
    schema = schemathesis.graphql.from_url(f"{live.url}/{endpoint}/graphql", headers=headers)
    operations = [result.ok() for result in schema.get_all_operations()]
    sdl = build_schema((ROOT / "graphql" / f"{endpoint}.graphql").read_text())
    assert len(operations) == len(sdl.query_type.fields) + len(sdl.mutation_type.fields)  # every field
    for operation in operations:

        @FUZZ
        @seed(SEED)
        @given(case=operation.as_strategy())
        def fuzz(case):
            check(case.call(headers=headers))

        fuzz()

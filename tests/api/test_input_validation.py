"""Bad input gets a clear error and writes nothing; no input produces a 500 or a masked error."""

from __future__ import annotations

import base64
import json

import pytest

from plugin.api.auth import issue_session_token
from tests.helpers import admin, fixture, make_shop, row_counts, storefront

MASKED = "Unexpected error."

IMPORT = """
mutation($order: JSON!) {
  orderImport(order: $order) { outcome order { id } userErrors { field message code } }
}
"""
ORDERS = "query($first: Int, $after: String, $query: String) { orders(first: $first, after: $after, query: $query) { nodes { id } } }"
GUEST = "query($name: String, $email: String) { order(name: $name, email: $email) { id } }"


def graphql_literal(value) -> str:
    """A Python value as a GraphQL input literal (objects with bare keys), for JSON arguments."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {graphql_literal(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(graphql_literal(item) for item in value) + "]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(value)  # a GraphQL string literal has JSON's escapes, \u0000 included


def refused(response) -> list[str]:
    """The messages of a refusal that is clear: never a 500, never masked, never a success."""
    assert response.status_code < 500, response.text
    assert MASKED not in response.text, response.text
    body = response.json()
    messages = [e["message"] for e in body.get("errors") or []]
    data = body.get("data") or {}
    payload = data.get("orderImport") if isinstance(data, dict) else None
    if payload:
        assert payload["order"] is None and payload["outcome"] is None, body
        messages += [f"{e['field']}: {e['message']}" for e in payload["userErrors"]]
    assert messages, body
    return messages


@pytest.fixture
async def shop(db):
    return await make_shop()


# --- strings: NUL and length -------------------------------------------------------------------


async def test_nul_in_variables_is_refused_everywhere(client, shop):
    counts = await row_counts()
    order = fixture("orders_create.json")
    order["line_items"][1]["title"] = "Wool\x00Socks"
    for messages in (
        refused(await admin(client, shop, IMPORT, {"order": order})),
        refused(await admin(client, shop, IMPORT, {"order": fixture("orders_create.json") | {"note\x00": "x"}})),
        refused(await admin(client, shop, ORDERS, {"query": "name:#10\x0001"})),
        refused(await admin(client, shop, ORDERS, {"after": "\x00"})),
        refused(await storefront(client, shop, GUEST, {"name": "#1001", "email": "jon@example.com\x00"})),
        refused(await admin(client, shop, "query($id: ID!) { node(id: $id) { id } }", {"id": "gid://recourse/Order/1\x00"})),
    ):
        assert any("NUL" in m for m in messages), messages
    assert await row_counts() == counts


async def test_nul_in_literals_is_refused(client, shop):
    counts = await row_counts()
    order = fixture("orders_create.json")
    order["name"] = "#10\x0001"
    literal = graphql_literal(order)
    assert "\\u0000" in literal
    for messages in (
        refused(await admin(client, shop, "mutation { orderImport(order: %s) { order { id } userErrors { field message } } }" % literal)),
        refused(await admin(client, shop, '{ orders(query: "name:\\u0000") { nodes { id } } }')),
        refused(await storefront(client, shop, '{ order(name: "#1001", email: "jon\\u0000@example.com") { id } }')),
        refused(await admin(client, shop, '{ node(id: "gid://recourse/Order/1\\u0000") { id } }')),
    ):
        assert any("NUL" in m for m in messages), messages
    assert await row_counts() == counts


async def test_over_long_strings_are_refused(client, shop):
    counts = await row_counts()
    huge = "x" * 10_001
    order = fixture("orders_create.json")
    order["line_items"][0]["title"] = huge
    for messages in (
        refused(await admin(client, shop, IMPORT, {"order": order})),
        refused(await admin(client, shop, ORDERS, {"query": huge})),
        refused(await storefront(client, shop, GUEST, {"name": huge, "email": "jon@example.com"})),
        refused(await admin(client, shop, '{ orders(query: "%s") { nodes { id } } }' % huge)),
        refused(await admin(client, shop, "mutation { orderImport(order: %s) { order { id } userErrors { field message } } }" % graphql_literal(order))),
    ):
        assert any("10000" in m for m in messages), messages
    # Under the request-wide cap but over the column's: a userError naming the field.
    order["line_items"][0]["title"] = "x" * 513
    messages = refused(await admin(client, shop, IMPORT, {"order": order}))
    assert messages == ["['order', 'line_items', '0', 'title']: String should have at most 512 characters"]
    assert await row_counts() == counts


# --- numbers: quantities and amounts -----------------------------------------------------------


@pytest.mark.parametrize("quantity", [-1, 0, 100_001, 1.5, "two", None, True])
async def test_bad_quantities_are_user_errors(client, shop, quantity):
    counts = await row_counts()
    order = fixture("orders_create.json")
    order["line_items"][0]["quantity"] = quantity
    r = await admin(client, shop, IMPORT, {"order": order})
    messages = refused(r)
    assert [e["field"] for e in r.json()["data"]["orderImport"]["userErrors"]] == [["order", "line_items", "0", "quantity"]], messages
    assert await row_counts() == counts


@pytest.mark.parametrize(
    "amount", ["NaN", "nan", "sNaN", "Infinity", "-Infinity", "inf", "1E+999999", "1e13", "-1.00", "12,50", "0x10", True, [], {}]
)
async def test_bad_amounts_are_user_errors(client, shop, amount):
    counts = await row_counts()
    order = fixture("orders_create.json")
    order["line_items"][1]["price"] = amount
    r = await admin(client, shop, IMPORT, {"order": order})
    messages = refused(r)
    fields = [e["field"] for e in r.json()["data"]["orderImport"]["userErrors"]]
    assert fields == [["order", "line_items", "1", "price"]], messages
    assert await row_counts() == counts


async def test_float_amounts_are_refused_with_a_clear_message(client, shop):
    counts = await row_counts()
    order = fixture("orders_create.json")
    order["total_price"] = 252.96  # a JSON number reaches the API as a float
    r = await admin(client, shop, IMPORT, {"order": order})
    assert refused(r) == ["['order', 'total_price']: amounts must be strings or decimals, not floats"]
    # The same through a GraphQL literal.
    r = await admin(client, shop, "mutation { orderImport(order: %s) { order { id } outcome userErrors { field message } } }" % graphql_literal(order))
    assert refused(r) == ["['order', 'total_price']: amounts must be strings or decimals, not floats"]
    assert await row_counts() == counts


async def test_non_finite_json_numbers_in_the_request_body_are_refused(client, shop):
    # Python's json module reads NaN / Infinity / 1E+999999 (as inf); none of them becomes money.
    counts = await row_counts()
    for number in ("NaN", "Infinity", "-Infinity", "1E+999999"):
        text = json.dumps({"query": IMPORT, "variables": {"order": fixture("orders_create.json") | {"total_price": "__N__"}}})
        r = await client.post(
            "/admin/graphql",
            content=text.replace('"__N__"', number),
            headers={"Authorization": f"Bearer {issue_session_token(shop)}", "Content-Type": "application/json"},
        )
        messages = refused(r)
        assert any("total_price" in m for m in messages), messages
    assert await row_counts() == counts


async def test_a_valid_import_still_works(client, shop):
    # The guards above refuse bad input, not good input: integers and strings are fine amounts.
    order = fixture("orders_create.json") | {"total_price": 253, "subtotal_price": "224.970"}
    r = await admin(client, shop, IMPORT, {"order": order})
    assert r.json()["data"]["orderImport"]["userErrors"] == []
    assert r.json()["data"]["orderImport"]["outcome"] == "CREATED"


# --- pagination arguments ----------------------------------------------------------------------


@pytest.mark.parametrize("first", [0, 251, -1, 2**31 - 1])
async def test_page_size_out_of_range(client, shop, first):
    r = await admin(client, shop, ORDERS, {"first": first})
    (message,) = refused(r)
    assert message == "first: must be between 1 and 250"
    assert r.json()["errors"][0]["extensions"]["code"] == "BAD_PAGE_SIZE"


async def test_page_size_that_is_not_an_int(client, shop):
    for first in (2**31, 1.5, "10"):
        (message,) = refused(await admin(client, shop, ORDERS, {"first": first}))
        assert "$first" in message


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    "cursor",
    ["garbage", "!!!", "", "=", _b64("cursor:"), _b64("cursor:-1"), _b64("cursor:abc"), _b64("offset:5"),
     _b64("cursor:\u00b2"), _b64("cursor:" + "9" * 40), "\u00e9t\u00e9", _b64("\xff")],
)
async def test_garbage_cursors_are_clear_errors(client, shop, cursor):
    r = await admin(client, shop, ORDERS, {"first": 5, "after": cursor})
    (message,) = refused(r)
    assert message == "after: not a valid cursor"
    assert r.json()["errors"][0]["extensions"]["code"] == "BAD_CURSOR"


# --- whole requests ----------------------------------------------------------------------------


async def test_malformed_request_bodies_are_4xx(client, shop):
    headers = {"X-Shop-Domain": shop.domain, "Content-Type": "application/json"}
    long_int = b'{"query": "{ order(name: \\"x\\") { id } }", "variables": {"a": ' + b"1" * 5000 + b"}}"
    for body in (b"{", b"\xff\xfe", b"[" * 100_000, long_int, b'{"query": 1}', b"[]", b'{"query": "{ order(name: \\"x\\") { id } }", "variables": 1}'):
        r = await client.post("/storefront/graphql", content=body, headers=headers)
        assert 400 <= r.status_code < 500, (body[:20], r.status_code, r.text)


async def test_syntax_and_unknown_fields_are_graphql_errors(client, shop):
    for query in ("{ orders(first: 5) { nodes { nope } } }", "{ orders(", "{ orders(first: 5) " + "{ nodes " * 200 + "}" * 201):
        r = await admin(client, shop, query)
        assert refused(r)


async def test_deeply_nested_unknown_fields_are_ignored(client, shop):
    deep = {"note": json.loads("[" * 500 + "]" * 500)}
    r = await admin(client, shop, IMPORT, {"order": fixture("orders_create.json") | deep})
    assert r.json()["data"]["orderImport"]["outcome"] == "CREATED"


async def test_payloads_the_database_cannot_hold_are_user_errors(client, shop):
    # Each of these once reached the database and came back as a masked "Unexpected error.".
    counts = await row_counts()

    def duplicate_line(order):
        order["line_items"][1]["id"] = order["line_items"][0]["id"]

    def duplicate_fulfillment_line(order):
        fulfillment = fixture("fulfillments_create.json")
        fulfillment["line_items"][1]["id"] = fulfillment["line_items"][0]["id"]
        order["fulfillments"] = [fulfillment]

    def year_one(order):
        order["processed_at"] = "0001-01-01T00:00:00+14:00"

    def far_future(order):
        order["updated_at"] = "9999-12-31T23:59:59-14:00"

    def huge_tax_total(order):
        order["line_items"][0]["tax_lines"] = [{"price": "1000000000000"}] * 100

    cases = {
        duplicate_line: ["order", "line_items"],
        duplicate_fulfillment_line: ["order", "fulfillments", "0", "line_items"],
        year_one: ["order", "processed_at"],
        far_future: ["order", "updated_at"],
        huge_tax_total: ["order", "line_items", "0", "tax_lines"],
    }
    for change, field in cases.items():
        order = fixture("orders_create.json")
        change(order)
        r = await admin(client, shop, IMPORT, {"order": order})
        refused(r)
        assert [e["field"] for e in r.json()["data"]["orderImport"]["userErrors"]] == [field], change.__name__
    assert await row_counts() == counts


async def test_timestamps_are_stored_in_utc(client, shop):
    # Offsets differ between payloads; ordering by updated_at must not depend on them (SQLite
    # compares stored datetimes as text).
    order = fixture("orders_create.json") | {"updated_at": "2026-11-02T23:00:00+09:00"}  # 14:00 UTC
    await admin(client, shop, IMPORT, {"order": order})
    newer = fixture("orders_create.json") | {"updated_at": "2026-11-02T10:00:00-05:00", "phone": "+1555"}  # 15:00 UTC
    r = await admin(client, shop, IMPORT, {"order": newer})
    assert r.json()["data"]["orderImport"]["outcome"] == "UPDATED"
    older = fixture("orders_create.json") | {"updated_at": "2026-11-03T00:30:00+10:00", "phone": "+1666"}  # 14:30 UTC
    r = await admin(client, shop, IMPORT, {"order": older})
    assert r.json()["data"]["orderImport"]["outcome"] == "STALE"
    r = await admin(client, shop, "{ orders(first: 1) { nodes { phone placedAt } } }")
    assert r.json()["data"]["orders"]["nodes"] == [{"phone": "+1555", "placedAt": "2026-11-02T19:03:11+00:00"}]


async def test_oversized_body_is_refused_before_parsing(client, db):
    from tests.helpers import make_shop
    from plugin.api.auth import issue_session_token

    shop = await make_shop()
    body = b'{"query": "{ shop { name } }", "pad": "' + b"x" * 300_000 + b'"}'
    response = await client.post(
        "/admin/graphql", content=body,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {issue_session_token(shop)}"},
    )
    assert response.status_code == 413


async def test_query_cost_limit(client, db):
    from tests.helpers import admin, make_shop

    shop = await make_shop()
    fine = await admin(client, shop, "{ orders(first: 250) { nodes { name lines { title product { tags } } } } }")
    assert fine.status_code == 200 and not fine.json().get("errors")
    page = "orders(first: $n) { nodes { name lines { title sku quantity product { tags title vendor productType } } fulfillments { lines { quantity line { title sku product { tags } } } } } }"
    nested = f"query($n: Int) {{ a: {page} b: {page} }}"
    costly = await admin(client, shop, nested, {"n": 250})
    error = costly.json()["errors"][0]
    assert costly.status_code == 200 and error["extensions"]["code"] == "MAX_COST_EXCEEDED"
    assert costly.json()["data"] is None

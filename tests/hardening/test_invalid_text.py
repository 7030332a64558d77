"""Issue 21, item 14: a lone surrogate (`#1\\udcff`) in a storefront order name raised
UnicodeEncodeError on PostgreSQL — masked to the client, a traceback in the log. Text that is not
valid Unicode is refused at the edge with a clear error, on every way in: GraphQL variables and
literals (both APIs), webhook payloads, and nothing reaches the database or the error log."""

from __future__ import annotations

import json
import logging

from plugin.api.auth import issue_session_token
from tests.helpers import make_shop, send_webhook
from tests.lifecycle.builders import EMAIL, delivered_order
from tests.test_privacy import order_payload

LONE = "#1\udcff"
ORDER = "query($n: String!, $e: String!) { order(name: $n, email: $e) { name } }"


def _body(query: str, variables: dict) -> bytes:
    # json.dumps escapes the surrogate as \udcff, which is what an attacker's client sends.
    return json.dumps({"query": query, "variables": variables}).encode()


def _refused(response, caplog, code: str | None = "BAD_INPUT") -> None:
    assert response.status_code in (200, 400), response.text
    body = response.json()
    assert body.get("data") is None and "Unexpected error" not in response.text
    [error] = body["errors"]
    assert (error.get("extensions") or {}).get("code") == code and ("Unicode" in error["message"] or "U+DCFF" in error["message"]), error
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]


async def test_a_lone_surrogate_in_a_variable_is_refused_with_a_clear_error(client, db, caplog):
    shop = await make_shop()
    await delivered_order(shop)
    response = await client.post("/storefront/graphql", content=_body(ORDER, {"n": LONE, "e": EMAIL}),
                                 headers={"X-Shop-Domain": shop.domain, "Content-Type": "application/json"})
    _refused(response, caplog)


async def test_a_lone_surrogate_in_a_literal_or_a_json_key_is_refused(client, db, caplog):
    shop = await make_shop()
    headers = {"X-Shop-Domain": shop.domain, "Content-Type": "application/json"}
    # Escaped in GraphQL: graphql-core's parser refuses it (a syntax error naming the escape).
    escaped = '{ order(name: "#1\\udcff", email: "a@b.co") { name } }'
    _refused(await client.post("/storefront/graphql", content=json.dumps({"query": escaped}).encode(), headers=headers),
             caplog, code=None)
    # Escaped in JSON only: the document holds the surrogate itself, which the parser refuses too.
    raw = '{ order(name: "#1\udcff", email: "a@b.co") { name } }'
    _refused(await client.post("/storefront/graphql", content=json.dumps({"query": raw}).encode(), headers=headers),
             caplog, code=None)
    staff = await client.post("/admin/graphql", content=_body(
        "mutation($d: JSON!) { policyUpdate(document: $d) { userErrors { code } } }", {"d": {"returns\udcff": 1}}),
        headers={"Authorization": f"Bearer {issue_session_token(shop)}", "Content-Type": "application/json"})
    _refused(staff, caplog)


async def test_a_lone_surrogate_in_a_webhook_is_a_400(client, db, caplog):
    shop = await make_shop()
    payload = order_payload("#1001", email_="a@example.com", first="A\udcff", last="B", phone="1", street="x",
                            customer="9", ip="203.0.113.1")
    response = await send_webhook(client, shop, "orders/create", json.dumps(payload).encode(), event_id="s-1")
    assert response.status_code == 400, response.text
    [problem] = response.json()["problems"]
    assert problem["field"][-1] == "first_name" and "Unicode" in problem["message"], problem
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

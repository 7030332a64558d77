"""Finding 7, the low ones: long-lived or multi-audience admin tokens, introspection in production,
a whole bad query (and emails) in one log line, refunds on a return capped only by the order. (The
neutral status of a held return: tests/risk_flow/test_holds.py.)"""

from __future__ import annotations

import json
import logging
import time

import httpx
import pytest

from models.audit import AuditEvent
from plugin.web.app import create_app
from plugin.process.logs import MAX_MESSAGE_CHARS, JsonFormatter
from plugin.process.settings import Settings
from tests.api.test_auth import DENIED, ORDERS, session_claims, sign
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import REFUND, apply_preset, delivered_order, return_in, staff
from tests.risk_flow.test_holds import held_return

SECRET = "k" * 64
INTROSPECT = "{ __schema { queryType { name } } }"


async def test_a_held_return_reads_as_requested_to_its_customer(client, db):
    shop = await make_shop()
    ret = await held_return(client, shop)  # asserts REQUESTED on the storefront, ON_HOLD for staff
    assert ret["status"] == "REQUESTED"


@pytest.mark.parametrize("changes", [
    {"exp": int(time.time()) + 100 * 365 * 86400},  # a century
    {"exp": int(time.time()) + 2 * 86400},
    {"aud": ["someone-else", "API_KEY"]},  # a list that merely contains ours
])
async def test_admin_tokens_have_a_bounded_life_and_one_audience(client, db, changes):
    shop = await make_shop(api_secret=SECRET)
    if changes.get("aud"):
        changes = {"aud": [a if a != "API_KEY" else shop.api_key for a in changes["aud"]]}
    response = await admin(client, shop, ORDERS, token=sign(session_claims(shop, **changes), SECRET))
    assert response.status_code == 401 and response.json() == DENIED


async def test_a_day_long_admin_token_still_works(client, db):
    shop = await make_shop(api_secret=SECRET)
    token = sign(session_claims(shop, exp=int(time.time()) + 86400), SECRET)
    assert (await admin(client, shop, ORDERS, token=token)).status_code == 200


async def _client(db, **settings):
    app = create_app(Settings(database_url=db.url, **settings), manage_orm=False)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://recourse.test")


async def test_introspection_is_off_in_production_and_configurable_for_the_admin(client, db):
    shop = await make_shop()
    async with await _client(db, environment="production") as production:
        for call in (storefront, admin):
            refused = (await call(production, shop, INTROSPECT)).json()
            assert refused.get("data") is None and refused["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"
            assert gql_ok(await call(production, shop, "{ __typename }")) == {"__typename": "Query"}
    async with await _client(db, environment="production", admin_introspection=True) as configured:
        assert gql_ok(await admin(configured, shop, INTROSPECT))["__schema"]["queryType"]["name"] == "Query"
        assert (await storefront(configured, shop, INTROSPECT)).json()["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"
    assert gql_ok(await storefront(client, shop, INTROSPECT))  # development: GraphiQL needs it


async def test_a_huge_bad_query_is_not_echoed_whole_into_the_log_and_emails_stay_out(client, db):
    shop = await make_shop()
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(self.format(record))

    handler = Collect()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.INFO)  # a client's bad query is logged at INFO (issue 21, item 15)
    try:
        bad = '{ order(name: "#1001", email: "victim.person@example.com") { name } ' + "x " * 120_000 + "!!"
        response = await storefront(client, shop, bad)
        assert response.status_code in (200, 400) and response.json()["errors"]
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    assert lines, "the error was logged"
    for line in lines:
        entry = json.loads(line)
        assert len(entry["message"]) <= MAX_MESSAGE_CHARS + 40
        assert "victim.person" not in line
    # One line for the client's mistake, its message only (no source excerpt to echo the query).
    assert len([line for line in lines if "client error" in line]) == 1


async def test_a_refund_on_a_return_is_capped_by_its_value_unless_staff_override(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    _, line_gid = await delivered_order(shop)  # 2 x 40.00 + 5.00 shipping
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED", quantity=1)
    over = await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "80.00"}})
    assert [e["code"] for e in over["userErrors"]] == ["OVER_REFUND"] and "overrideReason" in over["userErrors"][0]["message"]
    assert over["refund"] is None
    allowed = await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "80.00", "overrideReason": "shipping damage on both"}})
    assert allowed["userErrors"] == [] and allowed["refund"]["amount"]["amount"] == "80.00"
    [event] = await AuditEvent.filter(action="refund.over_return_value")
    assert event.note == "shipping damage on both" and event.actor == "staff:1"
    # The order's payment still caps everything, override or not.
    beyond = await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "10.00", "overrideReason": "more"}})
    assert [e["code"] for e in beyond["userErrors"]] == ["OVER_REFUND"]

"""The refund ledger: rows with a status, balances derived from them; defaults from the policy's quote."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.audit import AuditEvent
from models.refund import Refund
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    CONFIRM,
    EMAIL,
    EVERY_CONDITION,
    INSPECT,
    REFUND,
    apply_preset,
    change_policy,
    delivered_order,
    lifecycle_state,
    return_in,
    staff,
)

QUOTE = """mutation($i: ReturnRequestInput!) { returnQuote(input: $i) {
  quote { refund { lines { kind code amount { amount } quantity } total { amount } } } userErrors { code } } }"""
ORDER_REFUNDS = """query($id: ID!) { order(id: $id) { refunds { id amount { amount currencyCode } status reason returnId }
  returns { id refunds { id status } } } }"""


def fees(document: dict) -> None:
    document["fees"]["flat_fee"] = "5.00"
    document["fees"]["restocking_percent"] = "10"


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    await change_policy(client, shop, fees)  # 10% restocking and a 5.00 fee per return: quotes are not linear
    return shop


async def quote(client, shop, line_gid, quantity: int, name="#1001") -> dict:
    variables = {"i": {"orderName": name, "email": EMAIL, "lines": [
        {"lineId": line_gid, "quantity": quantity, "reason": "UNWANTED", "condition": EVERY_CONDITION}]}}
    return gql_ok(await storefront(client, shop, QUOTE, variables))["returnQuote"]["quote"]["refund"]


def codes(payload: dict) -> list[str]:
    return [e["code"] for e in payload["userErrors"]]


async def test_the_default_refund_is_the_quote_and_a_second_one_has_nothing_to_refund(client, shop):
    _, line_gid = await delivered_order(shop)
    expected = await quote(client, shop, line_gid, 2)
    assert expected["total"]["amount"] == "67.00"
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")

    made = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert made["userErrors"] == []
    assert made["refund"]["amount"] == {"amount": "67.00", "currencyCode": "USD"}
    assert [(l["code"], l["amount"]["amount"]) for l in made["refund"]["breakdown"]] == [
        (l["code"], l["amount"]["amount"]) for l in expected["lines"]]

    before = await lifecycle_state()
    again = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert codes(again) == ["NOTHING_TO_REFUND"] and again["refund"] is None
    assert await lifecycle_state() == before


async def test_partial_acceptance_refunds_the_quote_for_the_accepted_units(client, shop):
    _, line_gid = await delivered_order(shop)
    one = await quote(client, shop, line_gid, 1)
    assert one["total"]["amount"] == "31.00"  # 40 - 4 restocking - 5 fee; not half of 67
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED", accepted=1)

    made = await staff(client, shop, REFUND, {"i": {"returnId": rid}})

    assert made["userErrors"] == [] and made["refund"]["amount"]["amount"] == "31.00"
    assert [l["quantity"] for l in made["refund"]["breakdown"] if l["kind"] == "ITEM"] == [1]
    assert codes(await staff(client, shop, REFUND, {"i": {"returnId": rid}})) == ["NOTHING_TO_REFUND"]


async def test_the_quote_is_the_one_of_the_version_the_return_was_decided_under(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "RECEIVED")

    def no_fees(document):
        document["fees"]["flat_fee"] = "0"
        document["fees"]["restocking_percent"] = "0"

    await change_policy(client, shop, no_fees)  # version 3 of the policy: no fees any more
    inspected = await staff(client, shop, INSPECT, {"id": rid, "l": [
        {"returnLineId": line, "acceptedQuantity": 1, "rejectedQuantity": 1, "condition": "WORN"}]})
    assert inspected["userErrors"] == [] and inspected["return"]["policyVersion"] == 2
    made = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert made["refund"]["amount"]["amount"] == "31.00"


async def test_nothing_accepted_is_nothing_to_refund(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED", accepted=0)
    before = await lifecycle_state()
    assert codes(await staff(client, shop, REFUND, {"i": {"returnId": rid, "idempotencyKey": "k"}})) == ["NOTHING_TO_REFUND"]
    assert await lifecycle_state() == before
    # Staff may still refund an amount of their choosing (a goodwill gesture), beyond the return's
    # value only with a reason for the override.
    refused = await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "5.00", "reason": "GOODWILL"}})
    assert codes(refused) == ["OVER_REFUND"]
    made = await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "5.00", "reason": "GOODWILL",
                                                    "overrideReason": "a goodwill gesture"}})
    assert made["refund"]["amount"]["amount"] == "5.00" and made["refund"]["reason"] == "GOODWILL"


async def test_a_partial_refund_leaves_the_rest_of_the_quote_for_the_default(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    first = await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "20.00"}})
    assert first["refund"]["amount"]["amount"] == "20.00"
    rest = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert rest["refund"]["amount"]["amount"] == "47.00"
    assert codes(await staff(client, shop, REFUND, {"i": {"returnId": rid}})) == ["NOTHING_TO_REFUND"]


# --- confirmation --------------------------------------------------------------------------------


async def test_refund_confirm_succeeded(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    refund = (await staff(client, shop, REFUND, {"i": {"returnId": rid}}))["refund"]

    done = await staff(client, shop, CONFIRM, {"id": refund["id"], "s": "SUCCEEDED", "p": "re_123"})

    assert done["userErrors"] == [] and done["refund"]["status"] == "SUCCEEDED" and done["refund"]["processedAt"]
    row = await Refund.get()
    assert (row.status, row.platform_refund_id) == ("SUCCEEDED", "re_123")
    assert await AuditEvent.filter(action="refund.succeeded", subject_id=row.id).count() == 1
    before = await lifecycle_state()
    for status in ("SUCCEEDED", "FAILED"):
        again = await staff(client, shop, CONFIRM, {"id": refund["id"], "s": status})
        assert codes(again) == ["INVALID_STATE"] and again["refund"] is None
    # A succeeded refund still counts: the quote is used up.
    assert codes(await staff(client, shop, REFUND, {"i": {"returnId": rid}})) == ["NOTHING_TO_REFUND"]
    assert await lifecycle_state() == before


async def test_a_failed_refund_stops_counting(client, shop):
    order, _ = await delivered_order(shop)  # 85.00 paid
    gid = f"gid://recourse/Order/{order.id}"
    everything = await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "85.00", "reason": "OTHER"}})
    assert everything["userErrors"] == []
    over = await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "0.01", "reason": "OTHER"}})
    assert codes(over) == ["OVER_REFUND"] and "only 0.00 USD" in over["userErrors"][0]["message"]

    failed = await staff(client, shop, CONFIRM, {"id": everything["refund"]["id"], "s": "FAILED"})
    assert failed["refund"]["status"] == "FAILED"

    again = await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "85.00", "reason": "OTHER"}})
    assert again["userErrors"] == [] and again["refund"]["status"] == "PENDING"
    assert codes(await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "0.01", "reason": "OTHER"}})) == ["OVER_REFUND"]


async def test_a_failed_return_refund_can_be_made_again_by_default(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    first = (await staff(client, shop, REFUND, {"i": {"returnId": rid, "idempotencyKey": "a"}}))["refund"]
    await staff(client, shop, CONFIRM, {"id": first["id"], "s": "FAILED"})
    second = await staff(client, shop, REFUND, {"i": {"returnId": rid, "idempotencyKey": "b"}})
    assert second["userErrors"] == [] and second["refund"]["amount"]["amount"] == "67.00"
    assert second["refund"]["id"] != first["id"]


async def test_refund_confirm_refuses_bad_input(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    refund = (await staff(client, shop, REFUND, {"i": {"returnId": rid}}))["refund"]
    other = await make_shop("other.myshopify.com")
    await apply_preset(client, other)
    _, foreign_line = await delivered_order(other)
    foreign_rid, _ = await return_in(client, other, foreign_line, "INSPECTED")
    foreign = (await staff(client, other, REFUND, {"i": {"returnId": foreign_rid}}))["refund"]
    before = await lifecycle_state()
    cases = [
        ({"id": refund["id"], "s": "PENDING"}, "INVALID", ["status"]),
        ({"id": refund["id"], "s": "SUCCEEDED", "p": "x" * 65}, "TOO_LONG", ["platformRefundId"]),
        ({"id": foreign["id"], "s": "SUCCEEDED"}, "NOT_FOUND", ["id"]),
        ({"id": rid, "s": "SUCCEEDED"}, "NOT_FOUND", ["id"]),
        ({"id": "gid://recourse/Refund/999999", "s": "SUCCEEDED"}, "NOT_FOUND", ["id"]),
    ]
    for variables, code, field in cases:
        answer = await staff(client, shop, CONFIRM, variables)
        assert [(e["code"], e["field"]) for e in answer["userErrors"]] == [(code, field)] and answer["refund"] is None
    assert await lifecycle_state() == before


async def test_order_refunds_list_the_ledger(client, shop):
    order, line_gid = await delivered_order(shop)
    gid = f"gid://recourse/Order/{order.id}"
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED", accepted=1)
    by_return = (await staff(client, shop, REFUND, {"i": {"returnId": rid}}))["refund"]
    goodwill = (await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "4.00", "reason": "GOODWILL"}}))["refund"]
    failed = (await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "1.00", "reason": "OTHER"}}))["refund"]
    await staff(client, shop, CONFIRM, {"id": failed["id"], "s": "FAILED"})
    await staff(client, shop, CONFIRM, {"id": by_return["id"], "s": "SUCCEEDED"})

    shown = gql_ok(await admin(client, shop, ORDER_REFUNDS, {"id": gid}))["order"]

    assert shown["refunds"] == [
        {"id": by_return["id"], "amount": {"amount": "31.00", "currencyCode": "USD"}, "status": "SUCCEEDED", "reason": "RETURN", "returnId": rid},
        {"id": goodwill["id"], "amount": {"amount": "4.00", "currencyCode": "USD"}, "status": "PENDING", "reason": "GOODWILL", "returnId": None},
        {"id": failed["id"], "amount": {"amount": "1.00", "currencyCode": "USD"}, "status": "FAILED", "reason": "OTHER", "returnId": None},
    ]
    assert shown["returns"] == [{"id": rid, "refunds": [{"id": by_return["id"], "status": "SUCCEEDED"}]}]
    counted = sum(r.amount for r in await Refund.filter(order_id=order.id, status__in=("PENDING", "SUCCEEDED")))
    assert counted == Decimal("35.00")

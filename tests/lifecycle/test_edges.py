"""Edges of the lifecycle found while testing it: races between two staff steps, a reopened return,
a cancellation after a partial refund, a return decided under the default policy."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from models.audit import AuditEvent
from models.refund import Refund
from models.returns import Return
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    add_return_address,
    CANCEL_REQUEST,
    CLOSE,
    CONFIRM,
    DECLINE,
    EMAIL,
    EVERY_CONDITION,
    INSPECT,
    RECEIVE,
    REFUND,
    REOPEN,
    RETURN_CANCEL,
    apply_preset,
    change_policy,
    delivered_order,
    lifecycle_state,
    placed_order,
    return_in,
    staff,
)


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    return shop


def codes(payload: dict) -> list[str]:
    return [e["code"] for e in payload["userErrors"]]


async def test_a_return_closed_after_receipt_reopens_as_received_and_can_be_inspected(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "RECEIVED")
    assert (await staff(client, shop, CLOSE, {"id": rid}))["return"]["status"] == "CLOSED"

    reopened = await staff(client, shop, REOPEN, {"id": rid})

    assert reopened["userErrors"] == [] and reopened["return"]["status"] == "RECEIVED"
    inspected = await staff(client, shop, INSPECT, {"id": rid, "l": [{"returnLineId": line, "acceptedQuantity": 2}]})
    assert inspected["userErrors"] == []
    assert (await staff(client, shop, REFUND, {"i": {"returnId": rid}}))["refund"]["amount"]["amount"] == "80.00"


async def test_a_return_closed_before_receipt_reopens_as_open(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "CLOSED")
    reopened = await staff(client, shop, REOPEN, {"id": rid})
    assert reopened["return"]["status"] == "OPEN" and reopened["return"]["shipBy"]
    received = await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": line, "quantity": 2}]})
    assert received["return"]["status"] == "RECEIVED"


@pytest.mark.parametrize("quantity", [0, -1])
async def test_receiving_no_units_is_refused(client, shop, quantity):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "OPEN")
    before = await lifecycle_state()
    answer = await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": line, "quantity": quantity}]})
    assert [(e["code"], e["field"]) for e in answer["userErrors"]] == [("INVALID", ["lines", "0", "quantity"])]
    assert await lifecycle_state() == before


async def test_concurrent_confirmations_settle_a_refund_once(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    refund = (await staff(client, shop, REFUND, {"i": {"returnId": rid}}))["refund"]

    answers = await asyncio.gather(*(
        admin(client, shop, CONFIRM, {"id": refund["id"], "s": "SUCCEEDED" if n % 2 else "FAILED"}) for n in range(20)))

    results = [gql_ok(a)["refundConfirm"] for a in answers]
    settled = [r["refund"]["status"] for r in results if r["refund"]]
    assert len(settled) == 1, settled
    assert {c for r in results for c in codes(r)} == {"INVALID_STATE"}
    assert (await Refund.get()).status == settled[0]
    assert await AuditEvent.filter(action__in=("refund.succeeded", "refund.failed")).count() == 1


@pytest.mark.parametrize("rival", ["decline", "cancel"])
async def test_a_return_declined_or_cancelled_meanwhile_is_never_refunded(client, shop, rival):
    for attempt in range(8):
        name = f"#1{attempt:03d}"
        # A customer each: eight returns in a row from one customer would be held for fraud review.
        _, line_gid = await delivered_order(shop, name=name, customer=f"c{attempt}")
        rid, _ = await return_in(client, shop, line_gid, "OPEN", order_name=name)
        if rival == "decline":
            stop = admin(client, shop, DECLINE, {"id": rid, "r": "OTHER"})
        else:
            stop = storefront(client, shop, RETURN_CANCEL, {"id": rid, "e": EMAIL})
        answers = await asyncio.gather(stop, admin(client, shop, REFUND, {"i": {"returnId": rid, "amount": "10.00"}}))
        stopped, refunded = (next(iter(gql_ok(a).values())) for a in answers)
        ret = await Return.get(id=int(rid.rsplit("/", 1)[1]))
        has_refund = await Refund.filter(return_request_id=ret.id).exists()
        assert not (ret.status in ("DECLINED", "CANCELED") and has_refund), (attempt, stopped, refunded)
        assert bool(refunded["refund"]) == has_refund
        assert (stopped["return"] is not None) == (ret.status in ("DECLINED", "CANCELED"))


@pytest.mark.parametrize("stop", ["decline", "cancel"])
async def test_a_refunded_return_can_no_longer_be_declined_or_withdrawn(client, shop, stop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "OPEN")
    refund = (await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "10.00"}}))["refund"]
    before = await lifecycle_state()
    if stop == "decline":
        answer = await staff(client, shop, DECLINE, {"id": rid, "r": "OTHER"})
    else:  # the customer would keep the items and the money
        answer = gql_ok(await storefront(client, shop, RETURN_CANCEL, {"id": rid, "e": EMAIL}))["returnCancel"]
    assert codes(answer) == ["INVALID_STATE"] and "refunded" in answer["userErrors"][0]["message"]
    assert await lifecycle_state() == before
    # Once the refund failed, nothing went out: the return may be stopped again.
    await staff(client, shop, CONFIRM, {"id": refund["id"], "s": "FAILED"})
    if stop == "decline":
        answer = await staff(client, shop, DECLINE, {"id": rid, "r": "OTHER"})
    else:
        answer = gql_ok(await storefront(client, shop, RETURN_CANCEL, {"id": rid, "e": EMAIL}))["returnCancel"]
    assert answer["userErrors"] == [] and answer["return"]["status"] in ("DECLINED", "CANCELED")


async def test_a_customer_may_cancel_after_a_partial_refund_and_gets_the_rest(client, shop):
    order = await placed_order(shop, quantity=2)  # 85.00 paid, unshipped
    gid = f"gid://recourse/Order/{order.id}"
    goodwill = await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "10.00", "reason": "GOODWILL"}})
    assert goodwill["userErrors"] == []

    answer = gql_ok(await storefront(client, shop, CANCEL_REQUEST, {"n": "#2001", "e": EMAIL}))["orderCancelRequest"]

    assert answer["userErrors"] == [] and answer["cancelled"] is True
    amounts = sorted(r.amount for r in await Refund.filter(order_id=order.id))
    assert amounts == [Decimal(10), Decimal(75)]


async def test_a_return_decided_under_the_default_policy_is_refunded_under_it(client, db):
    shop = await make_shop()  # no policy saved: the defaults apply, version None
    _, line_gid = await delivered_order(shop)
    quote = """mutation($i: ReturnRequestInput!) { returnQuote(input: $i) { quote { allowed reasons { code } refund { total { amount } } } } }"""
    one = gql_ok(await storefront(client, shop, quote, {"i": {"orderName": "#1001", "email": EMAIL, "proofOfPurchase": "INV-1001", "lines": [
        {"lineId": line_gid, "quantity": 1, "reason": "UNWANTED", "condition": EVERY_CONDITION}]}}))["returnQuote"]["quote"]
    assert one["allowed"], one["reasons"]
    # Approving needs a return address: the shop adds one after the request, which stays decided under the defaults.
    rid, line = await return_in(client, shop, line_gid, "RECEIVED", before_approval=lambda: add_return_address(client, shop))
    assert (await Return.get()).policy_version is None
    await apply_preset(client, shop)

    def fees(document):
        document["fees"]["flat_fee"] = "5.00"
        document["fees"]["restocking_percent"] = "10"

    await change_policy(client, shop, fees)  # a policy with fees, saved after the request
    await staff(client, shop, INSPECT, {"id": rid, "l": [
        {"returnLineId": line, "acceptedQuantity": 1, "rejectedQuantity": 1, "condition": "WORN"}]})
    made = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert made["refund"]["amount"]["amount"] == one["refund"]["total"]["amount"]

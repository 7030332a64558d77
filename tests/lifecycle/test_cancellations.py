"""Order cancellations: a customer's request decided by the policy at once, and staff's orderCancel."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from models.audit import AuditEvent
from models.order import Order
from models.outbox import OutboxMessage
from models.refund import Cancellation, Refund
from plugin.actions import cancellations
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    CANCEL_REQUEST,
    EMAIL,
    ORDER_CANCEL,
    REFUND,
    apply_preset,
    customer_token,
    lifecycle_state,
    placed_order,
    set_webhook_url,
    staff,
)

ORDER = "query($id: ID!) { order(id: $id) { cancelledAt cancelReason refunds { amount { amount } status reason } } }"


class FrozenClock(datetime):
    """`datetime` for the cancellations module, with `now()` fixed to `moment`."""

    moment: datetime

    @classmethod
    def now(cls, tz=None):
        return cls.moment


@pytest.fixture
def clock(monkeypatch):
    monkeypatch.setattr(cancellations, "datetime", FrozenClock)
    return FrozenClock


async def shop_with(client, preset: str, webhook: bool = True):
    shop = await make_shop()
    await apply_preset(client, shop, preset, warehouse=False)  # cancellations need no return address
    if webhook:
        await set_webhook_url(shop)
    return shop


async def cancel_request(client, shop, name="#2001", **kw) -> dict:
    variables = {"n": name, "e": EMAIL, **kw}
    return gql_ok(await storefront(client, shop, CANCEL_REQUEST, variables))["orderCancelRequest"]


async def outbox(kind=None) -> list[tuple[str, str]]:
    rows = OutboxMessage.all().order_by("id")
    if kind:
        rows = rows.filter(kind=kind)
    return [(row.kind, row.topic) for row in await rows]


async def test_alotrop_cancels_an_unshipped_order_at_once(client, db):
    shop = await shop_with(client, "ALOTROP")
    order = await placed_order(shop, hours_ago=72, quantity=2)  # 85.00 paid; no hours window, only "until shipped"

    answer = await cancel_request(client, shop)

    assert answer["userErrors"] == [] and answer["cancelled"] is True
    decision = answer["decision"]
    assert decision["allowed"] and decision["reasons"] == [] and decision["policyVersion"] == 1
    assert decision["refundEstimate"] == {"amount": "85.00", "currencyCode": "USD"}
    assert decision["nextStep"].startswith("Cancel the order now")
    await order.refresh_from_db()
    assert order.cancelled_at is not None and order.cancel_reason == "customer"
    cancellation = await Cancellation.get(order_id=order.id)
    assert (cancellation.requested_by, cancellation.reason, cancellation.refund_amount, cancellation.policy_version) == (
        "guest", "CUSTOMER", Decimal("85.00"), 1)
    refund = await Refund.get(order_id=order.id)
    assert (refund.status, refund.amount, refund.reason, refund.cancellation_id) == ("PENDING", Decimal("85.00"), "CANCELLATION", cancellation.id)
    assert await outbox() == [
        ("WEBHOOK", "order.cancelled"), ("EMAIL", "cancellation_confirmed"), ("WEBHOOK", "refund.created"), ("EMAIL", "refund_issued"),
    ]
    webhook = await OutboxMessage.get(topic="order.cancelled")
    assert webhook.payload["order_name"] == "#2001" and webhook.payload["refund"] == {"amount": "85.00", "currency": "USD"}
    email = await OutboxMessage.get(topic="cancellation_confirmed")
    assert email.payload["to"] == EMAIL and email.subject_id == order.id
    assert await AuditEvent.filter(action="order.cancelled", actor="guest").count() == 1
    # The admin's order shows it.
    shown = gql_ok(await admin(client, shop, ORDER, {"id": f"gid://recourse/Order/{order.id}"}))["order"]
    assert shown["cancelledAt"] and shown["refunds"] == [{"amount": {"amount": "85.00"}, "status": "PENDING", "reason": "CANCELLATION"}]


async def test_alotrop_refuses_a_shipped_order_and_says_to_return_it_instead(client, db):
    shop = await shop_with(client, "ALOTROP")
    order = await placed_order(shop, hours_ago=1, shipped=True)
    before = await lifecycle_state()

    answer = await cancel_request(client, shop)

    assert answer["userErrors"] == [] and answer["cancelled"] is False
    assert [r["code"] for r in answer["decision"]["reasons"]] == ["ALREADY_SHIPPED"]
    assert answer["decision"]["nextStep"] == "Wait for delivery, then request a return."
    assert answer["decision"]["refundEstimate"]["amount"] == "0.00"
    after = await lifecycle_state()
    assert (after["Cancellation"], after["Refund"], after["orders"]) == (0, 0, before["orders"])
    # No webhook for what did not happen; the customer is told why by email.
    assert await outbox() == [("EMAIL", "cancellation_refused")]
    assert (await Order.get(id=order.id)).cancelled_at is None


@pytest.mark.parametrize("offset, allowed", [
    (timedelta(hours=23, minutes=59), True),
    (timedelta(hours=24), True),  # the window is inclusive
    (timedelta(hours=24, microseconds=1), False),
    (timedelta(days=3), False),
])
async def test_alltrendsusa_cancels_within_24_hours(client, db, clock, offset, allowed):
    shop = await shop_with(client, "ALLTRENDSUSA")
    order = await placed_order(shop, hours_ago=0)
    clock.moment = order.placed_at + offset

    answer = await cancel_request(client, shop)

    assert answer["userErrors"] == [] and answer["cancelled"] is allowed
    decision = answer["decision"]
    assert decision["deadline"] == (order.placed_at + timedelta(hours=24)).isoformat()
    if allowed:
        assert decision["reasons"] == [] and decision["refundEstimate"]["amount"] == "45.00"
        assert await Cancellation.exists(order_id=order.id)
        assert [t for _, t in await outbox("WEBHOOK")] == ["order.cancelled", "refund.created"]
    else:
        assert [r["code"] for r in decision["reasons"]] == ["CANCELLATION_PERIOD_ENDED"]
        assert "24 hours" in decision["reasons"][0]["message"]
        assert decision["nextStep"] == "Wait for delivery, then request a return."
        assert not await Cancellation.exists(order_id=order.id)
        assert await outbox("WEBHOOK") == [] and await Refund.all().count() == 0


async def test_a_signed_in_customer_cancels_by_order_id_and_nobody_else_can(client, db):
    shop = await shop_with(client, "ALOTROP", webhook=False)
    mine = await placed_order(shop)
    theirs = await placed_order(shop, name="#2002", customer="c2", email="eve@example.com")
    token = await customer_token(shop)
    before = await lifecycle_state()
    for variables, tok in (
        ({"o": f"gid://recourse/Order/{theirs.id}"}, token),  # another customer's order
        ({"o": f"gid://recourse/Order/{mine.id}"}, None),  # an id without a token
        ({"n": "#2002", "e": EMAIL}, None),  # a guest with the wrong email
        ({"n": "#2001", "e": "eve@example.com"}, None),
    ):
        answer = gql_ok(await storefront(client, shop, CANCEL_REQUEST, variables, token=tok))["orderCancelRequest"]
        assert [e["code"] for e in answer["userErrors"]] == ["ORDER_NOT_FOUND"] and answer["decision"] is None
    other = await make_shop("other.myshopify.com")
    answer = gql_ok(await storefront(client, other, CANCEL_REQUEST, {"n": "#2001", "e": EMAIL}))["orderCancelRequest"]
    assert [e["code"] for e in answer["userErrors"]] == ["ORDER_NOT_FOUND"]
    assert await lifecycle_state() == before

    answer = gql_ok(await storefront(client, shop, CANCEL_REQUEST, {"o": f"gid://recourse/Order/{mine.id}"}, token=token))
    assert answer["orderCancelRequest"]["cancelled"] is True
    assert (await Cancellation.get(order_id=mine.id)).requested_by.startswith("customer:")
    # Without a webhook URL: emails only.
    assert await outbox("WEBHOOK") == []


async def test_an_already_cancelled_order_is_invalid_state(client, db):
    shop = await shop_with(client, "ALOTROP")
    order = await placed_order(shop)
    assert (await cancel_request(client, shop))["cancelled"]
    before = await lifecycle_state()
    answer = await cancel_request(client, shop)
    assert [e["code"] for e in answer["userErrors"]] == ["INVALID_STATE"]
    staff_answer = await staff(client, shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": True})
    assert [e["code"] for e in staff_answer["userErrors"]] == ["INVALID_STATE"] and staff_answer["order"] is None
    assert await lifecycle_state() == before


# --- staff ---------------------------------------------------------------------------------------


async def test_staff_cancel_with_a_refund_refunds_what_is_left(client, db):
    shop = await shop_with(client, "ALOTROP")
    order = await placed_order(shop, shipped=True, quantity=2)  # 85.00; the policy would refuse the customer
    gid = f"gid://recourse/Order/{order.id}"
    goodwill = await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "10.00", "reason": "GOODWILL"}})
    assert goodwill["userErrors"] == []

    answer = await staff(client, shop, ORDER_CANCEL, {"o": gid, "refund": True, "n": "out of stock"})

    assert answer["userErrors"] == []
    assert answer["order"]["cancelledAt"] and answer["order"]["cancelReason"] == "STAFF"
    assert sorted((r["amount"]["amount"], r["reason"]) for r in answer["order"]["refunds"]) == [
        ("10.00", "GOODWILL"), ("75.00", "CANCELLATION")]
    cancellation = await Cancellation.get(order_id=order.id)
    assert (cancellation.requested_by, cancellation.staff_note, cancellation.refund_amount) == ("staff:1", "out of stock", Decimal("75.00"))
    assert [t for _, t in await outbox()][-4:] == ["order.cancelled", "cancellation_confirmed", "refund.created", "refund_issued"]


async def test_staff_cancel_without_a_refund_or_an_email(client, db):
    shop = await shop_with(client, "ALOTROP")
    order = await placed_order(shop)
    answer = await staff(client, shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": False, "notify": False})
    assert answer["userErrors"] == [] and answer["order"]["cancelledAt"] and answer["order"]["refunds"] == []
    assert (await Cancellation.get(order_id=order.id)).refund_amount == 0
    assert await Refund.all().count() == 0
    assert await outbox() == [("WEBHOOK", "order.cancelled")]


async def test_staff_cancel_refuses_bad_input_and_writes_nothing(client, db):
    shop = await shop_with(client, "ALOTROP")
    order = await placed_order(shop)
    other = await make_shop("other.myshopify.com")
    foreign = await placed_order(other)
    before = await lifecycle_state()
    cases = [
        ({"o": f"gid://recourse/Order/{foreign.id}", "refund": True}, "ORDER_NOT_FOUND", ["orderId"]),
        ({"o": "gid://recourse/Order/999999", "refund": True}, "ORDER_NOT_FOUND", ["orderId"]),
        ({"o": "gid://recourse/Return/1", "refund": True}, "NOT_FOUND", ["orderId"]),
        ({"o": f"gid://recourse/Order/{order.id}", "refund": True, "n": "x" * 1001}, "TOO_LONG", ["staffNote"]),
    ]
    for variables, code, field in cases:
        answer = await staff(client, shop, ORDER_CANCEL, variables)
        assert [(e["code"], e["field"]) for e in answer["userErrors"]] == [(code, field)] and answer["order"] is None
    bad_reason = """mutation($o: ID!) { orderCancel(orderId: $o, reason: "BORED") { order { id } userErrors { code field } } }"""
    answer = (await admin(client, shop, bad_reason, {"o": f"gid://recourse/Order/{order.id}"})).json()
    assert answer.get("data") is None and "OrderCancelReason" in answer["errors"][0]["message"]
    assert await lifecycle_state() == before


@pytest.mark.no_rate_limits  # twenty at once from one address: the edge would queue them one by one (and 429 past 16)
async def test_concurrent_cancel_requests_cancel_once(client, db):
    shop = await shop_with(client, "ALOTROP")
    await placed_order(shop)
    answers = await asyncio.gather(*(storefront(client, shop, CANCEL_REQUEST, {"n": "#2001", "e": EMAIL}) for _ in range(20)))
    results = [gql_ok(a)["orderCancelRequest"] for a in answers]
    assert len([r for r in results if r["cancelled"]]) == 1
    assert {e["code"] for r in results for e in r["userErrors"]} == {"INVALID_STATE"}
    assert (await Cancellation.all().count(), await Refund.all().count()) == (1, 1)
    assert await OutboxMessage.filter(topic="order.cancelled").count() == 1

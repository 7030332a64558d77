"""Finding 5: a signed orders/updated rewrote money and quantities beneath the ledger (paid 10.00 with
80.00 refunded; a line of 1 with 2 units in an active return), silently. Updates now take the order's
lock and version; what the platform says is kept, staff are told, and what the figures no longer allow
is refused."""

from __future__ import annotations

from datetime import timedelta

from models.audit import AuditEvent
from models.order import Order
from tests.helpers import admin, gql_ok, make_shop, send_webhook
from tests.lifecycle.builders import EMAIL, NOW, REFUND, request_return, staff

ORDER = """query($id: ID!) { order: node(id: $id) { ... on Order { totalPaid { amount } lines { quantity }
  ledgerDiscrepancies } } }"""


def payload(*, total="85.00", quantity=2, age=timedelta(0)) -> dict:
    placed = NOW - timedelta(days=9)
    return {
        "id": "9001", "name": "#1001", "email": EMAIL, "currency": "USD", "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": (placed + timedelta(days=1) + age).isoformat(),
        "subtotal_price": "80.00", "total_price": total, "shipping_lines": [{"price": "5.00"}],
        "shipping_address": {"country_code": "US", "province_code": "NY"}, "customer": {"id": "c1", "email": EMAIL},
        "line_items": [{"id": "9001-l1", "title": "Linen Shirt", "quantity": quantity, "price": "40.00"}],
        "fulfillments": [{"id": "9001-f1", "order_id": "9001", "created_at": (placed + timedelta(days=1)).isoformat(),
                          "updated_at": (NOW - timedelta(days=5)).isoformat(), "shipment_status": "delivered",
                          "delivered_at": (NOW - timedelta(days=5)).isoformat(),
                          "line_items": [{"id": "9001-l1", "quantity": 2}]}],
    }


async def _order(client, shop) -> tuple[Order, str]:
    assert (await send_webhook(client, shop, "orders/create", payload(), event_id="e-1")).status_code == 200
    order = await Order.get(shop_id=shop.id, platform_id="9001")
    line = await order.lines.all().first()
    return order, f"gid://recourse/OrderLine/{line.id}"


async def test_an_update_below_what_was_refunded_is_kept_flagged_and_stops_new_refunds(client, db):
    shop = await make_shop()
    order, _ = await _order(client, shop)
    gid = f"gid://recourse/Order/{order.id}"
    refunded = await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "80.00", "reason": "GOODWILL"}})
    assert refunded["userErrors"] == []
    version = (await Order.get(id=order.id)).ledger_version

    answer = await send_webhook(client, shop, "orders/updated", payload(total="10.00", age=timedelta(hours=1)), event_id="e-2")
    assert answer.status_code == 200, answer.text
    seen = gql_ok(await admin(client, shop, ORDER, {"id": gid}))["order"]
    assert seen["totalPaid"]["amount"] == "10.00"  # what the platform says
    assert seen["ledgerDiscrepancies"] == ["refunded 80 USD is more than the 10 USD the platform says was paid"]
    [event] = await AuditEvent.filter(action="order.ledger_discrepancy")
    assert event.actor == "platform" and event.after["total_paid"] == "10.0000"
    assert (await Order.get(id=order.id)).ledger_version == version + 1  # taken under the ledger's version

    more = await staff(client, shop, REFUND, {"i": {"orderId": gid, "amount": "1.00", "reason": "GOODWILL"}})
    assert [e["code"] for e in more["userErrors"]] == ["OVER_REFUND"] and "only 0.00 USD" in more["userErrors"][0]["message"]


async def test_an_update_below_the_units_in_returns_is_kept_flagged_and_stops_new_returns(client, db):
    shop = await make_shop()
    order, line_gid = await _order(client, shop)
    first = await request_return(client, shop, line_gid, quantity=2)
    assert first["userErrors"] == [] and first["return"]["status"] in ("REQUESTED", "OPEN")

    answer = await send_webhook(client, shop, "orders/updated", payload(quantity=1, age=timedelta(hours=1)), event_id="e-2")
    assert answer.status_code == 200, answer.text
    seen = gql_ok(await admin(client, shop, ORDER, {"id": f"gid://recourse/Order/{order.id}"}))["order"]
    assert seen["lines"] == [{"quantity": 1}]
    assert seen["ledgerDiscrepancies"] == [
        "2 units of 'Linen Shirt' are in returns, but the platform says the order has 1"]
    assert await AuditEvent.filter(action="order.ledger_discrepancy").count() == 1

    again = await request_return(client, shop, line_gid, quantity=1)
    assert again["return"] is None
    assert again["userErrors"] or not again["decision"]["allowed"], again


async def test_an_update_that_agrees_with_the_ledger_flags_nothing(client, db):
    shop = await make_shop()
    order, _ = await _order(client, shop)
    answer = await send_webhook(client, shop, "orders/updated", payload(total="86.00", age=timedelta(hours=1)), event_id="e-2")
    assert answer.status_code == 200
    seen = gql_ok(await admin(client, shop, ORDER, {"id": f"gid://recourse/Order/{order.id}"}))["order"]
    assert seen["ledgerDiscrepancies"] == [] and not await AuditEvent.filter(action="order.ledger_discrepancy").exists()

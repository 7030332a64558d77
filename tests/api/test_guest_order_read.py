"""The storefront's guest lookup reads the order with its lines and shipments in one statement
(plugin.actions.facts.order_with_lines): it must decide exactly as the facts read on their own do,
and find only the shop's order of that name and email."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.order import Order
from plugin.platform import shopify
from plugin.actions.decisions import cancellation_eligibility, line_eligibility
from plugin.platform.orders import import_order
from plugin.api.ids import to_gid
from tests.helpers import gql_ok, make_shop, storefront
from tests.lifecycle.builders import EMAIL, NOW, apply_preset

ELIGIBILITY = """query($n: String, $e: String) { order(name: $n, email: $e) {
  returnableLines { lineId returnableQuantity allowed reasons { code } returnBy }
  cancellation { allowed reasons { code } refundEstimate { amount currencyCode } } } }"""


def _split_order(name: str, currency: str) -> dict:
    """Three lines: one over two parcels (one delivered, one only shipped), one delivered whole,
    one not shipped; plus a parcel that failed, which ships nothing."""
    placed = NOW - timedelta(days=9)
    lines = [{"id": f"{name}-l{i}", "title": f"Item {i}", "quantity": q, "price": "20.00"} for i, q in ((1, 3), (2, 1), (3, 2))]
    parcel = lambda pid, items, **kw: {"id": pid, "order_id": name, "created_at": (placed + timedelta(days=1)).isoformat(),  # noqa: E731
                                       "updated_at": placed.isoformat(), "line_items": items, **kw}
    return {
        "id": name, "name": name, "email": EMAIL, "currency": currency, "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(), "subtotal_price": "120.00",
        "total_price": "125.00", "shipping_lines": [{"price": "5.00"}],
        "shipping_address": {"country_code": "US", "province_code": "NY"}, "customer": {"id": "c1", "email": EMAIL},
        "line_items": lines,
        "fulfillments": [
            parcel(f"{name}-f1", [{"id": f"{name}-l1", "quantity": 2}, {"id": f"{name}-l2", "quantity": 1}],
                   shipment_status="delivered", delivered_at=(NOW - timedelta(days=5)).isoformat()),
            parcel(f"{name}-f2", [{"id": f"{name}-l1", "quantity": 1}], shipment_status="in_transit"),
            parcel(f"{name}-f3", [{"id": f"{name}-l3", "quantity": 2}], status="failure"),
        ],
    }


@pytest.mark.no_rate_limits
async def test_guest_lookup_decides_as_the_facts_read_on_their_own(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    order = (await import_order(shop, shopify.Order.model_validate(_split_order("#2001", shop.currency)))).order
    data = gql_ok(await storefront(client, shop, ELIGIBILITY, {"n": "2001", "e": f"  {EMAIL.upper()} "}))["order"]

    fresh = await Order.get(id=order.id)
    expected_lines = await line_eligibility(shop, fresh)
    expected_cancel = await cancellation_eligibility(shop, fresh)
    assert [(l["lineId"], l["returnableQuantity"], l["allowed"], sorted(r["code"] for r in l["reasons"]))
            for l in data["returnableLines"]] == [
        (to_gid("OrderLine", int(e.line_id)), e.returnable_quantity, e.allowed, sorted(r.code for r in e.reasons))
        for e in expected_lines]
    assert len(data["returnableLines"]) == 3
    # The parcels differ per line, so the answers must too: the read kept each line's own shipments.
    assert len({(l["returnableQuantity"], l["allowed"]) for l in data["returnableLines"]}) > 1
    assert data["cancellation"]["allowed"] == expected_cancel.allowed


@pytest.mark.no_rate_limits
async def test_guest_lookup_finds_only_this_shops_order_of_that_email(client, db):
    shop, other = await make_shop(), await make_shop("other.myshopify.com")
    await apply_preset(client, shop)
    await import_order(other, shopify.Order.model_validate(_split_order("#2001", other.currency)))
    assert gql_ok(await storefront(client, shop, ELIGIBILITY, {"n": "#2001", "e": EMAIL}))["order"] is None
    await import_order(shop, shopify.Order.model_validate(_split_order("#2001", shop.currency)))
    assert gql_ok(await storefront(client, shop, ELIGIBILITY, {"n": "#2001", "e": "someone@example.com"}))["order"] is None
    assert len(gql_ok(await storefront(client, shop, ELIGIBILITY, {"n": "#2001", "e": EMAIL}))["order"]["returnableLines"]) == 3

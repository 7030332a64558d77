"""returnQuote and returnRequest take one input: the same input, quoted then requested, is decided
the same way, allowed or refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from plugin.platform import shopify
from plugin.platform.catalog import upsert_product
from plugin.platform.orders import import_order
from plugin.api.ids import to_gid
from plugin.api.storefront.schema import schema as storefront_schema
from tests.contract.photos import upload_photo
from tests.contract.selection import every_field
from tests.helpers import gql_ok, make_shop, storefront
from tests.lifecycle.builders import EMAIL, EVERY_CONDITION, NOW, apply_preset, delivered_order

DECISION = every_field(storefront_schema._schema, "ReturnQuote")
QUOTE = "mutation($i: ReturnRequestInput!) { returnQuote(input: $i) { quote " + DECISION + " userErrors { code field } } }"
REQUEST = "mutation($i: ReturnRequestInput!) { returnRequest(input: $i) { return { id status } decision " + DECISION + " userErrors { code field } } }"


@pytest.mark.parametrize("days_ago, reason, allowed", [
    (5, "SIZE_TOO_SMALL", True),
    (5, "DAMAGED", True),  # the merchant's fault: photos and a different refund
    (400, "UNWANTED", False),  # long past the return window
])
async def test_the_quote_is_the_decision_of_the_same_request(client, db, days_ago, reason, allowed):
    shop = await make_shop()
    _, line = await delivered_order(shop, days_ago=days_ago)
    built = {
        "orderName": "#1001", "email": EMAIL, "resolution": "REFUND", "shippingMethod": "CUSTOMER_SHIPPED",
        "proofOfPurchase": "INV-1001", "customerNote": "thanks", "idempotencyKey": "one-input",
        "lines": [{"lineId": line, "quantity": 2, "reason": reason, "condition": EVERY_CONDITION,
                   "photos": [await upload_photo(client, shop, "#1001", EMAIL)], "note": "see photo"}],
    }
    quoted = gql_ok(await storefront(client, shop, QUOTE, {"i": built}))["returnQuote"]
    requested = gql_ok(await storefront(client, shop, REQUEST, {"i": built}))["returnRequest"]
    assert quoted["userErrors"] == [] and requested["userErrors"] == []
    assert quoted["quote"]["allowed"] is allowed
    assert requested["decision"] == quoted["quote"]
    assert (requested["return"] is not None) is allowed


async def _two_line_order(shop):
    """Delivered five days ago: a regular shirt and a clearance one (ALOTROP refuses clearance)."""
    placed, delivered = NOW - timedelta(days=9), NOW - timedelta(days=5)
    for pid, tags in (("p-regular", ""), ("p-clearance", "clearance")):
        await upsert_product(shop, shopify.Product.model_validate(
            {"id": pid, "title": "Shirt", "product_type": "Shirts", "tags": tags, "updated_at": placed.isoformat()}))
    payload = {
        "id": "#1001", "name": "#1001", "email": EMAIL, "currency": shop.currency, "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(), "subtotal_price": "80.00", "total_price": "85.00",
        "shipping_lines": [{"price": "5.00"}], "shipping_address": {"country_code": "US", "province_code": "NY"},
        "customer": {"id": "c1", "email": EMAIL},
        "line_items": [{"id": f"l{n}", "product_id": pid, "title": "Shirt", "quantity": 1, "price": "40.00"}
                       for n, pid in enumerate(("p-regular", "p-clearance"))],
        "fulfillments": [{"id": "f1", "order_id": "#1001", "created_at": placed.isoformat(), "updated_at": delivered.isoformat(),
                          "shipment_status": "delivered", "delivered_at": delivered.isoformat(),
                          "line_items": [{"id": "l0", "quantity": 1}, {"id": "l1", "quantity": 1}]}],
    }
    order = (await import_order(shop, shopify.Order.model_validate(payload))).order
    return [to_gid("OrderLine", line.id) for line in await order.lines.all().order_by("position")]


@pytest.mark.parametrize("which", ["one line refused", "every line refused", "order refused"])
async def test_a_refused_request_refunds_nothing(client, db, which):
    shop = await make_shop()
    await apply_preset(client, shop, "ALOTROP")
    regular, clearance = await _two_line_order(shop)
    lines = {"one line refused": [regular, clearance], "every line refused": [clearance], "order refused": [regular]}[which]
    built = {"orderName": "#1001", "email": EMAIL, "lines": [
        {"lineId": line, "quantity": 1, "reason": "UNWANTED", "condition": EVERY_CONDITION} for line in lines]}
    if which == "order refused":
        built["shippingMethod"] = "PREPAID_LABEL"  # no label to the US under ALOTROP: the whole request is refused
    quoted = gql_ok(await storefront(client, shop, QUOTE, {"i": built}))["returnQuote"]["quote"]
    assert quoted["allowed"] is False
    refund = quoted["refund"]
    assert refund["lines"] == [] and {refund[k]["amount"] for k in ("items", "shipping", "fees", "credits", "total")} == {"0.00"}
    requested = gql_ok(await storefront(client, shop, REQUEST, {"i": built}))["returnRequest"]
    assert requested["return"] is None and requested["decision"] == quoted

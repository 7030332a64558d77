"""Money the platform already moved: captured amounts, platform refunds, voids. Signed webhooks and
GraphQL over HTTP, with Shopify's own payload shapes."""

from __future__ import annotations

from models.refund import Cancellation, Refund
from tests.helpers import admin, applied, fixture, gql_ok, make_shop, send_webhook, storefront

ORDER = """query { orders(first: 5) { nodes { id financialStatus captured { amount } refundable { amount }
  lines { sku quantity discount { amount } }
  refunds { id amount { amount } status }
  platformRefunds { platformId amount { amount } refundId } } } }"""
REFUND = """mutation($i: RefundCreateInput!) { refundCreate(input: $i) {
  refund { id amount { amount } status } userErrors { field code message } } }"""
PREVIEW = """query($s: ID!, $l: String) { emailPreview(kind: CANCELLATION_CONFIRMED, subjectId: $s, locale: $l) {
  preview { text } userErrors { code message } } }"""
CANCEL = """mutation($n: String, $e: String) { orderCancelRequest(orderName: $n, email: $e) {
  cancelled decision { allowed refundEstimate { amount } nextStep voidsPayment } userErrors { code } } }"""


async def the_order(client, shop) -> dict:
    return gql_ok(await admin(client, shop, ORDER))["orders"]["nodes"][0]


async def refund(client, shop, **values) -> dict:
    return gql_ok(await admin(client, shop, REFUND, {"i": values}))["refundCreate"]


def codes(answer: dict) -> list[str]:
    return [e["code"] for e in answer["userErrors"]]


async def test_a_voided_payment_with_a_refunded_line_cannot_be_refunded_again(client, db):
    shop = await make_shop()
    order = fixture("orders_create.json")
    order["financial_status"] = "voided"
    order["line_items"][1]["current_quantity"] = 1
    order["refunds"] = [fixture("refunds_create.json")]
    r = await send_webhook(client, shop, "orders/create", order, event_id="e1")
    assert r.status_code == 200, r.text

    mirrored = await the_order(client, shop)
    assert mirrored["captured"]["amount"] == "0.00" and mirrored["refundable"]["amount"] == "0.00"
    # current_quantity: one of the two socks is gone, and so is half its discount.
    assert [(l["sku"], l["quantity"], l["discount"]["amount"]) for l in mirrored["lines"]][1] == ("WS-1", 1, "2.50")
    assert mirrored["platformRefunds"] == [{"platformId": "929361462", "amount": {"amount": "11.00"}, "refundId": None}]

    answer = await refund(client, shop, orderId=mirrored["id"], amount="252.96", reason="OTHER")
    assert codes(answer) == ["NOTHING_TO_REFUND"] and answer["refund"] is None, answer
    assert await Refund.all().count() == 0


async def test_an_outside_refund_lowers_what_remains_refundable(client, db):
    shop = await make_shop()
    order = fixture("orders_create.json")
    order["financial_status"] = "partially_refunded"
    order["refunds"] = [fixture("refunds_create.json")]
    await send_webhook(client, shop, "orders/create", order, event_id="e1")
    mirrored = await the_order(client, shop)
    assert mirrored["refundable"]["amount"] == "241.96"  # 252.96 captured, 11.00 refunded in Shopify

    assert codes(await refund(client, shop, orderId=mirrored["id"], amount="252.96", reason="OTHER")) == ["OVER_REFUND"]
    made = await refund(client, shop, orderId=mirrored["id"], amount="241.96", reason="OTHER")
    assert made["userErrors"] == [] and made["refund"]["status"] == "PENDING"
    assert (await the_order(client, shop))["refundable"]["amount"] == "0.00"


async def test_refunds_create_confirms_the_pending_refund_it_names(client, db):
    shop = await make_shop()
    await send_webhook(client, shop, "orders/create", fixture("orders_create.json"), event_id="e1")
    order_id = (await the_order(client, shop))["id"]
    first = (await refund(client, shop, orderId=order_id, amount="11.00", reason="OTHER"))["refund"]
    second = (await refund(client, shop, orderId=order_id, amount="11.00", reason="OTHER"))["refund"]

    # The host put our id (from refund.created) in the Shopify refund's note: the second one is it.
    named = fixture("refunds_create.json")
    named["note"] = f"Recourse {second['id']}"
    r = await send_webhook(client, shop, "refunds/create", named, event_id="e2")
    assert r.status_code == 200 and r.json() == {"status": "accepted"}, r.text
    assert await applied(shop, "e2") == {"status": "created"}
    # Without our id, the same amount and lines: the remaining PENDING one.
    unnamed = fixture("refunds_create.json")
    unnamed["id"] = 929361463
    await send_webhook(client, shop, "refunds/create", unnamed, event_id="e3")
    # Shopify retries: the same refund again changes nothing.
    again = await send_webhook(client, shop, "refunds/create", unnamed, event_id="e4")
    assert again.json() == {"status": "accepted"}
    assert await applied(shop, "e4") == {"status": "stale"}

    mirrored = await the_order(client, shop)
    assert {r["id"]: r["status"] for r in mirrored["refunds"]} == {first["id"]: "SUCCEEDED", second["id"]: "SUCCEEDED"}
    assert sorted((p["platformId"], p["refundId"]) for p in mirrored["platformRefunds"]) == [
        ("929361462", second["id"]), ("929361463", first["id"])]
    assert mirrored["refundable"]["amount"] == "230.96"  # counted once each, not twice

    # A refund staff made in Shopify's admin for another amount is nobody's: it counts on its own.
    outside = fixture("refunds_create.json")
    outside["id"], outside["transactions"][0]["amount"] = 929361464, "30.96"
    await send_webhook(client, shop, "refunds/create", outside, event_id="e5")
    mirrored = await the_order(client, shop)
    assert mirrored["refundable"]["amount"] == "200.00"
    assert [p["refundId"] for p in mirrored["platformRefunds"] if p["platformId"] == "929361464"] == [None]


async def test_an_authorized_order_is_cancelled_by_voiding_not_refunding(client, db):
    shop = await make_shop()
    order = fixture("orders_create.json")
    order["financial_status"] = "authorized"
    await send_webhook(client, shop, "orders/create", order, event_id="e1")

    answer = gql_ok(await storefront(client, shop, CANCEL, {"n": "#1001", "e": "jon@example.com"}))["orderCancelRequest"]
    assert answer["cancelled"] is True, answer
    decision = answer["decision"]
    assert decision["voidsPayment"] is True and decision["refundEstimate"]["amount"] == "0.00"
    assert "voided" in decision["nextStep"] and "original payment method" not in decision["nextStep"]
    assert await Refund.all().count() == 0
    assert (await Cancellation.get()).refund_amount == 0
    # The email says so too, in the customer's language.
    order_id = (await the_order(client, shop))["id"]
    for locale, words in (("en", "voided, and you will not be charged"), ("de", "storniert")):
        preview = gql_ok(await admin(client, shop, PREVIEW, {"s": order_id, "l": locale}))["emailPreview"]
        assert words in preview["preview"]["text"] and "original payment method" not in preview["preview"]["text"], preview


async def test_refunds_create_for_another_shops_order_never_touches_it(client, db):
    shop = await make_shop()
    other = await make_shop("other.myshopify.com")
    await send_webhook(client, shop, "orders/create", fixture("orders_create.json"), event_id="e1")
    r = await send_webhook(client, other, "refunds/create", fixture("refunds_create.json"), event_id="e2")
    assert r.status_code == 200 and r.json() == {"status": "accepted"}
    assert await applied(other, "e2") == {"status": "deferred"}
    assert (await the_order(client, shop))["platformRefunds"] == []

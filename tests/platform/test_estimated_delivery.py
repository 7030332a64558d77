"""Untracked parcels: return windows count from an estimated delivery, customers can confirm receipt,
and every answer says which date counts. Signed webhooks and storefront GraphQL over HTTP."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.helpers import admin, fixture, gql_ok, make_shop, send_webhook, storefront

LINES = """query { order(name: "#1001", email: "jon@example.com") {
  cancellation { allowed nextStep }
  returnableLines { allowed reasons { code } returnBy countsFrom countsFromBasis countsFromNote }
  fulfillments { shipmentStatus deliveredAt receivedAt } } }"""
CONFIRM = """mutation { orderConfirmReceipt(orderName: "#1001", email: "jon@example.com") {
  received returnableLines { allowed countsFromBasis countsFromNote } userErrors { code message } } }"""
APPLY = "mutation($p: PolicyPreset!) { policyApplyPreset(preset: $p) { userErrors { code } } }"


def stamp(moment: datetime) -> str:
    return moment.astimezone(timezone(timedelta(hours=-5))).isoformat(timespec="seconds")


async def shipped_untracked(client, shop, days_ago: int) -> None:
    """The order, then a real untracked fulfillment of its first line: shipment_status null."""
    order = fixture("orders_create.json")
    shipped = datetime.now(timezone.utc) - timedelta(days=days_ago)
    order["created_at"] = order["processed_at"] = stamp(shipped - timedelta(days=1))
    order["updated_at"] = stamp(shipped - timedelta(days=1))
    assert (await send_webhook(client, shop, "orders/create", order, event_id="o1")).status_code == 200
    fulfillment = fixture("fulfillments_create.json")
    fulfillment.update(shipment_status=None, tracking_company=None, tracking_number=None, tracking_url=None,
                       tracking_numbers=[], tracking_urls=[], created_at=stamp(shipped), updated_at=stamp(shipped))
    fulfillment["line_items"] = fulfillment["line_items"][:1]
    assert (await send_webhook(client, shop, "fulfillments/create", fulfillment, event_id="f1")).status_code == 200


async def order_page(client, shop) -> dict:
    return gql_ok(await storefront(client, shop, LINES))["order"]


async def test_an_untracked_parcel_opens_its_window_from_the_estimated_delivery(client, db):
    shop = await make_shop()
    await shipped_untracked(client, shop, days_ago=3)

    page = await order_page(client, shop)
    assert page["fulfillments"] == [{"shipmentStatus": None, "deliveredAt": None, "receivedAt": None}]
    shirt = page["returnableLines"][0]
    assert shirt["allowed"] is True, shirt  # no "wait for delivery" for a parcel nobody tracks
    assert shirt["countsFromBasis"] == "ESTIMATED_DELIVERY"
    # Shipped 3 days ago plus the default 7 days of transit.
    expected = datetime.now(timezone.utc) + timedelta(days=4)
    assert abs(datetime.fromisoformat(shirt["countsFrom"]) - expected) < timedelta(minutes=5)
    assert "estimated delivery" in shirt["countsFromNote"] and "confirm receipt" in shirt["countsFromNote"]

    # The parcel came early: the customer says so, and the period counts from today.
    confirmed = gql_ok(await storefront(client, shop, CONFIRM))["orderConfirmReceipt"]
    assert confirmed["userErrors"] == [] and confirmed["received"] is True
    assert confirmed["returnableLines"][0]["countsFromBasis"] == "CONFIRMED_RECEIPT"
    assert "when you confirmed receipt" in confirmed["returnableLines"][0]["countsFromNote"]
    assert (await order_page(client, shop))["fulfillments"][0]["receivedAt"] is not None
    again = gql_ok(await storefront(client, shop, CONFIRM))["orderConfirmReceipt"]
    assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]


async def test_a_long_shipped_untracked_order_is_past_its_window_not_waiting_for_delivery(client, db):
    shop = await make_shop()
    await shipped_untracked(client, shop, days_ago=730)
    page = await order_page(client, shop)
    shirt = page["returnableLines"][0]
    assert [r["code"] for r in shirt["reasons"]] == ["RETURN_PERIOD_ENDED"]
    assert shirt["countsFromBasis"] == "ESTIMATED_DELIVERY"
    assert "Wait for delivery" not in page["cancellation"]["nextStep"]
    assert "request a return" in page["cancellation"]["nextStep"]
    # A late confirmation cannot reopen it: the estimate was earlier.
    confirmed = gql_ok(await storefront(client, shop, CONFIRM))["orderConfirmReceipt"]
    assert confirmed["returnableLines"][0]["allowed"] is False
    assert confirmed["returnableLines"][0]["countsFromBasis"] == "ESTIMATED_DELIVERY"


@pytest.mark.parametrize("preset", ["ALOTROP", "ALLTRENDSUSA", "ALLEGRA_K"])
async def test_the_seed_presets_open_returns_for_untracked_parcels(client, db, preset):
    shop = await make_shop()
    assert gql_ok(await admin(client, shop, APPLY, {"p": preset}))["policyApplyPreset"]["userErrors"] == []
    await shipped_untracked(client, shop, days_ago=5)
    shirt = (await order_page(client, shop))["returnableLines"][0]
    assert shirt["allowed"] is True, shirt
    assert shirt["countsFromBasis"] == "ESTIMATED_DELIVERY"


async def test_the_policy_page_says_which_date_counts(client, db):
    shop = await make_shop()
    page = gql_ok(await storefront(client, shop, "{ returnPolicy { markdown } }"))["returnPolicy"]["markdown"]
    assert "estimated delivery: the shipping date plus 7 days" in page
    assert "confirm on your order page that your parcel arrived" in page

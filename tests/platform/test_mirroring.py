"""Mirroring details: a local cancellation survives a later orders/updated, lines Shopify removed
are removed, and an old order's copy of the customer never overwrites newer details."""

from __future__ import annotations

from tests.helpers import admin, applied, fixture, gql_ok, make_shop, send_webhook

ORDER = """{ orders(first: 5) { nodes { name cancelledAt cancelReason lines { sku quantity }
  customer { email phone firstName } } } }"""
CANCEL = """mutation($o: ID!) { orderCancel(orderId: $o, refund: false) { userErrors { code } } }"""


async def orders(client, shop) -> list[dict]:
    return gql_ok(await admin(client, shop, ORDER))["orders"]["nodes"]


async def test_a_local_cancellation_survives_an_update_that_omits_it(client, db):
    shop = await make_shop()
    await send_webhook(client, shop, "orders/create", fixture("orders_create.json"), event_id="o1")
    order_id = gql_ok(await admin(client, shop, "{ orders(first: 1) { nodes { id } } }"))["orders"]["nodes"][0]["id"]
    assert gql_ok(await admin(client, shop, CANCEL, {"o": order_id}))["orderCancel"]["userErrors"] == []

    # Shopify's next orders/updated was made before it heard of the cancellation.
    update = fixture("orders_updated.json")
    assert update["cancelled_at"] is None
    assert (await send_webhook(client, shop, "orders/updated", update, event_id="o2")).json() == {"status": "accepted"}
    assert await applied(shop, "o2") == {"status": "updated"}
    mirrored = (await orders(client, shop))[0]
    assert mirrored["cancelledAt"] is not None and mirrored["cancelReason"] == "STAFF"


async def test_lines_the_platform_removed_are_removed(client, db):
    shop = await make_shop()
    await send_webhook(client, shop, "orders/create", fixture("orders_create.json"), event_id="o1")
    update = fixture("orders_updated.json")
    update["line_items"] = [item for item in update["line_items"] if item["sku"] != "WS-1"]
    await send_webhook(client, shop, "orders/updated", update, event_id="o2")
    assert "WS-1" not in [line["sku"] for line in (await orders(client, shop))[0]["lines"]]
    assert len((await orders(client, shop))[0]["lines"]) == len(update["line_items"])


async def test_an_old_orders_updated_does_not_overwrite_newer_customer_details(client, db):
    shop = await make_shop()
    newer = fixture("orders_create.json")
    newer["customer"].update(email="jon.snow@example.net", phone="+15555550199", updated_at="2026-11-20T10:00:00-05:00")
    await send_webhook(client, shop, "orders/create", newer, event_id="o1")

    # An order from last year, edited today: its copy of the customer is as they were then.
    old = fixture("orders_create.json")
    old.update(id=720982911946154500, name="#0917", created_at="2025-10-01T10:00:00-05:00",
               processed_at="2025-10-01T10:00:00-05:00", updated_at="2026-11-25T09:00:00-05:00")
    old["customer"].update(first_name="Jonathan", updated_at="2025-10-01T10:00:00-05:00")
    assert (await send_webhook(client, shop, "orders/updated", old, event_id="o2")).json() == {"status": "accepted"}
    assert await applied(shop, "o2") == {"status": "created"}

    customers = {o["name"]: o["customer"] for o in await orders(client, shop)}
    assert customers["#0917"] == {"email": "jon.snow@example.net", "phone": "+15555550199", "firstName": "Jon"}

    # A newer copy does win.
    newest = fixture("orders_create.json")
    newest["updated_at"] = "2026-11-26T09:00:00-05:00"
    newest["customer"].update(first_name="Aegon", updated_at="2026-11-26T09:00:00-05:00")
    await send_webhook(client, shop, "orders/updated", newest, event_id="o3")
    assert {o["customer"]["firstName"] for o in await orders(client, shop)} == {"Aegon"}

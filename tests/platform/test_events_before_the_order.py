"""Events that arrive before their order (placed before install, or overtaken in transit) are kept
and applied when the order comes: by webhook or by the admin import."""

from __future__ import annotations

from models.webhook import DeferredEvent
from tests.helpers import admin, applied, fixture, gql_ok, make_shop, send_webhook

ORDER = """{ orders(first: 5) { nodes { name fulfillments { trackingNumber lines { quantity line { sku } } }
  platformRefunds { platformId amount { amount } } refundable { amount } } } }"""
IMPORT = """mutation($o: JSON!) { orderImport(order: $o) { order { name } userErrors { code field message } } }"""


async def test_a_fulfillment_and_a_refund_before_their_order_are_applied_when_it_comes(client, db):
    shop = await make_shop()
    r = await send_webhook(client, shop, "fulfillments/create", fixture("fulfillments_create.json"), event_id="f1")
    assert r.status_code == 200 and r.json() == {"status": "accepted"}, r.text
    assert await applied(shop, "f1") == {"status": "deferred"}
    r = await send_webhook(client, shop, "refunds/create", fixture("refunds_create.json"), event_id="r1")
    assert r.json() == {"status": "accepted"}
    assert await applied(shop, "r1") == {"status": "deferred"}
    # A fulfillment naming a line the order will not have is kept too, and dropped then, alone.
    stray = fixture("fulfillments_update.json")
    stray["id"], stray["line_items"][0]["id"] = 999001, 424242
    assert (await send_webhook(client, shop, "fulfillments/update", stray, event_id="f2")).json() == {"status": "accepted"}
    assert await applied(shop, "f2") == {"status": "deferred"}
    assert gql_ok(await admin(client, shop, ORDER))["orders"]["nodes"] == []

    r = await send_webhook(client, shop, "orders/create", fixture("orders_create.json"), event_id="o1")
    assert r.status_code == 200 and r.json() == {"status": "accepted"}, r.text
    assert await applied(shop, "o1") == {"status": "created"}

    order = gql_ok(await admin(client, shop, ORDER))["orders"]["nodes"][0]
    assert [f["trackingNumber"] for f in order["fulfillments"]] == ["9400111899223817576123"]
    assert sorted((l["line"]["sku"], l["quantity"]) for l in order["fulfillments"][0]["lines"]) == [("LS-M", 1), ("WS-1", 2)]
    assert order["platformRefunds"] == [{"platformId": "929361462", "amount": {"amount": "11.00"}}]
    assert order["refundable"]["amount"] == "241.96"
    assert await DeferredEvent.all().count() == 0


async def test_the_admin_import_applies_what_waited(client, db):
    shop = await make_shop()
    await send_webhook(client, shop, "fulfillments/create", fixture("fulfillments_create.json"), event_id="f1")
    answer = gql_ok(await admin(client, shop, IMPORT, {"o": fixture("orders_create.json")}))["orderImport"]
    assert answer["userErrors"] == [], answer
    order = gql_ok(await admin(client, shop, ORDER))["orders"]["nodes"][0]
    assert len(order["fulfillments"]) == 1

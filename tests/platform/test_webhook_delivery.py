"""Deliveries as Shopify makes them: de-duplicated by X-Shopify-Webhook-Id, never by Event-Id."""

from __future__ import annotations

import json

from models.webhook import WebhookEvent
from plugin.values.signing import webhook_signature
from tests.helpers import admin, applied, fixture, gql_ok, import_webhooks, make_shop, send_webhook

ORDERS = "{ orders(first: 5) { nodes { name lines { sku product { title } } } } }"


async def test_two_deliveries_sharing_an_event_id_but_not_a_webhook_id_are_both_applied(client, db):
    shop = await make_shop()
    # One merchant action (an import) caused both: same Event-Id, each its own Webhook-Id.
    r = await send_webhook(client, shop, "products/create", fixture("products_create.json"),
                           event_id="evt-1", webhook_id="b54557e4-1")
    assert r.json() == {"status": "accepted"}, r.text
    assert await applied(shop, "b54557e4-1") == {"status": "created"}
    r = await send_webhook(client, shop, "orders/create", fixture("orders_create.json"),
                           event_id="evt-1", webhook_id="b54557e4-2")
    assert r.json() == {"status": "accepted"}, r.text
    assert await applied(shop, "b54557e4-2") == {"status": "created"}
    # Shopify retries the second delivery: same Webhook-Id, answered as a duplicate.
    r = await send_webhook(client, shop, "orders/create", fixture("orders_create.json"),
                           event_id="evt-1", webhook_id="b54557e4-2")
    assert r.json() == {"status": "duplicate"}

    orders = gql_ok(await admin(client, shop, ORDERS))["orders"]["nodes"]
    assert [n["name"] for n in orders] == ["#1001"]
    assert [l["product"]["title"] for l in orders[0]["lines"] if l["sku"] == "WS-1"] == ["Wool Socks"]
    assert await WebhookEvent.all().count() == 2


async def test_without_a_webhook_id_a_retry_is_the_same_event_topic_and_body(client, db):
    shop = await make_shop()

    async def deliver(topic: str, payload: dict):
        body = json.dumps(payload).encode()
        return await client.post(f"/webhooks/{topic}", content=body, headers={
            "X-Shopify-Topic": topic, "X-Shopify-Shop-Domain": shop.domain, "X-Shopify-Event-Id": "evt-9",
            "X-Shopify-Hmac-Sha256": webhook_signature(shop.api_secret, body)})

    assert (await deliver("products/create", fixture("products_create.json"))).json() == {"status": "accepted"}
    assert (await deliver("orders/create", fixture("orders_create.json"))).json() == {"status": "accepted"}
    assert (await deliver("orders/create", fixture("orders_create.json"))).json() == {"status": "duplicate"}
    assert await import_webhooks() == 2
    assert sorted((await WebhookEvent.all().values_list("topic", "outcome"))) == [
        ("orders/create", "created"), ("products/create", "created")]

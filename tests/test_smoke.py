from tests.helpers import admin, fixture, make_shop, send_webhook


async def test_order_webhook_then_query(client, db):
    shop = await make_shop()
    r = await send_webhook(client, shop, "orders/create", fixture("orders_create.json"), event_id="e1")
    assert r.status_code == 200, r.text
    r = await admin(client, shop, "{ orders(first: 5) { nodes { id name totalPaid { amount currencyCode } lines { title quantity unitPrice { amount } } } } }")
    assert r.status_code == 200, r.text
    print(r.json())
    assert r.json()["data"]["orders"]["nodes"][0]["name"] == "#1001"

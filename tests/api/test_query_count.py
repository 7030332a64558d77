"""A page of orders with its relations costs a fixed number of SQL statements, whatever its size."""

from __future__ import annotations

from plugin.platform import shopify
from plugin.platform.catalog import upsert_product
from plugin.platform.orders import import_order
from tests.conftest import count_sql
from tests.helpers import admin, fixture, make_shop

PAGE = """
query($first: Int!) {
  orders(first: $first) {
    nodes {
      id name totalPaid { amount }
      customer { id email }
      lines { id title quantity unitPrice { amount } product { id title tags } }
      fulfillments { id trackingNumber deliveredAt lines { quantity line { id title } } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
"""

ORDERS = 50


async def _fifty_orders(shop) -> None:
    for number in range(3):
        product = fixture("products_create.json") | {"id": 900 + number, "title": f"Product {number}", "tags": f"tag-{number}, final-sale"}
        await upsert_product(shop, shopify.Product.model_validate(product))
    template = fixture("orders_create.json")
    for number in range(ORDERS):
        order = fixture("orders_create.json") | {"id": 10_000 + number, "name": f"#{1000 + number}"}
        order["customer"] = template["customer"] | {"id": 500 + number % 7, "email": f"c{number % 7}@example.com"}
        for position, line in enumerate(order["line_items"]):
            line["id"] = number * 10 + position
            line["product_id"] = 900 + position
        order["fulfillments"] = [
            fixture("fulfillments_create.json")
            | {"id": 70_000 + number, "order_id": 10_000 + number,
               "line_items": [{"id": number * 10, "quantity": 1}, {"id": number * 10 + 1, "quantity": 2}]}
        ]
        await import_order(shop, shopify.Order.model_validate(order))


async def _page(client, shop, first: int) -> tuple[list[str], dict]:
    with count_sql() as statements:
        r = await admin(client, shop, PAGE, {"first": first})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "errors" not in body, body
    return list(statements), body["data"]["orders"]


async def test_listing_orders_costs_the_same_for_5_and_50(client, db):
    shop = await make_shop()
    other = await make_shop("other.myshopify.com")
    await _fifty_orders(shop)
    await _fifty_orders(other)  # same platform ids in another shop: must not leak into the page

    await _page(client, shop, 1)  # a process's first request also reads the shop for admission's lane (kept a minute)
    small_sql, small = await _page(client, shop, 5)
    large_sql, large = await _page(client, shop, ORDERS)

    # Every relation really was resolved, on every order.
    assert len(small["nodes"]) == 5 and len(large["nodes"]) == ORDERS
    assert large["pageInfo"]["hasNextPage"] is False
    for order in large["nodes"]:
        assert order["customer"]["email"].endswith("@example.com")
        assert [line["product"]["title"] for line in order["lines"]] == ["Product 0", "Product 1", "Product 2"]
        assert all("final-sale" in line["product"]["tags"] for line in order["lines"])
        (fulfillment,) = order["fulfillments"]
        assert [(fl["quantity"], fl["line"]["title"]) for fl in fulfillment["lines"]] == [(1, "Linen Shirt"), (2, "Wool Socks")]
        line_ids = {line["id"] for line in order["lines"]}
        assert {fl["line"]["id"] for fl in fulfillment["lines"]} <= line_ids

    # The shop, the orders, then one statement per relation: lines, fulfillments, customers,
    # products, fulfillment lines, the lines they point at.
    assert len(small_sql) == len(large_sql), (small_sql, large_sql)
    assert len(large_sql) <= 8, "\n".join(large_sql)


async def test_the_page_statements_are_scoped_to_the_shop(client, db):
    shop = await make_shop()
    await _fifty_orders(shop)
    await _page(client, shop, 1)  # admission's shop read, once a minute per process, is by domain
    statements, _ = await _page(client, shop, 10)
    # Every read after authentication filters on the shop, even the ones that follow foreign keys.
    for statement in statements[1:]:
        assert '"shop_id"' in statement, statement

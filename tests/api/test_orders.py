"""The admin `orders` list (search, pagination) and the `orderImport` mutation."""

from __future__ import annotations

from tests.helpers import admin, fixture, make_shop, row_counts, send_webhook

IMPORT = """
mutation($order: JSON!) {
  orderImport(order: $order) {
    outcome
    order { id name email phone cancelledAt totalPaid { amount currencyCode }
            lines { sku quantity unitPrice { amount } }
            fulfillments { trackingNumber deliveredAt lines { quantity line { sku } } } }
    userErrors { field message code }
  }
}
"""

ORDERS = """
query($first: Int, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query) {
    edges { cursor node { id name } }
    nodes { id name email cancelledAt }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""


async def import_order(client, shop, order: dict) -> dict:
    r = await admin(client, shop, IMPORT, {"order": order})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "errors" not in body, body
    return body["data"]["orderImport"]


async def list_orders(client, shop, **variables) -> dict:
    r = await admin(client, shop, ORDERS, variables)
    assert r.status_code == 200, r.text
    return r.json()


# --- orderImport -------------------------------------------------------------------------------


async def test_order_import_creates_updates_and_ignores_older(client, db):
    shop = await make_shop()
    created = await import_order(client, shop, fixture("orders_create.json"))
    assert created["userErrors"] == []
    assert created["outcome"] == "CREATED"
    assert created["order"]["name"] == "#1001"
    assert created["order"]["totalPaid"] == {"amount": "252.96", "currencyCode": "USD"}
    assert [(l["sku"], l["quantity"]) for l in created["order"]["lines"]] == [("LS-M", 1), ("WS-1", 2), ("SS-TOP", 1)]

    updated = await import_order(client, shop, fixture("orders_updated.json"))
    assert updated["outcome"] == "UPDATED"
    assert updated["order"]["id"] == created["order"]["id"]
    assert updated["order"]["phone"] == "+15555550199"

    cancelled = await import_order(client, shop, fixture("orders_cancelled.json"))
    assert cancelled["outcome"] == "UPDATED"
    assert cancelled["order"]["cancelledAt"] == "2026-11-02T23:00:00+00:00"

    counts = await row_counts()
    stale = await import_order(client, shop, fixture("orders_updated.json"))
    assert stale["outcome"] == "STALE"
    assert stale["userErrors"] == []
    assert stale["order"]["cancelledAt"] == "2026-11-02T23:00:00+00:00"  # what is stored, unchanged
    assert await row_counts() == counts


async def test_order_import_and_webhooks_share_one_order(client, db):
    shop = await make_shop()
    await send_webhook(client, shop, "orders/create", fixture("orders_create.json"), event_id="e1")
    result = await import_order(client, shop, fixture("orders_updated.json"))
    assert result["outcome"] == "UPDATED"
    assert (await row_counts())["Order"] == 1


async def test_order_import_with_fulfillments(client, db):
    shop = await make_shop()
    order = fixture("orders_cancelled.json") | {"cancelled_at": None, "cancel_reason": None}
    order["fulfillments"] = [fixture("fulfillments_update.json")]
    result = await import_order(client, shop, order)
    assert result["userErrors"] == []
    (fulfillment,) = result["order"]["fulfillments"]
    assert fulfillment["deliveredAt"] == "2026-11-05T18:30:00+00:00"
    assert fulfillment["lines"] == [{"quantity": 1, "line": {"sku": "LS-M"}}, {"quantity": 2, "line": {"sku": "WS-1"}}]


async def test_invalid_order_import_is_user_errors_and_writes_nothing(client, db):
    shop = await make_shop()
    counts = await row_counts()

    order = fixture("orders_create.json")
    order["line_items"][0]["quantity"] = -1
    del order["name"]
    order["line_items"][2]["title"] = "t" * 600
    result = await import_order(client, shop, order)
    assert result["order"] is None and result["outcome"] is None
    errors = {tuple(e["field"]): e for e in result["userErrors"]}
    assert set(errors) == {
        ("order", "line_items", "0", "quantity"),
        ("order", "name"),
        ("order", "line_items", "2", "title"),
    }
    assert errors[("order", "name")]["code"] == "BLANK"
    assert errors[("order", "line_items", "2", "title")]["code"] == "TOO_LONG"
    assert errors[("order", "line_items", "0", "quantity")]["code"] == "INVALID"
    assert all(e["message"] for e in result["userErrors"])
    assert await row_counts() == counts


async def test_order_import_refuses_what_is_not_an_order(client, db):
    shop = await make_shop()
    counts = await row_counts()
    for value in ([], "order", 12, None, {}):
        r = await admin(client, shop, IMPORT, {"order": value})
        assert r.status_code == 200, r.text
        body = r.json()
        if value is None:  # JSON! refuses null before any resolver runs
            assert body["errors"] and "Unexpected error." not in r.text
            continue
        assert body["data"]["orderImport"]["userErrors"], value
        assert body["data"]["orderImport"]["userErrors"][0]["field"][0] == "order"
    assert await row_counts() == counts


async def test_a_fulfillment_naming_an_unknown_line_points_at_the_fulfillment(client, db):
    shop = await make_shop()
    counts = await row_counts()
    order = fixture("orders_create.json")
    order["fulfillments"] = [fixture("fulfillments_create.json")]
    order["fulfillments"][0]["line_items"][1]["id"] = 999
    result = await import_order(client, shop, order)
    assert result["order"] is None
    assert result["userErrors"] == [
        {"field": ["order", "fulfillments", "0", "line_items", "1", "id"], "message": "not a line of this order", "code": "LINE_NOT_FOUND"}
    ]
    assert await row_counts() == counts


async def test_order_import_needs_a_staff_token(client, db):
    shop = await make_shop()
    r = await client.post("/admin/graphql", json={"query": IMPORT, "variables": {"order": fixture("orders_create.json")}})
    assert r.status_code == 401
    r = await client.post(
        "/storefront/graphql",
        json={"query": IMPORT, "variables": {"order": fixture("orders_create.json")}},
        headers={"X-Shop-Domain": shop.domain},
    )
    assert r.status_code == 200 and r.json()["errors"]  # the storefront schema has no mutations
    assert (await row_counts())["Order"] == 0


# --- search ------------------------------------------------------------------------------------


async def _three_orders(client, shop) -> None:
    await import_order(client, shop, fixture("orders_create.json"))
    second = fixture("orders_cancelled.json") | {"id": 2, "name": "#1002", "email": "ann@example.com"}
    await import_order(client, shop, second)
    third = fixture("orders_create.json") | {"id": 3, "name": "#1003", "email": "bo@example.com", "source_name": "pos"}
    await import_order(client, shop, third)


async def test_search_by_name_status_email_channel_and_text(client, db):
    shop = await make_shop()
    await _three_orders(client, shop)

    def names(body):
        assert "errors" not in body, body
        return [o["name"] for o in body["data"]["orders"]["nodes"]]

    assert names(await list_orders(client, shop, query="name:#1001")) == ["#1001"]
    assert names(await list_orders(client, shop, query="name:1002")) == ["#1002"]
    assert names(await list_orders(client, shop, query="name:#4242")) == []
    assert names(await list_orders(client, shop, query="status:cancelled")) == ["#1002"]
    assert names(await list_orders(client, shop, query="status:open")) == ["#1003", "#1001"]
    assert names(await list_orders(client, shop, query="email:ANN@example.com")) == ["#1002"]
    assert names(await list_orders(client, shop, query="channel:pos")) == ["#1003"]
    assert names(await list_orders(client, shop, query="status:open channel:web")) == ["#1001"]
    assert names(await list_orders(client, shop, query="bo@")) == ["#1003"]
    assert names(await list_orders(client, shop, query="")) == ["#1003", "#1002", "#1001"]


async def test_search_mistakes_are_clear_errors(client, db):
    shop = await make_shop()
    await _three_orders(client, shop)
    for query, words in (
        ("colour:red", "unknown filter 'colour'"),
        ("status:shipped", "status must be open or cancelled"),
        ("name:", "needs a value"),
        ('name:"#1001', "unbalanced quotes"),
        ("x" * 501, "at most 500 characters"),
    ):
        body = await list_orders(client, shop, query=query)
        assert body["data"] is None, query
        (error,) = body["errors"]
        assert words in error["message"], (query, error)
        assert error["extensions"]["code"] == "BAD_QUERY"


# --- pagination --------------------------------------------------------------------------------


async def test_cursors_walk_every_order_once(client, db):
    shop = await make_shop()
    other = await make_shop("other.myshopify.com")
    for number in range(45):
        await import_order(client, shop, fixture("orders_create.json") | {"id": 5000 + number, "name": f"#{2000 + number}"})
        if number % 10 == 0:  # another shop's rows interleave with ours
            await import_order(client, other, fixture("orders_create.json") | {"id": 5000 + number})

    seen, after, pages = [], None, []
    for _ in range(10):  # pages that never end fail the comparison below, not the run
        body = await list_orders(client, shop, first=20, after=after)
        assert "errors" not in body, body
        connection = body["data"]["orders"]
        names = [n["name"] for n in connection["nodes"]]
        assert [e["node"]["name"] for e in connection["edges"]] == names
        info = connection["pageInfo"]
        assert info["hasPreviousPage"] is (after is not None)
        assert info["startCursor"] == connection["edges"][0]["cursor"]
        assert info["endCursor"] == connection["edges"][-1]["cursor"]
        pages.append((len(names), info["hasNextPage"]))
        seen += names
        if not info["hasNextPage"]:
            break
        after = info["endCursor"]
    assert pages == [(20, True), (20, True), (5, False)]
    assert seen == [f"#{2000 + n}" for n in reversed(range(45))]  # newest first, no overlap, no gap

    # Exactly one page's worth: hasNextPage is false.
    body = await list_orders(client, shop, first=45)
    assert body["data"]["orders"]["pageInfo"]["hasNextPage"] is False
    body = await list_orders(client, shop, first=44)
    assert body["data"]["orders"]["pageInfo"]["hasNextPage"] is True
    # Past the end: an empty page, not an error.
    last = (await list_orders(client, shop, first=45))["data"]["orders"]["pageInfo"]["endCursor"]
    body = await list_orders(client, shop, first=10, after=last)
    assert body["data"]["orders"]["nodes"] == []
    assert body["data"]["orders"]["pageInfo"] == {
        "hasNextPage": False, "hasPreviousPage": True, "startCursor": None, "endCursor": None
    }


async def test_cursors_combine_with_search(client, db):
    shop = await make_shop()
    for number in range(6):
        order = fixture("orders_create.json") | {"id": 7000 + number, "name": f"#{3000 + number}"}
        if number % 2:
            order |= {"cancelled_at": "2026-11-02T18:00:00-05:00"}
        await import_order(client, shop, order)
    first = await list_orders(client, shop, first=2, query="status:cancelled")
    assert [n["name"] for n in first["data"]["orders"]["nodes"]] == ["#3005", "#3003"]
    after = first["data"]["orders"]["pageInfo"]["endCursor"]
    second = await list_orders(client, shop, first=2, after=after, query="status:cancelled")
    assert [n["name"] for n in second["data"]["orders"]["nodes"]] == ["#3001"]
    assert second["data"]["orders"]["pageInfo"]["hasNextPage"] is False

"""`node(id)` resolves this shop's objects and nothing else, and never errors on a bad ID."""

from __future__ import annotations

import pytest

from tests.helpers import admin, fixture, make_shop, send_webhook

IDS = """
{ orders(first: 5) { nodes {
    id customer { id }
    lines { id product { id } }
    fulfillments { id }
} } }
"""

NODE = """
query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Order { name }
    ... on OrderLine { sku }
    ... on Fulfillment { trackingNumber }
    ... on Product { title }
    ... on Customer { email }
  }
}
"""


async def _mirror(client, shop) -> None:
    for topic, name, event in (
        ("products/create", "products_create.json", "p1"),
        ("orders/create", "orders_create.json", "o1"),
        ("fulfillments/create", "fulfillments_create.json", "f1"),
    ):
        r = await send_webhook(client, shop, topic, fixture(name), event_id=event)
        assert r.status_code == 200, r.text


async def _ids(client, shop) -> dict[str, str]:
    r = await admin(client, shop, IDS)
    (order,) = r.json()["data"]["orders"]["nodes"]
    linked = next(line for line in order["lines"] if line["product"])
    return {
        "Order": order["id"],
        "Customer": order["customer"]["id"],
        "OrderLine": order["lines"][0]["id"],
        "Product": linked["product"]["id"],
        "Fulfillment": order["fulfillments"][0]["id"],
    }


async def node(client, shop, gid: str) -> dict:
    r = await admin(client, shop, NODE, {"id": gid})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.fixture
async def two_shops(client, db):
    # The same platform data in both shops: only the tenant tells their rows apart.
    alotrop = await make_shop()
    other = await make_shop("other.myshopify.com")
    await _mirror(client, alotrop)
    await _mirror(client, other)
    return alotrop, other


async def test_node_finds_each_type_in_its_own_shop(client, two_shops):
    alotrop, _ = two_shops
    ids = await _ids(client, alotrop)
    expected = {
        "Order": ("name", "#1001"),
        "Customer": ("email", "jon@example.com"),
        "OrderLine": ("sku", "LS-M"),
        "Product": ("title", "Wool Socks"),
        "Fulfillment": ("trackingNumber", "9400111899223817576123"),
    }
    for type_name, gid in ids.items():
        assert gid.startswith(f"gid://recourse/{type_name}/")
        body = await node(client, alotrop, gid)
        assert "errors" not in body, body
        found = body["data"]["node"]
        assert (found["__typename"], found["id"]) == (type_name, gid)
        key, value = expected[type_name]
        assert found[key] == value


async def test_node_never_returns_another_shops_object(client, two_shops):
    alotrop, other = two_shops
    theirs, ours = await _ids(client, alotrop), await _ids(client, other)
    assert set(theirs.values()).isdisjoint(ours.values())
    for type_name, gid in theirs.items():
        assert await node(client, other, gid) == {"data": {"node": None}}, type_name
    # And the other way round.
    for type_name, gid in ours.items():
        assert await node(client, alotrop, gid) == {"data": {"node": None}}, type_name


async def test_a_gid_of_one_type_does_not_resolve_as_another(client, two_shops):
    alotrop, _ = two_shops
    ids = await _ids(client, alotrop)
    order_pk = ids["Order"].rsplit("/", 1)[1]
    body = await node(client, alotrop, f"gid://recourse/Shop/{alotrop.id}")
    assert body == {"data": {"node": None}}  # the shop is `shop`, never a node
    found = (await node(client, alotrop, f"gid://recourse/Order/{order_pk}"))["data"]["node"]
    assert found["__typename"] == "Order"


@pytest.mark.parametrize(
    "gid",
    [
        "gid://recourse/Order/abc",
        "gid://recourse/Nope/1",
        "hello",
        "",
        "gid://recourse/",
        "gid://recourse/Order/",
        "gid://recourse/Order/-1",
        "gid://recourse/Order/1.0",
        "gid://recourse/Order/ 1",
        "gid://recourse/Order/\u00b2",  # a digit to str.isdigit(), not to int()
        "gid://recourse/Order/\u0661",  # Arabic-Indic one: int() reads it, it is still not our ID
        "gid://recourse/Order/99999999999999999999999",
        "gid://shopify/Order/1",
        "gid://recourse/Order/1/2",
        "x" * 5000,
    ],
)
async def test_garbage_ids_are_null_not_errors(client, two_shops, gid):
    alotrop, _ = two_shops
    assert await node(client, alotrop, gid) == {"data": {"node": None}}
    r = await admin(client, alotrop, "query($id: ID!) { order(id: $id) { id } }", {"id": gid})
    assert r.json() == {"data": {"order": None}}

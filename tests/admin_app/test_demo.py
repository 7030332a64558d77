"""`serve`'s demo data: every page of the admin app has something to show on first run."""

from __future__ import annotations

from models.outbox import OutboxMessage
from models.shop import Shop
from plugin.cli.demo import seed_demo
from tests.helpers import admin, gql_ok

QUERY = """{ returns(first: 50) { nodes { status refunds { status } lines { photos } } }
  workQueue { awaitingReview { count oldestAt } heldForReview { count } awaitingInspection { count } refundsPending { count } }
  riskReviews(first: 5, status: OPEN) { nodes { status } } }"""


async def test_demo_seeds_returns_in_every_status_a_held_request_and_refunds(client, db):
    await seed_demo(orders_per_shop=30)
    shop = await Shop.get(domain="allegra-k.myshopify.com")
    data = gql_ok(await admin(client, shop, QUERY))
    statuses = {node["status"] for node in data["returns"]["nodes"]}
    assert statuses == {"REQUESTED", "OPEN", "RECEIVED", "CLOSED", "DECLINED", "CANCELED", "ON_HOLD"}
    refunds = {r["status"] for node in data["returns"]["nodes"] for r in node["refunds"]}
    assert refunds == {"PENDING", "SUCCEEDED"}
    queue = data["workQueue"]
    assert queue["awaitingReview"]["count"] >= 2 and queue["awaitingReview"]["oldestAt"]
    assert queue["heldForReview"]["count"] == 1 and queue["awaitingInspection"]["count"] == 1 and queue["refundsPending"]["count"] == 1
    assert len(data["riskReviews"]["nodes"]) == 1
    assert await OutboxMessage.filter(shop_id=shop.id, kind="EMAIL").count() >= 10


async def test_demo_customers_addresses_keep_their_names_letters(client, db):
    await seed_demo(orders_per_shop=30)
    shop = await Shop.get(domain="allegra-k.myshopify.com")
    data = gql_ok(await admin(client, shop, "{ orders(first: 50) { nodes { email } } }"))
    emails = {node["email"] for node in data["orders"]["nodes"]}
    assert "hans.muller@example.com" in emails and "hans.mller@example.com" not in emails

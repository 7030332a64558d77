"""The per-day aggregates behind `returnAnalytics` stay equal to counting the rows directly through
every kind of write, made over HTTP and through the import path: requests, approvals, refunds (one
the platform failed, one in another currency), declines, withdrawals, a cancellation, a kept item, a
product's new type and an older order that makes the customer's first one RETURNING; in a shop half
an hour off UTC, then after it moves to another zone. Kept day by day they equal a rebuild from
scratch (the backfill command's). An order returned on more than one day counts once a period,
however its returns move, go or are redacted, and only such orders' days are kept apart."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tortoise.connection import get_connection

from models.analytics import AnalyticsDirty, AnalyticsState
from models.returns import Return, ReturnLine
from plugin.api.ids import from_gid
from plugin.jobs.housekeeping import purge
from plugin.platform import shopify
from plugin.platform.catalog import upsert_product
from plugin.store.analytics_days import rebuild_shop
from plugin.values.calendar import zone
from tests.api.test_return_analytics import check_every_figure
from tests.helpers import admin, gql_ok, make_shop, send_webhook, storefront
from tests.lifecycle.builders import (
    CONFIRM, DECLINE, EMAIL, NOW, ORDER_CANCEL, REFUND, apply_preset, change_policy, delivered_order, placed_order,
    request_input, request_return, return_in, staff,
)

GROUPINGS = ("PRODUCT", "VARIANT", "PRODUCT_TYPE", "REASON", "CUSTOMER_SEGMENT")
READ = "query($f: Date!, $t: Date!) { returnAnalytics(from: $f, to: $t) { current { counts { itemsSold } } } }"
KEEP = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) { return { keptItem status } userErrors { code } } }"""
TABLES = {
    "analytics_day": "day, dimension, key, label, items_sold, orders_sold, items_returned, orders_returned, returns, items_kept, requested, "
                     "approved, approved_at_once, declined, kept_returns, decided_automatically, decided_by_staff",
    "analytics_returned_order": "day, dimension, key, order_id",
    "analytics_money_day": "day, currency, refunds_paid, credits, fees_kept, postage_charged",
    "analytics_refund_time": "day, return_id, seconds",
}


async def _read(client, shop):
    today = date.today()
    gql_ok(await admin(client, shop, READ, {"f": (today - timedelta(days=29)).isoformat(), "t": today.isoformat()}))


async def _refund(client, shop, rid, outcome):
    refund = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert refund["userErrors"] == [], refund
    confirmed = await staff(client, shop, CONFIRM, {"id": refund["refund"]["id"], "s": outcome, "p": "pr-1"})
    assert confirmed["userErrors"] == [], confirmed


async def _snapshot(shop) -> dict:
    conn = get_connection("default")
    mark = "?" if conn.capabilities.dialect == "sqlite" else "$1"
    found = {}
    for table, columns in TABLES.items():
        rows = await conn.execute_query_dict(f"SELECT {columns} FROM {table} WHERE shop_id = {mark}", [shop.id])
        found[table] = sorted(tuple(str(v) for v in row.values()) for row in rows)
    return found


async def test_the_days_equal_direct_counts_after_every_kind_of_write(client, db):
    shop = await make_shop(timezone="Asia/Kolkata", currency="USD")
    await apply_preset(client, shop)
    older = await delivered_order(shop, name="#0900", days_ago=26, customer="c9")  # sold in the period before
    await _read(client, shop)  # the shop's days are built; from here on they are kept
    assert await AnalyticsState.filter(shop_id=shop.id).exists()

    _, shirt = await delivered_order(shop, name="#1001", quantity=2)
    refunded, _ = await return_in(client, shop, shirt, "INSPECTED", order_name="#1001")
    await _refund(client, shop, refunded, "SUCCEEDED")
    _, failed_line = await delivered_order(shop, name="#1002", customer="c2", email="c2@example.com")
    failed, _ = await return_in(client, shop, failed_line, "INSPECTED", order_name="#1002", email="c2@example.com")
    await _refund(client, shop, failed, "FAILED")
    _, euro_line = await delivered_order(shop, name="#1003", currency="EUR", customer="c3", email="c3@example.com")
    euros, _ = await return_in(client, shop, euro_line, "INSPECTED", order_name="#1003", email="c3@example.com")
    await _refund(client, shop, euros, "SUCCEEDED")
    _, declined = await delivered_order(shop, name="#1004", customer="c4", email="c4@example.com")
    await return_in(client, shop, declined, "DECLINED", order_name="#1004", email="c4@example.com")
    _, withdrawn = await delivered_order(shop, name="#1005", customer="c5", email="c5@example.com")
    await return_in(client, shop, withdrawn, "CANCELED", order_name="#1005", email="c5@example.com")
    await return_in(client, shop, older[1], "OPEN", quantity=1, order_name="#0900")
    unshipped = await placed_order(shop, name="#2001", customer="c6")
    cancelled = await staff(client, shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{unshipped.id}", "refund": True})
    assert cancelled["userErrors"] == [], cancelled

    # A cheap item kept under a rule added later (another policy version).
    await change_policy(client, shop, lambda d: d.update(
        keep_item={"enabled": True, "max_item_value": "15.00", "stated": True}))
    _, cheap = await delivered_order(shop, name="#1006", price="9.99", customer="c7", email="c7@example.com")
    kept = gql_ok(await storefront(client, shop, KEEP, {"i": request_input(cheap, order_name="#1006",
                                                                             email="c7@example.com")}))
    assert kept["returnRequest"]["return"]["keptItem"] is True, kept

    assert await AnalyticsDirty.filter(shop_id=shop.id).exists(), "the writes marked their days"
    for by in GROUPINGS:
        await check_every_figure(client, shop, by)
    await check_every_figure(client, shop, "PRODUCT", days=100)  # whole months from their monthly sums
    assert not await AnalyticsDirty.filter(shop_id=shop.id).exists()

    # Changes that move figures of days they are not on, each read on its own: the shirts become
    # tops, and an older order makes #1001 its customer's second.
    await upsert_product(shop, shopify.Product.model_validate(
        {"id": "p-#1001", "title": "Linen Shirt", "product_type": "Tops", "tags": "", "updated_at": "2030-01-01T00:00:00Z"}))
    await check_every_figure(client, shop, "PRODUCT_TYPE")
    await delivered_order(shop, name="#0950", days_ago=20)
    # The worker's housekeeping recounts the marked days too (marks never pile up unread).
    assert (await purge()).analytics_shops == 1
    assert not await AnalyticsDirty.filter(shop_id=shop.id).exists()
    await check_every_figure(client, shop, "CUSTOMER_SEGMENT")

    kept_day_by_day = await _snapshot(shop)
    assert kept_day_by_day["analytics_money_day"], "money was counted"
    await rebuild_shop(shop.id, zone(shop.timezone))
    assert await _snapshot(shop) == kept_day_by_day

    # Another zone moves every day's edges: the next read counts them all again.
    shop.timezone = "America/Los_Angeles"
    await shop.save()
    for by, days in (("PRODUCT", 30), ("CUSTOMER_SEGMENT", 100)):
        await check_every_figure(client, shop, by, days=days)
    assert (await AnalyticsState.get(shop_id=shop.id)).timezone == "America/Los_Angeles"


async def _kept_equal_a_rebuild(shop) -> dict:
    kept = await _snapshot(shop)
    await rebuild_shop(shop.id, zone(shop.timezone))
    assert await _snapshot(shop) == kept
    return kept


async def _repeat_days(shop) -> set[tuple[int, str]]:
    """The (order, day) pairs kept apart for orders returned on more than one day (the totals' rows)."""
    conn = get_connection("default")
    mark = "?" if conn.capabilities.dialect == "sqlite" else "$1"
    found = await conn.execute_query_dict(
        f"SELECT order_id, day FROM analytics_returned_order WHERE shop_id = {mark} AND dimension = ''", [shop.id])
    return {(int(row["order_id"]), str(row["day"])) for row in found}


def _day(days_ago: float, shop) -> str:
    return (NOW - timedelta(days=days_ago)).astimezone(ZoneInfo(shop.timezone)).date().isoformat()


async def _move(rid: str, days_ago: float) -> None:
    """The request's instant corrected to another day (as an import or a bulk fix would write it)."""
    await Return.filter(id=from_gid(rid, "Return")[1]).update(requested_at=NOW - timedelta(days=days_ago))


async def _check(client, shop, *groupings):
    for by in groupings or ("PRODUCT", "REASON", "CUSTOMER_SEGMENT"):
        await check_every_figure(client, shop, by)


async def test_an_order_returned_on_two_days_counts_once_a_period(client, db):
    shop = await make_shop(timezone="America/New_York", currency="USD")
    await apply_preset(client, shop)
    order, line = await delivered_order(shop, name="#3001", quantity=3, days_ago=2)
    _, other = await delivered_order(shop, name="#3002", customer="c2", email="c2@example.com", days_ago=2)
    await _read(client, shop)

    first = (await request_return(client, shop, line, quantity=1, order_name="#3001"))["return"]["id"]
    second = (await request_return(client, shop, line, quantity=1, order_name="#3001", reason="SIZE_TOO_SMALL"))["return"]["id"]
    refunded, _ = await return_in(client, shop, other, "INSPECTED", order_name="#3002", email="c2@example.com")
    await _refund(client, shop, refunded, "SUCCEEDED")
    await _check(client, shop)
    assert await _repeat_days(shop) == set(), "two returns on one day: nothing to take back"

    # Two days of the period: the order counts once in it (the days' sums counted it twice). The first return is pinned
    # to NOW too: NOW is when the tests were imported, and the shop's midnight may fall between that and the request.
    await _move(first, 0)
    await _move(second, 3)
    await _check(client, shop)
    assert await _repeat_days(shop) == {(order.id, _day(0, shop)), (order.id, _day(3, shop))}
    await _kept_equal_a_rebuild(shop)

    # One day in each period: once in each.
    await _move(second, 40)
    await _check(client, shop, "PRODUCT", "CUSTOMER_SEGMENT")
    # Both in the period before, on two of its days.
    await _move(first, 35)
    await _check(client, shop, "PRODUCT", "REASON")
    assert await _repeat_days(shop) == {(order.id, _day(35, shop)), (order.id, _day(40, shop))}
    await _kept_equal_a_rebuild(shop)

    # A third return today, and the one 40 days back deleted (lines first): today and 35 days back.
    third = (await request_return(client, shop, line, quantity=1, order_name="#3001", reason="DEFECTIVE"))["return"]
    assert third, "the third unit can come back"
    gone = from_gid(second, "Return")[1]
    await ReturnLine.filter(return_request_id=gone).delete()
    await Return.filter(id=gone).delete()
    await _move(third["id"], 0)
    await _check(client, shop, "PRODUCT", "REASON")
    assert await _repeat_days(shop) == {(order.id, _day(0, shop)), (order.id, _day(35, shop))}

    # The customer's data redacted: the figures stand (amounts, statuses and days stay).
    payload = {"shop_id": shop.id, "shop_domain": shop.domain, "customer": {"id": "c1", "email": EMAIL},
               "orders_to_redact": []}
    response = await send_webhook(client, shop, "customers/redact", payload, event_id="redact-c1")
    assert response.status_code == 200 and response.json() == {"status": "redacted"}, response.text
    await _check(client, shop, "PRODUCT")

    # Declined, today's no longer counts: the order comes back on one day only, nothing kept apart.
    declined = await staff(client, shop, DECLINE, {"id": third["id"], "r": "OTHER", "n": "no"})
    assert declined["userErrors"] == [], declined
    await _check(client, shop, "PRODUCT")
    assert await _repeat_days(shop) == set()
    await _kept_equal_a_rebuild(shop)

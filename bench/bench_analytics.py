"""The admin's `returnAnalytics` at scale, on SQLite or PostgreSQL: a year of orders and returns, the
backfill of the per-day aggregates, then the query for 365 days timed request after request.

    .venv/bin/python bench/bench_analytics.py --database sqlite [--orders 100000] [--requests 20]
    .venv/bin/python bench/bench_analytics.py --database postgres   # on RECOURSE_BENCH_POSTGRES

It builds a fresh database with the migrations (SQLite: a temporary file; PostgreSQL: a database of
its own on the server bench/run.py uses, dropped at the end), one shop in America/New_York and
--orders orders spread evenly over the last 365 days: 3 lines each over 200 products of 10 types,
one order in ten a guest's and the rest from customers of about five orders each (so NEW and
RETURNING both occur), one in fifty in EUR; every fifth order has a return (reasons, statuses,
keep-the-item, three policy versions and their decisions on record spread over them), and one in
twenty of those comes back a second time eight days later (in place of another order's return: still
20,000 returns, on 19,000 orders, 1,000 of them returned on two days), the approved
ones refunded a day later with a restocking fee (one in fifty of those FAILED), one in fifty held for
fraud review. Rows go in through the ORM's bulk insert with the analytics triggers off, as data
older than migration 0022 would be; the backfill then counts them.

Measured, in-process through the ASGI app (the GraphQL request as the admin app sends it, session
token and all; no HTTP socket; the heap frozen first, as the server does once started): the backfill (`recourse analytics-rebuild`'s work); the first
request after 50 returns of today changed (it recounts the marked days); then `returnAnalytics` for
365 days by product, by reason and by customer segment, --requests each, one after the other (a
merchant opening the page): p50 and p99 (target p99 < 300 ms). The load average is printed: the
machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

QUERY = """query($from: Date!, $to: Date!, $by: ReturnAnalyticsDimension!) {
  returnAnalytics(from: $from, to: $to, groupBy: $by) {
    current { counts { itemsSold itemsReturned itemReturnRate orderReturnRate } refundsPaid { amount currencyCode }
              feesKept { amount currencyCode } credits { amount currencyCode } refundTimeMedianSeconds
              refundTimeP90Seconds decidedAutomatically decidedByStaff fraudHolds }
    previous { counts { itemsSold itemsReturned } refundsPaid { amount currencyCode } }
    groups { key label current { itemsSold itemsReturned itemReturnRate } previous { itemReturnRate } returnsQuery }
    fraudSignals { signal holds } policyVersions { version requested approved declined } } }"""
REASONS = ("DEFECTIVE", "WRONG_ITEM", "NOT_AS_DESCRIBED", "SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "COLOR", "STYLE",
           "UNWANTED", "OTHER", "DAMAGED", "INCOMPLETE", "LATE_DELIVERY")
STATUSES = ("REQUESTED", "OPEN", "RECEIVED", "CLOSED", "CLOSED", "CLOSED", "DECLINED", "CANCELED")
PRODUCTS, TYPES, BATCH = 200, 10, 2000
AGAIN = 10_000_000  # the ids of the second returns: above every first one's (the order's id)


def say(text: str = "") -> None:
    print(text, flush=True)


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


async def seed(orders: int) -> int:
    """The shop and its year, inserted with the analytics triggers off (as rows written before
    migration 0022 would be: the backfill counts them); gives the shop's id."""
    from types import SimpleNamespace

    from tortoise.connection import get_connection

    triggers = importlib.import_module("models.migrations.0022_analytics_daily")
    editor = SimpleNamespace(client=get_connection("default"))
    await triggers.drop_triggers(None, editor)
    try:
        return await _seed(orders)
    finally:
        await triggers.create_triggers(None, editor)


async def _seed(orders: int) -> int:
    from models.audit import AuditEvent
    from models.catalog import Product
    from models.customer import Customer
    from models.order import Order, OrderLine
    from models.refund import Refund
    from models.returns import Return, ReturnLine
    from models.risk import RiskAssessment, RiskReview
    from plugin.actions.shops import create_shop

    shop = await create_shop(domain="analytics.myshopify.com", name="Analytics", timezone="America/New_York")
    sid, now = shop.id, datetime.now(UTC)
    await Product.bulk_create([Product(id=p + 1, shop_id=sid, platform_id=f"ap-{p}", title=f"Product {p}",
                                       product_type=f"Type {p % TYPES}") for p in range(PRODUCTS)], batch_size=BATCH)
    await Customer.bulk_create([Customer(id=c + 1, shop_id=sid, platform_id=f"ac-{c}", email=f"c{c}@example.com")
                                for c in range(orders // 5 + 1)], batch_size=BATCH)
    pending: dict[type, list] = {model: [] for model in (Order, OrderLine, Return, ReturnLine, Refund, AuditEvent,
                                                          RiskAssessment, RiskReview)}

    async def flush(force: bool = False) -> None:
        if not force and max(len(rows) for rows in pending.values()) < BATCH:
            return
        for model, rows in pending.items():  # in the order the foreign keys need
            if rows:
                await model.bulk_create(rows, batch_size=BATCH)
                rows.clear()

    for g in range(orders):
        placed = now - timedelta(seconds=365 * 86400 * (g + 0.5) / orders)
        customer = None if g % 10 == 0 else 1 + (g * 7919) % (orders // 5 + 1)
        currency = "EUR" if g % 50 == 5 else "USD"  # one in ten of those with a return
        oid = g + 1
        pending[Order].append(Order(
            id=oid, shop_id=sid, platform_id=f"ao-{g}", name=f"#A{g}", email=f"c{customer}@example.com", email_key=f"c{customer}@example.com",
            currency=currency, sales_channel="web", placed_at=placed, subtotal=Decimal(90), shipping_paid=Decimal(5),
            free_shipping=False, discounts=Decimal(0), taxes=Decimal(0), total_paid=Decimal(95), customer_id=customer,
            shipping_address={"country_code": "US", "province_code": "NY"}, financial_status="paid", platform_updated_at=placed))
        for k in range(3):
            pending[OrderLine].append(OrderLine(
                id=oid * 3 + k, shop_id=sid, order_id=oid, platform_id=f"al-{g}-{k}", product_id=1 + (g * 3 + k) % PRODUCTS,
                title=f"Item {k}", quantity=1 + (g + k) % 2, unit_price=Decimal(30)))
        if g % 5 == 0 and g % 100 != 50:  # the returns of g % 100 == 50 go to g % 100 == 0's second ones
            _return(pending, sid, g, oid, placed, now, currency)
        await flush()
    await flush(force=True)
    return sid


def _return(pending: dict, sid: int, g: int, oid: int, placed: datetime, now: datetime, currency: str) -> None:
    from models.audit import AuditEvent
    from models.refund import Refund
    from models.returns import Return, ReturnLine
    from models.risk import RiskAssessment, RiskReview

    status = STATUSES[(g // 5) % len(STATUSES)]
    requested = min(placed + timedelta(days=3, minutes=g % 600), now - timedelta(minutes=1))
    approved = status in ("OPEN", "RECEIVED", "CLOSED")
    by_policy = g % 3 != 0
    kept = status == "CLOSED" and g % 20 == 0
    pending[Return].append(Return(
        id=oid, shop_id=sid, order_id=oid, number=1, name=f"#A{g}-R1", status=status, resolution="REFUND",
        shipping_method="CUSTOMER_SHIPPED", currency=currency, decision={}, quoted_total=Decimal(30),
        requested_by="customer", requested_at=requested, policy_version=1 + (g // 5) % 3, kept_item=kept,
        approved_at=(requested if by_policy else requested + timedelta(hours=1)) if approved else None))
    for k in range(1 + g % 2):
        pending[ReturnLine].append(ReturnLine(
            shop_id=sid, return_request_id=oid, order_line_id=oid * 3 + k, quantity=1, reason=REASONS[(g + k) % len(REASONS)],
            quoted_amount=Decimal(30)))
    if approved or status == "DECLINED":
        pending[AuditEvent].append(AuditEvent(
            shop_id=sid, subject_type="Return", subject_id=oid, actor="policy" if by_policy else "staff:bench",
            action="return.approved" if approved else "return.declined", created_at=requested))
    if status == "CLOSED":
        pending[Refund].append(Refund(
            shop_id=sid, order_id=oid, return_request_id=oid, amount=Decimal("27.00"), currency=currency, kind="PAYMENT",
            status="FAILED" if g % 50 == 15 else "SUCCEEDED", reason="RETURN", created_by="bench",
            created_at=min(requested + timedelta(days=1, minutes=g % 1000), now),
            breakdown=[{"kind": "ITEM", "code": "ITEM", "description": "Item", "amount": {"amount": "30.00", "currency": currency}},
                       {"kind": "FEE", "code": "RESTOCKING_FEE", "description": "Restocking fee",
                        "amount": {"amount": "-3.00", "currency": currency}}]))
    if g % 100 == 0:  # the order comes back on another day too: its orders returned count once a period
        again = min(requested + timedelta(days=8), now - timedelta(minutes=1))
        pending[Return].append(Return(
            id=AGAIN + oid, shop_id=sid, order_id=oid, number=2, name=f"#A{g}-R2", status="REQUESTED", resolution="REFUND",
            shipping_method="CUSTOMER_SHIPPED", currency=currency, decision={}, quoted_total=Decimal(30),
            requested_by="customer", requested_at=again, policy_version=1 + (g // 5) % 3, kept_item=False))
        pending[ReturnLine].append(ReturnLine(
            shop_id=sid, return_request_id=AGAIN + oid, order_line_id=oid * 3 + 2, quantity=1,
            reason=REASONS[(g + 2) % len(REASONS)], quoted_amount=Decimal(30)))
    if g % 50 == 10:
        pending[RiskAssessment].append(RiskAssessment(
            id=oid, shop_id=sid, subject_type="Return", subject_id=oid, order_id=oid, score=70, level="HIGH",
            facts={"recommendation": "HOLD", "facts": [{"code": "HIGH_RETURN_RATE", "sentiment": "NEGATIVE"}]},
            created_at=requested))
        pending[RiskReview].append(RiskReview(
            shop_id=sid, assessment_id=oid, subject_type="Return", subject_id=oid, score=70,
            status=("OPEN", "CLEARED", "CONFIRMED_FRAUD")[g % 3], created_at=requested))


async def _orders_returned(sid: int, since: datetime) -> int:
    """Orders with a counted return requested since `since`, counted from the rows themselves."""
    from plugin.store.analytics_days import NOT_RETURNED, rows

    found = await rows(f"""SELECT COUNT(DISTINCT r.order_id) AS n FROM "return" r
WHERE r.shop_id = $1 AND r.requested_at >= $2 AND r.status NOT IN {NOT_RETURNED!r}
  AND EXISTS (SELECT 1 FROM "return_line" rl WHERE rl.return_request_id = r.id)""", [sid, since])
    return int(found[0]["n"])


def timed(results: list[float]) -> str:
    results = sorted(results)
    p99 = results[min(len(results) - 1, int(len(results) * 0.99))]
    return (f"p50 {results[len(results) // 2]:7.1f} ms   p99 {p99:7.1f} ms "
            f"(target p99 < 300 ms: {'ok' if p99 < 300 else 'OVER'})")


async def measure(url: str, args: argparse.Namespace) -> None:
    from models.shop import Shop
    from plugin.api.auth import issue_session_token
    from plugin.process.settings import Settings
    from plugin.store.analytics_days import instant, rebuild_shop
    from plugin.store.migrate import apply_migrations
    from plugin.store.orm import orm
    from plugin.values.calendar import zone
    from plugin.web.app import create_app

    await apply_migrations(url)
    async with orm(url):
        shop = await Shop.get_or_none(domain="analytics.myshopify.com")
        if shop is None:
            begun = time.perf_counter()
            shop = await Shop.get(id=await seed(args.orders))
            say(f"  {args.orders:,} orders ({args.orders // 5:,} returns) over 365 days inserted in "
                f"{time.perf_counter() - begun:.0f} s")
        sid = shop.id
        begun = time.perf_counter()
        days = await rebuild_shop(sid, zone(shop.timezone))
        say(f"  backfill (recourse analytics-rebuild): {days} days in {time.perf_counter() - begun:.1f} s")

        app = create_app(Settings(database_url=url, rate_limits=False), manage_orm=False)
        # As `recourse serve` does once started (plugin/web/app.py, in the lifespan httpx does not
        # run): what is alive now leaves the collector's sight. Without it a full collection walked
        # this process's whole heap (the seeding's included) inside one request now and then: the
        # slowest of 20 requests took 120-165 ms of CPU against the others' 37.
        gc.collect()
        gc.freeze()
        headers = {"Authorization": f"Bearer {issue_session_token(shop, ttl=3600)}"}
        today = datetime.now(zone(shop.timezone)).date()
        period = {"from": (today - timedelta(days=364)).isoformat(), "to": today.isoformat()}
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
            async def ask(by: str) -> float:
                begun = time.perf_counter()
                answer = await client.post("/admin/graphql", json={"query": QUERY, "variables": {**period, "by": by}},
                                           headers=headers)
                took = (time.perf_counter() - begun) * 1000
                if '"groups"' not in answer.text:
                    raise RuntimeError(answer.text[:500])
                return took

            await ask("PRODUCT")
            from models.returns import Return

            recent = await Return.filter(shop_id=sid).order_by("-requested_at").limit(50).values_list("id", flat=True)
            await Return.filter(id__in=list(recent)).update(kept_item=True)
            say(f"  first request after 50 returns of the last days changed (recounts their days): {await ask('PRODUCT'):.0f} ms")
            for by in ("PRODUCT", "REASON", "CUSTOMER_SEGMENT"):
                await ask(by)  # warm
                results = [await ask(by) for _ in range(args.requests)]
                say(f"  by {by.lower():<17} {args.requests} requests in turn: {timed(results)}")
            body = (await client.post("/admin/graphql", json={"query": QUERY, "variables": {**period, "by": "PRODUCT"}},
                                      headers=headers)).json()["data"]["returnAnalytics"]
            counts = body["current"]["counts"]
            say(f"  (the year: {counts['itemsSold']:,} items sold, {counts['itemsReturned']:,} returned, "
                f"refunds paid {', '.join(m['amount'] + ' ' + m['currencyCode'] for m in body['current']['refundsPaid'])})")
            orders = (await client.post("/admin/graphql", headers=headers, json={
                "query": "query($from: Date!, $to: Date!) { returnAnalytics(from: $from, to: $to) { current { counts { ordersReturned } } } }",
                "variables": period})).json()["data"]["returnAnalytics"]["current"]["counts"]["ordersReturned"]
            direct = await _orders_returned(sid, instant(today - timedelta(days=364), zone(shop.timezone)))
            say(f"  (orders returned in the year: {orders:,}; counted directly: {direct:,}"
                f"{'' if orders == direct else ' -- NOT THE SAME'})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--url", help="a database this script seeded before (kept with --keep): measure again")
    parser.add_argument("--keep", action="store_true", help="keep the database and print its URL")
    args = parser.parse_args()
    say(f"\n### returnAnalytics on {args.database}, load average before: {load_average()}")
    if args.url or args.keep:
        url = args.url or (f"sqlite://{tempfile.mkdtemp()}/analytics.sqlite3" if args.database == "sqlite"
                           else asyncio.run(__import__("bench.run", fromlist=["x"]).create_database())[0])
        say(f"  database: {url}")
        asyncio.run(measure(url, args))
    elif args.database == "sqlite":
        with tempfile.TemporaryDirectory() as scratch:
            asyncio.run(measure(f"sqlite://{Path(scratch) / 'analytics.sqlite3'}", args))
    else:
        from bench.run import create_database, drop_database

        url, name = asyncio.run(create_database())
        try:
            asyncio.run(measure(url, args))
        finally:
            asyncio.run(drop_database(name))
    say(f"  load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.exit(main())

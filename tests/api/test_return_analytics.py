"""Admin `returnAnalytics` over HTTP on the demo data: every figure against counts made directly in
SQL (row by row, summed here), on SQLite and PostgreSQL, in a fixed number of statements."""

from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from tortoise.connection import get_connection

from models.shop import Shop
from plugin.cli.demo import seed_demo
from plugin.store.analytics import STATEMENTS
from tests.conftest import count_sql
from tests.helpers import admin, gql_ok, make_shop

COUNTS = "itemsSold ordersSold itemsReturned ordersReturned returns itemsKept itemReturnRate orderReturnRate"
FIGURES = f"""counts {{ {COUNTS} }} refundsPaid {{ amount currencyCode }} credits {{ amount currencyCode }}
  feesKept {{ amount currencyCode }} postageCharged {{ amount currencyCode }} returnsRefunded refundTimeMedianSeconds refundTimeP90Seconds decidedAutomatically
  decidedByStaff automaticShare fraudHolds"""
QUERY = f"""query($from: Date!, $to: Date!, $by: ReturnAnalyticsDimension!) {{
  returnAnalytics(from: $from, to: $to, groupBy: $by) {{
    period {{ start end days }} previousPeriod {{ start end days }} timezone currencyCode groupBy returnsQuery
    current {{ {FIGURES} }} previous {{ {FIGURES} }}
    groups {{ key label current {{ {COUNTS} }} previous {{ {COUNTS} }} returnsQuery }}
    fraudSignals {{ signal holds open cleared confirmedFraud }}
    policyVersions {{ version requested requestedBefore approved approvedAtOnce declined kept returnsQuery }}
  }} }}"""

LIST = "query($q: String) { returns(first: 250, query: $q) { nodes { id } } }"


async def _sql(sql: str, *params) -> list[dict]:
    conn = get_connection("default")
    if conn.capabilities.dialect == "sqlite":
        import re

        sql = re.sub(r"\$(\d+)", r"?\1", sql)
    return await conn.execute_query_dict(sql, list(params))


def _utc(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


class Expected:
    """The figures, counted from plain rows of the shop."""

    def __init__(self, shop: Shop, start: datetime, end: datetime, previous: datetime):
        self.shop, self.start, self.end, self.previous = shop, start, end, previous

    def which(self, at) -> str | None:
        at = _utc(at)
        if self.start <= at < self.end:
            return "current"
        if self.previous <= at < self.start:
            return "previous"
        return None

    async def load(self):
        sid = self.shop.id
        self.orders = {r["id"]: r for r in await _sql('SELECT id, placed_at, cancelled_at, customer_id FROM "order" WHERE shop_id = $1', sid)}
        self.lines = await _sql('SELECT id, order_id, product_id, variant_platform_id, quantity, cancelled_quantity FROM "order_line" WHERE shop_id = $1', sid)
        self.products = {r["id"]: r for r in await _sql('SELECT id, title, product_type FROM "product" WHERE shop_id = $1', sid)}
        self.returns = {r["id"]: r for r in await _sql('SELECT id, order_id, status, requested_at, approved_at, policy_version, kept_item FROM "return" WHERE shop_id = $1', sid)}
        self.return_lines = await _sql('SELECT return_request_id, order_line_id, quantity, reason FROM "return_line" WHERE shop_id = $1', sid)
        self.refunds = await _sql('SELECT return_request_id, amount, currency, kind, status, created_at, breakdown FROM "refund" WHERE shop_id = $1', sid)
        self.audits = await _sql('SELECT actor, action, subject_type, created_at FROM "audit_event" WHERE shop_id = $1', sid)
        self.reviews = await _sql('SELECT v.status, v.created_at, v.subject_type, a.facts FROM "risk_review" v JOIN "risk_assessment" a ON a.id = v.assessment_id WHERE v.shop_id = $1', sid)
        first = {}
        for order in sorted(self.orders.values(), key=lambda o: _utc(o["placed_at"])):
            if order["customer_id"] is not None:
                first.setdefault(order["customer_id"], _utc(order["placed_at"]))
        self.first_order = first
        return self

    def segment(self, order) -> str:
        if order["customer_id"] is None:
            return "GUEST"
        return "RETURNING" if _utc(order["placed_at"]) > self.first_order[order["customer_id"]] else "NEW"

    def key(self, by: str, line, reason=None) -> str:
        product = self.products.get(line["product_id"]) or {}
        order = self.orders[line["order_id"]]
        return {
            "PRODUCT": str(line["product_id"]) if line["product_id"] is not None else "",
            "VARIANT": line["variant_platform_id"] or (str(line["product_id"]) if line["product_id"] is not None else ""),
            "PRODUCT_TYPE": (product.get("product_type") or "").lower(),
            "REASON": reason,
            "CUSTOMER_SEGMENT": self.segment(order),
        }[by]

    def counts(self, by: str | None):
        """{(period, key): Counter(items_sold, orders_sold (set), items_returned, ...)}"""
        out = defaultdict(lambda: {"items_sold": 0, "orders_sold": set(), "items_returned": 0, "orders_returned": set(),
                                   "returns": set(), "items_kept": 0})
        for line in self.lines:
            order = self.orders[line["order_id"]]
            period = self.which(order["placed_at"])
            if period is None or order["cancelled_at"] is not None:
                continue
            keys = [""] if by is None else ([] if by == "REASON" else [self.key(by, line)])
            for key in keys:
                out[(period, key)]["items_sold"] += line["quantity"] - line["cancelled_quantity"]
                out[(period, key)]["orders_sold"].add(order["id"])
        lines = {l["id"]: l for l in self.lines}
        for rl in self.return_lines:
            ret = self.returns[rl["return_request_id"]]
            period = self.which(ret["requested_at"])
            if period is None or ret["status"] in ("DECLINED", "CANCELED"):
                continue
            key = "" if by is None else self.key(by, lines[rl["order_line_id"]], rl["reason"])
            entry = out[(period, key)]
            entry["items_returned"] += rl["quantity"]
            entry["orders_returned"].add(ret["order_id"])
            entry["returns"].add(ret["id"])
            entry["items_kept"] += rl["quantity"] if ret["kept_item"] else 0
        return out


def _rate(part, whole):
    return None if not whole else str((Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001")))


def _check_counts(got: dict, entry: dict, sold_total: dict | None = None):
    sold = sold_total or entry
    want = {
        "itemsSold": sold["items_sold"], "ordersSold": len(sold["orders_sold"]),
        "itemsReturned": entry["items_returned"], "ordersReturned": len(entry["orders_returned"]),
        "returns": len(entry["returns"]), "itemsKept": entry["items_kept"],
        "itemReturnRate": _rate(entry["items_returned"], sold["items_sold"]),
        "orderReturnRate": _rate(len(entry["orders_returned"]), len(sold["orders_sold"])),
    }
    assert got == want


def _money(value) -> Decimal:
    return Decimal(str(value))


def _breakdown(value):
    import json

    return json.loads(value) if isinstance(value, str) else (value or [])


@pytest.fixture
async def demo(db):
    await seed_demo(orders_per_shop=40)
    return await Shop.get(domain="alotrop.myshopify.com")


async def _analytics(client, shop, start, end, by):
    return gql_ok(await admin(client, shop, QUERY, {"from": start.isoformat(), "to": end.isoformat(), "by": by}))["returnAnalytics"]


async def test_every_figure_matches_the_rows_in_a_fixed_number_of_statements(client, demo):
    """One test for every grouping: the demo data takes a while to make."""
    for by in ("PRODUCT", "VARIANT", "PRODUCT_TYPE", "REASON", "CUSTOMER_SEGMENT"):
        await check_every_figure(client, demo, by)
    # A longer period is read partly from monthly sums (the months it covers whole).
    await check_every_figure(client, demo, "PRODUCT", days=120)
    await _fixed_statements(client, demo)


async def check_every_figure(client, shop, by, days=30):
    zone = ZoneInfo(shop.timezone)
    today = datetime.now(zone).date()
    start, end = today - timedelta(days=days - 1), today
    data = await _analytics(client, shop, start, end, by)
    utc = lambda d: datetime.combine(d, time(0), zone).astimezone(timezone.utc)  # noqa: E731
    expected = await Expected(shop, utc(start), utc(end + timedelta(days=1)), utc(start - timedelta(days=days))).load()

    assert data["period"] == {"start": start.isoformat(), "end": end.isoformat(), "days": days}
    assert data["previousPeriod"]["end"] == (start - timedelta(days=1)).isoformat()
    assert data["timezone"] == shop.timezone and data["currencyCode"] == shop.currency and data["groupBy"] == by

    totals = expected.counts(None)
    for period in ("current", "previous"):
        _check_counts(data[period]["counts"], totals[(period, "")])
    assert data["current"]["counts"]["itemsReturned"] > 0, "the demo data has returns in the last 30 days"

    groups = expected.counts(by)
    keys = {key for (period, key) in groups}
    assert {g["key"] for g in data["groups"]} == keys
    for group in data["groups"]:
        for period in ("current", "previous"):
            _check_counts(group[period], groups[(period, group["key"])], totals[(period, "")] if by == "REASON" else None)
        assert group["returnsQuery"].startswith(f"requested:{start.isoformat()}..{end.isoformat()} counted:yes ")

    # Each row links to exactly the returns it counts.
    for group in data["groups"][:6]:
        listed = gql_ok(await admin(client, shop, LIST, {"q": group["returnsQuery"]}))["returns"]["nodes"]
        assert len(listed) == group["current"]["returns"], group
    listed = gql_ok(await admin(client, shop, LIST, {"q": data["returnsQuery"]}))["returns"]["nodes"]
    assert len(listed) == data["current"]["counts"]["returns"]

    check_money(data, expected)
    assert _money(data["current"]["refundsPaid"][0]["amount"]) > 0

    # Request to first refund.
    first = {}
    for refund in expected.refunds:
        if refund["return_request_id"] is not None and refund["status"] != "FAILED":
            at = _utc(refund["created_at"])
            first[refund["return_request_id"]] = min(at, first.get(refund["return_request_id"], at))
    durations = defaultdict(list)
    for rid, at in first.items():
        period = expected.which(at)
        if period:
            durations[period].append((at - _utc(expected.returns[rid]["requested_at"])).total_seconds())
    for period in ("current", "previous"):
        values = sorted(durations[period])
        assert data[period]["returnsRefunded"] == len(values)
        rank = lambda p: values[-(-len(values) * p // 100) - 1] if values else None  # noqa: E731
        for name, p in (("refundTimeMedianSeconds", 50), ("refundTimeP90Seconds", 90)):
            got = data[period][name]
            assert (got is None) == (rank(p) is None)
            if got is not None:
                assert abs(got - rank(p)) <= 1

    # Decisions, holds and signals.
    decisions = Counter()
    for event in expected.audits:
        period = expected.which(event["created_at"])
        if period and event["subject_type"] == "Return" and event["action"] in ("return.approved", "return.declined"):
            decisions[(period, event["actor"] == "policy")] += 1
    holds = Counter()
    signals = defaultdict(Counter)
    for review in expected.reviews:
        period = expected.which(review["created_at"])
        if period is None or review["subject_type"] != "Return":
            continue
        holds[period] += 1
        if period == "current":
            facts = review["facts"] if isinstance(review["facts"], dict) else __import__("json").loads(review["facts"])
            for code in {f["code"] for f in facts["facts"] if f.get("sentiment", "NEGATIVE") == "NEGATIVE"}:
                signals[code]["holds"] += 1
                signals[code][review["status"]] += 1
    for period in ("current", "previous"):
        assert data[period]["decidedAutomatically"] == decisions[(period, True)]
        assert data[period]["decidedByStaff"] == decisions[(period, False)]
        assert data[period]["fraudHolds"] == holds[period]
    assert {s["signal"]: (s["holds"], s["open"], s["cleared"], s["confirmedFraud"]) for s in data["fraudSignals"]} == {
        code: (c["holds"], c["OPEN"], c["CLEARED"], c["CONFIRMED_FRAUD"]) for code, c in signals.items()}

    versions = defaultdict(Counter)
    for ret in expected.returns.values():
        period = expected.which(ret["requested_at"])
        if period is None:
            continue
        v = versions[ret["policy_version"]]
        v[period] += 1
        if period == "current":
            v["approved"] += ret["approved_at"] is not None
            v["at_once"] += ret["approved_at"] is not None and _utc(ret["approved_at"]) == _utc(ret["requested_at"])
            v["declined"] += ret["status"] == "DECLINED"
            v["kept"] += bool(ret["kept_item"])
    assert {v["version"]: (v["requested"], v["requestedBefore"], v["approved"], v["approvedAtOnce"], v["declined"], v["kept"])
            for v in data["policyVersions"]} == {
        version: (c["current"], c["previous"], c["approved"], c["at_once"], c["declined"], c["kept"]) for version, c in versions.items()}


def check_money(data, expected):
    """Money from the ledger rows, per currency (the shop's first), never added across currencies."""
    sums = defaultdict(Decimal)
    currencies = {expected.shop.currency}
    for refund in expected.refunds:
        period = expected.which(refund["created_at"])
        if period is None or refund["return_request_id"] is None or refund["status"] == "FAILED":
            continue
        currencies.add(refund["currency"])
        sums[(period, "refundsPaid" if refund["kind"] == "PAYMENT" else "credits", refund["currency"])] += _money(refund["amount"])
        for entry in _breakdown(refund["breakdown"]):
            if entry["kind"] == "FEE":
                name = "postageCharged" if entry["code"] == "LABEL_FEE" else "feesKept"
                sums[(period, name, entry["amount"]["currency"])] -= _money(entry["amount"]["amount"])
    for period in ("current", "previous"):
        for name in ("refundsPaid", "credits", "feesKept", "postageCharged"):
            got = data[period][name]
            assert got[0]["currencyCode"] == expected.shop.currency
            assert {m["currencyCode"]: _money(m["amount"]) for m in got} == {
                code: sums[(period, name, code)] for code in currencies}, (period, name)


async def _fixed_statements(client, shop):
    today = date.today()
    with count_sql() as small:
        await _analytics(client, shop, today - timedelta(days=6), today, "PRODUCT")
    with count_sql() as large:
        await _analytics(client, shop, today - timedelta(days=364), today, "PRODUCT")
    with count_sql() as by_reason:
        await _analytics(client, shop, today - timedelta(days=364), today, "REASON")
    # The session token's shop lookup plus the analytics' own statements, whatever the period holds
    # and the grouping.
    assert len(small) == len(large) == len(by_reason)
    assert len(large) <= STATEMENTS + 2, large


async def test_a_bad_period_is_refused(client, db):
    shop = await make_shop()
    today = date.today()
    for start, end in ((today, today - timedelta(days=1)), (today - timedelta(days=400), today)):
        response = await admin(client, shop, QUERY, {"from": start.isoformat(), "to": end.isoformat(), "by": "PRODUCT"})
        body = response.json()
        assert body["errors"][0]["extensions"]["code"] == "BAD_PERIOD"

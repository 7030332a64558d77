"""The per-day aggregates of return analytics (models.analytics), kept equal to counting the rows.

Triggers (migration 0022) write the instant of every change to a counted row into `analytics_dirty`,
in the transaction of the change. `refresh` runs before every analytics read: it takes those marks
(`DELETE ... RETURNING`, so a mark committed meanwhile stays for the next read), turns them into the
shop's local days and counts those days again from the rows, in a fixed number of statements per
366 days. A shop never built, or built in another time zone, is built whole (`rebuild`, also the
backfill command). Each day is counted with the statements a direct count would use, so a day's
rows equal a direct count of that day, and a period's figures equal a direct count of the period.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.connection import get_connection
from tortoise.transactions import in_transaction

from models.enums import RefundKind, RefundStatus, ReturnStatus

DAYS_PER_STATEMENT = 366
LABEL_FEE = "LABEL_FEE"
TOTAL = ""  # the dimension (and key) of the shop's totals
POLICY_VERSION = "POLICY_VERSION"
DECISIONS = ("return.approved", "return.declined")
NOT_RETURNED = (ReturnStatus.DECLINED.value, ReturnStatus.CANCELED.value)

# The customer's segment of an order (needs the `f` join below): GUEST, NEW (the customer's first
# order, cancelled ones included) or RETURNING.
_SEGMENT = ("CASE WHEN o.customer_id IS NULL THEN 'GUEST' WHEN o.placed_at > f.first_at THEN 'RETURNING' "
            "ELSE 'NEW' END")
_FIRST_ORDERS = ('LEFT JOIN (SELECT customer_id, MIN(placed_at) AS first_at FROM "order" WHERE shop_id = $1 '
                 'AND customer_id IS NOT NULL GROUP BY customer_id) f ON f.customer_id = o.customer_id')

# dimension: key, label, extra joins (after order_line ol, order o, product p)
_KEYS: dict[str, tuple[str, str, str]] = {
    TOTAL: ("''", "''", ""),
    "PRODUCT": ("COALESCE(CAST(ol.product_id AS TEXT), '')", "COALESCE(p.title, ol.title)", ""),
    "VARIANT": (
        "COALESCE(ol.variant_platform_id, CAST(ol.product_id AS TEXT), '')",
        "COALESCE(p.title, ol.title) || COALESCE(' – ' || ol.variant_title, '')", "",
    ),
    "PRODUCT_TYPE": ("COALESCE(LOWER(p.product_type), '')", "COALESCE(p.product_type, '')", ""),
    "CUSTOMER_SEGMENT": (_SEGMENT, _SEGMENT, _FIRST_ORDERS),
}
_RETURNED_KEYS = {**_KEYS, "REASON": ("rl.reason", "rl.reason", "")}

_DAY_COLUMNS = ("items_sold", "orders_sold", "items_returned", "returns", "items_kept", "requested", "approved",
                "approved_at_once", "declined", "kept_returns", "decided_automatically", "decided_by_staff")


def _select(shop: str, dimension: str, key: str, label: str, **figures: str) -> str:
    values = ", ".join(figures.get(name, "0") for name in _DAY_COLUMNS)
    return f"SELECT {shop}, d.day, '{dimension}', {key}, MAX({label}), {values}"


_SOLD_FROM = """FROM d JOIN "order" o ON o.shop_id = $1 AND o.placed_at >= d.s AND o.placed_at < d.e
JOIN "order_line" ol ON ol.order_id = o.id AND ol.shop_id = o.shop_id
LEFT JOIN "product" p ON p.id = ol.product_id AND p.shop_id = ol.shop_id
{joins}
WHERE o.cancelled_at IS NULL"""

_RETURNED_FROM = f"""FROM d JOIN "return" r ON r.shop_id = $1 AND r.requested_at >= d.s AND r.requested_at < d.e
JOIN "return_line" rl ON rl.return_request_id = r.id AND rl.shop_id = r.shop_id
JOIN "order_line" ol ON ol.id = rl.order_line_id AND ol.shop_id = rl.shop_id
JOIN "order" o ON o.id = r.order_id AND o.shop_id = r.shop_id
LEFT JOIN "product" p ON p.id = ol.product_id AND p.shop_id = ol.shop_id
{{joins}}
WHERE r.status NOT IN {NOT_RETURNED!r}"""


def _also(key: str) -> str:
    # PostgreSQL refuses a constant in GROUP BY (the totals' key).
    return "" if key == "''" else f", {key}"


def _day_rows() -> str:
    """Every analytics_day row of the days in `d`: sold and returned per dimension, the policy
    versions of the returns requested, and the decisions on record."""
    parts = []
    for dimension, (key, label, joins) in _KEYS.items():
        parts.append(_select("o.shop_id", dimension, key, label, items_sold="SUM(ol.quantity - ol.cancelled_quantity)",
                             orders_sold="COUNT(DISTINCT o.id)")
                     + "\n" + _SOLD_FROM.format(joins=joins) + f"\nGROUP BY o.shop_id, d.day{_also(key)}")
    for dimension, (key, label, joins) in _RETURNED_KEYS.items():
        parts.append(_select("r.shop_id", dimension, key, label, items_returned="SUM(rl.quantity)",
                             returns="COUNT(DISTINCT r.id)",
                             items_kept="SUM(CASE WHEN r.kept_item THEN rl.quantity ELSE 0 END)")
                     + "\n" + _RETURNED_FROM.format(joins=joins) + f"\nGROUP BY r.shop_id, d.day{_also(key)}")
    version = "COALESCE(CAST(r.policy_version AS TEXT), '')"
    parts.append(
        _select("r.shop_id", POLICY_VERSION, version, "''", requested="COUNT(*)",
                approved="SUM(CASE WHEN r.approved_at IS NOT NULL THEN 1 ELSE 0 END)",
                approved_at_once="SUM(CASE WHEN r.approved_at = r.requested_at THEN 1 ELSE 0 END)",
                declined=f"SUM(CASE WHEN r.status = '{ReturnStatus.DECLINED.value}' THEN 1 ELSE 0 END)",
                kept_returns="SUM(CASE WHEN r.kept_item THEN 1 ELSE 0 END)")
        + '\nFROM d JOIN "return" r ON r.shop_id = $1 AND r.requested_at >= d.s AND r.requested_at < d.e'
        + f"\nGROUP BY r.shop_id, d.day, {version}")
    parts.append(
        _select("a.shop_id", TOTAL, "''", "''",
                decided_automatically="SUM(CASE WHEN a.actor = 'policy' THEN 1 ELSE 0 END)",
                decided_by_staff="SUM(CASE WHEN a.actor <> 'policy' THEN 1 ELSE 0 END)")
        + '\nFROM d JOIN "audit_event" a ON a.shop_id = $1 AND a.created_at >= d.s AND a.created_at < d.e'
        + f"\nWHERE a.subject_type = 'Return' AND a.action IN {DECISIONS!r}\nGROUP BY a.shop_id, d.day")
    columns = ", ".join(("shop_id", "day", "dimension", "key", "label") + _DAY_COLUMNS)
    return f"INSERT INTO analytics_day ({columns})\n" + "\nUNION ALL\n".join(parts)


def _returned_orders() -> str:
    parts = [f"SELECT DISTINCT r.shop_id, d.day, '{dimension}', {key}, r.order_id\n" + _RETURNED_FROM.format(joins=joins)
             for dimension, (key, _label, joins) in _RETURNED_KEYS.items()]
    return "INSERT INTO analytics_returned_order (shop_id, day, dimension, key, order_id)\n" + "\nUNION ALL\n".join(parts)


_SECONDS = {
    "postgres": "EXTRACT(EPOCH FROM (f.first_at - t.requested_at))",
    "sqlite": "(julianday(f.first_at) - julianday(t.requested_at)) * 86400.0",
}

# A return's first refund that did not fail, for the returns with a refund on one of the days.
_REFUND_TIMES = f"""INSERT INTO analytics_refund_time (shop_id, day, return_id, seconds)
SELECT t.shop_id, d.day, t.id, CAST(ROUND({{seconds}}) AS BIGINT)
FROM (
  SELECT return_request_id AS rid, MIN(created_at) AS first_at FROM "refund"
  WHERE shop_id = $1 AND status <> '{RefundStatus.FAILED.value}' AND return_request_id IN (
    SELECT x.return_request_id FROM d JOIN "refund" x ON x.shop_id = $1 AND x.created_at >= d.s AND x.created_at < d.e)
  GROUP BY return_request_id
) f
JOIN d ON f.first_at >= d.s AND f.first_at < d.e
JOIN "return" t ON t.id = f.rid AND t.shop_id = $1"""

_REFUNDS = f"""SELECT d.day AS day, r.kind AS kind, r.currency AS currency, r.amount AS amount, r.breakdown AS breakdown
FROM d JOIN "refund" r ON r.shop_id = $1 AND r.created_at >= d.s AND r.created_at < d.e
WHERE r.return_request_id IS NOT NULL AND r.status <> '{RefundStatus.FAILED.value}'"""

_TABLES = ("analytics_day", "analytics_returned_order", "analytics_money_day", "analytics_refund_time")


def dialect(conn: BaseDBAsyncClient | None = None) -> str:
    return (conn or get_connection("default")).capabilities.dialect


def numbered(sql: str, conn: BaseDBAsyncClient) -> str:
    """`$1` parameters as the connection's dialect writes them (SQLite: `?1`)."""
    return re.sub(r"\$(\d+)", r"?\1", sql) if dialect(conn) == "sqlite" else sql


async def rows(sql: str, params: list[Any], conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    conn = conn or get_connection("default")
    return await conn.execute_query_dict(numbered(sql, conn), params)


def _days_cte(days: list[date], sqlite: bool) -> str:
    """`d(day, s, e)`: each local day with the UTC instants it starts and ends at (params from $2)."""
    values = []
    for i in range(len(days)):
        n = 2 + 3 * i
        values.append(f"(${n}, ${n + 1}, ${n + 2})" if sqlite else
                      f"(CAST(${n} AS DATE), CAST(${n + 1} AS TIMESTAMPTZ), CAST(${n + 2} AS TIMESTAMPTZ))")
    return "WITH d(day, s, e) AS (VALUES " + ", ".join(values) + ")\n"


def instant(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant the shop's `day` begins at."""
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def _utc(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _decimal(value: Any) -> Decimal:
    return Decimal(str(value)) if value is not None else Decimal(0)


def _breakdown(value: Any) -> list:
    data = json.loads(value) if isinstance(value, (str, bytes)) else value
    return data if isinstance(data, list) else []


def _money_rows(shop_id: int, refunds: list[dict[str, Any]]) -> list[list[Any]]:
    """Per day and currency: refunds paid (PAYMENT rows), credits (the others), fees kept and postage
    charged (the FEE lines of their breakdowns, the prepaid label's fee apart), summed in Decimal
    (SQLite keeps decimals as text)."""
    sums: dict[tuple[Any, str], list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 4)
    for row in refunds:
        day = row["day"]
        sums[(day, row["currency"])][0 if row["kind"] == RefundKind.PAYMENT else 1] += _decimal(row["amount"])
        for entry in _breakdown(row["breakdown"]):
            if isinstance(entry, dict) and entry.get("kind") == "FEE":
                amount = entry.get("amount") or {}
                currency = amount.get("currency") or amount.get("currencyCode") or row["currency"]
                sums[(day, currency)][3 if entry.get("code") == LABEL_FEE else 2] -= _decimal(amount.get("amount"))
    return [[shop_id, day if isinstance(day, date) else date.fromisoformat(day), currency, *figures]
            for (day, currency), figures in sums.items()]


async def _count_days(conn: BaseDBAsyncClient, shop_id: int, zone: ZoneInfo, days: list[date], clear: bool) -> None:
    """Count `days` again from the rows (clearing what they held first, unless the shop is empty)."""
    sqlite = dialect(conn) == "sqlite"
    for begin in range(0, len(days), DAYS_PER_STATEMENT):
        chunk = days[begin:begin + DAYS_PER_STATEMENT]
        cte = _days_cte(chunk, sqlite)
        params: list[Any] = [shop_id]
        for day in chunk:
            params += [day, instant(day, zone), instant(day + timedelta(days=1), zone)]
        if clear:
            listed = ", ".join(f"${2 + i}" for i in range(len(chunk)))
            for table in _TABLES:
                await rows(f"DELETE FROM {table} WHERE shop_id = $1 AND day IN ({listed})", [shop_id, *chunk], conn)
        await rows(cte + _day_rows(), params, conn)
        await rows(cte + _returned_orders(), params, conn)
        await rows(cte + _REFUND_TIMES.format(seconds=_SECONDS[dialect(conn)]), params, conn)
        money = _money_rows(shop_id, await rows(cte + _REFUNDS, params, conn))
        if money:
            await conn.execute_many(numbered(_MONEY_INSERT, conn), money)


_MONEY_INSERT = ("INSERT INTO analytics_money_day (shop_id, day, currency, refunds_paid, credits, fees_kept, postage_charged) "
                 "VALUES ($1, $2, $3, $4, $5, $6, $7)")

# The instants the triggers marked, taken in one statement: a mark committed after it stays for the
# next refresh. PostgreSQL hands back one instant per hour (a mark stands for its hour's days).
_TAKE_MARKS = {
    "postgres": "WITH taken AS (DELETE FROM analytics_dirty WHERE shop_id = $1 RETURNING at) "
                "SELECT DISTINCT date_trunc('hour', at) AS at FROM taken WHERE at IS NOT NULL",
    "sqlite": "DELETE FROM analytics_dirty WHERE shop_id = $1 RETURNING at",
}
_STATE = """SELECT (SELECT timezone FROM analytics_state WHERE shop_id = $1) AS timezone,
  (SELECT COUNT(*) FROM (SELECT 1 FROM analytics_dirty WHERE shop_id = $1 LIMIT 1) m) AS dirty"""
# The first and last instants the shop has anything counted at.
_BOUNDS = """SELECT MIN(lo) AS lo, MAX(hi) AS hi FROM (
  SELECT MIN(placed_at) AS lo, MAX(placed_at) AS hi FROM "order" WHERE shop_id = $1
  UNION ALL SELECT MIN(requested_at), MAX(requested_at) FROM "return" WHERE shop_id = $1
  UNION ALL SELECT MIN(created_at), MAX(created_at) FROM "refund" WHERE shop_id = $1
  UNION ALL SELECT MIN(created_at), MAX(created_at) FROM "audit_event" WHERE shop_id = $1
) b"""


def _hour_days(instants: list[Any], zone: ZoneInfo) -> list[date]:
    """The local days the hours of `instants` fall on (an hour can straddle two days in a zone a
    half hour off UTC)."""
    days: set[date] = set()
    for value in instants:
        hour = _utc(value).replace(minute=0, second=0, microsecond=0)
        days.add(hour.astimezone(zone).date())
        days.add((hour + timedelta(hours=1, microseconds=-1)).astimezone(zone).date())
    return sorted(days)


async def _lock(conn: BaseDBAsyncClient, shop_id: int) -> None:
    # One refresh of a shop at a time: two would both clear a day and both insert it again. SQLite
    # runs one transaction at a time already.
    if dialect(conn) == "postgres":
        await rows("SELECT pg_advisory_xact_lock(2022, CAST($1 AS INTEGER))", [shop_id], conn)


async def _save_state(conn: BaseDBAsyncClient, shop_id: int, zone: ZoneInfo) -> None:
    await rows("DELETE FROM analytics_state WHERE shop_id = $1", [shop_id], conn)
    await rows("INSERT INTO analytics_state (shop_id, timezone, built_at) VALUES ($1, $2, $3)",
               [shop_id, zone.key, datetime.now(timezone.utc)], conn)


async def rebuild(shop_id: int, zone: ZoneInfo, conn: BaseDBAsyncClient) -> int:
    """Count every day of the shop from scratch, in `zone`; returns the number of days."""
    await rows("DELETE FROM analytics_dirty WHERE shop_id = $1", [shop_id], conn)
    for table in _TABLES:
        await rows(f"DELETE FROM {table} WHERE shop_id = $1", [shop_id], conn)
    bounds = (await rows(_BOUNDS, [shop_id], conn))[0]
    days: list[date] = []
    if bounds["lo"] is not None:
        first, last = _utc(bounds["lo"]).astimezone(zone).date(), _utc(bounds["hi"]).astimezone(zone).date()
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    await _count_days(conn, shop_id, zone, days, clear=False)
    await _save_state(conn, shop_id, zone)
    return len(days)


async def rebuild_shop(shop_id: int, zone: ZoneInfo) -> int:
    """`rebuild` in a transaction of its own (the backfill command); returns the number of days."""
    async with in_transaction("default") as conn:
        await _lock(conn, shop_id)
        return await rebuild(shop_id, zone, conn)


async def refresh(shop_id: int, zone: ZoneInfo) -> None:
    """Bring the shop's days up to date before a read: recount the days marked since the last
    refresh, or build them all when the shop was never built or its time zone changed."""
    state = (await rows(_STATE, [shop_id]))[0]
    if state["timezone"] == zone.key and not state["dirty"]:
        return
    async with in_transaction("default") as conn:
        await _lock(conn, shop_id)
        state = (await rows(_STATE, [shop_id], conn))[0]
        if state["timezone"] != zone.key:
            await rebuild(shop_id, zone, conn)
            return
        marks = await rows(_TAKE_MARKS[dialect(conn)], [shop_id], conn)
        await _count_days(conn, shop_id, zone, _hour_days([m["at"] for m in marks if m["at"] is not None], zone),
                          clear=True)

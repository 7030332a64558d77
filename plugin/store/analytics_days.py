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
from plugin.values.calendar import zone_or_utc as _zone

DAYS_PER_STATEMENT = 366
LABEL_FEE = "LABEL_FEE"
TOTAL = ""  # the dimension (and key) of the shop's totals
POLICY_VERSION = "POLICY_VERSION"
MONTH = "M:"  # the prefix of a dimension's monthly sums in analytics_day
WEEK = "W:"  # ... and of its weekly sums (Monday to Sunday)
DECISIONS = ("return.approved", "return.declined")
NOT_RETURNED = (ReturnStatus.DECLINED.value, ReturnStatus.CANCELED.value)

# The customer's segment of an order: GUEST, NEW (the customer's first order, cancelled ones
# included) or RETURNING (an earlier order of the customer exists), looked up per order through the
# (shop_id, customer_id) index: a join to every customer's first order grouped in a subquery was
# planned as a nested loop over both at 100,000 orders on PostgreSQL (minutes), and SQLite answers
# MIN(placed_at) or `placed_at <` by walking the (shop_id, placed_at) index (the COALESCE keeps it
# from that index).
_SEGMENT = ("CASE WHEN o.customer_id IS NULL THEN 'GUEST' WHEN EXISTS (SELECT 1 FROM \"order\" m WHERE m.shop_id = o.shop_id "
            "AND m.customer_id = o.customer_id AND COALESCE(m.placed_at, m.placed_at) < o.placed_at) THEN 'RETURNING' ELSE 'NEW' END")

# dimension: key, label, extra joins (after order_line ol, order o, product p)
_KEYS: dict[str, tuple[str, str, str]] = {
    TOTAL: ("''", "''", ""),
    "PRODUCT": ("COALESCE(CAST(ol.product_id AS TEXT), '')", "COALESCE(p.title, ol.title)", ""),
    "VARIANT": (
        "COALESCE(ol.variant_platform_id, CAST(ol.product_id AS TEXT), '')",
        "COALESCE(p.title, ol.title) || COALESCE(' – ' || ol.variant_title, '')", "",
    ),
    "PRODUCT_TYPE": ("COALESCE(LOWER(p.product_type), '')", "COALESCE(p.product_type, '')", ""),
    "CUSTOMER_SEGMENT": (_SEGMENT, _SEGMENT, ""),
}
_CHOSEN = "COALESCE(rl.reason_handle, rl.reason)"  # a merchant's own reason apart
_RETURNED_KEYS = {**_KEYS, "REASON": ("rl.reason", "rl.reason", ""), "CHOSEN_REASON": (_CHOSEN, _CHOSEN, "")}

# The day rows alone, by their dimensions named: the index (shop_id, dimension, day) then reads
# each one's range of days (SQLite walked every row of the shop for a `NOT LIKE 'M:%'`: a weekly sum
# 0.3 s at 100,000 orders, a rebuild's 53 of them 16 s).
def _dimensions(prefix: str = "") -> str:
    """`dimension IN (...)`: the day rows' dimensions (or their sums', with `prefix`)."""
    return f"dimension IN ({', '.join(repr(prefix + d) for d in sorted({*_RETURNED_KEYS, POLICY_VERSION}))})"


DAILY = _dimensions()

_DAY_COLUMNS = ("items_sold", "orders_sold", "items_returned", "orders_returned", "returns", "items_kept", "requested",
                "approved", "approved_at_once", "declined", "kept_returns", "decided_automatically", "decided_by_staff")


class Days:
    """The days being counted, as SQL: `within(col)` keeps the rows of an instant column that fall
    on them (ranges of whole days, `$2` onwards), `day(col)` is the shop's local day of it.
    PostgreSQL converts with the zone itself; SQLite knows no zones, so the zone's UTC offsets over
    the days are written out (they change at most twice a year)."""

    def __init__(self, days: list[date], zone: ZoneInfo, sqlite: bool):
        if not re.fullmatch(r"[A-Za-z0-9_+\-/]+", zone.key):
            raise ValueError(f"unexpected zone name {zone.key!r}")
        self.zone, self.sqlite = zone, sqlite
        self.ranges: list[tuple[datetime, datetime]] = []
        for day in days:
            s, e = instant(day, zone), instant(day + timedelta(days=1), zone)
            if self.ranges and self.ranges[-1][1] == s:
                self.ranges[-1] = (self.ranges[-1][0], e)
            else:
                self.ranges.append((s, e))
        self.params = [t for pair in self.ranges for t in pair]

    def within(self, column: str) -> str:
        return "(" + " OR ".join(f"({column} >= ${2 + 2 * i} AND {column} < ${3 + 2 * i})"
                                 for i in range(len(self.ranges))) + ")"

    def day(self, column: str) -> str:
        if not self.sqlite:
            return f"CAST({column} AT TIME ZONE '{self.zone.key}' AS DATE)"
        spans = _offsets(self.zone, self.ranges[0][0], self.ranges[-1][1])
        cases = " ".join(f"WHEN {column} < '{until.isoformat(' ')}' THEN date({column}, '{offset:+d} seconds')"
                         for until, offset in spans[:-1])
        last = f"date({column}, '{spans[-1][1]:+d} seconds')"
        return f"CASE {cases} ELSE {last} END" if cases else last


def _offset(zone: ZoneInfo, at: datetime) -> int:
    return int(at.astimezone(zone).utcoffset().total_seconds())


def _offsets(zone: ZoneInfo, lo: datetime, hi: datetime) -> list[tuple[datetime, int]]:
    """(until, offset): the zone's UTC offset in seconds before each `until`, over [lo, hi); the
    last one's `until` is `hi`. Found hour by hour, each change then to the second."""
    spans: list[tuple[datetime, int]] = []
    at, current = lo, _offset(zone, lo)
    while at < hi:
        step = min(at + timedelta(hours=1), hi)
        if _offset(zone, step) != current:
            before, after = at, step
            while after - before > timedelta(seconds=1):
                middle = before + (after - before) / 2
                before, after = (middle, after) if _offset(zone, middle) == current else (before, middle)
            spans.append((after, current))
            current = _offset(zone, after)
        at = step
    spans.append((hi, current))
    return spans


def _select(shop: str, day: str, dimension: str, key: str, label: str, **figures: str) -> str:
    values = ", ".join(figures.get(name, "0") for name in _DAY_COLUMNS)
    return f"SELECT {shop}, {day}, '{dimension}', {key}, MAX({label}), {values}"


# Joined on ids alone: the shop is the driving table's filter, and a join on shop_id too makes
# SQLite walk the shop's index (every line of the shop for each order).
_SOLD_FROM = """FROM "order" o
JOIN "order_line" ol ON ol.order_id = o.id
LEFT JOIN "product" p ON p.id = ol.product_id
{joins}
WHERE o.shop_id = $1 AND {within} AND o.cancelled_at IS NULL"""

_RETURNED_FROM = f"""FROM "return" r
JOIN "return_line" rl ON rl.return_request_id = r.id
JOIN "order_line" ol ON ol.id = rl.order_line_id
JOIN "order" o ON o.id = r.order_id
LEFT JOIN "product" p ON p.id = ol.product_id
{{joins}}
WHERE r.shop_id = $1 AND {{within}} AND r.status NOT IN {NOT_RETURNED!r}"""


def _also(key: str) -> str:
    # PostgreSQL refuses a constant in GROUP BY (the totals' key).
    return "" if key == "''" else f", {key}"


def _day_rows(days: Days) -> list[str]:
    """The statements writing every analytics_day row of `days`: sold and returned per dimension,
    the policy versions of the returns requested, and the decisions on record."""
    columns = ", ".join(("shop_id", "day", "dimension", "key", "label") + _DAY_COLUMNS)
    sold, asked, decided = days.day("o.placed_at"), days.day("r.requested_at"), days.day("a.created_at")
    parts = []
    for dimension, (key, label, joins) in _KEYS.items():
        parts.append(_select("o.shop_id", sold, dimension, key, label, items_sold="SUM(ol.quantity - ol.cancelled_quantity)",
                             orders_sold="COUNT(DISTINCT o.id)")
                     + "\n" + _SOLD_FROM.format(joins=joins, within=days.within("o.placed_at"))
                     + f"\nGROUP BY o.shop_id, {sold}{_also(key)}")
    for dimension, (key, label, joins) in _RETURNED_KEYS.items():
        parts.append(_select("r.shop_id", asked, dimension, key, label, items_returned="SUM(rl.quantity)",
                             orders_returned="COUNT(DISTINCT r.order_id)", returns="COUNT(DISTINCT r.id)",
                             items_kept="SUM(CASE WHEN r.kept_item THEN rl.quantity ELSE 0 END)")
                     + "\n" + _RETURNED_FROM.format(joins=joins, within=days.within("r.requested_at"))
                     + f"\nGROUP BY r.shop_id, {asked}{_also(key)}")
    version = "COALESCE(CAST(r.policy_version AS TEXT), '')"
    parts.append(
        _select("r.shop_id", asked, POLICY_VERSION, version, "''", requested="COUNT(*)",
                approved="SUM(CASE WHEN r.approved_at IS NOT NULL THEN 1 ELSE 0 END)",
                approved_at_once="SUM(CASE WHEN r.approved_at = r.requested_at THEN 1 ELSE 0 END)",
                declined=f"SUM(CASE WHEN r.status = '{ReturnStatus.DECLINED.value}' THEN 1 ELSE 0 END)",
                kept_returns="SUM(CASE WHEN r.kept_item THEN 1 ELSE 0 END)")
        + f'\nFROM "return" r WHERE r.shop_id = $1 AND {days.within("r.requested_at")}'
        + f"\nGROUP BY r.shop_id, {asked}, {version}")
    parts.append(
        _select("a.shop_id", decided, TOTAL, "''", "''",
                decided_automatically="SUM(CASE WHEN a.actor = 'policy' THEN 1 ELSE 0 END)",
                decided_by_staff="SUM(CASE WHEN a.actor <> 'policy' THEN 1 ELSE 0 END)")
        + f'\nFROM "audit_event" a WHERE a.shop_id = $1 AND {days.within("a.created_at")}'
        + f"\nAND a.subject_type = 'Return' AND a.action IN {DECISIONS!r}\nGROUP BY a.shop_id, {decided}")
    # One statement each: SQLite plans a long UNION ALL of range scans badly (seconds instead of
    # milliseconds), and the count of statements matters only when something changed.
    return [f"INSERT INTO analytics_day ({columns})\n{part}" for part in parts]


# Orders returned over a period are distinct orders, which sums of days count twice when an order
# comes back on two days of it (for the same key). The day rows count each day's distinct orders
# (`orders_returned`), and analytics_returned_order holds every (day, dimension, key) of the orders
# whose counted returns fall on more than one day, and of no other: a period then subtracts, per key,
# its rows there less the distinct orders among them (what the day sums counted twice or more).
# Which orders those are changes with any of an order's returns, not only with the days being
# counted: `_repeat_orders` recounts, whole, every order with counted returns on those days that has
# another counted return (only those can span two days) and every order listed on them before.
# (One pass over the shop's counted returns, grouped by order, with no join: SQLite has no index on
# return.order_id, and a correlated look-up per return took 57 s over a year of 20,000; PostgreSQL,
# with a freshly imported table's figures, ran a semi-join as nested loops, 50 s.)
_CANDIDATES = f"""SELECT r.order_id AS order_id FROM "return" r
WHERE r.shop_id = $1 AND r.status NOT IN {NOT_RETURNED!r}
GROUP BY r.order_id HAVING COUNT(*) > 1 AND MAX(CASE WHEN {{within}} THEN 1 ELSE 0 END) = 1"""
REPEATS_PER_STATEMENT = 500


def _repeat_rows(ids: str) -> str:
    """Every (dimension, key, order, instant) the orders `ids` (a list of parameters) were returned at.
    On SQLite each grouping's part walks the shop's returns (no index on return.order_id): about
    0.1 s of a refresh at 20,000 returns."""
    return "\nUNION ALL\n".join(
        f"SELECT DISTINCT '{dimension}' AS dimension, {key} AS key, r.order_id AS order_id, r.requested_at AS at\n"
        + _RETURNED_FROM.format(joins=joins, within=f"r.order_id IN ({ids})")
        for dimension, (key, _label, joins) in _RETURNED_KEYS.items())


async def _repeat_orders(conn: BaseDBAsyncClient, shop_id: int, zone: ZoneInfo, order_ids: set[int]) -> None:
    """analytics_returned_order's rows of `order_ids` written again from their returns: all their
    days' when those fall on more than one day, none otherwise. The days are the shop's, computed
    here (an order's returns may lie outside the days being counted)."""
    ordered = sorted(order_ids)
    for begin in range(0, len(ordered), REPEATS_PER_STATEMENT):
        chunk = ordered[begin:begin + REPEATS_PER_STATEMENT]
        ids = ", ".join(f"${2 + i}" for i in range(len(chunk)))
        await rows(f"DELETE FROM analytics_returned_order WHERE shop_id = $1 AND order_id IN ({ids})", [shop_id, *chunk], conn)
        found: dict[int, set[tuple[date, str, str]]] = defaultdict(set)
        for row in await rows(_repeat_rows(ids), [shop_id, *chunk], conn):
            found[int(row["order_id"])].add((_utc(row["at"]).astimezone(zone).date(), row["dimension"], row["key"]))
        repeated = [[shop_id, day, dimension, key, order_id] for order_id, entries in found.items()
                    if len({day for day, _, _ in entries}) > 1 for day, dimension, key in sorted(entries)]
        if repeated:
            await conn.execute_many(numbered(_REPEAT_INSERT, conn), repeated)


_REPEAT_INSERT = ("INSERT INTO analytics_returned_order (shop_id, day, dimension, key, order_id) "
                  "VALUES ($1, $2, $3, $4, $5)")


_SECONDS = {
    "postgres": "EXTRACT(EPOCH FROM (f.first_at - t.requested_at))",
    "sqlite": "(julianday(f.first_at) - julianday(t.requested_at)) * 86400.0",
}


def _refund_times(days: Days, dialect_name: str) -> str:
    """A return's first refund that did not fail, for the returns with a refund on one of the days."""
    return f"""INSERT INTO analytics_refund_time (shop_id, day, return_id, seconds)
SELECT t.shop_id, {days.day("f.first_at")}, t.id, CAST(ROUND({_SECONDS[dialect_name]}) AS BIGINT)
FROM (
  SELECT return_request_id AS rid, MIN(created_at) AS first_at FROM "refund"
  WHERE shop_id = $1 AND status <> '{RefundStatus.FAILED.value}' AND return_request_id IN (
    SELECT x.return_request_id FROM "refund" x WHERE x.shop_id = $1 AND {days.within("x.created_at")})
  GROUP BY return_request_id
) f
JOIN "return" t ON t.id = f.rid
WHERE {days.within("f.first_at")}"""


def _refunds(days: Days) -> str:
    return f"""SELECT {days.day("r.created_at")} AS day, r.kind AS kind, r.currency AS currency, r.amount AS amount,
  r.breakdown AS breakdown
FROM "refund" r
WHERE r.shop_id = $1 AND {days.within("r.created_at")} AND r.return_request_id IS NOT NULL
  AND r.status <> '{RefundStatus.FAILED.value}'"""


_TABLES = ("analytics_day", "analytics_returned_order", "analytics_money_day", "analytics_refund_time")


def dialect(conn: BaseDBAsyncClient | None = None) -> str:
    return (conn or get_connection("default")).capabilities.dialect


def numbered(sql: str, conn: BaseDBAsyncClient) -> str:
    """`$1` parameters as the connection's dialect writes them (SQLite: `?1`)."""
    return re.sub(r"\$(\d+)", r"?\1", sql) if dialect(conn) == "sqlite" else sql


async def rows(sql: str, params: list[Any], conn: BaseDBAsyncClient | None = None) -> list[dict[str, Any]]:
    conn = conn or get_connection("default")
    return await conn.execute_query_dict(numbered(sql, conn), params)


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
    repeats: set[int] = set()  # the orders whose days analytics_returned_order is written again for
    for begin in range(0, len(days), DAYS_PER_STATEMENT):
        chunk = days[begin:begin + DAYS_PER_STATEMENT]
        if clear:
            listed = ", ".join(f"${2 + i}" for i in range(len(chunk)))
            repeats.update(int(row["order_id"]) for row in await rows(
                f"SELECT DISTINCT order_id FROM analytics_returned_order WHERE shop_id = $1 AND day IN ({listed})",
                [shop_id, *chunk], conn))
            for table in _TABLES:
                daily = f" AND {DAILY}" if table == "analytics_day" else ""
                await rows(f"DELETE FROM {table} WHERE shop_id = $1 AND day IN ({listed}){daily}", [shop_id, *chunk], conn)
        spans = Days(chunk, zone, sqlite)
        params = [shop_id, *spans.params]
        for statement in (*_day_rows(spans), _refund_times(spans, dialect(conn))):
            await rows(statement, params, conn)
        repeats.update(int(row["order_id"]) for row in await rows(
            _CANDIDATES.format(within=spans.within("r.requested_at")), params, conn))
        money = _money_rows(shop_id, await rows(_refunds(spans), params, conn))
        if money:
            await conn.execute_many(numbered(_MONEY_INSERT, conn), money)
    await _repeat_orders(conn, shop_id, zone, repeats)
    for month in sorted({day.replace(day=1) for day in days}):
        await _count_sums(conn, shop_id, MONTH, month, month_after(month))
    for monday in sorted({monday_of(day) for day in days}):
        await _count_sums(conn, shop_id, WEEK, monday, monday + timedelta(days=7))


def month_after(month: date) -> date:
    return (month + timedelta(days=31)).replace(day=1)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


async def _count_sums(conn: BaseDBAsyncClient, shop_id: int, prefix: str, first: date, after: date) -> None:
    """The day rows of [first, after) summed per dimension and key into one row each (dimension
    `prefix` + the day rows' dimension, day = `first`): a month's (`M:`) and a week's (`W:`), so a
    year is read from twelve rows a key, and the months a period covers only in part from their
    whole weeks and at most six days at either end."""
    await rows(f"DELETE FROM analytics_day WHERE shop_id = $1 AND day = $2 AND {_dimensions(prefix)}", [shop_id, first], conn)
    columns = ", ".join(_DAY_COLUMNS)
    await rows(f"""INSERT INTO analytics_day (shop_id, day, dimension, key, label, {columns})
SELECT shop_id, {"$2" if dialect(conn) == "sqlite" else "CAST($2 AS DATE)"}, '{prefix}' || dimension, key, MAX(label), {", ".join(f"SUM({c})" for c in _DAY_COLUMNS)}
FROM analytics_day WHERE shop_id = $1 AND day >= $2 AND day < $3 AND {DAILY}
GROUP BY shop_id, dimension, key""", [shop_id, first, after], conn)


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


async def _learn_sizes() -> None:
    """After a shop is built whole, PostgreSQL's planner is told what the tables hold now: with the
    figures of before (an empty table, say) it sorted the day rows of a read by their text keys
    instead of hashing them, 50 ms instead of 18 at 100,000 orders, until autovacuum came by."""
    if dialect() == "postgres":
        await rows(f"ANALYZE {', '.join(_TABLES)}", [])


async def rebuild_shop(shop_id: int, zone: ZoneInfo) -> int:
    """`rebuild` in a transaction of its own (the backfill command); returns the number of days."""
    async with in_transaction("default") as conn:
        await _lock(conn, shop_id)
        days = await rebuild(shop_id, zone, conn)
    await _learn_sizes()
    return days


async def refresh(shop_id: int, zone: ZoneInfo) -> None:
    """Bring the shop's days up to date before a read: recount the days marked since the last
    refresh, or build them all when the shop was never built or its time zone changed."""
    state = (await rows(_STATE, [shop_id]))[0]
    if state["timezone"] == zone.key and not state["dirty"]:
        return
    async with in_transaction("default") as conn:
        await _lock(conn, shop_id)
        state = (await rows(_STATE, [shop_id], conn))[0]
        rebuilt = state["timezone"] != zone.key
        if rebuilt:
            await rebuild(shop_id, zone, conn)
        else:
            marks = await rows(_TAKE_MARKS[dialect(conn)], [shop_id], conn)
            await _count_days(conn, shop_id, zone, _hour_days([m["at"] for m in marks if m["at"] is not None], zone),
                              clear=True)
    if rebuilt:
        await _learn_sizes()


async def refresh_marked() -> int:
    """Recount the marked days of every shop whose days are built, and drop the marks of the others
    (their first read builds them whole): the worker's hourly housekeeping, so marks never pile up
    in a shop nobody reads analytics of. Gives the number of shops refreshed."""
    await rows("DELETE FROM analytics_dirty WHERE shop_id NOT IN (SELECT shop_id FROM analytics_state)", [])
    marked = await rows("SELECT s.shop_id, s.timezone FROM analytics_state s WHERE EXISTS "
                        "(SELECT 1 FROM analytics_dirty d WHERE d.shop_id = s.shop_id)", [])
    for shop in marked:
        await refresh(shop["shop_id"], _zone(shop["timezone"]))
    return len(marked)

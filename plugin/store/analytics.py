"""Return analytics: what came back, why, what it cost and how it was decided, for a period of the
shop's days compared with the period before, answered in a fixed number of statements.

The figures are read from per-day aggregates (models/analytics.py, kept exact by
plugin/store/analytics_days.py, which holds the counting itself) and their monthly and weekly sums,
so a year costs about twelve rows a key plus the whole weeks and at most six days at either end of
the months a period covers only in part, whatever the number of orders. Each statement reads both periods at once (`WHERE day
>= previous start AND day <= end`, each figure a `CASE WHEN day >= start` of it). Six statements
(`STATEMENTS`): whether anything changed since the last read, then five reads; when something did,
`refresh` first recounts the days it changed. The test counts them.

What is counted (each figure has a test that counts the same thing directly in SQL):

- sold: units (`quantity - cancelled_quantity`) and orders placed in the period, cancelled orders
  left out;
- returned: units and orders of returns requested in the period that were not declined or
  withdrawn (ON_HOLD included), by the dimension asked for: product, variant, product type, reason
  or customer segment (GUEST: no customer; NEW: the customer's first order; RETURNING: a later one);
  returns refunded without the items coming back (`kept_item`) counted apart as well;
- return rate: returned over sold, units and orders, each by the events of the period;
- money, per currency (never added across currencies), from the refund ledger rows of returns
  created in the period, FAILED rows left out: refunds paid (PAYMENT rows), credits (REIMBURSEMENT
  rows: postage credits), fees kept (the FEE lines of the refunds' breakdown, the prepaid-label fee
  apart as postage charged);
- time from request to the return's first refund (median and 90th percentile, nearest rank), for
  returns first refunded in the period;
- decisions (return approvals and declines recorded in the period): by the policy (`actor`
  "policy") or by staff;
- fraud holds opened in the period, by signal (each negative fact of the held assessment), and
  their outcome (open, cleared, confirmed fraud);
- returns requested in the period by the policy version they were decided under.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from models.enums import RiskReviewStatus, RiskSubjectType
from plugin.store import analytics_days as days
from plugin.store.analytics_days import POLICY_VERSION, TOTAL, rows

STATEMENTS = 6


class Dimension(StrEnum):
    PRODUCT = "PRODUCT"
    VARIANT = "VARIANT"
    PRODUCT_TYPE = "PRODUCT_TYPE"
    REASON = "REASON"
    CHOSEN_REASON = "CHOSEN_REASON"  # the reason chosen: a merchant's own apart (REASON rolls it up to its core code)
    CUSTOMER_SEGMENT = "CUSTOMER_SEGMENT"


BY_REASON = (Dimension.REASON, Dimension.CHOSEN_REASON)  # nothing is sold by reason


_COUNTED = days._DAY_COLUMNS


def _weeks(lo: date, hi: date) -> tuple[list[date], list[tuple[date, date]]]:
    """[lo, hi] as the Mondays of the whole weeks inside it and the runs of days left at its ends."""
    monday = lo + timedelta(days=-lo.weekday() % 7)
    weeks = []
    while monday + timedelta(days=6) <= hi:
        weeks.append(monday)
        monday += timedelta(days=7)
    if not weeks:
        return [], [(lo, hi)]
    runs = [(lo, weeks[0] - timedelta(days=1)), (weeks[-1] + timedelta(days=7), hi)]
    return weeks, [(a, b) for a, b in runs if a <= b]


def _days_sql(shop_id: int, start: date, end: date, previous_start: date, dimension: str) -> tuple[str, list[Any]]:
    """The day rows' sums per dimension, key and period (`now`): the totals, `dimension` and the
    policy versions, from the monthly sums for every month wholly inside one period, the weekly
    sums for every week wholly inside one period in the rest, and the day rows for the days left
    (at most six at either end of a month's part: plain sums, grouped, cost less than a CASE per
    column and row)."""
    params: list[Any] = [shop_id, start]

    def param(value: Any) -> str:
        params.append(value)
        return f"${len(params)}"

    months, edges, month = [], [], previous_start.replace(day=1)
    while month <= end:
        after = days.month_after(month)
        whole = month >= previous_start and after <= end + timedelta(days=1) and not month < start < after
        if whole:
            months.append(month)
        else:  # the month's days in each period apart: a week summed must lie in one period
            lo, hi = max(month, previous_start), min(after - timedelta(days=1), end)
            edges.extend([(lo, start - timedelta(days=1)), (start, hi)] if lo < start <= hi else [(lo, hi)])
        month = after
    weeks, runs = [], []
    for lo, hi in edges:
        more_weeks, more_runs = _weeks(lo, hi)
        weeks.extend(more_weeks)
        runs.extend(more_runs)
    sums = ", ".join(_COUNTED)
    named = ""
    parts = []
    for lo, hi in runs:  # a part each: one index range each (an OR of them scans the dimension)
        named = named or param(dimension)
        parts.append(f"""SELECT dimension, key, CASE WHEN day >= $2 THEN 1 ELSE 0 END AS now, label, {sums} FROM analytics_day
  WHERE shop_id = $1 AND dimension IN ('{TOTAL}', {named}, '{POLICY_VERSION}') AND day >= {param(lo)} AND day <= {param(hi)}""")
    for prefix, firsts in ((days.MONTH, months), (days.WEEK, weeks)):
        if firsts:
            named_days = ", ".join(param(first) for first in firsts)
            parts.append(f"""SELECT SUBSTR(dimension, {len(prefix) + 1}), key, CASE WHEN day >= $2 THEN 1 ELSE 0 END, label, {sums}
  FROM analytics_day WHERE shop_id = $1 AND dimension IN ('{prefix}{TOTAL}', {param(prefix + dimension)},
  '{prefix}{POLICY_VERSION}') AND day IN ({named_days})""")
    totals = ", ".join(f"SUM({c}) AS {c}" for c in _COUNTED)
    union = "\n  UNION ALL\n".join(parts)
    return (f"SELECT dimension, key, now, MAX(label) AS label, {totals}\nFROM (\n{union}\n) x\nGROUP BY 1, 2, 3",
            params)


# Orders returned: the day rows' sums of each day's distinct orders, less what they counted twice,
# from the days of the orders returned on more than one day (a few of them: analytics_days).
_REPEATS = f"""
SELECT dimension, key, CASE WHEN day >= $2 THEN 1 ELSE 0 END AS now, COUNT(*) - COUNT(DISTINCT order_id) AS repeats
FROM analytics_returned_order WHERE shop_id = $1 AND day >= $3 AND day <= $4 AND dimension IN ('{TOTAL}', $5)
GROUP BY 1, 2, 3"""

_MONEY = """
SELECT CASE WHEN day >= $2 THEN 1 ELSE 0 END AS now, currency, refunds_paid, credits, fees_kept, postage_charged
FROM analytics_money_day WHERE shop_id = $1 AND day >= $3 AND day <= $4"""

# Every time of both periods: the percentiles are picked from them here (a window function over
# them cost more than reading them), handed over as one list of numbers a period (6,500 rows a year
# at 100,000 orders cost the drivers more than the database).
_REFUND_TIMES = {
    dialect_name: f"""
SELECT CASE WHEN day >= $2 THEN 1 ELSE 0 END AS now, {aggregate} AS seconds FROM analytics_refund_time
WHERE shop_id = $1 AND day >= $3 AND day <= $4 GROUP BY 1"""
    for dialect_name, aggregate in (("postgres", "string_agg(CAST(seconds AS TEXT), ',')"),
                                    ("sqlite", "group_concat(seconds, ',')"))
}

# Holds are few (a share of the returns): counted from their rows, by the instants of the days, in
# SQL: part 0 the holds of each period, part 1 this period's per outcome and signal (each negative
# fact's code of the held assessment, once a hold). Reading every hold's facts to count them here
# cost more than all the other reads' Python (2,000 holds a year: 12 ms).
_HOLDS_FROM = f"""FROM "risk_review" v JOIN "risk_assessment" a ON a.id = v.assessment_id AND a.shop_id = v.shop_id{{facts}}
WHERE v.shop_id = $1 AND v.subject_type = '{RiskSubjectType.RETURN.value}' AND v.created_at >= {{lo}} AND v.created_at < $4"""
_FACTS = {  # a fact counts when it is an object whose sentiment is NEGATIVE or not given
    "postgres": """
CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(a.facts -> 'facts') = 'array' THEN a.facts -> 'facts'
  ELSE '[]'::jsonb END) f""",
    "sqlite": """
CROSS JOIN json_each(CASE WHEN json_type(a.facts, '$.facts') = 'array' THEN json_extract(a.facts, '$.facts') ELSE '[]' END) f""",
}
_NEGATIVE = {
    "postgres": "jsonb_typeof(f) = 'object' AND COALESCE(f -> 'sentiment', '\"NEGATIVE\"'::jsonb) = '\"NEGATIVE\"'::jsonb",
    "sqlite": "f.type = 'object' AND (json_type(f.value, '$.sentiment') IS NULL OR json_extract(f.value, '$.sentiment') = 'NEGATIVE')",
}
_CODE = {"postgres": "COALESCE(f ->> 'code', '')", "sqlite": "COALESCE(json_extract(f.value, '$.code'), '')"}


def _holds_sql(dialect_name: str) -> str:
    return f"""SELECT 0 AS part, CASE WHEN v.created_at >= $2 THEN 1 ELSE 0 END AS now, '' AS status, '' AS code, COUNT(*) AS n
{_HOLDS_FROM.format(facts="", lo="$3")}
GROUP BY 1, 2
UNION ALL
SELECT 1, 1, v.status, {_CODE[dialect_name]}, COUNT(DISTINCT v.id)
{_HOLDS_FROM.format(facts=_FACTS[dialect_name], lo="$2")} AND {_NEGATIVE[dialect_name]}
GROUP BY 1, 2, 3, 4"""


@dataclass
class Pair:
    """A figure in the period and in the period before."""

    now: Any = 0
    before: Any = 0


@dataclass
class Counts:
    items_sold: Pair = field(default_factory=Pair)
    orders_sold: Pair = field(default_factory=Pair)
    items_returned: Pair = field(default_factory=Pair)
    orders_returned: Pair = field(default_factory=Pair)
    returns: Pair = field(default_factory=Pair)
    items_kept: Pair = field(default_factory=Pair)


@dataclass
class Group:
    key: str
    label: str
    counts: Counts


def _zero() -> Pair:
    return Pair(Decimal(0), Decimal(0))


@dataclass
class Money:
    """The ledger's figures in one currency."""

    currency: str
    refunds_paid: Pair = field(default_factory=_zero)
    credits: Pair = field(default_factory=_zero)
    fees_kept: Pair = field(default_factory=_zero)
    postage_charged: Pair = field(default_factory=_zero)


@dataclass
class Times:
    refunded: Pair  # returns first refunded in the period
    median_seconds: Pair
    p90_seconds: Pair


@dataclass
class Signal:
    code: str
    holds: int = 0
    open: int = 0
    cleared: int = 0
    confirmed_fraud: int = 0


@dataclass
class VersionRow:
    version: int | None
    requested: Pair
    approved: int
    approved_at_once: int
    declined: int
    kept: int


@dataclass
class Report:
    totals: Counts
    groups: list[Group]
    money: list[Money]  # one per currency, by code
    times: Times
    automatic: Pair
    staff: Pair
    holds: Pair
    signals: list[Signal]
    versions: list[VersionRow]


def _int(value: Any) -> int:
    return int(value or 0)


_NOTHING: dict[str, Any] = {}


def _pair(periods: dict[bool, dict[str, Any]], name: str) -> Pair:
    return Pair(_int(periods.get(True, _NOTHING).get(name)), _int(periods.get(False, _NOTHING).get(name)))


def _counts(periods: dict[bool, dict[str, Any]], repeats: Pair | None) -> Counts:
    orders_returned = _pair(periods, "orders_returned")
    if repeats:
        orders_returned = Pair(orders_returned.now - repeats.now, orders_returned.before - repeats.before)
    return Counts(
        items_sold=_pair(periods, "items_sold"), orders_sold=_pair(periods, "orders_sold"),
        items_returned=_pair(periods, "items_returned"), orders_returned=orders_returned,
        returns=_pair(periods, "returns"), items_kept=_pair(periods, "items_kept"),
    )


_MONEY_FIGURES = ("refunds_paid", "credits", "fees_kept", "postage_charged")


def _money(money_rows: list[dict[str, Any]]) -> list[Money]:
    sums: dict[tuple[str, bool], list[Decimal]] = {}
    for row in money_rows:
        key = (row["currency"], bool(row["now"]))
        figures = sums.get(key) or sums.setdefault(key, [Decimal(0)] * 4)
        for i, name in enumerate(_MONEY_FIGURES):
            value = row[name]
            if value:  # SQLite hands back decimals as text
                figures[i] += value if isinstance(value, Decimal) else Decimal(str(value))
    found: dict[str, Money] = {}
    for (currency, now), figures in sums.items():
        money = found.get(currency) or found.setdefault(currency, Money(currency))
        for name, amount in zip(_MONEY_FIGURES, figures):
            pair = getattr(money, name)
            if now:
                pair.now = amount
            else:
                pair.before = amount
    return [found[code] for code in sorted(found)]


def _times(time_rows: list[dict[str, Any]]) -> Times:
    seconds: dict[bool, list[int]] = {True: [], False: []}
    for row in time_rows:
        seconds[bool(row["now"])] = sorted(map(int, row["seconds"].split(",")))

    def rank(now: bool, percent: int) -> int | None:
        """Nearest rank: the k-th smallest of n, k = ceil(p * n)."""
        values = seconds[now]
        return values[-(-len(values) * percent // 100) - 1] if values else None

    return Times(
        refunded=Pair(len(seconds[True]), len(seconds[False])),
        median_seconds=Pair(rank(True, 50), rank(False, 50)),
        p90_seconds=Pair(rank(True, 90), rank(False, 90)),
    )


async def return_analytics(shop_id: int, zone: ZoneInfo, start: date, end: date, previous_start: date,
                           dimension: Dimension) -> Report:
    """The shop's days [start, end] against [previous_start, start), `end` included."""
    await days.refresh(shop_id, zone)
    span = [shop_id, start, previous_start, end]
    instants = [shop_id, days.instant(start, zone), days.instant(previous_start, zone),
                days.instant(end + timedelta(days=1), zone)]
    # The statements are independent: on PostgreSQL each takes a connection of the pool and they run
    # side by side (the answer waits for the slowest, not for their sum); SQLite runs them in turn.
    day_rows, repeat_rows, money_rows, time_rows, holds_rows = await asyncio.gather(
        rows(*_days_sql(shop_id, start, end, previous_start, dimension.value)),
        rows(_REPEATS, [*span, dimension.value]),
        rows(_MONEY, span), rows(_REFUND_TIMES[days.dialect()], span), rows(_holds_sql(days.dialect()), instants),
    )
    repeats: dict[tuple[str, str], Pair] = {}
    for row in repeat_rows:
        pair = repeats.setdefault((row["dimension"], row["key"]), Pair())
        if row["now"]:
            pair.now = _int(row["repeats"])
        else:
            pair.before = _int(row["repeats"])
    found: dict[tuple[str, str], dict[bool, dict[str, Any]]] = {}
    for row in day_rows:
        found.setdefault((row["dimension"], row["key"]), {})[bool(row["now"])] = row
    totals, groups, version_rows, automatic, staff = Counts(), [], [], Pair(), Pair()
    for (dimension_name, key), periods in found.items():
        if dimension_name == POLICY_VERSION:
            version_rows.append((key, periods))
        elif dimension_name == TOTAL:
            totals = _counts(periods, repeats.get((TOTAL, TOTAL)))
            automatic, staff = _pair(periods, "decided_automatically"), _pair(periods, "decided_by_staff")
        else:
            label = max((row["label"] or "" for row in periods.values()), default="")
            groups.append(Group(key, label, _counts(periods, repeats.get((dimension_name, key)))))
    if dimension in BY_REASON:  # every reason's units over everything sold
        for group in groups:
            group.counts.items_sold, group.counts.orders_sold = totals.items_sold, totals.orders_sold
    groups.sort(key=lambda g: (-g.counts.items_returned.now, -g.counts.items_sold.now, g.label))
    holds, signals = _holds(holds_rows)
    return Report(
        totals=totals, groups=groups, money=_money(money_rows), times=_times(time_rows),
        automatic=automatic, staff=staff, holds=holds, signals=signals, versions=_versions(version_rows),
    )


def _holds(holds_rows: list[dict]) -> tuple[Pair, list[Signal]]:
    """Fraud holds in both periods, and this period's by signal with their outcomes."""
    holds, signals = Pair(), {}
    for row in holds_rows:
        if not row["part"]:
            if row["now"]:
                holds.now = _int(row["n"])
            else:
                holds.before = _int(row["n"])
            continue
        signal = signals.setdefault(row["code"], Signal(row["code"]))
        signal.holds += _int(row["n"])
        if row["status"] == RiskReviewStatus.CLEARED:
            signal.cleared += _int(row["n"])
        elif row["status"] == RiskReviewStatus.CONFIRMED_FRAUD:
            signal.confirmed_fraud += _int(row["n"])
        else:
            signal.open += _int(row["n"])
    return holds, sorted(signals.values(), key=lambda s: (-s.holds, s.code))


def _versions(version_rows: list[tuple[str, dict[bool, dict[str, Any]]]]) -> list[VersionRow]:
    versions = []
    for key, periods in version_rows:
        now = periods.get(True, _NOTHING)
        versions.append(VersionRow(
            version=int(key) if key else None, requested=_pair(periods, "requested"),
            approved=_int(now.get("approved")), approved_at_once=_int(now.get("approved_at_once")),
            declined=_int(now.get("declined")), kept=_int(now.get("kept_returns")),
        ))
    return sorted(versions, key=lambda v: (v.version is None, -(v.version or 0)))


__all__ = ["Dimension", "Report", "STATEMENTS", "return_analytics"]

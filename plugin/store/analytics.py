"""Return analytics: what came back, why, what it cost and how it was decided, for a period of the
shop's days compared with the period before, answered in a fixed number of statements.

Every statement reads both periods at once (`WHERE t >= previous start AND t < end`, each figure a
`CASE WHEN t >= start` of it), aggregates in the database and returns one row per group, so the
cost grows with the rows of the period, never with round trips. Nine statements (eight by reason), whatever the data
and the grouping (`STATEMENTS`); the test counts them.

What is counted (each figure has a test that counts the same thing directly in SQL):

- sold: units (`quantity - cancelled_quantity`) and orders placed in the period, cancelled orders
  left out;
- returned: units and orders of returns requested in the period that were not declined or
  withdrawn (ON_HOLD included), by the dimension asked for: product, variant, product type, reason
  or customer segment (GUEST: no customer; NEW: the customer's first order; RETURNING: a later one);
  returns refunded without the items coming back (`kept_item`) counted apart as well;
- return rate: returned over sold, units and orders, each by the events of the period;
- money, from the refund ledger rows of returns created in the period, FAILED rows left out:
  refunds paid (PAYMENT rows), credits (REIMBURSEMENT rows: postage credits), fees kept (the FEE
  lines of the refunds' breakdown, the prepaid-label fee apart as postage charged);
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
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from tortoise.connection import get_connection

from models.enums import RefundKind, RefundStatus, ReturnStatus, RiskReviewStatus

STATEMENTS = 9  # 8 when grouping by reason (nothing is sold by reason)


class Dimension(StrEnum):
    PRODUCT = "PRODUCT"
    VARIANT = "VARIANT"
    PRODUCT_TYPE = "PRODUCT_TYPE"
    REASON = "REASON"
    CHOSEN_REASON = "CHOSEN_REASON"  # the reason chosen: a merchant's own apart (REASON rolls it up to its core code)
    CUSTOMER_SEGMENT = "CUSTOMER_SEGMENT"


BY_REASON = (Dimension.REASON, Dimension.CHOSEN_REASON)  # nothing is sold by reason
NOT_RETURNED = (ReturnStatus.DECLINED.value, ReturnStatus.CANCELED.value)
LABEL_FEE = "LABEL_FEE"

# The customer's segment of an order (needs the `first` join below).
_SEGMENT = ("CASE WHEN o.customer_id IS NULL THEN 'GUEST' WHEN o.placed_at > f.first_at THEN 'RETURNING' "
            "ELSE 'NEW' END")
_FIRST_ORDERS = ('LEFT JOIN (SELECT customer_id, MIN(placed_at) AS first_at FROM "order" WHERE shop_id = $1 '
                 'AND customer_id IS NOT NULL GROUP BY customer_id) f ON f.customer_id = o.customer_id')

# key, label, extra joins (after order_line ol, order o, product p)
_KEYS: dict[Dimension, tuple[str, str, str]] = {
    Dimension.PRODUCT: ("COALESCE(CAST(ol.product_id AS TEXT), '')", "COALESCE(p.title, ol.title)", ""),
    Dimension.VARIANT: (
        "COALESCE(ol.variant_platform_id, CAST(ol.product_id AS TEXT), '')",
        "COALESCE(p.title, ol.title) || COALESCE(' – ' || ol.variant_title, '')", "",
    ),
    Dimension.PRODUCT_TYPE: ("COALESCE(LOWER(p.product_type), '')", "COALESCE(p.product_type, '')", ""),
    Dimension.CUSTOMER_SEGMENT: (_SEGMENT, _SEGMENT, _FIRST_ORDERS),
}


def _group_by(dimension: Dimension | None, key: str) -> str:
    return "" if dimension is None else f"GROUP BY {key}"


def _sold_sql(dimension: Dimension | None) -> str:
    key, label, joins = _KEYS[dimension] if dimension in _KEYS else ("''", "''", "")
    return f"""
SELECT {key} AS key, MAX({label}) AS label,
  SUM(CASE WHEN o.placed_at >= $2 THEN ol.quantity - ol.cancelled_quantity ELSE 0 END) AS items_now,
  SUM(CASE WHEN o.placed_at < $2 THEN ol.quantity - ol.cancelled_quantity ELSE 0 END) AS items_before,
  COUNT(DISTINCT CASE WHEN o.placed_at >= $2 THEN o.id END) AS orders_now,
  COUNT(DISTINCT CASE WHEN o.placed_at < $2 THEN o.id END) AS orders_before
FROM "order_line" ol
JOIN "order" o ON o.id = ol.order_id AND o.shop_id = ol.shop_id
LEFT JOIN "product" p ON p.id = ol.product_id AND p.shop_id = ol.shop_id
{joins}
WHERE ol.shop_id = $1 AND o.placed_at >= $3 AND o.placed_at < $4 AND o.cancelled_at IS NULL
{_group_by(dimension, key)}"""


def _returned_sql(dimension: Dimension | None) -> str:
    if dimension == Dimension.REASON:
        key, label, joins = "rl.reason", "rl.reason", ""
    elif dimension == Dimension.CHOSEN_REASON:
        key, label, joins = "COALESCE(rl.reason_handle, rl.reason)", "COALESCE(rl.reason_handle, rl.reason)", ""
    else:
        key, label, joins = _KEYS[dimension] if dimension in _KEYS else ("''", "''", "")
    kept = "CASE WHEN r.kept_item THEN rl.quantity ELSE 0 END"
    return f"""
SELECT {key} AS key, MAX({label}) AS label,
  SUM(CASE WHEN r.requested_at >= $2 THEN rl.quantity ELSE 0 END) AS items_now,
  SUM(CASE WHEN r.requested_at < $2 THEN rl.quantity ELSE 0 END) AS items_before,
  COUNT(DISTINCT CASE WHEN r.requested_at >= $2 THEN r.order_id END) AS orders_now,
  COUNT(DISTINCT CASE WHEN r.requested_at < $2 THEN r.order_id END) AS orders_before,
  COUNT(DISTINCT CASE WHEN r.requested_at >= $2 THEN r.id END) AS returns_now,
  COUNT(DISTINCT CASE WHEN r.requested_at < $2 THEN r.id END) AS returns_before,
  SUM(CASE WHEN r.requested_at >= $2 THEN {kept} ELSE 0 END) AS kept_now,
  SUM(CASE WHEN r.requested_at < $2 THEN {kept} ELSE 0 END) AS kept_before
FROM "return_line" rl
JOIN "return" r ON r.id = rl.return_request_id AND r.shop_id = rl.shop_id
JOIN "order_line" ol ON ol.id = rl.order_line_id AND ol.shop_id = rl.shop_id
JOIN "order" o ON o.id = r.order_id AND o.shop_id = r.shop_id
LEFT JOIN "product" p ON p.id = ol.product_id AND p.shop_id = ol.shop_id
{joins}
WHERE rl.shop_id = $1 AND r.requested_at >= $3 AND r.requested_at < $4 AND r.status NOT IN ('DECLINED', 'CANCELED')
{_group_by(dimension, key)}"""


# Refund rows of returns in the two periods, with their fee lines summed per row. PostgreSQL sums the
# money itself (numeric, exact); SQLite keeps decimals as text, so its rows are summed here with
# Decimal (one row per refund: the development database, not the one the bench measures).
_MONEY_PG = """
SELECT CASE WHEN r.created_at >= $2 THEN 1 ELSE 0 END AS now, r.kind AS kind,
  SUM(r.amount) AS amount, SUM(f.fees) AS fees, SUM(f.postage) AS postage
FROM "refund" r
LEFT JOIN LATERAL (
  SELECT SUM(CASE WHEN e->>'code' <> 'LABEL_FEE' THEN -(e->'amount'->>'amount')::numeric ELSE 0 END) AS fees,
         SUM(CASE WHEN e->>'code' = 'LABEL_FEE' THEN -(e->'amount'->>'amount')::numeric ELSE 0 END) AS postage
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(r.breakdown::jsonb) = 'array' THEN r.breakdown::jsonb ELSE '[]'::jsonb END) e
  WHERE e->>'kind' = 'FEE'
) f ON TRUE
WHERE r.shop_id = $1 AND r.return_request_id IS NOT NULL AND r.status <> 'FAILED'
  AND r.created_at >= $3 AND r.created_at < $4
GROUP BY 1, 2"""

_MONEY_SQLITE = """
SELECT CASE WHEN r.created_at >= $2 THEN 1 ELSE 0 END AS now, r.kind AS kind, r.amount AS amount,
  (SELECT group_concat(json_extract(e.value, '$.code') || '=' || json_extract(e.value, '$.amount.amount'), ';')
     FROM json_each(r.breakdown) e WHERE json_extract(e.value, '$.kind') = 'FEE') AS fee_lines
FROM "refund" r
WHERE r.shop_id = $1 AND r.return_request_id IS NOT NULL AND r.status <> 'FAILED'
  AND r.created_at >= $3 AND r.created_at < $4"""

_SECONDS = {
    "postgres": "EXTRACT(EPOCH FROM (f.first_at - t.requested_at))",
    "sqlite": "(julianday(f.first_at) - julianday(t.requested_at)) * 86400.0",
}

# Nearest rank: the k-th smallest of n, k = ceil(p * n), written (n * p100 + 99) / 100 in integers.
_REFUND_TIMES = """
WITH f AS (
  SELECT return_request_id AS rid, MIN(created_at) AS first_at FROM "refund"
  WHERE shop_id = $1 AND return_request_id IS NOT NULL AND status <> 'FAILED'
  GROUP BY return_request_id
), d AS (
  SELECT CASE WHEN f.first_at >= $2 THEN 1 ELSE 0 END AS now, {seconds} AS s
  FROM f JOIN "return" t ON t.id = f.rid AND t.shop_id = $1
  WHERE f.first_at >= $3 AND f.first_at < $4
), ranked AS (
  SELECT now, s, ROW_NUMBER() OVER (PARTITION BY now ORDER BY s) AS rn, COUNT(*) OVER (PARTITION BY now) AS n FROM d
)
SELECT now, MAX(n) AS n,
  MAX(CASE WHEN rn = (n * 50 + 99) / 100 THEN s END) AS p50,
  MAX(CASE WHEN rn = (n * 90 + 99) / 100 THEN s END) AS p90
FROM ranked GROUP BY now"""

_DECISIONS = """
SELECT CASE WHEN created_at >= $2 THEN 1 ELSE 0 END AS now, action,
  SUM(CASE WHEN actor = 'policy' THEN 1 ELSE 0 END) AS automatic,
  SUM(CASE WHEN actor <> 'policy' THEN 1 ELSE 0 END) AS staff
FROM "audit_event"
WHERE shop_id = $1 AND subject_type = 'Return' AND action IN ('return.approved', 'return.declined')
  AND created_at >= $3 AND created_at < $4
GROUP BY 1, 2"""

_HOLDS = """
SELECT CASE WHEN v.created_at >= $2 THEN 1 ELSE 0 END AS now, v.status AS status, a.facts AS facts
FROM "risk_review" v JOIN "risk_assessment" a ON a.id = v.assessment_id AND a.shop_id = v.shop_id
WHERE v.shop_id = $1 AND v.subject_type = 'RETURN' AND v.created_at >= $3 AND v.created_at < $4"""

_VERSIONS = """
SELECT policy_version AS version,
  SUM(CASE WHEN requested_at >= $2 THEN 1 ELSE 0 END) AS requested_now,
  SUM(CASE WHEN requested_at < $2 THEN 1 ELSE 0 END) AS requested_before,
  SUM(CASE WHEN requested_at >= $2 AND approved_at IS NOT NULL THEN 1 ELSE 0 END) AS approved,
  SUM(CASE WHEN requested_at >= $2 AND approved_at IS NOT NULL AND approved_at = requested_at THEN 1 ELSE 0 END) AS approved_at_once,
  SUM(CASE WHEN requested_at >= $2 AND status = 'DECLINED' THEN 1 ELSE 0 END) AS declined,
  SUM(CASE WHEN requested_at >= $2 AND kept_item THEN 1 ELSE 0 END) AS kept
FROM "return"
WHERE shop_id = $1 AND requested_at >= $3 AND requested_at < $4
GROUP BY policy_version"""


def _qmarks(sql: str) -> str:
    import re

    return re.sub(r"\$(\d+)", r"?\1", sql)


async def _rows(sql: str, params: list[Any]) -> list[dict[str, Any]]:
    conn = get_connection("default")
    sqlite = conn.capabilities.dialect == "sqlite"
    return await conn.execute_query_dict(_qmarks(sql) if sqlite else sql, params)


async def _nothing(value: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return value


def _dialect() -> str:
    return get_connection("default").capabilities.dialect


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


@dataclass
class Money:
    refunds_paid: Pair
    credits: Pair
    fees_kept: Pair
    postage_charged: Pair


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
    money: Money
    times: Times
    automatic: Pair
    staff: Pair
    holds: Pair
    signals: list[Signal]
    versions: list[VersionRow]


def _int(value: Any) -> int:
    return int(value or 0)


def _counts_into(counts: Counts, row: dict[str, Any], sold: bool) -> None:
    if sold:
        counts.items_sold = Pair(_int(row["items_now"]), _int(row["items_before"]))
        counts.orders_sold = Pair(_int(row["orders_now"]), _int(row["orders_before"]))
    else:
        counts.items_returned = Pair(_int(row["items_now"]), _int(row["items_before"]))
        counts.orders_returned = Pair(_int(row["orders_now"]), _int(row["orders_before"]))
        counts.returns = Pair(_int(row["returns_now"]), _int(row["returns_before"]))
        counts.items_kept = Pair(_int(row["kept_now"]), _int(row["kept_before"]))


async def _money(params: list[Any]) -> Money:
    zero = Decimal(0)
    sums = {name: Pair(zero, zero) for name in ("paid", "credits", "fees", "postage")}

    def add(name: str, now: bool, amount: Decimal) -> None:
        pair = sums[name]
        if now:
            pair.now += amount
        else:
            pair.before += amount

    if _dialect() == "postgres":
        for row in await _rows(_MONEY_PG, params):
            now = bool(row["now"])
            add("paid" if row["kind"] == RefundKind.PAYMENT else "credits", now, Decimal(row["amount"] or 0))
            add("fees", now, Decimal(row["fees"] or 0))
            add("postage", now, Decimal(row["postage"] or 0))
    else:
        for row in await _rows(_MONEY_SQLITE, params):
            now = bool(row["now"])
            add("paid" if row["kind"] == RefundKind.PAYMENT else "credits", now, Decimal(str(row["amount"])))
            for entry in (row["fee_lines"] or "").split(";"):
                if entry:
                    code, _, amount = entry.partition("=")
                    add("postage" if code == LABEL_FEE else "fees", now, -Decimal(amount))
    return Money(sums["paid"], sums["credits"], sums["fees"], sums["postage"])


async def _times(params: list[Any]) -> Times:
    rows = await _rows(_REFUND_TIMES.format(seconds=_SECONDS[_dialect()]), params)
    found = {bool(row["now"]): row for row in rows}

    def pick(now: bool, name: str) -> int | None:
        row = found.get(now)
        return None if row is None or row[name] is None else int(round(float(row[name])))

    return Times(
        refunded=Pair(_int(found.get(True, {}).get("n")), _int(found.get(False, {}).get("n"))),
        median_seconds=Pair(pick(True, "p50"), pick(False, "p50")),
        p90_seconds=Pair(pick(True, "p90"), pick(False, "p90")),
    )


def _facts(value: Any) -> list[dict]:
    data = json.loads(value) if isinstance(value, (str, bytes)) else (value or {})
    return [f for f in data.get("facts", ()) if isinstance(f, dict) and f.get("sentiment", "NEGATIVE") == "NEGATIVE"]


async def return_analytics(shop_id: int, start: datetime, end: datetime, previous_start: datetime,
                           dimension: Dimension) -> Report:
    """Both periods, [previous_start, start) and [start, end), in UTC instants (the caller turns the
    shop's days into them)."""
    params = [shop_id, start, previous_start, end]
    # The statements are independent: on PostgreSQL each takes a connection of the pool and they run
    # side by side (the answer waits for the slowest, not for their sum); SQLite runs them in turn.
    nothing: list[dict[str, Any]] = []
    (sold_total, returned_total, sold_groups, returned_groups, money, times, decisions, holds_rows,
     version_rows) = await asyncio.gather(
        _rows(_sold_sql(None), params), _rows(_returned_sql(None), params),
        _rows(_sold_sql(dimension), params) if dimension not in BY_REASON else _nothing(nothing),
        _rows(_returned_sql(dimension), params), _money(params), _times(params), _rows(_DECISIONS, params),
        _rows(_HOLDS, params), _rows(_VERSIONS, params),
    )
    totals = Counts()
    if sold_total:
        _counts_into(totals, sold_total[0], sold=True)
    if returned_total:
        _counts_into(totals, returned_total[0], sold=False)

    automatic, staff = _deciders(decisions)
    holds, signals = _holds(holds_rows)
    return Report(
        totals=totals, groups=_groups(sold_groups, returned_groups, dimension, totals), money=money, times=times,
        automatic=automatic, staff=staff, holds=holds, signals=signals, versions=_versions(version_rows),
    )


def _groups(sold_groups: list[dict], returned_groups: list[dict], dimension: Dimension, totals: Counts) -> list[Group]:
    groups: dict[str, Group] = {}
    for row in sold_groups:
        group = groups.setdefault(row["key"], Group(row["key"], row["label"] or "", Counts()))
        _counts_into(group.counts, row, sold=True)
    for row in returned_groups:
        group = groups.setdefault(row["key"], Group(row["key"], row["label"] or "", Counts()))
        group.label = group.label or row["label"] or ""
        _counts_into(group.counts, row, sold=False)
    if dimension in BY_REASON:  # every reason's units over everything sold
        for group in groups.values():
            group.counts.items_sold, group.counts.orders_sold = totals.items_sold, totals.orders_sold
    return sorted(groups.values(), key=lambda g: (-g.counts.items_returned.now, -g.counts.items_sold.now, g.label))


def _deciders(decisions: list[dict]) -> tuple[Pair, Pair]:
    """Decisions made by the policy at once vs by staff, this period and the one before."""
    automatic, staff = Pair(), Pair()
    for row in decisions:
        if row["now"]:
            automatic.now += _int(row["automatic"])
            staff.now += _int(row["staff"])
        else:
            automatic.before += _int(row["automatic"])
            staff.before += _int(row["staff"])
    return automatic, staff


def _holds(holds_rows: list[dict]) -> tuple[Pair, list[Signal]]:
    """Fraud holds in both periods, and this period's by signal with their outcomes."""
    holds, signals = Pair(), {}
    for row in holds_rows:
        if not row["now"]:
            holds.before += 1
            continue
        holds.now += 1
        for code in sorted({f.get("code", "") for f in _facts(row["facts"])}):
            signal = signals.setdefault(code, Signal(code))
            signal.holds += 1
            if row["status"] == RiskReviewStatus.CLEARED:
                signal.cleared += 1
            elif row["status"] == RiskReviewStatus.CONFIRMED_FRAUD:
                signal.confirmed_fraud += 1
            else:
                signal.open += 1
    return holds, sorted(signals.values(), key=lambda s: (-s.holds, s.code))


def _versions(version_rows: list[dict]) -> list[VersionRow]:
    versions = [
        VersionRow(
            version=row["version"], requested=Pair(_int(row["requested_now"]), _int(row["requested_before"])),
            approved=_int(row["approved"]), approved_at_once=_int(row["approved_at_once"]),
            declined=_int(row["declined"]), kept=_int(row["kept"]),
        )
        for row in version_rows
    ]
    return sorted(versions, key=lambda v: (v.version is None, -(v.version or 0)))


__all__ = ["Dimension", "Report", "STATEMENTS", "return_analytics", "NOT_RETURNED", "RefundStatus"]

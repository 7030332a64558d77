"""Admin `returnAnalytics`: return rates, money, timing, decisions and fraud holds for a period of the
shop's days against the period before (plugin.store.analytics counts; this module shapes)."""

from __future__ import annotations

import enum
from typing import Annotated
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import strawberry
from strawberry.types import Info

from plugin.api.errors import ApiError
from plugin.api.money import Money
from plugin.api.reason_types import shop_reasons
from plugin.store import analytics as store
from plugin.store.analytics import Counts, Dimension
from plugin.values.calendar import zone_or_utc

MAX_DAYS = 366


@strawberry.enum(description="What returnAnalytics groups its rows by. REASON: the core reason, a merchant's own reasons "
                 "rolled up into theirs; CHOSEN_REASON: the reason customers chose, a merchant's own apart (key: its handle).")
class ReturnAnalyticsDimension(enum.Enum):
    PRODUCT = "PRODUCT"
    VARIANT = "VARIANT"
    PRODUCT_TYPE = "PRODUCT_TYPE"
    REASON = "REASON"
    CHOSEN_REASON = "CHOSEN_REASON"
    CUSTOMER_SEGMENT = "CUSTOMER_SEGMENT"


@strawberry.type(description="A run of the shop's days, both ends included.")
class AnalyticsPeriod:
    start: date
    end: date
    days: int


def _rate(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), ROUND_HALF_UP)


@strawberry.type(description="Sold and returned in one period (of a group, or the whole shop).")
class ReturnCounts:
    items_sold: int = strawberry.field(description="Units on orders placed in the period (cancelled orders and units left out).")
    orders_sold: int
    items_returned: int = strawberry.field(description="Units of returns requested in the period, declined and withdrawn ones left out.")
    orders_returned: int
    returns: int
    items_kept: int = strawberry.field(description="Of items_returned, units refunded without a return (keep-the-item rules).")
    item_return_rate: Decimal | None = strawberry.field(description="itemsReturned / itemsSold, 4 decimals; null when nothing sold.")
    order_return_rate: Decimal | None = strawberry.field(description="ordersReturned / ordersSold, 4 decimals.")


def _counts(c: Counts, now: bool) -> ReturnCounts:
    pick = (lambda p: p.now) if now else (lambda p: p.before)
    return ReturnCounts(
        items_sold=pick(c.items_sold), orders_sold=pick(c.orders_sold), items_returned=pick(c.items_returned),
        orders_returned=pick(c.orders_returned), returns=pick(c.returns), items_kept=pick(c.items_kept),
        item_return_rate=_rate(pick(c.items_returned), pick(c.items_sold)),
        order_return_rate=_rate(pick(c.orders_returned), pick(c.orders_sold)),
    )


@strawberry.type(description="What a period's returns cost and how they were decided.")
class ReturnFigures:
    counts: ReturnCounts
    refunds_paid: list[Money] = strawberry.field(description="Refund rows that give back payment (PAYMENT), made in the period for returns; failed ones left out. One amount per currency (never added across currencies): the shop's first, then the others by code.")
    credits: list[Money] = strawberry.field(description="Money granted on top (REIMBURSEMENT rows: return postage credits), per currency as refundsPaid.")
    fees_kept: list[Money] = strawberry.field(description="Fees the refunds kept back (restocking, flat, free-shipping deduction), per currency as refundsPaid.")
    postage_charged: list[Money] = strawberry.field(description="Prepaid return label fees the refunds kept back, per currency as refundsPaid.")
    returns_refunded: int = strawberry.field(description="Returns whose first refund was made in the period.")
    refund_time_median_seconds: int | None = strawberry.field(description="From request to first refund, median (nearest rank).")
    refund_time_p90_seconds: int | None = strawberry.field(description="From request to first refund, 90th percentile (nearest rank).")
    decided_automatically: int = strawberry.field(description="Approvals and declines recorded in the period by the policy itself.")
    decided_by_staff: int
    automatic_share: Decimal | None = strawberry.field(description="decidedAutomatically over all decisions, 4 decimals.")
    fraud_holds: int = strawberry.field(description="Return requests held for fraud review in the period.")


@strawberry.type(description="One row of the grouping: a product, variant, product type, reason or customer segment.")
class ReturnAnalyticsGroup:
    key: str = strawberry.field(description="Product or variant id, product type, reason code or segment (GUEST, NEW, RETURNING); \"\" for none.")
    label: str
    current: ReturnCounts
    previous: ReturnCounts
    returns_query: str = strawberry.field(description="The `returns(query:)` search that lists the returns behind the row.")


@strawberry.type(description="Fraud holds opened in the period with one signal among their facts, and how they ended.")
class FraudSignalOutcome:
    signal: str
    holds: int
    open: int
    cleared: int
    confirmed_fraud: int


@strawberry.type(description="Returns requested in the period under one policy version (null: the defaults).")
class PolicyVersionDecisions:
    version: int | None
    requested: int
    requested_before: int = strawberry.field(description="Under this version in the period before.")
    approved: int
    approved_at_once: int = strawberry.field(description="Approved by the policy at the moment of the request.")
    declined: int
    kept: int = strawberry.field(description="Refunded without a return (keep-the-item rules).")
    returns_query: str


@strawberry.type(description="Why things come back and what it costs, for a period against the one before.")
class ReturnAnalytics:
    period: AnalyticsPeriod
    previous_period: AnalyticsPeriod
    timezone: str
    currency_code: str
    group_by: ReturnAnalyticsDimension
    current: ReturnFigures
    previous: ReturnFigures
    groups: list[ReturnAnalyticsGroup]
    fraud_signals: list[FraudSignalOutcome]
    policy_versions: list[PolicyVersionDecisions]
    returns_query: str = strawberry.field(description="The `returns(query:)` search for every return counted in the period.")


def _per_currency(report: store.Report, shop_currency: str) -> list[store.Money]:
    """Every currency either period has money in, the shop's first (there even when it has none)."""
    found = {m.currency: m for m in report.money}
    found.setdefault(shop_currency, store.Money(shop_currency))
    return [found[shop_currency]] + [m for code, m in sorted(found.items()) if code != shop_currency]


def _figures(report: store.Report, now: bool, currency: str) -> ReturnFigures:
    pick = (lambda p: p.now) if now else (lambda p: p.before)
    automatic, staff = pick(report.automatic), pick(report.staff)
    money = _per_currency(report, currency)

    def amounts(name: str) -> list[Money]:
        return [Money.of(pick(getattr(m, name)), m.currency) for m in money]

    return ReturnFigures(
        counts=_counts(report.totals, now),
        refunds_paid=amounts("refunds_paid"), credits=amounts("credits"), fees_kept=amounts("fees_kept"),
        postage_charged=amounts("postage_charged"),
        returns_refunded=pick(report.times.refunded),
        refund_time_median_seconds=pick(report.times.median_seconds),
        refund_time_p90_seconds=pick(report.times.p90_seconds),
        decided_automatically=automatic, decided_by_staff=staff, automatic_share=_rate(automatic, automatic + staff),
        fraud_holds=pick(report.holds),
    )


_TERM = {
    Dimension.PRODUCT: "product", Dimension.VARIANT: "variant", Dimension.PRODUCT_TYPE: "product_type",
    Dimension.REASON: "reason", Dimension.CHOSEN_REASON: "chosen", Dimension.CUSTOMER_SEGMENT: "segment",
}


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"' if not value or any(c in value for c in ' "\'') else value


def period_query(start: date, end: date) -> str:
    return f"requested:{start.isoformat()}..{end.isoformat()} counted:yes"


async def return_analytics(info: Info, start: date, end: date, group_by: ReturnAnalyticsDimension) -> ReturnAnalytics:
    shop = info.context.shop
    if end < start:
        raise ApiError("returnAnalytics: `to` is before `from`", "BAD_PERIOD")
    days = (end - start).days + 1
    if days > MAX_DAYS:
        raise ApiError(f"returnAnalytics: a period is at most {MAX_DAYS} days", "BAD_PERIOD")
    zone = zone_or_utc(shop.timezone)
    previous_start = start - timedelta(days=days)
    report = await store.return_analytics(shop.id, zone, start, end, previous_start, Dimension(group_by.value))
    base = period_query(start, end)
    term = _TERM[Dimension(group_by.value)]
    # A chosen reason reads as its words; the key stays its handle (what `chosen:` searches for).
    words = {r.handle: r.label() for r in await shop_reasons(info)} if group_by == ReturnAnalyticsDimension.CHOSEN_REASON else {}
    currency = shop.currency
    return ReturnAnalytics(
        period=AnalyticsPeriod(start=start, end=end, days=days),
        previous_period=AnalyticsPeriod(start=previous_start, end=start - timedelta(days=1), days=days),
        timezone=zone.key, currency_code=currency, group_by=group_by,
        current=_figures(report, True, currency), previous=_figures(report, False, currency),
        groups=[
            ReturnAnalyticsGroup(
                key=g.key, label=words.get(g.key, g.label), current=_counts(g.counts, True), previous=_counts(g.counts, False),
                returns_query=f"{base} {term}:{_quoted(g.key)}",
            )
            for g in report.groups
        ],
        fraud_signals=[FraudSignalOutcome(signal=s.code, holds=s.holds, open=s.open, cleared=s.cleared,
                                          confirmed_fraud=s.confirmed_fraud) for s in report.signals],
        policy_versions=[
            PolicyVersionDecisions(
                version=v.version, requested=v.requested.now, requested_before=v.requested.before, approved=v.approved,
                approved_at_once=v.approved_at_once, declined=v.declined, kept=v.kept,
                returns_query=f"requested:{start.isoformat()}..{end.isoformat()} policy_version:{v.version if v.version is not None else 'none'}",
            )
            for v in report.versions
        ],
        returns_query=base,
    )


@strawberry.type
class AnalyticsQuery:
    @strawberry.field(description="Return analytics for the shop's days `from` to `to` (both included, at most 366), "
                      "in its time zone and currency, against the same number of days before; rows grouped by `groupBy`. "
                      "Each row's `returnsQuery` lists its returns through `returns(query:)`.")
    async def return_analytics(
        self, info: Info, from_: Annotated[date, strawberry.argument(name="from")], to: date,
        group_by: ReturnAnalyticsDimension = ReturnAnalyticsDimension.PRODUCT,
    ) -> ReturnAnalytics:
        return await return_analytics(info, from_, to, group_by)

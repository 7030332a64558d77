"""Builders for risk facts: an ordinary domestic customer by default; override what a test is
about. ``NOW`` is the moment every test scores at."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from plugin.risk import (
    Address,
    Blocklist,
    CustomerHistory,
    LinkedAccounts,
    OrderFacts,
    PastOrder,
    PastReturn,
    RequestFacts,
    RiskFacts,
    RiskSettings,
)

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
SETTINGS = RiskSettings()


def ago(days: float = 0, hours: float = 0) -> datetime:
    return NOW - timedelta(days=days, hours=hours)


def address(**changes: object) -> Address:
    base = Address(
        name="Jonathan Smith",
        address1="123 Main Street",
        address2="Apt 4",
        city="New York",
        region="NY",
        postal_code="10001",
        country="US",
        phone="+1 212-555-0134",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def order(
    *,
    email: str | None = "jonathan.smith84@gmail.com",
    phone: str | None = "(212) 555-0134",
    billing: Address | None = None,
    shipping: Address | None = None,
    total: str = "80.00",
    placed_at: datetime | None = None,
) -> OrderFacts:
    return OrderFacts(
        order_id="O-current",
        placed_at=placed_at or ago(days=10),
        total=Decimal(total),
        email=email,
        phone=phone,
        billing=billing or address(),
        shipping=shipping or address(),
        browser_ip="203.0.113.7",
    )


def ret(
    amount: str = "60.00",
    *,
    kind: str = "RETURN",
    delivered_at: datetime | None = None,
    shipped_at: datetime | None = None,
    requested_at: datetime | None = None,
    skus: tuple[str, ...] = ("DRS101-BLK-M",),
    no_delivery: bool = False,
) -> RequestFacts:
    return RequestFacts(
        kind=kind,  # type: ignore[arg-type]
        amount=Decimal(amount),
        currency="USD",
        requested_at=requested_at or NOW,
        delivered_at=None if no_delivery else (delivered_at or ago(days=5)),
        shipped_at=shipped_at or ago(days=8),
        skus=skus if kind == "RETURN" else (),
        line_count=len(skus) if kind == "RETURN" else 1,
        subject_id="R-current",
    )


def orders(
    count: int, *, total: str = "80.00", every_days: float = 10, start_days: float = 1
) -> tuple[PastOrder, ...]:
    return tuple(
        PastOrder(ago(days=start_days + i * every_days), Decimal(total), f"O{i}")
        for i in range(count)
    )


def returns(
    count: int,
    *,
    amount: str = "60.00",
    every_days: float = 10,
    start_days: float = 3,
    skus: tuple[str, ...] = ("TOP330-RED-S",),
    status: str = "CLOSED",
) -> tuple[PastReturn, ...]:
    return tuple(
        PastReturn(ago(days=start_days + i * every_days), Decimal(amount), skus, status, f"R{i}")
        for i in range(count)
    )


def facts(
    request: RequestFacts | None = None,
    *,
    order_: OrderFacts | None = None,
    history: CustomerHistory | None = None,
    linked: LinkedAccounts | None = None,
    blocklist: Blocklist | None = None,
) -> RiskFacts:
    return RiskFacts(
        request=request or ret(),
        order=order_ or order(),
        history=history or CustomerHistory(orders(6, every_days=30), returns(1, start_days=40)),
        linked=linked or LinkedAccounts(),
        blocklist=blocklist or Blocklist(),
    )


def with_settings(section: str, **changes: object) -> RiskSettings:
    """The default settings with one section changed."""
    part = getattr(SETTINGS, section).model_copy(update=changes)
    return SETTINGS.model_copy(update={section: part})

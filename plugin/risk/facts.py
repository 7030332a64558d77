"""The facts a risk assessment is computed from: plain, frozen values built by the database layer.

This module is the contract between ``actions`` and ``risk``. The signals never read a model or
the clock: everything arrives here (and ``now`` as an argument), so an assessment can be replayed.

Conventions:

* datetimes are timezone-aware;
* every amount is a ``Decimal`` in the SHOP's currency (Shopify's ``shop_money``), the request's
  and the history's alike, so a customer's amounts compare across presentment currencies and the
  thresholds in the settings (policy currency = shop currency) apply directly;
* country codes are ISO 3166-1 alpha-2; region codes as the platform gives them (``province_code``);
  case and surrounding spaces do not matter;
* the history is the customer's own (for a guest: the orders with the same normalized email),
  excluding the request being scored. The order a return or cancellation is about IS one of
  ``history.orders`` (it was placed in the past); an order being scored (kind ORDER) is not, and
  is skipped by ``order_id`` if passed. Entries dated after ``now`` are ignored and a past return
  whose id equals ``RequestFacts.subject_id`` is skipped, so passing a little too much is
  harmless (replaying an old request with today's history gives the old answer for the history
  part).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal

from models.enums import ReturnStatus

RequestKind = Literal["ORDER", "RETURN", "CANCELLATION"]
REQUEST_KINDS: tuple[RequestKind, ...] = ("ORDER", "RETURN", "CANCELLATION")

# Past returns in these statuses do not count towards rates (the customer withdrew them).
WITHDRAWN_RETURN_STATUSES = frozenset({ReturnStatus.CANCELED})


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address as the platform gives it (Shopify's MailingAddress, trimmed)."""

    name: str | None = None
    address1: str | None = None
    city: str | None = None
    region: str | None = None  # province/state code
    postal_code: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    phone: str | None = None
    address2: str | None = None  # apartment, suite: keeps flats in one building apart


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """The thing being scored: an imported order, a return request or a cancellation request."""

    kind: RequestKind
    amount: Decimal  # ORDER: the order total; RETURN: the value requested back; CANCELLATION: paid
    currency: str  # the shop currency, used in the sentences
    requested_at: datetime  # ORDER: placed_at
    delivered_at: datetime | None = None  # latest delivery of the lines concerned
    shipped_at: datetime | None = None  # latest shipment of the lines concerned
    skus: tuple[str, ...] = ()  # SKUs requested back (RETURN), one per line, repeats allowed
    line_count: int = 0
    subject_id: str | None = None  # the return's / order's / cancellation's own id


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """The order the request is about."""

    order_id: str
    placed_at: datetime
    total: Decimal
    email: str | None = None
    phone: str | None = None
    billing: Address | None = None
    shipping: Address | None = None
    browser_ip: str | None = None


@dataclass(frozen=True, slots=True)
class PastOrder:
    placed_at: datetime
    total: Decimal
    order_id: str | None = None


@dataclass(frozen=True, slots=True)
class PastReturn:
    created_at: datetime
    amount: Decimal
    skus: tuple[str, ...] = ()
    status: str = ReturnStatus.CLOSED
    return_id: str | None = None


@dataclass(frozen=True, slots=True)
class CustomerHistory:
    """The customer's earlier orders, returns and cancellation requests (newest first or not:
    order does not matter). For guests, match on the normalized email."""

    orders: tuple[PastOrder, ...] = ()
    returns: tuple[PastReturn, ...] = ()
    cancellations: tuple[datetime, ...] = ()  # when each earlier cancellation was requested


@dataclass(frozen=True, slots=True)
class LinkedAccounts:
    """OTHER customers of the shop sharing this order's normalized shipping address, or one of its
    normalized phone numbers, and the returns they made (all time, cancelled ones excluded)."""

    address_customers: int = 0
    address_returns: int = 0
    phone_customers: int = 0
    phone_returns: int = 0


@dataclass(frozen=True, slots=True)
class Blocklist:
    """The shop's blocklist entries, normalized with ``normalize_email/phone/address``. Passing
    only the entries that match ``blocklist_keys(order)`` is enough."""

    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    addresses: frozenset[str] = frozenset()


EMPTY_HISTORY = CustomerHistory()
NO_LINKS = LinkedAccounts()
EMPTY_BLOCKLIST = Blocklist()


@dataclass(frozen=True, slots=True)
class RiskFacts:
    request: RequestFacts
    order: OrderFacts
    history: CustomerHistory = EMPTY_HISTORY
    linked: LinkedAccounts = NO_LINKS
    blocklist: Blocklist = EMPTY_BLOCKLIST

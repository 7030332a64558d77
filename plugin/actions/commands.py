"""Keyed use cases as frozen commands: plain values an action can fingerprint itself.

A replay must be recognised as the same input however the client spelled it, so the fingerprint
reads the command, not the request: amounts are normalised (`10.0` and `10.00` are one amount),
enums are their values, sets and set-like lists are sorted, ids are primary keys.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields, is_dataclass
from decimal import Decimal
from enum import Enum
from typing import ClassVar

from models.enums import OrderCancelReason, RefundReason, ReturnResolution, ReturnShippingMethod


def plain(value: object) -> object:
    """JSON-ready and canonical: equal inputs give equal values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, (set, frozenset)):
        return sorted((plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


@dataclass(frozen=True)
class Command:
    operation: ClassVar[str]
    # Fields whose order means nothing: fingerprinted sorted.
    unordered: ClassVar[tuple[str, ...]] = ()

    def fingerprint(self) -> str:
        data = plain(self)
        for name in self.unordered:
            data[name] = sorted(data[name], key=lambda v: json.dumps(v, sort_keys=True))
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


@dataclass(frozen=True)
class RequestedLine:
    line_id: int
    quantity: int
    reason: str
    condition: frozenset[str]
    photos: int


@dataclass(frozen=True)
class ReturnRequestLine(RequestedLine):
    photo_refs: tuple[str, ...] = ()  # references of stored photos (plugin.store.photos), checked by the caller
    note: str | None = None
    exchange_variant_id: int | None = None  # an exchange: the ProductVariant chosen for these units
    # The reason chosen from the shop's library (plugin.actions.chosen_reasons fills these in): its
    # handle, and whether it puts the merchant at fault (None: the policy's fault rules decide).
    reason_handle: str | None = None
    at_fault: bool | None = None


@dataclass(frozen=True)
class RequestReturn(Command):
    operation: ClassVar[str] = "returnRequest"
    unordered: ClassVar[tuple[str, ...]] = ("lines",)

    order_id: int
    lines: tuple[ReturnRequestLine, ...]
    resolution: ReturnResolution
    shipping_method: ReturnShippingMethod
    proof_of_purchase: str | None
    customer_note: str | None


@dataclass(frozen=True)
class CreateReturn(RequestReturn):
    """Staff open a return for a customer: the customer's request, and why staff override a refusal."""

    operation: ClassVar[str] = "returnCreate"

    override_reason: str | None = None


@dataclass(frozen=True)
class CreateRefund(Command):
    operation: ClassVar[str] = "refundCreate"

    return_id: int | None
    order_id: int | None
    amount: Decimal | None
    reason: RefundReason
    note: str | None
    override_reason: str | None = None  # staff's audited reason to refund past the return's value


@dataclass(frozen=True)
class CancelOrder(Command):
    operation: ClassVar[str] = "orderCancel"

    order_id: int
    reason: OrderCancelReason
    refund: bool
    restock: bool
    notify: bool
    staff_note: str | None
    customer_message: str | None
    line_ids: frozenset[int] = frozenset()  # a partial cancellation: these lines only


@dataclass(frozen=True)
class RequestCancellation(Command):
    operation: ClassVar[str] = "orderCancelRequest"

    order_id: int
    line_ids: frozenset[int] = frozenset()  # a partial cancellation: these lines only

"""The port's requests as outbox payloads: each operation's name, its request type, and the JSON both
ways. The outbox row keeps the request exactly as the action decided it, so a retry hours later (or
after a restart) sends the same thing with the same key."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from plugin.values.money import Money
from plugin.platform import port

# operation name (OutboxMessage.topic) -> (request type, the Platform method that carries it out)
OPERATIONS: dict[str, tuple[type, str]] = {
    "refund.create": (port.RefundOrder, "refund_order"),
    "credit.create": (port.CreditCustomer, "credit_customer"),
    "order.cancel": (port.CancelOrder, "cancel_order"),
    "return.open": (port.OpenReturn, "open_return"),
    "return.approve": (port.ReturnStep, "approve_return"),
    "return.decline": (port.DeclineReturn, "decline_return"),
    "return.process": (port.ProcessReturn, "process_return"),
    "return.close": (port.ReturnStep, "close_return"),
    "return.cancel": (port.ReturnStep, "cancel_return"),
    "return.label": (port.AttachLabel, "attach_label"),
    "credit.issue": (port.IssueCredit, "issue_credit"),
    "credit.reverse": (port.ReverseCredit, "reverse_credit"),
    "exchange.reserve": (port.ExchangeOrder, "reserve_exchange"),
    "exchange.ship": (port.ExchangeOrder, "ship_exchange"),
    "exchange.release": (port.ExchangeOrder, "release_exchange"),
    "exchange.invoice": (port.InvoiceCustomer, "invoice_customer"),
}

# What each operation is called in the desk.
TITLES = {
    "refund.create": "Refund", "credit.create": "Postage credit", "order.cancel": "Cancel order",
    "return.open": "Open return", "return.approve": "Approve return", "return.decline": "Decline return",
    "return.process": "Process returned items", "return.close": "Close return", "return.cancel": "Cancel return", "return.label": "Return label",
    "credit.issue": "Store credit", "credit.reverse": "Take back store credit", "exchange.reserve": "Reserve exchange stock", "exchange.ship": "Ship exchange",
    "exchange.release": "Release exchange stock", "exchange.invoice": "Invoice the customer",
}

# Operations on an exchange that need the draft order `exchange.reserve` answered (filled in by the worker).
ON_EXCHANGE = frozenset({"exchange.ship", "exchange.release"})

# Operations on a return that need the platform's return id, which `return.open` answered.
ON_RETURN = frozenset({"return.approve", "return.decline", "return.process", "return.close", "return.cancel", "return.label"})


def encode(request: Any) -> dict:
    """A request as JSON-safe data: Money as {"amount": "12.50", "currency": "USD"}, tuples as lists."""

    def value(item: Any) -> Any:
        if isinstance(item, Money):
            return {"amount": str(item.amount), "currency": item.currency}
        if dataclasses.is_dataclass(item):
            return {f.name: value(getattr(item, f.name)) for f in dataclasses.fields(item)}
        if isinstance(item, Enum):
            return item.value
        if isinstance(item, datetime):
            return item.isoformat()
        if isinstance(item, (tuple, list)):
            return [value(x) for x in item]
        return item

    return value(request)


def _build(kind: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return _build(options[0], data)
    if kind is Money:
        return Money(Decimal(data["amount"]), data["currency"])
    if origin is tuple:
        inner = typing.get_args(kind)[0]
        return tuple(_build(inner, x) for x in data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is datetime:
        return datetime.fromisoformat(data)
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: _build(hints[f.name], data[f.name]) for f in dataclasses.fields(kind) if f.name in data})
    return data


def decode(operation: str, data: dict) -> Any:
    """The request an outbox row holds; KeyError for an operation this version does not know."""
    return _build(OPERATIONS[operation][0], data)

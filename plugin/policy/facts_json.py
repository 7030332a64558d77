"""Order facts from JSON, for ``recourse policy explain`` and test fixtures.

The JSON mirrors the dataclasses in ``facts.py`` field for field: amounts are decimal strings,
datetimes ISO 8601 with an offset, tags a list. Optional fields may be left out. Errors name the
path of the offending value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from plugin.values.money import MoneyError, parse_amount
from plugin.policy.facts import (
    LineFacts,
    OrderFacts,
    PriorReturn,
    ReturnLineRequest,
    ReturnRequestFacts,
    ShopFacts,
)


class FactsError(ValueError):
    def __init__(self, path: str, message: str):
        self.path = path
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True, slots=True)
class Scenario:
    now: datetime
    order: OrderFacts
    prior_returns: tuple[PriorReturn, ...]
    request: ReturnRequestFacts | None
    policy_version: int | str | None


class _Reader:
    def __init__(self, data: Any, path: str):
        if not isinstance(data, dict):
            raise FactsError(path, "expected an object")
        self.data, self.path = data, path

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise FactsError(f"{self.path}.{key}", "is required")
            return None
        return self.data[key]

    def str(self, key: str, required: bool = True, default: str | None = None) -> Any:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str) or "\x00" in value:
            raise FactsError(f"{self.path}.{key}", "expected a string")
        return value

    def int(self, key: str, required: bool = True, default: int = 0) -> int:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            raise FactsError(f"{self.path}.{key}", "expected an integer")
        return value

    def bool(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise FactsError(f"{self.path}.{key}", "expected true or false")
        return value

    def amount(self, key: str, required: bool = True) -> Decimal:
        value = self._get(key, required)
        if value is None:
            return Decimal(0)
        try:
            return parse_amount(value)
        except MoneyError as exc:
            raise FactsError(f"{self.path}.{key}", str(exc)) from None

    def moment(self, key: str, required: bool = True) -> datetime | None:
        value = self._get(key, required)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise FactsError(f"{self.path}.{key}", "expected an ISO 8601 datetime") from None
        if moment.tzinfo is None:
            raise FactsError(f"{self.path}.{key}", "needs a UTC offset, e.g. +00:00")
        return moment

    def list(self, key: str, required: bool = False) -> list[Any]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            raise FactsError(f"{self.path}.{key}", "expected a list")
        return value


def shop_from_json(data: Any, path: str = "shop") -> ShopFacts:
    r = _Reader(data, path)
    return ShopFacts(r.str("country").upper(), r.str("timezone"), r.str("currency").upper())


def line_from_json(data: Any, path: str) -> LineFacts:
    r = _Reader(data, path)
    quantity = r.int("quantity")
    return LineFacts(
        line_id=r.str("line_id"),
        title=r.str("title", False, ""),
        sku=r.str("sku", False),
        product_type=(r.str("product_type", False) or None) and r.str("product_type").lower(),
        tags=frozenset(str(t).strip().lower() for t in r.list("tags")),
        quantity=quantity,
        fulfilled_quantity=r.int("fulfilled_quantity", False, quantity),
        unit_price=r.amount("unit_price"),
        discount=r.amount("discount", False),
        tax=r.amount("tax", False),
        set_id=r.str("set_id", False),
        shipped_at=r.moment("shipped_at", False),
        delivered_at=r.moment("delivered_at", False),
        received_at=r.moment("received_at", False),
        free_return_shipping=r.bool("free_return_shipping"),
        non_returnable=r.bool("non_returnable"),
    )


def order_from_json(data: Any, path: str = "order") -> OrderFacts:
    r = _Reader(data, path)
    lines = tuple(line_from_json(x, f"{path}.lines[{i}]") for i, x in enumerate(r.list("lines", True)))
    subtotal = sum((l.unit_price * l.quantity - l.discount for l in lines), Decimal(0))
    shipping = r.amount("shipping_paid", False)
    taxes = sum((l.tax for l in lines), Decimal(0))
    rate = r._get("policy_to_order_rate", False)
    return OrderFacts(
        order_id=r.str("order_id", False, "1"),
        name=r.str("name", False, "#1"),
        currency=r.str("currency").upper(),
        placed_at=r.moment("placed_at"),  # type: ignore[arg-type]
        sales_channel=r.str("sales_channel", False, "web").lower(),
        shipping_country=(r.str("shipping_country", False) or "").upper() or None,
        shipping_region=r.str("shipping_region", False),
        subtotal=r.amount("subtotal") if "subtotal" in r.data else subtotal,
        shipping_paid=shipping,
        free_shipping=r.bool("free_shipping"),
        total_paid=r.amount("total_paid") if "total_paid" in r.data else subtotal + taxes + shipping,
        cancelled_at=r.moment("cancelled_at", False),
        lines=lines,
        shop=shop_from_json(r._get("shop", True), f"{path}.shop"),
        policy_to_order_rate=r.amount("policy_to_order_rate") if rate is not None else None,
    )


def prior_from_json(data: Any, path: str) -> PriorReturn:
    r = _Reader(data, path)
    lines = []
    for i, pair in enumerate(r.list("lines")):
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[1], int)):
            raise FactsError(f"{path}.lines[{i}]", "expected [line_id, quantity]")
        lines.append((str(pair[0]), pair[1]))
    return PriorReturn(
        return_id=r.str("return_id", False, path),
        status=r.str("status").upper(),
        created_at=r.moment("created_at"),  # type: ignore[arg-type]
        lines=tuple(lines),
        merchant_at_fault=r.bool("merchant_at_fault"),
        instructions_sent_at=r.moment("instructions_sent_at", False),
    )


def request_from_json(data: Any, path: str = "request") -> ReturnRequestFacts:
    r = _Reader(data, path)
    lines = []
    for i, item in enumerate(r.list("lines", True)):
        lr = _Reader(item, f"{path}.lines[{i}]")
        lines.append(
            ReturnLineRequest(
                line_id=lr.str("line_id"),
                quantity=lr.int("quantity"),
                reason=lr.str("reason").upper(),
                condition=frozenset(str(c).upper() for c in lr.list("condition")),
                photos=lr.int("photos", False, 0),
            )
        )
    return ReturnRequestFacts(
        lines=tuple(lines),
        resolution=r.str("resolution", False, "REFUND").upper(),
        shipping_method=r.str("shipping_method", False, "CUSTOMER_SHIPPED").upper(),
        proof_of_purchase=r.bool("proof_of_purchase"),
        received_at=r.moment("received_at", False),
        instructions_sent_at=r.moment("instructions_sent_at", False),
    )


def scenario_from_json(data: Any) -> Scenario:
    r = _Reader(data, "$")
    version = r._get("policy_version", False)
    return Scenario(
        now=r.moment("now"),  # type: ignore[arg-type]
        order=order_from_json(r._get("order", True), "$.order"),
        prior_returns=tuple(
            prior_from_json(x, f"$.prior_returns[{i}]") for i, x in enumerate(r.list("prior_returns"))
        ),
        request=request_from_json(data["request"], "$.request") if data.get("request") else None,
        policy_version=version,
    )

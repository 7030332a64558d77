"""The one input a return request has, for its quote and for the request itself: a client builds it
once, asks `returnQuote` what the policy says, then sends the same input to `returnRequest`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import strawberry
from strawberry.types import Info

from models.order import Order
from plugin.actions.errors import ActionError
from plugin.actions.commands import ReturnRequestLine
from plugin.api.enums import ConditionItem, ReturnReason, ReturnResolution, ReturnShippingMethod
from plugin.api.ids import from_gid
from plugin.store.photos import PhotoStore

MAX_LINES = 250
MAX_PHOTOS = 10


@strawberry.input(description="One line of a return: the same for a quote and a request.")
class ReturnLineInput:
    line_id: strawberry.ID
    quantity: int
    reason: ReturnReason | None = strawberry.field(
        default=None, description="A core reason; or give reasonHandle (one of returnReasons), which says its core reason itself.")
    reason_handle: str | None = strawberry.field(
        default=None, description="The reason chosen from the shop's returnReasons, by handle (a core reason's handle is its code).")
    condition: list[ConditionItem] = strawberry.field(default_factory=list, description="Conditions the customer declares.")
    photos: list[str] = strawberry.field(
        default_factory=list,
        description=f"At most {MAX_PHOTOS} photo ids from POST /storefront/photos, uploaded for this order.",
    )
    note: str | None = None
    exchange_variant_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="An exchange: the variant these units become (from `exchangeVariants`); required by "
        "`returnRequest` with resolution EXCHANGE, optional in a quote.",
    )


@strawberry.input(description="A return request; `returnQuote` takes the same input and stores nothing.")
class ReturnRequestInput:
    order_id: strawberry.ID | None = strawberry.field(default=None, description="The order, for a signed-in customer.")
    order_name: str | None = strawberry.field(default=None, description="With email (or phone): a guest's order.")
    email: str | None = None
    phone: str | None = strawberry.field(default=None, description="Instead of email, for orders placed with a phone number.")
    lines: list[ReturnLineInput]
    resolution: ReturnResolution = ReturnResolution.REFUND
    shipping_method: ReturnShippingMethod = ReturnShippingMethod.CUSTOMER_SHIPPED
    proof_of_purchase: str | None = strawberry.field(default=None, description="Invoice, receipt or ticket reference.")
    customer_note: str | None = None
    idempotency_key: str | None = strawberry.field(default=None, description="returnRequest only; a quote ignores it.")


@dataclass(frozen=True)
class ParsedRequest:
    """A return request's input, checked: what the quote and the request both decide on."""

    lines: tuple[ReturnRequestLine, ...]
    resolution: ReturnResolution
    shipping_method: ReturnShippingMethod
    proof_of_purchase: str | None
    customer_note: str | None


def photo_check(info: Info, order: Order) -> Callable[[str], bool]:
    """Only photos uploaded for this very order: never a URL, never another order's file."""
    store = PhotoStore(info.context.request.app.state.settings.photo_dir)
    return lambda ref: store.order_photo(order.shop_id, order.id, ref) is not None


def parse_request(input: ReturnRequestInput, photo_exists: Callable[[str], bool]) -> ParsedRequest:
    """The input's lines and terms, or ActionError naming the field (relative to `input`); each photo
    id must be one `photo_exists` knows (uploaded for the order)."""
    if input.proof_of_purchase is not None and len(input.proof_of_purchase) > 255:
        raise ActionError("TOO_LONG", "at most 255 characters", ["proofOfPurchase"])
    if input.customer_note is not None and len(input.customer_note) > 1000:
        raise ActionError("TOO_LONG", "at most 1000 characters", ["customerNote"])
    return ParsedRequest(
        lines=tuple(_lines(input.lines, photo_exists)), resolution=ReturnResolution(input.resolution),
        shipping_method=ReturnShippingMethod(input.shipping_method), proof_of_purchase=input.proof_of_purchase,
        customer_note=input.customer_note,
    )


def _lines(lines: list[ReturnLineInput], photo_exists: Callable[[str], bool]) -> list[ReturnRequestLine]:
    if not lines:
        raise ActionError("BLANK", "at least one line is required", ["lines"])
    if len(lines) > MAX_LINES:
        raise ActionError("INVALID", f"at most {MAX_LINES} lines", ["lines"])
    parsed = []
    for index, line in enumerate(lines):
        field = ["lines", str(index)]
        gid = from_gid(line.line_id, "OrderLine")
        if gid is None:
            raise ActionError("LINE_NOT_FOUND", "not an order line id", [*field, "lineId"])
        if not 1 <= line.quantity <= 100_000:
            raise ActionError("INVALID", "must be between 1 and 100000", [*field, "quantity"])
        if len(line.photos) > MAX_PHOTOS:
            raise ActionError("INVALID", f"at most {MAX_PHOTOS} photos", [*field, "photos"])
        if len(set(line.photos)) != len(line.photos):
            raise ActionError("INVALID", "the same photo twice", [*field, "photos"])
        for n, ref in enumerate(line.photos):
            if not photo_exists(ref):
                raise ActionError("INVALID", "no such photo uploaded for this order", [*field, "photos", str(n)])
        if line.note is not None and len(line.note) > 1000:
            raise ActionError("TOO_LONG", "at most 1000 characters", [*field, "note"])
        parsed.append(ReturnRequestLine(
            gid[1], line.quantity, _reason(line, field), frozenset(line.condition),
            len(line.photos), tuple(line.photos), line.note, _exchange_variant(line, field),
            reason_handle=line.reason_handle or None,
        ))
    return parsed


def _reason(line: ReturnLineInput, field: list[str]) -> str:
    """The core code given, or "" when only the library's handle is (chosen_reasons fills it in)."""
    if line.reason is None and not line.reason_handle:
        raise ActionError("BLANK", "give a reason or a reasonHandle", [*field, "reason"])
    if line.reason_handle is not None and len(line.reason_handle) > 64:
        raise ActionError("TOO_LONG", "at most 64 characters", [*field, "reasonHandle"])
    return ReturnReason(line.reason).value if line.reason else ""


def _exchange_variant(line: ReturnLineInput, field: list[str]) -> int | None:
    if line.exchange_variant_id is None:
        return None
    variant_gid = from_gid(line.exchange_variant_id, "ProductVariant")
    if variant_gid is None:
        raise ActionError("EXCHANGE_VARIANT_UNAVAILABLE", "not a product variant id", [*field, "exchangeVariantId"])
    return variant_gid[1]

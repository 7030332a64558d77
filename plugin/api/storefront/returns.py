"""Customers' requests: cancel an order, request a return, withdraw it, follow it."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from models.order import Order
from models.returns import Return
from plugin.actions import cancellations, delivery, returns
from plugin.actions.errors import ActionError
from plugin.actions.commands import RequestCancellation, RequestReturn
from plugin.api.errors import UserError, UserErrorCode, user_errors
from plugin.api.ids import from_gid, to_gid
from plugin.api.language import InCustomerLanguage
from plugin.api.policy_types import CancellationEligibility, ReturnQuote, ReturnableLine
from plugin.api.return_input import ReturnRequestInput, parse_request
from plugin.api.return_types import ReturnType
from plugin.api.storefront.access import find_order, phone_matches
from plugin.store.photos import PhotoStore
from plugin.store.ratelimit import guarded_order, guest_attempt, wrong_guess

# What a customer whose request is held for review reads: neutral, never the reasons.
HELD_NEXT_STEP = "We will contact you by email to confirm a few details before we cancel your order."


@strawberry.type
class ReturnRequestPayload:
    return_: ReturnType | None = strawberry.field(default=None, name="return")
    decision: ReturnQuote | None = strawberry.field(default=None, description="The policy's answer; when it refuses, the reasons say why.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderCancelRequestPayload:
    cancelled: bool = False
    cancelled_line_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="The lines a partial cancellation cancelled (empty: the whole order, or nothing).")
    pending_review: bool = strawberry.field(default=False, description="The store will confirm a few details before cancelling.")
    next_step: str | None = strawberry.field(default=None, extensions=[InCustomerLanguage()])
    decision: CancellationEligibility | None = strawberry.field(default=None, description="Why, and what to do instead when refused.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderConfirmReceiptPayload:
    received: bool = False
    returnable_lines: list[ReturnableLine] | None = strawberry.field(
        default=None, description="The order's lines as they stand now, counted from the confirmed receipt."
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReturnCancelPayload:
    return_: ReturnType | None = strawberry.field(default=None, name="return")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _photo_check(info: Info, order: Order):
    """Only photos uploaded for this very order: never a URL, never another order's file."""
    store = PhotoStore(info.context.request.app.state.settings.photo_dir)
    return lambda ref: store.order_photo(order.shop_id, order.id, ref) is not None


def actor(info: Info) -> str:
    customer = info.context.customer
    return f"customer:{customer.id}" if customer else "guest"


async def _own_return(info: Info, id: str, email: str | None, phone: str | None = None) -> Return | None:
    """The caller's return: a signed-in customer's own, or a guest's who knows the order's email
    (or, for an order placed with a phone number, its phone). A guest's try counts against the
    client's limit before anything is read, whether the return exists or not; once it is found, the
    order's guard against wrong guesses is checked, and a wrong email or phone counts against it."""
    parsed = from_gid(id, "Return")
    if parsed is None:
        return None
    if email or phone:
        await guest_attempt(info.context)
    ret = await Return.get_or_none(shop_id=info.context.shop.id, id=parsed[1]).prefetch_related("order")
    if ret is None:
        return None
    customer = info.context.customer
    if customer is not None and ret.customer_id == customer.id:
        return ret
    if not (email or phone):
        return None
    await guarded_order(info.context, ret.order.name)
    if email and ret.order.email and ret.order.email == email.strip().lower():
        return ret
    if phone and not email and len(phone) <= 64 and phone_matches(ret.order, phone):
        return ret
    await wrong_guess(info.context, ret.order.name)
    return None


@strawberry.type
class ReturnsQuery:
    @strawberry.field(name="return", description="One of your returns: signed in, or with the order's email.")
    async def return_(self, info: Info, id: strawberry.ID, email: str | None = None, phone: str | None = None) -> ReturnType | None:
        ret = await _own_return(info, id, email, phone)
        return ReturnType(row=ret) if ret else None


@strawberry.type
class ReturnsMutation:
    @strawberry.mutation(description="Ask to return items. The policy decides at once; an allowed request is stored with its quote and instructions.")
    async def return_request(self, info: Info, input: ReturnRequestInput) -> ReturnRequestPayload:
        shop = info.context.shop
        order = await find_order(info, input.order_id, input.order_name, input.email, input.phone)
        if order is None:
            return ReturnRequestPayload(user_errors=[UserError(field=["input", "orderId"], message="no such order for this customer", code=UserErrorCode.ORDER_NOT_FOUND)])
        try:
            parsed = parse_request(input, _photo_check(info, order))
            command = RequestReturn(order.id, parsed.lines, parsed.resolution, parsed.shipping_method,
                                    parsed.proof_of_purchase, parsed.customer_note)
            answer = await returns.request(shop, order, command, input.idempotency_key, actor(info))
        except ActionError as exc:
            return ReturnRequestPayload(user_errors=user_errors(exc, ["input"]))
        return ReturnRequestPayload(return_=ReturnType(row=answer.return_) if answer.return_ else None,
                                    decision=ReturnQuote.from_data(answer.decision))

    @strawberry.mutation(description="Withdraw a return request while nothing has arrived.")
    async def return_cancel(
        self, info: Info, id: strawberry.ID, email: str | None = None, phone: str | None = None,
    ) -> ReturnCancelPayload:
        ret = await _own_return(info, id, email, phone)
        if ret is None:
            return ReturnCancelPayload(user_errors=[UserError(field=["id"], message="no such return", code=UserErrorCode.NOT_FOUND)])
        try:
            return ReturnCancelPayload(return_=ReturnType(row=await returns.cancel(info.context.shop, ret.id, actor(info))))
        except ActionError as exc:
            return ReturnCancelPayload(user_errors=user_errors(exc))

    @strawberry.mutation(description="Ask to cancel an order: accepted at once when the policy allows it, otherwise refused with what to do instead.")
    async def order_cancel_request(
        self, info: Info, order_id: strawberry.ID | None = None, order_name: str | None = None,
        email: str | None = None, idempotency_key: str | None = None, phone: str | None = None,
        line_ids: Annotated[list[strawberry.ID] | None, strawberry.argument(
            description="Cancel only these lines (a partial cancellation); empty: the whole order.")] = None,
    ) -> OrderCancelRequestPayload:
        shop = info.context.shop
        order = await find_order(info, order_id, order_name, email, phone)
        if order is None:
            return OrderCancelRequestPayload(user_errors=[UserError(field=["orderId"], message="no such order for this customer", code=UserErrorCode.ORDER_NOT_FOUND)])
        lines = [from_gid(gid, "OrderLine") for gid in line_ids or []]
        if any(parsed is None for parsed in lines):
            return OrderCancelRequestPayload(user_errors=[UserError(field=["lineIds"], message="not an order line id", code=UserErrorCode.INVALID)])
        pks = [parsed[1] for parsed in lines]
        try:
            answer = await cancellations.request(shop, order, RequestCancellation(order.id, frozenset(pks)), idempotency_key,
                                                 actor(info))
        except ActionError as exc:
            return OrderCancelRequestPayload(user_errors=user_errors(exc))
        decision = CancellationEligibility.from_data(answer.decision)
        return OrderCancelRequestPayload(
            cancelled=answer.cancelled, pending_review=answer.held, decision=decision,
            cancelled_line_ids=[strawberry.ID(to_gid("OrderLine", pk)) for pk in answer.line_ids],
            next_step=HELD_NEXT_STEP if answer.held else decision.next_step,
        )

    @strawberry.mutation(description="Confirm that the order's parcels arrived, when the carrier reported no delivery: "
                         "return periods then count from now (or from the estimated delivery, if earlier).")
    async def order_confirm_receipt(
        self, info: Info, order_id: strawberry.ID | None = None, order_name: str | None = None, email: str | None = None,
        phone: str | None = None,
    ) -> OrderConfirmReceiptPayload:
        order = await find_order(info, order_id, order_name, email, phone)
        if order is None:
            return OrderConfirmReceiptPayload(user_errors=[UserError(field=["orderId"], message="no such order for this customer", code=UserErrorCode.ORDER_NOT_FOUND)])
        try:
            lines = await delivery.confirm_receipt(info.context.shop, order, actor(info))
        except ActionError as exc:
            return OrderConfirmReceiptPayload(user_errors=user_errors(exc))
        return OrderConfirmReceiptPayload(received=True, returnable_lines=[ReturnableLine.of(e) for e in lines])

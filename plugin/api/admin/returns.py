"""Staff work on returns, refunds and cancellations. Resolvers parse input and call one action each."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

import strawberry
from strawberry.types import Info
from tortoise.expressions import Q

from models.returns import Return
from plugin.actions import cancellations, refunds, returns
from plugin.actions.errors import ActionError
from plugin.actions.commands import CancelOrder, CreateRefund
from plugin.api.admin.order import AdminOrder
from plugin.api.admin.return_page import read_page
from plugin.api.errors import UserError, user_errors
from plugin.api.ids import from_gid
from plugin.api.order_search import planned_for_its_terms
from plugin.api.pagination import Connection, paginate
from plugin.api.enums import (
    InspectionCondition,
    OrderCancelReason,
    RefundReason,
    RefundStatus,
    ReturnDeclineReason,
    ReturnStatus,
)
from plugin.api.admin.types import AdminRefund, AdminReturn
from plugin.store.labels import LabelStore


def _pk(gid: str, type_name: str, field: str) -> int:
    parsed = from_gid(gid, type_name)
    if parsed is None:
        raise ActionError("NOT_FOUND", f"not a {type_name} id", [field])
    return parsed[1]


@strawberry.type
class ReturnPayload:
    return_: AdminReturn | None = strawberry.field(default=None, name="return")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RefundCreatePayload:
    refund: AdminRefund | None = None
    reimbursement: AdminRefund | None = strawberry.field(
        default=None,
        description="The REIMBURSEMENT row written with the refund (a return postage credit the policy granted), if any.",
    )
    bonus: AdminRefund | None = strawberry.field(
        default=None,
        description="A store credit return: the BONUS row credited beside the STORE_CREDIT row (`refund`), if any.",
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class OrderCancelPayload:
    order: AdminOrder | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.input
class ReturnLineQuantityInput:
    return_line_id: strawberry.ID
    quantity: int


@strawberry.input
class ReturnLineInspectionInput:
    return_line_id: strawberry.ID
    accepted_quantity: int
    rejected_quantity: int = 0
    condition: InspectionCondition = InspectionCondition.AS_DESCRIBED
    restock: bool = False
    note: str | None = None


@strawberry.input
class RefundCreateInput:
    return_id: strawberry.ID | None = None
    order_id: strawberry.ID | None = None
    amount: Decimal | None = strawberry.field(default=None, description="Defaults to the policy's quote for the return's accepted units.")
    reason: RefundReason = RefundReason.RETURN
    note: str | None = None
    override_reason: str | None = strawberry.field(default=None, description=(
        "Staff's reason to refund a return more than its refundable value (the quote for its accepted units); "
        "audited. Without it such a refund is refused with OVER_REFUND."))
    idempotency_key: str | None = None


@strawberry.input(description="A prepaid return label: an uploaded PDF (the `file` token POST /admin/labels answered) or a URL.")
class ReturnLabelInput:
    carrier: str
    tracking_number: str
    url: str | None = None
    file: str | None = strawberry.field(default=None, description="The token POST /admin/labels answered for the uploaded PDF.")

    def parse(self) -> returns.Label:
        return returns.Label(self.carrier, self.tracking_number, self.url, self.file)


def _labels(info: Info) -> LabelStore:
    return LabelStore(info.context.request.app.state.settings.label_dir)


async def _step(info: Info, run) -> ReturnPayload:
    try:
        return ReturnPayload(return_=AdminReturn(row=await run(info.context.shop, info.context.staff)))
    except ActionError as exc:
        return ReturnPayload(user_errors=user_errors(exc))


def _return_pk(id: str) -> int:
    return _pk(id, "Return", "id")


def _line_map(items, field: str) -> dict[int, object]:
    mapped = {}
    for index, item in enumerate(items):
        parsed = from_gid(item.return_line_id, "ReturnLine")
        if parsed is None:
            raise ActionError("LINE_NOT_FOUND", "not a return line id", [field, str(index), "returnLineId"])
        if parsed[1] in mapped:
            raise ActionError("DUPLICATE_LINE", "each line may appear once", [field, str(index), "returnLineId"])
        mapped[parsed[1]] = item
    return mapped


def _note(note: str | None, field: str = "note") -> str | None:
    if note is not None and len(note) > 1000:
        raise ActionError("TOO_LONG", "at most 1000 characters", [field])
    return note


@strawberry.type
class ReturnsQuery:
    @strawberry.field(description="Returns, most recently requested first; `query` matches the return or order name, or the customer's email.")
    async def returns(
        self, info: Info, first: int | None = None, after: str | None = None,
        status: ReturnStatus | None = None, query: str | None = None,
    ) -> Connection[AdminReturn]:
        queryset = Return.filter(shop_id=info.context.shop.id)
        if status is not None:
            queryset = queryset.filter(status=status.value)
        if query:
            text = query.strip()[:100]
            queryset = queryset.filter(Q(name__icontains=text) | Q(order__email__icontains=text))
        page = lambda: paginate(queryset, first, after, lambda row: AdminReturn(row=row), by="requested_at")  # noqa: E731
        connection = await (planned_for_its_terms(Return, page) if query else page())
        await read_page(info, connection.nodes)
        return connection

    @strawberry.field(name="return")
    async def return_(self, info: Info, id: strawberry.ID) -> AdminReturn | None:
        parsed = from_gid(id, "Return")
        row = await Return.get_or_none(shop_id=info.context.shop.id, id=parsed[1]) if parsed else None
        return AdminReturn(row=row) if row else None


@strawberry.type
class ReturnsMutation:
    @strawberry.mutation(description="Approve a requested return: the customer gets the return instructions. A "
                         "prepaid-label return needs its `label`; without one it is approved but flagged "
                         "(`labelMissing`) and the instructions wait for returnLabelAttach.")
    async def return_approve_request(self, info: Info, id: strawberry.ID, label: ReturnLabelInput | None = None) -> ReturnPayload:
        return await _step(info, lambda shop, actor: returns.approve(
            shop, _return_pk(id), actor, label=label.parse() if label else None, labels=_labels(info)))

    @strawberry.mutation(description="Email an approved return's instructions to the customer again (e.g. after adding "
                         "a return address to the policy: a return approved before it existed gets it now). Audited.")
    async def return_instructions_resend(self, info: Info, id: strawberry.ID) -> ReturnPayload:
        return await _step(info, lambda shop, actor: returns.resend_instructions(shop, _return_pk(id), actor))

    @strawberry.mutation(description="Attach (or replace) an approved return's prepaid label; the customer gets the "
                         "instructions with it.")
    async def return_label_attach(self, info: Info, id: strawberry.ID, label: ReturnLabelInput) -> ReturnPayload:
        return await _step(info, lambda shop, actor: returns.attach_label(shop, _return_pk(id), label.parse(), _labels(info), actor))

    @strawberry.mutation(description="Decline a return request: a reason and a `note` the customer reads (email and storefront), and a `staffNote` only staff ever see.")
    async def return_decline_request(
        self, info: Info, id: strawberry.ID, decline_reason: ReturnDeclineReason, note: str | None = None,
        staff_note: str | None = None,
    ) -> ReturnPayload:
        return await _step(info, lambda shop, actor: returns.decline(
            shop, _return_pk(id), decline_reason, _note(note), actor, staff_note=_note(staff_note, "staffNote")))

    @strawberry.mutation(description="Record the units that arrived, per return line.")
    async def return_mark_received(self, info: Info, id: strawberry.ID, lines: list[ReturnLineQuantityInput]) -> ReturnPayload:
        async def run(shop, actor):
            received = {pk: item.quantity for pk, item in _line_map(lines, "lines").items()}
            return await returns.mark_received(shop, _return_pk(id), received, actor)

        return await _step(info, run)

    @strawberry.mutation(description="Record the inspection: accepted and rejected units per line, their condition, restock.")
    async def return_inspect(self, info: Info, id: strawberry.ID, lines: list[ReturnLineInspectionInput]) -> ReturnPayload:
        async def run(shop, actor):
            results = {
                pk: returns.Inspection(item.accepted_quantity, item.rejected_quantity, item.condition, item.restock, _note(item.note))
                for pk, item in _line_map(lines, "lines").items()
            }
            return await returns.inspect(shop, _return_pk(id), results, actor)

        return await _step(info, run)

    @strawberry.mutation
    async def return_close(self, info: Info, id: strawberry.ID) -> ReturnPayload:
        return await _step(info, lambda shop, actor: returns.close(shop, _return_pk(id), actor))

    @strawberry.mutation
    async def return_reopen(self, info: Info, id: strawberry.ID) -> ReturnPayload:
        return await _step(info, lambda shop, actor: returns.reopen(shop, _return_pk(id), actor))

    @strawberry.mutation(description="Refund a return (by default the policy's quote for its accepted units) or an order (an amount).")
    async def refund_create(self, info: Info, input: RefundCreateInput) -> RefundCreatePayload:
        shop, actor = info.context.shop, info.context.staff
        try:
            command = CreateRefund(
                return_id=_pk(input.return_id, "Return", "returnId") if input.return_id else None,
                order_id=_pk(input.order_id, "Order", "orderId") if input.order_id else None,
                amount=input.amount, reason=input.reason, note=_note(input.note),
                override_reason=input.override_reason,
            )
            made = await refunds.create(shop, command, input.idempotency_key, actor)
        except ActionError as exc:
            return RefundCreatePayload(user_errors=user_errors(exc, ["input"]))
        return RefundCreatePayload(refund=AdminRefund(row=made.refund),
                                   reimbursement=AdminRefund(row=made.reimbursement) if made.reimbursement else None,
                                   bonus=AdminRefund(row=made.bonus) if made.bonus else None)

    @strawberry.mutation(description="The platform's confirmation of a pending refund: SUCCEEDED or FAILED.")
    async def refund_confirm(self, info: Info, id: strawberry.ID, status: RefundStatus, platform_refund_id: str | None = None) -> RefundCreatePayload:
        try:
            if platform_refund_id is not None and len(platform_refund_id) > 64:
                raise ActionError("TOO_LONG", "at most 64 characters", ["platformRefundId"])
            refund = await refunds.confirm_refund(info.context.shop, _pk(id, "Refund", "id"), status, platform_refund_id, info.context.staff)
        except ActionError as exc:
            return RefundCreatePayload(user_errors=user_errors(exc))
        return RefundCreatePayload(refund=AdminRefund(row=refund))

    @strawberry.mutation(description="Cancel an order as staff, optionally refunding what is left of the payment.")
    async def order_cancel(
        self, info: Info, order_id: strawberry.ID, reason: OrderCancelReason = OrderCancelReason.STAFF, refund: bool = True, restock: bool = True,
        notify_customer: bool = True, staff_note: str | None = None, idempotency_key: str | None = None,
        customer_message: Annotated[str | None, strawberry.argument(description="Said in the customer's email; `staffNote` never is.")] = None,
        line_ids: Annotated[list[strawberry.ID] | None, strawberry.argument(
            description="Cancel only these lines (a partial cancellation, as `cancellation { partialAllowed lines }` allows: "
            "each must be cancellable on its own; NOT_CANCELLABLE otherwise).")] = None,
    ) -> OrderCancelPayload:
        shop, actor = info.context.shop, info.context.staff
        try:
            command = CancelOrder(
                order_id=_pk(order_id, "Order", "orderId"), reason=reason, refund=refund, restock=restock,
                notify=notify_customer, staff_note=_note(staff_note, "staffNote"),
                customer_message=_note(customer_message, "customerMessage"),
                line_ids=frozenset(_pk(line, "OrderLine", "lineIds") for line in line_ids or ()),
            )
            cancelled = await cancellations.cancel(shop, command, idempotency_key, actor)
        except ActionError as exc:
            return OrderCancelPayload(user_errors=user_errors(exc))
        return OrderCancelPayload(order=AdminOrder(row=cancelled.order))

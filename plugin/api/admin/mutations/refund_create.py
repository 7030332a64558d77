"""`refundCreate`: staff refund a return (its quote by default) or an order (an amount)."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry.types import Info

from plugin.actions import refunds
from plugin.actions.commands import CreateRefund
from plugin.api.admin.parsing import note, pk
from plugin.api.admin.payloads import RefundCreatePayload
from plugin.api.admin.types import AdminRefund
from plugin.api.enums import RefundReason
from plugin.api.errors import refusals


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


@strawberry.type
class RefundCreateMutation:
    @strawberry.mutation(description="Refund a return (by default the policy's quote for its accepted units) or an order (an amount).")
    @refusals(["input"])
    async def refund_create(self, info: Info, input: RefundCreateInput) -> RefundCreatePayload:
        command = CreateRefund(
            return_id=pk(input.return_id, "Return", "returnId") if input.return_id else None,
            order_id=pk(input.order_id, "Order", "orderId") if input.order_id else None,
            amount=input.amount, reason=input.reason, note=note(input.note),
            override_reason=input.override_reason,
        )
        made = await refunds.create(info.context.shop, command, input.idempotency_key, info.context.staff)
        return RefundCreatePayload(refund=AdminRefund(row=made.refund),
                                   reimbursement=AdminRefund(row=made.reimbursement) if made.reimbursement else None,
                                   bonus=AdminRefund(row=made.bonus) if made.bonus else None)

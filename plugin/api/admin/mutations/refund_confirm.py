"""`refundConfirm`: the platform's answer to a pending refund, recorded by staff or the host."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import refunds
from plugin.actions.errors import ActionError
from plugin.api.admin.parsing import pk
from plugin.api.admin.payloads import RefundCreatePayload
from plugin.api.admin.types import AdminRefund
from plugin.api.enums import RefundStatus
from plugin.api.errors import refusals


@strawberry.type
class RefundConfirmMutation:
    @strawberry.mutation(description="The platform's confirmation of a pending refund: SUCCEEDED or FAILED.")
    @refusals()
    async def refund_confirm(self, info: Info, id: strawberry.ID, status: RefundStatus, platform_refund_id: str | None = None) -> RefundCreatePayload:
        if platform_refund_id is not None and len(platform_refund_id) > 64:
            raise ActionError("TOO_LONG", "at most 64 characters", ["platformRefundId"])
        refund = await refunds.confirm_refund(info.context.shop, pk(id, "Refund"), status, platform_refund_id, info.context.staff)
        return RefundCreatePayload(refund=AdminRefund(row=refund))

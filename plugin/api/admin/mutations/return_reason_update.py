"""`returnReasonUpdate`: staff reword or reconfigure a reason of the library, core or their own."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import reason_library
from plugin.api.admin.reasons import ReturnReasonInput, ReturnReasonPayload, definition
from plugin.api.errors import refusals


@strawberry.type
class ReturnReasonUpdateMutation:
    @strawberry.mutation(description="Change the reason `input.handle` names; omitted fields stay. A core reason always rolls up to itself.")
    @refusals(["input"])
    async def return_reason_update(self, info: Info, input: ReturnReasonInput) -> ReturnReasonPayload:
        reason = await reason_library.update(info.context.shop, input.handle or "", input.draft(), actor=info.context.staff)
        return ReturnReasonPayload(reason=definition(reason))

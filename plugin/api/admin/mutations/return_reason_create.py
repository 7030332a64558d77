"""`returnReasonCreate`: staff add a reason of their own to the shop's reasons library."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import reason_library
from plugin.api.admin.reasons import ReturnReasonInput, ReturnReasonPayload, definition
from plugin.api.errors import refusals


@strawberry.type
class ReturnReasonCreateMutation:
    @strawberry.mutation(description="Add a reason of the merchant's own, offered last (returnReasonsReorder moves it). "
                         "`input.handle`: its stable name, made from the English words when omitted.")
    @refusals(["input"])
    async def return_reason_create(self, info: Info, input: ReturnReasonInput) -> ReturnReasonPayload:
        reason = await reason_library.add(info.context.shop, input.handle, input.draft(), actor=info.context.staff)
        return ReturnReasonPayload(reason=definition(reason))

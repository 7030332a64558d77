"""`returnReasonsReorder`: staff put the library in the order customers see it."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import reason_library
from plugin.api.admin.reasons import ReturnReasonsPayload, definition
from plugin.api.errors import refusals


@strawberry.type
class ReturnReasonsReorderMutation:
    @strawberry.mutation(description="The library in this order: every reason's handle once, retired ones included.")
    @refusals()
    async def return_reasons_reorder(self, info: Info, handles: list[str]) -> ReturnReasonsPayload:
        reasons = await reason_library.reorder(info.context.shop, handles, actor=info.context.staff)
        return ReturnReasonsPayload(reasons=[definition(reason) for reason in reasons])

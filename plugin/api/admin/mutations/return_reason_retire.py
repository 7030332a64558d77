"""`returnReasonRetire`: staff stop offering a reason, or offer it again."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import reason_library
from plugin.api.admin.reasons import ReturnReasonPayload, definition
from plugin.api.errors import refusals


@strawberry.type
class ReturnReasonRetireMutation:
    @strawberry.mutation(description="Retire a reason (`retired: false` offers it again). Returns that chose it keep it; "
                         "at least one reason stays offered.")
    @refusals()
    async def return_reason_retire(self, info: Info, handle: str, retired: bool = True) -> ReturnReasonPayload:
        reason = await reason_library.retire(info.context.shop, handle, retired, actor=info.context.staff)
        return ReturnReasonPayload(reason=definition(reason))

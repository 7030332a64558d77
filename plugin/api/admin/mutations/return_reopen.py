"""`returnReopen`: staff reopen a closed return."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.api.admin.parsing import pk
from plugin.api.admin.payloads import ReturnPayload
from plugin.api.admin.types import AdminReturn
from plugin.api.errors import refusals


@strawberry.type
class ReturnReopenMutation:
    @strawberry.mutation
    @refusals()
    async def return_reopen(self, info: Info, id: strawberry.ID) -> ReturnPayload:
        row = await returns.reopen(info.context.shop, pk(id, "Return"), info.context.staff)
        return ReturnPayload(return_=AdminReturn(row=row))

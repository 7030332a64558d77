"""`returnClose`: staff close a return whose work is done."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.api.admin.parsing import pk
from plugin.api.admin.payloads import ReturnPayload
from plugin.api.admin.types import AdminReturn
from plugin.api.errors import refusals


@strawberry.type
class ReturnCloseMutation:
    @strawberry.mutation
    @refusals()
    async def return_close(self, info: Info, id: strawberry.ID) -> ReturnPayload:
        row = await returns.close(info.context.shop, pk(id, "Return"), info.context.staff)
        return ReturnPayload(return_=AdminReturn(row=row))

"""`returnMarkReceived`: staff record the units that arrived."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.api.admin.parsing import line_map, pk
from plugin.api.admin.payloads import ReturnPayload
from plugin.api.admin.types import AdminReturn
from plugin.api.errors import refusals


@strawberry.input
class ReturnLineQuantityInput:
    return_line_id: strawberry.ID
    quantity: int


@strawberry.type
class ReturnMarkReceivedMutation:
    @strawberry.mutation(description="Record the units that arrived, per return line.")
    @refusals()
    async def return_mark_received(self, info: Info, id: strawberry.ID, lines: list[ReturnLineQuantityInput]) -> ReturnPayload:
        received = {line_id: item.quantity for line_id, item in line_map(lines, "lines").items()}
        row = await returns.mark_received(info.context.shop, pk(id, "Return"), received, info.context.staff)
        return ReturnPayload(return_=AdminReturn(row=row))

"""`returnInspect`: staff record the inspection of what arrived."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.api.admin.parsing import line_map, note, pk
from plugin.api.admin.payloads import ReturnPayload
from plugin.api.admin.types import AdminReturn
from plugin.api.enums import InspectionCondition
from plugin.api.errors import refusals


@strawberry.input
class ReturnLineInspectionInput:
    return_line_id: strawberry.ID
    accepted_quantity: int
    rejected_quantity: int = 0
    condition: InspectionCondition = InspectionCondition.AS_DESCRIBED
    restock: bool = False
    note: str | None = None


@strawberry.type
class ReturnInspectMutation:
    @strawberry.mutation(description="Record the inspection: accepted and rejected units per line, their condition, restock.")
    @refusals()
    async def return_inspect(self, info: Info, id: strawberry.ID, lines: list[ReturnLineInspectionInput]) -> ReturnPayload:
        results = {
            line_id: returns.Inspection(item.accepted_quantity, item.rejected_quantity, item.condition, item.restock, note(item.note))
            for line_id, item in line_map(lines, "lines").items()
        }
        row = await returns.inspect(info.context.shop, pk(id, "Return"), results, info.context.staff)
        return ReturnPayload(return_=AdminReturn(row=row))

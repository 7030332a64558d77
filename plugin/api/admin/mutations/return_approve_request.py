"""`returnApproveRequest`: staff approve a requested return; the customer gets the instructions."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.api.admin.parsing import ReturnLabelInput, label_store, pk
from plugin.api.admin.payloads import ReturnPayload
from plugin.api.admin.types import AdminReturn
from plugin.api.errors import refusals


@strawberry.type
class ReturnApproveRequestMutation:
    @strawberry.mutation(description="Approve a requested return: the customer gets the return instructions. A "
                         "prepaid-label return needs its `label`; without one it is approved but flagged "
                         "(`labelMissing`) and the instructions wait for returnLabelAttach.")
    @refusals()
    async def return_approve_request(self, info: Info, id: strawberry.ID, label: ReturnLabelInput | None = None) -> ReturnPayload:
        row = await returns.approve(info.context.shop, pk(id, "Return"), info.context.staff,
                                    label=label.parse() if label else None, labels=label_store(info))
        return ReturnPayload(return_=AdminReturn(row=row))

"""`returnLabelAttach`: staff attach or replace an approved return's prepaid label."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.api.admin.parsing import ReturnLabelInput, label_store, pk
from plugin.api.admin.payloads import ReturnPayload
from plugin.api.admin.types import AdminReturn
from plugin.api.errors import refusals


@strawberry.type
class ReturnLabelAttachMutation:
    @strawberry.mutation(description="Attach (or replace) an approved return's prepaid label; the customer gets the "
                         "instructions with it.")
    @refusals()
    async def return_label_attach(self, info: Info, id: strawberry.ID, label: ReturnLabelInput) -> ReturnPayload:
        row = await returns.attach_label(info.context.shop, pk(id, "Return"), label.parse(), label_store(info), info.context.staff)
        return ReturnPayload(return_=AdminReturn(row=row))

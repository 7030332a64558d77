"""`returnDeclineRequest`: staff decline a return request, with a reason the customer reads."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.api.admin import parsing
from plugin.api.admin.payloads import ReturnPayload
from plugin.api.admin.types import AdminReturn
from plugin.api.enums import ReturnDeclineReason
from plugin.api.errors import refusals


@strawberry.type
class ReturnDeclineRequestMutation:
    @strawberry.mutation(description="Decline a return request: a reason and a `note` the customer reads (email and storefront), and a `staffNote` only staff ever see.")
    @refusals()
    async def return_decline_request(
        self, info: Info, id: strawberry.ID, decline_reason: ReturnDeclineReason, note: str | None = None,
        staff_note: str | None = None,
    ) -> ReturnPayload:
        row = await returns.decline(info.context.shop, parsing.pk(id, "Return"), decline_reason, parsing.note(note), info.context.staff,
                                    staff_note=parsing.note(staff_note, "staffNote"))
        return ReturnPayload(return_=AdminReturn(row=row))


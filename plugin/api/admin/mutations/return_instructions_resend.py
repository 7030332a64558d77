"""`returnInstructionsResend`: email an approved return's instructions to the customer again."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.api.admin.parsing import pk
from plugin.api.admin.payloads import ReturnPayload
from plugin.api.admin.types import AdminReturn
from plugin.api.errors import refusals


@strawberry.type
class ReturnInstructionsResendMutation:
    @strawberry.mutation(description="Email an approved return's instructions to the customer again (e.g. after adding "
                         "a return address to the policy: a return approved before it existed gets it now). Audited.")
    @refusals()
    async def return_instructions_resend(self, info: Info, id: strawberry.ID) -> ReturnPayload:
        row = await returns.resend_instructions(info.context.shop, pk(id, "Return"), info.context.staff)
        return ReturnPayload(return_=AdminReturn(row=row))

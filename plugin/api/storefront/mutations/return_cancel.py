"""`returnCancel`: a customer withdraws a return request while nothing has arrived."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.actions.errors import ActionError
from plugin.api.errors import UserError, refusals
from plugin.api.return_types import ReturnType
from plugin.api.storefront.returns import actor, own_return


@strawberry.type
class ReturnCancelPayload:
    return_: ReturnType | None = strawberry.field(default=None, name="return")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReturnCancelMutation:
    @strawberry.mutation(description="Withdraw a return request while nothing has arrived.")
    @refusals()
    async def return_cancel(
        self, info: Info, id: strawberry.ID, email: str | None = None, phone: str | None = None,
    ) -> ReturnCancelPayload:
        ret = await own_return(info, id, email, phone)
        if ret is None:
            raise ActionError("NOT_FOUND", "no such return", ["id"])
        return ReturnCancelPayload(return_=ReturnType(row=await returns.cancel(info.context.shop, ret.id, actor(info))))

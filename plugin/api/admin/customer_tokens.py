"""customerTokensRevoke: withdraw customer tokens issued until now, the shop's or one customer's."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from plugin.actions import customer_tokens
from plugin.actions.errors import ActionError
from plugin.api.errors import UserError, UserErrorCode, user_errors
from plugin.api.ids import from_gid


@strawberry.type
class CustomerTokensRevokePayload:
    revoked_before: datetime | None = strawberry.field(
        default=None, description="Tokens issued up to this moment (to the second) are refused from now on.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class CustomerTokensMutation:
    @strawberry.mutation(description="Refuse every customer token issued until now: the whole shop's, or with "
                         "`customerId` one customer's (a shared computer, a lost phone). Customers sign in again; "
                         "storefronts mint new tokens as usual. Audited.")
    async def customer_tokens_revoke(self, info: Info, customer_id: strawberry.ID | None = None) -> CustomerTokensRevokePayload:
        parsed = None
        if customer_id is not None:
            parsed = from_gid(customer_id, "Customer")
            if parsed is None:
                return CustomerTokensRevokePayload(user_errors=[UserError(
                    field=["customerId"], message="not a customer id", code=UserErrorCode.INVALID)])
        try:
            moment = await customer_tokens.revoke(info.context.shop, parsed[1] if parsed else None,
                                                  actor=info.context.staff)
        except ActionError as exc:
            return CustomerTokensRevokePayload(user_errors=user_errors(exc))
        return CustomerTokensRevokePayload(revoked_before=moment)

"""`customerTokensRevoke`: withdraw customer tokens issued until now, the shop's or one customer's."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from plugin.actions import customer_tokens
from plugin.actions.errors import ActionError
from plugin.api.errors import UserError, refusals
from plugin.api.ids import from_gid


@strawberry.type
class CustomerTokensRevokePayload:
    revoked_before: datetime | None = strawberry.field(
        default=None, description="Tokens issued up to this moment (to the second) are refused from now on.")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _customer_pk(customer_id: strawberry.ID | None) -> int | None:
    if customer_id is None:
        return None
    parsed = from_gid(customer_id, "Customer")
    if parsed is None:
        raise ActionError("INVALID", "not a customer id", ["customerId"])
    return parsed[1]


@strawberry.type
class CustomerTokensRevokeMutation:
    @strawberry.mutation(description="Refuse every customer token issued until now: the whole shop's, or with "
                         "`customerId` one customer's (a shared computer, a lost phone). Customers sign in again; "
                         "storefronts mint new tokens as usual. Audited.")
    @refusals()
    async def customer_tokens_revoke(self, info: Info, customer_id: strawberry.ID | None = None) -> CustomerTokensRevokePayload:
        moment = await customer_tokens.revoke(info.context.shop, _customer_pk(customer_id), actor=info.context.staff)
        return CustomerTokensRevokePayload(revoked_before=moment)

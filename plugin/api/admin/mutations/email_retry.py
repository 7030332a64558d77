"""`emailRetry`: send a FAILED customer email again."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions.email_retry import retry_email
from plugin.actions.errors import ActionError
from plugin.api.admin.emails import EmailDelivery
from plugin.api.errors import UserError, refusals
from plugin.api.ids import from_gid


@strawberry.type
class EmailRetryPayload:
    email_delivery: EmailDelivery | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class EmailRetryMutation:
    @strawberry.mutation(description="Send a FAILED email again: PENDING, due now, attempts from 0, the same Message-ID. "
                         "Any other status is refused with INVALID_STATE.")
    @refusals()
    async def email_retry(self, info: Info, id: strawberry.ID) -> EmailRetryPayload:
        parsed = from_gid(id, "EmailDelivery")
        if parsed is None:
            raise ActionError("NOT_FOUND", "not an EmailDelivery id", ["id"])
        row = await retry_email(info.context.shop, parsed[1], actor=info.context.staff)
        return EmailRetryPayload(email_delivery=EmailDelivery(row=row))

"""`platformOperationRetry`: carry out a FAILED platform operation (or webhook import) again."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions.platform_retry import retry_operation
from plugin.api.admin.parsing import pk
from plugin.api.admin.platform import PlatformOperation
from plugin.api.errors import UserError, refusals


@strawberry.type
class PlatformOperationRetryPayload:
    platform_operation: PlatformOperation | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class PlatformOperationRetryMutation:
    @strawberry.mutation(description="Carry out a FAILED platform operation again: PENDING, due now, attempts "
                         "from 0. One the platform refused goes with a new idempotency key (its refund, back to "
                         "PENDING, must still fit what is left to refund); one that could not reach the platform "
                         "keeps its key. A failed webhook import (WEBHOOK_IMPORT) is imported again from what the platform sent. "
                         "Any other status is refused with INVALID_STATE.")
    @refusals()
    async def platform_operation_retry(self, info: Info, id: strawberry.ID) -> PlatformOperationRetryPayload:
        row = await retry_operation(info.context.shop, pk(id, "PlatformOperation"), actor=info.context.staff)
        return PlatformOperationRetryPayload(platform_operation=PlatformOperation(row=row))

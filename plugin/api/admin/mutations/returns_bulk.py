"""`returnsBulk`: approve, mark received or refund several returns at once; every return's own result."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.api.admin.bulk import bulk
from plugin.api.admin.types import AdminReturn
from plugin.api.enums import ReturnBulkAction
from plugin.api.errors import UserError, refusals, user_errors
from plugin.api.ids import from_gid

_UNKNOWN = 0  # no return has this id: the action answers NOT_FOUND for it like for any other


def _at(error: UserError, index: int) -> UserError:
    """The refusal of one return, pointed at its id in `ids`."""
    return UserError(field=["ids", str(index)], message=error.message, code=error.code)


@strawberry.type(description="What a bulk step did to one return: the return as it left it, or why it was refused.")
class ReturnBulkResult:
    return_id: strawberry.ID
    return_: AdminReturn | None = strawberry.field(default=None, name="return")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ReturnsBulkPayload:
    results: list[ReturnBulkResult] = strawberry.field(default_factory=list, description="One per id, in the order given.")
    user_errors: list[UserError] = strawberry.field(default_factory=list, description="Refusals of the whole request (no id, too many).")


@strawberry.type
class ReturnsBulkMutation:
    @strawberry.mutation(description="Take one step on several returns (at most 50), each through the same action as "
                         "one return: APPROVE (returnApproveRequest), MARK_RECEIVED (every unit still expected) or REFUND "
                         "(refundCreate's default, the quote for what was accepted). One refused return does not stop "
                         "the others. `idempotencyKey` keys each refund as `<key>:<return id>`.")
    @refusals()  # a refusal of the whole request (no id, too many); each return's own is in its result
    async def returns_bulk(
        self, info: Info, ids: list[strawberry.ID], action: ReturnBulkAction, idempotency_key: str | None = None,
    ) -> ReturnsBulkPayload:
        parsed = [from_gid(gid, "Return") for gid in ids]
        pks = [p[1] if p else _UNKNOWN - index for index, p in enumerate(parsed)]  # distinct, never a row's id
        outcomes = await bulk(info.context.shop, action, pks, info.context.staff, idempotency_key)
        return ReturnsBulkPayload(results=[
            ReturnBulkResult(
                return_id=gid,
                return_=AdminReturn(row=o.return_) if o.return_ else None,
                user_errors=[_at(error, index) for error in user_errors(o.error)] if o.error else [],
            )
            for index, (gid, o) in enumerate(zip(ids, outcomes, strict=True))
        ])

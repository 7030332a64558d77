"""The payloads several admin mutations answer with."""

from __future__ import annotations

import strawberry

from plugin.api.admin.risk import BlocklistEntryType
from plugin.api.admin.types import AdminRefund, AdminReturn
from plugin.api.errors import UserError


@strawberry.type
class ReturnPayload:
    return_: AdminReturn | None = strawberry.field(default=None, name="return")
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RefundCreatePayload:
    refund: AdminRefund | None = None
    reimbursement: AdminRefund | None = strawberry.field(
        default=None,
        description="The REIMBURSEMENT row written with the refund (a return postage credit the policy granted), if any.",
    )
    bonus: AdminRefund | None = strawberry.field(
        default=None,
        description="A store credit return: the BONUS row credited beside the STORE_CREDIT row (`refund`), if any.",
    )
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class BlocklistPayload:
    entry: BlocklistEntryType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)

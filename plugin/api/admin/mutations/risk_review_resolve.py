"""`riskReviewResolve`: staff clear a held request or confirm it as fraud."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from plugin.actions import holds
from plugin.api.admin.parsing import pk
from plugin.api.admin.types import RiskReviewType
from plugin.api.enums import BlocklistKind, RiskReviewDecision
from plugin.api.errors import UserError, refusals


@strawberry.type
class RiskReviewResolvePayload:
    risk_review: RiskReviewType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class RiskReviewResolveMutation:
    @strawberry.mutation(description="CLEAR resumes the held request; CONFIRM_FRAUD declines it, emails the customer and can block the order's email, phone or address.")
    @refusals()
    async def risk_review_resolve(
        self, info: Info, id: strawberry.ID, decision: RiskReviewDecision,
        note: Annotated[str | None, strawberry.argument(description="Staff's note: never shown to the customer.")] = None,
        block: list[BlocklistKind] | None = None,
        customer_message: Annotated[str | None, strawberry.argument(description="Said in the customer's email when CONFIRM_FRAUD declines the request.")] = None,
    ) -> RiskReviewResolvePayload:
        review = await holds.resolve_review(
            info.context.shop, pk(id, "RiskReview"), decision, note, list(block or []),
            info.context.staff, customer_message=customer_message)
        return RiskReviewResolvePayload(risk_review=RiskReviewType(row=review))

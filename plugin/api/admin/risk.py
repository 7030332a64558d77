"""Fraud review for staff: the queue of held requests, highest score first, each with the facts
that say why; resolving a review; the blocklist. The storefront never sees any of this."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info
from tortoise.expressions import Q

from models.risk import BlocklistEntry, RiskReview
from plugin.actions import holds
from plugin.actions import risk as risk_actions
from plugin.actions.errors import ActionError
from plugin.api.admin.types import BlocklistEntryType, RiskReviewType
from plugin.api.enums import BlocklistKind, RiskReviewDecision, RiskReviewStatus
from plugin.api.errors import ApiError, UserError, user_errors
from plugin.api.ids import from_gid
from plugin.api.pagination import Connection, Edge, PageInfo, decode_cursor, encode_cursor, page_size, paginate


async def _by_score(queryset, first: int | None, after: str | None) -> Connection[RiskReviewType]:
    """Highest score first, newest first within a score; the cursor is the last row's id."""
    size = page_size(first)
    if after is not None:
        last = await queryset.filter(id=decode_cursor(after)).first()
        if last is not None:
            queryset = queryset.filter(Q(score__lt=last.score) | Q(score=last.score, id__lt=last.id))
    rows = await queryset.order_by("-score", "-id").limit(size + 1)
    edges = [Edge(cursor=encode_cursor(row.id), node=RiskReviewType(row=row)) for row in rows[:size]]
    return Connection(edges=edges, nodes=[e.node for e in edges], page_info=PageInfo(
        has_next_page=len(rows) > size, has_previous_page=after is not None,
        start_cursor=edges[0].cursor if edges else None, end_cursor=edges[-1].cursor if edges else None))


@strawberry.type
class RiskQuery:
    @strawberry.field(description="The review queue, highest score first; `subjectId` (an order, return or cancellation) narrows it to that request's reviews.")
    async def risk_reviews(
        self, info: Info, first: int | None = None, after: str | None = None, status: RiskReviewStatus | None = None,
        subject_id: strawberry.ID | None = None,
    ) -> Connection[RiskReviewType]:
        queryset = RiskReview.filter(shop_id=info.context.shop.id)
        if status is not None:
            queryset = queryset.filter(status=status.value)
        if subject_id is not None:
            parsed = from_gid(subject_id)
            if parsed is None or parsed[0] not in ("Order", "Return", "Cancellation"):
                raise ApiError("subjectId must be an Order, Return or Cancellation id")
            queryset = queryset.filter(subject_type=parsed[0], subject_id=parsed[1])
        return await _by_score(queryset, first, after)

    @strawberry.field(description="Blocked emails, phones and addresses, newest first.")
    async def blocklist(
        self, info: Info, first: int | None = None, after: str | None = None, kind: BlocklistKind | None = None
    ) -> Connection[BlocklistEntryType]:
        queryset = BlocklistEntry.filter(shop_id=info.context.shop.id)
        if kind is not None:
            queryset = queryset.filter(kind=kind.value)
        return await paginate(queryset, first, after, lambda row: BlocklistEntryType(row=row))


@strawberry.type
class RiskReviewResolvePayload:
    risk_review: RiskReviewType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class BlocklistPayload:
    entry: BlocklistEntryType | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


def _pk(gid: str, type_name: str) -> int:
    parsed = from_gid(gid, type_name)
    if parsed is None:
        raise ActionError("NOT_FOUND", f"not a {type_name} id", ["id"])
    return parsed[1]


@strawberry.type
class RiskMutation:
    @strawberry.mutation(description="CLEAR resumes the held request; CONFIRM_FRAUD declines it, emails the customer and can block the order's email, phone or address.")
    async def risk_review_resolve(
        self, info: Info, id: strawberry.ID, decision: RiskReviewDecision,
        note: Annotated[str | None, strawberry.argument(description="Staff's note: never shown to the customer.")] = None,
        block: list[BlocklistKind] | None = None,
        customer_message: Annotated[str | None, strawberry.argument(description="Said in the customer's email when CONFIRM_FRAUD declines the request.")] = None,
    ) -> RiskReviewResolvePayload:
        try:
            review = await holds.resolve_review(
                info.context.shop, _pk(id, "RiskReview"), decision, note, list(block or []),
                info.context.staff, customer_message=customer_message)
        except ActionError as exc:
            return RiskReviewResolvePayload(user_errors=user_errors(exc))
        return RiskReviewResolvePayload(risk_review=RiskReviewType(row=review))

    @strawberry.mutation(description="Block an email or a phone number (addresses are blocked from a review).")
    async def blocklist_add(
        self, info: Info, kind: BlocklistKind, value: str, country: str | None = None, note: str | None = None
    ) -> BlocklistPayload:
        try:
            if note is not None and len(note) > 1000:
                raise ActionError("TOO_LONG", "at most 1000 characters", ["note"])
            normalized = risk_actions.blocklist_value(kind.value, value, country)
            entry = await risk_actions.block(info.context.shop, kind.value, normalized, note, info.context.staff)
        except ActionError as exc:
            return BlocklistPayload(user_errors=user_errors(exc))
        return BlocklistPayload(entry=BlocklistEntryType(row=entry))

    @strawberry.mutation
    async def blocklist_remove(self, info: Info, id: strawberry.ID) -> BlocklistPayload:
        try:
            await risk_actions.unblock(info.context.shop, _pk(id, "BlocklistEntry"), info.context.staff)
        except ActionError as exc:
            return BlocklistPayload(user_errors=user_errors(exc))
        return BlocklistPayload()

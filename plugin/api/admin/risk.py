"""Fraud review for staff: the queue of held requests, highest score first, each with the facts
that say why, and the blocklist (resolving and blocking: mutations/). The storefront never sees
any of this."""

from __future__ import annotations


import strawberry
from strawberry.types import Info
from tortoise.expressions import Q

from models.risk import BlocklistEntry, RiskReview
from plugin.api.admin.types import BlocklistEntryType, RiskReviewType
from plugin.api.enums import BlocklistKind, RiskReviewStatus
from plugin.api.errors import ApiError
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

"""The refunds list: every ledger row of the shop, filtered by status, kind, reason and age, so pending
refunds can be found and confirmed, whatever they pay for (a return, a cancellation, an order)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from models.refund import Refund
from plugin.api.admin.types import AdminRefund
from plugin.api.enums import RefundKind, RefundReason, RefundStatus
from plugin.api.errors import ApiError
from plugin.api.pagination import Connection, paginate
from plugin.values.calendar import CalendarError, require_aware


def _moment(value: datetime | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        return require_aware(value, name)
    except CalendarError as exc:
        raise ApiError(f"{name}: give a time zone (e.g. 2026-12-01T00:00:00Z)", "BAD_QUERY") from exc


@strawberry.type
class RefundsQuery:
    @strawberry.field(description="Refunds, newest first. `status` (e.g. PENDING: waiting for the platform's "
                      "confirmation), `kind`, `reason` (RETURN, CANCELLATION, ...), and age: `createdBefore` / "
                      "`createdAfter`.")
    async def refunds(
        self, info: Info, first: int | None = None, after: str | None = None,
        status: RefundStatus | None = None, kind: RefundKind | None = None, reason: RefundReason | None = None,
        created_before: datetime | None = None, created_after: datetime | None = None,
    ) -> Connection[AdminRefund]:
        queryset = Refund.filter(shop_id=info.context.shop.id)
        if status is not None:
            queryset = queryset.filter(status=status.value)
        if kind is not None:
            queryset = queryset.filter(kind=kind.value)
        if reason is not None:
            queryset = queryset.filter(reason=reason.value)
        if (before := _moment(created_before, "createdBefore")) is not None:
            queryset = queryset.filter(created_at__lt=before)
        if (since := _moment(created_after, "createdAfter")) is not None:
            queryset = queryset.filter(created_at__gte=since)
        return await paginate(queryset, first, after, lambda row: AdminRefund(row=row))

"""The returns list's filters: the search string (plugin.api.return_search: free text over the return or
order name, the customer's email or name, and the analytics' filter terms), status, reason, resolution,
risk level and the day range it was requested in (the shop's calendar days).

Each filter is one argument of `returns`, so a client keeps them in its URL as they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from models.returns import ReturnLine
from models.shop import Shop
from plugin.api.enums import ReturnReason, ReturnResolution, ReturnStatus, RiskAssessmentResult
from plugin.api.errors import ApiError
from plugin.api.return_search import apply_return_search
from plugin.values.calendar import start_of_local_day


@dataclass(frozen=True)
class ReturnFilters:
    status: ReturnStatus | None = None
    query: str | None = None
    reason: ReturnReason | None = None
    resolution: ReturnResolution | None = None
    risk_level: RiskAssessmentResult | None = None
    requested_from: date | None = None
    requested_to: date | None = None


def _requested(queryset: QuerySet, start: date | None, end: date | None, timezone: str) -> QuerySet:
    if start and end and start > end:
        raise ApiError("requestedFrom: must not be after requestedTo", "BAD_QUERY")
    if start:
        queryset = queryset.filter(requested_at__gte=start_of_local_day(start, timezone))
    if end:
        queryset = queryset.filter(requested_at__lt=start_of_local_day(end + timedelta(days=1), timezone))
    return queryset


def apply_return_filters(queryset: QuerySet, filters: ReturnFilters, shop: Shop) -> tuple[QuerySet, bool]:
    """The queryset narrowed by every filter, and whether the search has free text."""
    if filters.status is not None:
        queryset = queryset.filter(status=filters.status.value)
    queryset, free_text = apply_return_search(queryset, filters.query, shop)
    if filters.reason is not None:
        # A return has this reason when any of its lines gives it.
        with_reason = ReturnLine.filter(shop_id=shop.id, reason=filters.reason.value).values("return_request_id")
        queryset = queryset.filter(id__in=Subquery(with_reason))
    if filters.resolution is not None:
        queryset = queryset.filter(resolution=filters.resolution.value)
    if filters.risk_level is not None:
        queryset = queryset.filter(risk_level=filters.risk_level.value)
    return _requested(queryset, filters.requested_from, filters.requested_to, shop.timezone), free_text

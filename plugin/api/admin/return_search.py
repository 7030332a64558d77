"""The returns list's filters: free text (return or order name, the customer's email or name), status,
reason, resolution, risk level and the day range it was requested in (the shop's calendar days).

Each filter is one argument of `returns`, so a client keeps them in its URL as they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from models.returns import ReturnLine
from plugin.api.enums import ReturnReason, ReturnResolution, ReturnStatus, RiskAssessmentResult
from plugin.api.errors import ApiError
from plugin.values.calendar import start_of_local_day

MAX_TERMS = 5


@dataclass(frozen=True)
class ReturnFilters:
    status: ReturnStatus | None = None
    query: str | None = None
    reason: ReturnReason | None = None
    resolution: ReturnResolution | None = None
    risk_level: RiskAssessmentResult | None = None
    requested_from: date | None = None
    requested_to: date | None = None

    def has_text(self) -> bool:
        return bool(self.query and self.query.strip())


def _text(term: str) -> Q:
    """One word of the search, found in the return's or order's name, the email or the customer's name."""
    return (Q(name__icontains=term) | Q(order__email__icontains=term) | Q(customer__first_name__icontains=term)
            | Q(customer__last_name__icontains=term))


def apply_return_filters(queryset: QuerySet, filters: ReturnFilters, timezone: str) -> QuerySet:
    if filters.status is not None:
        queryset = queryset.filter(status=filters.status.value)
    if filters.has_text():
        text = filters.query.strip()[:100]
        if "\x00" in text:
            raise ApiError("query: no NUL characters", "BAD_QUERY")
        # Every word must match somewhere: "ava martinez" finds Ava Martinez, "#1001" the order's returns.
        for term in text.split()[:MAX_TERMS]:
            queryset = queryset.filter(_text(term))
    if filters.reason is not None:
        # A return has this reason when any of its lines gives it.
        with_reason = ReturnLine.filter(reason=filters.reason.value).values("return_request_id")
        queryset = queryset.filter(id__in=Subquery(with_reason))
    if filters.resolution is not None:
        queryset = queryset.filter(resolution=filters.resolution.value)
    if filters.risk_level is not None:
        queryset = queryset.filter(risk_level=filters.risk_level.value)
    start, end = filters.requested_from, filters.requested_to
    if start and end and start > end:
        raise ApiError("requestedFrom: must not be after requestedTo", "BAD_QUERY")
    if start:
        queryset = queryset.filter(requested_at__gte=start_of_local_day(start, timezone))
    if end:
        queryset = queryset.filter(requested_at__lt=start_of_local_day(end + timedelta(days=1), timezone))
    return queryset

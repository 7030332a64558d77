"""Shopify-style search strings for orders: `name:#1001 status:cancelled jane`."""

from __future__ import annotations

import shlex

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from plugin.api.errors import ApiError


def _status(value: str) -> Q:
    if value == "open":
        return Q(cancelled_at__isnull=True)
    if value == "cancelled":
        return Q(cancelled_at__isnull=False)
    raise ApiError("query: status must be open or cancelled", "BAD_QUERY")


_FILTERS = {
    "name": lambda v: Q(name=v if v.startswith("#") else f"#{v}"),
    "email": lambda v: Q(email=v.lower()),
    "channel": lambda v: Q(sales_channel=v),
    "status": _status,
}


def apply_order_search(queryset: QuerySet, query: str | None) -> QuerySet:
    if not query:
        return queryset
    if len(query) > 500 or "\x00" in query:
        raise ApiError("query: at most 500 characters, no NUL", "BAD_QUERY")
    try:
        terms = shlex.split(query)
    except ValueError:
        raise ApiError("query: unbalanced quotes", "BAD_QUERY") from None
    for term in terms:
        key, sep, value = term.partition(":")
        if sep and key in _FILTERS:
            if not value:
                raise ApiError(f"query: {key}: needs a value", "BAD_QUERY")
            queryset = queryset.filter(_FILTERS[key](value))
        elif sep and key.isidentifier():
            raise ApiError(f"query: unknown filter {key!r}; use {', '.join(_FILTERS)}", "BAD_QUERY")
        else:
            queryset = queryset.filter(Q(name__icontains=term) | Q(email__icontains=term.lower()))
    return queryset

"""Relay connections with keyset cursors: stable under inserts, at most 250 a page."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import strawberry
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from plugin.api.errors import ApiError

MAX_PAGE = 250
DEFAULT_PAGE = 50

T = TypeVar("T")
Row = TypeVar("Row")


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    nodes: list[T]
    page_info: PageInfo


def encode_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"cursor:{pk}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        kind, _, raw = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
    except (ValueError, UnicodeError):
        raise ApiError("after: not a valid cursor", "BAD_CURSOR") from None
    if kind != "cursor" or not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        raise ApiError("after: not a valid cursor", "BAD_CURSOR")
    return int(raw)


def page_size(first: int | None) -> int:
    if first is None:
        return DEFAULT_PAGE
    if not 0 < first <= MAX_PAGE:
        raise ApiError(f"first: must be between 1 and {MAX_PAGE}", "BAD_PAGE_SIZE")
    return first


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def encode_dated_cursor(moment: datetime, pk: int) -> str:
    micros = (moment - _EPOCH) // timedelta(microseconds=1)
    return base64.urlsafe_b64encode(f"at:{micros}:{pk}".encode()).decode()


def decode_dated_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        kind, _, raw = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        micros, _, pk = raw.partition(":")
        if kind != "at" or len(raw) > 40:
            raise ValueError
        return _EPOCH + timedelta(microseconds=int(micros)), int(pk)
    except (ValueError, UnicodeError, OverflowError):
        raise ApiError("after: not a valid cursor", "BAD_CURSOR") from None


async def paginate(
    queryset: QuerySet, first: int | None, after: str | None, wrap: Callable[[Row], T], *, by: str | None = None,
) -> Connection[T]:
    """Newest first, by primary key, or by the date field `by` (then by key among equal dates: orders
    imported from a shop's history, or demo data, are not created in the order they were placed); the
    caller has already scoped `queryset` to one shop."""
    size = page_size(first)
    if by is None:
        if after is not None:
            queryset = queryset.filter(id__lt=decode_cursor(after))
        rows: Sequence = await queryset.order_by("-id").limit(size + 1)
        cursor = lambda row: encode_cursor(row.id)  # noqa: E731
    else:
        if after is not None:
            moment, pk = decode_dated_cursor(after)
            queryset = queryset.filter(Q(**{f"{by}__lt": moment}) | Q(**{by: moment, "id__lt": pk}))
        rows = await queryset.order_by(f"-{by}", "-id").limit(size + 1)
        cursor = lambda row: encode_dated_cursor(getattr(row, by), row.id)  # noqa: E731
    page = rows[:size]
    edges = [Edge(cursor=cursor(row), node=wrap(row)) for row in page]
    return Connection(
        edges=edges,
        nodes=[edge.node for edge in edges],
        page_info=PageInfo(
            has_next_page=len(rows) > size,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
    )

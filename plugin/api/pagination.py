"""Relay connections with keyset cursors: stable under inserts, at most 250 a page."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import strawberry
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


async def paginate(
    queryset: QuerySet, first: int | None, after: str | None, wrap: Callable[[Row], T]
) -> Connection[T]:
    """Newest first, by primary key; the caller has already scoped `queryset` to one shop."""
    size = page_size(first)
    if after is not None:
        queryset = queryset.filter(id__lt=decode_cursor(after))
    rows: Sequence = await queryset.order_by("-id").limit(size + 1)
    page = rows[:size]
    edges = [Edge(cursor=encode_cursor(row.id), node=wrap(row)) for row in page]
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

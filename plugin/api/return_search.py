"""Search strings for the admin's `returns(query:)`: free text (words each found in the return or
order name, the customer's email or name) and the filters the analytics rows link with, e.g.
`requested:2026-11-01..2026-11-30 counted:yes reason:SIZE_TOO_SMALL`.

| term | matches returns |
| --- | --- |
| `requested:FROM..TO` | requested on the shop's days FROM to TO (both included, `YYYY-MM-DD`) |
| `counted:yes` | not declined or withdrawn (what the analytics count as returned) |
| `product:ID` / `variant:ID` | with a line of that product (its number in `gid://recourse/Product/ID`) / platform variant id |
| `product_type:TYPE` | with a line of a product of that type (any case); `""` for none |
| `reason:REASON` | with a line given that reason |
| `segment:GUEST|NEW|RETURNING` | on a guest's order, a customer's first order, or a later one |
| `policy_version:N` | decided under version N (`none`: the defaults) |
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tortoise.expressions import Q, RawSQL, Subquery
from tortoise.queryset import QuerySet

from models.enums import ReturnReason, ReturnStatus
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.api.errors import ApiError
from plugin.api.search_terms import search_terms

FILTERS = ("requested", "counted", "product", "variant", "product_type", "reason", "chosen", "segment", "policy_version")
SEGMENTS = ("GUEST", "NEW", "RETURNING")
MAX_WORDS = 5


def _bad(message: str) -> ApiError:
    return ApiError(f"query: {message}", "BAD_QUERY")


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _zone(shop: Shop) -> ZoneInfo:
    try:
        return ZoneInfo(shop.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _lines(shop: Shop, **filters) -> Q:
    return Q(id__in=Subquery(ReturnLine.filter(shop_id=shop.id, **filters).values("return_request_id")))


# 0 GUEST, 1 NEW, 2 RETURNING: the segment of the return's order, as plugin.store.analytics counts it.
_SEGMENT_OF_RETURN = RawSQL(
    '(SELECT CASE WHEN o.customer_id IS NULL THEN 0 WHEN EXISTS (SELECT 1 FROM "order" p WHERE p.shop_id = o.shop_id '
    'AND p.customer_id = o.customer_id AND p.placed_at < o.placed_at) THEN 2 ELSE 1 END '
    'FROM "order" o WHERE o.id = "return"."order_id")'
)


def _filter(shop: Shop, key: str, value: str) -> Q:
    if key == "requested":
        first, sep, last = value.partition("..")
        start, end = _day(first), _day(last if sep else first)
        zone = _zone(shop)
        return Q(requested_at__gte=datetime.combine(start, time(0), zone).astimezone(timezone.utc),
                 requested_at__lt=datetime.combine(end + timedelta(days=1), time(0), zone).astimezone(timezone.utc))
    if key == "counted":
        statuses = [ReturnStatus.DECLINED.value, ReturnStatus.CANCELED.value]
        return ~Q(status__in=statuses) if value.lower() in ("yes", "true") else Q(status__in=statuses)
    if key == "product":
        if not value:
            return _lines(shop, order_line__product_id__isnull=True)
        if not value.isdigit():
            raise _bad("product: takes the product's number")
        return _lines(shop, order_line__product_id=int(value))
    if key == "variant":
        by_product = Q(order_line__variant_platform_id__isnull=True, order_line__product_id=int(value)) if value.isdigit() else Q(pk__isnull=True)
        return Q(id__in=Subquery(ReturnLine.filter(Q(shop_id=shop.id) & (Q(order_line__variant_platform_id=value) | by_product))
                                 .values("return_request_id")))
    if key == "product_type":
        if not value:
            return Q(id__in=Subquery(ReturnLine.filter(Q(shop_id=shop.id) & (Q(order_line__product_id__isnull=True)
                     | Q(order_line__product__product_type__isnull=True) | Q(order_line__product__product_type=""))).values("return_request_id")))
        return _lines(shop, order_line__product__product_type__iexact=value)
    if key == "reason":
        if value.upper() not in ReturnReason.__members__:
            raise _bad(f"reason: {value!r} is not a return reason")
        return _lines(shop, reason=value.upper())
    if key == "chosen":  # the reason the customer chose: a core reason itself, or the merchant's own (its handle)
        if not value or len(value) > 64:
            raise _bad("chosen: takes a reason's handle")
        chosen = Q(reason_handle=value)
        if value in ReturnReason.__members__:  # lines stored before the library chose their core reason
            chosen |= Q(reason_handle__isnull=True, reason=value)
        return Q(id__in=Subquery(ReturnLine.filter(Q(shop_id=shop.id) & chosen).values("return_request_id")))
    if value.lower() == "none":
        return Q(policy_version__isnull=True)
    if not value.isdigit():
        raise _bad("policy_version: a version number or none")
    return Q(policy_version=int(value))


def apply_return_search(queryset: QuerySet, query: str | None, shop: Shop) -> tuple[QuerySet, bool]:
    """The queryset narrowed by the search, and whether it has a free-text term."""
    if not query or not query.strip():
        return queryset, False
    free: list[str] = []
    for term in search_terms(query):
        key, sep, value = term.partition(":")
        if sep and key == "segment":
            if value.upper() not in SEGMENTS:
                raise _bad("segment: GUEST, NEW or RETURNING")
            queryset = queryset.annotate(segment=_SEGMENT_OF_RETURN).filter(segment=SEGMENTS.index(value.upper()))
        elif sep and key in FILTERS:
            queryset = queryset.filter(_filter(shop, key, value))
        else:
            free.append(term)
    return _free_text(queryset, free), bool(free)


def _text(word: str) -> Q:
    """One word of the search, found in the return's or order's name, the email or the customer's name."""
    return (Q(name__icontains=word) | Q(order__email__icontains=word) | Q(customer__first_name__icontains=word)
            | Q(customer__last_name__icontains=word))


def _free_text(queryset: QuerySet, free: list[str]) -> QuerySet:
    # Every word must match somewhere: "ava martinez" finds Ava Martinez, "#1001" the order's returns.
    words = " ".join(free)[:100].split()
    for word in words[:MAX_WORDS]:
        queryset = queryset.filter(_text(word))
    return queryset

"""The size returns of one product, per variant: the counts behind the storefront's fit hints."""

from __future__ import annotations

from tortoise.functions import Sum

from models.enums import ReturnReason, ReturnStatus
from models.returns import ReturnLine

SIZING = (ReturnReason.SIZE_TOO_SMALL, ReturnReason.SIZE_TOO_LARGE)


async def size_returns(shop_id: int, product_platform_id: str) -> dict[str | None, dict[str, int]]:
    """Units returned as too small or too large, per variant (the platform's variant id; None for a
    line without one), of the lines of the product `product_platform_id`, one statement. A merchant's
    own sizing reason counts by the core code it rolls up to; declined and withdrawn returns do not count."""
    rows = await (
        ReturnLine.filter(shop_id=shop_id, reason__in=SIZING, order_line__product_platform_id=product_platform_id,
                          order_line__shop_id=shop_id)
        .exclude(return_request__status__in=(ReturnStatus.DECLINED, ReturnStatus.CANCELED))
        .annotate(units=Sum("quantity"))
        .group_by("order_line__variant_platform_id", "reason")
        .values("order_line__variant_platform_id", "reason", "units")
    )
    counts: dict[str | None, dict[str, int]] = {}
    for row in rows:
        variant = counts.setdefault(row["order_line__variant_platform_id"], {})
        variant[str(row["reason"])] = int(row["units"] or 0)
    return counts

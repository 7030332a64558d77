"""What a customer (or a theme) asks about reasons: the reasons a return may give, in the customer's
language with those fitting the item suggested, and the fit hints the size returns add up to."""

from __future__ import annotations

import enum
from decimal import ROUND_HALF_UP, Decimal

import strawberry
from strawberry.types import Info

from models.catalog import Product
from plugin.api.ids import from_gid
from plugin.api.reason_types import ReturnReasonChoice, shop_reasons
from plugin.policy.reason_library import FitCount, offered
from plugin.store.fit_counts import size_returns

SHOPIFY_PRODUCT = "gid://shopify/Product/"


@strawberry.enum(description="Which way an item runs: SMALL or LARGE when at least two thirds of its size returns "
                 "say so, MIXED otherwise.")
class FitRuns(enum.Enum):
    SMALL = "SMALL"
    LARGE = "LARGE"
    MIXED = "MIXED"


def _share(part: int, whole: int) -> Decimal:
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.01"), ROUND_HALF_UP)


@strawberry.type(name="FitCount", description="Size returns of a product or one variant: units returned as too small and as too large.")
class FitCountType:
    variant_id: str | None = strawberry.field(description="The platform's variant id; null for the whole product.")
    too_small: int
    too_large: int
    minimum: strawberry.Private[int]

    @strawberry.field(description="Both together: the size returns counted.")
    def total(self) -> int:
        return self.too_small + self.too_large

    def _known(self) -> bool:
        return self.too_small + self.too_large >= self.minimum

    @strawberry.field(description="The share (0 to 1) of size returns that said too small; null until there are enough of them.")
    def too_small_share(self) -> Decimal | None:
        return _share(self.too_small, self.too_small + self.too_large) if self._known() else None

    @strawberry.field(description="The share (0 to 1) of size returns that said too large; null until there are enough of them.")
    def too_large_share(self) -> Decimal | None:
        return _share(self.too_large, self.too_small + self.too_large) if self._known() else None

    @strawberry.field(description="Which way it runs; null until there are enough size returns.")
    def runs(self) -> FitRuns | None:
        runs = FitCount(self.too_small, self.too_large).runs(self.minimum)
        return FitRuns(runs) if runs else None


@strawberry.type(description="What the size returns of one product say about its fit, for a theme to show \"runs small\".")
class FitHints:
    product_id: str = strawberry.field(description="The platform's product id.")
    minimum: int = strawberry.field(description="The size returns a product or variant needs before shares and runs are given.")
    product: FitCountType
    variants: list[FitCountType] = strawberry.field(description="Each variant with size returns, by the platform's variant id.")


async def _platform_product_id(shop_id: int, product_id: str) -> str | None:
    """The platform's id of the product named by our gid, Shopify's gid or Shopify's number."""
    ours = from_gid(product_id, "Product")
    if ours is not None:
        row = await Product.get_or_none(shop_id=shop_id, id=ours[1]).only("id", "platform_id")
        return row.platform_id if row else None
    plain = product_id.removeprefix(SHOPIFY_PRODUCT).strip()
    return plain if plain and len(plain) <= 64 and plain.isalnum() else None


def _count(variant: str | None, counts: dict[str, int], minimum: int) -> FitCountType:
    return FitCountType(variant_id=variant, too_small=counts.get("SIZE_TOO_SMALL", 0),
                        too_large=counts.get("SIZE_TOO_LARGE", 0), minimum=minimum)


@strawberry.type
class ReasonsQuery:
    @strawberry.field(description="The reasons a return may give, in the shop's order and the customer's language "
                      "(Accept-Language). With `productType`, those that fit an item of that type are `suggested`.")
    async def return_reasons(self, info: Info, product_type: str | None = None) -> list[ReturnReasonChoice]:
        kind = (product_type or "")[:255] or None
        return [ReturnReasonChoice(reason=reason, lang=info.context.lang, product_type=kind)
                for reason in offered(await shop_reasons(info))]

    @strawberry.field(description="A product's fit from its size returns (too small vs too large), whole and per variant. "
                      "`productId`: the platform's (gid://shopify/Product/123 or 123) or ours (null when ours names no product of the shop).")
    async def fit_hints(self, info: Info, product_id: strawberry.ID) -> FitHints | None:
        shop = info.context.shop
        platform_id = await _platform_product_id(shop.id, str(product_id))
        if platform_id is None:
            return None
        minimum = shop.fit_hint_minimum
        per_variant = await size_returns(shop.id, platform_id)
        whole: dict[str, int] = {}
        for counts in per_variant.values():
            for reason, units in counts.items():
                whole[reason] = whole.get(reason, 0) + units
        variants = [_count(variant, counts, minimum) for variant, counts in sorted(per_variant.items(), key=lambda i: i[0] or "")
                    if variant is not None]
        return FitHints(product_id=platform_id, minimum=minimum, product=_count(None, whole, minimum), variants=variants)

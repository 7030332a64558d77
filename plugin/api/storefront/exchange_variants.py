"""What a returned line may be exchanged for, with live stock: the portal's size and colour picker."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from models.order import OrderLine
from plugin.actions import exchange_offers
from plugin.actions.policy import policy_in_force
from plugin.api.ids import from_gid, to_gid
from plugin.api.money import Money
from plugin.api.policy_types import VariantOption
from plugin.api.storefront.access import find_order


@strawberry.type(description="A variant a returned item may be exchanged for, in stock above the shop's buffer.")
class ExchangeVariant:
    id: strawberry.ID
    title: str = strawberry.field(description="e.g. \"M / Blue\".")
    options: list[VariantOption]
    price: Money
    available: int | None = strawberry.field(description="Units available now; null when the shop does not limit them.")
    price_difference: Money = strawberry.field(
        description="Per unit, against the returned item: positive, the customer pays it; negative, it is refunded.")


@strawberry.type
class ExchangeVariantsQuery:
    @strawberry.field(
        description="The variants an order line may be exchanged for under the shop's policy, in stock now (more "
        "available than the shop's buffer). The order is found as `order` finds it; null when it is not yours, "
        "empty when the shop offers no exchange for it."
    )
    async def exchange_variants(
        self, info: Info, line_id: strawberry.ID, order_id: strawberry.ID | None = None, order_name: str | None = None,
        email: str | None = None, phone: str | None = None,
    ) -> list[ExchangeVariant] | None:
        shop = info.context.shop
        order = await find_order(info, order_id, order_name, email, phone)
        parsed = from_gid(line_id, "OrderLine")
        if order is None or parsed is None:
            return None
        line = await OrderLine.get_or_none(shop_id=shop.id, order_id=order.id, id=parsed[1])
        if line is None:
            return None
        policy, _ = await policy_in_force(shop)
        if policy.resolutions.exchange == "NEVER" and "EXCHANGE" not in policy.fault.remedies:
            return []
        currency = order.currency
        return [
            ExchangeVariant(
                id=strawberry.ID(to_gid("ProductVariant", int(c.variant.variant_id))), title=c.variant.title,
                options=[VariantOption(name=n, value=v) for n, v in c.variant.options],
                price=Money.of(c.variant.price, currency), available=c.variant.available,
                price_difference=Money.of(c.difference, currency),
            )
            for c in await exchange_offers.candidates(shop, policy, line)
            if c.in_stock
        ]

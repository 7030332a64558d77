"""`fitHintsUpdate`: staff say from how many size returns the storefront's fit hints speak."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import reason_library
from plugin.api.admin.shop import AdminShop
from plugin.api.errors import UserError, refusals


@strawberry.type
class FitHintsUpdatePayload:
    shop: AdminShop | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class FitHintsUpdateMutation:
    @strawberry.mutation(description="The fewest size returns (too small plus too large) a product or variant needs before "
                         "the storefront's fitHints say which way it runs (1 to 10000).")
    @refusals()
    async def fit_hints_update(self, info: Info, minimum: int) -> FitHintsUpdatePayload:
        shop = await reason_library.set_fit_hint_minimum(info.context.shop, minimum, actor=info.context.staff)
        return FitHintsUpdatePayload(shop=AdminShop(row=shop))

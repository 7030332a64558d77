"""The shop as staff see it, with its webhook subscription (shopUpdate changes it: mutations/)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.api.types import ShopType


@strawberry.type(name="Shop")
class AdminShop(ShopType):
    @strawberry.field(description="Where outbound events (return.requested, refund.created, ...) are POSTed; null: none are sent.")
    def webhook_url(self) -> str | None:
        return self.row.webhook_url

"""The shop as staff see it, with its webhook subscription (shopUpdate changes it: mutations/)."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.api.row_fields import from_row
from plugin.api.types import ShopType


@strawberry.type(name="Shop")
class AdminShop(ShopType):
    webhook_url = from_row("webhook_url", str | None, description="Where outbound events (return.requested, refund.created, ...) are POSTed; null: none are sent.")

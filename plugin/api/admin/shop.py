"""The shop as staff see it, with its webhook subscription and its platform (shopUpdate changes
them: mutations/)."""

from __future__ import annotations

import enum
from datetime import datetime

import strawberry

from plugin.api.row_fields import from_row
from plugin.api.enums import CreditVia
from plugin.api.types import ShopType


@strawberry.enum(description="The platform that carries a shop's outcomes out.")
class ShopPlatform(enum.Enum):
    SHOPIFY = "shopify"
    MANUAL = "manual"


@strawberry.type(name="Shop")
class AdminShop(ShopType):
    webhook_url = from_row("webhook_url", str | None, description="Where outbound events (return.requested, refund.created, ...) are POSTed; null: none are sent.")

    @strawberry.field(description="Who carries refunds, cancellations and returns out: SHOPIFY (its Admin API, by "
                      "Recourse) or MANUAL (the shop's own system, on the outbound webhooks, confirming refunds "
                      "with refundConfirm).")
    def platform(self) -> ShopPlatform:
        return ShopPlatform(self.row.platform or "manual")

    @strawberry.field(description="The platform emails the customer about the refunds and cancellations it "
                      "carries out, and Recourse does not (only with a platform that carries them out).")
    def platform_notifies_customer(self) -> bool:
        return bool(self.row.platform_notifies_customer)

    fit_hint_minimum = from_row("fit_hint_minimum", int, description="The fewest size returns a product or variant needs "
                                "before the storefront's fitHints say which way it runs (fitHintsUpdate).")
    customer_tokens_revoked_at = from_row("customer_tokens_revoked_at", datetime | None, description="Customer tokens issued up to this moment are refused (customerTokensRevoke); null: none revoked.")

    @strawberry.field(description="How store credit reaches customers on the platform: STORE_CREDIT (their store "
                      "credit account) or GIFT_CARD (a gift card with a code, for shops with store credit off). "
                      "Orders without a customer account always get a gift card.")
    def store_credit_via(self) -> CreditVia:
        return CreditVia(self.row.store_credit_via or CreditVia.STORE_CREDIT)

"""The shop as staff see it (with its webhook subscription) and the mutation that changes it."""

from __future__ import annotations

import enum

import strawberry
from strawberry.types import Info

from plugin.actions.errors import ActionError
from plugin.actions.shop_settings import check_contact, check_webhook_url, update_contact, update_platform, update_store_credit_via, update_webhook_url
from plugin.api.enums import CreditVia
from plugin.api.errors import UserError, user_errors
from plugin.api.types import ShopType


@strawberry.enum(description="The platform that carries a shop's outcomes out.")
class ShopPlatform(enum.Enum):
    SHOPIFY = "shopify"
    MANUAL = "manual"


@strawberry.type(name="Shop")
class AdminShop(ShopType):
    @strawberry.field(description="Where outbound events (return.requested, refund.created, ...) are POSTed; null: none are sent.")
    def webhook_url(self) -> str | None:
        return self.row.webhook_url

    @strawberry.field(description="Who carries refunds, cancellations and returns out: SHOPIFY (its Admin API, by "
                      "Recourse) or MANUAL (the shop's own system, on the outbound webhooks, confirming refunds "
                      "with refundConfirm).")
    def platform(self) -> ShopPlatform:
        return ShopPlatform(self.row.platform or "manual")

    @strawberry.field(description="The platform emails the customer about the refunds and cancellations it "
                      "carries out, and Recourse does not (only with a platform that carries them out).")
    def platform_notifies_customer(self) -> bool:
        return bool(self.row.platform_notifies_customer)

    @strawberry.field(description="How store credit reaches customers on the platform: STORE_CREDIT (their store "
                      "credit account) or GIFT_CARD (a gift card with a code, for shops with store credit off). "
                      "Orders without a customer account always get a gift card.")
    def store_credit_via(self) -> CreditVia:
        return CreditVia(self.row.store_credit_via or CreditVia.STORE_CREDIT)


@strawberry.type
class ShopUpdatePayload:
    shop: AdminShop | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ShopMutation:
    @strawberry.mutation(description="Change the shop's settings. `webhookUrl`: https to a public internet address "
                         "(http to localhost or 127.0.0.1 only in development); null or \"\" unsubscribes. `supportEmail`, `phone`, "
                         "`postalAddress`, `openingHours`: the contact details printed on the policy page and in "
                         "emails; null or \"\" clears one. `platform`, `platformNotifiesCustomer`: who carries outcomes out "
                         "and who emails the customer about them (see Shop). `storeCreditVia`: store credit accounts "
                         "or gift cards (see Shop). Omitted: left as it is.")
    async def shop_update(
        self, info: Info, webhook_url: str | None = strawberry.UNSET, support_email: str | None = strawberry.UNSET,
        phone: str | None = strawberry.UNSET, postal_address: str | None = strawberry.UNSET,
        opening_hours: str | None = strawberry.UNSET, platform: ShopPlatform | None = strawberry.UNSET,
        platform_notifies_customer: bool | None = strawberry.UNSET, store_credit_via: CreditVia | None = strawberry.UNSET,
    ) -> ShopUpdatePayload:
        shop = info.context.shop
        given = {"support_email": support_email, "phone": phone, "postal_address": postal_address,
                 "opening_hours": opening_hours}
        contact = {field: value for field, value in given.items() if value is not strawberry.UNSET}
        try:
            # Everything is checked before anything is written.
            check_contact(contact)
            if webhook_url is not strawberry.UNSET:
                allow_loopback = not info.context.settings.production
                await check_webhook_url(webhook_url, allow_loopback=allow_loopback)
                await update_webhook_url(shop, webhook_url, actor=info.context.staff, allow_loopback=allow_loopback)
            await update_contact(shop, contact, actor=info.context.staff)
            await update_platform(
                shop, None if platform in (None, strawberry.UNSET) else platform.value,
                None if platform_notifies_customer in (None, strawberry.UNSET) else platform_notifies_customer,
                actor=info.context.staff)
            if store_credit_via not in (None, strawberry.UNSET):
                await update_store_credit_via(shop, store_credit_via, actor=info.context.staff)
        except ActionError as exc:
            return ShopUpdatePayload(user_errors=user_errors(exc))
        return ShopUpdatePayload(shop=AdminShop(row=shop))

"""`shopUpdate`: the shop's webhook subscription, contact details and platform."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions.shop_settings import (
    check_contact, check_webhook_url, update_contact, update_platform, update_store_credit_via,
    update_webhook_url,
)
from plugin.api.admin.shop import AdminShop, ShopPlatform
from plugin.api.enums import CreditVia
from plugin.api.errors import UserError, refusals


@strawberry.type
class ShopUpdatePayload:
    shop: AdminShop | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class ShopUpdateMutation:
    @strawberry.mutation(description="Change the shop's settings. `webhookUrl`: https to a public internet address "
                         "(http to localhost or 127.0.0.1 only in development); null or \"\" unsubscribes. `supportEmail`, `phone`, "
                         "`postalAddress`, `openingHours`: the contact details printed on the policy page and in "
                         "emails; null or \"\" clears one. `platform`, `platformNotifiesCustomer`: who carries outcomes out "
                         "and who emails the customer about them (see Shop). `storeCreditVia`: store credit accounts "
                         "or gift cards (see Shop). Omitted: left as it is.")
    @refusals()
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
        return ShopUpdatePayload(shop=AdminShop(row=shop))

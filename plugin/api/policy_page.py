"""The public policy: rendered from the settings in force, with the figures a storefront shows."""

from __future__ import annotations

import strawberry

from models.shop import Shop
from plugin.actions.shop_settings import contact
from plugin.policy import Policy, render
from plugin.i18n.sentences import translate_exact


@strawberry.type(description="Figures a storefront can show without parsing the text.")
class PolicyFigures:
    returns_enabled: bool
    return_window_days: int
    return_window_unit: str = strawberry.field(description="CALENDAR or BUSINESS days.")
    return_window_starts: str = strawberry.field(description="DELIVERY, PURCHASE or SHIPMENT.")
    cancellation_enabled: bool
    cancellation_window_hours: int | None
    cancellation_until_shipped: bool
    refund_time_min_days: int | None
    refund_time_max_days: int | None
    refund_time_unit: str | None
    refund_method: str
    exchanges: str = strawberry.field(description="NEVER, MERCHANT_AT_FAULT or ALWAYS.")
    eu_withdrawal_days: int | None


@strawberry.type(description="How customers reach the shop (its contact settings): on the page, in emails, in the portal.")
class ShopContact:
    email: str | None
    phone: str | None
    address: str | None = strawberry.field(description="The postal address, on one line.")
    hours: str | None = strawberry.field(description="When customer support answers.")


@strawberry.type(description="The shop's return, refund and cancellation policy, as enforced.")
class ReturnPolicy:
    version: int | None = strawberry.field(description="The policy version in force; null while the defaults apply.")
    markdown: str
    html: str
    figures: PolicyFigures
    contact: ShopContact

    @classmethod
    def of(
        cls, shop: Shop, policy: Policy, version: int | None, *, self_service: bool = False, lang: str = "en",
    ) -> ReturnPolicy:
        window, cancel, processing = policy.returns.window, policy.cancellation, policy.refund.processing
        details = contact(shop)
        page = {"contact": details, "self_service": self_service, "words": None if lang == "en" else (lambda s: translate_exact(s, lang))}
        return cls(
            version=version,
            markdown=render(policy, shop.name, shop.support_email, fmt="markdown", **page),
            html=render(policy, shop.name, shop.support_email, fmt="html", **page),
            contact=ShopContact(email=shop.support_email, phone=details.phone, address=details.address, hours=details.hours),
            figures=PolicyFigures(
                returns_enabled=policy.returns.enabled,
                return_window_days=window.days,
                return_window_unit=window.unit,
                return_window_starts=window.starts,
                cancellation_enabled=cancel.enabled,
                cancellation_window_hours=cancel.window_hours,
                cancellation_until_shipped=cancel.until_shipped,
                refund_time_min_days=processing.min_days if processing else None,
                refund_time_max_days=processing.max_days if processing else None,
                refund_time_unit=processing.unit if processing else None,
                refund_method=policy.refund.method,
                exchanges=policy.resolutions.exchange,
                eu_withdrawal_days=policy.eu.withdrawal_days if policy.eu.enabled else None,
            ),
        )

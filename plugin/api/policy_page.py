"""The public policy: rendered from the settings in force, with the figures a storefront shows."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from models.shop import Shop
from plugin.api.enums import ConditionItem
from plugin.actions.shop_settings import contact
from plugin.policy import Policy, render
from plugin.policy.render import Contact, Words
from plugin.i18n.sentences import gettext
from plugin.policy.structured_data import Storefront, json_ld


def json_ld_path(domain: str) -> str:
    """The public address of a shop's return policy as schema.org JSON-LD (see policy_routes)."""
    return f"/policy/{domain}/return-policy.jsonld"


def structured_data(shop: Shop, policy: Policy, base_url: str) -> str:
    """The policy in force as `MerchantReturnPolicy` JSON-LD, pointing at the portal's policy page."""
    base = base_url.rstrip("/")
    return json_ld(policy, Storefront(
        name=shop.name, domain=shop.domain, country=shop.country,
        policy_url=f"{base}/portal/{shop.domain}#/policy", document_url=base + json_ld_path(shop.domain),
    ))


@strawberry.type(description="Figures a storefront can show without parsing the text.")
class PolicyFigures:
    returns_enabled: bool
    returns_only_at_fault: bool = strawberry.field(
        description="Returns are taken only for damaged, defective or wrong items (the shop's faults); the return window "
        "is then the window to report one."
    )
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
    conditions: list[ConditionItem] = strawberry.field(
        description="What the customer confirms about every returned item (the policy's condition checklist), in the "
        "policy's order; empty when the policy asks for none. A return form asks for these, not every condition there is."
    )


@strawberry.type(description="How customers reach the shop (its contact settings): on the page, in emails, in the portal.")
class ShopContact:
    email: str | None
    phone: str | None
    address: str | None = strawberry.field(description="The postal address, on one line.")
    hours: str | None = strawberry.field(description="When customer support answers.")


@strawberry.type(description="The shop's return, refund and cancellation policy, as enforced.")
class ReturnPolicy:
    version: int | None = strawberry.field(description="The policy version in force; null while the defaults apply.")
    figures: PolicyFigures
    contact: ShopContact
    shop: strawberry.Private[Shop]
    settings: strawberry.Private[Policy]
    # Rendered only in the format asked for: the admin's preview asks for html alone, on every change.
    details: strawberry.Private[Contact]
    self_service: strawberry.Private[bool]
    lang: strawberry.Private[str]

    @strawberry.field
    def markdown(self) -> str:
        return _page(self.shop, self.settings, "markdown", self.details, self.self_service, self.lang)

    @strawberry.field
    def html(self) -> str:
        return _page(self.shop, self.settings, "html", self.details, self.self_service, self.lang)

    @strawberry.field(
        description="The policy as schema.org MerchantReturnPolicy JSON-LD (Google's return policy structured "
        "data), for a theme's <script type=\"application/ld+json\">: one policy per group of countries with the "
        "same terms, and one per excluded or differently treated product group. Also served at `jsonLdUrl`."
    )
    def json_ld(self, info: Info) -> str:
        return structured_data(self.shop, self.settings, str(info.context.request.base_url))

    @strawberry.field(description="The public URL of `jsonLd` (cacheable; its ETag changes with the policy).")
    def json_ld_url(self, info: Info) -> str:
        return str(info.context.request.base_url).rstrip("/") + json_ld_path(self.shop.domain)

    @classmethod
    def of(
        cls, shop: Shop, policy: Policy, version: int | None, *, self_service: bool = False, lang: str = "en",
    ) -> ReturnPolicy:
        window, cancel, processing = policy.return_window(), policy.cancellation, policy.refund.processing
        details = contact(shop)
        return cls(
            shop=shop,
            settings=policy,
            version=version,
            details=details,
            self_service=self_service,
            lang=lang,
            contact=ShopContact(email=shop.support_email, phone=details.phone, address=details.address, hours=details.hours),
            figures=PolicyFigures(
                returns_enabled=policy.returns.enabled,
                returns_only_at_fault=policy.returns.only_at_fault,
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
                conditions=[ConditionItem(c) for c in policy.requirements.condition],
            ),
        )


def _page(shop: Shop, policy: Policy, fmt: str, details, self_service: bool, lang: str) -> str:
    """The page in `lang`: every sentence said in it from the catalogue (plugin/policy/render.py's
    Words), the shop's name and email as written."""
    return render(policy, shop.name, shop.support_email, fmt=fmt, contact=details, self_service=self_service,
                  words=Words(lang, gettext(lang)))

"""What the customer page needs to look like the shop: name, logo, accent colour, contact, policy link."""

from __future__ import annotations

import strawberry
from plugin.api.row_fields import from_row
from pydantic import ValidationError
from strawberry.types import Info

from plugin.i18n.catalogs import SHIPPED
from emails.settings import EmailSettings
from models.shop import Shop


def portal_path(domain: str) -> str:
    return f"/portal/{domain}"


@strawberry.type(name="Shop", description="The shop as its customers see it: branding and how to reach it.")
class StorefrontShop:
    row: strawberry.Private[Shop]
    settings: strawberry.Private[EmailSettings]
    base_url: strawberry.Private[str]

    name = from_row("name", str)
    domain = from_row("domain", str)
    currency_code = from_row("currency", str)
    locale = from_row("locale", str, description="The shop's own language, e.g. de or en_US.")
    timezone = from_row("timezone", str)

    @strawberry.field(description="Where customers write with questions.")
    def support_email(self) -> str | None:
        return self.settings.reply_to or self.row.support_email

    @strawberry.field(description="https URL of the shop's logo (from its email settings).")
    def logo_url(self) -> str | None:
        return self.settings.logo_url

    @strawberry.field(description="The shop's accent colour, #RRGGBB (from its email settings).")
    def accent_color(self) -> str:
        return self.settings.accent_color

    @strawberry.field(description="The customer returns page of this shop.")
    def portal_url(self) -> str:
        return self.base_url + portal_path(self.row.domain)

    @strawberry.field(description="The shop's policy, rendered from the rules it enforces, as a page of the returns portal.")
    def policy_url(self) -> str:
        return self.base_url + portal_path(self.row.domain) + "#/policy"

    @strawberry.field(description="Languages the customer texts come in; send one in Accept-Language.")
    def languages(self) -> list[str]:
        return list(SHIPPED)

    @classmethod
    def of(cls, info: Info) -> StorefrontShop:
        shop: Shop = info.context.shop
        try:
            settings = EmailSettings.model_validate(shop.email_settings or {})
        except ValidationError:  # stored by an older version: the defaults still give a usable page
            settings = EmailSettings()
        return cls(row=shop, settings=settings, base_url=str(info.context.request.base_url).rstrip("/"))

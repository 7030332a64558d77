"""Shops: installing the plugin for a store."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError

from models.shop import Shop
from plugin.values.signing import new_api_credentials
from plugin.values.money import is_currency

_DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")


class ShopInvalid(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


def _check(domain: str, currency: str, country: str, timezone: str, locale: str) -> None:
    if not _DOMAIN.match(domain):
        raise ShopInvalid("domain", "must be a host name such as my-store.myshopify.com")
    if not is_currency(currency):
        raise ShopInvalid("currency", "must be an ISO 4217 code such as USD")
    if not (len(country) == 2 and country.isalpha() and country.isupper()):
        raise ShopInvalid("country", "must be an ISO 3166 alpha-2 code such as US")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ShopInvalid("timezone", "must be an IANA time zone such as America/New_York") from None
    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        raise ShopInvalid("locale", "must be a locale such as en or de_DE") from None


async def create_shop(
    *,
    domain: str,
    name: str,
    currency: str = "USD",
    country: str = "US",
    timezone: str = "UTC",
    locale: str = "en",
    support_email: str | None = None,
    api_key: str | None = None,
    api_secret: str | None = None,
) -> Shop:
    domain = domain.strip().lower()
    _check(domain, currency, country, timezone, locale)
    existing = await Shop.get_or_none(domain=domain)
    if existing is not None and existing.uninstalled_at is not None:
        # Installed again before shop/redact: the shop resumes with its data and its credentials
        # (blocklist hashes are keyed with the secret, so it is kept).
        await Shop.filter(id=existing.id).update(uninstalled_at=None)
        existing.uninstalled_at = None
        return existing
    if existing is not None:
        raise ShopInvalid("domain", "a shop with this domain is already installed")
    key, secret = new_api_credentials()
    return await Shop.create(
        domain=domain,
        name=name,
        currency=currency,
        country=country,
        timezone=timezone,
        locale=locale,
        support_email=support_email,
        api_key=api_key or key,
        api_secret=api_secret or secret,
    )

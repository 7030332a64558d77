"""A shop's own settings that staff change through the admin API: the email settings (branding,
sender, template overrides), the outbound webhook subscription and the contact details customers
see. Each save is one transaction with its audit event; nothing is written when the input is
refused."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

from tortoise.transactions import in_transaction

from email_validator import EmailNotValidError, validate_email

from emails.settings import EmailSettings
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.values.addresses import Forbidden, Unresolved, public_addresses
from plugin.policy import Contact

MAX_URL = 1024  # Shop.webhook_url's length


async def update_email_settings(shop: Shop, data: object, *, actor: str) -> EmailSettings:
    """Replace the shop's email settings with `data` (the whole document; omitted keys take their
    defaults). Raises pydantic's ValidationError (paths into `data`) or ActionError before writing.

    An override with a syntax error is saved: it falls back to the shipped template when used, and
    the admin sees a warning (emails.settings.settings_warnings) until it is fixed.
    """
    if not isinstance(data, dict):
        raise ActionError("INVALID", "must be a JSON object", [])
    settings = EmailSettings.model_validate(data)
    await _set(shop, "email_settings", settings.model_dump(mode="json", exclude_none=True), actor)
    return settings


async def check_webhook_url(url: str | None, *, allow_loopback: bool = False) -> str | None:
    """https://host/... of a public address, or http:// to this machine in development (then
    `allow_loopback`); None or "" unsubscribes. The host is resolved now and every address checked
    (plugin.values.addresses); a name that does not resolve yet is accepted, since every delivery checks again."""
    if url is None or not url.strip():
        return None
    url = url.strip()
    parts, host, port = _url_parts(url)
    try:
        addresses = await public_addresses(host, port, allow_loopback=allow_loopback)
    except Forbidden as exc:
        raise ActionError("INVALID", f"must reach a public internet address: {exc}", ["webhookUrl"]) from None
    except Unresolved:
        addresses = []
    if parts.scheme == "http" and not (allow_loopback and addresses and all(a.is_loopback for a in addresses)):
        raise ActionError("INVALID", "must be an https URL (http only to localhost or 127.0.0.1, for development)", ["webhookUrl"])
    return url


def _url_parts(url: str) -> tuple[SplitResult, str, int]:
    """The URL's parts, its host and port, as far as they can be checked without resolving it."""
    if len(url) > MAX_URL:
        raise ActionError("TOO_LONG", f"at most {MAX_URL} characters", ["webhookUrl"])
    if any(ord(c) <= 32 or c == "\x7f" for c in url):
        raise ActionError("INVALID", "must not contain spaces or control characters", ["webhookUrl"])
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise ActionError("INVALID", "is not a valid URL", ["webhookUrl"]) from None
    host = (parts.hostname or "").lower()
    if not host:
        raise ActionError("INVALID", "must name a host, e.g. https://hooks.example.com/recourse", ["webhookUrl"])
    if parts.username or parts.password:
        raise ActionError("INVALID", "must not carry credentials; verify the X-Recourse-Hmac-Sha256 signature instead", ["webhookUrl"])
    if parts.fragment:
        raise ActionError("INVALID", "must not have a #fragment", ["webhookUrl"])
    if parts.scheme not in ("https", "http"):
        raise ActionError("INVALID", "must be an https URL", ["webhookUrl"])
    return parts, host, port


async def update_webhook_url(shop: Shop, url: str | None, *, actor: str, allow_loopback: bool = False) -> Shop:
    """Subscribe the shop's outbound webhooks to `url`, or unsubscribe them (None). Events written
    from now on go there; messages already in the outbox are delivered to the URL of delivery time.
    `allow_loopback` (development only) lets a receiver on this machine subscribe."""
    await _set(shop, "webhook_url", await check_webhook_url(url, allow_loopback=allow_loopback), actor)
    return shop


# Field -> (API name, longest value): the columns' lengths.
CONTACT_FIELDS = {
    "support_email": ("supportEmail", 320), "phone": ("phone", 64),
    "postal_address": ("postalAddress", 500), "opening_hours": ("openingHours", 200),
}


def contact(shop: Shop) -> Contact:
    """The contact details the policy page prints under its questions (the email is passed apart)."""
    return Contact(phone=shop.phone, address=shop.postal_address, hours=shop.opening_hours)


def _contact_value(field: str, value: str | None) -> str | None:
    name, limit = CONTACT_FIELDS[field]
    if value is None or not value.strip():
        return None
    value = " ".join(value.split())  # one line: it is printed in a sentence and in email footers
    if len(value) > limit:
        raise ActionError("TOO_LONG", f"at most {limit} characters", [name])
    if field == "support_email":
        try:
            validate_email(value, check_deliverability=False)  # kept as typed: it is printed as the shop wrote it
        except EmailNotValidError as exc:
            raise ActionError("INVALID", str(exc), [name]) from None
    return value


def check_contact(changes: dict[str, str | None]) -> dict[str, str | None]:
    """The given contact details (support_email, phone, postal_address, opening_hours; None or ""
    clears one), cleaned; raises ActionError for the first bad one."""
    return {field: _contact_value(field, value) for field, value in changes.items()}


async def update_contact(shop: Shop, changes: dict[str, str | None], *, actor: str) -> Shop:
    """Set the given contact details (see check_contact). All are checked before anything is
    written; one audit event records them."""
    values = check_contact(changes)
    if not values:
        return shop
    async with in_transaction():
        current = await Shop.get(id=shop.id).only("id", *values)
        before = {field: getattr(current, field) for field in values}
        await Shop.filter(id=shop.id).update(**values)
        await record(shop, subject=("Shop", shop.id), actor=actor, action="shop.contact_updated",
                     before=before, after=values)
    for field, value in values.items():
        setattr(shop, field, value)
    return shop


async def _set(shop: Shop, field: str, value, actor: str) -> None:
    """Change one shop setting and audit it with its old value, in one transaction."""
    async with in_transaction():
        before = getattr(await Shop.get(id=shop.id).only("id", field), field)
        await Shop.filter(id=shop.id).update(**{field: value})
        await record(shop, subject=("Shop", shop.id), actor=actor, action=f"shop.{field}_updated",
                     before={field: before}, after={field: value})
    setattr(shop, field, value)


PLATFORMS = ("shopify", "manual")  # plugin.platform.port.PLATFORMS


async def update_platform(shop: Shop, platform: str | None, notifies: bool | None, *, actor: str) -> Shop:
    """Which platform carries the shop's outcomes out, and whether it (rather than Recourse) emails the
    customer about refunds and cancellations. None leaves a setting as it is. Operations already
    written stay with the platform they were written for."""
    if platform is not None and platform not in PLATFORMS:
        raise ActionError("INVALID", f"must be one of {', '.join(PLATFORMS)}", ["platform"])
    if platform is not None and platform != shop.platform:
        await _set(shop, "platform", platform, actor)
    if notifies is not None and notifies != shop.platform_notifies_customer:
        await _set(shop, "platform_notifies_customer", notifies, actor)
    return shop


async def update_store_credit_via(shop: Shop, via: str, *, actor: str) -> Shop:
    """Store credit to customers' store credit accounts, or as gift cards (a shop with store credit off)."""
    if via not in ("STORE_CREDIT", "GIFT_CARD"):
        raise ActionError("INVALID", "must be STORE_CREDIT or GIFT_CARD", ["storeCreditVia"])
    if via != str(shop.store_credit_via):
        await _set(shop, "store_credit_via", via, actor)
    return shop

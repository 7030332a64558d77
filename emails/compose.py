"""An email from an outbox payload: the stored records gathered, the merchant's override applied, both
parts rendered, every warning collected. The worker sends what this composes; the admin preview shows
it, for the payload plugin.actions.email_preview builds as the action would, so a preview of a real
return or order goes down exactly the path its email takes.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import DoesNotExist

from emails.context import PreparedEmail, prepare
from emails.render import KINDS, RenderedEmail, render_email
from emails.settings import EmailSettings, settings_warnings
from models.shop import Shop


class Uncomposable(Exception):
    """The email cannot be made from what is stored (a record is gone, a kind unknown): trying again
    will not help until someone changes the data or the settings."""

    def __init__(self, message: str, field: str | None = None, code: str = "INVALID") -> None:
        super().__init__(message)
        self.field, self.code = field, code


@dataclass(frozen=True)
class ComposedEmail:
    prepared: PreparedEmail
    rendered: RenderedEmail

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.prepared.warnings + self.rendered.warnings


async def compose(shop: Shop, kind: str, payload: dict, *, locale: str | None = None) -> ComposedEmail:
    """Raises Uncomposable when the data cannot make this email; database trouble propagates as is
    (it is temporary, the worker retries)."""
    if kind not in KINDS:
        raise Uncomposable(f"unknown email kind {kind!r}", "kind", "NOT_FOUND")
    try:
        prepared = await prepare(shop, kind, payload, locale=locale)
    except (DoesNotExist, KeyError, TypeError, ValueError) as exc:  # a record gone, a payload short of a key
        raise Uncomposable(f"the records for this email are incomplete: {type(exc).__name__}: {exc}") from exc
    override = prepared.settings.overrides.get(kind)
    try:
        rendered = await render_email(kind, prepared.context, prepared.locale, override.model_dump(exclude_none=True) if override else None,
                                       shop_key=shop.id)
    except Exception as exc:  # a shipped template failing on this data is a bug: retrying will not help
        raise Uncomposable(f"the {kind} template failed: {type(exc).__name__}: {exc}") from exc
    return ComposedEmail(prepared, rendered)


def settings_problems(shop: Shop) -> list[str]:
    try:
        return settings_warnings(EmailSettings.model_validate(shop.email_settings or {}))
    except ValueError:
        return ["the shop's email settings are invalid and are ignored"]

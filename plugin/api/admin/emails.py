"""Customer emails in the admin: what was sent and what failed, a preview of any email for a real
return or order, and the shop's email settings (their retry and update: mutations/)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from babel import Locale, UnknownLocaleError
from pydantic import ValidationError
from strawberry.scalars import JSON
from strawberry.types import Info

from emails.compose import Uncomposable, compose, settings_problems
from emails.settings import EmailSettings
from models.outbox import OutboxMessage
from plugin.actions.email_preview import preview_payload
from plugin.actions.errors import ActionError
from plugin.api.enums import EmailKind, OutboxStatus
from plugin.api.errors import UserError, refusals, user_error_code
from plugin.api.ids import from_gid, to_gid
from plugin.api.pagination import Connection, paginate
from plugin.api.row_fields import from_row
from plugin.api.types import Node


@strawberry.type(description="One customer email in the outbox: what it is, to whom, and how its delivery went.")
class EmailDelivery(Node):
    row: strawberry.Private[OutboxMessage]

    kind = from_row("topic", EmailKind, description="The email's kind (its template).")

    @strawberry.field(description="The customer's address (copies to the shop's copy_to addresses are not listed).")
    def to(self) -> str | None:
        return self.row.payload.get("to") if isinstance(self.row.payload, dict) else None

    status = from_row("status", OutboxStatus)
    attempts = from_row("attempts", int, description="Attempts made so far (an emailRetry starts over from 0).")
    last_error = from_row("last_error", str | None, description="The last failure; on a SENT email, the recipients that were refused, if any.")
    sent_at = from_row("sent_at", datetime | None)

    @strawberry.field(description="When the next attempt is due (PENDING emails only).")
    def next_attempt_at(self) -> datetime | None:
        return self.row.next_attempt_at if self.row.status == OutboxStatus.PENDING else None

    message_id = from_row("message_id", str, description="The Message-ID header, without angle brackets: the same on every attempt.")

    @strawberry.field(description="The return, refund or order the email is about.")
    def subject_id(self) -> strawberry.ID:
        return strawberry.ID(to_gid(self.row.subject_type, self.row.subject_id))

    created_at = from_row("created_at", datetime)


def email_delivery(row: OutboxMessage | None) -> EmailDelivery | None:
    """Outbox rows of other kinds (webhooks) are not email deliveries."""
    return EmailDelivery(row=row) if row is not None and row.kind == "EMAIL" else None


@strawberry.type(description="An email as it would be sent now, rendered from stored records.")
class EmailPreview:
    kind: EmailKind
    locale: str
    to: str | None
    subject: str
    html: str
    text: str
    warnings: list[str] = strawberry.field(description="Overrides that failed (the default was used) and other problems.")


@strawberry.type(name="EmailSettings", description="Branding, sender details and template overrides of the shop's emails.")
class EmailSettingsType:
    settings: JSON = strawberry.field(description="The whole document, defaults filled in; emailSettingsUpdate takes the same shape.")
    warnings: list[str] = strawberry.field(description="Overrides that cannot work as written (e.g. a syntax error): each falls back to the default until fixed.")
    kinds: list[EmailKind] = strawberry.field(description="The email kinds an override may be written for; `overrides` is keyed by their values in lower case (return_declined).")

    @classmethod
    def of(cls, info: Info) -> EmailSettingsType:
        shop = info.context.shop
        try:
            settings = EmailSettings.model_validate(shop.email_settings or {})
        except ValidationError:
            settings = EmailSettings()
        return cls(settings=settings.model_dump(mode="json"), warnings=settings_problems(shop), kinds=list(EmailKind))


@strawberry.type
class EmailPreviewPayload:
    preview: EmailPreview | None = None
    user_errors: list[UserError] = strawberry.field(default_factory=list)


@strawberry.type
class EmailsQuery:
    @strawberry.field(description="Customer emails, newest first, optionally only those in one status (e.g. FAILED).")
    async def email_deliveries(
        self, info: Info, first: int | None = None, after: str | None = None, status: OutboxStatus | None = None,
    ) -> Connection[EmailDelivery]:
        queryset = OutboxMessage.filter(shop_id=info.context.shop.id, kind="EMAIL")
        if status is not None:
            queryset = queryset.filter(status=status.value)
        return await paginate(queryset, first, after, lambda row: EmailDelivery(row=row))

    @strawberry.field(description="An email of `kind` for a real return, refund or order of the shop, "
                      "rendered as it would be sent now, with the shop's overrides; `locale` replaces the customer's.")
    @refusals()
    async def email_preview(
        self, info: Info, kind: EmailKind, subject_id: strawberry.ID, locale: str | None = None,
    ) -> EmailPreviewPayload:
        shop = info.context.shop
        subject = from_gid(subject_id)
        if subject is None:
            raise ActionError("NOT_FOUND", "not an id of this API", ["subjectId"])
        if locale is not None:
            try:
                Locale.parse(locale.replace("-", "_"))
            except (UnknownLocaleError, ValueError, TypeError):
                raise ActionError("INVALID", "not a locale such as en, es or de_AT", ["locale"]) from None
        try:
            payload = await preview_payload(shop, kind, subject)
            composed = await compose(shop, kind, payload, locale=locale)
        except Uncomposable as exc:  # the email's own problem, with its code
            return EmailPreviewPayload(user_errors=[
                UserError(field=[exc.field] if exc.field else None, message=str(exc), code=user_error_code(exc.code))])
        rendered = composed.rendered
        return EmailPreviewPayload(preview=EmailPreview(
            kind=kind, locale=composed.prepared.locale, to=composed.prepared.to, subject=rendered.subject,
            html=rendered.html, text=rendered.text, warnings=list(composed.warnings),
        ))

    @strawberry.field(description="The shop's email settings and what is wrong with its overrides.")
    def email_settings(self, info: Info) -> EmailSettingsType:
        return EmailSettingsType.of(info)

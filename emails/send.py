"""The EMAIL sender for the outbox worker: one SMTP connection per batch, or .eml files without SMTP.

SMTP_URL is smtp://user:pass@host:587 (STARTTLS when the server offers it), smtps://... for TLS from
the first byte, or smtp://host:1025?starttls=false for a local catcher. The Message-ID is the outbox
row's stable id, so a retried message is recognisable as the same one.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import formataddr, formatdate, getaddresses
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import aiosmtplib

from emails.context import prepare
from emails.render import render
from models.outbox import OutboxMessage
from models.shop import Shop
from plugin.outbox import Delivery
from plugin.settings import Settings

log = logging.getLogger("recourse.emails")


def build_message(shop: Shop, message: OutboxMessage, prepared, rendered, mail_from: str | None) -> EmailMessage:
    settings = prepared.settings
    sender = mail_from or shop.support_email or f"no-reply@{shop.domain}"
    email = EmailMessage()
    email["Subject"] = rendered.subject
    email["From"] = formataddr((settings.from_name or shop.name, sender))
    email["To"] = prepared.to
    if settings.copy_to:
        email["Bcc"] = ", ".join(settings.copy_to)
    reply_to = settings.reply_to or shop.support_email
    if reply_to:
        email["Reply-To"] = reply_to
    email["Message-ID"] = f"<{message.message_id}>"
    email["Date"] = formatdate(localtime=False)
    email["Content-Language"] = prepared.context["lang"]
    email.set_content(rendered.text)
    email.add_alternative(rendered.html, subtype="html")
    return email


class EmailSender:
    """Renders each EMAIL row from stored records and hands it to SMTP (or writes it to a folder)."""

    concurrency = 1  # one SMTP connection serves the batch's messages one after another
    timeout = 30.0

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.smtp: aiosmtplib.SMTP | None = None

    async def __aenter__(self) -> EmailSender:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self.smtp is not None and self.smtp.is_connected:
            try:
                await self.smtp.quit()
            except aiosmtplib.SMTPException:
                self.smtp.close()
        self.smtp = None

    async def _connection(self) -> aiosmtplib.SMTP:
        if self.smtp is not None and self.smtp.is_connected:
            return self.smtp
        url = urlparse(self.settings.smtp_url)
        options = parse_qs(url.query)
        secure = url.scheme == "smtps"
        starttls = None if secure else (False if options.get("starttls") == ["false"] else None)
        self.smtp = aiosmtplib.SMTP(
            hostname=url.hostname, port=url.port or (465 if secure else 587), use_tls=secure, start_tls=starttls,
            username=unquote(url.username) if url.username else None,
            password=unquote(url.password) if url.password else None, timeout=self.timeout / 2,
        )
        await self.smtp.connect()
        return self.smtp

    async def send(self, message: OutboxMessage, shop: Shop | None) -> Delivery:
        if shop is None:
            return Delivery.failed("the shop is gone")
        prepared = await prepare(shop, message.topic, message.payload)
        if not prepared.to:
            return Delivery.failed("the order has no email address")
        override = prepared.settings.overrides.get(message.topic)
        rendered = render(message.topic, prepared.context, prepared.locale,
                          override.model_dump(exclude_none=True) if override else None)
        for warning in rendered.warnings:
            log.warning(warning, extra={"fields": {"shop": shop.domain, "message_id": message.message_id}})
        email = build_message(shop, message, prepared, rendered, self.settings.mail_from)
        if not self.settings.smtp_url:
            return self._write_file(email, message)
        return await self._send_smtp(email)

    def _write_file(self, email: EmailMessage, message: OutboxMessage) -> Delivery:
        folder = Path(self.settings.mail_dir)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{message.id:08d}-{message.topic}.eml"
        path.write_bytes(bytes(email))
        log.info("email written to %s (no SMTP_URL set)", path)
        return Delivery.sent(f"written to {path}")

    async def _send_smtp(self, email: EmailMessage) -> Delivery:
        try:
            smtp = await self._connection()
            refused, _ = await smtp.send_message(email)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            detail = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
            return Delivery.retry(detail) if all(400 <= c < 500 for c in codes) else Delivery.failed(detail)
        except aiosmtplib.SMTPResponseException as exc:
            self._drop()
            detail = f"{exc.code} {exc.message}"
            return Delivery.retry(detail) if 400 <= exc.code < 500 else Delivery.failed(detail)
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            self._drop()  # disconnects and timeouts: reconnect for the next message, retry this one
            return Delivery.retry(f"{type(exc).__name__}: {exc}")
        if refused:
            # aiosmtplib succeeds when any recipient was accepted; the refused ones are reported here.
            total = len(getaddresses(email.get_all("To", []) + email.get_all("Bcc", [])))
            return Delivery.sent(f"{len(refused)} of {total} recipients refused: " + "; ".join(
                f"{who}: {code} {text}" for who, (code, text) in refused.items()))
        return Delivery.sent()

    def _drop(self) -> None:
        if self.smtp is not None:
            self.smtp.close()
        self.smtp = None

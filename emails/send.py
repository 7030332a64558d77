"""The EMAIL sender for the outbox worker: one SMTP connection per batch, or .eml files without SMTP.

SMTP_URL is smtp://user:pass@host:587 (STARTTLS when the server offers it; `?starttls=true` requires
it, `?starttls=false` never uses it, e.g. for a local catcher), or smtps://user:pass@host:465 for TLS
from the first byte. Without SMTP_URL each message is written to RECOURSE_MAIL_DIR as a .eml file
named after its outbox row, and logged.

The Message-ID is the outbox row's stable `message_id`, so a retried message is recognisable as the
same one. What the server answers decides the outcome:

- accepted for every recipient: SENT;
- accepted for some (a copy_to address refused): SENT, the refusals kept in last_error;
- 4xx, a dropped connection, a timeout, no connection at all: tried again later (backoff);
- 5xx, every recipient refused for good, an address SMTP cannot carry, or an email that cannot be
  made from what is stored (a record gone): FAILED at once.
"""

from __future__ import annotations

import asyncio

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate, getaddresses, parseaddr
from pathlib import Path
from typing import Self
from urllib.parse import parse_qs, unquote, urlparse

import aiosmtplib

from emails.compose import ComposedEmail, Uncomposable, compose
from models.outbox import OutboxMessage
from models.shop import Shop
from plugin.values.delivery import Delivery
from plugin.process import work
from plugin.process.settings import Settings

log = logging.getLogger("recourse.emails")


@dataclass(frozen=True)
class SmtpServer:
    hostname: str
    port: int
    use_tls: bool
    start_tls: bool | None  # None: if the server offers it
    username: str | None
    password: str | None = field(repr=False)  # never in a log line

    @classmethod
    def from_url(cls, url: str) -> SmtpServer:
        """Parses SMTP_URL; a ValueError names what is wrong (the worker refuses to start with it)."""
        parsed = urlparse(url)
        if parsed.scheme not in ("smtp", "smtps") or not parsed.hostname:
            raise ValueError("SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465")
        options = {key: values[-1].lower() for key, values in parse_qs(parsed.query).items()}
        unknown = set(options) - {"starttls"}
        if unknown:
            raise ValueError(f"SMTP_URL: unknown option {sorted(unknown)[0]!r} (only starttls=true|false)")
        secure = parsed.scheme == "smtps"
        starttls = {"true": True, "false": False, None: None}.get(options.get("starttls"), "bad")
        if starttls == "bad" or (secure and starttls):
            raise ValueError("SMTP_URL: starttls must be true or false, and smtps:// is TLS already")
        try:
            port = parsed.port or (465 if secure else 587)
        except ValueError:
            raise ValueError("SMTP_URL: the port must be a number") from None
        return cls(
            hostname=parsed.hostname, port=port, use_tls=secure, start_tls=False if secure else starttls,
            username=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
        )


def sender_address(shop: Shop, mail_from: str | None) -> str:
    """The envelope sender and From address: RECOURSE_MAIL_FROM, else the shop's support email."""
    address = parseaddr(mail_from)[1] if mail_from else None
    return address or shop.support_email or f"no-reply@{shop.domain}"


def build_message(shop: Shop, message: OutboxMessage, composed: ComposedEmail, mail_from: str | None) -> EmailMessage:
    """Raises ValueError for a header value email cannot carry (an address with a line break)."""
    prepared, rendered = composed.prepared, composed.rendered
    settings = prepared.settings
    email = EmailMessage()
    email["Subject"] = rendered.subject
    email["From"] = formataddr((settings.from_name or shop.name, sender_address(shop, mail_from)))
    email["To"] = prepared.to
    if settings.copy_to:
        email["Bcc"] = ", ".join(settings.copy_to)  # in the envelope only: aiosmtplib drops the header
    reply_to = settings.reply_to or shop.support_email
    if reply_to:
        email["Reply-To"] = reply_to
    email["Message-ID"] = f"<{message.message_id}>"
    email["Date"] = formatdate(localtime=False)
    email["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to a notification
    email.set_content(rendered.text)
    email.add_alternative(rendered.html, subtype="html")
    # After the parts: set_content() clears every Content-* header, this one included.
    email["Content-Language"] = prepared.context["lang"]
    return email


class EmailSender:
    """Renders each EMAIL row from stored records and hands it to SMTP (or writes it to a folder).

    The connection is opened when the batch starts (a server that is down fails the batch at once
    and the worker schedules it again), reused for every message of the batch, and replaced if the
    server drops it between messages. Every SMTP command has `command_timeout`; the worker cancels
    a whole send after `timeout`. A send cut off midway leaves the connection in an unknown state,
    so it is closed rather than reused.
    """

    concurrency = 1  # one SMTP connection serves the batch's messages one after another

    def __init__(self, settings: Settings, *, timeout: float = 30.0, command_timeout: float = 10.0) -> None:
        self.settings = settings
        self.timeout = timeout
        self.command_timeout = min(command_timeout, timeout)
        self.server = SmtpServer.from_url(settings.smtp_url) if settings.smtp_url else None
        self.smtp: aiosmtplib.SMTP | None = None
        self._unreachable: str | None = None  # set when connecting failed during this batch

    async def __aenter__(self) -> Self:
        if self.server is not None:
            await self._connection()  # an error here retries the whole batch (see plugin.jobs.outbox)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        smtp, self.smtp = self.smtp, None
        if smtp is not None and smtp.is_connected:
            try:
                await smtp.quit(timeout=self.command_timeout)
            except Exception:  # noqa: BLE001 - the messages are recorded; a rude goodbye changes nothing
                smtp.close()

    async def send(self, message: OutboxMessage, shop: Shop | None) -> Delivery:
        if shop is None:
            return Delivery.failed("the shop is gone")
        try:
            composed = await compose(shop, message.topic, message.payload)
        except Uncomposable as exc:
            return Delivery.failed(str(exc))
        fields = {"shop": shop.domain, "message_id": message.message_id, "topic": message.topic}
        for warning in composed.warnings:
            log.warning(warning, extra={"fields": fields})
        if not composed.prepared.to:
            return Delivery.failed("the order has no email address")
        try:
            email = build_message(shop, message, composed, self.settings.mail_from)
        except ValueError as exc:
            return Delivery.failed(f"cannot address the email: {exc}")
        if composed.prepared.label_file:
            from plugin.store.labels import LabelStore

            content = await work.FILES.run(composed.prepared.label_file[0], LabelStore(self.settings.label_dir).read,
                                            *composed.prepared.label_file)
            if content is None:
                return Delivery.failed("the prepaid label file is gone; attach the label again")
            email.add_attachment(content, maintype="application", subtype="pdf", filename="return-label.pdf")
        if self.server is None:
            return self._write_file(email, message)
        return await self.send_email(email)

    def _write_file(self, email: EmailMessage, message: OutboxMessage) -> Delivery:
        folder = Path(self.settings.mail_dir)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{message.id:08d}-{message.topic}.eml"
        partial = path.with_name(path.name + ".partial")
        partial.write_bytes(bytes(email))
        os.replace(partial, path)  # a retry overwrites the same file; a reader never sees half of one
        log.info("email %s written to %s (no SMTP_URL set)", message.message_id, path,
                 extra={"fields": {"message_id": message.message_id, "path": str(path), "to": email["To"]}})
        return Delivery.sent()

    async def _connection(self) -> aiosmtplib.SMTP:
        if self.smtp is not None and self.smtp.is_connected:
            return self.smtp
        self._drop()
        server = self.server
        assert server is not None
        smtp = aiosmtplib.SMTP(
            hostname=server.hostname, port=server.port, use_tls=server.use_tls, start_tls=server.start_tls,
            username=server.username, password=server.password, timeout=self.command_timeout,
        )
        try:
            await smtp.connect()
        except BaseException:
            smtp.close()
            raise
        self.smtp = smtp
        return smtp

    async def send_email(self, email: EmailMessage) -> Delivery:
        """Hand a built message to the SMTP server, on this session's connection."""
        if self._unreachable:
            # The server could not be reached a moment ago in this batch: the rest wait for the next.
            return Delivery.retry(self._unreachable)
        for attempt in (1, 2):
            reused = self.smtp is not None and self.smtp.is_connected
            try:
                smtp = await self._connection()
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                self._unreachable = f"cannot connect to the SMTP server: {_describe(exc)}"
                return Delivery.retry(self._unreachable)
            delivery = await self._hand_over(smtp, email, again_if_dropped=reused and attempt == 1)
            if delivery is not None:
                return delivery
        raise AssertionError("unreachable")

    async def _hand_over(self, smtp: aiosmtplib.SMTP, email: EmailMessage, *, again_if_dropped: bool) -> Delivery | None:
        """One try on `smtp`; None when the server closed a connection that sat idle and
        `again_if_dropped`: the caller tries once more, on a new one."""
        try:
            refused, _ = await smtp.send_message(email)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            # Every recipient refused; aiosmtplib has reset the envelope, the connection is fine.
            detail = "every recipient refused: " + "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
            return Delivery.retry(detail) if all(400 <= r.code < 500 for r in exc.recipients) else Delivery.failed(detail)
        except aiosmtplib.SMTPServerDisconnected as exc:
            self._drop()
            return None if again_if_dropped else Delivery.retry(_describe(exc))
        except aiosmtplib.SMTPResponseException as exc:
            if exc.code == 421 or not smtp.is_connected:
                self._drop()  # 421: the server is closing the connection
            detail = f"{exc.code} {exc.message}"
            return Delivery.retry(detail) if exc.code < 500 else Delivery.failed(detail)
        except (aiosmtplib.SMTPNotSupported, ValueError) as exc:
            # An address SMTP cannot carry, or SMTPUTF8 needed and not offered: no retry helps.
            return Delivery.failed(_describe(exc))
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            self._drop()  # a reset or a timeout: reconnect for the next message, retry this one
            return Delivery.retry(_describe(exc))
        except BaseException:
            self._drop()  # cancelled midway (the worker's timeout, a shutdown): never reuse it
            raise
        if refused:
            # aiosmtplib succeeds when any recipient was accepted; the refused ones are listed here.
            total = len(getaddresses(email.get_all("To", []) + email.get_all("Bcc", [])))
            return Delivery.sent(f"partly delivered: {len(refused)} of {total} recipients refused: " + "; ".join(
                f"{who}: {code} {text}" for who, (code, text) in refused.items()))
        return Delivery.sent()

    def _drop(self) -> None:
        if self.smtp is not None:
            self.smtp.close()
        self.smtp = None


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def email_handler(settings: Settings) -> Callable[[], EmailSender]:
    """The factory `plugin.jobs.senders.default_handlers` registers for kind EMAIL. A malformed SMTP_URL
    raises ValueError here, when the worker starts, rather than failing every batch."""
    if settings.smtp_url:
        SmtpServer.from_url(settings.smtp_url)
    return lambda: EmailSender(settings)

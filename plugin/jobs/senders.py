"""The senders this process delivers the outbox with. The app and the CLI hand them to the worker
(plugin.jobs.outbox knows only the Sender protocol), so the worker and the senders, which use its
Delivery type, do not import each other."""

from __future__ import annotations

from collections.abc import Callable

from emails.send import email_handler
from models.enums import OutboxKind
from plugin.jobs.outbound import WebhookSender
from plugin.jobs.outbox import Sender
from plugin.platform.adapters import adapters
from plugin.platform.inbox import InboxImporter
from plugin.platform.sender import PlatformSender
from plugin.process.settings import Settings


def default_handlers(settings: Settings) -> dict[str, Callable[[], Sender]]:
    """Outbound webhooks, emails (over SMTP with SMTP_URL, as .eml files in RECOURSE_MAIL_DIR
    without it), platform operations (each shop's adapter), and the inbound webhooks stored for
    import (the inbox). Raises ValueError for a malformed SMTP_URL."""
    platforms = adapters(settings)
    return {OutboxKind.WEBHOOK: lambda: WebhookSender(allow_loopback=not settings.production),
            OutboxKind.EMAIL: email_handler(settings), OutboxKind.PLATFORM: lambda: PlatformSender(platforms),
            OutboxKind.INBOX: InboxImporter}

"""What the worker clears away: idempotency keys past their promise, delivered webhooks old
enough that nobody will ask about them, inbound webhooks a day after they were imported, and the
analytics' marks of changed days (recounted: plugin.store.analytics_days). Failed and pending rows stay (staff act on those), and so do
emails: they are the admin's delivery history, erased by the retention settings (actions.privacy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from models.enums import OutboxKind, OutboxStatus
from models.outbox import OutboxMessage
from plugin.actions.idempotency import purge_expired
from plugin.store.analytics_days import refresh_marked

KEEP_SENT = timedelta(days=30)
# Imported webhooks hold the customer's details as the platform sent them; the order has them now.
KEEP_IMPORTED = timedelta(days=1)
EVERY = timedelta(hours=1)  # how often the worker purges; each purge is two indexed deletes


@dataclass(frozen=True)
class Purged:
    idempotency_keys: int
    sent_webhooks: int
    imported_webhooks: int = 0
    analytics_shops: int = 0


async def purge(now: datetime | None = None) -> Purged:
    now = now or datetime.now(timezone.utc)
    keys = await purge_expired(now)
    sent = await OutboxMessage.filter(kind=OutboxKind.WEBHOOK, status=OutboxStatus.SENT, sent_at__lt=now - KEEP_SENT).delete()
    imported = await OutboxMessage.filter(kind=OutboxKind.INBOX, status=OutboxStatus.SENT,
                                          sent_at__lt=now - KEEP_IMPORTED).delete()
    return Purged(keys, sent, imported, await refresh_marked())

"""What the worker clears away: idempotency keys past their promise, and delivered webhooks old
enough that nobody will ask about them. Failed and pending rows stay (staff act on those), and so do
emails: they are the admin's delivery history, erased by the retention settings (actions.privacy)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from models.enums import OutboxKind, OutboxStatus
from models.outbox import OutboxMessage
from plugin.actions.idempotency import purge_expired

KEEP_SENT = timedelta(days=30)
EVERY = timedelta(hours=1)  # how often the worker purges; each purge is two indexed deletes


@dataclass(frozen=True)
class Purged:
    idempotency_keys: int
    sent_webhooks: int


async def purge(now: datetime | None = None) -> Purged:
    now = now or datetime.now(timezone.utc)
    keys = await purge_expired(now)
    sent = await OutboxMessage.filter(kind=OutboxKind.WEBHOOK, status=OutboxStatus.SENT, sent_at__lt=now - KEEP_SENT).delete()
    return Purged(keys, sent)

"""Staff send a FAILED email again: the row goes back to PENDING, due now, with a fresh set of
attempts. The same row and the same Message-ID, so the customer's mail client can tell it is the
same message should an earlier attempt have reached them after all."""

from __future__ import annotations

from datetime import datetime, timezone

from tortoise.transactions import in_transaction

from models.enums import OutboxKind, OutboxStatus
from models.outbox import OutboxMessage
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.events import record


async def failed_row(shop: Shop, row_id: int, kinds: tuple[str, ...], noun: str, called: str) -> OutboxMessage:
    """The shop's outbox row of one of `kinds` that staff may retry: it exists (`called` names it when
    it does not) and it FAILED."""
    row = await OutboxMessage.get_or_none(id=row_id, shop_id=shop.id, kind__in=kinds)
    if row is None:
        raise ActionError("NOT_FOUND", f"no such {called}", ["id"])
    if row.status != OutboxStatus.FAILED:
        raise ActionError("INVALID_STATE", f"only a FAILED {noun} can be retried; this one is {row.status}", ["id"])
    return row


async def retry_email(shop: Shop, delivery_id: int, *, actor: str, now: datetime | None = None) -> OutboxMessage:
    """Only a FAILED email can be retried (INVALID_STATE otherwise); the change is a compare-and-set
    on the status, so two staff clicking at once, or a worker, cannot both act on it."""
    now = now or datetime.now(timezone.utc)
    async with in_transaction():
        row = await failed_row(shop, delivery_id, (OutboxKind.EMAIL,), "email", "email delivery")
        changed = await OutboxMessage.filter(id=row.id, status=OutboxStatus.FAILED, attempts=row.attempts).update(
            status=OutboxStatus.PENDING, attempts=0, next_attempt_at=now, claimed_until=None, last_error=None, sent_at=None,
        )
        if not changed:
            raise ActionError("INVALID_STATE", "the email changed meanwhile; reload it", ["id"])
        await record(
            shop, subject=("EmailDelivery", row.id), actor=actor, action="email.retried",
            before={"status": row.status, "attempts": row.attempts, "last_error": row.last_error},
            after={"status": OutboxStatus.PENDING, "attempts": 0}, note=f"{row.topic} to {row.payload.get('to')}"[:1000],
        )
    return await OutboxMessage.get(id=row.id)

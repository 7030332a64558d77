"""Staff retry a FAILED platform operation from the desk.

Two kinds of failure, two kinds of retry:

* the platform could not be reached for the whole retry window (the worker gave up): the same
  request, with the same idempotency key, since the platform may have carried it out after all and
  must answer that instead of doing it again;
* the platform refused (its userErrors): nothing was done, so the request goes again with a new key
  (an idempotent platform would otherwise answer the old refusal). A refused refund's ledger row
  comes back to PENDING, which counts against what was paid again: it is checked against what is
  left, under the order's lock, as a new refund would be.

A webhook import that failed (an INBOX row: the platform sent something Recourse could not apply)
is shown and retried the same way: its stored webhook is imported again, as if it had just come.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal

from tortoise.transactions import in_transaction

from models.enums import OutboxKind, OutboxStatus, RefundStatus
from models.outbox import OutboxMessage
from models.refund import Refund
from models.webhook import WebhookEvent
from models.shop import Shop
from plugin.actions.email_retry import failed_row
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.ledger import PAYMENT, bump, lock_order, refundable
from plugin.actions.platform_outcomes import DROPPED, REFUSED, refund_of
from plugin.values.money import quantize
from plugin.platform.operations import TITLES


async def _revive_refund(shop: Shop, refund_id: int) -> None:
    """A refused refund goes back to PENDING, if what is left of the payment still allows it."""
    refund = await Refund.get_or_none(shop_id=shop.id, id=refund_id)
    if refund is None or refund.status != RefundStatus.FAILED:
        return
    order = await lock_order(shop, refund.order_id)
    if refund.kind == PAYMENT:
        left = await refundable(order)
        if Decimal(refund.amount) > left:
            raise ActionError("OVER_REFUND", f"only {quantize(left, order.currency)} {order.currency} is left to refund; "
                              "this refund can no longer be carried out as it was", ["id"])
    if not await Refund.filter(id=refund.id, status=RefundStatus.FAILED).update(status=RefundStatus.PENDING, platform_error=None, processed_at=None):
        raise ActionError("INVALID_STATE", "the refund changed meanwhile; reload it", ["id"])
    await bump(order)
    await record(shop, subject=("Refund", refund.id), actor="staff", action="refund.retried",
                 before={"status": RefundStatus.FAILED, "platform_error": refund.platform_error}, after={"status": RefundStatus.PENDING})
    # Its email, dropped with the refusal, waits again for the platform's answer.
    for row in await OutboxMessage.filter(shop_id=shop.id, kind=OutboxKind.EMAIL, status=OutboxStatus.FAILED, last_error=DROPPED,
                                          subject_type="Refund"):
        if refund.id in (row.payload.get("refund_ids") or [row.payload.get("refund_id"), row.subject_id]):
            await OutboxMessage.filter(id=row.id, status=OutboxStatus.FAILED).update(status=OutboxStatus.HELD, last_error=None)


async def retry_operation(shop: Shop, operation_id: int, *, actor: str, now: datetime | None = None) -> OutboxMessage:
    """Only a FAILED operation can be retried (INVALID_STATE otherwise); a compare-and-set on its
    status and attempts, so two staff clicking at once, or a worker, cannot both act on it."""
    now = now or datetime.now(timezone.utc)
    async with in_transaction():
        row = await failed_row(shop, operation_id, (OutboxKind.PLATFORM, OutboxKind.INBOX), "operation", "platform operation")
        was_refused = (row.last_error or "").startswith(REFUSED)
        payload = dict(row.payload)
        if row.kind == OutboxKind.INBOX:
            # The import marks its event imported first (exactly once): unmarked, it imports again.
            await WebhookEvent.filter(shop_id=shop.id, id=row.subject_id).update(imported_at=None, outcome=None)
        elif was_refused:
            payload["key"] = f"recourse-{uuid.uuid4().hex}"
            refund_id = refund_of(row)
            if refund_id:
                await _revive_refund(shop, refund_id)
        changed = await OutboxMessage.filter(id=row.id, status=OutboxStatus.FAILED, attempts=row.attempts).update(
            status=OutboxStatus.PENDING, attempts=0, next_attempt_at=now, claimed_until=None, last_error=None, sent_at=None,
            payload=payload,
        )
        if not changed:
            raise ActionError("INVALID_STATE", "the operation changed meanwhile; reload it", ["id"])
        await record(
            shop, subject=(row.subject_type, row.subject_id), actor=actor, action="platform.retried",
            before={"status": OutboxStatus.FAILED, "attempts": row.attempts, "last_error": row.last_error},
            after={"status": OutboxStatus.PENDING, "new_key": was_refused, "operation": row.topic},
            note=TITLES.get(row.topic, row.topic),
        )
    return await OutboxMessage.get(id=row.id)

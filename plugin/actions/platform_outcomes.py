"""What the platform answered to an operation, written down: each answer in one transaction, and
each safe to write twice (a worker killed after the platform answered and before this committed asks
again with the same key and gets the same answer).

* A refund carried out: the ledger row PENDING -> SUCCEEDED with the platform's refund id, the
  platform's refund mirrored as ours (so its refunds/create webhook adds nothing), the held refund
  email released.
* A refund refused: the row PENDING -> FAILED with the platform's words (it stops counting against
  what was paid), its held email dropped.
* A return opened: the platform's return id kept for the steps that follow.
"""

from __future__ import annotations

from datetime import datetime, timezone

from tortoise.transactions import in_transaction

from models.enums import OutboxKind, OutboxStatus, RefundStatus
from models.outbox import OutboxMessage
from models.platform_refund import PlatformRefund
from models.refund import Refund
from models.returns import Return
from models.shop import Shop
from plugin.actions import exchange_hooks
from plugin.actions.events import record
from plugin.actions.ledger import COUNTED_REFUNDS, bump, lock_order
from plugin.values.ids import from_gid
from plugin.platform import port
from plugin.platform.operations import TITLES

REFUSED = "The platform refused: "  # how a refusal's last_error starts (a Retry then needs a new key)
DROPPED = "not sent: the platform refused the refund"


def _title(message: OutboxMessage) -> str:
    return TITLES.get(message.topic, message.topic)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def refund_of(message: OutboxMessage) -> int | None:
    """Our ledger row an operation carries: its subject, or a cancellation's `refund_ref`."""
    if message.subject_type == "Refund":
        return message.subject_id
    found = from_gid(message.payload.get("refund_ref") or "", "Refund")
    return found[1] if found else None


async def _held_emails(shop: Shop, refund_id: int) -> list[OutboxMessage]:
    """The refund emails waiting for this row (an email may name several rows: refund_ids)."""
    rows = await OutboxMessage.filter(shop_id=shop.id, kind=OutboxKind.EMAIL, status=OutboxStatus.HELD, subject_type="Refund")
    return [row for row in rows
            if refund_id == row.payload.get("refund_id") or refund_id in (row.payload.get("refund_ids") or [])
            or row.subject_id == refund_id]


async def release_emails(shop: Shop, refund_id: int) -> None:
    """The platform carried the refund out: its email goes now."""
    for row in await _held_emails(shop, refund_id):
        await OutboxMessage.filter(id=row.id, status=OutboxStatus.HELD).update(status=OutboxStatus.PENDING, next_attempt_at=_now())


async def _drop_emails(shop: Shop, refund_id: int) -> None:
    """The refund was refused: an email for it alone is not sent; one that also names a row still
    alive (the payment beside a refused credit) waits for that row."""
    for row in await _held_emails(shop, refund_id):
        named = set(row.payload.get("refund_ids") or [row.payload.get("refund_id"), row.subject_id]) - {None}
        if await Refund.filter(id__in=named, status__in=COUNTED_REFUNDS).exclude(id=refund_id).exists():
            continue
        await OutboxMessage.filter(id=row.id, status=OutboxStatus.HELD).update(status=OutboxStatus.FAILED, last_error=DROPPED)


async def _settle(shop: Shop, refund_id: int, platform_id: str, actor: str = "platform") -> None:
    """PENDING -> SUCCEEDED with the platform's id, and the platform's refund recorded as ours."""
    refund = await Refund.get_or_none(shop_id=shop.id, id=refund_id)
    if refund is None:
        return
    order = await lock_order(shop, refund.order_id)
    now = _now()
    if await Refund.filter(id=refund.id, status=RefundStatus.PENDING).update(
        status=RefundStatus.SUCCEEDED, platform_refund_id=platform_id, processed_at=now, platform_error=None
    ):
        await record(shop, subject=("Refund", refund.id), actor=actor, action="refund.succeeded",
                     before={"status": RefundStatus.PENDING}, after={"status": RefundStatus.SUCCEEDED, "platform_refund_id": platform_id})
    # Kept in the form the platform's refunds/create webhook names it, so that webhook finds it.
    mirrored_id = port.canonical_id(platform_id)
    if not await PlatformRefund.exists(shop_id=shop.id, platform_id=mirrored_id):
        await PlatformRefund.create(
            shop_id=shop.id, order_id=order.id, platform_id=mirrored_id, amount=refund.amount, currency=refund.currency,
            lines=[], note=f"carried out by Recourse for refund {refund.id}", processed_at=now,
            refund_id=refund.id if not await PlatformRefund.exists(refund_id=refund.id) else None,
        )
    await bump(order)
    await release_emails(shop, refund.id)


async def _refuse_refund(shop: Shop, refund_id: int, words: str) -> None:
    refund = await Refund.get_or_none(shop_id=shop.id, id=refund_id)
    if refund is None:
        return
    order = await lock_order(shop, refund.order_id)
    if await Refund.filter(id=refund.id, status=RefundStatus.PENDING).update(
        status=RefundStatus.FAILED, platform_error=words[:1000], processed_at=_now()
    ):
        await record(shop, subject=("Refund", refund.id), actor="platform", action="refund.failed",
                     before={"status": RefundStatus.PENDING}, after={"status": RefundStatus.FAILED}, note=words[:1000])
    await bump(order)
    await _drop_emails(shop, refund.id)


async def succeeded(shop: Shop, message: OutboxMessage, done: port.Done) -> None:
    async with in_transaction():
        await exchange_hooks.platform_succeeded(shop, message, done)
        refund_id = refund_of(message) if message.topic not in exchange_hooks.TOPICS else None
        if message.topic in ("refund.create", "credit.create") and refund_id:
            await _settle(shop, refund_id, done.platform_id)
        elif message.topic == "order.cancel" and refund_id:
            if done.refund_ids:
                await _settle(shop, refund_id, done.refund_ids[0])
            else:  # the platform's refunds/create webhook settles the row (by its note or amount)
                await release_emails(shop, refund_id)
        elif message.topic == "return.open":
            await Return.filter(shop_id=shop.id, id=message.subject_id).update(platform_id=done.platform_id)
        await record(shop, subject=(message.subject_type, message.subject_id), actor="platform",
                     action="platform.carried_out", after={"operation": message.topic, "platform_id": done.platform_id,
                                                          "refund_ids": list(done.refund_ids)},
                     note=f"{_title(message)}: {done.detail or done.platform_id}"[:1000])


async def refused(shop: Shop, message: OutboxMessage, answer: port.Refused) -> str:
    """Record the refusal; answers the words the desk shows."""
    words = REFUSED + answer.message
    async with in_transaction():
        await exchange_hooks.platform_refused(shop, message, answer)
        refund_id = refund_of(message) if message.topic not in exchange_hooks.TOPICS else None
        if refund_id and message.topic in ("refund.create", "credit.create", "order.cancel"):
            await _refuse_refund(shop, refund_id, answer.message)
        await record(shop, subject=(message.subject_type, message.subject_id), actor="platform",
                     action="platform.refused", after={"operation": message.topic},
                     note=f"{_title(message)}: {answer.message}"[:1000])
    return words


async def handed(shop: Shop, message: OutboxMessage, answer: port.Handed) -> None:
    """Left to someone else (the manual platform, or staff): the refund stays PENDING until its
    confirmation (refundConfirm), and its email goes now, as a manual shop's always did."""
    async with in_transaction():
        await exchange_hooks.platform_handed(shop, message, answer)
        refund_id = refund_of(message) if message.topic not in exchange_hooks.TOPICS else None
        if refund_id:
            await release_emails(shop, refund_id)
        await record(shop, subject=(message.subject_type, message.subject_id), actor="platform",
                     action="platform.handed", after={"operation": message.topic},
                     note=f"{_title(message)}: {answer.note}"[:1000])


async def settle_from_confirmation(shop: Shop, refund: Refund) -> None:
    """`refundConfirm` settled a row by hand (a credit staff paid themselves): its email goes too."""
    if refund.status == RefundStatus.SUCCEEDED:
        await release_emails(shop, refund.id)
    else:
        await _drop_emails(shop, refund.id)


"""What the platform answered to a store credit or exchange operation, written down (the part of
plugin/actions/platform_outcomes.py for issue 24). Each answer in the caller's transaction, each
safe to write twice (the worker may ask again with the same key and get the same answer).

* credit.issue: Done -> the credit ISSUED with the platform's id (a gift card's last characters for
  the desk), its ledger rows SUCCEEDED, its held email released carrying the card's code; Refused ->
  FAILED with the platform's words, rows FAILED, email dropped; Handed -> HANDED, email released.
* credit.create (a postage credit) also marks its StoreCredit row.
* credit.reverse (an unspent bonus taken back): Done -> the negative BONUS row SUCCEEDED; Refused
  (spent already) -> FAILED, and the bonus stands.
* exchange.reserve: Done -> RESERVED with the draft holding the stock; OUT_OF_STOCK -> WAITING_STOCK.
* exchange.ship: Done -> SHIPPED with the replacement order, and the "your exchange has shipped"
  email; OUT_OF_STOCK -> the sender then has it fall back as the policy says
  (plugin.actions.exchanges.fall_back).
* exchange.invoice: Done -> the invoice's draft and where the customer pays.
"""

from __future__ import annotations

from datetime import datetime, timezone

from models.enums import ExchangeStatus as X
from models.enums import OutboxKind, OutboxStatus, RefundStatus, StoreCreditStatus
from models.exchange import Exchange, StoreCredit
from models.order import Order
from models.outbox import OutboxMessage
from models.refund import Refund
from models.returns import Return
from models.shop import Shop
from plugin.actions import exchange_hooks
from plugin.actions.events import record
from plugin.actions.ledger import bump, lock_order
from plugin.values.ids import from_gid
from plugin.platform import port

OUT_OF_STOCK = "OUT_OF_STOCK"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _refs(message: OutboxMessage) -> list[int]:
    found = []
    for name in ("credit_ref", "bonus_ref", "refund_ref"):
        parsed = from_gid(message.payload.get(name) or "", "Refund")
        if parsed:
            found.append(parsed[1])
    return found


async def _rows(shop: Shop, ids: list[int], status: str, **changes) -> None:
    for refund in await Refund.filter(shop_id=shop.id, id__in=ids, status=RefundStatus.PENDING):
        order = await lock_order(shop, refund.order_id)
        if await Refund.filter(id=refund.id, status=RefundStatus.PENDING).update(status=status, processed_at=_now(), **changes):
            await record(shop, subject=("Refund", refund.id), actor="platform",
                         action="refund.succeeded" if status == RefundStatus.SUCCEEDED else "refund.failed",
                         before={"status": RefundStatus.PENDING}, after={"status": status})
        await bump(order)


async def _emails(shop: Shop, credit_id: int, status: str, code: str | None = None, error: str | None = None) -> None:
    held = await OutboxMessage.filter(shop_id=shop.id, kind=OutboxKind.EMAIL, status=OutboxStatus.HELD, subject_type="StoreCredit",
                                      subject_id=credit_id)
    for row in held:
        changes: dict = {"status": status}
        if status == OutboxStatus.PENDING:
            changes["next_attempt_at"] = _now()
            if code:
                changes["payload"] = {**row.payload, "code": code}
        else:
            changes["last_error"] = error
        await OutboxMessage.filter(id=row.id, status=OutboxStatus.HELD).update(**changes)


@exchange_hooks.platform_succeeded.listen
async def succeeded(shop: Shop, message: OutboxMessage, done: port.Done) -> None:
    topic = message.topic
    if topic == "credit.issue":
        changes = {"status": StoreCreditStatus.ISSUED, "platform_id": done.platform_id[:128], "issued_at": _now(),
                   "platform_error": None}
        if done.code:
            changes["code_last4"] = done.code[-4:]
        await StoreCredit.filter(shop_id=shop.id, id=message.subject_id).exclude(status=StoreCreditStatus.ISSUED).update(**changes)
        await _rows(shop, _refs(message), RefundStatus.SUCCEEDED, platform_refund_id=done.platform_id[:64], platform_error=None)
        await _emails(shop, message.subject_id, OutboxStatus.PENDING, code=done.code)
    elif topic == "credit.reverse":
        await _rows(shop, _refs(message), RefundStatus.SUCCEEDED, platform_refund_id=done.platform_id[:64], platform_error=None)
    elif topic == "credit.create" and message.subject_type == "Refund":
        await StoreCredit.filter(shop_id=shop.id, refund_id=message.subject_id).exclude(status=StoreCreditStatus.ISSUED).update(
            status=StoreCreditStatus.ISSUED, platform_id=done.platform_id[:128], issued_at=_now())
    elif topic == "exchange.reserve":
        await Exchange.filter(shop_id=shop.id, id=message.subject_id, status__in=(X.RESERVING, X.WAITING_STOCK)).update(
            status=X.RESERVED, draft_platform_id=done.platform_id[:128], reserved_at=_now(), platform_error=None)
    elif topic == "exchange.ship":
        if await Exchange.filter(shop_id=shop.id, id=message.subject_id).exclude(status=X.SHIPPED).update(
            status=X.SHIPPED, platform_order_id=done.platform_id[:128], platform_order_name=(done.name or "")[:64] or None,
            shipped_at=_now(), platform_error=None,
        ):
            await _shipped_email(shop, message.subject_id)
    elif topic == "exchange.invoice":
        await Exchange.filter(shop_id=shop.id, id=message.subject_id).update(
            invoice_platform_id=done.platform_id[:128], invoiced_at=_now(),
            invoice_url=done.detail[:1024] if done.detail and done.detail.startswith("https://") else None)


async def _shipped_email(shop: Shop, exchange_id: int) -> None:
    exchange = await Exchange.get(shop_id=shop.id, id=exchange_id)
    ret = await Return.get(shop_id=shop.id, id=exchange.return_request_id)
    order = await Order.get(shop_id=shop.id, id=exchange.order_id)
    if order.email:
        await record(shop, subject=("Exchange", exchange.id), actor="platform", action="exchange.shipped",
                     email=("exchange_shipped", {"to": order.email, "order_id": order.id, "return_id": ret.id,
                                                 "exchange_id": exchange.id}))


@exchange_hooks.platform_refused.listen
async def refused(shop: Shop, message: OutboxMessage, answer: port.Refused) -> None:
    topic, words = message.topic, answer.message[:1000]
    out_of_stock = any(error.code == OUT_OF_STOCK for error in answer.errors)
    if topic == "credit.issue":
        await StoreCredit.filter(shop_id=shop.id, id=message.subject_id, status=StoreCreditStatus.PENDING).update(
            status=StoreCreditStatus.FAILED, platform_error=words)
        await _rows(shop, _refs(message), RefundStatus.FAILED, platform_error=words)
        await _emails(shop, message.subject_id, OutboxStatus.FAILED, error="not sent: the platform refused the store credit")
    elif topic == "credit.reverse":  # spent already: the bonus stands
        await _rows(shop, _refs(message), RefundStatus.FAILED, platform_error=words)
    elif topic == "credit.create" and message.subject_type == "Refund":
        await StoreCredit.filter(shop_id=shop.id, refund_id=message.subject_id).update(
            status=StoreCreditStatus.FAILED, platform_error=words)
    elif topic == "exchange.reserve":
        await Exchange.filter(shop_id=shop.id, id=message.subject_id, status=X.RESERVING).update(
            status=X.WAITING_STOCK if out_of_stock else X.RESERVING, platform_error=words)
    elif topic == "exchange.ship" and out_of_stock:
        pass  # the sender then falls back (plugin.actions.exchanges.fall_back), in its own transaction
    elif topic.startswith("exchange."):
        await Exchange.filter(shop_id=shop.id, id=message.subject_id).update(platform_error=words)


@exchange_hooks.platform_handed.listen
async def handed(shop: Shop, message: OutboxMessage, answer: port.Handed) -> None:
    """Rows written while the shop carried outcomes out, answered by a manual platform since."""
    if message.topic == "credit.issue":
        await StoreCredit.filter(shop_id=shop.id, id=message.subject_id, status=StoreCreditStatus.PENDING).update(
            status=StoreCreditStatus.HANDED)
        await _emails(shop, message.subject_id, OutboxStatus.PENDING)
    elif message.topic == "credit.create" and message.subject_type == "Refund":
        await StoreCredit.filter(shop_id=shop.id, refund_id=message.subject_id).update(status=StoreCreditStatus.HANDED)
    elif message.topic == "exchange.reserve":
        await Exchange.filter(shop_id=shop.id, id=message.subject_id, status=X.RESERVING).update(status=X.RESERVED)
    elif message.topic == "exchange.ship":
        await Exchange.filter(shop_id=shop.id, id=message.subject_id).exclude(status=X.SHIPPED).update(
            status=X.SHIPPED, shipped_at=_now())

"""Refunds: rows in a ledger. They start PENDING and the platform confirms them SUCCEEDED or FAILED.

Two kinds of row, two invariants, each checked against the ledger under the order's lock and
committed only with the order's compare-and-set:

* PAYMENT rows give back what the customer paid: their PENDING and SUCCEEDED sum on an order never
  exceeds what was paid;
* REIMBURSEMENT rows pay what the policy granted on top of the payment (a return postage credit,
  e.g. Allegra K's "$6.99 ... returned to your original account with the refund"): their sum on a
  return never exceeds the credits of the decision the return was approved under. So a refund may
  exceed the order's paid total by exactly the granted amount, never more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Self

from tortoise.transactions import in_transaction

from models.enums import RefundStatus
from models.order import Order
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions import return_states, store_credit
from plugin.actions.commands import CreateRefund
from plugin.actions.errors import ActionError
from plugin.actions.events import record, snapshot
from plugin.actions.idempotency import once
from plugin.actions.ledger import (
    BONUS,
    EXCHANGE,
    REFUND_AUDITED,
    REIMBURSEMENT,
    add_refund,
    bump,
    lock_order,
    paid_back,
    pay_quote,
    payable_quote,
    refundable,
    split_quote,
)
from plugin.actions.platform_outcomes import settle_from_confirmation
from plugin.actions.policy import policy_in_force, policy_version
from plugin.actions.decisions import accepted_quote
from plugin.values.money import quantize

REASONS = ("RETURN", "CANCELLATION", "GOODWILL", "PRICE_ADJUSTMENT", "DAMAGED_IN_TRANSIT", "OTHER")
AUDITED = REFUND_AUDITED


@dataclass(frozen=True)
class RefundMade:
    """What `refundCreate` wrote: the refund row and, when a return's quote carried a credit the
    policy granted, the REIMBURSEMENT row written beside it."""

    refund: Refund
    reimbursement: Refund | None = None
    bonus: Refund | None = None  # a store credit return: the bonus credited beside the credit (`refund`)

    def stored(self) -> dict:
        return {"refund_id": self.refund.id,
                **({"reimbursement_id": self.reimbursement.id} if self.reimbursement else {}),
                **({"bonus_id": self.bonus.id} if self.bonus else {})}

    @classmethod
    async def replayed(cls, shop: Shop, command: CreateRefund, stored: dict) -> Self:
        refund = await Refund.get(shop_id=shop.id, id=stored["refund_id"])
        other, bonus = stored.get("reimbursement_id"), stored.get("bonus_id")
        return cls(refund, await Refund.get(shop_id=shop.id, id=other) if other else None,
                   await Refund.get(shop_id=shop.id, id=bonus) if bonus else None)


def _exact(amount: Decimal, currency: str) -> Decimal:
    if amount <= 0:
        raise ActionError("INVALID", "must be more than zero", ["amount"])
    if quantize(amount, currency) != amount:
        raise ActionError("INVALID", f"has more decimals than {currency} allows", ["amount"])
    return amount


async def _require_inspection_if_risky(shop: Shop, ret: Return) -> None:
    """A return scored at a level whose consequence is INSPECT_BEFORE_REFUND (under the policy it was
    decided by) is refunded only once its items were inspected."""
    if ret.risk_level is None:
        return
    policy = (await policy_version(shop, ret.policy_version))[0] if ret.policy_version else (await policy_in_force(shop))[0]
    if policy.risk.consequence(ret.risk_level) != "INSPECT_BEFORE_REFUND":
        return
    if not await ReturnLine.filter(return_request_id=ret.id, inspected_at__isnull=False).exists():
        raise ActionError("INSPECTION_REQUIRED", "this return is refunded only after its items are inspected", ["returnId"])


async def waits_for_inspection(shop: Shop, ret: Return) -> bool:
    """Whether a refund of `ret` would be refused until its items are inspected (see above)."""
    try:
        await _require_inspection_if_risky(shop, ret)
    except ActionError:
        return True
    return False


async def create_refund(
    shop: Shop, *, return_id: int | None, order_id: int | None, amount: Decimal | None, reason: str,
    note: str | None, actor: str, override_reason: str | None = None,
) -> RefundMade:
    """Refund a return (by default what the policy quotes for its accepted units) or an order (an amount).

    A return's refunds together stay within its refundable value (the quote for its accepted units,
    or the request's quote before inspection) unless staff give `override_reason` (audited); every
    refund stays within what the order paid, whatever the reason."""
    if override_reason is not None and (not override_reason.strip() or len(override_reason) > 1000):
        raise ActionError("INVALID", "give a reason of 1 to 1000 characters, or none", ["overrideReason"])
    if reason not in REASONS:
        raise ActionError("INVALID", f"reason must be one of {', '.join(REASONS)}", ["reason"])
    if (return_id is None) == (order_id is None):
        raise ActionError("INVALID", "give either a return or an order", ["returnId"])
    async with in_transaction():
        ret = None
        if return_id is not None:
            found = await Return.filter(shop_id=shop.id, id=return_id).values_list("order_id", flat=True)
            if not found:
                raise ActionError("NOT_FOUND", "no such return", ["returnId"])
            order_id = found[0]
        order = await lock_order(shop, order_id)
        if return_id is not None:
            # Read under the order's lock, which declining or cancelling a return takes too: a return
            # that one of them is stopping is never refunded.
            ret = await Return.get(shop_id=shop.id, id=return_id)
            return_states.check(ret, "refund", "returnId")
            await _require_inspection_if_risky(shop, ret)
        if amount is None:
            if ret is None:
                raise ActionError("BLANK", "an order refund needs an amount", ["amount"])
            return await refund_quote(shop, order, ret, reason, note, actor)
        return await _refund_amount(shop, order, ret, _exact(amount, order.currency), reason=reason, note=note,
                                    actor=actor, override_reason=override_reason)


async def _refund_amount(shop: Shop, order: Order, ret: Return | None, amount: Decimal, *, reason: str,
                         note: str | None, actor: str, override_reason: str | None) -> RefundMade:
    """Refund the `amount` staff gave: of a return, within what is left of its value unless
    overridden (audited); a store credit return's is credited, with its bonus, never paid out."""
    left = None
    if ret is not None:
        # What the return is worth to the payment (its accepted units' quote, less credits, which
        # are reimbursed apart), less what was paid for it already.
        left = split_quote(await accepted_quote(shop, ret))[0] - await paid_back(order, ret.id)
        if amount > left and override_reason is None:
            raise ActionError(
                "OVER_REFUND", f"only {quantize(max(left, Decimal(0)), order.currency)} {order.currency} of this "
                "return's refundable value is left; give overrideReason to refund more", ["amount"])
    credit = store_credit.crediting(shop, order, ret, reason=reason, actor=actor, note=note) if ret else None
    if credit is not None:  # staff chose the amount, the customer chose credit
        rows = await credit(amount, [])
    else:
        rows = [await add_refund(shop, order, amount, reason=reason, actor=actor, note=note,
                                 return_id=ret.id if ret else None)]
    if left is not None and amount > left:  # only with an override reason (see above)
        await record(shop, subject=("Refund", rows[0].id), actor=actor, action="refund.over_return_value",
                     after={"return_value_left": str(quantize(left, order.currency))}, note=override_reason.strip())
    return RefundMade(rows[0], bonus=next((row for row in rows if row.kind == BONUS), None))


async def refund_quote(shop: Shop, order: Order, ret: Return, reason: str, note: str | None, actor: str) -> RefundMade:
    """Pay what the policy quotes for the return's accepted units, less what was already paid for it;
    a store credit return is credited (with the policy's bonus), never paid out; an exchange pays
    back only the rest of a cheaper exchange."""
    quote = payable_quote(await accepted_quote(shop, ret), ret, order.currency)
    credit = store_credit.crediting(shop, order, ret, reason=reason, actor=actor, note=note)
    try:
        rows = await pay_quote(shop, order, ret, quote, reason=reason, note=note, actor=actor, credit=credit)
    except ActionError as exc:
        if exc.code == "NOTHING_TO_REFUND" and ret.resolution == EXCHANGE:
            raise ActionError("NOTHING_TO_REFUND", "the items are exchanged, not refunded; give an amount to refund "
                              "anyway (e.g. when the exchange cannot ship)", ["amount"]) from None
        raise
    by_kind = {row.kind: row for row in rows}
    return RefundMade(rows[0], by_kind.get(REIMBURSEMENT), by_kind.get(BONUS))


async def create(shop: Shop, command: CreateRefund, key: str | None, actor: str) -> RefundMade:
    """`create_refund` at most once per idempotency key."""
    return await once(shop, key, command, lambda: create_refund(
        shop, return_id=command.return_id, order_id=command.order_id, amount=command.amount, reason=command.reason,
        note=command.note, actor=actor, override_reason=command.override_reason,
    ), RefundMade)


async def confirm_refund(shop: Shop, refund_id: int, status: str, platform_refund_id: str | None, actor: str) -> Refund:
    """The platform's word on a pending refund. A FAILED refund stops counting against what was paid."""
    if status not in (RefundStatus.SUCCEEDED, RefundStatus.FAILED):
        raise ActionError("INVALID", "status must be SUCCEEDED or FAILED", ["status"])
    async with in_transaction():
        refund = await Refund.get_or_none(shop_id=shop.id, id=refund_id)
        if refund is None:
            raise ActionError("NOT_FOUND", "no such refund", ["id"])
        if refund.status != RefundStatus.PENDING:
            raise ActionError("INVALID_STATE", f"the refund is already {refund.status}", ["id"])
        before = snapshot(refund, AUDITED)
        order = await lock_order(shop, refund.order_id)
        now = datetime.now(timezone.utc)
        # Compare-and-set: of two confirmations read as PENDING at once, only one settles the refund.
        if not await Refund.filter(id=refund.id, status=RefundStatus.PENDING).update(
            status=status, platform_refund_id=platform_refund_id, processed_at=now
        ):
            raise ActionError("INVALID_STATE", "the refund was confirmed meanwhile", ["id"])
        refund.status, refund.platform_refund_id, refund.processed_at = status, platform_refund_id, now
        await bump(order)
        await record(shop, subject=("Refund", refund.id), actor=actor, action=f"refund.{status.lower()}",
                     before=before, after=snapshot(refund, AUDITED))
        await settle_from_confirmation(shop, refund)
    return refund


async def suggested_refund(shop: Shop, ret: Return) -> Decimal:
    """What `refundCreate` would refund for the return by default: the policy's quote for its
    accepted units (the request's quote before inspection), less what this return already got,
    never more than the order has left."""
    order = await Order.get(id=ret.order_id, shop_id=shop.id)
    quote = payable_quote(await accepted_quote(shop, ret), ret, order.currency)
    left = Decimal(quote["total"]["amount"]) - await paid_back(order, ret.id)
    return max(Decimal(0), min(left, await refundable(order)))


async def refund_fallen_back(shop: Shop, return_id: int) -> None:
    """Refund a return whose exchange fell back (plugin.actions.exchange_fallback) by its new
    resolution; when that is refused (e.g. inspection required first) staff refund it from the desk."""
    try:
        await create_refund(shop, return_id=return_id, order_id=None, amount=None, reason="RETURN",
                            note="the exchanged item sold out", actor="platform")
    except ActionError as exc:
        await record(shop, subject=("Return", return_id), actor="platform", action="exchange.fallback_waiting",
                     note=f"not refunded automatically: {exc.message}"[:1000])

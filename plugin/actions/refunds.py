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
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Self

from tortoise.transactions import in_transaction

from models.order import Order
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions import exchange_hooks, platform_ops, return_states, store_credit
from plugin.actions.commands import CreateRefund
from plugin.actions.errors import ActionError
from plugin.actions.events import record, snapshot
from plugin.actions.idempotency import once
from plugin.actions.platform_outcomes import settle_from_confirmation
from plugin.actions.ledger import (
    BONUS, EXCHANGE, PAYMENT, REIMBURSEMENT, STORE_CREDIT, bump, captured, lock_order, paid_back, refundable, refunded,
)
from plugin.actions.policy import policy_in_force, policy_version
from plugin.actions.returns import accepted_quote
from plugin.values.ids import to_gid
from plugin.values.money import quantize

REASONS = ("RETURN", "CANCELLATION", "GOODWILL", "PRICE_ADJUSTMENT", "DAMAGED_IN_TRANSIT", "OTHER")
AUDITED = ("amount", "currency", "kind", "status", "reason", "platform_refund_id")


def event(refund: Refund) -> dict:
    return {
        "id": to_gid("Refund", refund.id), "order_id": to_gid("Order", refund.order_id),
        "return_id": to_gid("Return", refund.return_request_id) if refund.return_request_id else None,
        # Quantized: columns keep four decimals, the wire has the currency's own.
        "amount": {"amount": str(quantize(refund.amount, refund.currency)), "currency": refund.currency},
        "status": refund.status, "reason": refund.reason, "kind": refund.kind, "breakdown": refund.breakdown,
    }


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


def granted(ret: Return) -> Decimal:
    """What the policy granted this return on top of the payment: the credits of its decision."""
    credits = (ret.decision.get("quote") or {}).get("credits") or {}
    return Decimal(credits.get("amount") or 0)


async def add_refund(
    shop: Shop, order: Order, amount: Decimal, *, reason: str, actor: str, note: str | None = None,
    return_id: int | None = None, cancellation_id: int | None = None, breakdown: list | None = None,
    kind: str = PAYMENT, grant: Decimal | None = None, notify: bool = True, email_with: tuple[int, ...] = (),
    carry: bool = True, expires_on: date | None = None,
) -> Refund:
    """Write one refund row against an order the caller has locked (see ledger.lock_order).

    A PAYMENT is bounded by what is left of the payment; a REIMBURSEMENT (of a return) by what is left
    of ``grant``. With ``notify``, the refund_issued email covers this row and the rows ``email_with``
    written just before it in the same transaction (one email for one refund the customer sees).

    On a platform that carries refunds out (plugin.actions.platform_ops) the row's operation is
    written here too (unless ``carry`` is off: a cancellation carries its refund itself), the return's
    arrived units are processed first, and the email waits (HELD) for the platform to succeed, or is
    not written at all when the platform emails the customer itself.
    """
    if kind in (REIMBURSEMENT, BONUS):
        remaining = (grant or Decimal(0)) - await refunded(order, return_id, kind)
        left = ("of the return postage credit the policy granted" if kind == REIMBURSEMENT
                else "of the store credit bonus the policy granted")
    else:
        if captured(order) <= 0:
            raise ActionError(
                "NOTHING_TO_REFUND", "the payment was not captured (only authorized, pending or voided): nothing to refund",
                ["amount"],
            )
        # What was captured, less our refunds and those made in the platform itself.
        remaining = await refundable(order)
        left = "of what was captured"
    if amount > remaining:
        raise ActionError(
            # Quantized: the column keeps four decimals, the customer's currency may have fewer.
            "OVER_REFUND", f"only {quantize(max(remaining, Decimal(0)), order.currency)} {order.currency} {left} is left to refund",
            ["amount"],
        )
    refund = await Refund.create(
        shop_id=shop.id, order_id=order.id, return_request_id=return_id, cancellation_id=cancellation_id,
        amount=amount, currency=order.currency, reason=reason, note=note, breakdown=breakdown or [], created_by=actor,
        kind=kind, expires_on=expires_on,
    )
    await bump(order)
    email = {"to": order.email, "order_id": order.id, "refund_id": refund.id}
    if email_with:
        email = {**email, "refund_id": email_with[0], "refund_ids": [*email_with, refund.id]}
    await record(
        shop, subject=("Refund", refund.id), actor=actor, action="refund.created", after=snapshot(refund, AUDITED),
        note=note, webhook=("refund.created", event(refund)),
        email=("refund_issued", email) if notify and not platform_ops.platform_notifies(shop) else None,
        hold_email=platform_ops.carried_out(shop),
    )
    if carry and platform_ops.carried_out(shop):
        if return_id is not None:
            await platform_ops.process_return(shop, await Return.get(id=return_id, shop_id=shop.id))
        await platform_ops.refund(shop, order, refund)
    return refund


def split_quote(quote: dict) -> tuple[Decimal, list, Decimal, list]:
    """The quote's total as (payment, its lines, reimbursement, its lines): the CREDIT lines are the
    reimbursement (never more than the total, whose clamp may have eaten into them), the rest the
    payment."""
    total = Decimal(quote["total"]["amount"])
    credit_lines = [line for line in quote["lines"] if line["kind"] == "CREDIT"]
    credits = min(sum((Decimal(line["amount"]["amount"]) for line in credit_lines), Decimal(0)), total)
    payment_lines = [line for line in quote["lines"] if line["kind"] != "CREDIT"]
    return total - credits, payment_lines, credits, credit_lines


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
            return await _refund_quote(shop, order, ret, reason, note, actor)
        left = None
        if ret is not None:
            # What the return is worth to the payment (its accepted units' quote, less credits, which
            # are reimbursed apart), less what was paid for it already.
            left = split_quote(await accepted_quote(shop, ret))[0] - await paid_back(order, ret.id)
            if amount > left and override_reason is None:
                raise ActionError(
                    "OVER_REFUND", f"only {quantize(max(left, Decimal(0)), order.currency)} {order.currency} of this "
                    "return's refundable value is left; give overrideReason to refund more", ["amount"])
        refund = await add_refund(
            shop, order, _exact(amount, order.currency), reason=reason, actor=actor, note=note,
            return_id=ret.id if ret else None,
        )
        if left is not None and amount > left:  # only with an override reason (see above)
            await record(shop, subject=("Refund", refund.id), actor=actor, action="refund.over_return_value",
                         after={"return_value_left": str(quantize(left, order.currency))}, note=override_reason.strip())
    return RefundMade(refund)


def exchange_rest(ret: Return) -> Decimal:
    """What an exchange gives back in money: the difference when the new items cost less and the
    policy refunds the rest (decision["exchange"]); nothing otherwise."""
    exchange = ret.decision.get("exchange") or {}
    difference = Decimal(((exchange.get("difference") or {}).get("amount")) or 0)
    return -difference if difference < 0 and exchange.get("handling") == "REFUND_REST" else Decimal(0)


async def _refund_quote(shop: Shop, order: Order, ret: Return, reason: str, note: str | None, actor: str) -> RefundMade:
    """Pay what the policy quotes for the return's accepted units, less what was already paid for
    it: the payment part as a PAYMENT row, the granted credits as a REIMBURSEMENT row beside it, and
    one email that shows both (the credit as its own line)."""
    payment, payment_lines, credits, credit_lines = split_quote(await accepted_quote(shop, ret))
    if ret.resolution == EXCHANGE:
        # The items are exchanged, not refunded: only the rest of a cheaper exchange goes back.
        payment = min(payment, exchange_rest(ret))
        payment_lines = [{"kind": "ADJUSTMENT", "code": "EXCHANGE_PRICE_DIFFERENCE",
                          "description": "Price difference of the exchange",
                          "amount": {"amount": str(payment), "currency": order.currency}}]
    pay = payment - await paid_back(order, ret.id)
    reimburse = min(credits, granted(ret)) - await refunded(order, ret.id, REIMBURSEMENT)
    if pay <= 0 and reimburse <= 0:
        if ret.resolution == EXCHANGE:
            raise ActionError("NOTHING_TO_REFUND", "the items are exchanged, not refunded; give an amount to refund "
                              "anyway (e.g. when the exchange cannot ship)", ["amount"])
        raise ActionError("NOTHING_TO_REFUND", "the accepted items are already refunded", ["amount"])
    rows: list[Refund] = []
    if pay > 0 and ret.resolution == STORE_CREDIT:
        # The customer chose store credit: the payment part is credited (with the policy's bonus), never paid out.
        rows += await _credit(shop, order, ret, pay, reason=reason, actor=actor, note=note, breakdown=payment_lines)
        pay = Decimal(0)
    if pay > 0:
        rows.append(await add_refund(shop, order, pay, reason=reason, actor=actor, note=note, return_id=ret.id,
                                     breakdown=payment_lines, notify=reimburse <= 0))
    if reimburse > 0:
        rows.append(await add_refund(shop, order, reimburse, reason=reason, actor=actor, note=note, return_id=ret.id,
                                     breakdown=credit_lines, kind=REIMBURSEMENT, grant=granted(ret),
                                     email_with=tuple(row.id for row in rows if row.kind == PAYMENT)))
    by_kind = {row.kind: row for row in rows}
    return RefundMade(rows[0], by_kind.get(REIMBURSEMENT), by_kind.get(BONUS))


async def _credit(shop: Shop, order: Order, ret: Return, amount: Decimal, *, reason: str, actor: str,
                  note: str | None, breakdown: list) -> list[Refund]:
    """A STORE_CREDIT row for `amount` and a BONUS row for the policy's bonus on it (plugin.actions.
    store_credit), neither emailed as a refund: the platform's hook issues them and tells the customer."""
    bonus, expires = await store_credit.terms(shop, order, ret, amount)
    rows = [await add_refund(shop, order, amount, reason=reason, actor=actor, note=note, return_id=ret.id,
                             breakdown=breakdown, kind=STORE_CREDIT, notify=False, carry=False, expires_on=expires)]
    if bonus > 0:
        line = {"kind": "BONUS", "code": "STORE_CREDIT_BONUS", "description": "Store credit bonus",
                "amount": {"amount": str(quantize(bonus, order.currency)), "currency": order.currency}}
        rows.append(await add_refund(shop, order, bonus, reason=reason, actor=actor, note=note, return_id=ret.id,
                                     breakdown=[line], kind=BONUS, grant=store_credit.granted_bonus(ret), notify=False,
                                     carry=False, expires_on=expires))
    await exchange_hooks.credit_issued(shop, order, ret, rows)
    return rows


async def create(shop: Shop, command: CreateRefund, key: str | None, actor: str) -> RefundMade:
    """`create_refund` at most once per idempotency key."""
    return await once(shop, key, command, lambda: create_refund(
        shop, return_id=command.return_id, order_id=command.order_id, amount=command.amount, reason=command.reason,
        note=command.note, actor=actor, override_reason=command.override_reason,
    ), RefundMade)


async def confirm_refund(shop: Shop, refund_id: int, status: str, platform_refund_id: str | None, actor: str) -> Refund:
    """The platform's word on a pending refund. A FAILED refund stops counting against what was paid."""
    if status not in ("SUCCEEDED", "FAILED"):
        raise ActionError("INVALID", "status must be SUCCEEDED or FAILED", ["status"])
    async with in_transaction():
        refund = await Refund.get_or_none(shop_id=shop.id, id=refund_id)
        if refund is None:
            raise ActionError("NOT_FOUND", "no such refund", ["id"])
        if refund.status != "PENDING":
            raise ActionError("INVALID_STATE", f"the refund is already {refund.status}", ["id"])
        before = snapshot(refund, AUDITED)
        order = await lock_order(shop, refund.order_id)
        now = datetime.now(timezone.utc)
        # Compare-and-set: of two confirmations read as PENDING at once, only one settles the refund.
        if not await Refund.filter(id=refund.id, status="PENDING").update(
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
    quote = await accepted_quote(shop, ret)
    total = Decimal(quote["total"]["amount"])
    if ret.resolution == EXCHANGE:
        total = min(total, exchange_rest(ret))
    left = total - await paid_back(order, ret.id)
    return max(Decimal(0), min(left, await refundable(order)))

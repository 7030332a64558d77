"""Per-order money and quantity balances, derived from rows, and the lock every change takes.

Every return and refund on an order runs inside a transaction that first locks the order (a row lock
on PostgreSQL; SQLite runs one transaction at a time) and last bumps its ledger_version with a
compare-and-set. Checks made in between therefore see a state no concurrent change can slip past.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal

from models.enums import RefundStatus, ReturnStatus
from models.order import Order, OrderLine
from models.platform_refund import PlatformRefund
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions import platform_ops
from plugin.actions.errors import ActionError
from plugin.actions.events import record, snapshot
from plugin.policy import PriorReturn
from plugin.store.statements import Statement
from plugin.values.ids import to_gid
from plugin.values.money import quantize

COUNTED_REFUNDS = (RefundStatus.PENDING, RefundStatus.SUCCEEDED)
PAYMENT, REIMBURSEMENT = "PAYMENT", "REIMBURSEMENT"
# Returns in these statuses hold units of the order (DECLINED and CANCELED ones gave them back).
ACTIVE = (ReturnStatus.REQUESTED, ReturnStatus.ON_HOLD, ReturnStatus.OPEN, ReturnStatus.RECEIVED, ReturnStatus.CLOSED)
REFUND_AUDITED = ("amount", "currency", "kind", "status", "reason", "platform_refund_id")
# Store credit instead of money (counts against what may be refunded, like a payment: never both),
# and the bonus the policy adds on top of it (counts against nothing but the decision's bonus).
STORE_CREDIT, BONUS = "STORE_CREDIT", "BONUS"
EXCHANGE = "EXCHANGE"  # a return's resolution: its items are exchanged, not refunded


async def lock_order(shop: Shop, order_id: int) -> Order:
    """Call inside a transaction; the caller must end with `bump(order)`."""
    order = await Order.filter(shop_id=shop.id, id=order_id).select_for_update().first()
    if order is None:
        raise ActionError("ORDER_NOT_FOUND", "no such order", ["orderId"])
    return order


async def bump(order: Order) -> None:
    updated = await Order.filter(id=order.id, ledger_version=order.ledger_version).update(
        ledger_version=order.ledger_version + 1
    )
    if not updated:
        raise ActionError("CONFLICT", "the order changed meanwhile; try again", ["orderId"])
    order.ledger_version += 1


async def refunded(order: Order, return_id: int | None = None, kind: str = PAYMENT) -> Decimal:
    """What was refunded (or is being refunded) on the order, or on one of its returns: of the
    payment (``PAYMENT``, bounded by what was paid), of what the policy granted on top of it
    (``REIMBURSEMENT``, bounded by the grant), as store credit (``STORE_CREDIT``) or as its bonus
    (``BONUS``). A reversal (a negative row) counts only once the platform carried it out
    (SUCCEEDED): until then the credit may still be spent, so it frees nothing."""
    query = Refund.filter(shop_id=order.shop_id, order_id=order.id, status__in=COUNTED_REFUNDS, kind=kind)
    if return_id is not None:
        query = query.filter(return_request_id=return_id)
    rows = await query.values_list("amount", "status")
    return sum((amount for amount, status in rows if amount > 0 or status == RefundStatus.SUCCEEDED), Decimal(0))


async def paid_back(order: Order, return_id: int | None = None) -> Decimal:
    """What went back to the customer out of the payment: money and store credit, which never both
    pay for the same value (the bonus and policy reimbursements are on top)."""
    return await refunded(order, return_id, PAYMENT) + await refunded(order, return_id, STORE_CREDIT)


async def refunded_outside(order: Order) -> Decimal:
    """What the platform refunded that is none of our ledger rows (staff refunding in its admin)."""
    query = PlatformRefund.filter(shop_id=order.shop_id, order_id=order.id, refund_id__isnull=True)
    return sum(await query.values_list("amount", flat=True), Decimal(0))


def captured(order: Order) -> Decimal:
    """What the platform took from the customer; the whole total when it never said otherwise."""
    return order.total_paid if order.captured is None else min(order.captured, order.total_paid)


async def refundable(order: Order) -> Decimal:
    """What may still be refunded (as money or store credit): money captured, less our refunds and
    store credit and the platform's own refunds."""
    return max(Decimal(0), captured(order) - await paid_back(order) - await refunded_outside(order))


# Read on every eligibility answer and quote for an order that has had a return: written once
# (plugin.store.statements), the columns in the order prior_returns unpacks them.
_PRIOR_RETURN_LINES = Statement(
    """SELECT rl.return_request_id, rl.order_line_id, rl.quantity, r.status, r.requested_at, r.merchant_at_fault,
              r.approved_at
         FROM return_line rl JOIN "return" r ON r.id = rl.return_request_id
        WHERE rl.shop_id = $1 AND r.order_id = $2 AND rl.return_request_id <> $3
        ORDER BY rl.return_request_id, rl.id""",
    {name: (Return, name) for name in ("status", "requested_at", "merchant_at_fault", "approved_at")},
)


async def prior_returns(order: Order, exclude: int | None = None) -> tuple[PriorReturn, ...]:
    """The order's returns with their lines, in one statement (every return has at least one line)."""
    if order.ledger_version == 0:
        # Every return is created under the order's ledger lock, which bumps ledger_version: an order
        # still at 0 has none, and the storefront's hottest read skips a statement.
        return ()
    rows = await _PRIOR_RETURN_LINES.rows((order.shop_id, order.id, exclude or 0))
    returns: dict[int, dict] = {}
    lines: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for row in rows:
        returns.setdefault(row["return_request_id"], row)
        lines[row["return_request_id"]].append((str(row["order_line_id"]), row["quantity"]))
    return tuple(
        PriorReturn(
            return_id=str(return_id), status=r["status"], created_at=r["requested_at"], lines=tuple(lines[return_id]),
            merchant_at_fault=r["merchant_at_fault"], instructions_sent_at=r["approved_at"],
        )
        for return_id, r in returns.items()
    )


async def held_quantities(order: Order) -> dict[int, int]:
    """Units of each order line in active returns."""
    held: dict[int, int] = defaultdict(int)
    active = Return.filter(shop_id=order.shop_id, order_id=order.id, status__in=ACTIVE).values_list("id", flat=True)
    ids = await active
    if ids:
        for line_id, quantity in await ReturnLine.filter(return_request_id__in=ids).values_list("order_line_id", "quantity"):
            held[line_id] += quantity
    return held


async def discrepancies(order: Order) -> list[str]:
    """Where the platform's figures for the order fall below what the ledger already holds: more
    refunded than paid, more units in returns than a line has. Each says it in a sentence for staff;
    new refunds and returns are refused while the figures do not allow them (they check the same sums)."""
    found = []
    out = await paid_back(order)
    if out > order.total_paid:
        found.append(f"refunded {out.normalize():f} {order.currency} is more than the {order.total_paid.normalize():f} "
                     f"{order.currency} the platform says was paid")
    held = await held_quantities(order)
    if held:
        for line in await OrderLine.filter(order_id=order.id, id__in=list(held)).order_by("position"):
            if held[line.id] > line.quantity:
                found.append(f"{held[line.id]} units of '{line.title}' are in returns, but the platform says the "
                             f"order has {line.quantity}")
    return found


def refund_event(refund: Refund) -> dict:
    """The outbound webhook body for a refund."""
    return {
        "id": to_gid("Refund", refund.id), "order_id": to_gid("Order", refund.order_id),
        "return_id": to_gid("Return", refund.return_request_id) if refund.return_request_id else None,
        # Quantized: columns keep four decimals, the wire has the currency's own.
        "amount": {"amount": str(quantize(refund.amount, refund.currency)), "currency": refund.currency},
        "status": refund.status, "reason": refund.reason, "kind": refund.kind, "breakdown": refund.breakdown,
    }


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
        shop, subject=("Refund", refund.id), actor=actor, action="refund.created", after=snapshot(refund, REFUND_AUDITED),
        note=note, webhook=("refund.created", refund_event(refund)),
        email=("refund_issued", email) if notify and not platform_ops.platform_notifies(shop) else None,
        hold_email=platform_ops.carried_out(shop),
    )
    if carry and platform_ops.carried_out(shop):
        if return_id is not None:
            await platform_ops.process_return(shop, await Return.get(id=return_id, shop_id=shop.id))
        await platform_ops.refund(shop, order, refund)
    return refund


def granted(ret: Return) -> Decimal:
    """What the policy granted this return on top of the payment: the credits of its decision."""
    credits = (ret.decision.get("quote") or {}).get("credits") or {}
    return Decimal(credits.get("amount") or 0)


def split_quote(quote: dict) -> tuple[Decimal, list, Decimal, list]:
    """The quote's total as (payment, its lines, reimbursement, its lines): the CREDIT lines are the
    reimbursement (never more than the total, whose clamp may have eaten into them), the rest the
    payment."""
    total = Decimal(quote["total"]["amount"])
    credit_lines = [line for line in quote["lines"] if line["kind"] == "CREDIT"]
    credits = min(sum((Decimal(line["amount"]["amount"]) for line in credit_lines), Decimal(0)), total)
    payment_lines = [line for line in quote["lines"] if line["kind"] != "CREDIT"]
    return total - credits, payment_lines, credits, credit_lines


def exchange_rest(ret: Return) -> Decimal:
    """What an exchange gives back in money: the difference when the new items cost less and the
    policy refunds the rest (decision["exchange"]); nothing otherwise."""
    exchange = ret.decision.get("exchange") or {}
    difference = Decimal(((exchange.get("difference") or {}).get("amount")) or 0)
    return -difference if difference < 0 and exchange.get("handling") == "REFUND_REST" else Decimal(0)


def payable_quote(quote: dict, ret: Return, currency: str) -> dict:
    """The part of the return's `quote` paid out by the ledger: all of it, except for an exchange,
    whose items are exchanged, not refunded, so only the rest of a cheaper exchange goes back (with
    the credits the policy granted). A store credit return's is credited (pay_quote's `credit`)."""
    if ret.resolution != EXCHANGE:
        return quote
    payment, _, credits, credit_lines = split_quote(quote)
    rest = min(payment, exchange_rest(ret))
    line = {"kind": "ADJUSTMENT", "code": "EXCHANGE_PRICE_DIFFERENCE", "description": "Price difference of the exchange",
            "amount": {"amount": str(rest), "currency": currency}}
    return {**quote, "total": {"amount": str(rest + credits), "currency": currency}, "lines": [line, *credit_lines]}


async def pay_quote(shop: Shop, order: Order, ret: Return, quote: dict, *, reason: str, note: str | None,
                    actor: str, credit: Callable[[Decimal, list], Awaitable[list[Refund]]] | None = None) -> list[Refund]:
    """Pay `quote` for the return, less what was already paid for it: the payment part as a PAYMENT
    row, the granted credits as a REIMBURSEMENT row beside it, and one email that shows both (the
    credit as its own line). The caller has locked the order. With `credit` (a store credit return:
    see refunds.refund_quote) the payment part is credited by it (amount, lines), never paid out."""
    payment, payment_lines, credits, credit_lines = split_quote(quote)
    pay = payment - await paid_back(order, ret.id)
    reimburse = min(credits, granted(ret)) - await refunded(order, ret.id, REIMBURSEMENT)
    if pay <= 0 and reimburse <= 0:
        raise ActionError("NOTHING_TO_REFUND", "the accepted items are already refunded", ["amount"])
    rows: list[Refund] = []
    if pay > 0 and credit is not None:
        rows += await credit(pay, payment_lines)
        pay = Decimal(0)
    if pay > 0:
        rows.append(await add_refund(shop, order, pay, reason=reason, actor=actor, note=note, return_id=ret.id,
                                     breakdown=payment_lines, notify=reimburse <= 0))
    if reimburse > 0:
        rows.append(await add_refund(shop, order, reimburse, reason=reason, actor=actor, note=note, return_id=ret.id,
                                     breakdown=credit_lines, kind=REIMBURSEMENT, grant=granted(ret),
                                     email_with=tuple(row.id for row in rows if row.kind == PAYMENT)))
    return rows

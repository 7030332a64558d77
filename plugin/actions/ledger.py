"""Per-order money and quantity balances, derived from rows, and the lock every change takes.

Every return and refund on an order runs inside a transaction that first locks the order (a row lock
on PostgreSQL; SQLite runs one transaction at a time) and last bumps its ledger_version with a
compare-and-set. Checks made in between therefore see a state no concurrent change can slip past.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from models.order import Order, OrderLine
from models.platform_refund import PlatformRefund
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.return_states import ACTIVE
from plugin.policy import PriorReturn
from plugin.store.statements import Statement

COUNTED_REFUNDS = ("PENDING", "SUCCEEDED")
PAYMENT, REIMBURSEMENT = "PAYMENT", "REIMBURSEMENT"
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
    return sum((amount for amount, status in rows if amount > 0 or status == "SUCCEEDED"), Decimal(0))


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

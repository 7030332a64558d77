"""Store credit instead of a refund: the STORE_CREDIT and BONUS rows of the refund ledger.

A return whose customer chose store credit is paid in credit, never in money (`refundCreate` of
its quote writes these rows instead of a PAYMENT): the credit counts against what may be refunded
on the order like a payment (`ledger.paid_back`), so the same value is never both credited and
refunded; the bonus the policy adds (`resolutions.store_credit_terms`) counts against nothing but
the bonus the return's decision granted. Both rows start PENDING and the platform settles them
(plugin.actions.exchange_hooks.credit_issued) like any refund.

A return declined or withdrawn after its credit was issued takes back what is unspent: a negative
row for the credit and one for the bonus (`reverses` names each), PENDING until the platform debits
them. A debit the platform refuses (the credit was spent) goes FAILED and the credit stands; until
the debit succeeds, a reversal frees nothing (ledger.refunded).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, timezone
from decimal import Decimal

from models.order import Order
from models.refund import Refund
from models.returns import Return
from models.shop import Shop
from plugin.actions import exchange_hooks
from plugin.actions.events import record, snapshot
from plugin.actions.ledger import BONUS, COUNTED_REFUNDS, STORE_CREDIT, add_refund, bump, lock_order, refunded
from plugin.actions.policy import policy_in_force, policy_version
from plugin.policy import Policy
from plugin.policy.offers import store_credit as credit_terms
from plugin.values.calendar import local_date
from plugin.values.money import Money, quantize

AUDITED = ("amount", "currency", "kind", "status", "reason", "platform_refund_id", "expires_on")


def granted_bonus(ret: Return) -> Decimal:
    """The bonus the return's decision granted (decision["store_credit"]["bonus"]); none for returns
    decided before store credit was quoted."""
    credit = ret.decision.get("store_credit") or {}
    return Decimal((credit.get("bonus") or {}).get("amount") or 0)


async def _policy(shop: Shop, ret: Return) -> Policy:
    return (await policy_version(shop, ret.policy_version))[0] if ret.policy_version else (await policy_in_force(shop))[0]


async def terms(shop: Shop, order: Order, ret: Return, amount: Decimal) -> tuple[Decimal, date | None]:
    """(bonus, expires_on) for crediting `amount` of `ret` (the caller locked the order), under the
    policy the return was decided by: the bonus for the credited value, never more than the decision
    granted less the bonus already credited; the expiry counts from today in the shop's time zone."""
    policy = await _policy(shop, ret)
    today = local_date(datetime.now(timezone.utc), shop.timezone)
    _, bonus, expires = credit_terms(policy, Money.of(amount, order.currency), today)
    left = granted_bonus(ret) - await refunded(order, ret.id, BONUS)
    return max(Decimal(0), min(bonus.amount, left)), expires


async def credit(shop: Shop, order: Order, ret: Return, amount: Decimal, *, reason: str, actor: str,
                 note: str | None, breakdown: list) -> list[Refund]:
    """A STORE_CREDIT row for `amount` and a BONUS row for the policy's bonus on it, neither emailed
    as a refund: the platform issues them (exchange_hooks.credit_issued) and tells the customer."""
    bonus, expires = await terms(shop, order, ret, amount)
    rows = [await add_refund(shop, order, amount, reason=reason, actor=actor, note=note, return_id=ret.id,
                             breakdown=breakdown, kind=STORE_CREDIT, notify=False, carry=False, expires_on=expires)]
    if bonus > 0:
        line = {"kind": "BONUS", "code": "STORE_CREDIT_BONUS", "description": "Store credit bonus",
                "amount": {"amount": str(quantize(bonus, order.currency)), "currency": order.currency}}
        rows.append(await add_refund(shop, order, bonus, reason=reason, actor=actor, note=note, return_id=ret.id,
                                     breakdown=[line], kind=BONUS, grant=granted_bonus(ret), notify=False,
                                     carry=False, expires_on=expires))
    await exchange_hooks.credit_issued(shop, order, ret, rows)
    return rows


def crediting(shop: Shop, order: Order, ret: Return, *, reason: str, actor: str,
              note: str | None) -> Callable[[Decimal, list], Awaitable[list[Refund]]] | None:
    """How ledger.pay_quote pays a return whose customer chose store credit (its `credit`): in credit
    and bonus, never in money, whoever pays it (a refund, keeping the item); None for the others."""
    if ret.resolution != STORE_CREDIT:
        return None

    async def pay(amount: Decimal, lines: list) -> list[Refund]:
        return await credit(shop, order, ret, amount, reason=reason, actor=actor, note=note, breakdown=lines)
    return pay


async def reverse(shop: Shop, ret: Return, actor: str) -> list[Refund]:
    """Take back the return's credit and bonus that are still counted (call in the step's transaction,
    after the return was declined or cancelled). Writes nothing when none was issued."""
    issued = await Refund.filter(
        shop_id=shop.id, return_request_id=ret.id, kind__in=(STORE_CREDIT, BONUS), status__in=COUNTED_REFUNDS,
        amount__gt=0,
    ).order_by("id")
    if not issued:
        return []
    order = await lock_order(shop, ret.order_id)
    reversed_ids = set(await Refund.filter(
        shop_id=shop.id, reverses_id__in=[row.id for row in issued], status__in=COUNTED_REFUNDS,
    ).values_list("reverses_id", flat=True))
    rows = []
    for row in issued:
        if row.id in reversed_ids:
            continue
        reversal = await Refund.create(
            shop_id=shop.id, order_id=order.id, return_request_id=ret.id, amount=-row.amount, currency=row.currency,
            kind=row.kind, reason=row.reason, note=f"reverses gid://recourse/Refund/{row.id}", breakdown=[],
            created_by=actor, reverses_id=row.id,
        )
        await record(shop, subject=("Refund", reversal.id), actor=actor, action="refund.reversal_created",
                     after=snapshot(reversal, AUDITED), note=f"the return was {ret.status.lower()}: unspent "
                     f"{'bonus' if row.kind == BONUS else 'store credit'} taken back")
        rows.append(reversal)
    if rows:
        await bump(order)
        await exchange_hooks.credit_reversed(shop, order, ret, rows)
    return rows


@exchange_hooks.return_stepped.listen
async def _on_step(shop: Shop, ret: Return, step: str, actor: str) -> None:
    """A declined or withdrawn return takes back its unspent credit and bonus."""
    if step in ("decline", "cancel"):
        await reverse(shop, ret, actor)

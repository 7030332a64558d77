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

from datetime import date, datetime, timezone
from decimal import Decimal

from models.order import Order
from models.refund import Refund
from models.returns import Return
from models.shop import Shop
from plugin.actions import exchange_hooks
from plugin.actions.events import record, snapshot
from plugin.actions.ledger import BONUS, COUNTED_REFUNDS, STORE_CREDIT, bump, lock_order, refunded
from plugin.actions.policy import policy_in_force, policy_version
from plugin.policy import Policy
from plugin.policy.offers import store_credit as credit_terms
from plugin.values.calendar import local_date
from plugin.values.money import Money

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

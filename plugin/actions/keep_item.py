"""Keep the item: a return the policy refunds without the items coming back.

Called inside `request_return`'s transaction (the order locked) once the request is stored and
scored: when the engine found every line keepable (`decision.keep_item`) and the score is LOW, the
return is approved by the policy, marked `kept_item`, refunded from its quote (in store credit and
its bonus when the customer chose credit: `credit`, from plugin.actions.store_credit.crediting) and
closed, all at once. No label, no instructions: the customer's answer and the refund email say the
items stay with them.

An exchange is not kept: its replacement ships when the item comes back (or at once, an instant
exchange), and an item that never comes back is charged for (plugin.actions.exchanges), which a
kept item would turn into a free second item.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from decimal import Decimal

from models.enums import ReturnResolution, ReturnStatus
from models.refund import Refund
from models.order import Order
from models.returns import Return
from models.shop import Shop
from plugin.actions import return_states
from plugin.actions.events import record, snapshot
from plugin.actions.ledger import pay_quote
from plugin.policy.keep import KEEP_RISK_LEVEL

NOTE = "kept: refunded without a return (keep-the-item rules, LOW risk)"


def applies(ret: Return, held: bool) -> bool:
    """The engine's verdict, the score, and nothing standing between (a hold, a staff override)."""
    return bool(ret.decision.get("keep_item")) and not held and ret.risk_level == KEEP_RISK_LEVEL \
        and ret.override_reason is None and ret.resolution != ReturnResolution.EXCHANGE


async def keep_without_return(shop: Shop, order: Order, ret: Return, now: datetime, audited: tuple[str, ...],
                              event: Callable[[Return], dict],
                              credit: Callable[[Decimal, list], Awaitable[list[Refund]]] | None) -> None:
    """`audited` and `event` are the return steps' own (plugin.actions.returns, which calls this);
    `credit` pays a store credit return (ledger.pay_quote's), None pays money."""
    before = snapshot(ret, audited)
    if ret.status == ReturnStatus.REQUESTED:
        await return_states.apply(ret, "approve", approved_at=now, ship_by=None, kept_item=True)
    else:  # approved at once by the policy already (returns.auto_approve)
        await Return.filter(id=ret.id).update(kept_item=True, ship_by=None)
        ret.kept_item, ret.ship_by = True, None
    await record(shop, subject=("Return", ret.id), actor="policy", action="return.approved", before=before,
                 after=snapshot(ret, audited), note=NOTE, webhook=("return.approved", event(ret)))
    # Nothing is inspected: the quote made at request time is what is paid.
    await pay_quote(shop, order, ret, ret.decision["quote"], reason="RETURN",
                    note="Refunded without a return: keep the item.", actor="policy", credit=credit)
    before = snapshot(ret, audited)
    await return_states.apply(ret, "close", closed_at=now)
    await record(shop, subject=("Return", ret.id), actor="policy", action="return.closed", before=before,
                 after=snapshot(ret, audited), note=NOTE, webhook=("return.closed", event(ret)))

"""Where an exchange or store credit leaves the domain for the platform (issue 24).

The domain (exch-core) calls these in the transaction of the change, after the change is written;
carrying each out on the platform, its emails and the desk are exch-platform's, which fills the
bodies (one call each into its modules). Until then they do nothing: the ledger rows stay PENDING
as on a manual platform, and the return's choice stays recorded on its lines and decision.

* `exchange_reserved`: a return with resolution EXCHANGE became OPEN (approved by staff, approved at
  once by the policy, or released from a fraud review into an approved state): reserve the stock of
  each line's `exchange_variant`.
* `exchange_due`: time to ship it: its items arrived (the default moment).
* `exchange_released`: declined or withdrawn before shipping: release the reservation.
* `credit_issued`: STORE_CREDIT (and BONUS) rows were just written (plugin.actions.store_credit.issue).
* `credit_reversed`: negative rows that take unspent credit or bonus back were just written
  (plugin.actions.store_credit.reverse); each names the row it reverses (`reverses_id`).
"""

from __future__ import annotations

from models.order import Order
from models.refund import Refund
from models.returns import Return
from models.shop import Shop


async def exchange_reserved(shop: Shop, order: Order, ret: Return) -> None:
    from plugin.actions import exchanges

    await exchanges.approved(shop, order, ret)


async def exchange_due(shop: Shop, order: Order, ret: Return) -> None:
    from plugin.actions import exchanges

    await exchanges.due(shop, order, ret)


async def exchange_released(shop: Shop, order: Order, ret: Return) -> None:
    from plugin.actions import exchanges

    await exchanges.released(shop, order, ret)


async def credit_issued(shop: Shop, order: Order, ret: Return, rows: list[Refund]) -> None:
    from plugin.actions import store_credit_platform

    credit = next((row for row in rows if row.kind == "STORE_CREDIT"), None)
    if credit is not None:
        await store_credit_platform.issue(shop, order, ret, credit, next((row for row in rows if row.kind == "BONUS"), None))


async def credit_reversed(shop: Shop, order: Order, ret: Return, rows: list[Refund]) -> None:
    from plugin.actions import store_credit_platform

    for row in rows:
        await store_credit_platform.reverse(shop, order, ret, row)

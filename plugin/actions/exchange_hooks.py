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
* `return_stepped`: a staff step on a return was written (store credit is taken back on decline/cancel).
* `platform_succeeded`, `platform_refused`, `platform_handed`: the platform's answer to one of the
  exchange and store credit operations (`TOPICS`).

The bodies listen here (`listen`), registered when plugin.actions is imported, so the return's steps
and the refund ledger stay low in the use-case floors (tests/test_import_graph.py) while the domain
calls out at the same points as before.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable

from models.order import Order
from models.refund import Refund
from models.returns import Return
from models.shop import Shop

# The platform operations these hooks carry out (plugin.actions.exchange_outcomes answers them).
TOPICS = frozenset({"credit.issue", "credit.reverse", "exchange.reserve", "exchange.ship", "exchange.release", "exchange.invoice"})

_LISTENERS: dict[str, list[Callable[..., Awaitable[None]]]] = defaultdict(list)


def listen(hook: str):
    """Register the decorated coroutine for `hook` (once, whatever the number of imports)."""
    def register(fn):
        if fn not in _LISTENERS[hook]:
            _LISTENERS[hook].append(fn)
        return fn
    return register


async def _fire(hook: str, *args) -> None:
    for fn in _LISTENERS[hook]:
        await fn(*args)


async def exchange_reserved(shop: Shop, order: Order, ret: Return) -> None:
    await _fire("exchange_reserved", shop, order, ret)


async def exchange_due(shop: Shop, order: Order, ret: Return) -> None:
    await _fire("exchange_due", shop, order, ret)


async def exchange_released(shop: Shop, order: Order, ret: Return) -> None:
    await _fire("exchange_released", shop, order, ret)


async def credit_issued(shop: Shop, order: Order, ret: Return, rows: list[Refund]) -> None:
    await _fire("credit_issued", shop, order, ret, rows)


async def credit_reversed(shop: Shop, order: Order, ret: Return, rows: list[Refund]) -> None:
    await _fire("credit_reversed", shop, order, ret, rows)


async def return_stepped(shop: Shop, ret: Return, step: str, actor: str) -> None:
    await _fire("return_stepped", shop, ret, step, actor)


async def platform_answered(outcome: str, shop: Shop, message, answer) -> None:
    """`outcome`: succeeded, refused or handed (plugin.actions.platform_outcomes)."""
    await _fire(f"platform_{outcome}", shop, message, answer)

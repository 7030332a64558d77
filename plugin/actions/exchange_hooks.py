"""The moments an exchange or store credit leaves the return's steps and the refund ledger (issue 24).

The steps and the ledger call these hooks in the transaction of the change, after it is written; the
exchange and store credit use cases register on them (`@exchange_hooks.exchange_due.listen`). So the
steps and the ledger need not import those use cases, which import the ledger themselves: the
use-case floors stay four deep (tests/test_import_graph.py). Every listener is registered when
plugin.actions is imported (its __init__ imports them), so none is missing wherever an action runs.

* `exchange_reserved(shop, order, ret)`: a return with resolution EXCHANGE became OPEN (approved by
  staff, approved at once by the policy, or released from a fraud review): hold the stock of each
  line's `exchange_variant` (plugin.actions.exchanges.approved).
* `exchange_due(shop, order, ret)`: its items first arrived, the default moment to ship.
* `exchange_released(shop, order, ret)`: declined or withdrawn before shipping: release the stock.
* `credit_issued(shop, order, ret, rows)`: STORE_CREDIT (and BONUS) rows were just written
  (plugin.actions.store_credit_platform issues them on the platform).
* `credit_reversed(shop, order, ret, rows)`: negative rows taking unspent credit or bonus back were
  just written; each names the row it reverses (`reverses_id`).
* `return_stepped(shop, ret, step, actor)`: a step on a return was written (store credit is taken
  back on decline or cancel).
* `platform_succeeded`, `platform_refused`, `platform_handed` `(shop, message, answer)`: the
  platform's answer to any operation; plugin.actions.exchange_outcomes acts on those in `TOPICS`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

# The platform operations of exchanges and store credit (plugin.actions.exchange_outcomes answers them).
TOPICS = frozenset({"credit.issue", "credit.reverse", "exchange.reserve", "exchange.ship", "exchange.release", "exchange.invoice"})

Listener = Callable[..., Awaitable[object]]


class Hook:
    """One moment: calling it awaits each registered listener in turn with the same arguments."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._listeners: list[Listener] = []

    def listen(self, fn: Listener) -> Listener:
        """Register `fn` (once, however often its module is imported); a decorator."""
        if fn not in self._listeners:
            self._listeners.append(fn)
        return fn

    async def __call__(self, *args: object) -> None:
        for fn in self._listeners:
            await fn(*args)

    def __repr__(self) -> str:
        return f"Hook({self.name!r}, {[fn.__qualname__ for fn in self._listeners]})"


exchange_reserved = Hook("exchange_reserved")
exchange_due = Hook("exchange_due")
exchange_released = Hook("exchange_released")
credit_issued = Hook("credit_issued")
credit_reversed = Hook("credit_reversed")
return_stepped = Hook("return_stepped")
platform_succeeded = Hook("platform_succeeded")
platform_refused = Hook("platform_refused")
platform_handed = Hook("platform_handed")

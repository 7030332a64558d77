"""Pacing against Shopify's cost bucket, so requests wait on our side instead of being THROTTLED.

Every answer carries `extensions.cost.throttleStatus` (maximumAvailable, currentlyAvailable,
restoreRate). The pacer keeps the last one per shop, estimates what has refilled since, and before a
request of estimated cost `c` waits until the bucket holds `c`. Concurrent requests of one process
reserve their cost, so twenty coroutines do not all spend the same points. The estimate is only a
guess: a THROTTLED answer is still possible (other apps do not share our bucket, but other processes
of ours do) and the client then waits what Shopify's own figures say.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass
class _State:
    maximum: float
    available: float
    restore_rate: float
    at: float


class Pacer:
    """One per process; keyed by shop domain."""

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._shops: dict[str, _State] = {}
        self._costs: dict[str, int] = {}  # document -> its last requested cost
        self._in_flight: dict[str, float] = {}  # shop -> cost reserved by requests not yet answered

    def estimate(self, document: str, default: int) -> int:
        return self._costs.get(document, default)

    def reserve(self, shop: str, cost: float) -> float:
        """Seconds to wait before sending a request of `cost`; the cost is counted as spent until
        `answered` (Shopify's next figures do not know about requests still on their way)."""
        self._in_flight[shop] = self._in_flight.get(shop, 0.0) + cost
        state = self._shops.get(shop)
        if state is None:
            return 0.0
        moment = self._clock()
        state.available = min(state.maximum, state.available + (moment - state.at) * state.restore_rate)
        state.at = moment
        state.available -= cost
        if state.available >= 0:
            return 0.0
        return -state.available / state.restore_rate

    def answered(self, shop: str, cost: float) -> None:
        self._in_flight[shop] = max(0.0, self._in_flight.get(shop, 0.0) - cost)

    def observe(self, shop: str, document: str, cost: dict | None, reserved: float = 0.0) -> None:
        """Take Shopify's figures from an answer's `extensions.cost` (less what other requests of
        ours have reserved and Shopify has not seen yet)."""
        if not isinstance(cost, dict):
            return
        status = cost.get("throttleStatus") or {}
        try:
            state = _State(maximum=float(status["maximumAvailable"]), available=float(status["currentlyAvailable"]),
                           restore_rate=float(status["restoreRate"]), at=self._clock())
        except (KeyError, TypeError, ValueError):
            return
        if state.restore_rate <= 0:
            return
        state.available -= max(0.0, self._in_flight.get(shop, 0.0) - reserved)
        self._shops[shop] = state
        if isinstance(cost.get("requestedQueryCost"), int):
            self._costs[document] = cost["requestedQueryCost"]

    def wait_for(self, shop: str, cost: dict | None) -> float:
        """After THROTTLED: how long until the bucket holds the requested cost, by Shopify's figures."""
        status = (cost or {}).get("throttleStatus") or {}
        try:
            missing = float((cost or {}).get("requestedQueryCost") or 0) - float(status["currentlyAvailable"])
            rate = float(status["restoreRate"])
        except (KeyError, TypeError, ValueError):
            return 1.0
        return max(0.05, missing / rate) if rate > 0 else 1.0


PACER = Pacer()

"""Blocking work off the event loop: one bounded pool of threads per kind of work, and in each a fair
share per shop.

asyncio's default executor is one pool (6 threads on 2 cores) for everything handed to a thread. A
probe filled it with one shop's template previews (each waits up to 3 s for a render child) and
another shop's photo upload waited 19.6 s for a thread. So each kind of work gets its own lane — a
slow kind can only fill its own threads — and within a lane one shop may hold only `per_shop` of
them at once: the others wait in the event loop (a semaphore per shop, costing nothing while they
wait), and another shop's job still finds a free thread.

Photos also draw on a pixel budget (PixelBudget): a decoded image costs about 4 bytes a pixel, so
what bounds memory is the pixels being decoded at once, not the number of files.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class Lane:
    """A bounded thread pool for one kind of work; `per_shop` of its threads at most to one shop."""

    name: str
    threads: int
    per_shop: int
    _executor: ThreadPoolExecutor | None = field(default=None, repr=False)
    _gates: dict[Hashable, tuple[asyncio.Semaphore, int]] = field(default_factory=dict, repr=False)

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(self.threads, thread_name_prefix=f"recourse-{self.name}")
        return self._executor

    async def run(self, key: Hashable | None, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` on one of this lane's threads, within `key`'s (a shop's) share; no key: no share."""
        loop = asyncio.get_running_loop()
        call = functools.partial(fn, *args)
        if key is None:
            return await loop.run_in_executor(self._pool(), call)
        gate, users = self._gates.get(key) or (asyncio.Semaphore(self.per_shop), 0)
        self._gates[key] = (gate, users + 1)
        try:
            async with gate:
                return await loop.run_in_executor(self._pool(), call)
        finally:
            gate, users = self._gates[key]
            if users == 1:
                del self._gates[key]  # no shop keeps a gate it does not use
            else:
                self._gates[key] = (gate, users - 1)

    def waiting(self, key: Hashable) -> int:
        """Jobs of `key` running or queued in this lane (for tests and diagnostics)."""
        return self._gates.get(key, (None, 0))[1]


class PixelBudget:
    """A semaphore counted in pixels: an image waits until its pixels fit beside those being decoded.
    An image larger than the whole budget waits until it is alone."""

    def __init__(self, pixels: int) -> None:
        self.total = pixels
        self.free = pixels
        self._changed: asyncio.Condition | None = None

    def _condition(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    async def run(self, pixels: int, work: Callable[[], Any]) -> Any:
        cost = max(1, min(pixels, self.total))
        changed = self._condition()
        async with changed:
            await changed.wait_for(lambda: self.free >= cost)
            self.free -= cost
        try:
            return await work()
        finally:
            async with changed:
                self.free += cost
                changed.notify_all()


# Sized for a small host (2 cores): CPU-bound lanes get about a thread per core; lanes that mostly
# wait (a render child, the disk, the resolver) get a few more.
RENDERS = Lane("render", threads=2, per_shop=1)  # merchants' template overrides: one render child each
IMAGES = Lane("images", threads=2, per_shop=1)  # decoding and re-encoding customers' photos
SIMULATIONS = Lane("simulate", threads=2, per_shop=1)  # policySimulate over a shop's recent orders
FILES = Lane("files", threads=4, per_shop=2)  # label and photo files: save, read, remove
DRAFTS = Lane("draft", threads=2, per_shop=1)  # policyDraftFromText: the drafter over a written policy
# Resolving webhook hosts has its own 4 threads in plugin.values.addresses (a floor below this one).
PIXELS = PixelBudget(60_000_000)  # about 240 MB of decoded RGBA at once, whatever the number of uploads

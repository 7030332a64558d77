"""Every wait in the tests has a deadline, so a regression fails with a message instead of hanging.

A poll for a condition (a receiver saw a request, a server got its third message) and a loop that
runs worker steps until nothing is due both end: the first after `timeout` seconds, the second after
`limit` rounds. pytest-timeout bounds each test as a whole on top of this (pyproject.toml); these
deadlines come first and say what was being waited for.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import Any

DEFAULT_TIMEOUT = 30.0  # seconds: far above any wait that passes on a loaded 2-core machine
DEFAULT_ROUNDS = 200  # worker steps: every drain in the suite needs a handful


class WaitedTooLong(AssertionError):
    """A wait ran past its deadline: the thing waited for never happened."""


async def eventually(condition: Callable[[], Any | Awaitable[Any]], *, what: str, timeout: float = DEFAULT_TIMEOUT,
                     interval: float = 0.01) -> Any:
    """Poll `condition` (sync or async) until it is truthy and return its value; fail after `timeout`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = condition()
        if inspect.isawaitable(value):
            value = await value
        if value:
            return value
        if loop.time() >= deadline:
            raise WaitedTooLong(f"waited {timeout:g} s for {what}")
        await asyncio.sleep(interval)


def eventually_sync(condition: Callable[[], Any], *, what: str, timeout: float = DEFAULT_TIMEOUT,
                    interval: float = 0.1) -> Any:
    """`eventually` for threads and subprocesses: blocks the calling thread between polls."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise WaitedTooLong(f"waited {timeout:g} s for {what}")
        time.sleep(interval)


async def until_empty(step: Callable[[], Awaitable[Any]], *, what: str, limit: int = DEFAULT_ROUNDS) -> int:
    """Await `step` until it returns something falsy; the number of truthy rounds. A step that never
    runs dry (a row claimed again and again) fails after `limit` rounds instead of looping forever."""
    for rounds in range(limit + 1):
        if not await step():
            return rounds
    raise WaitedTooLong(f"{what} still had work after {limit} rounds")

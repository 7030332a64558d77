"""Merchants' overrides render in child processes, never in the server's or the worker's own.

The sandbox (emails.render) keeps an override away from Python's internals and bounds the size of
what it builds, but the work a filter or a method does on a large value is not counted by its step
budget: a few template lines can keep a CPU busy for minutes. So every override renders in a child
process that

- stops itself after CPU_SECONDS of CPU time (a profiling timer raises inside the render), and
- is killed by the parent when it has not answered within WALL_SECONDS (a C call that ignores
  signals, a machine under load), then replaced on the next use;
- may not grow past MEMORY_BYTES of address space.

The caller awaits the answer on the render lane's threads (plugin.process.work): as many as there
are children, and one at a time per shop, so one shop's burst of previews waits its turn in the event
loop and never holds every child (or any other kind of work's thread) from another shop. A render that
runs out of time reads like any other failed override: the shipped template is used, with a warning.

Jobs go to the child pickled (the parent is trusted); answers come back as JSON, so nothing an
override produces is ever unpickled here.
"""

from __future__ import annotations

import json
import os
import pickle
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass

from plugin.process import work

CPU_SECONDS = 0.5  # CPU time one override may use
WALL_SECONDS = 3.0  # how long the parent waits for an answer before it kills the child
START_SECONDS = 60.0  # a child's start-up (imports) under load; not part of any render's budget
MEMORY_BYTES = 1024 * 1024 * 1024  # address space of a child
POOL_SIZE = 2  # children kept; more renders at once wait for one (in a thread, not on the loop)
_HEADER = struct.Struct(">I")


@dataclass(frozen=True)
class Outcome:
    """What an override gave: its text, or the error it ended with (`error` is the exception's type)."""

    output: str | None = None
    error: str | None = None
    message: str = ""


class _Child:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "emails.isolation_child"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        if self._read(START_SECONDS) != {"ready": True}:
            self.kill()
            raise RuntimeError("the override renderer did not start")

    def ask(self, job: tuple) -> Outcome:
        data = pickle.dumps(job)
        self.process.stdin.write(_HEADER.pack(len(data)) + data)
        self.process.stdin.flush()
        answer = self._read(WALL_SECONDS)
        if answer is None:
            self.kill()
            return Outcome(error="TimeoutError", message=f"the override did not finish within {WALL_SECONDS} s")
        return Outcome(**answer)

    def _read(self, timeout: float) -> dict | None:
        """One answer, or None when none came in time (or the child died)."""
        deadline = time.monotonic() + timeout
        header = self._exactly(_HEADER.size, deadline)
        if header is None:
            return None
        body = self._exactly(_HEADER.unpack(header)[0], deadline)
        return None if body is None else json.loads(body)

    def _exactly(self, size: int, deadline: float) -> bytes | None:
        fd, chunks, got = self.process.stdout.fileno(), [], 0
        while got < size:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, size - got)
            if not chunk:  # the child is gone
                return None
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass


class _Pool:
    """Up to POOL_SIZE children, started when first needed; a child that overran is replaced."""

    def __init__(self, size: int) -> None:
        self._idle: queue.LifoQueue[_Child | None] = queue.LifoQueue()
        for _ in range(size):
            self._idle.put(None)  # a slot whose child is not started yet

    def render(self, source: str, context: Mapping, locale: str, html: bool) -> Outcome:
        child = self._idle.get()
        try:
            if child is None or not child.alive:
                child = _Child()
            outcome = child.ask((source, dict(context), locale, html))
            if not child.alive:
                child = None
            return outcome
        except Exception:
            if child is not None:
                child.kill()
            child = None
            raise
        finally:
            self._idle.put(child)


_pool: _Pool | None = None
_pool_lock = threading.Lock()


def _the_pool() -> _Pool:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = _Pool(POOL_SIZE)
        return _pool


async def render_isolated(source: str, context: Mapping, locale: str, *, html: bool, shop_key: int | None = None) -> Outcome:
    """Render one override in a child process, within its CPU, time and memory budget, and within
    `shop_key`'s (the shop's) share of the renderers."""
    return await work.RENDERS.run(shop_key, _the_pool().render, source, context, locale, html)

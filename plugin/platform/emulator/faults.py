"""Failures the emulator can be told to produce, so every path of the client and the outbox can be
tested on purpose rather than waited for.

A fault applies to the next `times` requests whose operation (the top-level field, e.g.
`refundCreate`) matches, or to any request when `operation` is None:

- `server_error`: answer `status` (503 by default) without doing anything.
- `timeout`: hold the request `delay` seconds before doing anything (the client gives up first).
- `lost_answer`: do the write, then hold `delay` seconds and answer 502: the platform changed, the
  caller never learns it. Only a retry that is idempotent (key or read-back) stays correct.
- `throttled`: answer THROTTLED without running, as if the bucket were empty.
- `user_error`: the mutation refuses with `message` (a userError), nothing written.
"""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("server_error", "timeout", "lost_answer", "throttled", "user_error")


@dataclass
class Fault:
    kind: str
    operation: str | None = None
    times: int = 1
    status: int = 503
    delay: float = 5.0
    message: str = "The order cannot be refunded"
    shop: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"fault kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.times < 1:
            raise ValueError("times must be at least 1")
        if not 100 <= self.status <= 599:
            raise ValueError("status must be an HTTP status")

    def matches(self, shop: str, operations: list[str]) -> bool:
        return (self.shop is None or self.shop == shop) and (self.operation is None or self.operation in operations)


class Faults:
    """The queue of faults still to happen."""

    def __init__(self) -> None:
        self._pending: list[Fault] = []
        self.fired: list[tuple[str, str]] = []  # (kind, operation) of each fault that happened

    def add(self, fault: Fault) -> None:
        self._pending.append(fault)

    def clear(self) -> None:
        self._pending.clear()

    def take(self, shop: str, operations: list[str]) -> Fault | None:
        for fault in self._pending:
            if fault.matches(shop, operations):
                fault.times -= 1
                if fault.times == 0:
                    self._pending.remove(fault)
                self.fired.append((fault.kind, ",".join(operations)))
                return fault
        return None

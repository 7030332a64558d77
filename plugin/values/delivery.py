"""What a sender says about one outbox message: sent, retry later, or failed for good.

The outbox worker (plugin.jobs.outbox) records the answer; the senders (emails.send,
plugin.jobs.outbound) give it. A value of its own, so a sender needs nothing of the worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Outcome(StrEnum):
    SENT = "SENT"  # the row becomes SENT
    RETRY = "RETRY"  # the row goes back to PENDING with a later next_attempt_at
    FAILED = "FAILED"  # the row becomes FAILED now


@dataclass(frozen=True)
class Delivery:
    """What a sender says about one message."""

    outcome: Outcome
    detail: str | None = None
    retry_after: float | None = None  # seconds the receiver asked us to wait (Retry-After)

    @classmethod
    def sent(cls, detail: str | None = None) -> Delivery:
        """Delivered. A `detail` (e.g. "1 of 2 recipients refused") is kept in last_error."""
        return cls(Outcome.SENT, detail)

    @classmethod
    def retry(cls, detail: str, retry_after: float | None = None) -> Delivery:
        """A temporary failure: tried again with backoff until the policy's attempts run out."""
        return cls(Outcome.RETRY, detail, retry_after)

    @classmethod
    def failed(cls, detail: str) -> Delivery:
        """A permanent failure: the message becomes FAILED now."""
        return cls(Outcome.FAILED, detail)

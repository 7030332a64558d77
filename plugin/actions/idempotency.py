"""Keyed mutations: the first result is stored with the key; a replay gets it back unchanged.

The key is claimed by inserting it (unique per shop and operation) in the same transaction as the
work, so concurrent replays wait for the first to commit and then read its result.

A keyed action answers with a typed result (a `Keyed`). Without a key the caller gets the rows as the
action wrote them; with one, the key keeps the result's JSON-ready `stored()` form and every call,
the first included, gets the result rebuilt from it (`replayed`, its rows reloaded by id), so the
first answer and its replays are the same.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from typing import Protocol, Self, TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.idempotency import IdempotencyKey
from models.shop import Shop
from plugin.actions.commands import Command
from plugin.actions.errors import ActionError

KEEP_FOR = timedelta(hours=48)  # at least the 24 hours clients are promised


class Keyed(Protocol):
    """A keyed action's result: what the key keeps of it, and how a replay gets it back."""

    def stored(self) -> dict:
        """JSON-ready: ids, not rows; the decision as data."""

    @classmethod
    async def replayed(cls, shop: Shop, command: Command, stored: dict) -> Self:
        """The result again from `stored` (rows reloaded by id, within `shop`)."""


R = TypeVar("R", bound=Keyed)


def check_key(key: str | None) -> None:
    if key is not None and not (1 <= len(key) <= 255 and key.isprintable()):
        raise ActionError("INVALID", "must be 1 to 255 printable characters", ["idempotencyKey"])


async def _replay(shop: Shop, command: Command, key: str, digest: str, result: type[R]) -> R:
    stored = await IdempotencyKey.get(shop_id=shop.id, operation=command.operation, key=key)
    if stored.request_hash != digest:
        raise ActionError(
            "IDEMPOTENCY_KEY_REUSED", "this key was already used with different input", ["idempotencyKey"]
        )
    return await result.replayed(shop, command, stored.response)


async def once(shop: Shop, key: str | None, command: Command, work: Callable[[], Awaitable[R]], result: type[R]) -> R:
    """Run `work` at most once per key of `command`'s operation; a replay rebuilds its `result` from
    the key. The same key with a command of another fingerprint is IDEMPOTENCY_KEY_REUSED.

    What `work` returns is the result, a policy's refusal included (it is data: the decision). An
    ActionError it raises propagates and leaves the key unused: the claim rolls back with the work,
    so a refusal writes nothing and the same key may be retried once the state allows it; a
    transient CONFLICT never sticks to the key.
    """
    if key is None:
        return await work()
    check_key(key)
    digest = command.fingerprint()
    if await IdempotencyKey.exists(shop_id=shop.id, operation=command.operation, key=key):
        return await _replay(shop, command, key, digest, result)
    async with in_transaction():
        try:
            async with in_transaction():  # a savepoint: losing the race must not abort the transaction
                claim = await IdempotencyKey.create(
                    shop_id=shop.id, operation=command.operation, key=key, request_hash=digest, response={}
                )
        except IntegrityError:
            # Someone else holds the key; on PostgreSQL the insert waited until they committed.
            return await _replay(shop, command, key, digest, result)
        stored = (await work()).stored()
        await IdempotencyKey.filter(id=claim.id).update(response=stored)
        # The first answer is built as every replay's is, from what the key keeps: rows as the
        # database gives them back (PostgreSQL's jsonb reorders a breakdown's keys), so each call
        # with this key answers byte for byte the same.
        return await result.replayed(shop, command, stored)


async def purge_expired(now: datetime | None = None) -> int:
    cutoff = (now or datetime.now(timezone.utc)) - KEEP_FOR
    return await IdempotencyKey.filter(created_at__lt=cutoff).delete()

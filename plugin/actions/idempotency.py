"""Keyed mutations: the first result is stored with the key; a replay gets it back unchanged.

The key is claimed by inserting it (unique per shop and operation) in the same transaction as the
work, so concurrent replays wait for the first to commit and then read its result.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.idempotency import IdempotencyKey
from models.shop import Shop
from plugin.actions.commands import Command
from plugin.actions.errors import ActionError

KEEP_FOR = timedelta(hours=48)  # at least the 24 hours clients are promised


def check_key(key: str | None) -> None:
    if key is not None and not (1 <= len(key) <= 255 and key.isprintable()):
        raise ActionError("INVALID", "must be 1 to 255 printable characters", ["idempotencyKey"])


async def _replay(shop: Shop, operation: str, key: str, digest: str) -> dict:
    stored = await IdempotencyKey.get(shop_id=shop.id, operation=operation, key=key)
    if stored.request_hash != digest:
        raise ActionError(
            "IDEMPOTENCY_KEY_REUSED", "this key was already used with different input", ["idempotencyKey"]
        )
    return stored.response


async def once(shop: Shop, key: str | None, command: Command, work: Callable[[], Awaitable[dict]]) -> dict:
    """Run `work` (which returns JSON-ready data) at most once per key of `command`'s operation; the
    same key with a command of another fingerprint is IDEMPOTENCY_KEY_REUSED.

    What `work` returns is the result, a policy's refusal included (it is data: the decision); an
    ActionError it raises is answered as {"error": ...} and leaves the key unused.
    """
    if key is None:
        try:
            return await work()
        except ActionError as exc:
            return {"error": exc.data()}
    check_key(key)
    operation, digest = command.operation, command.fingerprint()
    if await IdempotencyKey.exists(shop_id=shop.id, operation=operation, key=key):
        return await _replay(shop, operation, key, digest)
    try:
        async with in_transaction():
            try:
                async with in_transaction():  # a savepoint: losing the race must not abort the transaction
                    claim = await IdempotencyKey.create(
                        shop_id=shop.id, operation=operation, key=key, request_hash=digest, response={}
                    )
            except IntegrityError:
                # Someone else holds the key; on PostgreSQL the insert waited until they committed.
                return await _replay(shop, operation, key, digest)
            result = await work()
            await IdempotencyKey.filter(id=claim.id).update(response=result)
    except ActionError as exc:
        # A userError (bad input, an illegal step, a lost compare-and-set) is not a result: the claim
        # rolls back with the work, so a refusal writes nothing and the same key may be retried once
        # the state allows it; a transient CONFLICT never sticks to the key.
        return {"error": exc.data()}
    return result


async def purge_expired(now: datetime | None = None) -> int:
    cutoff = (now or datetime.now(timezone.utc)) - KEEP_FOR
    return await IdempotencyKey.filter(created_at__lt=cutoff).delete()

"""Mirror a platform record without ever letting an older update overwrite a newer one."""

from __future__ import annotations

import enum
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.models import Model
from tortoise.transactions import in_transaction

from models.shop import Shop


class Outcome(enum.Enum):
    CREATED = "CREATED"
    UPDATED = "UPDATED"
    STALE = "STALE"
    DEFERRED = "DEFERRED"  # kept until the order it belongs to arrives


_UNREAD = object()


async def upsert_newer(
    model: type[Model], shop: Shop, platform_id: str, updated_at: datetime, values: dict, *, existing=_UNREAD
) -> tuple[Model, Outcome]:
    """Insert, or update only if `updated_at` is newer: a compare-and-set that holds under races.

    Must run inside a transaction; the caller's later writes depend on the returned row. A caller
    that has just read the row in this transaction (under its lock) passes it as `existing`, None
    when there was none, and it is not read again.
    """
    if existing is _UNREAD:
        existing = await model.get_or_none(shop_id=shop.id, platform_id=platform_id)
    if existing is None:
        try:
            # A savepoint, so a lost race does not abort the caller's transaction on PostgreSQL.
            async with in_transaction():
                row = await model.create(
                    shop_id=shop.id, platform_id=platform_id, platform_updated_at=updated_at, **values
                )
            return row, Outcome.CREATED
        except IntegrityError:
            # A concurrent delivery created it first; fall through to the conditional update.
            existing = await model.get(shop_id=shop.id, platform_id=platform_id)
    changed = await model.filter(
        id=existing.id, platform_updated_at__lt=updated_at
    ).update(platform_updated_at=updated_at, **values)
    if not changed:
        return existing, Outcome.STALE
    await existing.refresh_from_db()
    return existing, Outcome.UPDATED

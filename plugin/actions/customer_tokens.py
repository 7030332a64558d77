"""Revoking customer tokens: a shop signs every customer token with its API secret, and they are
stateless, so a leaked one (a shared computer, a stolen phone, a storefront bug) is withdrawn by a
moment: tokens issued up to then are refused (plugin.api.auth.authenticate_customer). For the whole shop,
or for one customer."""

from __future__ import annotations

from datetime import datetime, timezone

from tortoise.transactions import in_transaction

from models.customer import Customer
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.events import record


async def revoke(shop: Shop, customer_id: int | None, *, actor: str) -> datetime:
    """Refuse every customer token of the shop (or of one of its customers) issued until now; the
    moment, audited. Tokens issued afterwards work: customers sign in again."""
    now = datetime.now(timezone.utc)
    async with in_transaction():
        if customer_id is None:
            await Shop.filter(id=shop.id).update(customer_tokens_revoked_at=now)
            await record(shop, subject=("Shop", shop.id), actor=actor, action="shop.customer_tokens_revoked",
                         after={"revoked_before": now.isoformat()})
            shop.customer_tokens_revoked_at = now
            return now
        updated = await Customer.filter(id=customer_id, shop_id=shop.id).update(tokens_revoked_at=now)
        if not updated:
            raise ActionError("NOT_FOUND", "no such customer", ["customerId"])
        await record(shop, subject=("Customer", customer_id), actor=actor, action="customer.tokens_revoked",
                     after={"revoked_before": now.isoformat()})
    return now

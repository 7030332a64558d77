"""The out-of-stock fallback of an exchange (issue 24): the variant sold out before the replacement
shipped, so the return takes the policy's `exchange_terms.out_of_stock` (REFUND or STORE_CREDIT) and
is refunded as such, now that its item is back. Called by the platform sender after the platform
refused `exchange.ship` with OUT_OF_STOCK; the sender then refunds it (refunds.refund_fallen_back),
so this step stays below the refund action."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.enums import ExchangeStatus as X
from models.exchange import Exchange
from models.returns import Return
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.exchanges import LIVE, _exchange


async def fall_back(shop: Shop, exchange_id: int, words: str) -> int | None:
    """The variant sold out before the exchange shipped: the return takes the policy's fallback
    (REFUND or STORE_CREDIT); the answer is the return to refund as such now that its item is back
    (refunds.refund_fallen_back, called next by the sender), None when there is nothing to do."""
    async with in_transaction():
        exchange = await Exchange.get(shop_id=shop.id, id=exchange_id)
        ret = await Return.get(shop_id=shop.id, id=exchange.return_request_id)
        fallback = str(_exchange(ret).get("out_of_stock") or "REFUND")
        if not await Exchange.filter(id=exchange.id, status__in=(X.SHIPPING, *LIVE)).update(
            status=X.FELL_BACK, fallback=fallback, platform_error=words[:1000]
        ):
            return None  # shipped, cancelled or fallen back already
        await Return.filter(id=ret.id).update(resolution=fallback)
        await record(shop, subject=("Return", ret.id), actor="platform", action="exchange.fell_back",
                     after={"resolution": fallback},
                     note=f"the exchange could not ship ({words}): {fallback.lower().replace('_', ' ')} instead"[:1000])
    return ret.id

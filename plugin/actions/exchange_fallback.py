"""The out-of-stock fallback of an exchange (issue 24): the variant sold out before the replacement
shipped, so the return takes the policy's `exchange_terms.out_of_stock` (REFUND or STORE_CREDIT) and
is refunded as such, now that its item is back. Called by the platform sender after the platform
refused `exchange.ship` with OUT_OF_STOCK; its own module because it uses the refund action, which
itself reaches the exchange hooks."""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models.enums import ExchangeStatus as X
from models.exchange import Exchange
from models.returns import Return
from models.shop import Shop
from plugin.actions.errors import ActionError
from plugin.actions.events import record
from plugin.actions.exchanges import LIVE, _exchange
from plugin.actions.refunds import create_refund


async def fall_back(shop: Shop, exchange_id: int, words: str) -> None:
    """The variant sold out before the exchange shipped: the return takes the policy's fallback
    (REFUND or STORE_CREDIT) and is refunded as such now that its item is back."""
    async with in_transaction():
        exchange = await Exchange.get(shop_id=shop.id, id=exchange_id)
        ret = await Return.get(shop_id=shop.id, id=exchange.return_request_id)
        fallback = str(_exchange(ret).get("out_of_stock") or "REFUND")
        if not await Exchange.filter(id=exchange.id, status__in=(X.SHIPPING, *LIVE)).update(
            status=X.FELL_BACK, fallback=fallback, platform_error=words[:1000]
        ):
            return  # shipped, cancelled or fallen back already
        await Return.filter(id=ret.id).update(resolution=fallback)
        await record(shop, subject=("Return", ret.id), actor="platform", action="exchange.fell_back",
                     after={"resolution": fallback},
                     note=f"the exchange could not ship ({words}): {fallback.lower().replace('_', ' ')} instead"[:1000])
    try:
        await create_refund(shop, return_id=ret.id, order_id=None, amount=None, reason="RETURN",
                            note="the exchanged item sold out", actor="platform")
    except ActionError as exc:  # staff refund it from the desk (e.g. inspection required first)
        await record(shop, subject=("Return", ret.id), actor="platform", action="exchange.fallback_waiting",
                     note=f"not refunded automatically: {exc.message}"[:1000])

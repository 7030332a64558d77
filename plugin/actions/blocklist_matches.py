"""The blocklist entries an order's contacts match: what put a held request on the blocklist, so staff
clearing the hold can take them off if the block was a mistake."""

from __future__ import annotations

from models.order import Order
from models.risk import BlocklistEntry
from models.shop import Shop
from plugin import risk
from plugin.actions.risk import blocklist_hash, order_risk_facts


async def blocklist_matches(shop: Shop, order: Order) -> list[BlocklistEntry]:
    """The shop's entries matching the order's email, phones or addresses (a redacted customer's
    entry, stored as a keyed hash, matches too), oldest first."""
    keys = risk.blocklist_keys(order_risk_facts(order))
    wanted = [("EMAIL", v) for v in keys.emails] + [("PHONE", v) for v in keys.phones] + [("ADDRESS", v) for v in keys.addresses]
    if not wanted:
        return []
    values = [v for _, v in wanted] + [blocklist_hash(shop, kind, v) for kind, v in wanted]
    return await BlocklistEntry.filter(shop_id=shop.id, value__in=values).order_by("id")

"""The admin's orders list (and its search) reads its orders' lines for the whole page up front,
as plain rows in one statement, when its query asks for them; each order then answers `lines`
without awaiting. As for the returns list (plugin.api.admin.return_page), the per-row loader round
trip was most of a 50-order page's cost, and search results at 100,000 orders are full pages.
"""

from __future__ import annotations

from collections import defaultdict

from strawberry.types import Info

from models.order import OrderLine
from plugin.api.admin.types import AdminOrder
from plugin.store.plain_reads import rows_in
from plugin.api.selection import connection_nodes
from plugin.api.types import OrderLineType


async def read_page(info: Info, page: list[AdminOrder]) -> None:
    if not page or "lines" not in connection_nodes(info):
        return
    by_order: dict[int, list[OrderLineType]] = defaultdict(list)
    currency = {order.row.id: order.row.currency for order in page}
    # In position order, as the lines loader reads them (by id among equal positions).
    for line, _ in await rows_in(OrderLine, info.context.shop.id, "order_id", list(currency), order_by=("position", "id")):
        by_order[line["order_id"]].append(OrderLineType(row=line, currency=currency[line["order_id"]]))
    for order in page:
        order.read_lines = by_order.get(order.row.id, [])

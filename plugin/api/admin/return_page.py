"""The admin's returns list reads what its rows show for the whole page up front: one statement per
relation the query asks for, as plain rows, and each row then answers `lines`, `lines.line`, `risk`,
`customerEmail` and `customerName` without awaiting.

Through the loaders those fields cost, per row, an awaited resolver, a DataLoader future and a
model object: profiled, most of a 50-row page's time (12 ms of CPU against 3 ms for storefront
eligibility). The fields fall back to the loaders wherever a return is shown outside this list.
"""

from __future__ import annotations

from collections import defaultdict

from strawberry.types import Info

from models.customer import Customer
from models.order import Order
from models.returns import ReturnLine
from models.risk import RiskAssessment
from plugin.api.admin.types import AdminReturn
from plugin.api.return_types import ReturnLineType
from plugin.store.plain_reads import rows_in
from plugin.store.rows import Row
from plugin.api.selection import connection_nodes


async def read_page(info: Info, page: list[AdminReturn]) -> None:
    if not page:
        return
    asked = connection_nodes(info)
    shop_id = info.context.shop.id
    if "lines" in asked:
        await _lines(shop_id, page, with_order_line="line" in asked["lines"])
    if "risk" in asked:
        await _risk(shop_id, page)
    if "customerEmail" in asked:
        await _orders(shop_id, page)
    if "customerName" in asked:
        await _customers(shop_id, page)


async def _lines(shop_id: int, page: list[AdminReturn], with_order_line: bool) -> None:
    by_return: dict[int, list[ReturnLineType]] = defaultdict(list)
    currency = {ret.row.id: ret.row.currency for ret in page}
    rows = await rows_in(ReturnLine, shop_id, "return_request_id", list(currency), join="order_line" if with_order_line else None)
    for line, order_line in rows:
        ret_id = line["return_request_id"]
        by_return[ret_id].append(ReturnLineType(row=line, currency=currency[ret_id], read_line=order_line))
    for ret in page:
        ret.read_lines = by_return.get(ret.row.id, [])


async def _risk(shop_id: int, page: list[AdminReturn]) -> None:
    latest: dict[int, Row] = {}
    for assessment, _ in await rows_in(RiskAssessment, shop_id, "subject_id", [ret.row.id for ret in page],
                                       equal={"subject_type": "Return"}):
        latest[assessment["subject_id"]] = assessment  # by id: the last one read is the latest
    for ret in page:
        row = latest.get(ret.row.id)
        ret.read_risk = [row] if row is not None else []


async def _orders(shop_id: int, page: list[AdminReturn]) -> None:
    orders = {order["id"]: order for order, _ in await rows_in(Order, shop_id, "id", sorted({ret.row.order_id for ret in page}))}
    for ret in page:
        ret.read_order = orders.get(ret.row.order_id)


async def _customers(shop_id: int, page: list[AdminReturn]) -> None:
    ids = sorted({ret.row.customer_id for ret in page if ret.row.customer_id is not None})
    customers = {row["id"]: row for row, _ in await rows_in(Customer, shop_id, "id", ids)} if ids else {}
    for ret in page:
        ret.read_customer = customers.get(ret.row.customer_id)

"""One DataLoader per relation per request, so a page of orders costs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from models.catalog import Product
from models.customer import Customer
from models.audit import AuditEvent
from models.order import Fulfillment, FulfillmentLine, Order, OrderLine
from models.refund import Refund
from models.returns import Return, ReturnLine
from models.risk import RiskAssessment


def _many(model, fk: str, shop_id: int, order_by: str = "id", extra: dict | None = None) -> DataLoader:
    async def load(keys: Sequence[int]) -> list[list]:
        grouped: dict[int, list] = defaultdict(list)
        rows = await model.filter(shop_id=shop_id, **(extra or {}), **{f"{fk}__in": list(keys)}).order_by(order_by)
        for row in rows:
            grouped[getattr(row, fk)].append(row)
        return [grouped.get(key, []) for key in keys]

    return DataLoader(load_fn=load)


def _one(model, shop_id: int) -> DataLoader:
    async def load(keys: Sequence[int]) -> list:
        rows = {row.id: row for row in await model.filter(shop_id=shop_id, id__in=list(keys))}
        return [rows.get(key) for key in keys]

    return DataLoader(load_fn=load)


class Loaders:
    """Every loader filters on the shop too: a foreign key alone never crosses tenants."""

    def __init__(self, shop_id: int) -> None:
        self.lines_by_order = _many(OrderLine, "order_id", shop_id, "position")
        self.fulfillments_by_order = _many(Fulfillment, "order_id", shop_id)
        self.lines_by_fulfillment = _many(FulfillmentLine, "fulfillment_id", shop_id)
        self.product = _one(Product, shop_id)
        self.customer = _one(Customer, shop_id)
        self.line = _one(OrderLine, shop_id)
        self.order = _one(Order, shop_id)
        self.returns_by_order = _many(Return, "order_id", shop_id)
        self.lines_by_return = _many(ReturnLine, "return_request_id", shop_id)
        self.refunds_by_order = _many(Refund, "order_id", shop_id)
        self.refunds_by_return = _many(Refund, "return_request_id", shop_id)
        self.return_timeline = _many(AuditEvent, "subject_id", shop_id, extra={"subject_type": "Return"})
        self.refund_timeline = _many(AuditEvent, "subject_id", shop_id, extra={"subject_type": "Refund"})
        self.order_risk = _many(RiskAssessment, "subject_id", shop_id, extra={"subject_type": "Order"})
        self.return_risk = _many(RiskAssessment, "subject_id", shop_id, extra={"subject_type": "Return"})
        self.assessment = _one(RiskAssessment, shop_id)



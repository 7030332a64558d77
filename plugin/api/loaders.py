"""One DataLoader per relation per request, so a page of orders costs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cached_property

from strawberry.dataloader import DataLoader

from plugin.policy.reason_library import library_of
from plugin.store.reasons import stored_reasons

from models.catalog import Product
from models.customer import Customer
from models.audit import AuditEvent
from models.order import Fulfillment, FulfillmentLine, Order, OrderLine
from models.platform_refund import PlatformRefund
from models.refund import Cancellation, Refund
from models.returns import Return, ReturnLine
from models.risk import RiskAssessment, RiskReview


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


def _lazy(make) -> cached_property:
    def loader(self: Loaders) -> DataLoader:
        return make(self.shop_id)

    return cached_property(loader)


def _reviews_by_order(shop_id: int) -> DataLoader:
    """The reviews about an order itself or its cancellation request (not its returns: those are the
    return's), through the assessment, which knows the order."""

    async def load(keys: Sequence[int]) -> list[list]:
        grouped: dict[int, list] = defaultdict(list)
        rows = await RiskReview.filter(
            shop_id=shop_id, subject_type__in=["Order", "Cancellation"], assessment__order_id__in=list(keys)
        ).order_by("id").prefetch_related("assessment")
        for row in rows:
            grouped[row.assessment.order_id].append(row)
        return [grouped.get(key, []) for key in keys]

    return DataLoader(load_fn=load)


def _reasons(shop_id: int) -> DataLoader:
    """The shop's reasons library, read once a request whatever asks (key: the shop's id)."""

    async def load(keys: Sequence[int]) -> list[list]:
        reasons = library_of(await stored_reasons(shop_id))
        return [reasons for _ in keys]

    return DataLoader(load_fn=load)


class Loaders:
    """Every loader filters on the shop too: a foreign key alone never crosses tenants.

    Each is made on first use: most requests need one or two of them, and every request builds this.
    """

    def __init__(self, shop_id: int) -> None:
        self.shop_id = shop_id

    lines_by_order = _lazy(lambda shop_id: _many(OrderLine, "order_id", shop_id, "position"))
    fulfillments_by_order = _lazy(lambda shop_id: _many(Fulfillment, "order_id", shop_id))
    lines_by_fulfillment = _lazy(lambda shop_id: _many(FulfillmentLine, "fulfillment_id", shop_id))
    product = _lazy(lambda shop_id: _one(Product, shop_id))
    customer = _lazy(lambda shop_id: _one(Customer, shop_id))
    line = _lazy(lambda shop_id: _one(OrderLine, shop_id))
    order = _lazy(lambda shop_id: _one(Order, shop_id))
    returns_by_order = _lazy(lambda shop_id: _many(Return, "order_id", shop_id))
    lines_by_return = _lazy(lambda shop_id: _many(ReturnLine, "return_request_id", shop_id))
    refunds_by_order = _lazy(lambda shop_id: _many(Refund, "order_id", shop_id))
    platform_refunds_by_order = _lazy(lambda shop_id: _many(PlatformRefund, "order_id", shop_id))
    refunds_by_return = _lazy(lambda shop_id: _many(Refund, "return_request_id", shop_id))
    return_timeline = _lazy(lambda shop_id: _many(AuditEvent, "subject_id", shop_id, extra={"subject_type": "Return"}))
    refund_timeline = _lazy(lambda shop_id: _many(AuditEvent, "subject_id", shop_id, extra={"subject_type": "Refund"}))
    order_risk = _lazy(lambda shop_id: _many(RiskAssessment, "subject_id", shop_id, extra={"subject_type": "Order"}))
    return_risk = _lazy(lambda shop_id: _many(RiskAssessment, "subject_id", shop_id, extra={"subject_type": "Return"}))
    assessment = _lazy(lambda shop_id: _one(RiskAssessment, shop_id))
    return_ = _lazy(lambda shop_id: _one(Return, shop_id))
    cancellation = _lazy(lambda shop_id: _one(Cancellation, shop_id))
    return_reviews = _lazy(lambda shop_id: _many(RiskReview, "subject_id", shop_id, extra={"subject_type": "Return"}))
    order_reviews = _lazy(_reviews_by_order)
    reasons = _lazy(_reasons)

"""The admin's Order: what both APIs show, plus staff-only fields, returns and refunds."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.types import Info

from models.refund import Cancellation
from plugin.actions.ledger import captured, discrepancies, refundable
from plugin.api.enums import CancellationStatus, OrderCancelReason
from plugin.api.money import Money
from plugin.api.return_types import AdminRefund, AdminReturn, PlatformRefundType
from plugin.api.risk_types import RiskAssessmentType
from plugin.api.types import Address, CustomerType, Node, OrderFields

if TYPE_CHECKING:
    from plugin.api.admin.risk import RiskReviewType

_RiskReview = Annotated["RiskReviewType", strawberry.lazy("plugin.api.admin.risk")]


@strawberry.type(name="Order")
class AdminOrder(OrderFields):
    @strawberry.field(description="The order's id on the host platform.")
    def platform_id(self) -> str:
        return self.row.platform_id

    @strawberry.field
    def phone(self) -> str | None:
        return self.row.phone

    @strawberry.field(description="Where the order was placed, e.g. web, pos.")
    def sales_channel(self) -> str:
        return self.row.sales_channel

    @strawberry.field
    def billing_address(self) -> Address | None:
        return Address.from_json(self.row.billing_address)

    @strawberry.field
    def browser_ip(self) -> str | None:
        return self.row.browser_ip

    @strawberry.field
    async def customer(self, info: Info) -> CustomerType | None:
        if self.row.customer_id is None:
            return None
        row = await info.context.loaders.customer.load(self.row.customer_id)
        return CustomerType(row=row) if row else None

    @strawberry.field
    async def returns(self, info: Info) -> list[AdminReturn]:
        return [AdminReturn(row=row) for row in await info.context.loaders.returns_by_order.load(self.row.id)]

    @strawberry.field(description="The refund ledger of the order: every refund, whatever its status.")
    async def refunds(self, info: Info) -> list[AdminRefund]:
        return [AdminRefund(row=row) for row in await info.context.loaders.refunds_by_order.load(self.row.id)]

    @strawberry.field(description="What staff should know about the mirror: UNKNOWN_PRODUCT when a line names a "
                      "product Recourse has not seen (import the catalogue: until then no exclusion can match it).")
    async def flags(self, info: Info) -> list[str]:
        lines = await info.context.loaders.lines_by_order.load(self.row.id)
        unknown = any(line.product_id is None and line.product_platform_id is not None for line in lines)
        return ["UNKNOWN_PRODUCT"] if unknown else []

    @strawberry.field(description="What the platform actually took: nothing while the payment is only "
                      "authorized, pending or voided; the total once paid (before refunds).")
    def captured(self) -> Money:
        return self._money(captured(self.row))

    @strawberry.field(description="What may still be refunded: captured, less our refunds and the platform's own.")
    async def refundable(self) -> Money:
        return self._money(await refundable(self.row))

    @strawberry.field(description="Refunds the platform reported, each linked to our refund it confirmed, if any.")
    async def platform_refunds(self, info: Info) -> list[PlatformRefundType]:
        return [PlatformRefundType(row=row) for row in await info.context.loaders.platform_refunds_by_order.load(self.row.id)]

    @strawberry.field(description="The fraud review of the order or its cancellation request, if one was held (the latest).")
    async def risk_review(self, info: Info) -> _RiskReview | None:
        from plugin.api.admin.risk import RiskReviewType

        rows = await info.context.loaders.order_reviews.load(self.row.id)
        return RiskReviewType(row=rows[-1]) if rows else None

    @strawberry.field(description="The order's risk as assessed when it came in, with the facts that say why.")
    async def risk(self, info: Info) -> RiskAssessmentType | None:
        rows = await info.context.loaders.order_risk.load(self.row.id)
        return RiskAssessmentType(row=rows[-1]) if rows else None

    @strawberry.field(description="Where the platform's latest figures fall below what the ledger holds (more refunded "
                      "than paid, more units in returns than ordered), in sentences; empty when they agree. While any "
                      "is listed, refunds and returns the figures no longer allow are refused.")
    async def ledger_discrepancies(self) -> list[str]:
        return await discrepancies(self.row)


@strawberry.type(name="Cancellation", description="An accepted or held cancellation of an order (refused requests are answered, not stored).")
class CancellationType(Node):
    row: strawberry.Private[Cancellation]

    @strawberry.field
    def status(self) -> CancellationStatus:
        return self.row.status

    @strawberry.field
    def reason(self) -> OrderCancelReason:
        return self.row.reason

    @strawberry.field(description="customer:<id>, guest or staff:<id>.")
    def requested_by(self) -> str:
        return self.row.requested_by

    @strawberry.field(description="Staff's note: never shown to the customer.")
    def staff_note(self) -> str | None:
        return self.row.staff_note

    @strawberry.field(description="What the customer was told, if staff wrote something.")
    def customer_message(self) -> str | None:
        return self.row.customer_message

    @strawberry.field
    async def refund_amount(self, info: Info) -> Money:
        order = await info.context.loaders.order.load(self.row.order_id)
        return Money.of(self.row.refund_amount, order.currency)

    @strawberry.field
    def created_at(self) -> datetime:
        return self.row.created_at

    @strawberry.field
    async def order(self, info: Info) -> AdminOrder:
        return AdminOrder(row=await info.context.loaders.order.load(self.row.order_id))

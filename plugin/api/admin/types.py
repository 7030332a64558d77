"""The admin's object types, in one module because they link to each other: an order to its returns,
refunds and review, a return to its order and review, a review to what it holds."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from models.refund import Cancellation
from models.risk import RiskReview
from plugin.actions.ledger import captured, discrepancies, refundable
from plugin.actions.refunds import suggested_refund
from plugin.actions.returns import label_missing
from plugin.api.admin.exchange_types import ExchangeType, StoreCreditType, credits_of, exchange_of
from plugin.api.admin.platform import PlatformOperation, operations_of
from plugin.api.enums import CancellationStatus, OrderCancelReason, RiskReviewStatus
from plugin.api.money import Money
from plugin.api.return_types import PlatformRefundType, RefundType, ReturnType, TimelineEvent
from plugin.api.risk_types import RiskAssessmentType
from plugin.api.types import Address, CustomerType, Node, OrderFields
from plugin.values.ids import to_gid


@strawberry.type(name="Refund")
class AdminRefund(RefundType):
    @strawberry.field(description="Staff's note on the refund: never shown to the customer.")
    def note(self) -> str | None:
        return self.row.note

    @strawberry.field(name="return", description="The return this refund pays for, if any.")
    async def return_(self, info: Info) -> AdminReturn | None:
        rid = self.row.return_request_id
        row = await info.context.loaders.return_.load(rid) if rid else None
        return AdminReturn(row=row) if row else None

    @strawberry.field
    async def order(self, info: Info) -> AdminOrder:
        return AdminOrder(row=await info.context.loaders.order.load(self.row.order_id))

    @strawberry.field(description="The refund's id on the platform, once it carried it out (or refundConfirm said so).")
    def platform_refund_id(self) -> str | None:
        return self.row.platform_refund_id

    @strawberry.field(description="Why the platform refused to carry this refund out, in its own words (the refund "
                      "is then FAILED); null otherwise.")
    def platform_error(self) -> str | None:
        return self.row.platform_error

    @strawberry.field(description="The operations that carry this refund out on the platform, oldest first (none "
                      "on a manual platform).")
    async def platform_operations(self, info: Info) -> list[PlatformOperation]:
        return await operations_of(info.context.shop.id, [("Refund", self.row.id)])


@strawberry.type(name="Return")
class AdminReturn(ReturnType):
    # The return's assessments (the latest last), when a list read them with the page; else the loader reads them.
    read_risk: strawberry.Private[list | None] = None
    # The return's order as a plain row, when a list read it with the page; else the loader reads it.
    read_order: strawberry.Private[object | None] = None

    @strawberry.field(description="Staff's note on the decline: never shown to the customer.")
    def staff_note(self) -> str | None:
        return self.row.staff_note

    @strawberry.field
    async def refunds(self, info: Info) -> list[AdminRefund]:
        return [AdminRefund(row=row) for row in await info.context.loaders.refunds_by_return.load(self.row.id)]

    @strawberry.field
    async def order(self, info: Info) -> AdminOrder:
        return AdminOrder(row=await info.context.loaders.order.load(self.row.order_id))

    @strawberry.field(description="The fraud review of this request, if it was held (the latest, if several).")
    async def risk_review(self, info: Info) -> RiskReviewType | None:
        rows = await info.context.loaders.return_reviews.load(self.row.id)
        return RiskReviewType(row=rows[-1]) if rows else None

    @strawberry.field(description="Every step taken on the return and its refunds, oldest first.")
    async def timeline(self, info: Info) -> list[TimelineEvent]:
        loaders = info.context.loaders
        events = list(await loaders.return_timeline.load(self.row.id))
        for refund in await loaders.refunds_by_return.load(self.row.id):
            events += await loaders.refund_timeline.load(refund.id)
        return [TimelineEvent(row=row) for row in sorted(events, key=lambda e: (e.created_at, e.id))]

    @strawberry.field
    def requested_by(self) -> str:
        return self.row.requested_by

    @strawberry.field(description="Approved with a prepaid label that staff have not attached yet: the customer "
                      "has no instructions until returnLabelAttach.")
    def label_missing(self) -> bool:
        return label_missing(self.row)

    @strawberry.field(description="The return's id on the platform, once it was opened there (null on a manual platform).")
    def platform_id(self) -> str | None:
        return self.row.platform_id

    @strawberry.field(description="The operations that carry the return and its refunds out on the platform, oldest "
                      "first: FAILED ones need staff (platformOperationRetry). Empty on a manual platform.")
    async def platform_operations(self, info: Info) -> list[PlatformOperation]:
        refunds = await info.context.loaders.refunds_by_return.load(self.row.id)
        return await operations_of(info.context.shop.id, [("Return", self.row.id), *(("Refund", r.id) for r in refunds)])

    @strawberry.field(description="The exchange's replacement and where it stands on the platform (null unless the "
                      "return is resolved by exchange).")
    async def exchange(self, info: Info) -> ExchangeType | None:
        return await exchange_of(info.context.shop.id, self.row.id)

    @strawberry.field(description="Store credit issued for this return (with its bonus) or its postage credit, oldest first.")
    async def store_credits(self, info: Info) -> list[StoreCreditType]:
        return await credits_of(info.context.shop.id, self.row.id)

    @strawberry.field(description="Why staff opened this return although the policy refused it (returnCreate); null otherwise.")
    def override_reason(self) -> str | None:
        return self.row.override_reason

    @strawberry.field(description="What refundCreate refunds by default: the quote for the accepted units (the request's quote before inspection), less what this return already got, at most what the order has left.")
    async def suggested_refund(self, info: Info) -> Money:
        return Money.of(await suggested_refund(info.context.shop, self.row), self.row.currency)

    @strawberry.field(description="The order's email, to find and contact the customer.")
    def customer_email(self, info: Info) -> str | None:
        # Not async, like `risk`: the order read with the page, or the loader's coroutine.
        if self.read_order is not None:
            return self.read_order.email
        return self._load_email(info)

    async def _load_email(self, info: Info) -> str | None:
        order = await info.context.loaders.order.load(self.row.order_id)
        return order.email if order else None

    @strawberry.field(description="The request's risk when it came in, with the facts that say why.")
    def risk(self, info: Info) -> RiskAssessmentType | None:
        # Not async, like ReturnType.lines: read with the page, or the loader's coroutine.
        if self.read_risk is not None:
            return RiskAssessmentType(row=self.read_risk[-1]) if self.read_risk else None
        return self._load_risk(info)

    async def _load_risk(self, info: Info) -> RiskAssessmentType | None:
        rows = await info.context.loaders.return_risk.load(self.row.id)
        return RiskAssessmentType(row=rows[-1]) if rows else None


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
    async def risk_review(self, info: Info) -> RiskReviewType | None:
        rows = await info.context.loaders.order_reviews.load(self.row.id)
        return RiskReviewType(row=rows[-1]) if rows else None

    @strawberry.field(description="The order's risk as assessed when it came in, with the facts that say why.")
    async def risk(self, info: Info) -> RiskAssessmentType | None:
        rows = await info.context.loaders.order_risk.load(self.row.id)
        return RiskAssessmentType(row=rows[-1]) if rows else None

    @strawberry.field(description="The operations that carry the order's cancellation and refunds out on the "
                      "platform, oldest first (returns list their own). Empty on a manual platform.")
    async def platform_operations(self, info: Info) -> list[PlatformOperation]:
        refunds = await info.context.loaders.refunds_by_order.load(self.row.id)
        return await operations_of(info.context.shop.id, [("Order", self.row.id), *(("Refund", r.id) for r in refunds)])

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


RiskReviewSubject = Annotated[
    AdminOrder | AdminReturn | CancellationType,
    strawberry.union("RiskReviewSubject", description="What a review is about: an order, a return or a cancellation request."),
]


@strawberry.type(name="RiskReview")
class RiskReviewType(Node):
    row: strawberry.Private[RiskReview]

    @strawberry.field
    def status(self) -> RiskReviewStatus:
        return self.row.status

    @strawberry.field
    def score(self) -> int:
        return self.row.score

    @strawberry.field(description="The held request: an Order, Return or Cancellation id (gid://recourse/Return/7).")
    def subject_id(self) -> strawberry.ID:
        return strawberry.ID(to_gid(self.row.subject_type, self.row.subject_id))

    @strawberry.field
    def subject_type(self) -> str:
        return self.row.subject_type

    @strawberry.field(description="The held request itself.")
    async def subject(self, info: Info) -> RiskReviewSubject | None:
        loaders, kind, pk = info.context.loaders, self.row.subject_type, self.row.subject_id
        if kind == "Return":
            row = await loaders.return_.load(pk)
            return AdminReturn(row=row) if row else None
        if kind == "Cancellation":
            row = await loaders.cancellation.load(pk)
            return CancellationType(row=row) if row else None
        row = await loaders.order.load(pk)
        return AdminOrder(row=row) if row else None

    @strawberry.field
    async def assessment(self, info: Info) -> RiskAssessmentType:
        return RiskAssessmentType(row=await info.context.loaders.assessment.load(self.row.assessment_id))

    @strawberry.field
    async def order_id(self, info: Info) -> strawberry.ID:
        assessment = await info.context.loaders.assessment.load(self.row.assessment_id)
        return strawberry.ID(to_gid("Order", assessment.order_id))

    @strawberry.field
    async def order(self, info: Info) -> AdminOrder:
        assessment = await info.context.loaders.assessment.load(self.row.assessment_id)
        return AdminOrder(row=await info.context.loaders.order.load(assessment.order_id))

    @strawberry.field
    def resolved_by(self) -> str | None:
        return self.row.resolved_by

    @strawberry.field(description="Staff's note on the resolution: never shown to the customer.")
    def resolution_note(self) -> str | None:
        return self.row.resolution_note

    @strawberry.field(description="What the customer was told, if anything.")
    def customer_message(self) -> str | None:
        return self.row.customer_message

    @strawberry.field
    def created_at(self) -> datetime:
        return self.row.created_at

    @strawberry.field
    def resolved_at(self) -> datetime | None:
        return self.row.resolved_at

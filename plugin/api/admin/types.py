"""The admin's object types, in one module because they link to each other: an order to its returns,
refunds and review, a return to its order and review, a review to what it holds."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from models.refund import Cancellation
from models.risk import BlocklistEntry, RiskReview
from plugin.actions.blocklist_matches import blocklist_matches
from plugin.actions.ledger import captured, discrepancies, refundable
from plugin.actions.refunds import suggested_refund
from plugin.api.admin.return_steps import available_steps
from plugin.actions.returns import label_missing
from plugin.api.admin.exchange_types import ExchangeType, StoreCreditType, credits_of, exchange_of, exchange_subjects
from plugin.api.admin.platform import PlatformOperation, operations_of
from plugin.api.enums import BlocklistKind, CancellationStatus, OrderCancelReason, ReturnStep, RiskReviewStatus
from plugin.api.money import Money
from plugin.api.return_types import PlatformRefundType, RefundType, ReturnType, TimelineEvent
from plugin.api.risk_types import RiskAssessmentType
from plugin.api.row_fields import from_row
from plugin.api.types import Address, CustomerType, Node, OrderFields
from plugin.values.ids import to_gid


def _full_name(customer) -> str | None:
    return " ".join(part for part in (customer.first_name, customer.last_name) if part) or None


@strawberry.type(name="Refund")
class AdminRefund(RefundType):
    note = from_row("note", str | None, description="Staff's note on the refund: never shown to the customer.")

    @strawberry.field(name="return", description="The return this refund pays for, if any.")
    async def return_(self, info: Info) -> AdminReturn | None:
        rid = self.row.return_request_id
        row = await info.context.loaders.return_.load(rid) if rid else None
        return AdminReturn(row=row) if row else None

    @strawberry.field
    async def order(self, info: Info) -> AdminOrder:
        return AdminOrder(row=await info.context.loaders.order.load(self.row.order_id))

    platform_refund_id = from_row("platform_refund_id", str | None, description="The refund's id on the platform, once it carried it out (or refundConfirm said so).")
    platform_error = from_row("platform_error", str | None, description="Why the platform refused to carry this refund out, in its own words (the refund is then FAILED); null otherwise.")

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
    # The return's customer as a plain row, when a list read it with the page; else the loader reads it.
    read_customer: strawberry.Private[object | None] = None

    staff_note = from_row("staff_note", str | None, description="Staff's note on the decline: never shown to the customer.")

    customer_note = from_row("customer_note", str | None, description="What the customer wrote with the request (or what "
                             "staff noted they said, for a return staff created); each line's own note is `lines.customerNote`.")

    @strawberry.field(description="The staff steps with work left on this return now, in the order they come: the "
                      "state machine's steps less those already done (every unit received or inspected, nothing "
                      "left to refund). Any other step would be refused.")
    async def available_steps(self, info: Info) -> list[ReturnStep]:
        return await available_steps(info.context.shop, self.row)

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

    requested_by = from_row("requested_by", str)

    @strawberry.field(description="Approved with a prepaid label that staff have not attached yet: the customer "
                      "has no instructions until returnLabelAttach.")
    def label_missing(self) -> bool:
        return label_missing(self.row)

    platform_id = from_row("platform_id", str | None, description="The return's id on the platform, once it was opened there (null on a manual platform).")

    @strawberry.field(description="The operations that carry the return and its refunds out on the platform, oldest "
                      "first: FAILED ones need staff (platformOperationRetry). Empty on a manual platform.")
    async def platform_operations(self, info: Info) -> list[PlatformOperation]:
        refunds = await info.context.loaders.refunds_by_return.load(self.row.id)
        carried = await exchange_subjects(info.context.shop.id, self.row.id)  # its exchange and store credit
        return await operations_of(info.context.shop.id, [("Return", self.row.id), *(("Refund", r.id) for r in refunds),
                                                          *carried])

    @strawberry.field(description="The exchange's replacement and where it stands on the platform (null unless the "
                      "return is resolved by exchange).")
    async def exchange(self, info: Info) -> ExchangeType | None:
        return await exchange_of(info.context.shop.id, self.row.id)

    @strawberry.field(description="Store credit issued for this return (with its bonus) or its postage credit, oldest first.")
    async def store_credits(self, info: Info) -> list[StoreCreditType]:
        return await credits_of(info.context.shop.id, self.row.id)

    override_reason = from_row("override_reason", str | None, description="Why staff opened this return although the policy refused it (returnCreate); null otherwise.")

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

    @strawberry.field(description="The customer's name, when the platform gave one.")
    def customer_name(self, info: Info) -> str | None:
        if self.row.customer_id is None:
            return None
        if self.read_customer is not None:
            return _full_name(self.read_customer)
        return self._load_customer_name(info)

    async def _load_customer_name(self, info: Info) -> str | None:
        customer = await info.context.loaders.customer.load(self.row.customer_id)
        return _full_name(customer) if customer else None

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
    platform_id = from_row("platform_id", str, description="The order's id on the host platform.")
    phone = from_row("phone", str | None)
    sales_channel = from_row("sales_channel", str, description="Where the order was placed, e.g. web, pos.")

    @strawberry.field
    def billing_address(self) -> Address | None:
        return Address.from_json(self.row.billing_address)

    browser_ip = from_row("browser_ip", str | None)

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

    status = from_row("status", CancellationStatus)
    reason = from_row("reason", OrderCancelReason)
    requested_by = from_row("requested_by", str, description="customer:<id>, guest or staff:<id>.")
    staff_note = from_row("staff_note", str | None, description="Staff's note: never shown to the customer.")
    customer_message = from_row("customer_message", str | None, description="What the customer was told, if staff wrote something.")

    @strawberry.field
    async def refund_amount(self, info: Info) -> Money:
        order = await info.context.loaders.order.load(self.row.order_id)
        return Money.of(self.row.refund_amount, order.currency)

    created_at = from_row("created_at", datetime)

    @strawberry.field
    async def order(self, info: Info) -> AdminOrder:
        return AdminOrder(row=await info.context.loaders.order.load(self.row.order_id))


@strawberry.type(name="BlocklistEntry")
class BlocklistEntryType(Node):
    row: strawberry.Private[BlocklistEntry]

    kind = from_row("kind", BlocklistKind)
    value = from_row("value", str, description="Normalised: how orders are matched against it.")
    note = from_row("reason", str | None, description="Why staff blocked it (staff-only text).")
    created_by = from_row("created_by", str)
    created_at = from_row("created_at", datetime)


RiskReviewSubject = Annotated[
    AdminOrder | AdminReturn | CancellationType,
    strawberry.union("RiskReviewSubject", description="What a review is about: an order, a return or a cancellation request."),
]


@strawberry.type(name="RiskReview")
class RiskReviewType(Node):
    row: strawberry.Private[RiskReview]

    status = from_row("status", RiskReviewStatus)
    score = from_row("score", int)

    @strawberry.field(description="The held request: an Order, Return or Cancellation id (gid://recourse/Return/7).")
    def subject_id(self) -> strawberry.ID:
        return strawberry.ID(to_gid(self.row.subject_type, self.row.subject_id))

    subject_type = from_row("subject_type", str)

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

    @strawberry.field(description="Blocklist entries the held request's order matches (email, phone, address): what "
                      "staff clearing the hold may take off the blocklist with blocklistRemove.")
    async def blocklist_matches(self, info: Info) -> list[BlocklistEntryType]:
        assessment = await info.context.loaders.assessment.load(self.row.assessment_id)
        order = await info.context.loaders.order.load(assessment.order_id)
        return [BlocklistEntryType(row=row) for row in await blocklist_matches(info.context.shop, order)]

    resolved_by = from_row("resolved_by", str | None)
    resolution_note = from_row("resolution_note", str | None, description="Staff's note on the resolution: never shown to the customer.")
    customer_message = from_row("customer_message", str | None, description="What the customer was told, if anything.")
    created_at = from_row("created_at", datetime)
    resolved_at = from_row("resolved_at", datetime | None)

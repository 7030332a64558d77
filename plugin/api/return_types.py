"""Returns, refunds and their timeline as GraphQL types, shared by both APIs."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from models.audit import AuditEvent
from models.platform_refund import PlatformRefund
from models.refund import Refund
from models.returns import Return, ReturnLine
from plugin.api.enums import (
    ConditionItem,
    InspectionCondition,
    RefundKind,
    RefundReason,
    RefundStatus,
    ReturnDeclineReason,
    ReturnReason,
    ReturnResolution,
    ReturnShippingMethod,
    ReturnStatus,
)
from plugin.api.ids import to_gid
from plugin.api.language import InCustomerLanguage
from plugin.api.money import Money
from plugin.api.qr import return_qr_code
from plugin.api.policy_types import ReturnQuote
from plugin.api.row_fields import from_row
from plugin.api.types import Node, OrderFields, OrderLineType
from plugin.policy.reason_library import core_reason



_NEXT_STEP = {
    ReturnStatus.REQUESTED: "We are reviewing your request. You will get an email with the return instructions once it is approved.",
    ReturnStatus.ON_HOLD: "We will contact you to confirm a few details before your return can go ahead.",
    ReturnStatus.OPEN: "Pack the items and send them back following the return instructions{ship_by}.",
    ReturnStatus.RECEIVED: "We have your parcel and are checking the items. Your refund follows the inspection.",
    # After the inspection the parcel is no longer being checked: say what happened since.
    "INSPECTED": "We have inspected your items and will email you about your refund.",
    "REFUNDED": "We have inspected your items and issued your refund: our email has the amount and when to expect it.",
    ReturnStatus.DECLINED: "Your return request was declined. Reply to our email if you have questions.",
    ReturnStatus.CLOSED: "This return is complete.",
    ReturnStatus.CANCELED: "You cancelled this return request.",
}


_KEPT = "Keep the items: we have refunded you without a return, so there is nothing to send back."
_KEPT_CREDITED = "Keep the items: we have given you store credit without a return, so there is nothing to send back."
_LABEL_PENDING = "Your return is approved. We are preparing your prepaid return label and will email it with the instructions."


@strawberry.type(name="ReturnLine")
class ReturnLineType(Node):
    row: strawberry.Private[ReturnLine]
    currency: strawberry.Private[str]
    # The order line, when a list read it with the page (plugin.api.admin.return_page); else the loader reads it.
    read_line: strawberry.Private[object | None] = None

    @strawberry.field
    def line(self, info: Info) -> OrderLineType:
        # Not async: a line read with its page is answered at once, without an awaited resolver per
        # row; otherwise the loader's coroutine is returned, and GraphQL awaits it.
        if self.read_line is not None:
            return OrderLineType(row=self.read_line, currency=self.currency)
        return self._load_line(info)

    async def _load_line(self, info: Info) -> OrderLineType:
        return OrderLineType(row=await info.context.loaders.line.load(self.row.order_line_id), currency=self.currency)

    quantity = from_row("quantity", int)
    reason = from_row("reason", ReturnReason, description="The core reason (a merchant's own reason rolls up to it).")

    @strawberry.field(description="The reason chosen from the shop's returnReasons, by handle (a core reason's is its code).")
    def reason_handle(self) -> str:
        return self.row.reason_handle or str(self.row.reason)

    @strawberry.field(description="The chosen reason's words, in the customer's language on the storefront (a retired "
                      "reason keeps its words).")
    async def reason_label(self, info: Info) -> str:
        handle = self.row.reason_handle or str(self.row.reason)
        reasons = await info.context.loaders.reasons.load(self.row.shop_id)
        found = next((r for r in reasons if r.handle == handle), None)
        return (found or core_reason(str(self.row.reason))).label(info.context.lang)

    @strawberry.field(description="Conditions the customer declared.")
    def condition(self) -> list[ConditionItem]:
        return list(self.row.condition)

    customer_note = from_row("customer_note", str | None, description="What the customer wrote about this line.")

    @strawberry.field(description="Ids of the customer's photos: GET /storefront/photos/<id> (the customer) or /admin/photos/<id> (staff).")
    def photos(self) -> list[str]:
        return list(self.row.photos)

    @strawberry.field(description="The refund quoted for this line when the request was made.")
    def quoted_amount(self) -> Money:
        return Money.of(self.row.quoted_amount, self.currency)

    received_quantity = from_row("received_quantity", int)
    accepted_quantity = from_row("accepted_quantity", int)
    rejected_quantity = from_row("rejected_quantity", int)
    inspection_condition = from_row("inspection_condition", InspectionCondition | None)
    restock = from_row("restock", bool)


@strawberry.type(name="Refund")
class RefundType(Node):
    row: strawberry.Private[Refund]

    @strawberry.field
    def amount(self) -> Money:
        return Money.of(self.row.amount, self.row.currency)

    status = from_row("status", RefundStatus, description="PENDING until the platform confirms it SUCCEEDED or FAILED.")
    kind = from_row("kind", RefundKind, description="PAYMENT gives back what was paid (all of an order's payments stay within what was "
        "paid); REIMBURSEMENT pays what the policy granted on top of it, such as a return postage "
        "credit (all of a return's reimbursements stay within what its decision granted); STORE_CREDIT "
        "pays as store credit instead of money (counted with the payments: never both); BONUS is the "
        "credit the policy adds on top (within what the decision granted). A negative row reverses one.")

    reason = from_row("reason", RefundReason)
    expires_on = from_row("expires_on", date | None, description="Store credit and its bonus: the last day it can be spent (none: never expires).")

    @strawberry.field(description="A reversal (a negative STORE_CREDIT or BONUS row): the row it takes back.")
    def reverses_id(self) -> strawberry.ID | None:
        return strawberry.ID(to_gid("Refund", self.row.reverses_id)) if self.row.reverses_id else None

    breakdown = from_row("breakdown", JSON, description="The quote lines this refund pays, when it was made from a quote.")

    @strawberry.field
    def return_id(self) -> strawberry.ID | None:
        rid = self.row.return_request_id
        return strawberry.ID(to_gid("Return", rid)) if rid else None

    @strawberry.field(name="return", description="The return this refund pays for, if any.")
    async def return_(self, info: Info) -> ReturnType | None:
        rid = self.row.return_request_id
        row = await info.context.loaders.return_.load(rid) if rid else None
        return ReturnType(row=row) if row else None

    @strawberry.field
    async def order(self, info: Info) -> StorefrontOrder:
        return StorefrontOrder(row=await info.context.loaders.order.load(self.row.order_id))

    created_at = from_row("created_at", datetime)
    processed_at = from_row("processed_at", datetime | None)


@strawberry.type(name="PlatformRefund")
class PlatformRefundType:
    """A refund the platform reported (refunds/create, or an order's refunds)."""

    row: strawberry.Private[PlatformRefund]

    platform_id = from_row("platform_id", str, description="The refund's id on the platform.")

    @strawberry.field(description="Money returned: the refund's successful (or pending) refund transactions.")
    def amount(self) -> Money:
        return Money.of(self.row.amount, self.row.currency)

    @strawberry.field(description="Our refund it confirmed; null when staff refunded in the platform itself.")
    def refund_id(self) -> strawberry.ID | None:
        rid = self.row.refund_id
        return strawberry.ID(to_gid("Refund", rid)) if rid else None

    processed_at = from_row("processed_at", datetime)



@strawberry.type
class TimelineEvent:
    row: strawberry.Private[AuditEvent]

    action = from_row("action", str)
    actor = from_row("actor", str, description="staff:<id>, customer:<id>, guest, policy or platform.")
    at = from_row("created_at", datetime)
    note = from_row("note", str | None)
    before = from_row("before", JSON | None)
    after = from_row("after", JSON | None)


@strawberry.type(description="The prepaid return label staff attached.")
class ReturnLabel:
    carrier: str
    tracking_number: str
    url: str | None = strawberry.field(description="Where the label is, when staff gave a link.")
    download_path: str | None = strawberry.field(
        description="For an uploaded PDF: GET it with the same credentials as this API (staff session token, or "
        "the return's customer token with X-Shop-Domain)."
    )


@strawberry.type(name="Return")
class ReturnType(Node):
    row: strawberry.Private[Return]
    # The return's lines, when a list read them with the page (plugin.api.admin.return_page); else the loader reads them.
    read_lines: strawberry.Private[list[ReturnLineType] | None] = None

    name = from_row("name", str, description="The order's name and the return's number on it, e.g. #1001-R1.")

    @strawberry.field(description="ON_HOLD (a fraud review) shows to customers as REQUESTED.")
    def status(self, info: Info) -> ReturnStatus:
        if self.row.status == ReturnStatus.ON_HOLD and info.context.staff is None:
            return ReturnStatus.REQUESTED  # a customer never learns that a review holds the request
        return ReturnStatus(self.row.status)

    @strawberry.field(description="What the customer should do or expect next.", extensions=[InCustomerLanguage()])
    async def next_step(self, info: Info) -> str:
        from plugin.actions.returns import label_missing

        if self.row.kept_item:  # refunded (or credited) without a return: nothing to send
            return _KEPT_CREDITED if self.row.resolution == ReturnResolution.STORE_CREDIT else _KEPT
        if label_missing(self.row):  # approved, but the instructions wait for the prepaid label
            return _LABEL_PENDING
        ship_by = f" by {self.row.ship_by.isoformat()}" if self.row.ship_by else ""
        status = self.row.status
        if status == ReturnStatus.RECEIVED:
            refunds = await info.context.loaders.refunds_by_return.load(self.row.id)
            if any(r.status != RefundStatus.FAILED for r in refunds):
                status = "REFUNDED"
            elif any(line.inspected_at for line in await info.context.loaders.lines_by_return.load(self.row.id)):
                status = "INSPECTED"
        return _NEXT_STEP[status].format(ship_by=ship_by)

    @strawberry.field(description="Refunded without the items coming back (the policy's keep-the-item rules): "
                      "no label, nothing to send.")
    def kept_item(self) -> bool:
        return self.row.kept_item

    @strawberry.field(description="A QR code of the return's id (its gid), as an SVG data URI for the return slip's <img>.")
    def qr_code(self) -> str:
        return return_qr_code(to_gid("Return", self.row.id))

    @strawberry.field
    def order_id(self) -> strawberry.ID:
        return strawberry.ID(to_gid("Order", self.row.order_id))

    @strawberry.field
    async def order(self, info: Info) -> StorefrontOrder:
        return StorefrontOrder(row=await info.context.loaders.order.load(self.row.order_id))

    resolution = from_row("resolution", ReturnResolution)
    shipping_method = from_row("shipping_method", ReturnShippingMethod)
    policy_version = from_row("policy_version", int | None, description="The policy version the request was decided under.")

    @strawberry.field(description="The policy's decision when the request was made: quote, deadlines, instructions. "
                      "An approved return decided before the policy had a return address shows the one it has now.")
    def decision(self, info: Info) -> ReturnQuote:
        # Not async unless it must be: only an approved return whose stored instructions lack an address reads more.
        instructions = self.row.decision.get("instructions") or {}
        if self.row.status == ReturnStatus.OPEN and not instructions.get("return_address"):
            return self._with_current_address(info)
        return ReturnQuote.from_data(self.row.decision)

    async def _with_current_address(self, info: Info) -> ReturnQuote:
        from plugin.actions.return_address import current_instructions

        order = await info.context.loaders.order.load(self.row.order_id)
        fresh = await current_instructions(info.context.shop, self.row, order)
        return ReturnQuote.from_data({**self.row.decision, "instructions": fresh} if fresh else self.row.decision)

    @strawberry.field
    def quoted_total(self) -> Money:
        return Money.of(self.row.quoted_total, self.row.currency)

    ship_by = from_row("ship_by", date | None, description="Ship the parcel by the end of this day; set when the return is approved.")

    @strawberry.field(description="The prepaid label, once staff attached it.")
    def label(self) -> ReturnLabel | None:
        r = self.row
        if r.label_attached_at is None:
            return None
        return ReturnLabel(
            carrier=r.label_carrier or "", tracking_number=r.label_tracking_number or "", url=r.label_url,
            download_path=f"/returns/{r.id}/label" if r.label_file else None,
        )

    decline_reason = from_row("decline_reason", ReturnDeclineReason | None)
    decline_note = from_row("decline_note", str | None, description="What the customer was told when the return was declined.")
    requested_at = from_row("requested_at", datetime)
    approved_at = from_row("approved_at", datetime | None)
    received_at = from_row("received_at", datetime | None)
    closed_at = from_row("closed_at", datetime | None)

    @strawberry.field
    def lines(self, info: Info) -> list[ReturnLineType]:
        # Not async, like ReturnLineType.line: read with the page, or the loader's coroutine.
        if self.read_lines is not None:
            return self.read_lines
        return self._load_lines(info)

    async def _load_lines(self, info: Info) -> list[ReturnLineType]:
        rows = await info.context.loaders.lines_by_return.load(self.row.id)
        return [ReturnLineType(row=row, currency=self.row.currency) for row in rows]

    @strawberry.field
    async def refunds(self, info: Info) -> list[RefundType]:
        return [RefundType(row=row) for row in await info.context.loaders.refunds_by_return.load(self.row.id)]


@strawberry.type(name="Order")
class StorefrontOrder(OrderFields):
    """The storefront's Order: what both APIs show, and the customer's own returns."""

    @strawberry.field(description="Your returns on this order.")
    async def returns(self, info: Info) -> list[ReturnType]:
        return [ReturnType(row=row) for row in await info.context.loaders.returns_by_order.load(self.row.id)]

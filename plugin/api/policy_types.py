"""GraphQL shapes of the policy's answers, shared by both schemas (the engine's values, formatted)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from plugin import policy as engine
from plugin.api.enums import (
    PriceDifferenceHandling,
    RefundLineKind,
    RefundMethod,
    ReturnResolution,
    ReturnShippingMethod,
    ReturnShippingPayer,
)
from plugin.api.ids import to_gid
from plugin.api.language import InCustomerLanguage
from plugin.api.money import Money


def _stored_money(value: dict | None) -> Money | None:
    return None if value is None else Money.of(Decimal(value["amount"]), value["currency"])


def _money(value) -> Money:  # the engine's Money (plugin.values.money), as the API shows it
    return Money.of(value.amount, value.currency)


def _reasons(reasons) -> list[Reason]:
    return [Reason(code=r.code, message=r.message) for r in reasons]


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _line_gid(line_id: str | None) -> strawberry.ID | None:
    return None if line_id is None else strawberry.ID(to_gid("OrderLine", int(line_id)))


@strawberry.type(description="Why something is refused or needs attention: a stable code and a sentence for the customer.")
class Reason:
    code: str
    message: str = strawberry.field(extensions=[InCustomerLanguage()])


@strawberry.type(description="One line of the order as a cancellation sees it.")
class CancellationLine:
    line_id: strawberry.ID
    title: str
    quantity: int
    cancellable: bool = strawberry.field(description="Whether this line may be cancelled (alone, or with the order).")
    reasons: list[Reason] = strawberry.field(description="Why it stays, when it can't be cancelled.")
    refund: Money = strawberry.field(description="What cancelling this line refunds.")


@strawberry.type
class CancellationEligibility:
    allowed: bool
    reasons: list[Reason]
    deadline: datetime | None = strawberry.field(description="Last moment a cancellation is accepted, when the policy counts hours.")
    refund_estimate: Money
    refund_expected_from: date | None
    refund_expected_to: date | None
    next_step: str = strawberry.field(extensions=[InCustomerLanguage()])
    policy_version: int | None
    partial_allowed: bool = strawberry.field(
        default=False,
        description="The whole order can't be cancelled only because some items can't (final sale, personalized): "
        "the cancellable lines may still be cancelled on their own (orderCancelRequest with lineIds).",
    )
    lines: list[CancellationLine] = strawberry.field(default_factory=list)
    voids_payment: bool = strawberry.field(
        default=False,
        description="The payment was only authorized or is pending, not captured: cancelling voids it "
        "rather than refunding it, and nothing is refunded.",
    )

    @classmethod
    def of(cls, d: engine.CancellationDecision) -> CancellationEligibility:
        """Straight from the engine's decision (every storefront eligibility answer has one):
        the same values `from_data` reads back from a stored decision, without the round trip."""
        return cls(
            allowed=d.allowed, reasons=_reasons(d.reasons), deadline=d.deadline,
            refund_estimate=_money(d.refund_estimate), refund_expected_from=d.refund_expected_from,
            refund_expected_to=d.refund_expected_to, next_step=d.next_step, policy_version=d.policy_version,
            partial_allowed=d.partial_allowed,
            lines=[
                CancellationLine(
                    line_id=_line_gid(line.line_id), title=line.title, quantity=line.quantity, cancellable=line.cancellable,
                    reasons=_reasons(line.reasons), refund=_money(line.refund),
                )
                for line in d.lines
            ],
            voids_payment=d.voids_payment,
        )

    @classmethod
    def from_data(cls, d: dict) -> CancellationEligibility:
        return cls(
            allowed=d["allowed"], reasons=[Reason(**r) for r in d["reasons"]],
            deadline=datetime.fromisoformat(d["deadline"]) if d["deadline"] else None,
            refund_estimate=_stored_money(d["refund_estimate"]), refund_expected_from=_date(d["refund_expected_from"]),
            refund_expected_to=_date(d["refund_expected_to"]), next_step=d["next_step"], policy_version=d["policy_version"],
            partial_allowed=d.get("partial_allowed", False),
            lines=[
                CancellationLine(
                    line_id=_line_gid(line["line_id"]), title=line["title"], quantity=line["quantity"],
                    cancellable=line["cancellable"], reasons=[Reason(**r) for r in line["reasons"]],
                    refund=_stored_money(line["refund"]),
                )
                for line in d.get("lines", [])
            ],
            voids_payment=d.get("voids_payment", False),
        )


@strawberry.type
class ReturnableLine:
    line_id: strawberry.ID
    returnable_quantity: int
    allowed: bool
    reasons: list[Reason]
    return_by: date | None = strawberry.field(description="Last day (shop's time zone) a return may be requested.")
    closes_at: datetime | None
    fault_override_available: bool = strawberry.field(description="Excluded, but a damaged, defective or wrong item may still come back with photos.")
    whole_set_only: bool = strawberry.field(description="Part of a set that returns only whole.")
    counts_from: datetime | None = strawberry.field(default=None, description="The moment the return period counts from.")
    counts_from_basis: str | None = strawberry.field(
        default=None,
        description="Which date that is: DELIVERY (reported by the carrier), CONFIRMED_RECEIPT (the customer "
        "confirmed it), ESTIMATED_DELIVERY (shipping date plus transit days), PURCHASE or SHIPMENT.",
    )
    counts_from_note: str | None = strawberry.field(default=None, description="The same, as a sentence for the customer.")

    @classmethod
    def of(cls, e: engine.LineEligibility) -> ReturnableLine:
        return cls(
            line_id=_line_gid(e.line_id), returnable_quantity=e.returnable_quantity, allowed=e.allowed,
            reasons=_reasons(e.reasons), return_by=e.return_by, closes_at=e.closes_at,
            fault_override_available=e.fault_override_available, whole_set_only=e.whole_set_only,
            counts_from=e.counts_from, counts_from_basis=e.counts_from_basis, counts_from_note=e.counts_from_note,
        )


@strawberry.type
class ReturnLineDecision:
    line_id: strawberry.ID
    quantity: int
    allowed: bool
    reasons: list[Reason]
    return_by: date | None
    merchant_at_fault: bool


@strawberry.type
class RefundQuoteLine:
    kind: RefundLineKind
    code: str
    description: str = strawberry.field(extensions=[InCustomerLanguage(except_items=True)])
    amount: Money = strawberry.field(description="Signed: fees are negative, credits positive.")
    line_id: strawberry.ID | None
    quantity: int | None
    tax_included: Money | None = strawberry.field(
        default=None, description="The sales tax inside an ITEM line's amount, when the policy refunds taxes.")


@strawberry.type(description="What the customer gets back, line by line; the lines add up to the total.")
class RefundQuote:
    lines: list[RefundQuoteLine]
    items: Money
    shipping: Money
    fees: Money
    credits: Money
    total: Money

    @classmethod
    def from_data(cls, q: dict) -> RefundQuote:
        return cls(
            lines=[
                RefundQuoteLine(
                    kind=line["kind"], code=line["code"], description=line["description"],
                    amount=_stored_money(line["amount"]), line_id=_line_gid(line["line_id"]), quantity=line["quantity"],
                    tax_included=_stored_money(line["tax"]) if line.get("tax") else None,
                )
                for line in q["lines"]
            ],
            items=_stored_money(q["items"]), shipping=_stored_money(q["shipping"]), fees=_stored_money(q["fees"]),
            credits=_stored_money(q["credits"]), total=_stored_money(q["total"]),
        )

    @classmethod
    def nothing(cls, currency: str) -> RefundQuote:
        """A refused request refunds nothing, whether one line or all were refused (the engine's quote of
        the allowed lines stays in its own answer; each line's verdict says what could come back)."""
        zero = Money.of(Decimal(0), currency)
        return cls(lines=[], items=zero, shipping=zero, fees=zero, credits=zero, total=zero)


@strawberry.type
class ReturnShippingTerms:
    payer: ReturnShippingPayer
    method: ReturnShippingMethod
    label_available: bool
    label_fee: Money | None
    credit: Money | None
    postage_reimbursed: str
    region: str | None
    return_number: int
    summary: str = strawberry.field(extensions=[InCustomerLanguage()])


@strawberry.type
class ReturnDeadlines:
    return_by: date | None
    ship_by: date | None
    received_on: date
    received_estimated: bool
    response_due: date | None
    refund_expected_from: date | None
    refund_expected_to: date | None


@strawberry.type(description="Where the parcel goes, chosen by the order's shipping country; print it on the return slip.")
class ReturnAddress:
    recipient: str
    address1: str
    address2: str | None
    city: str
    province: str | None
    zip: str | None
    country_code: str
    phone: str | None
    formatted: list[str] = strawberry.field(description="The address as printed on a parcel, one line each.")

    @classmethod
    def from_data(cls, a: dict | None) -> ReturnAddress | None:
        if not a:
            return None
        return cls(
            recipient=a["recipient"], address1=a["address1"], address2=a["address2"], city=a["city"],
            province=a["province"], zip=a["zip"], country_code=a["country"], phone=a["phone"], formatted=a["lines"],
        )


@strawberry.type
class ReturnInstructions:
    method: ReturnShippingMethod
    steps: list[str] = strawberry.field(extensions=[InCustomerLanguage()])
    include: list[str] = strawberry.field(extensions=[InCustomerLanguage()])
    recommendations: list[str] = strawberry.field(name="tips", description="Packing advice, in sentences.",
                                                  extensions=[InCustomerLanguage()])
    ship_by: date | None
    return_address: ReturnAddress | None = strawberry.field(
        description="Null when the policy has no return address for the order's country (lint reports it)."
    )


@strawberry.type(description="An option's value of a product variant: e.g. Size M.")
class VariantOption:
    name: str
    value: str


@strawberry.type(description="One returned line exchanged for a variant, in an exchange option.")
class ExchangeLineOption:
    line_id: strawberry.ID
    quantity: int
    variant_id: strawberry.ID
    title: str = strawberry.field(description="The variant's title, e.g. \"M / Blue\".")
    options: list[VariantOption]
    price: Money = strawberry.field(description="Per unit.")
    in_stock: bool = strawberry.field(description="More available than the shop's buffer, when quoted.")
    difference: Money = strawberry.field(description="For the line's units: positive, the customer pays; negative, refunded.")


@strawberry.type(description="What the return could become, with its value: shown side by side with the others.")
class ResolutionOption:
    resolution: ReturnResolution
    offered: bool = strawberry.field(description="The policy allows it for this request (an exchange: with every chosen variant in stock).")
    amount: Money | None = strawberry.field(description="A refund: to the original payment; store credit: the credit with its bonus; an exchange: none.")
    bonus: Money | None = strawberry.field(description="Store credit: the bonus included in `amount`.")
    bonus_percent: Decimal | None = strawberry.field(description="Store credit: the bonus as a percentage of the credited value.")
    expires_on: date | None = strawberry.field(description="Store credit: the last day it can be spent (none: never expires).")
    difference: Money | None = strawberry.field(description="An exchange: positive, the customer pays it (the platform sends an invoice); negative, it is refunded.")
    difference_handling: PriceDifferenceHandling | None
    lines: list[ExchangeLineOption] = strawberry.field(description="An exchange: the variant chosen for each line (empty until chosen).")
    summary: str = strawberry.field(description="One phrase for the customer, e.g. \"Store credit $27.50 (+10%)\".",
                                    extensions=[InCustomerLanguage()])

    @classmethod
    def from_data(cls, o: dict) -> ResolutionOption:
        return cls(
            resolution=ReturnResolution(o["resolution"]), offered=o["offered"], amount=_stored_money(o["amount"]),
            bonus=_stored_money(o["bonus"]), bonus_percent=Decimal(o["bonus_percent"]) if o["bonus_percent"] else None,
            expires_on=_date(o["expires_on"]), difference=_stored_money(o["difference"]),
            difference_handling=PriceDifferenceHandling(o["difference_handling"]) if o["difference_handling"] else None,
            lines=[
                ExchangeLineOption(
                    line_id=_line_gid(line["line_id"]), quantity=line["quantity"],
                    variant_id=strawberry.ID(to_gid("ProductVariant", int(line["variant_id"]))), title=line["title"],
                    options=[VariantOption(**option) for option in line["options"]], price=_stored_money(line["price"]),
                    in_stock=line["in_stock"], difference=_stored_money(line["difference"]),
                )
                for line in o["lines"]
            ],
            summary=o["summary"],
        )


@strawberry.type(description="The policy's full answer to a prospective return. Nothing is stored.")
class ReturnQuote:
    allowed: bool
    reasons: list[Reason] = strawberry.field(description="Every reason, order-level first, without repeats.")
    lines: list[ReturnLineDecision]
    deadlines: ReturnDeadlines
    refund: RefundQuote
    shipping: ReturnShippingTerms
    instructions: ReturnInstructions
    merchant_at_fault: bool
    resolution: ReturnResolution
    refund_method: RefundMethod
    policy_version: int | None
    options: list[ResolutionOption] = strawberry.field(
        description="Every resolution the shop offers, with its value, side by side: \"Refund $25.00 · Store credit "
        "$27.50 (+10%) · Exchange for M (in stock)\". Empty for decisions stored before they were quoted."
    )

    @classmethod
    def of(cls, decision: engine.ReturnDecision) -> ReturnQuote:
        return cls.from_data(engine.decision_data(decision))

    @classmethod
    def from_data(cls, d: dict, *, overridden: bool = False) -> ReturnQuote:
        """From a decision's stored data (see plugin.policy.decision_data): live and replayed alike.
        A refusal refunds nothing, unless staff took the return anyway (`overridden`, returnCreate):
        then the quote is what the engine priced for the lines refused only by the policy's rules."""
        q, s, dl, i = d["quote"], d["shipping"], d["deadlines"], d["instructions"]
        return cls(
            allowed=d["allowed"],
            reasons=[Reason(**r) for r in d["all_reasons"]],
            lines=[
                ReturnLineDecision(
                    line_id=_line_gid(line["line_id"]), quantity=line["quantity"], allowed=line["allowed"],
                    reasons=[Reason(**r) for r in line["reasons"]], return_by=_date(line["return_by"]),
                    merchant_at_fault=line["merchant_at_fault"],
                )
                for line in d["lines"]
            ],
            deadlines=ReturnDeadlines(
                return_by=_date(dl["return_by"]), ship_by=_date(dl["ship_by"]), received_on=_date(dl["received_on"]),
                received_estimated=dl["received_estimated"], response_due=_date(dl["response_due"]),
                refund_expected_from=_date(dl["refund_expected_from"]), refund_expected_to=_date(dl["refund_expected_to"]),
            ),
            refund=RefundQuote.from_data(q) if d["allowed"] or overridden else RefundQuote.nothing(q["total"]["currency"]),
            shipping=ReturnShippingTerms(
                payer=s["payer"], method=s["method"], label_available=s["label_available"],
                label_fee=_stored_money(s["label_fee"]), credit=_stored_money(s["credit"]),
                postage_reimbursed=s["postage_reimbursed"], region=s["region"],
                return_number=s["return_number"], summary=s["summary"],
            ),
            instructions=ReturnInstructions(
                method=i["method"], steps=i["steps"], include=i["include"],
                recommendations=i["recommendations"], ship_by=_date(i["ship_by"]),
                return_address=ReturnAddress.from_data(i.get("return_address")),
            ),
            merchant_at_fault=d["merchant_at_fault"], resolution=d["resolution"], refund_method=d["refund_method"],
            policy_version=d["policy_version"],
            options=[ResolutionOption.from_data(o) for o in d.get("options", [])],
        )

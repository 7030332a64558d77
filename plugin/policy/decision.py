"""What the policy engine answers: plain values, ready to serialise or store with a return.

Amounts are ``Money`` in the order currency, rounded by the currency's rules. In a quote, fees are
negative and credits positive so that the lines always add up to the total.

``Reason`` is frozen: its instances are shared constants. The other results are built fresh for
every call and are slotted but not frozen, because frozen dataclasses cost five times as much to
construct and a 10-line decision builds about forty of them (see bench/bench_evaluate.py). Treat
them as values all the same: the engine never looks at a result again after returning it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from plugin.values.money import Money


@dataclass(frozen=True, slots=True)
class Reason:
    """Why something is refused (or needs attention): a stable code and a customer sentence."""

    code: str
    message: str


@dataclass(slots=True)
class LineDecision:
    line_id: str
    quantity: int
    allowed: bool
    reasons: tuple[Reason, ...]
    return_by: date | None  # last local day of the window that applies to this line
    closes_at: datetime | None  # first refused instant (UTC)
    merchant_at_fault: bool
    reason: str  # the customer's return reason, as requested


@dataclass(slots=True)
class QuoteLine:
    kind: str  # ITEM | SHIPPING | FEE | CREDIT | ADJUSTMENT
    code: str  # e.g. ITEM, ORIGINAL_SHIPPING, RESTOCKING_FEE, FLAT_FEE, LABEL_FEE, ...
    description: str
    amount: Money  # signed: fees negative, credits positive
    line_id: str | None = None
    quantity: int | None = None
    # The sales tax inside an ITEM line's amount (when the policy refunds taxes), so a customer who
    # saw the unit price can tell why the line is more.
    tax: Money | None = None


@dataclass(slots=True)
class Quote:
    currency: str
    lines: tuple[QuoteLine, ...]
    items: Money  # refund for the items themselves (price - discount + tax)
    shipping: Money  # original shipping refunded
    fees: Money  # total deducted, as a positive amount
    credits: Money  # total added
    total: Money  # what the customer gets back; 0 <= total <= items + shipping + credits


@dataclass(slots=True)
class ReturnShippingTerms:
    payer: str  # MERCHANT | CUSTOMER: who bears the return postage
    method: str  # PREPAID_LABEL | CUSTOMER_SHIPPED, as requested
    label_available: bool  # whether a prepaid label could be used for this return
    label_fee: Money | None  # deducted when the paying customer uses the label
    credit: Money | None  # fixed amount paid towards postage
    postage_reimbursed: str  # NO | ON_RECEIPT | AFTER_INSPECTION
    region: str | None  # the policy region the shipping address fell in
    return_number: int  # 1 for the first (counting) return on the order
    summary: str  # one sentence for the customer


@dataclass(slots=True)
class Deadlines:
    return_by: date | None  # earliest return_by among the allowed lines
    closes_at: datetime | None
    ship_by: date | None  # ship the parcel by the end of this local day
    received_on: date  # the parcel's arrival, actual or estimated
    received_estimated: bool
    response_due: date | None
    refund_expected_from: date | None
    refund_expected_to: date | None


@dataclass(frozen=True, slots=True)
class ReturnAddress:
    """Where the parcel goes, chosen by the order's shipping country (policy shipping.return_addresses)."""

    recipient: str
    address1: str
    address2: str | None
    city: str
    province: str | None
    zip: str | None
    country: str
    phone: str | None
    lines: tuple[str, ...]  # as printed on a parcel


@dataclass(slots=True)
class Instructions:
    method: str
    steps: tuple[str, ...]
    include: tuple[str, ...]  # what must go in the parcel
    recommendations: tuple[str, ...]
    ship_by: date | None
    return_address: ReturnAddress | None = None  # None: the policy has none for this country


@dataclass(slots=True)
class ReturnDecision:
    allowed: bool  # every requested line allowed and no order-level refusal
    reasons: tuple[Reason, ...]  # order-level refusals
    lines: tuple[LineDecision, ...]  # in request order
    deadlines: Deadlines
    quote: Quote  # covers the allowed lines only
    shipping: ReturnShippingTerms
    instructions: Instructions
    merchant_at_fault: bool  # any allowed line has an at-fault reason
    resolution: str
    refund_method: str
    policy_version: int | str | None

    def all_reasons(self) -> tuple[Reason, ...]:
        """Order-level reasons followed by every line's, without repeats."""
        seen: dict[str, Reason] = {}
        for reason in self.reasons + tuple(r for line in self.lines for r in line.reasons):
            seen.setdefault(reason.code, reason)
        return tuple(seen.values())


@dataclass(slots=True)
class LineEligibility:
    line_id: str
    returnable_quantity: int
    allowed: bool
    reasons: tuple[Reason, ...]
    return_by: date | None
    closes_at: datetime | None = None
    # Excluded now, but a damaged/defective/wrong item could still be returned with evidence.
    fault_override_available: bool = False
    # Part of a set that returns only whole: select every item of the set together.
    whole_set_only: bool = False
    # The date the window counts from, which date that is (DELIVERY, CONFIRMED_RECEIPT,
    # ESTIMATED_DELIVERY, PURCHASE, SHIPMENT) and a sentence saying so to the customer.
    counts_from: datetime | None = None
    counts_from_basis: str | None = None
    counts_from_note: str | None = None


@dataclass(slots=True)
class CancellationLine:
    """One order line as a cancellation sees it: whether it may be cancelled, and for how much."""

    line_id: str
    title: str
    quantity: int
    cancellable: bool
    reasons: tuple[Reason, ...]  # why it stays (an exclusion that forbids cancelling it)
    refund: Money  # what cancelling it refunds: what the line cost, by the policy's percentage


@dataclass(slots=True)
class CancellationDecision:
    allowed: bool
    reasons: tuple[Reason, ...]
    deadline: datetime | None  # last allowed instant by the hours rule (None: until shipped/none)
    refund_estimate: Money
    refund_expected_from: date | None
    refund_expected_to: date | None
    next_step: str
    policy_version: int | str | None
    # Exclusions forbid cancelling items, not orders: when only they stand in the way, the other
    # lines may still be cancelled on their own (``partial_allowed``), line by line.
    lines: tuple[CancellationLine, ...] = ()
    partial_allowed: bool = False
    # Nothing was captured (the payment is only authorized or pending): cancelling voids the
    # payment instead of refunding it, and the estimate is zero.
    voids_payment: bool = False

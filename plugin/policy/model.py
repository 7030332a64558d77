"""The merchant's return, refund and cancellation settings: one pydantic document, one concern per
nested model.

The document is strict (unknown keys are errors: a typo must not silently become "no rule"),
immutable (its compiled form is cached per instance, see ``compiled.py``), and every field
carries a description because its JSON Schema draws the host's settings form. Every section has a
default, so ``Policy()`` is a sensible starting policy (30 days from delivery, customer pays
return postage, no fees) and a later section (e.g. ``risk``) can be added without invalidating
stored documents.

Range checks live here; cross-field judgements that a merchant may legitimately want to save while
drafting (an EU window under 14 days, a refund range given backwards) are reported by ``lint``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from plugin.values.money import is_currency
from plugin.policy.types import (
    Amount,
    Availability,
    ConditionItem,
    CountryCode,
    DayUnit,
    Percent,
    ReturnReason,
    Tag,
    Text,
    expand_countries,
)
from plugin.risk.settings import RiskSettings


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


# --- shared pieces --------------------------------------------------------------------------


class DayRange(_Section):
    """A duration given as a range, e.g. "5–10 business days"."""

    min_days: int = Field(ge=0, le=365, description="Shortest duration, in days.")
    max_days: int = Field(ge=0, le=365, description="Longest duration, in days.")
    unit: DayUnit = Field(
        "BUSINESS",
        description="CALENDAR counts every day; BUSINESS skips weekends and the public holidays "
        "of the shop's country.",
    )


class ReturnWindow(_Section):
    """How long after an event a return may be requested."""

    days: int = Field(ge=1, le=3650, description="Length of the window, in days.")
    unit: DayUnit = Field(
        "CALENDAR",
        description="CALENDAR counts every day; BUSINESS skips weekends and the shop country's "
        "public holidays.",
    )
    starts: Literal["DELIVERY", "PURCHASE", "SHIPMENT"] = Field(
        "DELIVERY",
        description="The event the window counts from. The day of the event is day 0; the window "
        "ends at midnight (shop time) at the end of the last day.",
    )
    transit_buffer_days: int | None = Field(
        None,
        ge=0,
        le=120,
        description="When the window counts from delivery but no delivery date is known, count "
        "from the shipment date plus this many calendar days, for every destination. Leave empty "
        "to use the delivery estimate (the `delivery` section).",
    )


class RegionTransit(_Section):
    """How long parcels take to one group of countries."""

    countries: tuple[CountryCode, ...] = Field(
        min_length=1, description="Destination countries (ISO codes; EU for every member state)."
    )
    days: int = Field(ge=0, le=120, description="Calendar days from shipment to delivery.")


class DeliveryEstimate(_Section):
    """Most parcels are not tracked to the door: Shopify reports a delivery only when it follows
    the carrier. This says when an untracked parcel counts as delivered."""

    estimate_untracked: bool = Field(
        True,
        description="When no delivery date is known, count windows that start at delivery from "
        "the estimated delivery (shipping date plus the transit days). Off: such returns wait "
        "until a delivery is recorded or the customer confirms receipt.",
    )
    transit_days: int = Field(
        7, ge=0, le=120, description="Calendar days from shipment to delivery, where no region says otherwise."
    )
    regions: tuple[RegionTransit, ...] = Field(
        (), description="Transit days per destination; the first region naming the country wins."
    )
    customer_confirms_receipt: bool = Field(
        True,
        description="Customers may confirm on their order page that the parcel arrived; the window "
        "then counts from that day (or from the estimated delivery, if that was earlier).",
    )

    def days_to(self, country: str | None) -> int:
        if country:
            for region in self.regions:
                if country.upper() in expand_countries(region.countries):
                    return region.days
        return self.transit_days


class ProductMatch(_Section):
    """Which order lines a rule applies to. A line matches if ANY criterion matches."""

    tags: tuple[Tag, ...] = Field(
        (), description="Product tags (case-insensitive), e.g. final-sale, personalized."
    )
    product_types: tuple[Tag, ...] = Field(
        (), description="Product types (case-insensitive), e.g. Socks, Jewelry."
    )
    non_returnable_mark: bool = Field(
        False, description="Match products carrying the platform's non-returnable mark."
    )
    free_items: bool = Field(
        False, description="Match lines that cost nothing (free gifts), after discounts."
    )

    @model_validator(mode="after")
    def _something(self) -> ProductMatch:
        if not (self.tags or self.product_types or self.non_returnable_mark or self.free_items):
            raise ValueError("give at least one tag, product type or flag to match")
        return self


# --- sections -------------------------------------------------------------------------------


class Cancellation(_Section):
    """When a customer may cancel an order for a refund."""

    enabled: bool = Field(True, description="Whether customers may cancel orders at all.")
    window_hours: int | None = Field(
        None,
        ge=1,
        le=24 * 90,
        description="Hours after purchase during which cancelling is allowed (inclusive: "
        "exactly 24 hours after purchase is still within 24 hours). Empty: no time limit.",
    )
    until_shipped: bool = Field(
        True,
        description="Allow cancelling only while nothing on the order has shipped. With "
        "window_hours as well, both must hold.",
    )
    refund_percent: Percent = Field(
        "100", description="Share of the amount paid that a cancellation refunds."
    )
    refund_time: DayRange | None = Field(
        None, description="How long the cancellation refund takes to arrive."
    )
    request_via: Literal["WEBSITE", "EMAIL"] = Field(
        "WEBSITE", description="How customers ask to cancel (stated on the policy page)."
    )
    stated: bool = Field(
        True,
        description="State the cancellation terms on the policy page. Off when the store's own "
        "policy says nothing of cancellations: the page stays silent rather than print a default.",
    )


class Returns(_Section):
    """Whether returns are accepted and for how long."""

    enabled: bool = Field(True, description="Whether the shop accepts returns at all.")
    window: ReturnWindow = Field(description="The standard return window.")
    most_items_only: bool = Field(
        False,
        description="Say \"for most items\" next to the window on the policy page, because "
        "exclusions or product rules apply.",
    )
    request_via: Literal["WEBSITE", "EMAIL"] = Field(
        "WEBSITE", description="Where customers submit a return request (stated on the page)."
    )
    request_required_before_shipping: bool = Field(
        True,
        description="Parcels sent back without an approved return request are not accepted.",
    )
    auto_approve: bool = Field(
        False,
        description="Approve eligible requests at once and send the return instructions, instead "
        "of waiting for staff to review each request.",
    )


class Exclusion(_Section):
    """A category of products that cannot be returned (and optionally not cancelled)."""

    category: Literal[
        "FINAL_SALE",
        "CLEARANCE",
        "PERSONALIZED",
        "INTIMATES",
        "SOCKS",
        "TIGHTS",
        "BODYSUITS",
        "JEWELRY",
        "FREE_GIFT",
        "NON_RETURNABLE_MARK",
        "WORN_OR_DAMAGED",
        "OTHER",
    ] = Field(description="What kind of exclusion this is; decides the refusal code.")
    label: Text = Field(
        min_length=1,
        max_length=120,
        description="How the policy page and refusals name these products, e.g. \"Final sale "
        "items\".",
    )
    match: ProductMatch = Field(description="Which products are excluded.")
    not_cancellable: bool = Field(
        False, description="Orders containing these products cannot be cancelled either."
    )
    fault_override: bool = Field(
        True,
        description="Damaged, defective or wrong items may still be returned (see the fault "
        "section) even though they are excluded.",
    )


class ProductRule(_Section):
    """Different terms for some products: another window, or exchange only."""

    label: Text = Field(min_length=1, max_length=120, description="Name shown on the page.")
    match: ProductMatch = Field(description="Which products the rule applies to.")
    window: ReturnWindow | None = Field(None, description="A window replacing the standard one.")
    exchange_only: bool = Field(
        False, description="These products can be exchanged but not refunded."
    )

    @model_validator(mode="after")
    def _has_effect(self) -> ProductRule:
        if self.window is None and not self.exchange_only:
            raise ValueError("a product rule needs a window or exchange_only")
        return self


class FaultRules(_Section):
    """What changes when the merchant is at fault: damaged, defective, wrong items."""

    reasons: tuple[ReturnReason, ...] = Field(
        ("DEFECTIVE", "DAMAGED", "WRONG_ITEM", "NOT_AS_DESCRIBED", "INCOMPLETE"),
        description="Return reasons that put the merchant at fault (free or reimbursed return "
        "shipping, refundable original shipping, no fees, as configured).",
    )
    overrides_exclusions: bool = Field(
        False,
        description="Let at-fault items through exclusions that allow it (e.g. a final-sale "
        "item that arrived damaged).",
    )
    photos_min: int = Field(
        0, ge=0, le=20, description="Photos the customer must attach for an at-fault reason."
    )
    photos_of: tuple[Literal["ISSUE", "PACKAGING"], ...] = Field(
        (), description="What the photos must (or, with photos_requested, should) show."
    )
    photos_requested: bool = Field(
        False,
        description="Ask for photos \"if possible\" without requiring them: a claim without photos "
        "is not refused. photos_min is the number required.",
    )
    window: ReturnWindow | None = Field(
        None,
        description="A separate window for reporting at-fault items. Empty: the standard one.",
    )
    waive_condition: bool = Field(
        False,
        description="Do not require the condition checklist for at-fault items (a damaged item "
        "cannot be in original condition).",
    )
    remedies: tuple[Literal["REFUND", "REPLACEMENT", "EXCHANGE"], ...] = Field(
        ("REFUND",), description="What the customer is offered once the fault is confirmed."
    )
    full_refund: bool = Field(
        False,
        description="State on the page that at-fault items are refunded in full, shipping "
        "included, at no extra cost.",
    )


class Sets(_Section):
    """Products sold as a set or bundle (order lines sharing a set id)."""

    return_whole_only: bool = Field(
        False, description="A set can only be returned complete, never item by item."
    )
    property_names: tuple[Text, ...] = Field(
        ("_set_id", "_bundle_id"),
        max_length=10,
        description="Line item properties whose value names the set a line belongs to (the first "
        "one a line carries wins). Shopify's own bundles (sales_line_item_group_id) always count.",
    )

    @field_validator("property_names")
    @classmethod
    def _names(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not name.strip() or len(name) > 255 for name in value):
            raise ValueError("property names must be 1 to 255 characters")
        return tuple(dict.fromkeys(name.strip() for name in value))


class SalesChannels(_Section):
    """Where the order must have been placed for it to be returnable here."""

    allowed: tuple[Tag, ...] | None = Field(
        None,
        description="Sales channels whose orders may be returned (e.g. web). Empty: all.",
    )
    elsewhere_note: Text | None = Field(
        None,
        max_length=300,
        description="What customers who bought elsewhere should do, e.g. \"contact the retailer "
        "directly\".",
    )


class Requirements(_Section):
    """What a return must include and what the item must look like."""

    proof_of_purchase: bool = Field(
        False,
        description="The customer must send proof of purchase (invoice, receipt, sales note).",
    )
    photos_min: int = Field(
        0, ge=0, le=20, description="Photos required with every return request."
    )
    condition: tuple[ConditionItem, ...] = Field(
        (),
        description="Checklist the customer must confirm for every item (unused, tags "
        "attached, original packaging, accessories, ...).",
    )
    reason_required: bool = Field(
        True, description="The customer must say why they return the item."
    )

    @field_validator("condition")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("condition items must not repeat")
        return value


class ShippingTerms(_Section):
    """Who pays for sending a return back, in one situation."""

    payer: Literal["MERCHANT", "CUSTOMER"] = Field(
        description="Who bears the return postage."
    )
    label_fee: Amount | None = Field(
        None,
        description="When the customer pays but uses the shop's prepaid label, this amount is "
        "deducted from the refund. Empty: the label is not offered to a paying customer.",
    )
    credit: Amount | None = Field(
        None,
        description="A fixed amount the shop pays the customer towards return postage, added "
        "to the refund.",
    )
    postage_reimbursed: Literal["NO", "ON_RECEIPT", "AFTER_INSPECTION"] = Field(
        "NO",
        description="Whether postage the customer paid themselves is reimbursed, and when.",
    )

    @model_validator(mode="after")
    def _coherent(self) -> ShippingTerms:
        if self.payer == "MERCHANT" and self.label_fee is not None:
            raise ValueError("label_fee applies only when the customer pays")
        return self


class RegionShipping(_Section):
    """Return-shipping terms for shipping addresses in some countries."""

    name: Text = Field(min_length=1, max_length=60, description="Name shown, e.g. \"the U.S.\".")
    countries: tuple[CountryCode, ...] = Field(
        (), description="Shipping countries in this region (ISO codes, EU for all EU members)."
    )
    rest_of_world: bool = Field(
        False, description="This region covers every country not listed in another region."
    )
    first_return: ShippingTerms = Field(
        description="Terms for the first return(s) on an order (see shipping.first_returns)."
    )
    later_returns: ShippingTerms | None = Field(
        None, description="Terms for later returns on the same order. Empty: as the first."
    )
    merchant_at_fault: ShippingTerms | None = Field(
        None,
        description="Terms when the merchant is at fault (quality issues, wrong item), whatever "
        "the return's number. Empty: the same as other returns.",
    )

    @model_validator(mode="after")
    def _covers_something(self) -> RegionShipping:
        if not self.countries and not self.rest_of_world:
            raise ValueError("list countries or set rest_of_world")
        if self.countries and self.rest_of_world:
            raise ValueError("a rest-of-world region lists no countries")
        return self


class ReturnAddress(_Section):
    """Where return parcels go from some shipping countries: a warehouse or returns centre.

    The one printed in a return's instructions, emails and slip is chosen by the order's shipping
    country, like the shipping terms (a listed country first, else the rest-of-world address)."""

    name: Text = Field(
        min_length=1, max_length=60,
        description="Name staff know it by, e.g. \"US returns centre\" (not shown to customers).",
    )
    countries: tuple[CountryCode, ...] = Field(
        (), description="Shipping countries whose returns go here (ISO codes, EU for all EU members)."
    )
    rest_of_world: bool = Field(
        False, description="Returns from every country not listed at another address go here."
    )
    recipient: Text = Field(
        min_length=1, max_length=120, description="First line of the label, e.g. \"Alotrop Returns\"."
    )
    address1: Text = Field(min_length=1, max_length=200, description="Street and number.")
    address2: Text | None = Field(None, max_length=200, description="Suite, unit, building.")
    city: Text = Field(min_length=1, max_length=100, description="City.")
    province: Text | None = Field(None, max_length=100, description="State, province or region.")
    zip: Text | None = Field(None, max_length=20, description="Postal code.")
    country: CountryCode = Field(description="ISO code of the country the address is in.")
    phone: Text | None = Field(None, max_length=40, description="Phone number carriers may need.")

    @model_validator(mode="after")
    def _covers_something(self) -> ReturnAddress:
        if not self.countries and not self.rest_of_world:
            raise ValueError("list countries or set rest_of_world")
        if self.countries and self.rest_of_world:
            raise ValueError("a rest-of-world address lists no countries")
        return self

    def lines(self) -> tuple[str, ...]:
        """The address as printed on a parcel, one line each."""
        town = " ".join(part for part in (self.city, self.province, self.zip) if part)
        return tuple(
            line for line in (self.recipient, self.address1, self.address2, town, self.country) if line
        )


class ReturnShipping(_Section):
    """Return postage: who pays, by destination and by the return's number on the order."""

    regions: tuple[RegionShipping, ...] = Field(
        (), description="Terms per region of the order's shipping address."
    )
    default: ShippingTerms = Field(
        ShippingTerms(payer="CUSTOMER"),
        description="Terms for addresses in no region.",
    )
    first_returns: int = Field(
        1,
        ge=1,
        le=20,
        description="How many returns on an order get the first-return terms (declined and "
        "cancelled returns do not count).",
    )
    label_countries: tuple[CountryCode, ...] = Field(
        (), description="Shipping countries where the shop provides a prepaid return label."
    )
    product_page_free_returns: bool = Field(
        True,
        description="Items marked on their product page as free to return are sent back at "
        "the shop's cost.",
    )
    return_addresses: tuple[ReturnAddress, ...] = Field(
        (),
        description="Where returns are sent, per region or warehouse, chosen by the order's "
        "shipping country. A policy without one for some country fails lint.",
    )

    @model_validator(mode="after")
    def _addresses_disjoint(self) -> ReturnShipping:
        seen: dict[str, str] = {}
        if sum(a.rest_of_world for a in self.return_addresses) > 1:
            raise ValueError("only one return address may be for the rest of the world")
        for address in self.return_addresses:
            for code in expand_countries(address.countries):
                if code in seen and seen[code] != address.name:
                    raise ValueError(f"{code} is at both return addresses {seen[code]!r} and {address.name!r}")
                seen[code] = address.name
        return self

    @model_validator(mode="after")
    def _regions_disjoint(self) -> ReturnShipping:
        seen: dict[str, str] = {}
        rest = 0
        for region in self.regions:
            rest += region.rest_of_world
            for code in expand_countries(region.countries):
                if code in seen and seen[code] != region.name:
                    raise ValueError(f"{code} is in both {seen[code]!r} and {region.name!r}")
                seen[code] = region.name
        if rest > 1:
            raise ValueError("only one region may be the rest of the world")
        return self


class Fees(_Section):
    """Amounts deducted from refunds."""

    flat_fee: Amount = Field("0", description="Deducted once from every return's refund.")
    restocking_percent: Percent = Field(
        "0", description="Percentage of the refunded items' value kept as a restocking fee."
    )
    free_shipping_deduction: Amount = Field(
        "0",
        description="For orders that shipped free: a flat amount deducted to cover the "
        "original shipping, once per order.",
    )
    waived_when_merchant_at_fault: bool = Field(
        True,
        description="No fee or deduction applies when the merchant is at fault.",
    )
    merchant_fees_returned: bool = Field(
        False,
        description="State on the page that any other fee that is the shop's responsibility is "
        "returned with the refund.",
    )


class RefundTerms(_Section):
    """How and when refunds are paid."""

    method: Literal["ORIGINAL_PAYMENT", "STORE_CREDIT", "CUSTOMER_CHOICE"] = Field(
        "ORIGINAL_PAYMENT", description="Where refunds go."
    )
    original_shipping: Availability = Field(
        "NEVER",
        description="Whether the shipping the customer paid on the order is refunded: never, "
        "only when the merchant is at fault, or always (pro rata to the items returned).",
    )
    taxes_refunded: bool = Field(True, description="Taxes paid on returned items are refunded.")
    processing: DayRange | None = Field(
        None, description="Time to issue the refund after the return is received."
    )
    additional_delay: DayRange | None = Field(
        None,
        description="Possible extra delay after the refund is issued (banks, transport).",
    )
    typical_arrival: DayRange | None = Field(
        None,
        description="How long a refund typically takes to reach the customer, depending on their "
        "bank or payment processor: stated as typical, never as a promise.",
    )
    inspection: bool = Field(
        True, description="Returns are inspected before the refund is approved."
    )
    response_business_days: int | None = Field(
        None,
        ge=0,
        le=60,
        description="Business days after receipt within which the customer gets an answer.",
    )
    confirmation_email: bool = Field(
        True, description="An email confirms the refund once issued."
    )


Resolution = Literal["REFUND", "EXCHANGE", "STORE_CREDIT", "REPLACEMENT"]


class ExchangeTerms(_Section):
    """How an exchange works when one is offered (``resolutions.exchange``)."""

    scope: Literal["SAME_PRODUCT", "ANY_PRODUCT"] = Field(
        "SAME_PRODUCT",
        description="SAME_PRODUCT: another variant of the returned product (see changeable_options); "
        "ANY_PRODUCT: any product of the shop, up to the returned value (see higher_price).",
    )
    changeable_options: tuple[Text, ...] = Field(
        ("Size", "Color", "Colour"),
        max_length=10,
        description="Product options the customer may change in a same-product exchange, by name "
        "(case does not matter), e.g. Size and Color but not Style. Empty: any option.",
    )
    higher_price: Literal["CUSTOMER_PAYS", "NOT_ALLOWED"] = Field(
        "NOT_ALLOWED",
        description="A new item that costs more than the returned one: the customer pays the "
        "difference through an invoice the platform sends, or it is not offered.",
    )
    lower_price: Literal["REFUND_REST", "NOT_ALLOWED"] = Field(
        "REFUND_REST",
        description="A new item that costs less: the rest is refunded, or it is not offered.",
    )
    out_of_stock: Literal["REFUND", "STORE_CREDIT"] = Field(
        "REFUND",
        description="When the chosen variant is no longer in stock by the time the exchange ships: "
        "refund the item or give store credit instead.",
    )
    stock_buffer: int = Field(
        0,
        ge=0,
        le=100_000,
        description="Offer a variant only while more than this many units are available.",
    )
    instant_up_to: Amount | None = Field(
        None,
        description="Ship the exchange at once, before the item comes back, for customers the risk engine "
        "scores LOW with a clean history, when it is worth at most this (none: never). No card is held; an "
        "item that never comes back is charged by the platform's invoice.",
    )


class StoreCreditTerms(_Section):
    """Store credit instead of a refund (``resolutions.store_credit``): never paid out as cash."""

    bonus_percent: Percent = Field(
        "0", description="Bonus credit as a percentage of the credited value, e.g. \"10\"."
    )
    bonus_flat: Amount = Field("0", description="Bonus credit as a flat amount per return.")
    bonus_cap: Amount | None = Field(None, description="The most bonus one return can earn.")
    expires_after_days: int | None = Field(
        None, ge=1, le=3650, description="Days after it is issued that the credit expires (none: never)."
    )


class ReasonResolutions(_Section):
    """Which resolutions a return for some reasons may take (e.g. a damaged item: refund or
    replacement; a change of mind: store credit or exchange)."""

    reasons: tuple[ReturnReason, ...] = Field(..., min_length=1, description="Return reasons this rule covers.")
    allowed: tuple[Resolution, ...] = Field(
        ..., min_length=1, description="The resolutions these reasons may take (of those offered)."
    )


class Resolutions(_Section):
    """What a customer may ask for instead of money back."""

    exchange: Availability = Field(
        "NEVER", description="Exchanges for another product or size."
    )
    replacement: Availability = Field(
        "NEVER", description="A replacement of the same item."
    )
    store_credit: Availability = Field("NEVER", description="Store credit instead of a refund.")
    reorder_hint: bool = Field(
        True,
        description="When exchanges are not offered, tell customers to return and reorder.",
    )
    exchange_terms: ExchangeTerms = Field(ExchangeTerms(), description="How exchanges work.")
    store_credit_terms: StoreCreditTerms = Field(
        StoreCreditTerms(), description="Store credit's bonus and expiry."
    )
    by_reason: tuple[ReasonResolutions, ...] = Field(
        (),
        max_length=20,
        description="Resolutions limited by return reason; the first rule naming a reason applies, "
        "reasons no rule names may take any resolution offered.",
    )


class Instructions(_Section):
    """What the return instructions tell the customer."""

    ship_within_days: int | None = Field(
        None,
        ge=1,
        le=365,
        description="Calendar days after receiving the instructions to ship the return.",
    )
    pack_securely: bool = Field(
        False, description="Ask for secure packing in the original packaging."
    )
    tracked_shipping_recommended: bool = Field(
        False, description="Recommend a traceable carrier and keeping the tracking number."
    )
    carrier_examples: tuple[Text, ...] = Field(
        (),
        max_length=10,
        description="Carriers named as examples of a traceable carrier, e.g. USPS, UPS, FedEx.",
    )
    insured_shipping_recommended: bool = Field(
        False, description="Recommend insured shipping."
    )
    use_address_from_instructions: bool = Field(
        False,
        description="Warn that the address on the original parcel is not the return address.",
    )
    address_on_request: bool = Field(
        False,
        description="The return address is given by email when the customer writes for it (\"contact us "
        "via email for return instruction\"). Returns can then be approved without a return address "
        "for the order's country, and the instructions tell the customer to ask for it; otherwise "
        "approving needs one.",
    )
    transit_days_estimate: int = Field(
        7,
        ge=0,
        le=90,
        description="Days a return parcel is assumed to take, to estimate response and refund "
        "dates before it arrives.",
    )


class EuConsumerRights(_Section):
    """The EU right of withdrawal for shipping addresses in the EU."""

    enabled: bool = Field(
        False, description="Apply the EU right of withdrawal to EU shipping addresses."
    )
    withdrawal_days: int = Field(
        14,
        ge=1,
        le=365,
        description="Days from delivery to withdraw without giving a reason (at least 14 by law).",
    )
    countries: tuple[CountryCode, ...] = Field(
        ("EU",), description="Shipping countries the right applies to."
    )
    refund_original_shipping: bool = Field(
        True, description="Withdrawal refunds the standard delivery cost paid."
    )


class KeepItem(_Section):
    """Refund (or credit) without a return: items not worth the trip back.

    A request is kept when every line qualifies (worth at most `max_item_value` a unit, or returned
    for one of `reasons`) and its fraud score is LOW: the customer is told at once, no label is made,
    nothing is sent back, and the return is refunded (or credited, as the request's resolution says)
    and closed. Any other request, a MEDIUM or HIGH score among them, goes through the normal flow.
    """

    enabled: bool = Field(False, description="Refund some requests without asking for the items back.")
    max_item_value: Amount | None = Field(
        None,
        description="Items worth at most this much a unit (price less discount, in the policy currency) "
        "are kept. Empty: no limit by value (only `reasons` keep items).",
    )
    reasons: tuple[ReturnReason, ...] = Field(
        (), description="Return reasons for which items are kept whatever their value, e.g. DAMAGED."
    )
    stated: bool = Field(
        False,
        description="Say on the policy page that such items may be kept. Off by default: many shops "
        "keep this to themselves.",
    )


class Verification(_Section):
    """Orders the store confirms with the customer by email before going on (abnormal orders).

    Public words only: which requests are held is decided by the ``risk`` section, which the page
    never shows. Lint warns when this promises a contact email that the risk section never sends.
    """

    contact_by_email: bool = Field(
        False,
        description="State that in the conditions below the store contacts the customer by email, "
        "with the return policy attached, to confirm the order before going on.",
    )
    conditions: tuple[Text, ...] = Field(
        (),
        max_length=20,
        description="The abnormal conditions, in the store's own words, e.g. \"The order email "
        "address is fraudulent or false\".",
    )


class Policy(_Section):
    """A shop's return, refund and cancellation policy."""

    schema_version: Literal[1] = Field(1, description="Version of this settings format.")
    currency: str = Field(
        "USD",
        description="ISO 4217 code of the currency the policy's fixed amounts are written in "
        "(the shop currency).",
    )
    cancellation: Cancellation = Field(Cancellation(), description="Order cancellation.")
    returns: Returns = Field(
        Returns(window=ReturnWindow(days=30)),
        description="Return window (default: 30 calendar days from delivery).",
    )
    exclusions: tuple[Exclusion, ...] = Field((), description="Products that cannot be returned.")
    product_rules: tuple[ProductRule, ...] = Field(
        (), description="Different windows or exchange-only terms for some products."
    )
    fault: FaultRules = Field(FaultRules(), description="Damaged, defective or wrong items.")
    sets: Sets = Field(Sets(), description="Sets and bundles.")
    sales_channels: SalesChannels = Field(SalesChannels(), description="Eligible sales channels.")
    requirements: Requirements = Field(Requirements(), description="What a return must meet.")
    shipping: ReturnShipping = Field(ReturnShipping(), description="Return postage.")
    fees: Fees = Field(Fees(), description="Fees and deductions.")
    refund: RefundTerms = Field(RefundTerms(), description="Refund method and timing.")
    resolutions: Resolutions = Field(Resolutions(), description="Exchanges and alternatives.")
    instructions: Instructions = Field(Instructions(), description="Return instructions.")
    eu: EuConsumerRights = Field(EuConsumerRights(), description="EU consumer mode.")
    verification: Verification = Field(
        Verification(), description="Abnormal orders the store confirms by email (stated on the page)."
    )
    keep_item: KeepItem = Field(
        KeepItem(), description="Refund without a return: cheap items and chosen reasons, for LOW-risk requests."
    )
    delivery: DeliveryEstimate = Field(
        DeliveryEstimate(), description="When an untracked parcel counts as delivered."
    )
    risk: RiskSettings = Field(
        RiskSettings(),
        description="Fraud signals, risk levels and what each level does (staff only: never "
        "rendered on the policy page).",
    )

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        if not is_currency(value):
            raise ValueError("not an ISO 4217 currency code")
        return value

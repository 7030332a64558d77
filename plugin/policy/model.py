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

    min_days: int = Field(ge=0, le=365, title="At least (days)", description="Shortest time, in days.")
    max_days: int = Field(ge=0, le=365, title="At most (days)", description="Longest time, in days.")
    unit: DayUnit = Field(
        "BUSINESS",
        title="Days counted as",
        description="Calendar days count every day; business days skip weekends and your "
        "country's public holidays.",
    )


class ReturnWindow(_Section):
    """How long after an event a return may be requested."""

    days: int = Field(ge=1, le=3650, title="Days", description="Length of the window, in days.")
    unit: DayUnit = Field(
        "CALENDAR",
        title="Days counted as",
        description="Calendar days count every day; business days skip weekends and your "
        "country's public holidays.",
    )
    starts: Literal["DELIVERY", "PURCHASE", "SHIPMENT"] = Field(
        "DELIVERY",
        title="Counted from",
        description="The day the window counts from (that day itself doesn't count). The window "
        "ends at midnight, shop time, at the end of its last day.",
    )
    transit_buffer_days: int | None = Field(
        None,
        ge=0,
        le=120,
        title="Days added to the shipping date",
        description="When the window counts from delivery but no delivery date is known, count "
        "from the shipping date plus this many calendar days, whatever the "
        "destination. Leave empty to use the estimate under Delivery dates.",
    )


class RegionTransit(_Section):
    """How long parcels take to one group of countries."""

    model_config = ConfigDict(title="Destination")  # one entry of a list, as the settings form names it

    countries: tuple[CountryCode, ...] = Field(
        min_length=1,
        title="Countries",
        description="Destination countries (two-letter codes such as US, or EU for every EU "
        "country)."
    )
    days: int = Field(
        ge=0, le=120,
        title="Transit days",
        description="Calendar days from shipment to delivery.",
    )


class DeliveryEstimate(_Section):
    """Most parcels are not tracked to the door: Shopify reports a delivery only when it follows
    the carrier. This says when an untracked parcel counts as delivered."""

    estimate_untracked: bool = Field(
        True,
        title="Estimate untracked deliveries",
        description="When no delivery date is known, count windows that start at delivery from "
        "the estimated delivery (shipping date plus the transit days). Off: such "
        "returns wait until a delivery is recorded or the customer confirms receipt.",
    )
    transit_days: int = Field(
        7, ge=0, le=120,
        title="Transit days",
        description="Calendar days from shipment to delivery, where no region says otherwise."
    )
    regions: tuple[RegionTransit, ...] = Field(
        (),
        title="Transit days by destination",
        description="Transit days per destination; the first region naming the country counts."
    )
    customer_confirms_receipt: bool = Field(
        True,
        title="Customers can confirm delivery",
        description="Customers may confirm on their order page that the parcel arrived; the "
        "window then counts from that day (or from the estimated delivery, if that "
        "was earlier).",
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
        (),
        title="Product tags",
        description="Product tags (capitals don't matter), e.g. final-sale, personalized."
    )
    product_types: tuple[Tag, ...] = Field(
        (), title="Product types", description="Product types (capitals don't matter), e.g. Socks, Jewelry."
    )
    non_returnable_mark: bool = Field(
        False,
        title="Marked non-returnable on the platform",
        description="Products your platform marks as non-returnable."
    )
    free_items: bool = Field(
        False, title="Free items", description="Lines that cost nothing after discounts (free gifts)."
    )

    @model_validator(mode="after")
    def _something(self) -> ProductMatch:
        if not (self.tags or self.product_types or self.non_returnable_mark or self.free_items):
            raise ValueError("name at least one product tag or product type, or tick one of the marks")
        return self


# --- sections -------------------------------------------------------------------------------


class Cancellation(_Section):
    """When a customer may cancel an order for a refund."""

    enabled: bool = Field(
        True,
        title="Customers can cancel orders",
        description="Whether customers may cancel orders at all.",
    )
    window_hours: int | None = Field(
        None,
        ge=1,
        le=24 * 90,
        title="Hours to cancel after purchase",
        description="Hours after purchase during which cancelling is allowed (exactly 24 hours "
        "after purchase is still within 24 hours). Leave empty for no time limit.",
    )
    until_shipped: bool = Field(
        True,
        title="Only until the order ships",
        description="Allow cancelling only while nothing on the order has shipped. With a number "
        "of hours as well, both must hold.",
    )
    refund_percent: Percent = Field(
        "100",
        title="Share refunded on cancelling (%)",
        description="Share of the amount paid that a cancellation refunds, from 0 to 100."
    )
    refund_time: DayRange | None = Field(
        None,
        title="Time for the cancellation refund",
        description="How long the cancellation refund takes to arrive."
    )
    request_via: Literal["WEBSITE", "EMAIL"] = Field(
        "WEBSITE",
        title="Customers cancel by",
        description="How customers ask to cancel (stated on the policy page)."
    )
    stated: bool = Field(
        True,
        title="Show cancellation terms on the policy page",
        description="Turn off when your own policy says nothing about cancellations: the page "
        "then stays silent rather than print a default.",
    )


class Returns(_Section):
    """Whether returns are accepted and for how long."""

    enabled: bool = Field(
        True,
        title="Accept returns",
        description="Whether the shop accepts returns at all.",
    )
    window: ReturnWindow = Field(title="Return window", description="The standard return window.")
    only_at_fault: bool = Field(
        False,
        title="Only damaged, defective or wrong items",
        description="Take back only items returned for a reason that is the shop's fault (see Damaged, defective "
        "or wrong items, and its window to report it): a return for any other reason, such as a change of mind, "
        "is refused.",
    )
    most_items_only: bool = Field(
        False,
        title="Say “for most items”",
        description="Add “for most items” next to the return window on the policy page, because "
        "some products can't be returned or have other terms.",
    )
    request_via: Literal["WEBSITE", "EMAIL"] = Field(
        "WEBSITE",
        title="Customers ask for a return by",
        description="Where customers ask for a return (stated on the page)."
    )
    request_required_before_shipping: bool = Field(
        True,
        title="Approved request needed before sending",
        description="Parcels sent back without an approved return request are not accepted.",
    )
    auto_approve: bool = Field(
        False,
        title="Approve requests automatically",
        description="Approve eligible requests at once and send the return instructions, instead "
        "of waiting for staff to review each request.",
    )


class Exclusion(_Section):
    """A category of products that cannot be returned (and optionally not cancelled)."""

    model_config = ConfigDict(title="Excluded products")  # one entry of a list, as the settings form names it

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
    ] = Field(
        title="Kind of product",
        description="What kind of product this is; it decides the reason given when a return is refused.",
    )
    label: Text = Field(
        min_length=1,
        max_length=120,
        title="Name on the policy page",
        description="How the policy page and refusals name these products, e.g. \"Final sale "
        "items\".",
    )
    match: ProductMatch = Field(title="Which products", description="Which products can't be returned.")
    not_cancellable: bool = Field(
        False,
        title="Can't be cancelled either",
        description="Orders containing these products can't be cancelled either."
    )
    fault_override: bool = Field(
        True,
        title="Returnable when damaged, defective or wrong",
        description="Damaged, defective or wrong items may still be returned, even though they "
        "are excluded (see Damaged, defective or wrong items).",
    )


class ProductRule(_Section):
    """Different terms for some products: another window, or exchange only."""

    model_config = ConfigDict(title="Product rule")  # one entry of a list, as the settings form names it

    label: Text = Field(
        min_length=1, max_length=120,
        title="Name on the policy page",
        description="Name of these products on the policy page.",
    )
    match: ProductMatch = Field(title="Which products", description="Which products the rule applies to.")
    window: ReturnWindow | None = Field(
        None,
        title="Their return window",
        description="A return window replacing the standard one.",
    )
    exchange_only: bool = Field(
        False, title="Exchange only", description="These products can be exchanged but not refunded."
    )

    @model_validator(mode="after")
    def _has_effect(self) -> ProductRule:
        if self.window is None and not self.exchange_only:
            raise ValueError("give these products their own return window, or make them exchange only")
        return self


class FaultRules(_Section):
    """What changes when the merchant is at fault: damaged, defective, wrong items."""

    reasons: tuple[ReturnReason, ...] = Field(
        ("DEFECTIVE", "DAMAGED", "WRONG_ITEM", "NOT_AS_DESCRIBED", "INCOMPLETE"),
        title="Reasons that are our fault",
        description="Return reasons that put the shop at fault (free or reimbursed return "
        "shipping, refundable original shipping, no fees, as set elsewhere).",
    )
    overrides_exclusions: bool = Field(
        False,
        title="Even for products that can't be returned",
        description="Let damaged, defective or wrong items through the exclusions that allow it "
        "(e.g. a final-sale item that arrived damaged).",
    )
    photos_min: int = Field(
        0, ge=0, le=20,
        title="Photos required",
        description="Photos the customer must attach when the item is damaged, defective or "
        "wrong."
    )
    photos_of: tuple[Literal["ISSUE", "PACKAGING"], ...] = Field(
        (),
        title="Photos must show",
        description="What the photos must (or, when only asked for, should) show."
    )
    photos_requested: bool = Field(
        False,
        title="Ask for photos if possible",
        description="Ask for photos “if possible” without requiring them: a claim without photos "
        "is not refused. Photos required is the number that must be attached.",
    )
    window: ReturnWindow | None = Field(
        None,
        title="Window to report it",
        description="A separate window for reporting damaged, defective or wrong items. Leave "
        "empty to use the standard return window.",
    )
    waive_condition: bool = Field(
        False,
        title="No condition checklist",
        description="Don't ask for the condition checklist for damaged, defective or wrong items "
        "(a damaged item can't be in original condition).",
    )
    remedies: tuple[Literal["REFUND", "REPLACEMENT", "EXCHANGE"], ...] = Field(
        ("REFUND",),
        title="What we offer",
        description="What the customer is offered once the fault is confirmed."
    )
    full_refund: bool = Field(
        False,
        title="Say “full refund, shipping included”",
        description="State on the page that such items are refunded in full, shipping included, "
        "at no extra cost.",
    )


class Sets(_Section):
    """Products sold as a set or bundle (order lines sharing a set id)."""

    return_whole_only: bool = Field(
        False,
        title="Only whole sets can be returned",
        description="A set can only be returned complete, never item by item."
    )
    property_names: tuple[Text, ...] = Field(
        ("_set_id", "_bundle_id"),
        max_length=10,
        title="Line properties naming the set",
        description="Properties of order lines whose value names the set a line belongs to (the "
        "first one a line carries counts). Shopify's own bundles always count.",
    )

    @field_validator("property_names")
    @classmethod
    def _names(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not name.strip() or len(name) > 255 for name in value):
            raise ValueError("each property name must be 1 to 255 characters")
        return tuple(dict.fromkeys(name.strip() for name in value))


class SalesChannels(_Section):
    """Where the order must have been placed for it to be returnable here."""

    allowed: tuple[Tag, ...] | None = Field(
        None,
        title="Returnable sales channels",
        description="Sales channels whose orders may be returned here (e.g. web). Leave empty for"
        " all.",
    )
    elsewhere_note: Text | None = Field(
        None,
        max_length=300,
        title="Note for orders placed elsewhere",
        description="What customers who bought elsewhere should do, e.g. \"contact the retailer "
        "directly\".",
    )


class Requirements(_Section):
    """What a return must include and what the item must look like."""

    proof_of_purchase: bool = Field(
        False,
        title="Proof of purchase required",
        description="The customer must send proof of purchase (invoice, receipt, sales note).",
    )
    photos_min: int = Field(
        0, ge=0, le=20, title="Photos required", description="Photos required with every return request."
    )
    condition: tuple[ConditionItem, ...] = Field(
        (),
        title="Condition checklist",
        description="What the customer must confirm for every item (unused, tags attached, "
        "original packaging, ...).",
    )
    reason_required: bool = Field(
        True, title="Reason required", description="The customer must say why they return the item."
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
        title="Who pays return postage", description="Who bears the return postage."
    )
    label_fee: Amount | None = Field(
        None,
        title="Fee for our prepaid label",
        description="When the customer pays but uses the shop's prepaid label, this amount is "
        "deducted from the refund. Leave empty to offer no label to a paying "
        "customer.",
    )
    credit: Amount | None = Field(
        None,
        title="Postage credit",
        description="A fixed amount the shop pays the customer towards return postage, added to "
        "the refund.",
    )
    postage_reimbursed: Literal["NO", "ON_RECEIPT", "AFTER_INSPECTION"] = Field(
        "NO",
        title="Postage paid by the customer reimbursed",
        description="Whether postage the customer paid themselves is reimbursed, and when.",
    )

    @model_validator(mode="after")
    def _coherent(self) -> ShippingTerms:
        if self.payer == "MERCHANT" and self.label_fee is not None:
            raise ValueError("a fee for the prepaid label applies only when the customer pays the postage")
        return self


class RegionShipping(_Section):
    """Return-shipping terms for shipping addresses in some countries."""

    model_config = ConfigDict(title="Region")  # one entry of a list, as the settings form names it

    name: Text = Field(
        min_length=1, max_length=60,
        title="Region name",
        description="Name shown on the page, e.g. “the U.S.”.",
    )
    countries: tuple[CountryCode, ...] = Field(
        (),
        title="Countries",
        description="Shipping countries in this region (two-letter codes such as US, or EU for "
        "every EU country)."
    )
    rest_of_world: bool = Field(
        False,
        title="Every other country",
        description="This region covers every country not listed in another region."
    )
    first_return: ShippingTerms = Field(
        title="First returns",
        description="Terms for the first returns on an order (how many: Returns with first-return"
        " terms)."
    )
    later_returns: ShippingTerms | None = Field(
        None,
        title="Later returns",
        description="Terms for later returns on the same order. Leave empty for the same as the "
        "first."
    )
    merchant_at_fault: ShippingTerms | None = Field(
        None,
        title="When we are at fault",
        description="Terms when the item is damaged, defective or wrong, whatever the return's "
        "number. Leave empty for the same as other returns.",
    )

    @model_validator(mode="after")
    def _covers_something(self) -> RegionShipping:
        if not self.countries and not self.rest_of_world:
            raise ValueError("list its countries, or tick every other country")
        if self.countries and self.rest_of_world:
            raise ValueError("a region for every other country lists no countries")
        return self


class ReturnAddress(_Section):
    """Where return parcels go from some shipping countries: a warehouse or returns centre.

    The one printed in a return's instructions, emails and slip is chosen by the order's shipping
    country, like the shipping terms (a listed country first, else the rest-of-world address)."""

    model_config = ConfigDict(title="Return address")  # one entry of a list, as the settings form names it

    name: Text = Field(
        min_length=1, max_length=60,
        title="Address name",
        description="Name your staff know it by, e.g. “US returns centre” (not shown to "
        "customers).",
    )
    countries: tuple[CountryCode, ...] = Field(
        (),
        title="For returns from",
        description="Shipping countries whose returns go here (two-letter codes such as US, or EU"
        " for every EU country)."
    )
    rest_of_world: bool = Field(
        False,
        title="For every other country",
        description="Returns from every country not listed at another address go here."
    )
    recipient: Text = Field(
        min_length=1, max_length=120,
        title="Recipient",
        description="First line of the address, e.g. “Alotrop Returns”."
    )
    address1: Text = Field(
        min_length=1, max_length=200,
        title="Street and number",
        description="Street and number.",
    )
    address2: Text | None = Field(
        None, max_length=200,
        title="Suite, unit, building",
        description="Suite, unit, building.",
    )
    city: Text = Field(min_length=1, max_length=100, title="City", description="City.")
    province: Text | None = Field(
        None, max_length=100,
        title="State or province",
        description="State, province or region.",
    )
    zip: Text | None = Field(None, max_length=20, title="Postal code", description="Postal code.")
    country: CountryCode = Field(
        title="Country",
        description="The address's country, as a two-letter code such as US.",
    )
    phone: Text | None = Field(
        None, max_length=40,
        title="Phone",
        description="Phone number carriers may need.",
    )

    @model_validator(mode="after")
    def _covers_something(self) -> ReturnAddress:
        if not self.countries and not self.rest_of_world:
            raise ValueError("list its countries, or tick every other country")
        if self.countries and self.rest_of_world:
            raise ValueError("an address for every other country lists no countries")
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
        (),
        title="Terms by region",
        description="Return shipping terms by the region of the order's shipping address."
    )
    default: ShippingTerms = Field(
        ShippingTerms(payer="CUSTOMER"),
        title="Terms everywhere else", description="Terms for addresses in no region.",
    )
    first_returns: int = Field(
        1,
        ge=1,
        le=20,
        title="Returns with first-return terms",
        description="How many returns on an order get the first-return terms (declined and "
        "cancelled returns don't count).",
    )
    label_countries: tuple[CountryCode, ...] = Field(
        (),
        title="Countries with a prepaid label",
        description="Shipping countries where the shop provides a prepaid return label (two-"
        "letter codes such as US, or EU for every EU country)."
    )
    product_page_free_returns: bool = Field(
        True,
        title="Free returns marked on product pages",
        description="Items marked on their product page as free to return are sent back at "
        "the shop's cost.",
    )
    return_addresses: tuple[ReturnAddress, ...] = Field(
        (),
        title="Return addresses",
        description="Where returns are sent, chosen by the order's shipping country. The policy "
        "check warns when some country has none.",
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

    flat_fee: Amount = Field("0", title="Return fee", description="Deducted once from every return's refund.")
    restocking_percent: Percent = Field(
        "0",
        title="Restocking fee (%)",
        description="Percentage of the refunded items' value kept as a restocking fee."
    )
    free_shipping_deduction: Amount = Field(
        "0",
        title="Deduction for free shipping",
        description="For orders that shipped free: a flat amount deducted to cover the original "
        "shipping, once per order.",
    )
    waived_when_merchant_at_fault: bool = Field(
        True,
        title="No fees when we are at fault",
        description="No fee or deduction applies when the item is damaged, defective or wrong.",
    )
    merchant_fees_returned: bool = Field(
        False,
        title="Say other fees of ours are returned",
        description="State on the page that any other fee that is the shop's responsibility is "
        "returned with the refund.",
    )


class RefundTerms(_Section):
    """How and when refunds are paid."""

    method: Literal["ORIGINAL_PAYMENT", "STORE_CREDIT", "CUSTOMER_CHOICE"] = Field(
        "ORIGINAL_PAYMENT", title="Refunds go to", description="Where refunds go."
    )
    original_shipping: Availability = Field(
        "NEVER",
        title="Original shipping refunded",
        description="Whether the shipping the customer paid on the order is refunded: never, only"
        " when the shop is at fault, or always (in proportion to the items returned).",
    )
    taxes_refunded: bool = Field(
        True,
        title="Taxes refunded",
        description="Taxes paid on returned items are refunded.",
    )
    processing: DayRange | None = Field(
        None,
        title="Time to issue the refund",
        description="Time to issue the refund after the return is received."
    )
    additional_delay: DayRange | None = Field(
        None,
        title="Possible extra delay",
        description="Possible extra delay after the refund is issued (banks, transport).",
    )
    typical_arrival: DayRange | None = Field(
        None,
        title="Typical time to reach the customer",
        description="How long a refund typically takes to reach the customer, depending on their "
        "bank or payment processor: stated as typical, never as a promise.",
    )
    inspection: bool = Field(
        True,
        title="Inspect returns before refunding",
        description="Returns are inspected before the refund is approved."
    )
    response_business_days: int | None = Field(
        None,
        ge=0,
        le=60,
        title="Answer within (business days)",
        description="Business days after receipt within which the customer gets an answer.",
    )
    confirmation_email: bool = Field(
        True, title="Refund confirmation email", description="An email confirms the refund once issued."
    )


Resolution = Literal["REFUND", "EXCHANGE", "STORE_CREDIT", "REPLACEMENT"]


class ExchangeTerms(_Section):
    """How an exchange works when one is offered (``resolutions.exchange``)."""

    scope: Literal["SAME_PRODUCT", "ANY_PRODUCT"] = Field(
        "SAME_PRODUCT",
        title="What an exchange may be for",
        description="Same product: another variant of the returned product (the options below); "
        "any product: any product of the shop, up to the returned value (or more, as "
        "set for a higher price).",
    )
    changeable_options: tuple[Text, ...] = Field(
        ("Size", "Color", "Colour"),
        max_length=10,
        title="Options the customer may change",
        description="Product options the customer may change in a same-product exchange, by name "
        "(capitals don't matter), e.g. Size and Color but not Style. Leave empty for "
        "any option.",
    )
    higher_price: Literal["CUSTOMER_PAYS", "NOT_ALLOWED"] = Field(
        "NOT_ALLOWED",
        title="A new item that costs more",
        description="A new item that costs more than the returned one: the customer pays the "
        "difference through an invoice the platform sends, or it is not offered.",
    )
    lower_price: Literal["REFUND_REST", "NOT_ALLOWED"] = Field(
        "REFUND_REST",
        title="A new item that costs less",
        description="A new item that costs less: the rest is refunded, or it is not offered.",
    )
    out_of_stock: Literal["REFUND", "STORE_CREDIT"] = Field(
        "REFUND",
        title="When the new item is out of stock",
        description="When the chosen variant is no longer in stock by the time the exchange "
        "ships: "
        "refund the item or give store credit instead.",
    )
    stock_buffer: int = Field(
        0,
        ge=0,
        le=100_000,
        title="Units kept in stock",
        description="Offer a variant only while more than this many units are available.",
    )
    instant_up_to: Amount | None = Field(
        None,
        title="Ship exchanges at once up to",
        description="Ship the exchange at once, before the item comes back, for customers at low "
        "fraud risk with a clean history, when it is worth at most this (leave empty "
        "for never). No card is held; an item that never comes back is charged by the"
        " platform's invoice.",
    )


class StoreCreditTerms(_Section):
    """Store credit instead of a refund (``resolutions.store_credit``): never paid out as cash."""

    bonus_percent: Percent = Field(
        "0",
        title="Bonus credit (%)",
        description="Bonus credit as a percentage of the credited value, e.g. 10."
    )
    bonus_flat: Amount = Field(
        "0",
        title="Bonus credit per return",
        description="Bonus credit as a flat amount per return.",
    )
    bonus_cap: Amount | None = Field(
        None,
        title="Bonus credit at most",
        description="The most bonus one return can earn.",
    )
    expires_after_days: int | None = Field(
        None, ge=1, le=3650,
        title="Credit expires after (days)",
        description="Days after it is issued that the credit expires (leave empty for never)."
    )


class ReasonResolutions(_Section):
    """Which resolutions a return for some reasons may take (e.g. a damaged item: refund or
    replacement; a change of mind: store credit or exchange)."""

    model_config = ConfigDict(title="Rule")  # one entry of a list, as the settings form names it

    reasons: tuple[ReturnReason, ...] = Field(
        ..., min_length=1,
        title="Return reasons",
        description="Return reasons this rule covers.",
    )
    allowed: tuple[Resolution, ...] = Field(
        ..., min_length=1,
        title="Resolutions allowed",
        description="The resolutions these reasons may take (of those offered)."
    )


class Resolutions(_Section):
    """What a customer may ask for instead of money back."""

    exchange: Availability = Field(
        "NEVER", title="Exchanges", description="Exchanges for another product or size."
    )
    replacement: Availability = Field(
        "NEVER", title="Replacements", description="A replacement of the same item."
    )
    store_credit: Availability = Field(
        "NEVER",
        title="Store credit",
        description="Store credit instead of a refund.",
    )
    reorder_hint: bool = Field(
        True,
        title="Suggest return and reorder",
        description="When exchanges are not offered, tell customers to return the item and order "
        "again.",
    )
    exchange_terms: ExchangeTerms = Field(
        ExchangeTerms(),
        title="How exchanges work",
        description="How exchanges work.",
    )
    store_credit_terms: StoreCreditTerms = Field(
        StoreCreditTerms(), title="Store credit terms", description="Store credit's bonus and expiry."
    )
    by_reason: tuple[ReasonResolutions, ...] = Field(
        (),
        max_length=20,
        title="Resolutions by return reason",
        description="Resolutions limited by return reason; the first rule naming a reason "
        "applies, "
        "reasons no rule names may take any resolution offered.",
    )


class Instructions(_Section):
    """What the return instructions tell the customer."""

    ship_within_days: int | None = Field(
        None,
        ge=1,
        le=365,
        title="Ship within (days)",
        description="Calendar days after receiving the instructions to send the return.",
    )
    pack_securely: bool = Field(
        False, title="Ask for secure packing", description="Ask for secure packing in the original packaging."
    )
    tracked_shipping_recommended: bool = Field(
        False,
        title="Recommend tracked shipping",
        description="Recommend a traceable carrier and keeping the tracking number."
    )
    carrier_examples: tuple[Text, ...] = Field(
        (),
        max_length=10,
        title="Carriers to name",
        description="Carriers named as examples of a traceable carrier, e.g. USPS, UPS, FedEx.",
    )
    insured_shipping_recommended: bool = Field(
        False, title="Recommend insured shipping", description="Recommend insured shipping."
    )
    use_address_from_instructions: bool = Field(
        False,
        title="Warn about the parcel's address",
        description="Warn that the address on the original parcel is not the return address.",
    )
    address_on_request: bool = Field(
        False,
        title="Return address by email on request",
        description="The return address is given by email when the customer writes for it "
        "(\"contact us "
        "via email for return instruction\"). Returns can then be approved without a return address "
        "for the order's country, and the instructions tell the customer to ask for it; otherwise "
        "approving needs one.",
    )
    transit_days_estimate: int = Field(
        7,
        ge=0,
        le=90,
        title="Days a return parcel takes",
        description="Days a return parcel is assumed to take, to estimate answer and refund dates"
        " before it arrives.",
    )


class EuConsumerRights(_Section):
    """The EU right of withdrawal for shipping addresses in the EU."""

    enabled: bool = Field(
        False,
        title="Apply the EU right of withdrawal",
        description="Apply the EU right of withdrawal to shipping addresses in the EU."
    )
    withdrawal_days: int = Field(
        14,
        ge=1,
        le=365,
        title="Days to withdraw",
        description="Days from delivery to withdraw without giving a reason (at least 14 by law).",
    )
    countries: tuple[CountryCode, ...] = Field(
        ("EU",),
        title="Countries",
        description="Shipping countries the right applies to (two-letter codes, or EU for every "
        "EU country)."
    )
    refund_original_shipping: bool = Field(
        True,
        title="Refund the original delivery cost",
        description="Withdrawal refunds the standard delivery cost paid."
    )


class KeepItem(_Section):
    """Refund (or credit) without a return: items not worth the trip back.

    A request is kept when every line qualifies (worth at most `max_item_value` a unit, or returned
    for one of `reasons`) and its fraud score is LOW: the customer is told at once, no label is made,
    nothing is sent back, and the return is refunded (or credited, as the request's resolution says)
    and closed. Any other request, a MEDIUM or HIGH score among them, goes through the normal flow.
    """

    enabled: bool = Field(
        False,
        title="Refund some requests without a return",
        description="Refund some requests without asking for the items back.",
    )
    max_item_value: Amount | None = Field(
        None,
        title="Items worth at most",
        description="Items worth at most this much each (price less discount, in the policy's "
        "currency) are kept. Leave empty for no limit by value (only the reasons "
        "below keep items).",
    )
    reasons: tuple[ReturnReason, ...] = Field(
        (),
        title="Reasons to keep the item",
        description="Return reasons for which items are kept whatever their value, e.g. damaged."
    )
    stated: bool = Field(
        False,
        title="Say so on the policy page",
        description="Say on the policy page that such items may be kept. Off by default: many "
        "shops keep this to themselves.",
    )


class Verification(_Section):
    """Orders the store confirms with the customer by email before going on (abnormal orders).

    Public words only: which requests are held is decided by the ``risk`` section, which the page
    never shows. Lint warns when this promises a contact email that the risk section never sends.
    """

    contact_by_email: bool = Field(
        False,
        title="Say we confirm unusual orders by email",
        description="State that in the situations below the store emails the customer, with the "
        "return policy attached, to confirm the order before going on.",
    )
    conditions: tuple[Text, ...] = Field(
        (),
        max_length=20,
        title="Unusual situations",
        description="The abnormal conditions, in the store's own words, e.g. \"The order email "
        "address is fraudulent or false\".",
    )


class Policy(_Section):
    """A shop's return, refund and cancellation policy."""

    schema_version: Literal[1] = Field(
        1,
        title="Settings format version",
        description="Version of this settings format.",
    )
    currency: str = Field(
        "USD",
        title="Currency of amounts",
        description="The currency the policy's fixed amounts (fees, credits, limits) are written "
        "in: your shop's currency, as a three-letter code such as USD or EUR.",
    )
    cancellation: Cancellation = Field(
        Cancellation(),
        title="Cancellations",
        description="Order cancellation.",
    )
    returns: Returns = Field(
        Returns(window=ReturnWindow(days=30)),
        title="Returns",
        description="Whether you accept returns and for how long (by default 30 calendar days "
        "from delivery).",
    )
    exclusions: tuple[Exclusion, ...] = Field(
        (),
        title="Products that can't be returned",
        description="Products that cannot be returned.",
    )
    product_rules: tuple[ProductRule, ...] = Field(
        (),
        title="Rules for some products",
        description="Other return windows, or exchange only, for some products."
    )
    fault: FaultRules = Field(
        FaultRules(),
        title="Damaged, defective or wrong items",
        description="Damaged, defective or wrong items.",
    )
    sets: Sets = Field(Sets(), title="Sets and bundles", description="Sets and bundles.")
    sales_channels: SalesChannels = Field(
        SalesChannels(),
        title="Where the order was placed",
        description="Which sales channels' orders can be returned here.",
    )
    requirements: Requirements = Field(
        Requirements(),
        title="What a return must meet",
        description="What a return must meet.",
    )
    shipping: ReturnShipping = Field(
        ReturnShipping(),
        title="Return shipping",
        description="Who pays for sending returns back, prepaid labels and return addresses.",
    )
    fees: Fees = Field(Fees(), title="Fees and deductions", description="Fees and deductions.")
    refund: RefundTerms = Field(
        RefundTerms(),
        title="Refunds",
        description="How and when refunds are paid to the customer.",
    )
    resolutions: Resolutions = Field(
        Resolutions(),
        title="Exchanges and store credit",
        description="What customers may ask for instead of money back.",
    )
    instructions: Instructions = Field(
        Instructions(),
        title="Return instructions",
        description="What the return instructions ask of the customer and recommend.",
    )
    eu: EuConsumerRights = Field(
        EuConsumerRights(),
        title="EU right of withdrawal",
        description="The EU consumer right of withdrawal, for shipping addresses in the EU.",
    )
    verification: Verification = Field(
        Verification(),
        title="Orders confirmed by email",
        description="Unusual orders you confirm with the customer by email before going on "
        "(stated on the policy page)."
    )
    keep_item: KeepItem = Field(
        KeepItem(),
        title="Refunds without a return",
        description="Refund cheap items, or some return reasons, without asking for the item back"
        " (only for requests at low fraud risk)."
    )
    delivery: DeliveryEstimate = Field(
        DeliveryEstimate(),
        title="Delivery dates",
        description="When a parcel nobody tracked to the door counts as delivered."
    )
    risk: RiskSettings = Field(
        RiskSettings(),
        title="Fraud risk",
        description="Fraud signals, risk levels and what happens at each level. Only your staff "
        "see these: they are never on the policy page.",
    )

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        if not is_currency(value):
            raise ValueError("enter a currency code such as USD or EUR")
        return value

    def return_window(self) -> ReturnWindow:
        """The window a return is asked within: where only faults come back, the window to report one."""
        return (self.fault.window or self.returns.window) if self.returns.only_at_fault else self.returns.window

    @model_validator(mode="after")
    def _faults_to_take(self) -> Policy:
        if self.returns.only_at_fault and not self.fault.reasons:
            raise ValueError("returns are taken only for the shop's faults, so at least one return reason must be a "
                             "fault (fault.reasons)")
        return self

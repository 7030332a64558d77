"""The risk section of a shop's policy: which signals run, how much each weighs, what follows.

One sub-section per signal, named after the signal's code in lower case (``serial_returner`` for
``SERIAL_RETURNER``), each with ``enabled``, its weight(s) and its thresholds. A request's score is
the sum of the weights of the facts that fired (positive facts subtract), clamped to 0..100; the
level follows from ``medium_score`` and ``high_score``, and the consequence of each level is a
setting (``on_low``, ``on_medium``, ``on_high``) that the actions read.

Amounts are decimal strings in the policy's currency, like every amount in the policy; the facts
carry amounts in the same (shop) currency. Like the other sections, every model is strict (unknown
keys are errors), immutable, and documented field by field because its JSON Schema draws the
settings form. The storefront never shows any of it: ``render`` does not read this section.

This module must not import ``plugin.policy`` (``plugin.policy.model`` imports it).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from plugin.values.money import MoneyError, parse_amount

_AMOUNT_PATTERN = r"^[0-9]{1,13}(\.[0-9]{1,4})?$"
_AMOUNT_RE = re.compile(_AMOUNT_PATTERN)
_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def _amount(value: object) -> Decimal:
    if isinstance(value, (bool, float)) or not isinstance(value, (str, Decimal)):
        raise ValueError("enter an amount, e.g. 500")
    if isinstance(value, str) and not _AMOUNT_RE.match(value):
        raise ValueError("enter an amount with at most 4 decimals, e.g. 500")
    try:
        return parse_amount(value)
    except MoneyError as exc:
        raise ValueError(str(exc)) from None


Amount = Annotated[
    Decimal,
    BeforeValidator(_amount),
    PlainSerializer(lambda value: format(value, "f"), return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _AMOUNT_PATTERN,
            "description": 'An amount in the policy currency, as a decimal string, e.g. "500".',
        }
    ),
]

Weight = Annotated[int, Field(ge=0, le=100)]

Consequence = Literal["NONE", "INSPECT_BEFORE_REFUND", "HOLD"]
_STRENGTH = {"NONE": 0, "INSPECT_BEFORE_REFUND": 1, "HOLD": 2}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


class ReturnAmountAnomaly(_Section):
    """RETURN_AMOUNT_ANOMALY: a request far above what this customer usually returns or buys."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    weight: Weight = Field(
        30,
        title="Points",
        description="Points added at the threshold; the full points at twice the threshold, 60% "
        "of them just above it.",
    )
    multiplier: float = Field(
        3.0,
        ge=1.1,
        le=100,
        title="Times the usual amount",
        description="Counts when the amount is at least this many times the customer's median "
        "past return (or, with too few returns, their median order).",
    )
    min_history: int = Field(
        3,
        ge=1,
        le=100,
        title="Past returns or orders needed",
        description="Past returns (or past orders) needed before a median counts as the "
        "customer's usual amount.",
    )
    min_amount: Amount = Field(
        "50",
        title="Only from amount",
        description="Amounts below this never count: five times a tiny usual amount is still "
        "small.",
    )


class BillingShippingMismatch(_Section):
    """BILLING_SHIPPING_MISMATCH: the billing and shipping addresses are in different places."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    country_weight: Weight = Field(
        30,
        title="Points for another country",
        description="Points when the billing and shipping countries differ."
    )
    region_weight: Weight = Field(
        10,
        title="Points for another region",
        description="Points when the countries agree but the regions (state, province) differ.",
    )
    postal_weight: Weight = Field(
        4,
        title="Points for another town",
        description="Points when only the postal codes and cities differ. Postal codes that "
        "differ within the same city (a customer who moved across town) add nothing.",
    )
    gift_country_weight: Weight | None = Field(
        None,
        title="Points for a gift abroad",
        description="Points when the countries differ but the parcel goes to another person (the "
        "shipping name is not the billing name): a gift abroad explains the distance."
        " Leave empty for the points for another country.",
    )


class RecipientMismatch(_Section):
    """RECIPIENT_MISMATCH: the recipient's name or phone number does not fit the buyer's."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    name_similarity_percent: int = Field(
        70,
        ge=1,
        le=100,
        title="Names alike at least (%)",
        description="Billing and shipping names less alike than this (0 to 100, word order and "
        "accents ignored) count as different people; typos stay above it.",
    )
    name_weight: Weight = Field(
        15,
        title="Points for another person",
        description="Points when the billing and shipping names are different people."
    )
    invalid_phone_weight: Weight = Field(
        20,
        title="Points for an invalid phone number",
        description="Points when a phone number on the order is not a valid number for its "
        "country.",
    )
    phone_country_weight: Weight = Field(
        5,
        title="Points for a phone from elsewhere",
        description="Points when the order's phone numbers belong to a country other than the "
        "shipping country.",
    )


class SuspiciousEmail(_Section):
    """SUSPICIOUS_EMAIL: the order email is invalid, disposable or random-looking."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    invalid_weight: Weight = Field(
        30,
        title="Points for an invalid address",
        description="Points when the address is not a valid email address (its spelling only)."
    )
    disposable_weight: Weight = Field(
        30,
        title="Points for a throwaway address",
        description="Points when the domain is a known disposable (throwaway) email provider."
    )
    random_weight: Weight = Field(
        15,
        title="Points for a random-looking address",
        description="Points when the part before the @ looks randomly generated (long, few "
        "vowels, letters and digits mixed).",
    )
    disposable_domains: tuple[str, ...] = Field(
        (),
        title="More throwaway domains",
        description="More domains to treat as disposable, in addition to the maintained list."
    )
    trusted_domains: tuple[str, ...] = Field(
        ("privaterelay.appleid.com",),
        title="Trusted domains",
        description="Domains never treated as disposable or random-looking (e.g. relay services "
        "whose addresses are random by design).",
    )

    @field_validator("disposable_domains", "trusted_domains", mode="before")
    @classmethod
    def _domains(cls, value: object) -> object:
        if isinstance(value, (list, tuple)):
            value = tuple(v.strip().lower().lstrip("@") if isinstance(v, str) else v for v in value)
            for domain in value:
                if not isinstance(domain, str) or not _DOMAIN_RE.match(domain):
                    raise ValueError(f"{domain!r} is not a domain name such as mailinator.com")
        return value


class SerialReturner(_Section):
    """SERIAL_RETURNER: the customer returns a large share of what they buy."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    weight: Weight = Field(
        30,
        title="Points",
        description="Points when the return rate reaches the threshold, rising by up to half as "
        "the rate approaches 100%.",
    )
    window_days: int = Field(
        180, ge=1, le=3650,
        title="Days of history",
        description="Days of history the return rate is measured over."
    )
    min_orders: int = Field(
        5,
        ge=1,
        le=1000,
        title="Orders needed",
        description="Orders the customer must have placed in that time before a rate counts.",
    )
    min_returns: int = Field(
        3,
        ge=1,
        le=1000,
        title="Returns needed",
        description="Returns in that time (this one included) below which nobody counts, whatever"
        " the rate (two returns on four orders is not a pattern).",
    )
    return_rate_percent: int = Field(
        50,
        ge=1,
        le=1000,
        title="Returns per 100 orders",
        description="Returns per 100 orders in that time (cancelled returns not counted) from "
        "which the customer counts as a serial returner.",
    )


class HighValueReturn(_Section):
    """HIGH_VALUE_RETURN: a return worth more than a fixed amount."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    weight: Weight = Field(20, title="Points", description="Points for a return at or above the amount.")
    amount: Amount = Field(
        "500",
        title="From amount",
        description="Return value (in the policy's currency) that counts as high.",
    )


class EarlyReturn(_Section):
    """EARLY_RETURN: a return requested before the parcel arrived, or right after."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    before_delivery_weight: Weight = Field(
        20,
        title="Points before delivery",
        description="Points when the return is requested before the recorded delivery."
    )
    within_hours: int = Field(
        6,
        ge=0,
        le=720,
        title="Hours after delivery",
        description="A return requested within this many hours after delivery counts as early.",
    )
    within_weight: Weight = Field(
        10,
        title="Points right after delivery",
        description="Points when the return is requested within those hours after delivery."
    )
    transit_hours: int = Field(
        72,
        ge=0,
        le=2160,
        title="Hours after shipment",
        description="When no delivery is recorded, a return requested within this many hours "
        "after shipment counts as requested before delivery (later, the delivery is "
        "taken to have gone unrecorded).",
    )


class RepeatSkuReturns(_Section):
    """REPEAT_SKU_RETURNS: the same SKU returned again and again (wardrobing)."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    weight: Weight = Field(
        30,
        title="Points",
        description="Points when a returned item reaches the threshold.",
    )
    window_days: int = Field(
        365, ge=1, le=3650,
        title="Days of history",
        description="Days of history in which earlier returns count."
    )
    min_previous: int = Field(
        2,
        ge=1,
        le=100,
        title="Earlier returns needed",
        description="Earlier returns of the same variant (same size and colour) by the customer "
        "before this one counts as repeated.",
    )


class LinkedAccounts(_Section):
    """LINKED_ACCOUNTS: other customers share this address or phone, and return a lot."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    weight: Weight = Field(
        35,
        title="Points",
        description="Points when the linked accounts reach both thresholds.",
    )
    min_customers: int = Field(
        2,
        ge=1,
        le=1000,
        title="Other customers needed",
        description="Other customers sharing the shipping address or a phone number.",
    )
    min_returns: int = Field(
        5,
        ge=1,
        le=10000,
        title="Their returns needed",
        description="Returns those other customers made between them (a household sharing an "
        "address with a few returns stays below).",
    )


class RequestVelocity(_Section):
    """REQUEST_VELOCITY: many requests from one customer in a short time."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    weight: Weight = Field(25, title="Points", description="Points when the count reaches the threshold.")
    window_hours: int = Field(
        24, ge=1, le=2160,
        title="Hours looked back",
        description="Length of the period before the request, in hours."
    )
    min_previous: int = Field(
        3,
        ge=1,
        le=1000,
        title="Earlier requests needed",
        description="Earlier requests of the same kind in that time (returns and cancellations "
        "for a return or cancellation; orders for an order) that make it count.",
    )


class Blocklisted(_Section):
    """BLOCKLISTED: the email, a phone number or an address is on the shop's blocklist."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    weight: Weight = Field(
        100, title="Points", description="Points for a blocklist match (100: high risk on its own)."
    )


class EstablishedCustomer(_Section):
    """ESTABLISHED_CUSTOMER (positive): a long history of orders with few returns."""

    enabled: bool = Field(True, title="Check this", description="Run this signal.")
    weight: Weight = Field(10, title="Points taken off", description="Points taken off the score.")
    min_orders: int = Field(
        10, ge=1, le=10000,
        title="Orders needed",
        description="Orders the customer must have placed.",
    )
    min_days: int = Field(
        365,
        ge=0,
        le=36500,
        title="Days since the first order",
        description="Days between the customer's first order and the request.",
    )
    max_return_rate_percent: int = Field(
        15,
        ge=0,
        le=100,
        title="Returned at most (%)",
        description="Highest share of orders returned (all time, cancelled returns not counted).",
    )


class RiskSettings(_Section):
    """Fraud signals: weights, thresholds, and what happens at each risk level."""

    enabled: bool = Field(
        True,
        title="Score requests for fraud risk",
        description="Score orders, returns and cancellations. Off: every request is low risk and "
        "nothing is held.",
    )
    medium_score: int = Field(
        30, ge=1, le=100,
        title="Medium risk from score",
        description="Scores from this value up are medium risk."
    )
    high_score: int = Field(
        50,
        ge=1,
        le=100,
        title="High risk from score",
        description="Scores from this value up are high risk. The default needs two strong signs "
        "(or one strong and two weaker): no single behaviour but a blocklist match "
        "reaches it.",
    )
    on_low: Consequence = Field(
        "NONE",
        title="At low risk",
        description="What happens to a low-risk request: nothing (the normal flow), refund only "
        "after the return is inspected, or hold it for review.",
    )
    on_medium: Consequence = Field(
        "INSPECT_BEFORE_REFUND",
        title="At medium risk",
        description="What happens to a medium-risk request (the same choices as at low risk).",
    )
    on_high: Consequence = Field(
        "HOLD",
        title="At high risk",
        description="What happens to a high-risk request. Hold: the request waits for staff "
        "review and no refund can be issued.",
    )
    hold_email_customer: bool = Field(
        True,
        title="Email the customer about a hold",
        description="When a request is held, email the customer that the store will contact them "
        "to confirm it, with the return policy attached.",
    )
    return_amount_anomaly: ReturnAmountAnomaly = Field(
        ReturnAmountAnomaly(),
        title="Unusually large returns",
        description="Amounts far above the customer's usual."
    )
    billing_shipping_mismatch: BillingShippingMismatch = Field(
        BillingShippingMismatch(),
        title="Billing and shipping addresses apart",
        description="Billing and shipping addresses apart."
    )
    recipient_mismatch: RecipientMismatch = Field(
        RecipientMismatch(),
        title="Recipient differs from the buyer",
        description="Recipient name and phone number."
    )
    suspicious_email: SuspiciousEmail = Field(
        SuspiciousEmail(),
        title="Suspicious email addresses",
        description="Invalid, disposable or random-looking email addresses."
    )
    serial_returner: SerialReturner = Field(
        SerialReturner(),
        title="Customers who return most of what they buy",
        description="Customers who return most of what they buy."
    )
    high_value_return: HighValueReturn = Field(
        HighValueReturn(), title="High-value returns", description="Returns above a fixed value."
    )
    early_return: EarlyReturn = Field(
        EarlyReturn(),
        title="Returns before or right after delivery",
        description="Returns requested before or right after delivery."
    )
    repeat_sku_returns: RepeatSkuReturns = Field(
        RepeatSkuReturns(),
        title="The same item returned again and again",
        description="The same product variant returned repeatedly (wardrobing)."
    )
    linked_accounts: LinkedAccounts = Field(
        LinkedAccounts(),
        title="Linked accounts",
        description="Other customers at the same address or phone number."
    )
    request_velocity: RequestVelocity = Field(
        RequestVelocity(), title="Many requests in a short time", description="Many requests in a short time."
    )
    blocklisted: Blocklisted = Field(Blocklisted(), title="Blocklist", description="The shop's blocklist.")
    established_customer: EstablishedCustomer = Field(
        EstablishedCustomer(),
        title="Established customers",
        description="Lowers the score for long, clean histories."
    )

    @model_validator(mode="after")
    def _ordered(self) -> RiskSettings:
        if self.medium_score >= self.high_score:
            raise ValueError("the medium-risk score must be below the high-risk score")
        if not (_STRENGTH[self.on_low] <= _STRENGTH[self.on_medium] <= _STRENGTH[self.on_high]):
            raise ValueError("a higher risk level must not have a milder consequence")
        return self

    def consequence(self, level: str) -> Consequence:
        """The configured consequence of a level ("LOW", "MEDIUM" or "HIGH")."""
        return {"LOW": self.on_low, "MEDIUM": self.on_medium, "HIGH": self.on_high}[level]

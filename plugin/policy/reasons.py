"""Refusal codes and the sentences customers read.

Codes are part of the public API (GraphQL enums, stored decisions): add new ones, never rename.
Most reasons are constants, shared by every decision; those naming a policy's own words (an
exclusion's label, the photos required) are built once per compiled policy.
"""

from __future__ import annotations

from plugin.policy.decision import Reason

# --- order level (returns) ------------------------------------------------------------------
ORDER_CANCELLED = Reason("ORDER_CANCELLED", "This order was cancelled, so there is nothing to return.")
RETURNS_NOT_OFFERED = Reason("RETURNS_NOT_OFFERED", "This shop does not accept returns.")
PROOF_OF_PURCHASE_REQUIRED = Reason(
    "PROOF_OF_PURCHASE_REQUIRED",
    "Please include proof of purchase, such as an invoice, receipt or sales note.",
)
NO_LINES = Reason("NO_LINES", "Choose at least one item to return.")
LABEL_NOT_AVAILABLE = Reason(
    "LABEL_NOT_AVAILABLE",
    "A prepaid return label isn't available for this return; please ship the parcel yourself.",
)
UNKNOWN_RESOLUTION = Reason("UNKNOWN_RESOLUTION", "Choose a refund, exchange or store credit.")
UNKNOWN_SHIPPING_METHOD = Reason(
    "UNKNOWN_SHIPPING_METHOD", "Choose a prepaid label or shipping the parcel yourself."
)

# --- line level -----------------------------------------------------------------------------
UNKNOWN_LINE = Reason("UNKNOWN_LINE", "This item is not part of the order.")
DUPLICATE_LINE = Reason("DUPLICATE_LINE", "This item appears more than once in the request.")
INVALID_QUANTITY = Reason("INVALID_QUANTITY", "Choose a quantity of at least 1.")
UNKNOWN_REASON = Reason("UNKNOWN_REASON", "Choose a reason for the return from the list.")
NOT_FULFILLED = Reason(
    "NOT_FULFILLED",
    "This item hasn't shipped yet, so it can't be returned; you may be able to cancel it instead.",
)
# The same code for an item that cannot be cancelled either (an exclusion forbids it, or the shop
# takes no cancellations): pointing it to a cancellation would be a dead end.
NOT_FULFILLED_KEPT = Reason(
    "NOT_FULFILLED",
    "This item hasn't shipped yet, so it can't be returned yet, and it can't be cancelled; you can "
    "request a return once it arrives.",
)
NOT_DELIVERED = Reason(
    "NOT_DELIVERED",
    "This item hasn't been delivered yet; you can request a return once it arrives.",
)
QUANTITY_EXCEEDS_RETURNABLE = Reason(
    "QUANTITY_EXCEEDS_RETURNABLE",
    "You asked to return more of this item than can still be returned.",
)
ALREADY_RETURNED = Reason("ALREADY_RETURNED", "This item has already been returned.")
RETURN_PERIOD_ENDED = Reason("RETURN_PERIOD_ENDED", "The return period for this item has ended.")
NON_RETURNABLE = Reason("NON_RETURNABLE", "This item is marked as non-returnable.")
SET_MUST_RETURN_WHOLE = Reason(
    "SET_MUST_RETURN_WHOLE",
    "This item is part of a set, and sets can only be returned complete.",
)
EXCHANGE_NOT_OFFERED = Reason(
    "EXCHANGE_NOT_OFFERED",
    "Exchanges aren't offered; please return the item and place a new order instead.",
)
REPLACEMENT_NOT_OFFERED = Reason(
    "REPLACEMENT_NOT_OFFERED", "A replacement isn't offered for this item; choose a refund."
)
STORE_CREDIT_NOT_OFFERED = Reason(
    "STORE_CREDIT_NOT_OFFERED", "Store credit isn't offered; choose a refund."
)
EXCHANGE_ONLY = Reason("EXCHANGE_ONLY", "This item can be exchanged but not refunded.")

# --- cancellation ---------------------------------------------------------------------------
ORDER_ALREADY_CANCELLED = Reason("ORDER_ALREADY_CANCELLED", "This order is already cancelled.")
CANCELLATION_NOT_OFFERED = Reason(
    "CANCELLATION_NOT_OFFERED", "Orders can't be cancelled once placed."
)
ALREADY_SHIPPED = Reason(
    "ALREADY_SHIPPED", "Your order has already shipped, so it can no longer be cancelled."
)
NOTHING_TO_CANCEL = Reason("NOTHING_TO_CANCEL", "This order has no items to cancel.")

# Refusals that state a fact about the request rather than a rule of the policy: staff cannot
# override these when they open a return for a customer (the units are not there to return).
FACTUAL_CODES = frozenset({
    "ORDER_CANCELLED", "NO_LINES", "UNKNOWN_RESOLUTION", "UNKNOWN_SHIPPING_METHOD", "UNKNOWN_LINE",
    "DUPLICATE_LINE", "INVALID_QUANTITY", "UNKNOWN_REASON", "NOT_FULFILLED", "QUANTITY_EXCEEDS_RETURNABLE",
    "ALREADY_RETURNED",
})

# Exclusion categories -> refusal code. Clearance has its own code: a storefront may word it apart
# from final sale even where a store treats the two alike.
EXCLUSION_CODES = {
    "FINAL_SALE": "FINAL_SALE",
    "CLEARANCE": "CLEARANCE_ITEM",
    "PERSONALIZED": "PERSONALIZED_ITEM",
    "FREE_GIFT": "FREE_GIFT",
    "NON_RETURNABLE_MARK": "NON_RETURNABLE",
    "WORN_OR_DAMAGED": "CONDITION_NOT_MET",
}
DEFAULT_EXCLUSION_CODE = "EXCLUDED_PRODUCT_TYPE"


def sentence_case(label: str) -> str:
    return label[:1].upper() + label[1:]


def exclusion_reason(category: str, label: str) -> Reason:
    return Reason(
        EXCLUSION_CODES.get(category, DEFAULT_EXCLUSION_CODE),
        f"{sentence_case(label)} can't be returned.",
    )


def not_cancellable_reason(category: str, label: str) -> Reason:
    return Reason(
        EXCLUSION_CODES.get(category, DEFAULT_EXCLUSION_CODE),
        f"Orders with {label[:1].lower() + label[1:]} can't be cancelled.",
    )


def cancellation_period_ended(hours: int) -> Reason:
    return Reason(
        "CANCELLATION_PERIOD_ENDED",
        f"Orders can be cancelled only within {hours} hours of purchase.",
    )


def only_at_fault(faults: str) -> Reason:
    return Reason("RETURNS_ONLY_AT_FAULT", f"Only items that are {faults} can be returned.")


def photos_required(count: int, subjects: str) -> Reason:
    noun = "photo" if count == 1 else "photos"
    return Reason("PHOTOS_REQUIRED", f"Please attach at least {count} {noun}{subjects}.")


def condition_not_met(phrases: str) -> Reason:
    return Reason("CONDITION_NOT_MET", f"Items can only be returned {phrases}.")


def sales_channel_not_eligible(note: str | None) -> Reason:
    message = "Only items bought directly on our website can be returned here."
    if note:
        message += " " + sentence_case(note.rstrip(".")) + "."
    return Reason("SALES_CHANNEL_NOT_ELIGIBLE", message)


_RESOLUTION_WORDS = {"REFUND": "a refund", "EXCHANGE": "an exchange", "STORE_CREDIT": "store credit",
                     "REPLACEMENT": "a replacement"}


def resolution_not_for_reason(asked: str, allowed: frozenset[str]) -> Reason:
    """resolutions.by_reason: this return reason may not take the resolution asked for."""
    words = [_RESOLUTION_WORDS[r] for r in ("REFUND", "EXCHANGE", "STORE_CREDIT", "REPLACEMENT") if r in allowed]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
    return Reason(
        "RESOLUTION_NOT_FOR_REASON",
        f"For this reason, {_RESOLUTION_WORDS.get(asked, asked.lower())} isn't offered; choose {listed}.",
    )

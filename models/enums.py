"""Every closed set of values Recourse stores or exchanges, as `StrEnum`s.

One module for the database (Tortoise `CharEnumField`s), the actions (the state machine compares
members) and both GraphQL schemas (`plugin/api/enums.py` exposes these very classes). A member equals
its string value (`ReturnStatus.OPEN == "OPEN"`), so JSON documents, audit snapshots and code written
against the strings keep working. Names and values follow Shopify's where it has the concept.

Standard library only: `models` import nothing from `plugin`, and `plugin.policy` / `plugin.risk` stay
pure; the policy's own `Literal`s for reasons and conditions are checked against these by a test.
"""

from __future__ import annotations

from enum import StrEnum


class ReturnStatus(StrEnum):
    """Shopify's return statuses, plus ON_HOLD while a request waits for a fraud review."""

    REQUESTED = "REQUESTED"
    ON_HOLD = "ON_HOLD"
    OPEN = "OPEN"
    RECEIVED = "RECEIVED"
    DECLINED = "DECLINED"
    CLOSED = "CLOSED"
    CANCELED = "CANCELED"


class ReturnStep(StrEnum):
    """A staff step on a return (the state machine's steps as the admin offers them)."""

    ATTACH_LABEL = "ATTACH_LABEL"
    APPROVE = "APPROVE"
    DECLINE = "DECLINE"
    MARK_RECEIVED = "MARK_RECEIVED"
    INSPECT = "INSPECT"
    REFUND = "REFUND"
    CLOSE = "CLOSE"
    REOPEN = "REOPEN"


class ReturnBulkAction(StrEnum):
    """A step staff may take on several returns at once, each through its own single-return action."""

    APPROVE = "APPROVE"
    MARK_RECEIVED = "MARK_RECEIVED"
    REFUND = "REFUND"


class ReturnDeclineReason(StrEnum):
    """Why staff declined a return: Shopify's FINAL_SALE, RETURN_PERIOD_ENDED and OTHER, plus ours."""

    FINAL_SALE = "FINAL_SALE"
    RETURN_PERIOD_ENDED = "RETURN_PERIOD_ENDED"
    NOT_ELIGIBLE = "NOT_ELIGIBLE"
    CONDITION_NOT_MET = "CONDITION_NOT_MET"
    SUSPECTED_FRAUD = "SUSPECTED_FRAUD"
    OTHER = "OTHER"


class ReturnReason(StrEnum):
    """Why the customer returns an item (Shopify's, plus DAMAGED, INCOMPLETE and LATE_DELIVERY)."""

    DEFECTIVE = "DEFECTIVE"
    DAMAGED = "DAMAGED"
    WRONG_ITEM = "WRONG_ITEM"
    NOT_AS_DESCRIBED = "NOT_AS_DESCRIBED"
    SIZE_TOO_SMALL = "SIZE_TOO_SMALL"
    SIZE_TOO_LARGE = "SIZE_TOO_LARGE"
    COLOR = "COLOR"
    STYLE = "STYLE"
    UNWANTED = "UNWANTED"
    INCOMPLETE = "INCOMPLETE"
    LATE_DELIVERY = "LATE_DELIVERY"
    OTHER = "OTHER"


class ConditionItem(StrEnum):
    """A condition the customer declares the item meets."""

    UNUSED = "UNUSED"
    NOT_WORN = "NOT_WORN"
    NOT_WASHED = "NOT_WASHED"
    NOT_IRONED = "NOT_IRONED"
    NOT_STAINED = "NOT_STAINED"
    NOT_ALTERED = "NOT_ALTERED"
    ORIGINAL_CONDITION = "ORIGINAL_CONDITION"
    TAGS_ATTACHED = "TAGS_ATTACHED"
    ORIGINAL_PACKAGING = "ORIGINAL_PACKAGING"
    ACCESSORIES_INCLUDED = "ACCESSORIES_INCLUDED"
    MANUALS_INCLUDED = "MANUALS_INCLUDED"


class ReturnResolution(StrEnum):
    """What the customer wants instead of the item."""

    REFUND = "REFUND"
    EXCHANGE = "EXCHANGE"
    REPLACEMENT = "REPLACEMENT"
    STORE_CREDIT = "STORE_CREDIT"


class PriceDifferenceHandling(StrEnum):
    """An exchange for an item at another price: the customer pays the difference (an invoice the
    platform sends) or the rest is refunded."""

    CUSTOMER_PAYS = "CUSTOMER_PAYS"
    REFUND_REST = "REFUND_REST"


class ReturnShippingMethod(StrEnum):
    """How the parcel travels back."""

    PREPAID_LABEL = "PREPAID_LABEL"
    CUSTOMER_SHIPPED = "CUSTOMER_SHIPPED"


class ReturnShippingPayer(StrEnum):
    """Who bears the return postage."""

    MERCHANT = "MERCHANT"
    CUSTOMER = "CUSTOMER"


class InspectionCondition(StrEnum):
    """What staff found when they inspected a returned line."""

    AS_DESCRIBED = "AS_DESCRIBED"
    WORN = "WORN"
    WASHED = "WASHED"
    DAMAGED = "DAMAGED"
    MISSING_TAGS = "MISSING_TAGS"
    MISSING_PACKAGING = "MISSING_PACKAGING"
    MISSING_ACCESSORIES = "MISSING_ACCESSORIES"
    WRONG_ITEM = "WRONG_ITEM"
    OTHER = "OTHER"


class RefundStatus(StrEnum):
    """PENDING until the platform confirms the refund SUCCEEDED or FAILED."""

    PENDING = "PENDING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class RefundKind(StrEnum):
    """PAYMENT gives back what the customer paid; REIMBURSEMENT pays what the policy granted on top
    (e.g. a return postage credit)."""

    PAYMENT = "PAYMENT"
    REIMBURSEMENT = "REIMBURSEMENT"
    STORE_CREDIT = "STORE_CREDIT"
    BONUS = "BONUS"


class RefundReason(StrEnum):
    RETURN = "RETURN"
    CANCELLATION = "CANCELLATION"
    GOODWILL = "GOODWILL"
    PRICE_ADJUSTMENT = "PRICE_ADJUSTMENT"
    DAMAGED_IN_TRANSIT = "DAMAGED_IN_TRANSIT"
    OTHER = "OTHER"


class RefundMethod(StrEnum):
    """How money goes back: to the original payment or as store credit."""

    ORIGINAL_PAYMENT = "ORIGINAL_PAYMENT"
    STORE_CREDIT = "STORE_CREDIT"
    CUSTOMER_CHOICE = "CUSTOMER_CHOICE"


class RefundLineKind(StrEnum):
    """A line of a refund quote; the lines add up to the total."""

    ITEM = "ITEM"
    SHIPPING = "SHIPPING"
    FEE = "FEE"
    CREDIT = "CREDIT"
    ADJUSTMENT = "ADJUSTMENT"


class OrderCancelReason(StrEnum):
    """Shopify's OrderCancelReason."""

    CUSTOMER = "CUSTOMER"
    DECLINED = "DECLINED"
    FRAUD = "FRAUD"
    INVENTORY = "INVENTORY"
    OTHER = "OTHER"
    STAFF = "STAFF"


class CancellationStatus(StrEnum):
    """ACCEPTED, or ON_HOLD while a fraud review decides (then ACCEPTED or DECLINED)."""

    ACCEPTED = "ACCEPTED"
    ON_HOLD = "ON_HOLD"
    DECLINED = "DECLINED"


class RiskAssessmentResult(StrEnum):
    """Shopify's name for a risk level (we never leave one PENDING or NONE)."""

    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"


class RiskRecommendation(StrEnum):
    """What the policy does at a risk level."""

    NONE = "NONE"
    INSPECT_BEFORE_REFUND = "INSPECT_BEFORE_REFUND"
    HOLD = "HOLD"


class RiskFactSentiment(StrEnum):
    """Shopify's: NEGATIVE raises the risk, POSITIVE lowers it."""

    NEGATIVE = "NEGATIVE"
    POSITIVE = "POSITIVE"
    NEUTRAL = "NEUTRAL"


class RiskReviewStatus(StrEnum):
    OPEN = "OPEN"
    CLEARED = "CLEARED"
    CONFIRMED_FRAUD = "CONFIRMED_FRAUD"


class RiskReviewDecision(StrEnum):
    CLEAR = "CLEAR"
    CONFIRM_FRAUD = "CONFIRM_FRAUD"


class RiskSubjectType(StrEnum):
    """What a risk assessment or review is about."""

    ORDER = "Order"
    RETURN = "Return"
    CANCELLATION = "Cancellation"


class BlocklistKind(StrEnum):
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"


class EmailKind(StrEnum):
    """A customer email, by its template's name."""

    RETURN_REQUESTED = "return_requested"
    DAMAGED_CLAIM_RECEIVED = "damaged_claim_received"
    RETURN_INSTRUCTIONS = "return_instructions"
    RETURN_DECLINED = "return_declined"
    RETURN_RECEIVED = "return_received"
    INSPECTION_RESULT = "inspection_result"
    REFUND_ISSUED = "refund_issued"
    CANCELLATION_CONFIRMED = "cancellation_confirmed"
    CANCELLATION_REFUSED = "cancellation_refused"
    HELD_FOR_VERIFICATION = "held_for_verification"
    EXCHANGE_SHIPPED = "exchange_shipped"
    STORE_CREDIT = "store_credit"


class OutboxKind(StrEnum):
    EMAIL = "EMAIL"
    WEBHOOK = "WEBHOOK"
    PLATFORM = "PLATFORM"  # an operation the shop's platform carries out (plugin/platform)
    INBOX = "INBOX"  # an inbound platform webhook, acknowledged and stored, for the worker to import


class OutboxStatus(StrEnum):
    """Where a message is in its delivery."""

    PENDING = "PENDING"
    SENDING = "SENDING"
    SENT = "SENT"
    FAILED = "FAILED"
    # Written, but waiting for the platform to carry out what it announces (a refund email waits for
    # the refund); then PENDING, or FAILED when the platform refused.
    HELD = "HELD"


class FulfillmentStatus(StrEnum):
    """Shopify's fulfillment statuses, stored as its webhooks spell them (lower case)."""

    PENDING = "pending"
    OPEN = "open"
    SUCCESS = "success"
    CANCELLED = "cancelled"
    ERROR = "error"
    FAILURE = "failure"


class ExchangeStatus(StrEnum):
    """Where an exchange's replacement stands on the platform (models/exchange.py)."""

    REQUESTED = "REQUESTED"  # chosen by the customer; nothing held yet (the return awaits approval)
    RESERVING = "RESERVING"  # approved: the platform is asked to hold the stock
    RESERVED = "RESERVED"  # the stock is held for the customer
    WAITING_STOCK = "WAITING_STOCK"  # approved, but the variant had no stock to hold
    SHIPPING = "SHIPPING"  # the replacement order is being placed
    SHIPPED = "SHIPPED"  # the replacement order is placed on the platform, at no charge
    FELL_BACK = "FELL_BACK"  # the variant sold out: refunded or credited instead, as the policy says
    CANCELED = "CANCELED"  # the return was declined or cancelled; any held stock let go


class CreditVia(StrEnum):
    """How store credit reaches the customer on the platform."""

    STORE_CREDIT = "STORE_CREDIT"  # the customer's store credit account
    GIFT_CARD = "GIFT_CARD"  # a gift card with a code, emailed


class StoreCreditStatus(StrEnum):
    """PENDING until the platform issued it (ISSUED) or refused (FAILED); HANDED to the shop's own
    system (a manual platform) or to staff."""

    PENDING = "PENDING"
    ISSUED = "ISSUED"
    FAILED = "FAILED"
    HANDED = "HANDED"

"""The one way an action says no to bad input or an illegal step: a code, a message, the field."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Every code an action may refuse with. The APIs' `UserErrorCode` is made from this list, so a
    refusal always reaches the client with its own code; a code that is not here cannot be raised
    (tests/test_error_codes.py reads every ActionError in the package)."""

    INVALID = "INVALID"
    BLANK = "BLANK"
    TOO_LONG = "TOO_LONG"
    NOT_FOUND = "NOT_FOUND"
    LINE_NOT_FOUND = "LINE_NOT_FOUND"
    ORDER_NOT_FOUND = "ORDER_NOT_FOUND"
    FULFILLMENT_CONFLICT = "FULFILLMENT_CONFLICT"
    DUPLICATE_LINE = "DUPLICATE_LINE"
    CURRENCY_MISMATCH = "CURRENCY_MISMATCH"
    UNKNOWN_FIELD = "UNKNOWN_FIELD"
    CONFLICT = "CONFLICT"
    INVALID_STATE = "INVALID_STATE"
    OVER_REFUND = "OVER_REFUND"
    NOTHING_TO_REFUND = "NOTHING_TO_REFUND"
    IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED"
    INSPECTION_REQUIRED = "INSPECTION_REQUIRED"
    NOT_CANCELLABLE = "NOT_CANCELLABLE"
    RETURN_ADDRESS_MISSING = "RETURN_ADDRESS_MISSING"
    EXCHANGE_VARIANT_REQUIRED = "EXCHANGE_VARIANT_REQUIRED"
    EXCHANGE_VARIANT_NOT_ALLOWED = "EXCHANGE_VARIANT_NOT_ALLOWED"
    EXCHANGE_VARIANT_UNAVAILABLE = "EXCHANGE_VARIANT_UNAVAILABLE"
    ALREADY_INVOICED = "ALREADY_INVOICED"
    ALREADY_RECEIVED = "ALREADY_RECEIVED"
    ALREADY_INSPECTED = "ALREADY_INSPECTED"


class ActionError(Exception):
    """Raised before anything is written (or with the transaction rolled back): nothing changed."""

    def __init__(self, code: ErrorCode | str, message: str, field: list[str] | None = None) -> None:
        super().__init__(message)
        self.code: ErrorCode = ErrorCode(code)  # ValueError for a code that is not a member
        self.message, self.field = message, field

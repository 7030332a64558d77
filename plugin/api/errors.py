"""Errors as data: userErrors for expected refusals, masked messages for the unexpected."""

from __future__ import annotations

import enum
import logging

import strawberry
from graphql import GraphQLError
from pydantic import ValidationError

from plugin.actions.errors import ActionError

log = logging.getLogger("recourse.api")


@strawberry.enum(description="Stable codes a client can branch on.")
class UserErrorCode(enum.Enum):
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
    EXCHANGE_VARIANT_REQUIRED = "EXCHANGE_VARIANT_REQUIRED"
    EXCHANGE_VARIANT_NOT_ALLOWED = "EXCHANGE_VARIANT_NOT_ALLOWED"
    EXCHANGE_VARIANT_UNAVAILABLE = "EXCHANGE_VARIANT_UNAVAILABLE"
    RETURN_ADDRESS_MISSING = "RETURN_ADDRESS_MISSING"
    ALREADY_INVOICED = "ALREADY_INVOICED"


@strawberry.type(description="An expected refusal: which input, why, and a stable code.")
class UserError:
    field: list[str] | None
    message: str
    code: UserErrorCode


def user_errors_from_validation(exc: ValidationError, prefix: list[str]) -> list[UserError]:
    errors = []
    for item in exc.errors(include_url=False):
        kind = item.get("type", "")
        code = UserErrorCode.TOO_LONG if "too_long" in kind else (
            UserErrorCode.BLANK if kind == "missing" else UserErrorCode.INVALID
        )
        message = "is required" if kind == "missing" else item["msg"].removeprefix("Value error, ")
        errors.append(UserError(field=prefix + [str(p) for p in item["loc"]], message=message, code=code))
    return errors


def user_errors(refusal: ActionError, prefix: list[str] | None = None) -> list[UserError]:
    """The one way a mutation turns an action's refusal into its payload's userErrors, the field
    under `prefix` (e.g. ["input"]). An unknown code reads as INVALID."""
    code = UserErrorCode.__members__.get(refusal.code, UserErrorCode.INVALID)
    field = [*(prefix or []), *refusal.field] if refusal.field is not None else None
    return [UserError(field=field, message=refusal.message, code=code)]


class ApiError(GraphQLError):
    """A top-level error whose message is meant for the client (bad query syntax, bad cursor)."""

    def __init__(self, message: str, code: str = "BAD_REQUEST") -> None:
        super().__init__(message, extensions={"code": code})


def should_mask_error(error: GraphQLError) -> bool:
    """Hide only what a resolver raised unexpectedly; input coercion and ApiError speak to clients."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError) or error.path is None:
        return False
    log.error("unexpected error in resolver at %s", error.path, exc_info=original)
    return True

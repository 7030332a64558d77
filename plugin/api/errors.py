"""Errors as data: userErrors for expected refusals, masked messages for the unexpected."""

from __future__ import annotations

import enum
import functools
import logging
import re
import typing
from collections.abc import Awaitable, Callable
from typing import Any

import strawberry
from graphql import GraphQLError
from pydantic import ValidationError

from plugin.actions.errors import ActionError, ErrorCode

log = logging.getLogger("recourse.api")


# Made from the actions' own list, member for member: a refusal's code is always one a client knows.
UserErrorCode = strawberry.enum(
    enum.Enum("UserErrorCode", [(code.name, code.value) for code in ErrorCode]),
    description="Stable codes a client can branch on.",
)


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
    """An action's refusal as a payload's userErrors, the field under `prefix` (e.g. ["input"])."""
    field = [*(prefix or []), *refusal.field] if refusal.field is not None else None
    return [UserError(field=field, message=refusal.message, code=UserErrorCode[refusal.code.name])]


def user_error_code(code: str) -> UserErrorCode:
    """A code from outside the actions (the policy engine's paths, an import's or an email's
    problem) as the client reads it; one the API does not list reads as INVALID."""
    return UserErrorCode.__members__.get(code, UserErrorCode.INVALID)


def refusals(prefix: list[str] | None = None, *, validation: bool = False) -> Callable:
    """The one way a mutation answers a refusal: an `ActionError` raised while it parses its input
    or by its action (and with `validation`, a pydantic `ValidationError` from parsing) becomes
    its payload with `userErrors`, the field under `prefix`. The payload is the resolver's return
    type, so the mutation itself only parses, calls and wraps.

        @strawberry.mutation
        @refusals(["input"])
        async def refund_create(self, info: Info, input: RefundCreateInput) -> RefundCreatePayload: ...
    """

    def decorate(resolver: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        payload: list[type] = []

        def payload_type() -> type:
            if not payload:  # read once, at the first refusal: the annotation may name a later class
                payload.append(typing.get_type_hints(resolver)["return"])
            return payload[0]

        @functools.wraps(resolver)
        async def resolve(*args: Any, **kwargs: Any) -> Any:
            try:
                return await resolver(*args, **kwargs)
            except ActionError as exc:
                return payload_type()(user_errors=user_errors(exc, prefix))
            except ValidationError as exc:
                if not validation:
                    raise
                return payload_type()(user_errors=user_errors_from_validation(exc, prefix or []))

        resolve.answers_refusals = True  # type: ignore[attr-defined]  # read by tests/test_error_codes.py
        return resolve

    return decorate


class ApiError(GraphQLError):
    """A top-level error whose message is meant for the client (bad query syntax, bad cursor)."""

    def __init__(self, message: str, code: str = "BAD_REQUEST") -> None:
        super().__init__(message, extensions={"code": code})


class LoggedSchema(strawberry.Schema):
    """Strawberry logs every GraphQLError at ERROR with its traceback: 17 KB of log for a 1.5 KB bad
    anonymous request, 429s included. A client's mistake (a document that does not validate, a
    variable that does not coerce, a refusal by a guard) is one short INFO line; what a resolver
    raised unexpectedly is logged once, with its traceback, by should_mask_error."""

    def process_errors(self, errors: list[GraphQLError], execution_context=None) -> None:
        client = [e for e in errors if e.original_error is None or isinstance(e.original_error, GraphQLError)]
        if client:
            codes = sorted({str((e.extensions or {}).get("code", "GRAPHQL_ERROR")) for e in client})
            log.info("client error: %s (%d error%s; %s)", client[0].message[:300], len(client),
                     "" if len(client) == 1 else "s", ", ".join(codes)[:200])
        for error in errors:
            if error in client or error.path is not None:
                continue  # a resolver's error is logged by should_mask_error, with its path
            log.error("unexpected error: %s", error.message[:300], exc_info=error.original_error)


SUGGESTION = re.compile(r" ?Did you mean [^?]*\?")


def without_suggestions(message: str) -> str:
    """The message without graphql-core's "Did you mean 'order'?": with introspection off, the
    schema's names are not told one guess at a time either."""
    return SUGGESTION.sub("", message)


def should_mask_error(error: GraphQLError) -> bool:
    """Hide only what a resolver raised unexpectedly; input coercion and ApiError speak to clients."""
    original = error.original_error
    if original is None or isinstance(original, GraphQLError) or error.path is None:
        return False
    log.error("unexpected error in resolver at %s", error.path, exc_info=original)
    return True

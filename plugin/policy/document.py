"""Policy documents in and out: parse with errors that point into the document, and the JSON Schema.

``PolicyInvalid.errors`` is a list of ``(path, message, code)``; ``path`` is a tuple of keys and
list indexes into the submitted document, so an API can return it as a userError ``field``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from plugin.policy.model import Policy

ErrorPath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class PolicyError:
    path: ErrorPath
    message: str
    code: str


class PolicyInvalid(ValueError):
    """The document is not a valid policy; ``errors`` says where and why."""

    def __init__(self, errors: list[tuple[ErrorPath, str, str]]):
        self.errors = errors
        lines = "; ".join(f"{'.'.join(map(str, p)) or '(document)'}: {m}" for p, m, _ in errors)
        super().__init__(f"invalid policy: {lines}")


# pydantic's error types are stable strings; the API exposes them upper-cased as error codes.
def _code(kind: str) -> str:
    return {
        "extra_forbidden": "UNKNOWN_FIELD",
        "missing": "REQUIRED",
        "literal_error": "NOT_ALLOWED",
        "value_error": "INVALID",
    }.get(kind, kind.upper())


def _path(loc: tuple[Any, ...]) -> ErrorPath:
    # pydantic inserts the names of union members / function validators into loc; they are not
    # keys of the document.
    return tuple(p for p in loc if isinstance(p, int) or not str(p).startswith("function-"))


# pydantic's sentences name Python types ("Input should be a valid integer, unable to parse string as
# an integer"); a merchant editing a settings form reads these instead, by error type.
_SENTENCES = {
    "int_parsing": "enter a whole number, e.g. 30",
    "int_type": "enter a whole number, e.g. 30",
    "int_from_float": "enter a whole number, without decimals",
    "float_parsing": "enter a number, e.g. 12.50",
    "float_type": "enter a number, e.g. 12.50",
    "decimal_parsing": "enter an amount, e.g. 12.50",
    "decimal_type": "enter an amount, e.g. 12.50",
    "decimal_max_places": "use at most {decimal_places} decimals",
    "decimal_max_digits": "use at most {max_digits} digits",
    "greater_than_equal": "must be at least {ge}",
    "greater_than": "must be more than {gt}",
    "less_than_equal": "must be at most {le}",
    "less_than": "must be less than {lt}",
    "string_too_long": "use at most {max_length} characters",
    "string_type": "enter text",
    "bool_parsing": "choose yes or no",
    "bool_type": "choose yes or no",
    "missing": "is required",
    "extra_forbidden": "is not a setting of the policy",
    "literal_error": "choose one of the options",
    "enum": "choose one of the options",
    "too_long": "list at most {max_length}",
    "too_short": "list at least {min_length}",
    "list_type": "give a list",
    "date_parsing": "enter a date like 2026-12-24",
    "date_from_datetime_parsing": "enter a date like 2026-12-24",
}


def _message(error: dict[str, Any]) -> str:
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "string_too_short":
        return "must not be empty" if ctx.get("min_length") == 1 else f"use at least {ctx.get('min_length')} characters"
    sentence = _SENTENCES.get(kind)
    if sentence is not None:
        try:
            return sentence.format(**{k: str(v) for k, v in ctx.items()})
        except (KeyError, IndexError):
            pass
    message = str(error["msg"])
    return message.removeprefix("Value error, ")


def parse_policy(data: dict[str, Any]) -> Policy:
    """Validate a policy document (already decoded JSON) into a ``Policy``."""
    if not isinstance(data, dict):
        raise PolicyInvalid([((), "the policy must be a JSON object", "INVALID")])
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyInvalid(
            [(_path(e["loc"]), _message(e), _code(e["type"])) for e in exc.errors()]
        ) from None


def default_policy(currency: str = "USD") -> Policy:
    """The policy of a shop that has not saved one: every default, in the shop's currency."""
    return parse_policy({"currency": currency})


def policy_to_data(policy: Policy) -> dict[str, Any]:
    """The JSON-ready document (amounts as strings); ``parse_policy`` reads it back unchanged."""
    return policy.model_dump(mode="json")


def dumps(policy: Policy) -> str:
    return json.dumps(policy_to_data(policy), indent=2, ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def _schema() -> str:
    schema = Policy.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://recourse.app/schemas/policy-v1.json"
    return json.dumps(schema)


def policy_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the policy document, for the host's settings form: a fresh copy
    each call, read from its JSON text (a hundred times quicker than copying the 55 kB dict, which
    the admin's policy page waited on)."""
    return json.loads(_schema())

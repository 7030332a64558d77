"""Input strings: bounded, free of NUL, and valid Unicode — PostgreSQL refuses to store NUL and a lone
surrogate (JSON may spell one, `"\\udcff"`, and Python decodes it into a str that cannot be encoded),
so both are refused at the edge with a clear error instead of failing deep in a query."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, StringConstraints

MAX_INPUT_CHARS = 10_000
# A merchant's whole written return policy, pasted to be drafted (`policyDraftFromText(text:)`):
# real pages run longer than any other input, so this one argument has its own allowance.
MAX_POLICY_TEXT_CHARS = 100_000


def text_problem(value: str) -> str | None:
    """Why `value` cannot be stored as text, or None."""
    if "\x00" in value:
        return "must not contain NUL characters"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "must be valid Unicode text (no lone surrogate such as \\udcff)"
    return None


def bad_text_in(value: object, path: tuple[str, ...] = ()) -> tuple[tuple[str, ...], str] | None:
    """The first string (or key) in a JSON document that cannot be stored as text, with its path."""
    if isinstance(value, str):
        problem = text_problem(value)
        return (path, problem) if problem else None
    if isinstance(value, dict):
        for key, item in value.items():
            found = bad_text_in(key, path) or bad_text_in(item, (*path, str(key).encode("utf-8", "replace").decode()))
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = bad_text_in(item, (*path, str(index)))
            if found:
                return found
    return None


def no_nul(value: str) -> str:
    problem = text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def Text(max_length: int = 255, min_length: int = 0):  # noqa: N802 - reads as a type
    return Annotated[
        str,
        StringConstraints(strip_whitespace=True, max_length=max_length, min_length=min_length),
        AfterValidator(no_nul),
    ]

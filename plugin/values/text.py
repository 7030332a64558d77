"""Input strings: bounded and free of NUL, which PostgreSQL refuses to store."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, StringConstraints

MAX_INPUT_CHARS = 10_000
# A merchant's whole written return policy, pasted to be drafted (`policyDraftFromText(text:)`):
# real pages run longer than any other input, so this one argument has its own allowance.
MAX_POLICY_TEXT_CHARS = 100_000


def no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


def Text(max_length: int = 255, min_length: int = 0):  # noqa: N802 - reads as a type
    return Annotated[
        str,
        StringConstraints(strip_whitespace=True, max_length=max_length, min_length=min_length),
        AfterValidator(no_nul),
    ]

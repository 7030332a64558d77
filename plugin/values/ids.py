"""Global IDs in Shopify's form: gid://recourse/Order/42. Used by the API and by the actions (the
ids in outbound webhook bodies), so nobody writes the form by hand."""

from __future__ import annotations

PREFIX = "gid://recourse/"


def to_gid(type_name: str, pk: int) -> str:
    return f"{PREFIX}{type_name}/{pk}"


def from_gid(gid: str, expected: str | None = None) -> tuple[str, int] | None:
    """(type, pk), or None for anything that is not one of our IDs (never an exception)."""
    if not isinstance(gid, str) or not gid.startswith(PREFIX):
        return None
    type_name, _, raw = gid[len(PREFIX):].partition("/")
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18 or (expected and type_name != expected):
        return None
    return type_name, int(raw)

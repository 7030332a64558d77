"""What changed between two policy documents, as paths into the document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_MISSING = object()


@dataclass(frozen=True)
class Change:
    path: tuple[str, ...]
    before: Any  # None when added (see `kind`)
    after: Any
    kind: str  # ADDED | REMOVED | CHANGED


def diff_documents(before: Any, after: Any, path: tuple[str, ...] = ()) -> list[Change]:
    """Every leaf that differs; objects are compared key by key, lists as whole values when their
    lengths differ and item by item when they do not (a reordered list shows as changed items)."""
    if isinstance(before, dict) and isinstance(after, dict):
        out: list[Change] = []
        for key in sorted(set(before) | set(after), key=str):
            a, b = before.get(key, _MISSING), after.get(key, _MISSING)
            if a is _MISSING:
                out.append(Change((*path, str(key)), None, b, "ADDED"))
            elif b is _MISSING:
                out.append(Change((*path, str(key)), a, None, "REMOVED"))
            else:
                out += diff_documents(a, b, (*path, str(key)))
        return out
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        out = []
        for index, (a, b) in enumerate(zip(before, after, strict=True)):
            out += diff_documents(a, b, (*path, str(index)))
        return out
    if before == after and type(before) is type(after):
        return []
    return [Change(path, before, after, "CHANGED")]

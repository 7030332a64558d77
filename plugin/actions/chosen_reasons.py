"""The reasons a shop offers (its reasons library, plugin.actions.reason_library) as read for a
request: the library itself, and a return request's lines checked against it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from models.reasons import ReturnReasonEntry
from plugin.actions.commands import ReturnRequestLine
from plugin.actions.errors import ActionError
from plugin.policy import reason_library as lib
from plugin.policy.reason_library import Reason


def reason_of(row: ReturnReasonEntry) -> Reason:
    return Reason(
        handle=row.handle, code=str(row.code), labels=dict(row.labels or {}), shopify_handle=row.shopify_handle or "",
        ask_photo=row.ask_photo, ask_note=row.ask_note, merchant_at_fault=row.merchant_at_fault,
        product_types=tuple(row.product_types or ()), retired=row.retired_at is not None,
    )


async def shop_library(shop_id: int) -> list[Reason]:
    """The shop's whole library in its order, retired reasons included (one statement)."""
    rows = await ReturnReasonEntry.filter(shop_id=shop_id).order_by("position", "id")
    return lib.library(reason_of(row) for row in rows)


def checked_lines(reasons: list[Reason], lines: Sequence[ReturnRequestLine]) -> list[ReturnRequestLine]:
    """A request's lines with each chosen reason looked up: its core code, its handle and whether it
    puts the merchant at fault. A reason no longer offered, unknown, or missing the photo or note it
    asks for is refused, naming the line's field (relative to the request's input)."""
    by_handle = {reason.handle: reason for reason in reasons}
    checked = []
    for index, line in enumerate(lines):
        field = ["lines", str(index)]
        handle = line.reason_handle or line.reason
        reason = by_handle.get(handle or "")
        if reason is None or reason.retired:
            raise ActionError("INVALID", "not one of the shop's return reasons", [*field, "reasonHandle" if line.reason_handle else "reason"])
        if line.reason_handle and line.reason and line.reason != reason.code:
            raise ActionError("INVALID", f"reason {reason.handle!r} rolls up to {reason.code}, not {line.reason}", [*field, "reason"])
        if reason.ask_photo and not line.photos:
            raise ActionError("BLANK", "this reason asks for a photo", [*field, "photos"])
        if reason.ask_note and not (line.note or "").strip():
            raise ActionError("BLANK", "this reason asks for a note", [*field, "note"])
        checked.append(dataclasses.replace(line, reason=reason.code, reason_handle=reason.handle,
                                           at_fault=reason.merchant_at_fault))
    return checked

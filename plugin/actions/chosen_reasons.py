"""A return request's lines checked against the shop's reasons library (plugin.policy.reason_library)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from plugin.actions.errors import ActionError
from plugin.policy.reason_library import Reason

if TYPE_CHECKING:  # only named: the lines are the callers' (a domain step imports no use case's types)
    from plugin.actions.commands import ReturnRequestLine


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

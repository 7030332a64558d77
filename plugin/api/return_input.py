"""Check the lines of a return's GraphQL input (quote or request) the same way for both."""

from __future__ import annotations

from plugin.actions.decisions import RequestedLine
from plugin.actions.errors import ActionError
from plugin.api.ids import from_gid
from plugin.api.policy_types import ReturnLineInput

MAX_LINES = 250
MAX_QUOTED_PHOTOS = 50


def check_count(lines: list) -> None:
    if not lines:
        raise ActionError("BLANK", "at least one line is required", ["lines"])
    if len(lines) > MAX_LINES:
        raise ActionError("INVALID", f"at most {MAX_LINES} lines", ["lines"])


def order_line_pk(line, field: list[str]) -> int:
    """The order line a line input names, with a sane quantity; ActionError (field under `field`) if not."""
    gid = from_gid(line.line_id, "OrderLine")
    if gid is None:
        raise ActionError("LINE_NOT_FOUND", "not an order line id", [*field, "lineId"])
    if not 1 <= line.quantity <= 100_000:
        raise ActionError("INVALID", "must be between 1 and 100000", [*field, "quantity"])
    return gid[1]


def quoted_lines(lines: list[ReturnLineInput]) -> list[RequestedLine]:
    """A quote's lines; photos are only counted, since a quote stores nothing."""
    check_count(lines)
    parsed = []
    for index, line in enumerate(lines):
        field = ["lines", str(index)]
        pk = order_line_pk(line, field)
        if not 0 <= line.photos <= MAX_QUOTED_PHOTOS:
            raise ActionError("INVALID", f"must be between 0 and {MAX_QUOTED_PHOTOS}", [*field, "photos"])
        parsed.append(RequestedLine(pk, line.quantity, line.reason.value, frozenset(c.value for c in line.condition), line.photos))
    return parsed

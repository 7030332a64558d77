"""Turn a return's GraphQL input into checked request lines, or userErrors naming the bad field."""

from __future__ import annotations

from plugin.actions.decisions import RequestedLine
from plugin.api.errors import UserError, UserErrorCode
from plugin.api.ids import from_gid
from plugin.api.policy_types import ReturnLineInput

MAX_LINES = 250
MAX_PHOTOS = 50


def requested_lines(lines: list[ReturnLineInput]) -> tuple[list[RequestedLine], list[UserError]]:
    errors: list[UserError] = []
    if not lines:
        errors.append(UserError(field=["input", "lines"], message="at least one line is required", code=UserErrorCode.BLANK))
    if len(lines) > MAX_LINES:
        errors.append(UserError(field=["input", "lines"], message=f"at most {MAX_LINES} lines", code=UserErrorCode.INVALID))
    parsed = []
    for index, line in enumerate(lines[:MAX_LINES]):
        field = ["input", "lines", str(index)]
        gid = from_gid(line.line_id, "OrderLine")
        if gid is None:
            errors.append(UserError(field=[*field, "lineId"], message="not an order line id", code=UserErrorCode.LINE_NOT_FOUND))
        if not 1 <= line.quantity <= 100_000:
            errors.append(UserError(field=[*field, "quantity"], message="must be at least 1", code=UserErrorCode.INVALID))
        if not 0 <= line.photos <= MAX_PHOTOS:
            errors.append(UserError(field=[*field, "photos"], message=f"must be between 0 and {MAX_PHOTOS}", code=UserErrorCode.INVALID))
        if gid is not None:
            parsed.append(RequestedLine(gid[1], line.quantity, line.reason.value, frozenset(c.value for c in line.condition), line.photos))
    return parsed, errors

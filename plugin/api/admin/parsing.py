"""Staff input as the actions take it: global ids to primary keys, notes within their limit, lines
keyed by their id, prepaid labels. Each refuses with an ActionError, which the mutation's
`refusals` turns into its userErrors."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import returns
from plugin.actions.errors import ActionError
from plugin.api.ids import from_gid
from plugin.store.labels import LabelStore


def pk(gid: str, type_name: str, field: str = "id") -> int:
    """The primary key of a global id of `type_name`; NOT_FOUND on `field` otherwise."""
    parsed = from_gid(gid, type_name)
    if parsed is None:
        raise ActionError("NOT_FOUND", f"not a {type_name} id", [field])
    return parsed[1]


def note(value: str | None, field: str = "note") -> str | None:
    if value is not None and len(value) > 1000:
        raise ActionError("TOO_LONG", "at most 1000 characters", [field])
    return value


def line_map(items, field: str) -> dict[int, object]:
    """Per-line inputs by return line id; each line at most once."""
    mapped = {}
    for index, item in enumerate(items):
        parsed = from_gid(item.return_line_id, "ReturnLine")
        if parsed is None:
            raise ActionError("LINE_NOT_FOUND", "not a return line id", [field, str(index), "returnLineId"])
        if parsed[1] in mapped:
            raise ActionError("DUPLICATE_LINE", "each line may appear once", [field, str(index), "returnLineId"])
        mapped[parsed[1]] = item
    return mapped


def label_store(info: Info) -> LabelStore:
    return LabelStore(info.context.request.app.state.settings.label_dir)


@strawberry.input(description="A prepaid return label: an uploaded PDF (the `file` token POST /admin/labels answered) or a URL.")
class ReturnLabelInput:
    carrier: str
    tracking_number: str
    url: str | None = None
    file: str | None = strawberry.field(default=None, description="The token POST /admin/labels answered for the uploaded PDF.")

    def parse(self) -> returns.Label:
        return returns.Label(self.carrier, self.tracking_number, self.url, self.file)

"""`emailPreviewSubjects`: the returns, refunds and orders an email kind can be previewed for."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.api.admin.preview_subjects import PreviewSubject, preview_subjects
from plugin.api.enums import EmailKind
from plugin.values.ids import to_gid
from plugin.values.money import quantize


def _words(code: str) -> str:
    """RETURN_PERIOD_ENDED -> "return period ended"."""
    return str(code).lower().replace("_", " ")


@strawberry.type(description="Something an email can be previewed for: its id (for emailPreview) and how staff know it.")
class EmailPreviewSubject:
    id: strawberry.ID
    label: str


async def _label(info: Info, subject: PreviewSubject) -> str:
    row = subject.row
    if subject.type_name == "Return":
        return f"Return {row.name} ({_words(row.status)})"
    if subject.type_name == "Order":
        return f"Order {row.name}"
    order = await info.context.loaders.order.load(row.order_id)
    return f"Refund of {quantize(row.amount, row.currency)} {row.currency} on {order.name} ({_words(row.status)})"


@strawberry.type
class EmailSubjectsQuery:
    @strawberry.field(description="Up to 10 returns, refunds or orders (newest first) that an email of `kind` renders "
                      "for: what the admin's preview offers.")
    async def email_preview_subjects(self, info: Info, kind: EmailKind) -> list[EmailPreviewSubject]:
        found = await preview_subjects(info.context.shop, kind.value)
        return [EmailPreviewSubject(id=strawberry.ID(to_gid(s.type_name, s.pk)), label=await _label(info, s)) for s in found]

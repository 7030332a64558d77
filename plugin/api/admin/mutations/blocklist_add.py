"""`blocklistAdd`: staff block an email or a phone number."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import risk as risk_actions
from plugin.actions.errors import ActionError
from plugin.api.admin.payloads import BlocklistPayload
from plugin.api.admin.risk import BlocklistEntryType
from plugin.api.enums import BlocklistKind
from plugin.api.errors import refusals


@strawberry.type
class BlocklistAddMutation:
    @strawberry.mutation(description="Block an email or a phone number (addresses are blocked from a review).")
    @refusals()
    async def blocklist_add(
        self, info: Info, kind: BlocklistKind, value: str, country: str | None = None, note: str | None = None
    ) -> BlocklistPayload:
        if note is not None and len(note) > 1000:
            raise ActionError("TOO_LONG", "at most 1000 characters", ["note"])
        normalized = risk_actions.blocklist_value(kind.value, value, country)
        entry = await risk_actions.block(info.context.shop, kind.value, normalized, note, info.context.staff)
        return BlocklistPayload(entry=BlocklistEntryType(row=entry))

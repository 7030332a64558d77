"""`blocklistRemove`: staff take an entry off the blocklist."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions import risk as risk_actions
from plugin.api.admin.parsing import pk
from plugin.api.admin.payloads import BlocklistPayload
from plugin.api.errors import refusals


@strawberry.type
class BlocklistRemoveMutation:
    @strawberry.mutation
    @refusals()
    async def blocklist_remove(self, info: Info, id: strawberry.ID) -> BlocklistPayload:
        await risk_actions.unblock(info.context.shop, pk(id, "BlocklistEntry"), info.context.staff)
        return BlocklistPayload()

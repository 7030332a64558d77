"""`policyUpdate`: save a new policy version."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from plugin.actions.errors import ActionError
from plugin.actions.policy import save_policy
from plugin.api.admin.policy import PolicyUpdatePayload, saved
from plugin.api.errors import refusals


@strawberry.type
class PolicyUpdateMutation:
    @strawberry.mutation(description="Save a new policy version. Invalid documents give userErrors whose field is the path into the document.")
    @refusals()
    async def policy_update(self, info: Info, document: JSON, note: str | None = None) -> PolicyUpdatePayload:
        if note is not None and len(note) > 500:
            raise ActionError("TOO_LONG", "at most 500 characters", ["note"])
        shop, actor = info.context.shop, info.context.staff
        return await saved(info, lambda: save_policy(shop, document, actor=actor, note=note))

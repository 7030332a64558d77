"""`policyApplyPreset`: save a seed store's policy as the next version."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from plugin.actions.policy import apply_preset
from plugin.api.admin.policy import PolicyPreset, PolicyUpdatePayload, saved
from plugin.api.errors import refusals


@strawberry.type
class PolicyApplyPresetMutation:
    @strawberry.mutation(description="Save a seed store's policy as the next version (amounts read in the shop's currency).")
    @refusals()
    async def policy_apply_preset(self, info: Info, preset: PolicyPreset) -> PolicyUpdatePayload:
        shop, actor = info.context.shop, info.context.staff
        return await saved(info, lambda: apply_preset(shop, preset.value, actor=actor))

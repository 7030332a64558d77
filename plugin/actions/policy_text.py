"""Drafting settings from the merchant's written policy, off the event loop.

The drafter is pure and takes a few hundred milliseconds of CPU on a long page: run on its own lane
(plugin.process.work), one draft at a time per shop, where it cannot hold other requests or other
shops' work up. Nothing is written; the merchant saves the draft as any other edit.
"""

from __future__ import annotations

from plugin.policy.drafting import Draft, draft_policy
from plugin.process import work


async def draft_from_text(text: str, *, shop_key: int | None = None) -> Draft:
    return await work.DRAFTS.run(shop_key, draft_policy, text)

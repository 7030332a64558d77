"""Drafting settings from the merchant's written policy, off the event loop.

The drafter is pure CPU: a few tens of milliseconds for a usual page, about a second for the
100,000 characters the API allows (several under load). It runs on its own lane (plugin.process.work),
one draft at a time per shop, so a long page neither holds the event loop nor takes the threads other
kinds of work wait for. Nothing is written; the merchant saves the draft as any other edit.
"""

from __future__ import annotations

from plugin.policy.drafting import Draft, draft_policy
from plugin.process import work


async def draft_from_text(text: str, *, shop_key: int | None = None) -> Draft:
    return await work.DRAFTS.run(shop_key, draft_policy, text)

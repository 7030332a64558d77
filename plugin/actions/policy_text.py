"""Drafting settings from the merchant's written policy, off the event loop.

The drafter is pure and takes a few hundred milliseconds of CPU on a long page: run where it cannot
hold other requests up. Nothing is written; the merchant saves the draft as any other edit.
"""

from __future__ import annotations

import asyncio

from plugin.policy.drafting import Draft, draft_policy


async def draft_from_text(text: str) -> Draft:
    return await asyncio.to_thread(draft_policy, text)

"""Drafting settings from the merchant's written policy, off the event loop.

The drafter is pure CPU: a few tens of milliseconds for a usual page, about a second for the
100,000 characters the API allows (several under load). It runs in a lane of its own (one thread,
one draft per shop at a time), so a long page neither holds the event loop nor takes the threads
other kinds of work wait for. Nothing is written; the merchant saves the draft as any other edit.
"""

from __future__ import annotations

from collections.abc import Hashable

from plugin.policy.drafting import Draft, draft_policy
from plugin.process.work import Lane

DRAFTS = Lane("draft", threads=1, per_shop=1)


async def draft_from_text(shop: Hashable, text: str) -> Draft:
    return await DRAFTS.run(shop, draft_policy, text)

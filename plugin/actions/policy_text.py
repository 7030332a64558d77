"""Drafting settings from the merchant's written policy, off the event loop.

The drafter is pure and takes a few hundred milliseconds of CPU on a long page: run where it cannot
hold other requests up. Nothing is written; the merchant saves the draft as any other edit.
"""

from __future__ import annotations

import asyncio

from plugin.actions.errors import ActionError
from plugin.policy.drafting import Draft, TextTooLong, draft_policy


async def draft_from_text(text: str) -> Draft:
    """The drafter's answer; BLANK for a text with nothing in it, TOO_LONG past the drafter's limit."""
    if not text.strip():
        raise ActionError("BLANK", "paste your policy text", ["text"])
    try:
        return await asyncio.to_thread(draft_policy, text)
    except TextTooLong as exc:
        raise ActionError("TOO_LONG", str(exc), ["text"]) from None

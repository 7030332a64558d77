"""Drafting settings from the merchant's written policy, off the event loop.

The drafter is pure CPU: a few tens of milliseconds for a usual page, about a second for the
100,000 characters the API allows (several under load). It runs on its own lane (plugin.process.work),
one draft at a time per shop, so a long page neither holds the event loop nor takes the threads other
kinds of work wait for. Nothing is written; the merchant saves the draft as any other edit.
"""

from __future__ import annotations

from plugin.actions.errors import ActionError
from plugin.policy.drafting import Draft, TextTooLong, draft_policy
from plugin.process import work


async def draft_from_text(text: str, *, shop_key: int | None = None) -> Draft:
    """The drafter's answer; BLANK for a text with nothing in it, TOO_LONG past the drafter's limit."""
    if not text.strip():
        raise ActionError("BLANK", "paste your policy text", ["text"])
    try:
        return await work.DRAFTS.run(shop_key, draft_policy, text)
    except TextTooLong as exc:
        raise ActionError("TOO_LONG", str(exc), ["text"]) from None

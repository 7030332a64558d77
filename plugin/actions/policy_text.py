"""Drafting settings from the merchant's written policy, off the event loop.

The drafter is pure CPU: a few tens of milliseconds for a usual page, about a second for the
100,000 characters the API allows (several under load). It runs on its own lane (plugin.process.work),
one draft at a time per shop, so a long page neither holds the event loop nor takes the threads other
kinds of work wait for. Nothing is written; the merchant saves the draft as any other edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from plugin.actions.errors import ActionError
from plugin.policy.drafting import Draft, TextTooLong, UnknownSuggestion, draft_policy
from plugin.process import work

# each suggestion taken reads the page's open sentences again: a bound on what one request may ask of the lane
MAX_ACCEPTED = 100


async def draft_from_text(text: str, accept: Sequence[str] = (), *, shop_key: int | None = None) -> Draft:
    """The drafter's answer, with the suggestions `accept` names taken; BLANK for a text with nothing in it, TOO_LONG past
    the drafter's limit, NOT_FOUND for a suggestion the draft does not offer."""
    if not text.strip():
        raise ActionError("BLANK", "paste your policy text", ["text"])
    if len(accept) > MAX_ACCEPTED:
        raise ActionError("TOO_LONG", f"at most {MAX_ACCEPTED} suggestions can be taken at once", ["accept"])
    try:
        return await work.DRAFTS.run(shop_key, draft_policy, text, None, tuple(accept))
    except TextTooLong as exc:
        raise ActionError("TOO_LONG", str(exc), ["text"]) from None
    except UnknownSuggestion as exc:
        raise ActionError("NOT_FOUND", f"{exc}: draft the text again and choose among the suggestions it offers", ["accept"]) from None

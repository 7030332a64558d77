"""Draft policy settings from the merchant's own written policy (pure: text in, draft out).

    draft = draft_policy(text)
    draft.document   # a policy settings document (JSON), over the defaults
    draft.placed     # each setting the text states, with the sentence (and offsets) it came from
    draft.unplaced   # sentences about returns, refunds, exchanges or cancellation no setting holds,
                     # each with what it may state (`suggestions`), for the merchant to take:
                     # draft_policy(text, chosen=[suggestion.id, ...]) places those taken
    draft.defaults   # settings the text is silent on, with the default that stands in
    draft.as_json()  # the four as one JSON object

Rules over sentences first; below them, a learned reader (`learned`) reads a rule the rules miss
because it is said in other words, only when confident, and says how sure it is (`Placed.confidence`).
Nothing is downloaded or learned at run time: the same text always gives the same draft, and every
setting it sets can be traced to words the merchant wrote.
"""

from plugin.policy.drafting.draft import DRAFTED, Defaulted, Draft, Placed, Sentence, TextTooLong, Unplaced, draft_policy
from plugin.policy.drafting.guesses import Suggestion, UnknownSuggestion

__all__ = ["DRAFTED", "Defaulted", "Draft", "Placed", "Sentence", "Suggestion", "TextTooLong", "UnknownSuggestion", "Unplaced", "draft_policy"]

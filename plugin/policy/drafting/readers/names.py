"""Whether the merchant's words for a group of goods refused name goods at all: an exclusion is labelled
with them, so they must be a noun phrase for products, not function words, a clause, a description by what
something does, a transaction, the customer's reason or the parcel the goods travel in.
"""

from __future__ import annotations

import re

from plugin.policy.drafting.readers.common import _any

_FUNCTION_WORD = (r"(?:the|an?|this|that|these|those|it|its|they|them|their|we|us|our|you|your|and|or|nor|but|so|to|of|in|"
                  r"on|at|by|for|with|from|like|as|such|same|similar|more|less|rest|others?|ones?|else)")
# "the" of "... and the like", "you", "them": no noun at all
_FUNCTION_WORDS_ONLY = rf"^{_FUNCTION_WORD}(?:\s+{_FUNCTION_WORD})*$"
# a contraction makes a clause ("we'll find a fix", "they're final", "won't"): goods are not said with one
_CONTRACTION = r"[a-z][’'](?:ll|re|ve|d|m)\b|n[’']t\b"
# "anything ending a line", "everything needing a repair": what goods do, a description no product is tagged with
# ("anything seasonal", "anything custom" name a kind)
# ("anything containing lithium batteries", "anything including a battery" name goods by what they hold)
_DESCRIBED_BY_A_DEED = r"^(?:anything|everything|something|whatever)\s+(?!(?:containing|including|bearing|featuring)\b)[a-z]{2,}ing\b"
# a transaction or the customer's reason ("a trade-in is final", "we don't refund a change of mind"), or the
# parcel goods travel in, named alone ("refuses a package"; "gift packages", "care packages" are goods), not goods
# (checked on the words as written: "trade-in" is hyphenated)
_NOT_GOODS = r"\btrade[- ]?ins?\b|\blayaways?\b|\bchange of (?:mind|heart)\b|\bremorse\b|^(?:parcels?|packages?|shipments?)$"
# the words in front of a group that say how much of it, not what ("our", "any", "all"): `plain` strips them
DETERMINER = r"(?:our|the|any|all|every|each|an?)"


def names_no_goods(words: str) -> bool:
    """Whether a group's words, as written (determiners in front allowed), name no goods."""
    plain = re.sub(r"^(?:" + DETERMINER + r"\s+)+", "", words.strip().lower())
    return any(_any(pattern, plain) for pattern in (_FUNCTION_WORDS_ONLY, _CONTRACTION, _DESCRIBED_BY_A_DEED, _NOT_GOODS))

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
_NOT_GOODS = (r"\btrade[- ]?ins?\b|\blayaways?\b|\bchange of (?:mind|heart)\b|\bremorse\b|^(?:parcels?|packages?|shipments?)$|"
              r"\b(?:package|parcel|shipping|shipment|order|purchase) protection\b")  # a service bought with the order, no goods
# a code that lowers a price ("gift cards and promo codes", "discount codes"): no goods (an activation code comes with software)
_PRICE_CODE = r"\b(?:promo(?:tion(?:al)?)?|discount|coupon|voucher|referral) codes?$"
# a parcel sent cash on delivery ("COD's are not accepted", "C.O.D. returns"): how a return is paid for, not goods
_CASH_ON_DELIVERY = r"^(?:c\.?o\.?d\.?|cod)(?:['’]?s)?(?: (?:returns?|shipments?|parcels?|packages?|deliver(?:y|ies)))?$|\bcash on delivery\b|\bfreight collect\b"
# a quality of goods the customer may dislike ("style", "colour", "size and fit"), named bare: no goods
_QUALITY = r"(?:styles?|colou?rs?|sizes?|sizing|fit|taste|looks?|feel|comfort)"
# Goods the customer asked for or supplied, named after them ("client commissions", "customer designed prints"; not
# "Customers designed ...": a person does it)
MADE_FOR_THE_CUSTOMER = (r"(?<!s)(?: (?:designed|made|created|supplied|provided|requested|specified|commissioned|chosen|selected"
                         r"|personali[sz]ed|customi[sz]ed|engraved|built)\b| commissions?\b)")
# the customer's reason or a quality of the goods, not goods ("no refunds for style, color, or personal preference
# concerns", "- The customer choosing the wrong size", "- Finding the item cheaper elsewhere", "slight colour variations
# between screens", "a wrong fit or size"), and a claim or complaint ("except for a warranty claim")
# (a magazine's issues are goods: "back issues", "comic book issues")
_A_REASON = (r"\b(?:concerns?|reasons?|(?<!\bback )(?<!\bbook )(?<!\bmagazine )(?<!\bcomic )(?<!\bjournal )(?<!\bspecial )(?<!\bsingle )"
             r"(?<!\bpast )(?<!\bprevious )(?<!\bold )(?<!\bfirst )(?<!\bcollector's )(?<!\bcollectors )(?<!\bprint )issues?|"
             r"problems?|preferences?|dislikes?|mistakes?|dissatisfaction|claims?|complaints?|variations?|differences?)$|"
             r"\b(?:variations?|differences?) (?:between|in|from|across)\b|^wrong (?:fit|size|colou?r|style)\b|"
             rf"^{_QUALITY}(?:\s*(?:,|/|\bor\b|\band\b)\s*{_QUALITY})*$|"
             r"^(?:customers?|buyers?|shoppers?|clients?|purchasers?|recipients?)\b(?![-'’]|" + MADE_FOR_THE_CUSTOMER + r")|"  # (not "customer-designed prints")
             r"^[a-z]{3,}ing (?:the|an?|your|our|it|them|something|anything|another|how|what|why|whether)\b|^(?:dislikes?|disliking|distaste) (?:of|for)\b")
# goods named only as sound or unwanted ("undamaged goods", "non-defective items"): every item the shop takes back, no
# group of them
_SOUND_GOODS = r"^(?:undamaged|non-?defective|non-?faulty|unwanted|unneeded|working|functional)\s+(?:items?|products?|goods|merchandise|pieces?|stock)$"
# the words in front of a group that say how much of it, not what ("our", "any", "all"): `plain` strips them
DETERMINER = r"(?:our|the|any|all|every|each|an?)"
# a sale of goods ("Every sale of undamaged goods is final", "All sales of custom rugs are final"), a transaction: the
# goods sold are the group, if any
A_SALE_OF = r"^(?:sales?|purchases?) of\s+(?:" + DETERMINER + r"\s+)*"


# What befalls goods, not goods: a state or a cause ("taken out of its packaging", "connected to the mains", "stored in the
# wrong conditions", "foreign objects getting in", "products whose seals are broken", "toys pass through children's hands"),
# or a quality named bare ("Time", "Moisture", "Hygiene", "Design", "timber quality")
_WHAT_BEFALLS = (r"^(?:[a-z]+ )?(?:taken|connected|stored|kept|left|exposed|plugged|removed|opened|installed) (?:out of|to|in|into|on|under|with|without|from)\b|"
                 r"\bwhose\b|\b[a-z]{3,}ing (?:in|into|out|on|through|wet)$|\b(?:pass|passes|passed) through\b|"
                 r"^(?:time|moisture|humidity|hygiene|health|safety|design|new|wear|use|usage|heat|water|sunlight|light)$|\bquality$")

# the grounds of a refusal, not goods ("Under health and safety rules, every supplement is final sale", "for safety rules
# and loss of value we cannot take back ..."), a clause's subject ("... value we"), a heading's question word ("What
# cannot be returned")
_GROUNDS = (r"^(?:under|for|due to|because of|owing to|per|according to)\b|\b(?:rules?|regulations?|laws?|legislation|guidelines)$|"
            r"\b(?:we|i|you|they)$|^(?:what|which|who)$|"
            # a word that joins or weighs ("whether as pdf", "depending on the usage", "instead"), a need ("dietary needs"),
            # or the way an order was paid ("purchases paid by bank card", "credit card"): no goods
            r"^(?:whether|depending|instead|regardless)\b|\bneeds$|\bpaid (?:by|with|in)\b|^(?:credit|debit|bank) cards?$")


# a clause, not goods: a person doing something ("you changed your mind", "a professional repaired the car", "items we find
# unsellable"), something said of a thing ("the measurements were wrong", "the picture was misunderstood"), or the words that
# lead into a reason ("whatever happens", "given what the product is")
_A_CLAUSE = (r"^(?:you|i|we|they|he|she)\b|\b(?:we|you|i) (?:find|deem|judge|consider)\b|\b(?:changed|repaired|fixed) (?:the|your|my|our|it)\b|"
             r"\b(?:was|were) (?:\w+ )?(?:wrong|misunderstood|mistaken|incorrect)\b|^(?:whatever|given)\b")


def names_no_goods(words: str) -> bool:
    """Whether a group's words, as written (determiners in front allowed), name no goods."""
    plain = re.sub(r"^(?:" + DETERMINER + r"\s+)+", "", words.strip(" .;:!?*").lower())  # ("... except for a warranty claim.")
    plain = re.sub(A_SALE_OF, "", plain)
    return any(_any(pattern, plain) for pattern in (_FUNCTION_WORDS_ONLY, _CONTRACTION, _DESCRIBED_BY_A_DEED, _NOT_GOODS,
                                                            _CASH_ON_DELIVERY, _PRICE_CODE, _A_REASON, _SOUND_GOODS, _WHAT_BEFALLS, _GROUNDS, _A_CLAUSE))

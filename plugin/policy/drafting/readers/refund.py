"""How the refund is paid (the original payment, store credit) and whether the order's own shipping
is refunded with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.quantities import durations
from plugin.policy.drafting.readers.common import _CANCEL, _FAULT, _GIFT_RETURN, _IS_YOURS, _NEGATED, _REFUSED_KINDS, _WARRANTY_CLAIM, Fact, _any, _unheld
from plugin.policy.drafting.readers.exclusions import _EXCLUDED_HEADING, _listed_under_exclusions, categories_in
from plugin.policy.drafting.readers.fault import _fault_section, _sentence_before, about_fault
from plugin.policy.drafting.readers.resolutions import _refused
from plugin.policy.drafting.readers.scope import _CASE_OF_ITEM, IN_THAT_CASE, scoped, _without_opening_adverb
from plugin.policy.drafting.readers.shipping import RETURN_POSTAGE, _past_a_no_fault_lead


def _not_a_refund_way(clause: Clause, text: str) -> list[Fact] | None:
    """What a sentence naming refunds says instead of how every refund is paid; None when it may say that."""
    if _any(r"\bnot eligible for (?:a |any )?(?:refund|store credit|credit)", text) or _only_conditions_for(text):
        return []  # "not eligible for refund, replacement, or store credit": what such returns do not get
    if _fault_section(clause) and _any(r"\breplace(?:ment)?s?\b", text) and _any(r"\b(?:or|and)\b", text):
        # "Defective or Damaged Products: ... we will offer a replacement, store credit, or refund": the remedies
        # for the shop's faults (the fault readers'), not how every refund is paid
        return [Fact("resolutions.store_credit", "MERCHANT_AT_FAULT")] if _any(r"store credit", text) else []
    # (an item offering it: not "- Store credit is not available for faulty goods")
    if _fault_section(clause) and clause.listed and _any(r"\breplace(?:ment)?s?\b", clause.listing) and _any(r"^\W*store credit\b", clause.body) \
            and not _any(r"\b(?:not|never|no)\b|n't\b|\bunavailable\b|\bexcluded\b", clause.body):
        # "Defective Items: ... pick one of these remedies: - A replacement - Store credit - A refund": credit one item of a
        # fault's remedies listed one a line, as in the sentence above (the refund's own item still says how it is paid)
        return [Fact("resolutions.store_credit", "MERCHANT_AT_FAULT")]
    return None


# "Once that hour has passed we issue no refunds, though we may give store credit", "once the 30 days are over": the terms
# after the time for a refund has run out, a later tier's
_TIME_PASSED = (r"^\W*(?:once|after|when) (?:that|the|this|your|our) (?:\d+[- ])?(?:hours?|days?|weeks?|months?|period|window|time)"
                r"(?: (?:window|period))? (?:has |have |is |are )?(?:passed|gone by|expired|over|elapsed|ended|run out)\b")
# "these conditions must be met for a refund or a store credit", "To qualify for a refund or store credit, ...": what a
# return must meet to get either, no way the refund is paid
_CONDITIONS_FOR = (r"\b(?:conditions?|requirements?|criteria|rules)\b[^.;]{0,40}\b(?:met|apply|fulfilled|satisfied)\b[^.;]{0,10}\bfor\b|"
                   r"\bto (?:qualify|be eligible) for (?:a |an )?(?:full )?refund\b")


def _only_conditions_for(text: str) -> bool:
    """The conditions for a refund or credit with nothing beside them; not "To qualify for a refund, return it unused; the
    refund then goes to your original payment method", whose other part names the way."""
    parts = [part for part in re.split(r"[;:]", text) if part.strip(" .")]
    return _any(_CONDITIONS_FOR, text) and all(_any(_CONDITIONS_FOR, part) for part in parts)


# "Late returns receive store credit only", "Returns that arrive late are refunded as a voucher", "returns past the
# deadline": the refunds of late returns, not of every return
_LATE_RETURNS = r"\blate returns?\b|\breturns? (?:that |which )?(?:arriv\w+ |are |is |come |sent |received )?(?:late|past (?:the|our) (?:deadline|window|period))\b"


# "so we give no refund when pieces do not fit; instead you get store credit, less the first delivery fee", "if the box
# is not sealed": a case of the goods that is not so, which the money terms after it are for (not every return)
# (not "the charges you paid when ordering are not refunded": the sentence's own verb after a time said in a participle)
# (nor "non-refundable, even if the item does not fit": a case that changes nothing)
_GOODS_NOT_SO = (r"\b(?<!even )(?:when|if|where|whenever) (?!(?:you|we|i)\b)(?!\w+ing\b)(?:[\w-]+ ){1,3}?"
                 r"(?:(?:do|does|did)(?: not|n't)|don't|doesn't|didn't|(?:is|are|was|were)(?: not|n't)|isn't|aren't)\b"
                 r"(?! (?:be )?(?:refunded|reimbursed|returned|credited|paid|given|kept)\b)")
# "If the size you want is sold out, you can choose a refund or store credit instead": an exchange's fallback, a case
_EXCHANGE_FALLBACK = r"\b(?:out of stock|sold out|no longer (?:available|in stock))\b"
# "we give no refund or return": the ways refused, not offered as a choice
_NO_WAY = r"\bno " + _REFUSED_KINDS + r"\b"


def refund_method(clause: Clause, text: str) -> Iterator[Fact]:
    refunds_section = "refund" in clause.heading.lower()
    if not (refunds_section or _any(r"refund|store credit|\bcredited\b|\bcredit to your\b|repay|reimburse|in-store credit|same means of payment|"
                                    r"gift (?:certificate|card)s? (?:will be|is|are) (?:issued|given|sent)|" + _MONEY_BACK + "|" + _CREDIT_ONLY + "|" + _CREDIT_AMONG_OUTCOMES, text)) \
            or (_any(_CANCEL, text) and not _any(r"store credit instead of (?:a |your )?refund", text)):
        return
    # ("From 30 to 60 days after the purchase, they can be exchanged for credit": a later tier's terms)
    if _any(r"\bafter (?:\d+ days|the return (?:window|period))|outside (?:of )?the return|\b(?:from \d+ to|between \d+ and) \d+ days after (?:the |your )?(?:original )?(?:purchase|delivery|order|receipt)\b|"
            + _LATE_RETURNS + "|" + _TIME_PASSED, text) \
            or (_any(r"store credit", text) and len(durations(text)) > 1):  # "within 30 days for a refund or 60 days for store credit"
        yield _unheld("terms for returns after the window: no setting holds them")
        return
    if _any(_WARRANTY_CLAIM, text):  # a claim under the warranty or guarantee is settled by its own terms
        yield _unheld("how a warranty claim is settled: no setting holds it")  # "For warranty claims, we refund the card"
        return
    yield from _credit_among_outcomes(clause, text)
    skipped = _not_a_refund_way(clause, text)
    if skipped is not None:
        yield from skipped
        return
    # "... or as store credit if you prefer": a preference closing the sentence is the customer's choice, no case
    text = re.sub(r"\bif you (?:prefer|wish|like|would (?:like|prefer)|would rather(?: have)?|want|choose)(?: (?:it|that|so))?\s*(?=[.;,)]|$)", " ", text)
    # "If you wish to return a rug, ... we will refund ... to the original form of payment": the wish is the return itself
    # "we can only put the money back on your card if you show proof of purchase": the refund's condition, not its way
    if _any(r"\bif you (?:would like|want|wish|prefer|choose|opt for)\b(?! to (?:return|send|make a return|ship))|\bonly\b[^.;]*\b(?:if|provided|as long as)\b|\bwithout (?:a |an |the |your |original )?(?:receipt|proof of purchase|invoice)|"
            r"\bif you (?:do not|don't) have (?:a |an |the |your )?(?:receipt|proof)|\bwhether\b|" + _AT_THE_SHOPS_CHOICE + "|"
            # "If the item you want is out of stock, you can choose a refund or store credit instead": an exchange's fallback
            + _EXCHANGE_FALLBACK + "|" + _GOODS_NOT_SO, text):
        if list(_refund_methods(text)):
            yield _unheld("how the refund is paid in some cases, or at the shop's choice: no setting holds that")
        return
    facts = list(_refund_methods(re.sub(r"\b(?:if|when|where|unless) (?:the |your )?(?:original )?payment (?:was|is|were) (?:made|paid)\b[^.;]*", " ", text)))
    if facts and _any(r"\b(?:usually|typically|generally|normally)\b[^.]*\bbut\b|other (?:payment )?methods? (?:can|may) be", text):
        yield _unheld("a usual refund way with others possible: no setting holds that")  # "usually ..., but other methods can be negotiated"
        return
    some = _for_some_returns(clause, text) if facts else None
    if some:
        yield _unheld(some)
        return
    yield from facts
    if facts and _any(r"\bexcept (?:for|when|where|if)\b|\bunless\b", text):
        yield _unheld("refunds another way in the cases it names: no setting holds that")


# "a refund or store credit, depending on what happened", "at our discretion": the shop picks per case, no standing offer
# ("we will choose to offer you one of these: ...": the shop choosing, not the customer)
# (the choice among outcomes, not "We will choose the best courier; refunds go to the original payment method")
_AT_THE_SHOPS_CHOICE = (r"\bdepending on\b|\bdiscretion\b|\bcase by case\b|\bwe (?:will |may |can |'ll |shall )?(?:choose|decide|pick|select)\b"
                        r"[^.;]{0,20}\b(?:offer|refund|credit|exchange|replace|repair|whether|which|between|among|one of|options?|outcomes?|remed\w+|resolutions?)\b")


def _credit_among_outcomes(clause: Clause, text: str) -> Iterator[Fact]:
    """Store credit offered as one outcome of a return, with a refund or an exchange: for every return, or for the
    shop's faults when the sentence is about one (not refused, nor for some goods only)."""
    found = re.search(_CREDIT_AMONG_OUTCOMES, text)
    if found is None or _refused(text, found) or _for_some_returns(clause, text) or _any(_AT_THE_SHOPS_CHOICE + "|" + _EXCHANGE_FALLBACK + "|" + _GIFT_RETURN, text):
        return
    # "If nothing is wrong with it, you get an exchange or a credit note": a fault denied is no fault's remedy
    at_fault = (_any(_FAULT, text) or _fault_section(clause)) and about_fault(clause, text)
    yield Fact("resolutions.store_credit", "MERCHANT_AT_FAULT" if at_fault else "ALWAYS", weak=True)


# "Items that arrive after the 30 days have passed are refunded in store credit", "When items come back more than thirty
# days after the date of purchase": the returns late past the window, paid their own way
_LATE_RETURN = (r"\b(?:arriv\w*|c[oa]mes? back|returned|received|sent back|reach(?:es)? us)\b[^.;]{0,20}\b(?:after|more than|past|beyond|over)\b"
                r"(?: the)? \d+ days\b")


def _for_some_returns(clause: Clause, text: str) -> str | None:
    """Why a refund way a sentence gives is for some returns only; None when it is for every return."""
    if _any(_PAID_ONE_WAY, clause.heading.lower()):
        # "Debit Card Refunds: - the full amount is refunded to the card you paid with": the refunds of the orders paid one way
        return "how the refunds of orders paid one way are paid: no setting holds it"
    body = re.sub(_REFUND_STEP_LEAD, "", _without_opening_adverb(clause.body), count=1)
    if scoped(clause, text) or categories_in(clause.body) or _any(_CASE_OF_ITEM, body) or _any(_LATE_RETURN, text):
        # "No cash refunds on custom items", "If the product was bought on promotion, refunds are store credit"
        return "how some returns are refunded: no setting holds it"
    return None


# "When the refund has been processed, the money goes back to your card", "Once your refund is issued, ...": a step of
# every refund before the way it is paid, no case of some goods (the return's own steps may part cases: "once your
# return is inspected" comes before approval or refusal)
_REFUND_STEP_LEAD = r"^\W*(?:when|once|after) (?:the |your )?refunds? (?:has|have|is|are) (?:been )?\w+ed\b,?\s*"


# a heading naming one way of paying: "Credit Card Refunds", "Debit card purchases", "Cash payments"
_PAID_ONE_WAY = (r"^\W*(?:(?:credit|debit)(?: (?:or|and|/|&) (?:credit|debit))? cards?|cash|cheques?|checks?|bank transfers?|paypal)\s+"
                 r"(?:refunds?|purchases?|payments?|orders?|returns?)\W*$")


# "We only offer store credit", "refunds are given as a credit note", "returns are refunded in the form
# of a voucher": the refund is a credit with the shop, in the words shops use for one
_SHOP_CREDIT = r"(?:store|shop|in-store|account|(?:store |shop )?merchandise) credit|credit notes?|(?:gift |store |shop )?vouchers?|gift (?:cards?|certificates?)"
_CREDIT_ONLY = (r"\bonly (?:offer|give|issue|provide)s? (?:an? )?(?:" + _SHOP_CREDIT + r")|"
                r"\b(?:offer|give|issue|provide)s? (?:an? )?(?:" + _SHOP_CREDIT + r") only\b|"
                r"\b(?:refunds?|returns?) (?:are|is|will be) (?:\w+ )?(?:issued|given|made|paid|provided|refunded) (?:only )?(?:in the form of|as) (?:an? )?(?:" + _SHOP_CREDIT + r")|"
                # "refunded in store credit, never in cash", "exchanged for store credit", "credited to your store account",
                # "credit to spend in our store": the value stays with the shop
                r"\b(?:refunded|repaid|reimbursed) (?:only )?in (?:" + _SHOP_CREDIT + r")|\b(?:exchanged|swapped|traded) for (?:an? )?(?:" + _SHOP_CREDIT + r")|"
                r"\bcredited to (?:your |an? )?(?:store|shop) account|\bcredit (?:to spend|to use|for use) (?:in|at|on|with) (?:our|the) (?:store|shop|site|website)|"
                # "We give no refunds in money. Instead, you get store credit": the credit in place of the money refused before
                r"^\W*instead,? (?:you(?:'ll| will)? (?:get|receive|be given|be issued)|we(?:'ll| will)? (?:give|issue|offer|send)(?: you)?) (?:an? )?(?:" + _SHOP_CREDIT + r")")


# The shop's credit named among what a return gets the customer, beside a refund or an exchange: "we'll give you a refund,
# a credit, or an exchange", "you may ask for store credit or an exchange", "an exchange or a credit note", "Exchanges or
# store credit carry no fee" (a bare "a credit" only between the other outcomes; a list, not a name: "Denim Exchange store
# credit")
_OUTCOME = r"(?:(?:full )?refund|exchange|swap|money back)s?"
_CREDIT_AMONG_OUTCOMES = (r"\b" + _OUTCOME + r"(?:,|,? or|,? and) (?:an? |your |some )?(?:" + _SHOP_CREDIT + r"|credit\b(?=,? or\b))|"
                          r"(?:" + _SHOP_CREDIT + r")(?: [\w-]+){0,6},? (?:or|and) (?:an? |your )?" + _OUTCOME + r"\b|"
                          # "items can be sent back for store credit", "we take them back against a voucher": the credit as what
                          # a return is made for (the return's own verb, not "paid for with a gift card")
                          r"\b(?:returned|sent back|taken back|brought back|(?:return|send|take|bring)(?: (?:your |the |an? |any )?[\w-]+){0,2} back|return (?:it|them|\w+))"
                          r" (?:for|against|in exchange for) (?:an? )?(?:" + _SHOP_CREDIT + r")")


# "the money goes back to the card you paid with", "we pay you back": the
# refund told as money travelling back, without the word refund
# ("you will get back the full amount you paid": the sum itself coming back)
_MONEY_BACK = (r"\b(?:your |the )?money (?:\w+ ){0,3}?(?:back|returned)\b|\b(?:paid|pay|pays) (?:you )?back\b|\bwe (?:will |'ll )?credit\b|"
               r"\b(?:get|gets|receive|receives) back (?:the |all |what )?(?:full |whole |entire )?(?:amount|sum|price|you paid)\b")
# "to the card or account you paid with", "onto whatever you used to pay", "back the way the order was paid", "through the card you paid with",
# "we credit the payment method you used": the way the customer paid, named by the paying
_WAY_YOU_PAID = (
    r"\b(?:to|onto|into|on|in|through|via|back|credit|refund|returned|refunded)\s+(?:the\s+|your\s+)?(?:same\s+)?"
    r"(?:(?:credit |debit )?card|account|payment method|method|whatever|way|form(?: of payment)?|means|source)\b"
    r"(?:\s+or\s+(?:other\s+|\w+\s+)?(?:payment method|method|account|card|means|payment))?"
    r"\s+(?:that\s+)?(?:you\s+(?:originally\s+|first\s+|initially\s+)?(?:paid|used|pay|bought)\b|(?:originally\s+|first\s+)?used (?:for|at|to pay|when)\b|"
    r"(?:the|your) (?:order|purchase) was (?:paid|made|placed)\b|it was paid\b|paid for (?:the|your) order\b)|"
    # "to the card on file", "issued the same way you paid": the way the customer paid, kept by the shop or named as a way
    r"\b(?:to|onto|on|back to)\s+(?:the\s+|your\s+)?(?:credit\s+|debit\s+)?(?:card|payment method)(?:\s+or\s+(?:other\s+)?(?:card|payment method))?\s+on\s+file\b|"
    r"\b(?:the\s+)?same\s+way\s+(?:that\s+)?you\s+(?:originally\s+|first\s+)?paid\b|"
    # "matching the way you paid", "the money back in the form it was paid", "in the same form in which you paid": the payment's
    # own way, named by its paying
    r"\b(?:in|matching|following|by) the (?:same )?(?:way|form|method|means) (?:that |in which |by which )?(?:you|it|the (?:order|purchase|payment)) (?:was )?(?:originally )?(?:paid|made)\b"
)


_ORIGINAL_WAY = (
    r"(?:original|initial) (?:payment|form of payment|method of payment|means of payment)|original (?:credit |debit )?card|form of original payment|credit card used|"
    r"card used (?:for|to make) (?:the |your )?(?:purchase|payment|order)|same (?:means|method|form) of payment|payment card account|"
    r"payment method (?:you )?used|same method (?:that )?you used to pay|(?:refund|credit)\w*\b[^.;]{0,60}\bto your (?:credit |debit )?card\b|"
    r"\b(?:we will|we'll|we) (?:refund|credit) (?:back )?your (?:credit |debit )?card\b|" + _WAY_YOU_PAID  # "we will refund your credit card"
)
# "back to the card you paid with, or as store credit" ("or in store credit"), "as credit on your account with us, or to the way you paid":
# both ways named as alternatives, the customer's to pick
# ("... through the payment method used or, if you prefer, be given as store credit": the credit in a verb of its own)
_CREDIT_OR_CARD = (r"\bor (?:as |to |in |you (?:can |may )?)?(?:take |receive |get |choose |pick )?(?:an? )?(?:" + _SHOP_CREDIT + r")|(?:" + _SHOP_CREDIT + r"|credit on your account with us)\b[^.;]{0,20}?\bor\b|"
                   r"\bor\b[\s,]*(?:(?:be|is|are|can be|may be) )?(?:given|issued|paid|made|refunded|credited) (?:as|in|into|to) (?:an? )?(?:" + _SHOP_CREDIT + r")")


# "We don't give money back: a return earns store credit": no money, the shop's credit instead
# ("We do not refund in cash", "We give no refunds", "an exchange or a credit note, not a refund": the money refused)
_NO_MONEY_BACK = (r"\b(?:do not|don't|never|will not|won't)\s+(?:give|offer|pay|hand)\s+(?:any\s+)?(?:cash|money)\s+back\b|\bno (?:cash|money) back\b|"
                  r"\b(?:do not|don't|never|will not|won't|cannot|can't)\s+(?:give |offer |issue |make )?(?:any |cash )?refunds?(?: in cash)?\b"
                  r"(?! (?:the |any |your )?(?:original |outbound )?(?:shipping|postage|delivery|fees?|charges?|costs?|duties)\b)|"  # a charge kept, not the money
                  r"\b(?:give|offer|issue|make) no (?:cash )?refunds\b|,? not (?:a|any) (?:cash )?refund\b")
# "pick a full refund, credit in our shop, or an exchange": the shop's credit named by where it is spent, among the ways
# the customer picks from (not a fault's remedies: "when it reaches you damaged, ... a new one, credit in our store")
_CREDIT_IN_SHOP = r"store credit|\bcredit (?:in|at|with|to spend in) (?:our|the) (?:store|shop)\b"


# "we do not give refunds to the original payment method", "we never refund your card": the original way refused, which
# says no way the refund is paid
# (the words between in the refusal's own clause: not "Refunds are never delayed and are sent to your original payment method")
_ORIGINAL_REFUSED = (r"(?:" + _NEGATED + r"|\bnever\b)\s+(?:(?!(?:and|but|or|then)\b)[\w-]+\s+){0,3}?(?:refund(?:s|ed)?|credit(?:ed)?|pa(?:y|id)|repa(?:y|id)|issued|sent|given)\b[^.;]{0,20}?"
                     r"\b(?:to|onto|on|into|back to|your) (?:the |your )?(?:original|same|(?:credit |debit )?card|payment method)\b")


# "No store credit of any kind will be issued", "will not be given store credit or an exchange": the credit refused, no way
# a refund is paid
_NO_CREDIT = r"\b(?:no|not (?:be )?(?:given|issued|offered|eligible for)|never(?: be)?(?: given| issued)?)\s+(?:any\s+)?store credit\b"


def _refund_methods(text: str) -> Iterator[Fact]:
    money_refused = _any(_NO_MONEY_BACK, text)  # read before the refused ways are dropped: "we give no refunds"
    text = re.sub(_NO_WAY + "|" + _NO_CREDIT, " ", text)
    original = _any(_ORIGINAL_WAY, text) and not _any(_ORIGINAL_REFUSED, text)
    if (_any(r"store credit", text) and _any(r"or (?:a )?refund|refund or|choose|choice|option|\bopt\b|\bpick\b|instead of (?:a |your )?refund", text)) \
            or (_any(_CREDIT_IN_SHOP, text) and _any(r"\b(?:choose|pick|opt for)\b", text) and not _any(_FAULT, text)) \
            or (original and _any(_CREDIT_OR_CARD, text)):
        yield Fact("refund.method", "CUSTOMER_CHOICE")
        yield Fact("resolutions.store_credit", "ALWAYS")
    elif _any(r"(?:only|issued|given|in the form of) (?:as |in |for )?store credit|store credit only|no cash refunds(?![^.;]*\bform of payment)|issuance of a store credit|"
              r"(?:an? |in the form of (?:an? )?)gift (?:certificate|card) (?:will be|is) (?:issued|given)|refunded (?:only )?in the form of (?:an? )?gift (?:card|certificate)|"
              r"(?:only )?eligible for (?:a )?store credit|for store credit only|in-store credit will be|store credit will be (?:applied|issued|given)|" + _CREDIT_ONLY, text) \
            or (money_refused and _any(_SHOP_CREDIT, text)):
        yield Fact("refund.method", "STORE_CREDIT")
    elif original:
        yield Fact("refund.method", "ORIGINAL_PAYMENT")


_CHARGES = r"(?:(?:shipping|delivery|postage|freight)(?: (?:and|&|or) (?:handling|labou?r))? (?:fee|charge|cost)s?|shipping (?:and|&) handling)"
# "a full refund less shipping", "less the actual shipping charges", "excluding any shipping": the refund
# without the order's shipping (an adjective between the determiner and the noun changes nothing); "without
# deducting the shipping" is the double negative, the shipping paid back
_LESS_SHIPPING = (r"\b(?:less|minus|excluding|not including|(?<!without )deducting|apart from|everything but|without(?!\s+deduct))\s+(?:any |the |all |your )?(?:(?!return)[\w-]+ ){0,2}?(?:shipping|delivery|postage)\b"
                  r"(?! (?:for|of|on) (?:the |your |a )?return)(?! (?:label|fee for return))")
# "outgoing shipping charges are your responsibility": the order's shipping stays the customer's
_OUTGOING_KEPT = (r"\b(?:outgoing|outbound|original|initial)\s+(?:shipping|delivery|postage)\b[^.;]{0,40}\b(?:your|the customer'?s|the buyer'?s) (?:own )?responsibility")
_NOT_REFUNDED = r"non-?refundable|not (?:be )?(?:refund|reimburs|paid back|given back|handed back)|can't be (?:refunded|reimbursed)|cannot be (?:refunded|reimbursed)|no refunds? (?:of|for)"


# "We are not able to refund original shipping", "we no longer refund shipping", "we don't pay back delivery charges":
# a negation a few words before the verb
_NEGATED_REFUND = _NEGATED + r"\s+(?:[\w-]+\s+){0,3}?(?:refund\w*|reimburse\w*|return\w*|(?:pay|give|hand) back)\s+(?:the |your |any |all )?(?:original |outbound |initial )?(?:shipping|delivery|postage)"


# "what you paid for delivery", "the shipping you paid on the order", "whatever you paid to have the order shipped
# to you", "what we charged to ship the order": the order's own shipping, named by its paying
_PAID_SHIPPING = (
    r"\bwhat(?:ever)? you paid (?:for|on|in) (?:the |your )?(?:original |outbound |initial |express |expedited |next[- ]day |priority )?(?:shipping|delivery|postage)\b|"
    r"\b(?:what(?:ever)? you paid|what we (?:charged|paid)(?: you)?) to (?:have (?:the |your |an? )?(?:online )?(?:order|goods|items?|parcel|package|purchase) )?(?:ship|deliver|send)\w*|"
    r"\bthe cost of (?:delivering|shipping|sending) (?:your|the) order\b|\b(?:the )?(?:cost of the )?first (?:delivery|shipping)\b|"
    r"(?<!return )(?<!returning )\b(?:shipping|delivery|postage)(?: (?:and|&) handling)?(?: (?:costs?|charges?|fees?))? "
    r"(?:(?:that )?you (?:paid|were charged)|we (?:actually )?paid|paid (?:on|for) (?:your|the) (?:original )?order)\b"
)
# "is not given back", "stays with us", "we keep", "is never part of any refund", "the refund leaves out", "we deduct":
# the ways of saying the money is not paid back
_KEPT = (
    r"\bnot (?:be )?(?:refunded|credited back|given back|paid back|returned|reimbursed|something we refund)|\bnever (?:be )?(?:refunded|given back|part of)|"
    r"\bnot (?:be )?part of|\bstays? with us|\b(?:less|minus|excluding)\b|\btak\w+ (?:\w+ ){0,6}?(?:off|out of)\b|\b(?:is|are|will be) kept\b|\bwe (?:will )?(?:keep|retain)\b|\bleaves? out\b|\b(?:subtract|deduct)\w*|"
    + _NEGATED + r" (?:refund|give back|pay back|return|reimburse)\b|" + _IS_YOURS
)
# "we refund the product, but not the shipping": the refund named, the shipping left out of it
# ("We refund only the cost of the goods, not the original shipping fee": the same, after a comma; not "Refunds go to your
# card, not the shipping address" or "..., not shipping insurance": another thing named by the shipping, not its cost)
_BUT_NOT_SHIPPING = (r"\brefund\w*\b[^.;]*(?:\b(?:but|though|although|except)|,) not (?:the |any |your )?(?:original |outbound )?(?:shipping|delivery|postage)\b"
                     r"(?! (?:for|of|on) (?:the |your |a |an )?(?:return|exchange))(?! (?:address|time|account|insurance|method|options?|details|partner|company)\b)")


# "Shipping is not refunded.": the shipping as the sentence's subject is the order's
_SHIPPING_AS_SUBJECT = r"^\W*(?:shipping|delivery|postage)(?: (?:and|&) handling)? (?:is|are) (?:not|never) (?:refunded|refundable|reimbursed|paid back|given back)\b"


def _paid_shipping_kept(text: str) -> bool:
    return (_any(_PAID_SHIPPING, text) and _any(_KEPT, text)) or _any(_BUT_NOT_SHIPPING, text) \
        or _any(r"(?<!return )\b" + _CHARGES + r" (?:are|is|will be) (?:kept|retained|never part of|not part of)\b|(?<!return )\b" + _CHARGES + r" stay with us\b|\bwe (?:will )?(?:keep|retain) (?:the |your |any |all )?(?:original )?" + _CHARGES, text)


def _shipping_kept(text: str) -> bool:
    """Whether the sentence says the order's shipping is not refunded."""
    return _paid_shipping_kept(text) or _any(_NOT_REFUNDED + r"|" + _NEGATED_REFUND + r"|"
                r"(?:do not|don't|will not|won't|never) refund (?:the |your |any )?(?:original )?(?:shipping|delivery|postage)|"
                r"(?:shipping|delivery|postage) (?:charges?|costs?|fees?) (?:will|is|are) not (?:be )?included in (?:the|your|any) refund|"
                r"(?:do not|don't|does not) qualify for (?:an? |any )?(?:\w+\s*/\s*)?refunds?|" + _OUTGOING_KEPT + "|"
                r"(?:less|minus|excluding|excludes|not for|not including|never for|refunds? (?:will |does |do )?not include|refunds? leaves? out) (?:any |the )?(?:original )?(?:outbound |initial )?" + _CHARGES
                + r"(?! (?:for|of) (?:the )?return)", text) or _any(_LESS_SHIPPING + "|" + _NO_SHIPPING_REFUNDED, text)


# "No shipping fees are refunded", "We deduct from the refund the shipping and handling costs we paid on the original order":
# the order's shipping kept, said with "no" or as a deduction
_NO_SHIPPING_REFUNDED = (r"\bno (?:original |outbound )?(?:shipping|delivery|postage)(?: (?:and|&) handling)? (?:costs?|charges?|fees?) (?:is|are|will be|gets?|get) "
                         r"(?:ever )?(?:refunded|reimbursed|paid back)\b|\bdeduct\w* from (?:the|your) refund (?:the |any |all )?(?:original )?(?:shipping|delivery|postage)\b")


# "refunds ..., excluding original or return shipping costs": both postages kept, the order's among them
_ORIGINAL_OR_RETURN = r"\b(?:less|minus|excluding|not including)\s+(?:any |the |all )?original (?:or|and|&|/) return (?:shipping|postage|delivery)"
# "If your package is returned due to incorrect information ...": a parcel the carrier brought back, not a return
_BOUNCED = (r"\b(?:package|parcel|order|shipment)s? (?:is|are|was|were|gets?|has been|have been) returned (?:to us )?(?:due to|because|as a result)|"
            r"\breturned to (?:us|the sender|sender) (?:due to|because)")


def _original_shipping_w5(clause: Clause, text: str) -> Iterator[Fact] | None:
    if _any(_BOUNCED, text) or (_any(_BOUNCED, clause.paragraph_text) and not _any(r"\breturn", text)):  # "... can be refunded minus shipping"
        return iter([_unheld("shipping kept on a parcel the carrier brought back: no setting holds it")])
    excluded = _listed_under_exclusions(clause) or _any(_EXCLUDED_HEADING, _plain(clause.intro).lower())
    if _any(_ORIGINAL_OR_RETURN, text) or (excluded and _any(r"^\W*(?:the )?original (?:shipping|delivery|postage)(?: (?:costs?|fees?|charges?))?\W*$", clause.body)):
        return iter([Fact("refund.original_shipping", "NEVER")])  # "Non-returnable items: ... • Original shipping costs"
    return None


# "We do not refund shipping.", "we never refund postage": the shipping, bare, as what the shop does not pay back is the
# order's (not "shipping on returns", "the postage you spend sending it back", "shipping for exchanges": the return's
# postage, some orders' shipping)
_BARE_SHIPPING_KEPT = (r"(?:" + _NEGATED + r"|\bnever\b)\s+(?:[\w-]+\s+){0,2}?(?:refund|reimburse|pay back|give back)\s+(?:the |your |any )?(?:original )?(?:shipping|delivery|postage)\b"
                       r"(?!\s+(?:and|&|or|costs?|charges?|fees?|labels?)\b)(?![^.;,]{0,40}\b(?:returns?|returned|returning|exchanges?|send|sending|back)\b)")


# "If you gave us incorrect delivery details, we cannot refund the delivery": a case of the customer's error, not every order
_CUSTOMERS_DELIVERY_ERROR = (r"\bif (?:you|the customer|the buyer) (?:gave|give|gives|provided|provide|provides|entered|enter|enters|supplied|supply)"
                             r" (?:us )?(?:an? )?(?:incorrect|wrong|inaccurate|incomplete) (?:delivery |shipping |postal )?(?:details|address|information)\b")


def original_shipping(clause: Clause, text: str) -> Iterator[Fact]:
    clause, text = _past_a_no_fault_lead(clause, text)
    special = _original_shipping_w5(clause, text)
    if special is not None:
        yield from special
        return
    # the law's carve-out scopes nothing
    text = re.sub(r",?\s*unless (?:otherwise )?required by (?:the |applicable )?law\b|,?\s*unless (?:the |applicable )?law (?:says|requires|provides) otherwise\b", "", text)
    beside = _kept_beside_return_postage(text)
    if beside:
        text = beside  # "Return shipping is paid by you, and we do not refund shipping costs": the part on the order's shipping
    stated = _any(_LESS_SHIPPING + "|" + _OUTGOING_KEPT + "|" + _BARE_SHIPPING_KEPT, text) or _paid_shipping_kept(text)
    explicit = stated or _any(r"(?:original|first) (?:shipping|delivery|postage)", text)
    if not (_any(r"(?:original )?" + _CHARGES + "|" + _SHIPPING_REFUNDED_PASSIVE + "|" + _PAID_SHIPPING + "|" + _SHIPPING_AS_SUBJECT + "|" + _SHIPPING_INCLUDED, text) or stated) or (_any(RETURN_POSTAGE + r"|free shipping|to return|returning|" + _CHARGES + r" for returns?\b", text) and not explicit):
        return
    if _fault_section(clause) or _any(r"^\W*(?:should|if|when|once) you cancel\b", text):
        return  # "a full refund, including shipping costs" for a fault: fault.full_refund; "Should you cancel, we refund you less
        # the fees for shipping": a cancelled order's (the cancellation reader's)
    if _any(_CHARGES + r"\W{0,3}\(?\s*\d{1,3}(?:\.\d+)?\s*%", text):
        # "minus any shipping & handling fees (15%)": a fee in percent, not the order's shipping
        yield _unheld("a shipping fee in percent: no setting holds it")
        return
    if _any(r"\b(?:normally|usually|generally|typically|in most cases)\b", text):
        yield _unheld("shipping refunded or not as a rule with exceptions: no setting holds it")  # "we do not normally refund"
        return
    if _any(_CUSTOMERS_DELIVERY_ERROR, text):
        yield _unheld("the delivery charge of an order the customer misaddressed: no setting holds it")
        return
    if _shipping_kept(text):
        yield _shipping_kept_fact(clause, text)
    elif _any(r"(?:we )?(?:refund|credit|give back|pay back) (?:the |your )?(?:original )?(?:shipping|delivery)|\brefund\w* (?:\w+ ){0,5}?(?:and|&) (?:the |your )?(?:" + _PAID_SHIPPING + ")|including (?:the )?(?:original )?(?:shipping|delivery)|"
              + _BOTH_WITH_THE_PRICE + "|" + _ALONG_WITH_THE_PRICE + "|" + _SHIPPING_REFUNDED_PASSIVE, text) or (_any(_SHIPPING_INCLUDED, text) and _any(r"\brefund", text)):
        yield from _shipping_refunded(clause, text)


# "we refund both the price of the item and the shipping charges": the order's shipping paid back along with the price
_BOTH_WITH_THE_PRICE = r"\b(?:refund|pay back|give back)\w* both\b[^.;]{0,50}\b(?:and|&) (?:the |your |any )?(?:original )?" + _CHARGES


# "we repay its full price together with the delivery charge you paid", "we refund the goods along with the shipping":
# the order's shipping paid back with the price
_ALONG_WITH_THE_PRICE = (r"\b(?:refund|repay|pay back|give back)\w*\b[^.;]{0,40}\b(?:together with|along with|as well as) (?:the |your |any |all )?(?:original )?(?:"
                         + _CHARGES + "|" + _PAID_SHIPPING + ")")


# "Your refund covers everything you paid, standard shipping included": the order's shipping inside the refund
_SHIPPING_INCLUDED = r"\b(?:standard |original |outbound )?(?:shipping|delivery|postage)(?: (?:costs?|charges?|fees?))? included\b"


def _kept_beside_return_postage(text: str) -> str | None:
    """"Return shipping is yours to pay; we don't refund shipping fees": a part of the sentence apart from the one on
    the return postage, naming no return, that keeps the shipping, which is then the order's."""
    parts = re.split(r";|,? (?:and|but|while) (?=we\b|the\b|your\b|any\b|shipping\b|delivery\b)", text)
    if len(parts) < 2 or not _any(RETURN_POSTAGE, text):
        return None
    return next((part for part in parts if not _any(r"\breturn", part) and _any(_CHARGES, part) and _shipping_kept(part)), None)


# "If you just changed your mind, ...": kept on the returns no one is at fault for, which some read as "refunded
# when we are at fault" and others as "never"; the merchant decides
# ("For returns because you changed your mind, ...": the same returns, by their reason)
_CHANGED_MIND = r"\b(?:if|when|where|because|since) you(?: have)? (?:just |simply |only )?chang\w* your mind\b|\bchange[- ]of[- ]mind\b"


# "International shipping fees are non-refundable", "For exchanges, the first delivery charge is kept", "overseas
# delivery charges": the shipping of some orders, or kept on an exchange (not "all shipping, including express delivery")
SOME_ORDERS_SHIPPING = (r"(?<!including )(?<!even )\b(?:international|overseas|worldwide|express|expedited|next[- ]day|priority) (?:shipping|delivery|postage)\b|"
                        r"\b(?:for|on) (?:all |any |an )?exchanges?\b(?! (?:and|or|&) (?:returns?|refunds?))")


_OTHER_CASES = r"\b(?:in (?:any|all|every) other cases?|in other cases|otherwise|for (?:all|any|every) other (?:returns?|reasons?|cases?))\b"


def _past_a_fault(clause: Clause, text: str, kept: str) -> bool:
    """Whether the shipping is kept in the cases past a fault named first: "We replace any defective item without charging
    for shipping; in any other case shipping costs are not refunded", "If your item is defective we cover all shipping,
    otherwise ...", or in the sentence before when the other cases lead ("Defective items are replaced free of charge. In
    all other cases, shipping costs are not refunded")."""
    other = re.search(_OTHER_CASES, kept)
    if not other:
        return False
    before = text[: text.find(kept) + other.start()]
    return _any(_FAULT, before if before.strip(" ,.;:") else _sentence_before(clause).lower())


# "For returns that are not defective, original shipping costs are not refunded": kept on every return but the faulty ones
# (the sentence's lead: not "less all shipping charges, and a fee is taken for items that are not damaged", the fee's case)
_RETURNS_NOT_FAULTY = (r"^\W*(?:for|on|with) (?:returns?|items?|goods|products?|orders?) (?:that|which) (?:are|were) not (?:defective|faulty|damaged)\b|"
                       r"^\W*(?:for|on|with) non-?(?:defective|faulty) (?:returns?|items?|goods|products?)\b")


def _shipping_kept_fact(clause: Clause, text: str) -> Fact:
    # "You pay the return postage unless we erred; the first delivery charge is never refunded": the exception
    # belongs to the part of the sentence that keeps the shipping, not to another part
    kept = next((part for part in text.split(";") if _shipping_kept(part)), text)
    at_fault = _any(r"(?:unless|except\w*)\b.*(?:" + _FAULT + ")", kept) or _past_a_fault(clause, text, kept) or _any(_RETURNS_NOT_FAULTY, kept)
    if scoped(clause, text) or (_any(r"\b(?:unless|except)\b", kept) and not at_fault) or _any(_CHANGED_MIND + "|" + SOME_ORDERS_SHIPPING + "|" + _GOODS_NOT_SO, text):
        # "non-refundable, except when we miss our express delivery promise"
        return _unheld("shipping refunded or not for some returns only: no setting holds it")
    deducted = not _any(_NOT_REFUNDED, kept)
    return Fact("refund.original_shipping", "MERCHANT_AT_FAULT" if at_fault else "NEVER", weak=deducted)  # "less shipping" implies it


# "Original shipping charges will be refunded if ...", "delivery costs are refundable": the order's
# shipping paid back, said in the passive
_SHIPPING_REFUNDED_PASSIVE = (r"\b(?:original |outbound |initial )?(?:shipping|delivery|postage)(?: (?:and|&) handling)? (?:costs?|charges?|fees?) "
                              r"(?:will|can|may|shall|are|is) (?:also |only )?(?:be )?(?:refunded|reimbursed|refundable|paid back|given back)\b|"
                              r"\b(?:all|the|your) (?:original |outbound |initial )?(?:shipping|delivery|postage) (?:is|will be) (?:also |fully )?(?:refunded|reimbursed)\b")


def _shipping_refunded(clause: Clause, text: str) -> Iterator[Fact]:
    text = re.sub(r"\b(?:when|as) you (?:ordered|paid|bought|placed (?:the |your |an )?order)\b", " ", text)  # "the delivery you paid when you ordered": no case
    if scoped(clause, text) or _any(SOME_ORDERS_SHIPPING, text):
        yield _unheld("shipping refunded for some orders only: no setting holds it")
    elif not _any(_FAULT, text) and _any(r"\b(?:if|when|unless|provided|as long as|only)\b|" + IN_THAT_CASE, text):
        yield _unheld("shipping refunded in the case it names: no setting holds it")
    elif not _any(_FAULT, text):
        yield Fact("refund.original_shipping", "ALWAYS")
    elif _any(r"\b(?:if|when|where)\b", text):
        yield Fact("refund.original_shipping", "MERCHANT_AT_FAULT")  # "we only refund shipping if we sent the wrong item"

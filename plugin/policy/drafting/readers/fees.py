"""Restocking and other fees taken from a refund: a percentage, an amount, a minimum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.quantities import amounts, digits, percents
from plugin.policy.drafting.readers.common import RESERVED_RIGHT, _CANCEL, _FAULT, Fact, _any, _unheld
from plugin.policy.drafting.readers.scope import _GENERIC_SUBJECT, IN_THAT_CASE, NAMED_BEFORE, names_goods, scoped
from plugin.policy.drafting.readers.shipping import _SHOPS_FAULT, NO_FAULT_FOUND


# "you pay ... for the exchange as well as a 10% fee", "the difference in price": the cost of an exchange
_EXCHANGE_COST = r"\bfor (?:the|an|each|any|your) exchange\b|\bdifference in (?:the )?price\b|\bprice difference\b"


# A fee for the orders of one destination or one way of paying ("For shipping addresses in the US, a $5 restocking fee
# ...", "a $5.00 fee if you purchased the product with a credit card", "orders paid by PayPal carry a 3% fee"), or a
# second fee on top of the first ("plus another $5.00 fee"): no setting holds a fee for some orders, nor two fees
# (the addresses in the fee's own clause, not "Return shipping is free for addresses in the US; a $5 fee applies to every
# return"; the way of paying not a concession, "whether you paid by card or PayPal", "even if you paid with PayPal")
_SOME_ADDRESSES = r"(?:\b(?:shipping|delivery|billing|postal) addresses (?:in|within|outside|to)\b|\baddresses (?:in|within|outside) (?:the )?[a-z]|\b(?:international|overseas|foreign) (?:shipping |delivery )?addresses\b)"
_PAID_ANYHOW = r"(?<!whether you )(?<!however you )(?<!even if you )(?<!matter how you )(?<!regardless of how you )(?<!whether )"
_FEE_OF_SOME_ORDERS = (
    _SOME_ADDRESSES + r"[^;]*\b(?:fees?|charge[sd]?)\b|\b(?:fees?|charge[sd]?)\b[^;]*" + _SOME_ADDRESSES + "|"
    + _PAID_ANYHOW + r"\b(?:paid|purchased|bought|ordered|pay|paying)\b(?: (?:for )?(?:it|them|the (?:item|product|order)s?|your (?:item|product|order)s?))? "
    r"(?:with|by|using|via|through) (?:a |an |your )?(?:credit|debit|card|paypal|check|cheque|cash|bank|klarna|afterpay|apple pay|google pay)\b|"
    r"\bplus (?:an?other|an additional|a further|a second)\b"
)


# A fee charged on some returns only (opened boxes, missing packaging, refused deliveries), or one
# that "may" apply "up to" an amount: no setting holds it, the sentence goes to the merchant.
_CONDITIONAL_FEE = (
    # "Once installed, a product is charged ...": the fee of goods in that state
    r"^\W*once (?:it (?:has been|is) |they (?:have been|are) )?(?:installed|assembled|used|worn|fitted|mounted)\b|"
    r"\bopened\b|open box|unsealed|seal is broken|\bup to (?:an? )?(?:[$€£]\s?)?\d+(?:\.\d+)?\s*(?:%|percent|per cent)|\bup to [$€£]|\bmay\b(?! (?:be )?(?:returned|sent back|exchanged|return|send))|\bmight\b|can result|that do not|which do not|\bcertain\b|"
    r"not include|without|missing|\brefus|minimum|after (?:the )?(?:first )?\d+ days|\bafter (?:that|this|the) (?:[\w-]+ )?(?:period|window)\b|if (?:the |an? |your )?(?:item|product|package|box|merchandise|return)s? "
    r"(?:is|are|has|have|was|were|do|does)\b|"
    # "those items returned that are not shelf ready", "returns that have been used"
    r"\b(?:that|which|who) (?:are|is|were|was|have|has|had|do|does|did)(?: not|n't)?\b|"
    # "charged when goods do not come back in fully resalable condition": the goods not in the state asked (not "when an item
    # comes back in perfect condition", every return the shop is not at fault for)
    r"\bwhen (?:the |an? |your |any )?(?:goods|items?|products?|merchandise|returns?|packages?|boxes) (?:is|are|has|have|was|were|do|does|did)(?: not|n't)\b|"
    # "Abuse of our return policy means a restocking fee", "excessive returns are charged": a penalty for some customers
    # (not "a 10% fee applies to every return to prevent abuse": the fee's reason, every return's)
    r"(?<!prevent )(?<!deter )(?<!discourage )(?<!avoid )(?<!stop )(?<!curb )(?<!combat )(?<!reduce )(?<!limit )(?<!against )"
    r"\babus(?:e|es|ed|ing|ive)\b|\bexcessive(?:ly)? return|"
    # "This refund will incur a 15% restocking fee": the case is in the sentence before
    + NAMED_BEFORE + "|" + IN_THAT_CASE + "|"
    # the fee of an exchange
    + _EXCHANGE_COST + "|"
    # "to sales where card fees are incurred", "returns requested 31-60 days after delivery", "if you would like a refund"
    r"\bwhere\b|\d+\s*(?:-|to|and)\s*\d+ days|\bbetween \d+|\bdays? after\b|more than \d+ days|"
    r"\bif you (?:would like|want|wish|prefer|choose|opt)\b|"
    # "will apply to some returns", "we reserve (keep) the right to charge": a fee for some returns, or one the shop may charge
    r"\bsome (?:returns?|items?|products?|orders?|goods|purchases)\b|" + RESERVED_RIGHT + "|"
    # "if handling the goods has reduced their value": the fee of goods that lost value, not of every return
    r"\b(?:reduc|diminish|lower|lessen|affect|impair)\w* (?:their|its|the(?: item's| goods'| product's)?) (?:resale |market )?value\b|"
    # "a 10% fee will be deducted, if a customer returns a camera as faulty, but ...": the case it names
    r",\s*if\b|\bif\b[^.]{0,80}\bbut\b|"
    # "In the event that we accept the returned merchandise, ...", "25% (exceptions apply)", "applies to most returns"
    r"\bin the event (?:that|of)\b|exceptions? apply|\bmost (?:returns|items|orders|products)\b|"
    # "Returns of $100 and up or of 3 or more items": returns over some amount
    r"\b(?:or more|and up|and over|or over|and above)\b|\d\+|\b(?:over|above) [$€£]|"
    # "We reserve the right to charge ...", "returns over 30 days"
    r"reserves? the right|\bat (?:our|its) discretion|\b(?:over|beyond|past|exceeding|older than) (?:the )?(?:first )?\d+ days|"
    # "If we find the item is not defective, ... a $50 fee": the fee of a fault claim the shop's check does not bear out
    + NO_FAULT_FOUND + "|"
    + _FEE_OF_SOME_ORDERS
)


# "A 30% restocking fee applies to approved change-of-mind returns", "This fee does not apply to returns
# due to our shipping error": the fee is for the returns no one is at fault for, so it is waived for faults
_FEE_FOR_NO_FAULT = (
    # "Returns because you changed your mind carry a 30% restocking charge", "Returns of items that work fine carry a fee"
    # (not "the original shipping fees are not refunded", "subject to the return shipping fee": the postage, no fee the shop adds)
    r"\b(?:because|when|if|as) you(?: have| simply)? changed? your mind\b[^.;]*\b(?<!shipping )(?<!postage )(?<!delivery )(?:fee|charge)|\b(?:items?|products?|goods) that work fine\b[^.;]*\b(?:fee|charge)|"
    r"\b(?:appl(?:y|ies)|charged|applicable|levied) (?:only )?(?:to|on|for) (?:all |any )?(?:approved |accepted |eligible )?"
    r"(?:change[- ]of[- ]mind|non-?fault\w*|non-?defective|buyer'?s remorse|customer remorse|unwanted)\b|"
    r"\b(?:fee|charge)s? (?:does|do|will|shall) not (?:apply|be (?:charged|applied|deducted))\b[^.;]{0,50}?(?:" + _FAULT + r")"
)


# "A 10% fee applies, but not when we sent a faulty item", "which we don't charge if the mistake was ours", "the
# 15% restocking fee is waived for defective items": the fee lifted for the shop's faults, waived when it is at fault
_LIFTED = (r"\bwaived?\b|\b(?:does|do|will|shall)(?:n't| not) apply\b|\b(?:is|are)(?:n't| not) (?:charged|applied|deducted)\b|"
           r"\bwe (?:do not|don't|will not|won't) charge\b|\bbut (?:not|never)\b")
# "For change-of-mind returns we may charge a 15% fee": a fee the shop may charge, so no fee of which faults are spared
_HEDGED = r"\b(?:may|might|can)\b (?:\w+ )?(?:charge|apply|deduct|be (?:charged|applied|deducted))\b|" + RESERVED_RIGHT
# "If the item comes back unopened, the 25% restocking fee is waived": the sentence is the fee's waiver (the fee
# itself is stated elsewhere); lifted in a case that is no fault, the fee is for the other returns only
_LIFTED_WHOLLY = r"\b(?:restocking )?(?:fee|charge)s? (?:of \d+\s*%\s*)?(?:is|are|will be|shall be|gets?) waived\b|\b(?:fee|charge)s? (?:does|do|will|shall)(?:n't| not) apply\b"
# "tricks such as a 20% restocking fee", "unlike other stores": a fee the page names as other sellers'
_OTHERS_FEE = r"\bsuch as an? \d+\s*%|\bunlike\b|\bother (?:sellers|stores|shops|retailers|companies|merchants)\b"


def _fee_waived(text: str) -> Iterator[Fact]:
    """The sentence waives a fee: for the shop's faults, the fee and its waiver; in any other case, for the merchant."""
    if _any(_SHOPS_FAULT, text):
        yield Fact("fees.waived_when_merchant_at_fault", True)
        if not _any(_CONDITIONAL_FEE, text):
            yield from (Fact("fees.restocking_percent", str(value)) for value, _where in percents(text)[:1])
        return
    yield _unheld("a restocking fee waived in the case it names: no setting holds that")


# "items that are not defective", "returned items that are not exchanged and not damaged", "returns that are new and not
# defective", "change of mind returns", "flags you return without cause": the returns no one is at fault for, named by
# the fault they lack (the goods' noun kept, so that "non-defective items" reads as every such item)
_NOT_FAULTY = r"(?:defective|faulty|damaged|broken)"
_NO_FAULT_RETURNS = (
    (r"\b((?:returned )?(?:items?|products?|goods|returns?|merchandise) )?(?:that|which) (?:is|are|was|were)(?: new and)?(?: not|n't) "
     r"(?:being )?(?:exchanged and (?:(?:is|are) )?not (?:being )?)?" + _NOT_FAULTY + r"(?: and not (?:being )?exchanged)?\b", r"non-defective \1"),
    # "any return of a product that has no manufacturing defect and was not sent because of a mistake by us"
    (r"\b((?:items?|products?|goods|merchandise) )(?:that|which) (?:has|have) no (?:manufacturing |factory )?(?:defects?|faults?)\b"
     r"(?: and (?:was|were) not (?:sent|shipped) (?:because of|due to|by) (?:a |an |our )?(?:mistake|error)\b[^.;,]*)?", r"non-defective \1"),
    (r"\bchange[- ]of[- ]mind (returns?)\b", r"non-defective \1"),
    (r"\bwithout (?:a |any )?(?:cause|fault|defect)\b", "non-defective"),
    (r",? without (?:any )?exceptions?\b", ""),
)


def _every_no_fault_return(text: str) -> str:
    """"any item that is not defective ... carries a 20% fee, without exception": the goods named by no fault are every
    no-fault return (the faults spared), and "without exception" is no condition."""
    for pattern, plain in _NO_FAULT_RETURNS:
        text = re.sub(pattern, plain, text, flags=re.I)
    return re.sub(r" {2,}", " ", text)


def _said_plainly(text: str) -> str:
    """"a 20% restock fee", "we charge twenty percent to restock it", "less a 10% administration fee": the restocking fee; "shipping and handling
    charges" are the order's own delivery, no fee."""
    text = re.sub(r"\brestock (fee|charge)", r"restocking \1", text)
    # "a refund less a 10% administration fee": a part of the refund kept, by another name (not one on card payments or
    # "plus" an order's price: "pay for the new order, plus a 10% administrative fee")
    if _any(r"\b(?:less|minus|deduct\w*|off (?:the|your) refund|from (?:the|your) refund|on (?:all |any |every )?returns?\b|returns? (?:are|is) subject)", text) and not _any(r"\bplus\b", text):
        text = re.sub(r"\badmin(?:istration|istrative)? (fee|charge)", r"restocking \1", text)
    # the shop charging the customer, not a supplier billing the shop ("it bills us 20% to restock any kit")
    text = re.sub(r"\b((?:we|you) (?:\w+ )?(?:charge|pay)\w*\b[^.;]{0,30}?) to restock(?: (?:it|them|the items?|the goods))?\b", r"\1 restocking fee", text)
    text = _every_no_fault_return(text)
    return re.sub(r"\bshipping (?:and|&) handling(?: (?:fees?|charges?|costs?))?", "delivery charges", text)


# "Eligible returned or refused items carry a 10% fee", "refused deliveries or returned orders are charged a 20% restock
# fee": the refused deliveries named beside every return, whose fee is then every return's (not "refused deliveries are
# charged a 25% fee" alone, the fee of a refusal)
# (the refusal first too: "refused or returned shipments", "refused packages and returns")
_RETURNED_OR_REFUSED = (r"\b(returned|returns?) (?:or|and|and/or) refused\b|"
                        r"\brefused (?:(?:deliveries|items|orders|shipments|packages|parcels|goods) )?(?:or|and|and/or) (returned|returns?)\b")


# "Undamaged returns carry a 25% fee": the goods said not to be damaged are the returns no one is at fault for,
# like "non-damaged" (not "unopened", "unused": goods in a state the fee is for)
_UNDAMAGED = r"\bundamaged\b"
# "Cancellation Fee", "Cancelling an Order": a heading on cancelling only (not "Returns and Cancellations")
_CANCEL_HEADING = r"^(?!.*\b(?:returns?|refunds?|restock\w*)\b).*\bcancel"


def _the_return(found: re.Match) -> str:
    return found.group(1) or found.group(2)


def _goods_said_plainly(clause: Clause, text: str) -> tuple[Clause, str]:
    """"returned or refused items" as the returned items, "undamaged returns" as the non-damaged ones, in the clause
    and its text alike."""
    for pattern, plain in ((_RETURNED_OR_REFUSED, _the_return), (_UNDAMAGED, "non-damaged")):
        if _any(pattern, text):
            clause = replace(clause, text=re.sub(pattern, plain, clause.text, flags=re.I))
            text = re.sub(pattern, plain, text)
    # the goods the sentence opens on, as the scope of the rule sees them ("Items that are not defective carry ...")
    clause = replace(clause, text=_every_no_fault_return(clause.text), line=_every_no_fault_return(clause.line))
    return clause, text


def fees(clause: Clause, text: str) -> Iterator[Fact]:
    clause, text = _goods_said_plainly(clause, text)
    text = _said_plainly(text)
    if _any(_CANCEL_HEADING, clause.heading.lower()) and _any(r"\bfees?\b|charge|restocking", text):
        return  # the fees under it are a cancelled order's (the cancellation reader's), not a return's
    if _any(r"restocking", text) and percents(text) and (_any(_OTHERS_FEE, text) or _any(_LIFTED_WHOLLY, text)):
        yield from ([] if _any(_OTHERS_FEE, text) else _fee_waived(text))
        return
    if (_any(_FEE_FOR_NO_FAULT, text) and not _any(_HEDGED, text)) or (_any(_LIFTED, text) and _any(_SHOPS_FAULT, text) and _any(_FEE, text)):
        yield Fact("fees.waived_when_merchant_at_fault", True)
    if _any(_CANCEL, text) and _any(r"\bfees?\b|charge|penalt|restocking", text):
        return  # a fee on cancelling an order (the cancellation reader lists it), not on returns
    yield from _restocking(clause, text)
    yield from _fee_amounts(clause, text)
    if _any(r"any other fee of .* responsibility (?:will be |is )?returned", text):
        yield Fact("fees.merchant_fees_returned", True)
    if _any(r"no fee or deduction applies", text) or (_any(r"(?:never|no) (?:a )?restocking fee", text) and _any(_FAULT, text)) or _fee_spares_faults(text):
        yield Fact("fees.waived_when_merchant_at_fault", True)


# "There is no restocking fee", "we never charge a restocking fee", "an eligible return never carries a restocking charge":
# no fee on any return, which the settings hold as a fee of 0%
_NO_FEE = (r"\bno restocking (?:fees?|charges?)\b|\b(?:never|not) (?:\w+ )?(?:carr(?:y|ies)|charged?|incurs?|pay|have|has) (?:a |any )?restocking (?:fees?|charges?)\b|"
           r"\b(?:do not|don't|will not|won't|never) charge (?:a |any |you (?:a |any )?)?restocking\b|\bwithout (?:a |any )?restocking (?:fees?|charges?)\b|"
           r"\brestocking (?:fees?|charges?) (?:is|are|will be) (?:never|not) (?:charged|applied|taken|deducted)\b|"
           r"\bcharge (?:you|(?:our )?(?:customers?|consumers?|buyers?|clients?)) no restocking (?:fees?|charges?)\b")  # "We charge consumers no restocking fee"
# "... when they return a product": every return, no case of some
_ANY_RETURN = r"\bwhen (?:they|you|customers?|consumers?) return (?:a|an|the|any|your|their) (?:product|item|order|purchase)s?\b"
# the returns a fee-free sentence may be about instead of every return: "Exchanges carry no restocking fee", "no restocking
# fee on returns within 14 days", "if unopened", "for store credit", "A first exchange" (a heading or a list's lead counts)
# ("what we need so that a return carries no restocking fee:", "to avoid a restocking fee": the conditions of no fee)
# (the purpose tied to the fee: not "So that returning stays simple, there is no restocking fee", "To avoid any confusion: ...")
_SOME_FEE_FREE = (r"\bso (?:that )?(?:\w+ ){1,3}(?:carr(?:y|ies)|ha(?:s|ve)|gets?|incurs?|is|are) (?:no|free of|without)\b|"
                  r"\b(?:to|in order to) avoid (?:an? |the |any )?(?:\w+ )?(?:restocking|fees?|charges?)\b|"
                  r"\bin order (?:to (?:pay|have|get|incur|owe)|for|that)\b[^.;]{0,40}\b(?:no|free of|without)\b|exchang|\bcredit\b|\bfirst\b|\bsale\b|clearance|opened|\bwithin\b|\bafter\b|\bbefore\b|\bif\b|\bwhen\b|\bunless\b|"
                  r"as long as|provided|\bmost\b|\b(?:this|that|the) program(?:me)?\b|\bfor (?!(?:all|any|every|your|our|the|returns?|returned|refunds?|items?|products?|goods|orders?|purchases?)\b)\w")


def _no_fee(clause: Clause, text: str) -> bool:
    return (_any(_NO_FEE, text) and not percents(text) and not amounts(text) and not scoped(clause, text)
            and not _any(_SOME_FEE_FREE + "|" + _FAULT, f"{re.sub(_ANY_RETURN, ' ', text)} {clause.heading} {clause.intro}".lower()))


def _restocking(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"restocking", text) and percents(text) and _any(r"(?:not|never) (?:be )?(?:charged|subject|incur)|\bno restocking fee|without (?:a |any )?restocking", text):
        yield _unheld("no restocking fee in the case it names: no setting holds that")
    elif _no_fee(clause, text):
        yield Fact("fees.restocking_percent", "0")
    elif _any(r"restocking", text) and percents(text):
        yield from _restocking_percent(clause, text)
    elif _any(r"restocking fee|handling (?:fee|charge)", text) and not amounts(text) \
            and not _any(r"\bno\b[^.]{0,25}(?:restocking|handling)|\bnever\b|waive|free of|without (?:a |any )?(?:restocking|handling)", text):
        # "any item not in the same condition may be rejected or subject to a restocking fee"
        yield _unheld("a restocking fee whose amount the sentence does not state: no setting holds it")


# A fee whose own words leave the shop's faults out of it: said of "non-defective items", or excepted
# "unless it was our error", "except for damaged items", "if the return is not due to a defect". The
# negation or exception covers the fault, so the fee is waived when the shop is at fault.
_FEE = r"\b(?:restocking|handling|processing|return) (?:fee|charge)s?\b|\brestocking\b"
_SPARES_FAULTS = (
    r"\bnon-?(?:defective|faulty|damaged)\b|"
    r"\b(?:unless|except(?: for| when| if| where)?|other than|excluding)\b[^.;]{0,40}?(?:" + _FAULT + r")|"
    r"\b(?:not|n't) (?:\w+ )?(?:due to|caused by|the result of|a result of|because of|related to|attributable to)\b[^.;]{0,30}(?:" + _FAULT + r")"
)


def _fee_spares_faults(text: str) -> bool:
    """A fee for every return but the shop's faults; not a fee for some returns only ("shipments refused
    for reasons other than freight damage will incur a restocking fee"), whose exception says nothing of the rest."""
    charged = [value for value, _where in percents(text)]
    if (charged and not any(charged)) or _ranged(text):
        return False  # "a 0% fee on returns that are not damaged", "a fee of 10 - 25%": no one fee to waive
    return _any(_FEE, text) and _any(_SPARES_FAULTS, text) and not _any(_CONDITIONAL_FEE, re.sub(_FEE_FLOOR, " ", text))


def _fee_for_goods(text: str) -> bool:
    """"A restocking fee applies to all custom built items", "... applies to returns of furniture": a fee for the goods it names."""
    named = re.search(r"\b(?:applies|apply|applicable|charged|levied)\s+(?:only\s+)?(?:to|on|for)\s+((?:[\w-]+\s+){0,4}?)"
                      r"(?:items?|products?|goods|merchandise|orders?|purchases?)\b", text) \
        or re.search(r"\b(?:to|on|for) (?:all |any )?returns? of ((?:an? |the )?[a-z][\w-]*(?: [a-z][\w-]*){0,2})", text)
    return named is not None and any(word not in _GENERIC_SUBJECT for word in named.group(1).split())


_FEE_FLOOR = r"\bminimum (?:restocking |handling |processing )?(?:fee |charge )?(?:is |of |will be )?[$€£]\s?\d[\d.,]*|\b(?:with )?an? minimum (?:fee |charge )?of [$€£]\s?\d[\d.,]*"


def _without_exchange_part(said: str) -> str:
    """"Returns carry a 15% restocking fee, and you pay any price difference for an exchange": the exchange's cost in a
    part of the sentence of its own (split on ";" and ", and") is no case of the fee the other part states."""
    parts = re.split(r";|,\s*and\b", said)
    return " ".join(part for part in parts if percents(part) or not _any(_EXCHANGE_COST, part))


# "For instance, IQAir products carry a 20% restocking fee": an example, some goods' fee
_AN_EXAMPLE = r"^\W*(?:for (?:instance|example)|e\.g\.|as an example)\b"
# "Gently Used Paddles", "Open-Box Items": a heading naming goods by their state, whose fees are those goods'
_GOODS_IN_A_STATE = r"^\W*(?:gently |lightly |slightly )?(?:used|opened|open[- ]box|worn|pre-?owned|refurbished|demo|clearance|sale)\s+[a-z]+(?: [a-z]+)?\W*$"


def _some_goods_fee(clause: Clause, text: str) -> bool:
    """A fee given as an example, of goods the sentence names as what carries it ("IQAir products carry a 20% fee"), or
    under a heading naming goods in a state."""
    return _any(_AN_EXAMPLE, text) or names_goods(re.sub(_AN_EXAMPLE + r",?\s*", "", text), r"carr(?:y|ies)|incurs?|attracts?|(?:are|is) subject to") \
        or _any(_GOODS_IN_A_STATE, clause.heading.lower())


def _ranged(text: str) -> bool:
    return len(percents(text)) > 1 or _any(r"\d\s*%?\s*(?:-|to)\s*\d+\s*%", text)  # "a 1% - 3% fee"


def _restocking_percent(clause: Clause, text: str) -> Iterator[Fact]:
    ranged = _ranged(text)
    # the words of an introduction carried over the plain lines after it ("You may return any item,
    # keeping the following in mind:") are not this fee's condition; a bullet's introduction is
    # (the clause's no-fault returns are already said plainly: `_goods_said_plainly`)
    said = text if clause.listed else digits(clause.body)
    said = _without_exchange_part(said)
    # "15% (minimum restocking fee is $15.00)": a floor under the fee, which every return pays; the
    # floor itself no setting holds, so the sentence also goes to the merchant
    floor = re.search(_FEE_FLOOR, said)
    if floor:
        said = said[: floor.start()] + " " + said[floor.end() :]
        yield _unheld("a least amount for the fee: no setting holds it")
    if _any(_CONDITIONAL_FEE + r"|exceed|maximum|capped|at most|\bnot (?:returned |sent back )?(?:with|in) (?:the |its |their )?original", said) or scoped(clause, text) or ranged \
            or _fee_for_goods(text) or _some_goods_fee(clause, text):
        yield _unheld("a restocking fee for some returns only: no setting holds it")
        return
    for value, _where in percents(text):
        yield Fact("fees.restocking_percent", str(value))


def _fee_amounts(clause: Clause, text: str) -> Iterator[Fact]:
    # (not an amount in an example: "For instance, if your order came to $125 and shipped free, ...")
    found = [a for a in amounts(text) if not _any(r"(?:orders?|over|under|above|below|less than|more than|at least|minimum|back|exceed\w*)\W*$", text[max(0, a[2].start() - 25) : a[2].start()])
             and not _any(r"\b(?:for (?:instance|example)|e\.g\.)[^.;]*$", text[: a[2].start()])]
    if found and _any(r"free shipping|shipped (?:for )?free|free delivery", text) and _any(r"deduct|subtract|charge", text):
        yield Fact("fees.free_shipping_deduction", str(found[0][0]))
        if found[0][1]:
            yield Fact("currency", found[0][1])
    elif found and _any(r"(?:return|processing|handling|restocking) fee", text) and not _any(r"shipping fee|label|postage|toward", text) and not percents(text):
        if _any(_CONDITIONAL_FEE, text) or scoped(clause, text) or len({a[0] for a in found}) > 1 or _fee_for_goods(text):
            yield _unheld("a fee for some returns only: no setting holds it")
            return
        yield Fact("fees.flat_fee", str(found[0][0]))
        if found[0][1]:
            yield Fact("currency", found[0][1])

"""Exchanges: whether the shop offers them, for every return or its faults only; and the hint to
place a new order instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.readers.common import (
    _FAULT, _GIFT_RETURN, _NEGATED, _PAST_A_DEADLINE, _REFUSED_KINDS, _TIME_PAST, Fact, _any, _unheld,
)
from plugin.policy.drafting.readers.exclusions import _EXCLUDING, STILL_EXCHANGED_WHY, categories_in, still_exchanged
from plugin.policy.drafting.readers.fault import (
    _FAULT_EXCEPTED, _FAULT_WIDE, A_NEW_ITEM, TITLE_LEAD, UNIT_SWAPPED, _asked, _exchange_for_a_choice, _fault_section, about_fault,
    _sentence_before, listed_under_a_fault, only_for_faults, without_an_exchanges_lead,
)
from plugin.policy.drafting.readers.scope import _CASE_OF_ITEM, _GENERIC_SUBJECT, names_goods, scoped


def _refused_of_some(text: str) -> bool:
    """"No returns or exchanges are accepted for used products, videos, ...", "no exchanges on any items that
    have been used": what is refused is named, so the refusal is for those goods or states only."""
    of = re.search(r"(?:\bno|" + _NEGATED + r"\s+(?:currently\s+)?(?:offer|accept|do|provide|make|give|issue|grant)(?: you)?) (?:any |an? )?" + _REFUSED_KINDS +
                   r" (?:(?:are|is|will be) (?:accepted|allowed|given|offered|made) )?(?:on|of|for)\s+([^.;]*)", text)
    return of is not None and not re.match(r"(?:any |all )?(?:reasons?|grounds|(?:items?|products?|orders?|purchases?)\s*(?:$|[,!]))", of.group(1))


# "All sales are final", "everything we sell is final sale": every sale, not some goods
_EVERY_SALE = _GENERIC_SUBJECT | {"sale", "sales", "sell", "sells", "sold", "everything", "anything"}


def _final_for_named_goods(body: str) -> bool:
    """"Paper lanterns, lit or unlit, are final sale: no swaps": goods named (before an aside) as final."""
    plain = re.sub(r",[^,.;:]{1,30},", "", body)
    subject = re.match(r"^\W*([a-z][\w /&-]{1,40}?) (?:are|is) (?:\w+ )?final\b", plain)
    return subject is not None and any(word not in _EVERY_SALE for word in re.findall(r"[a-z][a-z'-]*", subject.group(1)))


_PAST_DEADLINE = "no exchanges past a deadline or after some event: the window holds that"
# "All custom and print-on-demand sales are final. NO exchanges or refunds.": a refusal with no subject of its own
# goes on with the goods the sentence before names as final (not "All sales are final. No exchanges.": every sale)
_BARE_REFUSAL = (r"^\W*no (?:returns?|exchanges?|refunds?|swaps?)(?:\s*(?:,|or|and|&|/|nor)\s*(?:no )?"
                 r"(?:returns?|exchanges?|refunds?|swaps?)){0,2}\W*$")


# "Once shipped, all orders are final", "All sales made on this site are final": every sale still, whatever the lead before
# it or the place of the sale after it ("sale items" are goods of their own)
_EVERY_SALE_LEAD = r"^[^,]*,\s*(?=(?:all|every)\b)"
_PLACE_OF_SALE = r"\b(?:made|placed|purchased|bought|sold) (?:on|in|at|through|from|via) (?:this|our|the) (?:web ?)?(?:site|store|shop)\b"
_SALE_GOODS = r"\bsale (?:items?|products?|goods|merchandise|pieces)\b"


def _goes_on_with_named_goods(clause: Clause, text: str) -> bool:
    if not _any(_BARE_REFUSAL, text):
        return False
    # (the goods listed with commas: "All custom, made-to-order and print-on-demand sales are final")
    subject = re.match(r"^\W*([a-z][\w ,/&-]{1,80}?) (?:are|is) (?:\w+ )?final\b", _sentence_before(clause).lower())
    if subject is None:
        return False
    goods = re.sub(_PLACE_OF_SALE, " ", re.sub(_EVERY_SALE_LEAD, "", subject.group(1)))
    return _any(_SALE_GOODS, goods) or any(word not in _EVERY_SALE for word in re.findall(r"[a-z][a-z'-]*", goods))


def _past_a_deadline(clause: Clause, text: str) -> bool:
    return _any(_PAST_A_DEADLINE, text) or _any(_TIME_PAST, clause.body)


def _no_exchanges(clause: Clause, text: str) -> Fact:
    if _past_a_deadline(clause, text):
        return _unheld(_PAST_DEADLINE)
    if _any(r"\bunless\b|\bexcept\b", text) or _refused_of_some(text):
        return _unheld("exchanges only in the cases it names: no setting holds that")
    if scoped(clause, text) or categories_in(clause.body) or _final_for_named_goods(clause.body) or _any(_CASE_OF_ITEM, clause.body) \
            or _goes_on_with_named_goods(clause, text):
        # "sale items: no returns, no exchanges", "If the inner seal has stuck to the lid, we cannot accept an exchange"
        return _unheld("no exchanges for some goods only: no setting holds that")
    return Fact("resolutions.exchange", "NEVER")


# "To swap it for an identical item, open a ticket", "If you want the same item in exchange, email us": how to ask for the
# same item again (labels read it as a faulty item's replacement), not whether exchanges are offered
_SAME_ITEM_ASKED = (r"^\W*(?:to|if you (?:need|want|wish|would like)(?: to)?|should you (?:need|want|wish)(?: to)?)\b[^.;]{0,30}?"
                    r"\b(?:(?:exchange|swap)\w* (?:it|them|an? (?:item|product))s? for (?:the same|an identical)\b|the same (?:item|product|one) in exchange\b)")


def same_item_asked(text: str) -> bool:
    return _any(_SAME_ITEM_ASKED, text)


def exchanges(clause: Clause, text: str) -> Iterator[Fact]:
    if not _any(r"exchang|\bswap", text):
        return
    clause, text = _asked(clause, text)  # "Received a faulty item? We will exchange it.": the exchange is for the fault
    if _any(r"exchange (?:an? |the |your )?items? for (?:another|any other|a different)\b", text) or same_item_asked(text):
        return  # what an exchange may be for (resolutions.exchange_terms), or how to ask for one, not whether there is one
    # "our warehouse cannot handle exchanges", "we can't take returns or exchanges", "exchanges aren't offered": the same refusal in other verbs
    # "we cannot give you a refund or an exchange": the same, in the verbs of giving
    if _any(_NEGATED + r"\s+(?:currently\s+)?(?:offer|accept|do|provide|make|handle|process|take|give|issue|grant)\s+(?:you\s+)?(?:direct\s+|any\s+){0,2}"
            r"(?:(?:an? )?returns? (?:or|and|/) )?(?:an? )?(?:exchanges?|swaps?)\b|(?:don't|do not) offer an exchange|no exchanges|exchanges are not|exchanges? (?:are |is )?(?:not|n't) (?:currently )?(?:available|offered|accepted|possible)|\bexchanges? (?:aren't|isn't) (?:currently )?(?:available|offered|accepted|possible)|"
            # "We can't swap one product for another", "Exchanges aren't something we offer": the same refusal in other words
            r"\b(?:cannot|can't|can not|do not|don't|won't|will not)\s+(?:exchange|swap) (?:one|an?|any|your) (?:[\w-]+ )?for (?:another|a different)\b|\bexchanges? (?:are not|aren't|is not|isn't) something we\b|"
            # "Exchanges are treated as returns": an exchange is a return and a new order, no exchange of its own
            r"\bexchanges? (?:are|is|will be) (?:treated|handled|processed) as (?:an? )?(?:returns?|refunds?)\b|"
            # "We don't swap items directly", "There are no direct exchanges": the shop's own swap refused, a return and a new order instead
            # ("We do not exchange returned items": every returned item)
            r"\b(?:don't|do not|cannot|can't|won't|will not) (?:directly )?(?:swap|exchange) (?:(?:returned|any) )?(?:items|products|goods|anything|orders|purchases|(?:it|them) directly)\b|"
            r"\bno (?:direct|straight) (?:exchanges|swaps)\b|" + _EXCHANGE_BY_A_NEW_ORDER, text) or _exchange_by_a_return_first(clause, text):
        yield _no_exchanges(clause, text)
    elif _any(r"if you (?:need|want|wish|would like) to exchange", text):
        return  # how to ask for one, not whether there are any
    elif _only_at_fault(clause, text):
        yield Fact("resolutions.exchange", "MERCHANT_AT_FAULT")  # said outright: it outranks an exchange another sentence implies
    elif _any(r"exchanges? (?:are )?(?:\w+ )?only (?:for|if|when|in|on)\b|only (?:offer|accept|do|provide) exchanges", text) and not (_any(_FAULT, text) or _fault_section(clause)):
        # "We offer exchanges only for:" names its cases below (a faulty item is the shop's fault)
        only = r"exchanges? (?:are )?(?:\w+ )?only (?:for|if|when|in|on)\b|only (?:offer|accept|do|provide) exchanges"
        if _any(only, clause.body) and not clause.body.rstrip().endswith(":"):
            yield _unheld("exchanges in some cases only: no setting holds that")
    else:
        yield from _exchanges_offered(clause, text)


# "To swap an item, return it for a refund and then place a new order": the exchange done as a return and an order of
# the customer's own, no exchange of the shop's (as "exchanges are treated as returns"); not with another way beside it
# ("do it in store, or mail it back and place a new order"; "return it and place a new order, or ask us to swap it")
_EXCHANGE_BY_A_NEW_ORDER = (r"^\W*to (?:exchange|swap) (?:something|anything|it|them|an? (?:item|product|purchase|order))\b,?\s*(?:just |simply |please )?"
                            r"(?:return|send) (?:it|them)\b(?:(?!\bor\b)[^.;])*\b(?:place|make|put in) a (?:new|separate|fresh) (?:order|purchase)\b"
                            r"(?![^.;]*\bor (?:you can |just |simply )?(?:ask|contact|email|call|message|write|let us|we|visit|bring|come|exchange|swap)\b)")
# "To exchange an item, send the original back and place a new order", "To swap an item for another size, please send it
# back ... and place a new order", "To exchange an item, we suggest that you first return the original product. Once the
# return has been approved, you can order the item you want instead.": the same, the new order said in the sentence or the
# one after it
_TO_EXCHANGE_BY_A_RETURN = (r"^\W*to (?:exchange|swap) (?:something|anything|it|them|an? (?:item|product|purchase|order))\b(?: for [^,.;]{1,50}?)?,\s*"
                            r"(?:(?:just|simply|please|first|we (?:suggest|recommend)(?: that)?|you(?: first)?)\s+)*"
                            r"(?:returning|return|send(?:ing)?|ask for a refund|finish the return|go through the return|follow the return)\b"
                            r"(?![^.;]*\bor (?:you can |just |simply )?(?:ask|contact|email|call|message|write|let us|we|visit|bring|come|exchange|swap)\b)")
_NEW_ORDER = (r"\b(?:place|make|put in) a (?:new|separate|fresh) (?:order|purchase)\b|\bas a new (?:order|purchase)\b|"
              r"\border (?:the|a) (?:new |right |correct )?(?:one|item|product|size)s? (?:(?:that )?you(?:'d| would)? (?:like|want|prefer)|yourself|separately|anew)\b")


def _exchange_by_a_return_first(clause: Clause, text: str) -> bool:
    if not _any(_TO_EXCHANGE_BY_A_RETURN, text):
        return False
    after = clause.paragraph_text.partition(_plain(clause.text).lower())[2]
    # (not a new order the customer may place instead: "we will ship the new size, or place a new order if you prefer")
    return _any(_TO_EXCHANGE_BY_A_RETURN + r"(?:(?!\bor\b)[^.;])*(?:" + _NEW_ORDER + ")", text) \
        or _any(r"^\W*(?:(?:once|when|after)\b|you can\b)[^.;]*(?:" + _NEW_ORDER + ")", after)


_ONLY_AT_FAULT = only_for_faults(r"exchang\w*|swap\w*")
# "We only take back cosmetics when the goods are damaged or incorrect": a paragraph opening on returns taken for faults
# only, whose exchanges are the faults' ("Most of the time we exchange the product without any questions")
_RETURNS_ONLY_AT_FAULT = only_for_faults(r"returns?|refunds?|returned|refunded|accept(?:s|ed)?|takes? (?:\w+ )?back")
# ("We only refund faulty goods. We are happy to exchange any item": the exchange names every item, past the opening's faults)
_EVERY_ITEM = r"\b(?:any|all|every)(?: other)? (?:items?|products?|goods|purchases?|orders?|pieces?)\b"
# "Exchanges: we only replace goods that arrive faulty": under an exchanges lead, the replacements the sentence restricts
# are the section's exchanges (the remedy stays the sentence's own: fault.remedies)
_ONLY_REPLACED_AT_FAULT = only_for_faults(r"exchang\w*|swap\w*|replac\w*")


def _only_at_fault(clause: Clause, text: str) -> bool:
    """Whether the sentence restricts exchanges to the shop's faults ("We only swap items that arrive faulty"), in its
    own words: not by the title over it ("Return and Exchange Policy: we take returns only of damaged goods"), not
    for some goods only, nor for a size or colour the customer chose."""
    titled = re.sub(TITLE_LEAD, " ", text, count=1)
    rest = without_an_exchanges_lead(clause, titled)
    restricted = _any(_ONLY_AT_FAULT, rest) or (rest != titled and _any(_ONLY_REPLACED_AT_FAULT, rest))
    return restricted and about_fault(clause, text) and not scoped(clause, text) and not _exchange_for_a_choice(clause, text)


# "no refund or exchange is possible", "loses any right to a refund or an exchange", "misuse rules out any return or
# exchange", "can't accept it back, either for a refund or an exchange", "a refund or exchange is no longer possible":
# the exchange is refused; a "no" with a subject of its own after it ("if you have no receipt we offer exchanges") refuses something else
_REFUSED_BEFORE = (_NEGATED + r"[^.,;]{0,25}$|\b(?:neither|nor)\b[^.,;]{0,25}$|\b(?:nothing|none)\b[^.,;]{0,25}$|\bno\b(?! (?:later|more|sooner|less) than\b)(?:(?!\b(?:we|you|they)\b)[^.,;:!?—–]){0,50}$|\b(?:loses?|lost|forfeits?)\b[^.,;]{0,25}$|\b(?:rules? out|ruled out|precludes?|bars?)\b[^.;]{0,25}$|"
                   r"\b(?:cannot|can't|can not|won't|will not|unable to|no longer|not)\b[^.;]{0,60}(?:\beither|,) (?:for )?(?:an? )?$")
# ("store credit or an exchange cannot be requested": the same, with "cannot be")
_REFUSED_AFTER = (r"^[\w ]{0,25}?\b(?:(?:is|are|will be) (?:no longer|not)|(?:cannot|can't|can not|may not|will not|won't) be) (?:possible|available|offered|accepted|requested|given|issued)\b|"
                  # "Any return or exchange that arrives without that number will be refused": the exchange is what is refused
                  r"^ that [^.;]{0,60}\b(?:will be|is|are|gets?) (?:refused|rejected|turned away)\b")


def _refused(text: str, found: re.Match) -> bool:
    # a negation before "but" is another clause's ("we do not do full refunds but can do exchanges")
    before = re.split(r"\b(?:but|however|although|though|instead)\b", text[: found.start()][-80:])[-1]
    return _any(_REFUSED_BEFORE, before) or _any(_REFUSED_AFTER, text[found.end() :])


def exchange_refused(text: str) -> bool:
    """Whether the sentence refuses an exchange ("we will not be able to give you a refund or exchange")."""
    # (read from the first of the outcomes listed with it: "no refund or exchange" refuses both)
    listed = r"\b(?:(?:an? )?(?:refunds?|returns?|(?:store )?credit)(?:,? or|,) (?:an? )?)*(?:exchang|swap)\w*"
    return any(_refused(text, found) for found in re.finditer(listed, text))


# "can be returned or exchanged", "may be sent back, or swapped for something else", "you can bring it back
# or swap it", "Swaps can be arranged", "Swapping an item for another one is possible": exchanges offered
_SWAPS_OFFERED = (r"\b(?:can|may|could) be (?:returned|sent back|refunded)?[\w ,]{0,40}?\b(?:or|and) (?:be )?(?:exchanged|swapped)\b|\b(?:can|may) be swapped\b|"
                  # "You can return or swap most items", "you have 30 days to send it back or exchange it", "we'll take it back or
                  # swap it": a return and an exchange granted together
                  r"\b(?:you can|you may|you could|we(?:'ll| will| can)|(?:welcome|free|able) to|days? to)\b(?:(?!\b(?:never|not|no)\b)[\w ,]){0,30}?\b(?:return|(?:send|bring|take) (?:\w+ )?back)\b,? or (?:exchange|swap|trade)\b|"
                  r"\b(?:you can|you may|you're welcome to|you are welcome to|free to|able to)\b[\w ,]{0,40}?\bswap (?:it|them|your \w+|an? \w+)\b|"
                  r"\bswaps? (?:are|is|can be) (?:possible|available|arranged|welcome|accepted)\b|"
                  # "to send a piece back or swap it for another", "a swap for something else"
                  r"\b(?:swap(?:ped|ping)?|exchang(?:e|ed|ing)) (?:it |them |(?:an?|your|the) [\w-]+ )?for (?:another(?! (?:size|colou?r))|something (?:else|similar)|anything else|a similar [\w-]+)\b|\ba swap for\b|\b(?:swapping|exchanging) (?:an? |your )?(?:item|product|purchase)s?\b[^.;]{0,30}\bis (?:possible|easy|free)\b")
# "Thirty days are allowed for getting your money back or exchanging an item", "Refund and exchange requests
# are accepted": exchanges granted with refunds (not "a return or exchange" named in a step of the process)
_SWAPS_IMPLIED = (r"\b(?:getting|get) your money back,? or (?:exchanging|swapping)\b|\b(?:refund|return) (?:and|or|&) exchange requests? (?:are|is) accepted\b|"
                  # "a refund, a credit or an exchange", "your money back or a swap", "a return or an exchange", "an exchange or a
                  # credit note": an exchange named as a noun among what a return gets the customer
                  r"\b(?:refund|credit(?: note)?|voucher|gift card|money back|return|replacement)s?\b(?:, (?:an? |your |store |shop )?[\w-]+(?: [\w-]+){0,3},?)? (?:or|and|nor) (?:an? |your )?(?:exchange|swap)\b(?! (?:it|them|for|the|an?|your|any)\b)|"
                  r"\b(?:an?|your) (?:exchange|swap)(?:, (?:an? |your |store |shop )?[\w-]+(?: [\w-]+)?,?)? (?:or|and) (?:an? |your |full )?(?:(?:store |shop )?credit|refund|money back|return|replacement|voucher|gift card)\b|"
                  # "To send back or exchange a purchase, write to ...", "if you'd like to return or swap something", "whether you are
                  # returning or exchanging it", "[return/exchange]": the way to return or exchange anything
                  r"\b(?:to|want to|wish to|like to|need to) (?:return|send (?:\w+ )?back)(?: \w+)?(?:,| or) (?:exchange|swap)\b|"
                  r"^\W*to (?:exchange|swap) (?:something|anything|an? (?:item|product|purchase|order))\b|\b(?:returning|sending (?:\w+ )?back) or (?:exchanging|swapping)\b|\breturn\s*/\s*exchange\b|"
                  # "For returns, refunds or exchanges, please write to us": how to ask for one, as "to return or exchange it" says
                  r"^\W*for (?:returns?|refunds?)(?:,? (?:returns?|refunds?))*,? (?:or|and|&) exchanges?,\s*(?:please )?(?:e-?mail|contact|call|write|message|get in touch|reach)|"
                  # "To qualify for a refund or an exchange, items must ...", "eligible for an exchange": the terms of an exchange, so
                  # one is offered; "We'll gladly arrange an exchange", "we take exchange requests within 30 days": the shop's part in one
                  r"\b(?:qualify|qualifies|eligible) for (?:a (?:full )?refund,? or )?(?:an? )?(?:exchange|swap)\b|"
                  r"\b(?:gladly|happily|happy to|glad to|will|can|we)(?: \w+ly)? arrange (?:an? |the |your )?(?:exchange|swap)\b|\b(?:take|accept) (?:\w+ )?(?:exchange|swap) requests\b")


def _exchanges_offered(clause: Clause, text: str) -> Iterator[Fact]:
    """Exchanges offered ("we can exchange", "exchanges are free"), or implied ("your refund or exchange")."""
    # "we can swap the units": the faulty unit changed for another of its kind, a replacement, no exchange
    # (not "if you change your mind, we can swap the unit": with no fault named, the swap is an exchange)
    if about_fault(clause, text):
        text = re.sub(UNIT_SWAPPED, " ", text)
    offered = re.search(
        r"can exchange|may exchange or return|offer (?:free |product |item )?exchanges|offer (?:a |an )?(?:\d+[- ]day )?exchange (?:window|period)|offer (?:a |an |our )?(?:[\w-]+ ){0,4}returns? (?:and|&) exchanges?|exchange (?:it|them|your)|exchanges? (?:are|is) (?:free|available|accepted|possible)|^exchanges?:? (?:accepted|welcome|offered|available)\b|\bwe (?:happily |gladly |will |can )?exchange (?:sizes?|colou?rs?)\b|"
        r"(?:can|may) be exchanged|choice of (?:an? )?exchange|(?:may|can) return\s*/\s*exchange|exchange\s*/\s*store credit|"
        r"store credit\s*/\s*exchange|exchange or store credit|store credit or (?:an? )?exchange|"
        r"accept (?:\w+ ){0,2}(?:returns? (?:and|&|or) )?exchanges?\b|exchanges? (?:will be|are|is) (?:processed|welcome)\b|"
        # "We do allow exchanges within 7 days", "exchanges are permitted": the verbs of allowing;
        # "returns can be refunded or exchanged"; "we're happy to swap it for another size"
        r"\b(?:allow|permit)(?:s|ted)? (?:\w+ ){0,2}exchanges?\b|exchanges? (?:are|is) (?:allowed|permitted)\b|"
        # "but can do exchanges", "Exchanges are subject to product availability": said of exchanges the shop makes
        r"\b(?:can|could|will|do|also) (?:also )?do exchanges\b|\bexchanges? (?:are|is) (?:always )?subject to (?:\w+ )?(?:availability|stock)\b|"
        r"\b(?:can|could|will|happy to|gladly|happily) swap (?:it|them|your \w+|the \w+)\b(?: \w+)? for (?:an?(?:nother)?|the|a different) |"
        # "we will provide an exchange", "we're happy to give you an exchange": the shop's part in one (not "an exchange form")
        r"\b(?:provide|offer|give you|arrange for you) an exchange\b(?! (?:form|label|slip|rate|address|number|request)s?\b)|"
        # "Returns and exchanges are taken for 45 days", "Refunds and exchanges must be requested ...": both the subject of a rule
        # (the verb in a lookahead: a refusal after it, "is no longer possible", is read by _refused), an obligation too
        # ("must be made within 20 days", "have to happen"), and a step of processing one ("once your return or exchange
        # is logged"): an exchange as an outcome of any return (convention 12)
        r"\b(?:returns?|refunds?) (?:and|&|or|/) (?:exchanges?|swaps?)(?= (?:are|is|can|may|will|(?:must|ha(?:ve|s) to|needs? to)(?! not\b| never\b))\b)|"
        r"\bexchanges? (?:and|&|or|/) (?:returns?|refunds?)(?= (?:are|is|can|may|will|(?:must|ha(?:ve|s) to|needs? to)(?! not\b| never\b))\b)|"
        # "Exchanges are dispatched the day ...", "Exchanges are also set up within 24 hours": what the shop does with them
        r"\bexchanges? (?:are|is|will be|get) (?:also |usually |normally |then |generally )?(?:dispatched|arranged|set up|sent out|shipped|posted|organi[sz]ed)\b|"
        # "We'll gladly swap it for you", "we're glad to swap a jumper for another size", "we either swap it or refund it"
        # (the match starts at the verb: what stands before it is read for a refusal)
        r"(?:(?<=\bwe )|(?<=we'll )|(?<=we will )|(?<=we can )|(?<=glad to )|(?<=happy to )|(?<=pleased to )|(?<=gladly )|(?<=happily )|(?<=either ))"
        r"(?:swap|exchange) (?:it|them|an? [\w-]+|your [\w-]+|the [\w-]+|any [\w-]+)\b(?!(?: [\w-]+){0,3} for (?:" + A_NEW_ITEM + r"|the same|an identical)\b)", text)
    # "your refund or exchange", "an exchange or a refund": an offer the sentence implies
    offered = offered or re.search(_SWAPS_OFFERED, text)
    implied = None if offered else re.search(r"(?:a |your )?(?:refund|store credit),? or (?:an? )?exchange|exchange,? or (?:a )?refund|"
                                             r"(?:start|initiate|request|make|begin) (?:a |your )?returns? (?:or|/|&|and) (?:an? )?exchanges?\b|" + _SWAPS_IMPLIED, text)
    found = offered or implied
    if found and _refused(text, found) and _past_a_deadline(clause, text):
        yield _unheld(_PAST_DEADLINE)  # "After that we cannot give you a refund or an exchange"
    if found and not _refused(text, found):  # "If you're not (happy), we offer ..."
        for_some = _for_some_goods_only(clause, text)
        if for_some:
            yield _unheld(for_some)
            return
        # "we exchange goods only as sold; a manufacturing fault is the exception": the fault is the rule's exception
        # in the fault readers' wider words ("stops working", "not what you ordered"): those exchanges are the fault's too
        at_fault = ((_any(_FAULT_WIDE, text) or _fault_section(clause)) and about_fault(clause, text) or listed_under_a_fault(clause, text)
                    or (_any(_RETURNS_ONLY_AT_FAULT, clause.opening) and not _any(_EVERY_ITEM, text))) \
            and not _exchange_for_a_choice(clause, text) and not _any(_FAULT_EXCEPTED + "|" + _CHOICE_BESIDE_A_FAULT, text)
        # exchanges offered for faulty items say nothing against exchanges for every item, said elsewhere
        yield Fact("resolutions.exchange", "MERCHANT_AT_FAULT" if at_fault else "ALWAYS", weak=implied is not None or at_fault)


# "items with a size or compatibility problem", "if you would like a different design", "if you accidentally bought an
# incorrect item", "a return or exchange not caused by our mistake": the customer's choice beside any fault, so the
# exchange is every return's
_CHOICE_BESIDE_A_FAULT = (r"\b(?:size|fit|compatibility)(?: or (?:size|fit|compatibility))? (?:problems?|issues?)\b|"
                          r"\b(?:like|want|prefer) a different (?:design|size|colou?r|style|model)\b|"
                          r"\b(?:accidentally|mistakenly) (?:bought|ordered|chose|purchased|picked)\b|\bnot (?:caused by|due to|because of) (?:our|a) (?:mistake|error|fault)\b")


def _for_some_goods_only(clause: Clause, text: str) -> str | None:
    """Why the exchanges a sentence offers are for some goods only, or None."""
    if still_exchanged(clause.body):
        return STILL_EXCHANGED_WHY  # "Swimwear is exchange only": the exclusions reader's case, in its words
    if scoped(clause, text) or categories_in(clause.body) or names_goods(clause.body, r"(?:may|can|could|will) (?:only )?be exchanged") \
            or _swapped_after_refused(clause.body) or _any(_GIFT_RETURN, text):  # "Gift recipients: we will provide an exchange"
        # "Items on sale are non-refundable but may be exchanged", "Gift boxes may be exchanged if unopened"
        return "exchanges for some orders only: no setting holds it"
    return None


# "Bridal shoes cannot be returned; still, if the size is wrong, we swap them": the goods the sentence refuses first are
# what the pronoun after it swaps, not every item
def _swapped_after_refused(body: str) -> bool:
    return names_goods(body, _EXCLUDING) and _any(r"\b(?:swap|exchang)\w* (?:them|it|these|those)\b", body)


# "return the item, then simply order the one you'd like", "buy the new one in a separate order", "put in a
# fresh order for the one you want": a return and an order of one's own, in place of an exchange
_ORDER_ANEW = (r"\b(?:order|buy|purchase) the (?:new )?(?:one|item|product|size|colou?r)s? (?:(?:that )?you(?:'d| would)? (?:like|want|prefer)|yourself|separately)\b|"
               r"\bin a (?:new|separate|fresh) order\b|\bput in a (?:new|fresh|separate) order\b|"
               # "send the original keyboard back and buy a new one", "place an order for the right size, then ... come back"
               r"\b(?:buy|order|purchase) a new one\b|\bplace an? (?:online |new )?order for the (?:right|correct|new|other|different|item|one|size|colou?r|product)\b")


def _order_anew(text: str) -> bool:
    return _any(_ORDER_ANEW, text) and _any(r"\breturn|\b(?:send (?:\w+ ){0,4}|come )back\b", text)  # "send the one you have back"


def reorder(clause: Clause, text: str) -> Iterator[Fact]:
    # "we suggest placing a new order", "returned and an alternative order created": the same hint in other words
    if _any(r"\breorder|place a (?:new|separate|fresh)(?: new)? order|make a (?:new|separate) purchase|new order (?:\w+ )?(?:is |be )?placed|"
            r"\bplacing a (?:new|separate) order\b|\b(?:new|alternative|separate) order (?:\w+ )?(?:is |be |being )?(?:placed|created)\b", text) or _order_anew(text):
        yield Fact("resolutions.reorder_hint", True)

"""Goods that reach the customer damaged, defective or wrong: which reasons put the shop at fault, the
window to report them, the photos asked for and the remedies offered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.quantities import digits, durations
from plugin.policy.drafting.readers.common import (
    AN_EMAIL_ADDRESS, _CANCEL, _FAULT, _HARDWARE_ISSUE, _NEGATED, _PARTIAL_REFUND, _WRONG_SIZE, Fact, _any, _compiled, _unheld,
)
from plugin.policy.drafting.readers.exclusions import _listed_under_exclusions, _refusing_intro
from plugin.policy.drafting.readers.periods import counted_from_another_event, _window, _window_facts
from plugin.policy.drafting.readers.scope import _GENERIC_SUBJECT, FOR_A_BUSINESS, _led_by_goods, scoped


# More of the words shops use for goods that reach the customer faulty, read by the fault readers
# only (the other readers' `_FAULT` checks are unchanged): goods that do not work, arrive broken, are
# not what was ordered, or come with parts missing.
_NOT_WORKING = (r"\bstops? (?:it|them) (?:from )?(?:working|functioning)\b|\b(?:does not|doesn't|do not|don't|did not|didn't|fails? to|failed to|won't|will not) (?:work|function|operate|power on|turn on|switch on)\b(?! (?:out|for))|"
                r"\bnot (?:working|functioning)\b(?! (?:out|for))|\bstop(?:s|ped)? (?:working|functioning)\b|\bmalfunction\w*|"
                r"\bmanufactur\w* (?:faults?|errors?|issues?|problems?)")
# "reached you broken", "turned up cracked", "broken when you opened the box", "something broken in the
# parcel": goods the shop sent broken, in the verbs of arriving and the places of the journey
# (not "boots that have been broken in": worn until they fit; "broken in transit" is damage)
_BROKEN = r"(?:broken(?! in\b(?! (?:transit|the|a|an|your|its|their|shipping|delivery|post|mail)\b))|cracked|chipped|smashed|shattered|dented|leaking|torn|ripped)"
_ARRIVED_BROKEN = (r"\b(?:arriv\w*|reach(?:ed|es)? you|(?:turn|show)(?:ed|n|s)? up|c(?:a|o)me|comes|got|gets|received) (?:\w+ )?" + _BROKEN + r"\b|"
                   r"\b" + _BROKEN + r" (?:on|upon|at) (?:arrival|delivery)\b|\bdamage[ds]? in transit\b|\b(?:shipping|transit|delivery|freight|product|item|parcel|package) damage\b|"
                   r"\b(?:something|anything|it|item|product) (?:is |was )?" + _BROKEN + r"\b(?! (?:seals?|tags?|packaging|boxe?s?)\b)|"
                   r"\b" + _BROKEN + r" (?:when (?:it |they )?(?:arrived|you opened)|in (?:the )?(?:parcel|box|package|post)|on (?:the|its|their) way)\b|"
                   r"\b(?:faulty|defective|damaged),? (?:or|and) " + _BROKEN + r"\b")
# the states goods reach the customer in besides "incorrect", and the customer's details that can be incorrect too
_STATES_OF_A_FAULT = r"(?:faulty|defective|damaged|broken|incomplete)"
_NOT_DETAILS = r"(?! (?:billing |shipping |delivery |payment |contact )?(?:address(?:es)?|details|information|data|forms?|payment)\b)"
# "not the one you ordered", "isn't what you ordered", "an item you did not order": the shop sent other goods
_NOT_ORDERED = (r"(?:\bnot|n't) (?:(?:the (?:item|product|one|thing|book)s? )?what|the (?:item|product|one|thing|book)s?(?: that| which)?) (?:you|was|were) (?:had )?ordered\b|"
                r"\b(?:an? |the )?(?:item|product|thing|something)s? (?:that |which )?you did(?: not|n't) order\b|"
                # "Sent the wrong thing?", "we made a mistake with your order"
                r"\b(?:sen[dt]|ship(?:ped)?|deliver(?:ed)?|receiv(?:e|ed)|g[eo]t) (?:you )?(?:an? |the )?wrong (?:one|thing|item|product|article|book|part|order|goods)s?\b|"
                # "Got something other than what you ordered?", "the box holds goods other than what you bought"
                r"\b(?:got|get|gets|received?|sent|delivered|arrived?|arrives|contains?|holds?|is|was|are|were) (?:you )?(?:something|anything|(?:an? |the )?(?:items?|products?|goods|things?)) other than what you (?:ordered|bought|purchased)\b|"
                r"\b(?:mistake|error) (?:with|in) (?:your|the) order\b(?! (?:details|form|number|address|information|notes?)\b)|\bgot (?:your|the) order wrong\b|"
                r"\b(?:does|do|did)(?: not|n't) match (?:what you (?:ordered|bought|purchased)|your order)\b|"
                # "sent by mistake", "shipped in error": goods the shop sent wrong (not "payments sent in error", "a refund was sent
                # in error": money or a message; nor "returns sent in error to our old address": the customer's parcel to the shop)
                r"(?:^|\b(?!(?:payments?|refunds?|money|funds|invoices?|e-?mails?|messages?|receipts?|returns?|was|were|is|are|been)\b)\w+ "
                r"(?:(?:was|were|is|are|has been|have been) )?)(?:sent|shipped|delivered|dispatched|posted) (?:to you )?(?:by mistake|in error|by error)\b(?! to (?:us|our)\b)|"
                # "the wrong size because of a mistake of ours", "the wrong colour through our error": a size or colour the shop got wrong
                r"\bwrong (?:size|colou?r|pattern|style|fit|model)s?\b[^.;]{0,30}?\b(?:because of|due to|through|by|from) (?:an? )?(?:our (?:mistake|error|fault)|(?:mistake|error|fault) (?:of ours|on our (?:part|side)))|"
                r"\b(?:your )?(?:order|shipment|item|product)s? (?:is|was|are|were) (?:incorrect|wrong)\b|"
                # "when you get two identical curtains", "we shipped a duplicate order": goods sent twice by mistake
                r"\b(?:get|gets|got|receive[sd]?) (?:two|2) identical\b|\b(?:sent|shipped|received?|got) (?:you )?(?:a )?duplicate (?:items?|orders?|products?|shipments?|parcels?)\b|"
                # "(mixed up, faulty on arrival)", "an order mix-up", "incorrect upon delivery": the shop sent the wrong goods
                r"\bmix(?:ed)?[- ]?ups?\b|\bincorrect (?:up)?on (?:delivery|arrival|receipt)\b|\b(?:arriv\w*|delivered|received|sent|shipped) incorrect(?:ly)?\b|"
                # "if the parcel you got is the wrong one", "the item you received is incorrect": the goods received said to be wrong
                r"\b(?:order|parcel|package|shipment|item|product|goods)s? (?:(?:that )?you (?:got|received|were sent)|we (?:sent|shipped|posted)(?: you)?) (?:is|was|are|were) (?:the )?(?:incorrect|wrong)\b(?! (?:size|colou?r|fit|style)\b)|"
                # "incorrect, faulty or damaged", "damaged or incorrect": "incorrect" among the states goods reach the customer in
                r"\bincorrect(?:,? (?:or |and )?" + _STATES_OF_A_FAULT + r")+\b" + _NOT_DETAILS + r"|\b" + _STATES_OF_A_FAULT + r"(?:,? " + _STATES_OF_A_FAULT + r")*,? (?:or|and) incorrect\b" + _NOT_DETAILS)
_PARTS_MISSING = (r"\b(?:items?|parts?|pieces?|components?|accessories) (?:are |is |were |was |be )?(?:\w+ or )?missing\b|"
                  r"\bmissing from (?:your|the) (?:order|parcel|package|box|shipment)\b|\bshort[- ]shipped\b|(?:is|are) missing (?:an? |any |some )?(?:parts?|pieces?|components?|items?|products?)\b")
# "does not match its description", "differs from the listing", "different from what the website showed", "the
# product differs materially from the specifications we published": goods other than the shop described them (not a
# disclaimer: "colours may differ slightly from the photos")
_NOT_DESCRIBED = (r"(?:\bnot|n't) as (?:described|advertised|pictured|shown)\b|\bdoes not meet the specifications\b|"
                  r"\b(?:does|do|did)(?: not|n't) match (?:its|the|our|their|your)? ?(?:(?:detailed|product|item|online|written) )?"
                  r"(?:description|listing|specifications?|pictures?|photos?|images?)\b|"
                  r"(?<!may )(?<!might )(?<!can )(?<!could )\bdiffer(?:s|ed)? (?:materially |significantly |substantially )?from (?:its|the|our|their) (?:(?:detailed|product|item|online|written) )?(?:description|listing|specifications?|pictures?|photos?|images?)\b")
# "an incorrect shipment", "a shortage", "short of pieces": goods sent wrong or short, in the nouns a claim names them by
# (not a bare "is something missing?": a parcel gone missing is a lost delivery, no order sent short)
_SENT_WRONG = r"\bincorrect (?:shipment|delivery|parcel|package)s?\b"
# ("a shortage of stock", "supply shortages": goods the shop lacks, no order sent short)
# "Any missing item must be reported", "tell us of missing pieces": the goods left out of the order named as the fault
# (not "returns with missing pieces", "missing parts of a set sent back to us": the state a return comes back in)
_MISSING_NOUNS = r"missing (?:goods|products?|contents|items?|parts?|pieces?|components?|accessories)"
_MISSING_GOODS = r"(?<!with )\b" + _MISSING_NOUNS + r"\b(?![^.;,]{0,30}\b(?:returned|sent back|brought back)\b)"
_SENT_SHORT = r"(?<!stock )(?<!supply )\bshortages?\b(?! (?:of|in) (?:stock|supplies|supply|materials?|inventory|staff)\b)|\bshort of (?:\w+ )?(?:pieces|parts|items|components)\b|" + _MISSING_GOODS
# "Report any losses or damages", "notify us of any damage": damage the customer reports, a noun
_DAMAGE_REPORTED = r"\b(?:report|notify us of|inform us of|let us know (?:of|about)) (?:any |all )?(?:(?:loss|losses|shortages?) (?:or|and) )?damages?\b"
# "factory faults", "a quality fault", "something wrong with its quality": a defect named by where it comes from
_QUALITY_FAULT = r"\b(?:factory|quality|manufactur\w*) (?:faults?|defects?|issues?|problems?)\b|\bwrong with (?:its|the|their) (?:quality|workmanship)\b"
_FAULT_WIDE = (_FAULT + "|" + _QUALITY_FAULT + "|" + _DAMAGE_REPORTED + "|" + _NOT_WORKING + "|" + _ARRIVED_BROKEN + "|" + _NOT_ORDERED + "|" + _PARTS_MISSING
               + "|" + _NOT_DESCRIBED + "|" + _SENT_WRONG + "|" + _SENT_SHORT)

_REASONS = (
    ("DEFECTIVE", r"defect|faulty|flaws?\b|" + _QUALITY_FAULT + "|" + _HARDWARE_ISSUE + "|" + _NOT_WORKING),
    ("DAMAGED", r"(?<!un)(?<!non-)(?<!non )damaged|\bany damage\b|\b(?:find|found|notice[ds]?|spot(?:ted)?|discover(?:ed)?) (?:any |some |hidden |visible )?damage\b|^(?:any |all )?(?:(?:loss(?:es)?|shortages?) (?:or|and) (?:any )?)?damages?\b|\bdamages? (?:to|regarding|on|with|of) (?:your |the )?(?:order|items?|goods|parcel|package|product)s?\b|" + _ARRIVED_BROKEN + "|" + _DAMAGE_REPORTED),
    # (not "Cleaning done the wrong way", "stored the wrong way": a manner, no item)
    ("WRONG_ITEM", r"(?<!ordered the )(?<!ordered a )(?<!installed )(?<!assembled )(?<!fitted )(?<!used )(?<!connected )(?<!mounted )wrong(?!ly (?:installed|used|fitted|assembled|connected|mounted|handled|stored|operated|set up)\b| size| colou?r| with| (?:delivery |shipping |postal )?address| way\b)|" + _WRONG_SIZE + r"|sent incorrectly|incorrect(?:,? (?:or |and )?\w+){0,3} (?:item|product|merchandise|order|goods)|" + _NOT_ORDERED + "|" + _SENT_WRONG),
    ("NOT_AS_DESCRIBED", _NOT_DESCRIBED),
    ("INCOMPLETE", r"incomplete(?!(?: or \w+)? (?:\w+ )?(?:details|address(?:es)?|information|data|forms?|applications?))|missing (?:parts|pieces|components|items?)\b|" + _PARTS_MISSING + "|" + _SENT_SHORT),
    ("LATE_DELIVERY", r"shipping delays|late delivery|arrived late|delivered late"),
)


# A paragraph that opens on another subject ("Refunds will be issued ...", "Orders can be cancelled
# ...", "Perishable Goods: ...") is out of a fault heading's reach, though no new heading stands over it.
_OTHER_SUBJECT = r"^(?:all |any |our )?(?:refunds?|cancell?ations?|orders?|exchanges?|returns?|gift|store credit|shipping|we reserve)\b"


# Damage the customer's side caused ("damaged by your pet", "damage caused by pet activity", "items that use has
# damaged"), not the shop
_CAUSED_ELSEWHERE = r"\b(?:use|wear|misuse|mishandling|negligence|accidents?) (?:has|have|had) damaged\b|damage[ds]? (?:through|from|due to) (?:mishandling|misuse|neglect|improper|accident|normal)|damaged\b[^.;]{0,40}\bdue to (?:the customer'?s |your )?(?:improper|poor|inadequate|insufficient)\b|damage[ds]?\b(?: \w+)?(?: caused)? by (?!us\b|our\b|e-?mail|phone|telephone|post\b|mail\b|letter|calling|writing|contacting|sending|completing|filling|replying|using|following|visiting|clicking|logging|\d|(?:the )?(?:carrier|courier|shipping|post|postal|delivery|ups|usps|fedex|dhl|manufacturer)|transit)(?:your |the |a )?\w+"


# "has not been used or damaged": a negation over a list of a return's states names no fault
_STATES = r"(?:used|worn|opened|washed|altered|tampered with|soiled|marked|scratched)"
# "picked the wrong product", "ordered the wrong size": the customer's own mistake, not the shop's
# "if you made a mistake in your order": the customer's own mistake too
# "if the size is wrong for you": a fit that does not suit, not goods the shop got wrong
_CUSTOMERS_CHOICE = (r"\b(?:picked|chose|chosen|ordered|bought|purchased|selected) (?:the|a) wrong\b|\byou (?:have )?(?:made|make) (?:a|an) (?:mistake|error)\b|"
                     r"\b(?:size|colou?r|fit|style|length) (?:is|was|turns out to be|feels) (?:\w+ )?wrong\b|\bwrong for (?:you|them|him|her|your)\b")


# "When the returned product arrives, we check whether it is faulty", "we inspect each item to see if it is damaged": the
# shop's check asks about a fault, it names none the shop answers for (unless the sentence goes on to what it does then:
# "if so, we replace it")
_CHECKED_FOR_A_FAULT = (r"\b(?:check|inspect|examin|test|verif|assess|determin|establish)\w*\b[^.;,]{0,30}?\b(?:whether|if) "
                        r"(?:or not )?(?:it|they|the (?:\w+ )?\w+|your \w+) (?:is|are|was|were|has been|have been)(?: really| indeed| actually)? "
                        r"(?:(?:faulty|defective|damaged|broken|used|worn|complete)(?:,? (?:or|and) )?)+\b(?![^.;]{0,20}\bif (?:so|it is|they are)\b)|"
                        # "we inspect it for damage or wear", "every return is checked for defects": the same check, named by what it looks for
                        # (not "check your parcel for damage when it arrives": the customer's look at the goods the shop sent)
                        r"(?:\bwe|\bour (?:[\w-]+ ){0,2}(?:team|staff|warehouse|technicians?)|\b(?:is|are|will be|gets?|get)) (?:\w+ )?"
                        r"(?:check|inspect|examin|test)\w*(?: (?:it|them|(?:the|each|every|all|any) (?:\w+ )?\w+))? for (?:any )?(?:signs? of )?"
                        r"(?:(?:damage|defects?|faults?|wear|use)(?:,? (?:or|and) )?)+\b")


# "If a technical problem stops us paying the money back", "a technical issue with our website": trouble with the
# shop's payments or site, no goods
# (not "a hardware fault in the system board", "a technical fault with the card slot": the goods' own parts)
_TROUBLE_ELSEWHERE = (r"\b(?:technical|system) (?:problems?|issues?|errors?|faults?|failures?)\b(?= (?:stops?|prevents?|keeps?|delays?) (?:us|the)\b|"
                      r" (?:with|on|in|at) (?:the |our |your )?(?:payments?|refunds?|website|web ?site|site|system|checkout|card|bank|server)s?\b"
                      r"(?! (?:boards?|slots?|readers?|ports?|units?|drives?)\b))")


def _at_fault_words(text: str) -> str:
    """`text` without "non-faulty", "non-defective": the returns no one is at fault for name no fault."""
    return re.sub(r"\bnon[- ]?(?:faulty|defective|damaged|fault)\b|\bnot every (?:flaw|defect|fault)\b|" + _CUSTOMERS_CHOICE + "|" + _TROUBLE_ELSEWHERE + "|"
                  r"\bnot (?:been |be )?(?:" + _STATES + r",? (?:or |and )?){0,3}(?:faulty|defective|damaged)\b|"
                  # "if they show no damage", "back without damage": the state a return must be in
                  # "with no scratches or faults", "have no pieces missing", "nothing missing": the same, in a list of states
                  r"\b(?:no|without(?: any)?) (?:signs? of )?(?:\w+ (?:or|and) )?(?:damage|defects?|faults?)\b|"
                  r"\b(?:no|without(?: any)?) (?:\w+ )?(?:parts?|pieces?|items?|components?|accessories) missing\b|\bnothing (?:is )?missing\b|"
                  # "items that are not a warranty or damage claim", "returns other than defect claims": the other returns, the fault
                  # claim set apart
                  # ("not part of a warranty or damage claim", "not covered by a defect claim": the same)
                  r"\b(?:not|other than)(?: (?:part of|covered by|under))? (?:an? )?(?:(?:warranty|damage|defect|fault)s? (?:or|and) )?(?:warranty|damage|defect|fault)s? (?:claims?|returns?|cases?)\b|"
                  # "if something is wrong with your order" names no fault of its own ("wrong with its quality" does)
                  # "if nothing is wrong with it": the fault denied, the rule for every other return
                  r"\b(?:something|anything|nothing)(?:'s| is| was| goes| went)? wrong with\b(?! (?:its|the|their) (?:quality|workmanship))|"
                  # "if anything is wrong, email us": whatever the trouble is, no goods got wrong
                  r"\b(?:something|anything|nothing)(?:'s| is| was| seems) wrong\b(?! with)|"
                  # "with no serial number missing, damaged or altered": a list of states a return must not be in
                  r"\b(?:no|without(?: any)?) (?:(?!(?:if|when|where|unless|that|which|is|are|was|were|be|been)\b)[a-z-]+ ){1,3}?"
                  r"(?:(?:missing|removed|altered|defaced|scratched|marked|torn|damaged),? (?:or |and )?)+(?:missing|removed|altered|defaced|scratched|marked|torn|damaged)\b|"
                  # "telling us what is wrong": the problem, whatever it is
                  # "if something goes wrong in the post", "when things go wrong": an event gone wrong, no goods got wrong
                  r"\bwhat(?:'s| is| was| went) wrong\b|\b(?:go|goes|going|went|gone) wrong\b|" + _CHECKED_FOR_A_FAULT, " ", text)


def _fault_section(clause: Clause) -> bool:
    if not _any(_FAULT, _at_fault_words(clause.heading.lower())) or _any(_CAUSED_ELSEWHERE, clause.heading.lower()):
        return False  # "Damaged Items by Pets" is about damage the shop does not answer for
    opening = clause.opening or clause.body
    return _any(_FAULT, opening) or not (_any(_OTHER_SUBJECT, opening) or _led_by_goods(opening))


@lru_cache(maxsize=256)
def _carrier_paragraph(paragraph: str) -> bool:
    return _claim_with_the_carrier(paragraph) and not _any(r"\bwe(?: will|'ll)? (?:file|make|submit|open|handle)|" + _OUR_CLAIM, paragraph)


# "We need these to make a claim with the carrier", "so that we can file a claim", "for us to open a claim": the shop
# files the claim itself, the customer reports the fault to the shop ("We'll need them to file a claim" too; not "it is not
# possible for us to file a claim for you": the claim left to the customer)
_OUR_CLAIM = (r"\bwe(?:'ll| will)? (?:need|use|require) (?:them|these|this|it|those)(?: photos| pictures)? (?:in order )?to (?:file|make|submit|open) (?:a |the )?claim|"
              r"\bso (?:that )?we (?:can|may|are able to) (?:file|make|submit|open) (?:a |the )?claim|"
              r"(?<!not possible )(?<!impossible )(?<!unable )(?<!not able )\bfor us to (?:file|make|submit|open) (?:a |the )?claim")


# "Faulty goods are replaced, not refunded", "we replace frames that arrive damaged; we do not refund them":
# one remedy given in place of another, which refuses no fault
_INSTEAD_OF_A_REFUND = r"\b(?:not|never|cannot|can't|can not|will not|won't|do not|don't) (?:be )?(?:refund|credit|reimburs)\w*(?: (?:them|it|you))?"


def _remedy_instead(text: str) -> str:
    if not _any(r"\b(?:replac|repair|exchang|swap)\w*", text):
        return text
    return re.sub(_INSTEAD_OF_A_REFUND, " ", text)


# "Claims for damage are not accepted more than 10 days after delivery", "Claims reported more than 15 days after delivery
# will not be accepted": late claims refused, which is a deadline for reporting, no refusal of the fault
_LATE = r"(?<!\bno )(?<!\bnot )\b(?:more|later) than \w+ (?:calendar |business |working )?(?:days?|hours?|weeks?) after\b"
_LATE_CLAIM_REFUSED = (r"\b(?:will |shall |can |may )?not (?:be )?(?:accepted|honou?red|considered)(?=\s+(?:more|later) than )|"
                       r"(" + _LATE + r"[^.;]{0,40}?)\b(?:will |shall |can |may )?not (?:be )?(?:accepted|honou?red|considered)\b")


# The fault readers, the window, resolutions and guesses each ask this of the same clause (about 4
# times each); the answer depends only on the clause (frozen, compared field by field) and the text.
@lru_cache(maxsize=1024)
def about_fault(clause: Clause, text: str) -> bool:
    """Damage the shop answers for, not damage that bars a return ("damaged after purchase")."""
    # "you consent that ... it is not faulty, damaged or not as described": the faults are denied
    # "it has not been used or damaged": a state denied among the conditions of a return
    denied = _any(r"\b(?:is|are|was|were|has|have)(?: not|n't) (?:been )?(?:[\w-]+,? (?:[\w-]+ )?(?:or|and|nor) )?(?:faulty|defective|damaged)\b|"
                  # "neither the product nor its packaging may be damaged in any way": a state the return must not be in
                  r"\bneither\b[^.;]{0,60}\bnor\b[^.;]{0,60}\b(?:may|can|must|should|shall) (?:be|have been) (?:faulty|defective|damaged)\b", text)
    text = _at_fault_words(text)
    # "must be reported within 7 days ..., or it may not be accepted": what happens if the customer is late
    # "..., otherwise we may refuse the return": the same, said of the shop
    text = re.sub(r"\b(?:or|otherwise),? (?:it|they|the (?:item|return|goods)s?) (?:may|will|might|would) not be accepted\b.*|"
                  r"\b(?:or|otherwise),? we (?:may|will|might|would|can) (?:refuse|reject|decline)\b.*|"
                  # "..., or the request is void": the same, of the claim
                  r"\b(?:or|otherwise),? (?:the|your|any) (?:request|claim|return|report)s? (?:is|are|will be|becomes?|may be) (?:void|invalid|null)\b.*", " ", text)
    text = re.sub(_LATE_CLAIM_REFUSED, r"\1 ", _remedy_instead(text))
    # Everything below can only veto a fault, and every check is a pure pattern test, so a clause that
    # names no fault is answered here without running them (most clauses: this was the drafter's
    # costliest function).
    if not (_any(_FAULT_WIDE, text) or _fault_section(clause)):
        return False
    refusing = _any(_CAUSED_ELSEWHERE + r"|after purchase|\b(?:damaged|caused|broken|done|misused|mishandled|worn|used|altered|dropped|lost) (?:\w+ )?by (?:the customer|you)\b|not (?:be )?(?:held )?(?:responsible|liable) for|under no circumstances|not (?:be )?accepted|are final|cannot be returned|will not be processed|we deem|"
                    r"(?:cannot|can't|can not|will not|won't|may not|must not) be (?:refunded|exchanged|returned|accepted|taken back|replaced|repaired)\b|"  # "Opened or damaged products cannot be refunded", "anything worn or damaged won't be exchanged"
                    r"\bdeclined?\b|(?:cannot|can't|can not|will not|won't|do not|don't|unable to) (?:credit|refund|reimburse)\b|"
                    r"(?:cannot|can't|can not|will not|won't|do not|don't|unable to|not able to) (?:issue|give|offer|provide) (?:a |any )?refund|"
                    r"not eligible|ineligible|not (?:be )?covered|(?:does|do|will) not cover|\bvoids?\b|excluded from|"
                    r"(?:cannot|can't|not) (?:take|accept) (?:the )?(?:fault|responsibility)|not liable|(?:(?:will|shall|can|may) be|are|is) (?:refused|rejected)\b|"
                    # "We accept no liability for any damage caused by events beyond our control": the shop denies it answers for it
                    # (not "you bear no responsibility", "there is no responsibility on you": the customer's, no denial of the shop's;
# nor the denial followed by "but if ..." or "; if ...": another case, the fault's, the shop answers for)
                    r"(?<!\byou )(?<!\byou will )(?<!\bcustomers )(?<!\bthe customer )\b(?:accepts?|takes?|bears?|assumes?|has|have|holds?) "
                    r"no (?:\w+ )?(?:liability|responsibility)\b(?![^.]*?(?:\bbut|;)\s*(?:if|when|should|where)\b)|"
                    r"\bno (?:\w+ )?(?:liability|responsibility) (?:is |can be |will be )?(?:accepted|taken|assumed)\b|\b(?:cannot|can't|can not|do not|don't|will not|won't) (?:answer|be accountable) for\b"
                    # (the goods or their damage, not "we can't answer for the courier's delays, but we will replace it")
                    r"(?=(?: [\w'-]+){0,5}? (?:damage\w*|broken|defect\w*|fault\w*|breakage|parcels?|goods|items?|products?|orders?|packages?)\b)|"
                    r"not returnable|non-?returnable|(?:unable|not able) to (?:refund|exchange|accept|return|take)|"
                    r"\brefuse (?:to accept )?(?:the )?returns?|no refund will be issued|not (?:be )?granted|fails? (?:\w+ )?inspection|\bnot for (?:\w+ ){0,2}damage|"
                    r"\bno (?:\w+ (?:or|and) )?damaged (?:merchandise|items?|goods|products?)|"
                    # "we can neither refund nor exchange an order that has been damaged", "(when you) damaged the goods after they
                    # reached you": a refusal, and damage the customer did
                    r"\bneither (?:refund|return|exchange|accept|take back)\w* nor\b|\b(?:damaged|broke|broken) (?:the|your|any) (?:goods|items?|products?|merchandise)\b|"
                    # "the product or its packaging shows any damage": a state a return is refused in (not damage seen on arrival)
                    r"\bshow(?:s|ing)? (?:any |signs? of )(?:damage|wear)\b(?![^.;]{0,25}\b(?:arriv|deliver|receiv|reach|transit|shipping))|"
                    # "the return will be denied", "evidence of a fraudulent return such as reporting false damage"
                    r"\bden(?:y|ies|ied)\b|\bfraud|\bfalse\b|carelessness|"
                    # "minor variations do not count as defects", "scratches on the case are not considered damage": what is no fault
                    r"\b(?:do|does|will|shall|would)(?: not|n't) (?:count|qualify|be (?:considered|deemed|treated)) as (?:a |an )?(?:defect|fault|damage|flaw)|"
                    r"\b(?:is|are)(?: not|n't) (?:considered|deemed|classed|classified|treated as|regarded as) (?:a |an )?(?:defect|faulty|fault|damage|flaw)|"
                    # "We cannot accept anything that is damaged", "Any damage on the way back is the customer's responsibility"
                    r"\b(?:cannot|can't|can not|will not|won't|do not|don't|unable to) accept\b|\bat (?:your|the customer'?s|the buyer'?s) (?:own )?risk\b|"
                    r"\b(?:is|are) (?:the )?(?:customer'?s|buyer'?s|sender'?s|your)(?: own)? responsibility\b|\bresponsibility of the (?:customer|buyer|sender)\b|"
                    # "the product comes back incomplete", "arrives back damaged": the state the return comes back in
                    r"\b(?:comes?|came|arrives?|arrived|is returned|are returned|sent) back (?:to us )?(?:\w+ )?(?:incomplete|damaged|broken|used)\b|"
                    # "if a returned item reaches us damaged", "if the products do not come back complete": the same, said of the shop's end
                    r"\b(?:reach(?:es|ed)?|gets? (?:back )?to|comes? (?:back )?to|arriv(?:es|ed) (?:back )?(?:at|to|with)) us (?:\w+ )?(?:incomplete|damaged|broken|used)\b|"
                    r"\b(?:do|does|did)(?: not|n't) (?:come|arrive|get) back (?:to us )?(?:complete|intact|whole|in full)\b|"
                    # "a return that is missing parts", "returned items that arrive damaged": the return is the subject, the
                    # state it reaches the shop in (not "returns for items that arrive damaged": the goods the customer got)
                    # (not "the item you wish to return is damaged", "the goods you return are damaged": the goods the
                    # customer got, "return" a verb; "Returns received damaged", "Items returned to us damaged or incomplete":
                    # the same state in other words)
                    r"(?<!\bto )(?<!\byou )\b" + _A_RETURN + r"(?: (?:that|which))? (?:is|are|arrives?|arriving|comes? back|gets? back|"
                    r"reach(?:es)? us|(?:is |are )?received)(?: back| to us)? (?:missing|incomplete|damaged|broken)\b|"
                    r"\b(?:items?|goods|products?|merchandise|orders?) (?:that are |which are )?returned (?:to us )?(?:missing|incomplete|damaged|broken)\b|"
                    # "where the cause wasn't a mistake of ours", "through no fault of ours": the shop denies the fault
                    r"(?:\bno|\bnot|n't) (?:\w+ ){0,2}(?:fault|mistake|error)s? (?:of ours|on our (?:part|side)|of the (?:shop|store|seller))\b|\bnot (?:caused )?by us\b|"
                    # "damaged for reasons that are not our fault", "where we were not to blame": the shop denies the fault
                    r"(?:\bnot|n't) (?:\w+ )?(?:our (?:fault|doing|mistake|error)|to blame)\b|"
                    # "We reserve the right to reject a return if: - Product returned incomplete"
                    r"\b(?:reject|refuse)\w* (?:a |the |any |your )?(?:returns?|refunds?|claims?)\b|"
                    # "We give no refund or replacement in any of these cases: - Wrong items were given when ordering" (not "no
                    # replacement in such cases; damaged goods are refunded": the cases end where the sentence goes on)
                    r"\bno (?:refunds?|replacements?|exchanges?)(?: (?:or|and|nor) (?:refunds?|replacements?|exchanges?))? (?:(?:is|are|will be) (?:given|issued|offered) )?"
                    r"in (?:any of )?(?:these|the following|such|those) (?:cases|situations|circumstances|events)\b(?![^:]*[;,] )", text) and not _any(r"\bunless\b", text)
    # "insure the package if it is lost or damaged" is shipping advice; "your statutory rights for
    # faulty goods" is the law's promise, not a setting of the shop's.
    # "wrap it so nothing is damaged on the way", "insure it in case it gets damaged": advice against damage
    aside = _any(r"\bso (?:that )?(?:nothing|it|they|(?:the|your) \w+) (?:is|are|gets?|will be|won't be|isn't|doesn't get) (?:\w+ )?damaged\b|"
                 r"\bin case (?:it|they|(?:the|your) \w+) (?:[\w ]{0,20}or )?gets? damaged\b|\b(?:avoid|prevent)\w* (?:any )?damage|\bpack\b|\binsur(?!ance claim (?:on (?:your|the customer'?s) behalf|for you))|\b(?:lost|stolen),? (?:(?:or|and) )?damaged\b|\bdamaged,? (?:(?:or|and) )?(?:lost|stolen)\b|statutory|consumer rights|consumer (?:law|guarantee)|legal rights|read more|click here|"
                 # "free from damage or defects" is a state a return must be in; "free of charge" is the price of a remedy
                 r"(?:can|may|will) result in (?:an? )?(?:\S+ )?(?:fee|charge|deduction)|free (?:of|from) (?!charge\b|cost\b)[^.]{0,30}(?:damage|defect)|"
                 r"(?:is|are|was|were) (?:in fact )?not (?:\w+ )?(?:damaged|defective|faulty)|"
                 r"warranty (?:process|claims?|department|procedure)|warranty (?:includes|covers|coverage)|covered by (?:the |our |a )?(?:manufacturer'?s? )?warranty|\bdeduct\w* from (?:the |your )?(?:refund|credit)", text)
    aside = aside or (_any(_CHARGED, text) and not _charge_spares(text))
    # "Under EU rules, a trader must repair ... if goods turn out to be faulty", a "Consumer Rights" section:
    # what the law promises, not a setting of the shop's
    aside = aside or _any(r"\bunder (?:\w+ ){0,2}(?:rules|law|laws|regulations?|legislation)\b|consumers? (?:are|is) entitled", text) \
        or _any(r"statutory|consumer rights|consumer (?:law|guarantee)|legal rights", clause.heading.lower())
    # "Returns with damaged or missing packaging ...": the state of a return, not the shop's fault
    packaging = _any(r"(?:with|in) (?:\w+ )?damaged (?:or missing )?(?:packaging|box)", text)
    # "Failure to do so may prevent you from filing a claim with the carrier": the paragraph is about
    # the customer's claim with the carrier, not about what the shop takes back
    # (not goods sent wrong, in a paragraph that turns to them: no carrier answers for the shop's picking)
    carrier = _carrier_paragraph(clause.paragraph_text) and not _any(_NOT_ORDERED, text)
    refusing = refusing or _listed_under_exclusions(clause)  # "Damaged due to improper installation" under "Non-returnable items"
    refusing = refusing or _listed_under_a_refusal(clause)
    refusing = refusing or _cutting_a_refund(clause, text)
    # "Damaged candles are not returnable. Email us if you receive damaged product (for the carrier's claim)"
    refusing = refusing or _any(r"(?<!un)damaged [\w ]{0,30}\b(?:are|is) (?:not (?:returnable|refundable|accepted)|non-?returnable)", clause.paragraph_text)
    aside = aside or denied or _any(_WARRANTY_TERM + "|" + _SHOP_PHOTOGRAPHS + "|" + _FLAWS_ACCEPTED, text)
    aside = aside or _answered_by_others(text)
    return not refusing and not aside and not packaging and not carrier


# the parcel the customer sends back, named as such
_A_RETURN = r"(?:returns?|returned (?:items?|goods|products?|merchandise|orders?|parcels?|packages?))"


# "We do not accept returns, except for:", "No refunds other than for:": the items listed are the exceptions, faults
# among them the shop's
# ("We give no refunds except in these cases:", "..., with the exception of:": the exception anywhere in the introduction,
# not only at its end; a bare "but" only at its end)
_EXCEPTING_INTRO = (r"\b(?:except|excepting|apart from|aside from|other than|with the exception of|save for|unless)\b|"
                    r"\bbut\b(?: (?:for|when|if|where|in))?\W*$")


def _listed_under_a_refusal(clause: Clause) -> bool:
    """"We give no refunds or exchanges for: - Products whose packaging is damaged - Products not sent back complete": a
    line under an introduction that refuses what it lists is a state refused, no fault of the shop's."""
    return clause.listed and _refusing_intro(clause) and not _any(_EXCEPTING_INTRO, _plain(clause.intro).lower())


# "Items that are used, damaged or missing parts may get a reduced refund", "merchandise we find dirty, stained, damaged or
# abused", "anything not in its original condition, damaged, or missing parts": damage listed beside the wear a customer
# causes is a state the return comes back in, not goods the shop sent faulty (unless the goods arrived so)
# (not "damaged items that have not been used": wear denied is the state the faulty goods must be in)
_WEAR = (r"(?<!not )(?<!not been )(?<!never been )\b(?:(?<!un)used|worn|dirty|stained|soiled|abused|washed|washing|wear|signs of use|misused|modified|modification|"
         r"(?:not |n't )(?:\w+ ){0,3}(?:original condition|(?:fully )?re-?sal(?:e|ea)ble))\b")
_DAMAGE_OR_SHORT = r"\b(?:damaged?|(?:is |are |with )?missing (?:a |any |some )?(?:parts?|pieces?|components?|accessories))\b"
_STATES_OF_A_RETURN = (_WEAR + r"[^.;:]{0,60}?" + _DAMAGE_OR_SHORT + "|" + _DAMAGE_OR_SHORT + r"[^.;:]{0,40}?" + _WEAR)
# ("if you find it damaged or stained when you open the parcel", "the product you got is damaged or dirty", "if it turns up
# damaged or soiled": the goods as they reached the customer too)
_ARRIVING = (r"\barriv\w*|\breceiv\w*|\breach\w* you\b|\bdeliver\w*|\btransit\b|\bon (?:the|its|their) way\b|\bin the (?:post|mail)\b|\bout of the box\b|"
             r"\bopen\w* (?:it|them|the (?:box|parcel|package|order))\b|\b(?:turn|show)(?:s|ed)? up\b|\byou (?:got|get)\b")
# "If we sent you a used or damaged item, we will replace it", "If your order contains damaged or dirty items, contact us":
# the shop sent them so, or the customer reports them as a fault
_REPORTED_OR_MADE_GOOD = (r"\b(?:contact|e-?mail|tell|notify|inform|call|message) us\b|\blet us know\b|\bwe(?:'ll| will)? (?:replace|repair|send)\b|"
                          r"\bwe (?:sent|shipped)\b|\bsent you\b|\bnot as described\b|\b(?:order|parcel|package|box) contains\b")


# "the publisher has to be contacted for replacement parts", "please contact the manufacturer directly": the maker
# answers for the fault, not the shop
_MAKER = r"(?:publisher|manufacturer|maker|brand|supplier)s?"
_MAKER_CONTACTED = (r"\b(?:the |its |their )" + _MAKER + r"(?:'s?)? (?:has|have|must|should|needs?|will need) to be contacted\b|"
                    r"\b(?:contact|write to|get in touch with|reach out to) (?:the |its |their )" + _MAKER + r"\b(?! (?:on your behalf|for you))")


# "we will contact the manufacturer and send you a replacement", "there is no need to contact the brand": the shop answers
_SHOP_CONTACTS_OR_NO_NEED = (r"(?:\bwe(?:'ll| will| shall| can| may)?|\bno need to|\b(?:don't|do not|won't|will not|needn't|need not)(?: (?:need|have) to)?)"
                             r" (?:\w+ ){0,2}$")


def _answered_by_others(text: str) -> bool:
    """Damage the customer's wear caused, or a fault the maker or the carrier answers for (unless the shop files the claim)."""
    carrier = _claim_with_the_carrier(text) and not _any(_OUR_CLAIM, text)
    maker = any(not _any(_SHOP_CONTACTS_OR_NO_NEED, text[: found.start()]) for found in _compiled(_MAKER_CONTACTED).finditer(text))
    return carrier or _states_of_a_return(text) or maker


def _states_of_a_return(text: str) -> bool:
    # (not "opened or used tea can't come back, unless it is faulty or damaged": the damage excepted is the shop's fault)
    unexcepted = re.sub(_FAULT_EXCEPTION + r"[^.;]*", " ", text)
    return _any(_STATES_OF_A_RETURN, unexcepted) and not _any(_ARRIVING + "|" + _REPORTED_OR_MADE_GOOD, text)


def _cutting_a_refund(clause: Clause, text: str) -> bool:
    """"Partial refunds apply to: - items with parts missing", "Only part of the price is refunded for:": the cases
    of a reduced refund are states a return comes back in, not faults of the shop's (unless they arrived so)."""
    lead = f"{clause.intro} {clause.heading}".lower()
    return bool(clause.intro or clause.listed) and _any(_PARTIAL_REFUND, lead) and not _any(_ARRIVED_BROKEN + r"|\breach(?:es|ed)? you\b", text)


# "By buying you accept that the printing can leave small flaws", "you understand that handmade pieces may show minor
# imperfections": flaws the customer accepts as the goods' nature, no fault the shop answers for
# (not "you agree to tell us about any defects", "you understand that if we made a mistake, we replace it": a fault
# reported, no flaw accepted; the flaws are what the goods "may" or "can" show)
_FLAWS_ACCEPTED = (r"\byou (?:accept|agree|acknowledge|understand)\b[^.;]{0,100}?\b(?:may|can|might|could|will|do|does)(?: \w+){0,4}? "
                   r"(?:flaws?|imperfections?|defects?|irregularit(?:y|ies)|mistakes?|blemish(?:es)?)\b")


# "We inspect returns and photograph any damage", "our warehouse team takes pictures of any damage": the shop's
# record of the state a return comes back in, not damage it answers for
_SHOP_PHOTOGRAPHS = (r"\b(?:we|our (?:[\w-]+ ){0,2}(?:team|staff|warehouse|inspectors?))(?: will| then| also)?(?: [\w ]{1,30}? and)? "
                     r"(?:photograph|takes? (?:photos?|pictures?|images?) of)\b")


# A warranty's terms ("The warranty means that if your item becomes faulty within ..."): a fault arising
# later, under a warranty, not the shop's terms for goods that arrive faulty
_WARRANTY_TERM = (r"\b(?:becomes?|became|develops?|developed) (?:an? )?(?:faulty|defective|fault|defect)|"
                  # "covered by its maker's warranty", "handled under the brand's warranty": the maker's terms, not the shop's
                  r"\b(?:handled|covered|dealt with|serviced) (?:by|under|through|via) (?:the |our |their |its |a )?(?:(?:manufacturer|maker|brand)'?s'? )?warranty|"
                  r"\b(?:the|this|our) (?:[\w-]+ ){0,2}warranty (?:\w+ )?(?:means|is|applies|lasts|period|covers|includes)\b|"
                  # "Under the terms of that warranty, we may replace or repair faulty items": what the warranty gives, not the
                  # shop's terms for goods that arrive faulty
                  # ("As per the terms of the warranty", "Under that warranty's terms", "In line with the warranty terms": the
                  # same in other words; "under the terms of our returns policy" stays the shop's)
                  r"\b(?:under|(?:as )?per|in (?:line|accordance|keeping) with) (?:the terms of (?:that|this|the|our|its|their|a|any) "
                  r"(?:[\w'-]+ ){0,2}warranty\b|(?:that|this|the|our|its|their|a|any) (?:[\w'-]+ ){0,2}warranty(?:'s)? terms\b)|"
                  # "For defects and warranty service, please follow our Warranty Information page": a pointer elsewhere
                  r"\bwarranty (?:service|information|page|policy|section)\b|\b(?:see|follow|visit|refer to|read) (?:our |the )?(?:[\w-]+ )?warranty\b")


# Damage named in a charge ("returns with damaged packaging are subject to a 25% restocking fee")
_CHARGED = (r"(?:subject to|incur|be charged|will be deducted|charge of|rights? to charge)\b.{0,40}\b(?:fee|charge|deduct)|\bfees? appl(?:y|ies)\b|"
            r"\b(?:fee|charge)s? (?:will|shall|may|would) be (?:deducted|charged|applied|withheld)")
# A claim the customer files with the carrier: "file a claim directly with USPS", "claims on items
# shipped via FedEx/UPS", "noting it on the freight bill"
_CARRIER = r"carrier|usps|\bups\b|fedex|dhl|courier|post office|postal service|shipper|freight|shipping company"
_CARRIER_CLAIM = (
    r"(?:file|filing|make|making|submit|submitting|open|opening) (?:a |the |your |any )?(?:\w+ )?claims?\b[^.]{0,40}(?:" + _CARRIER + r")|"
    r"claims? (?:on|for) (?:items|goods|shipments|orders|packages) shipped (?:via|by|with)|freight bill|(?:" + _CARRIER + r")[^.]{0,20}\bclaims?\b"
)
# "report it to the delivery company as damaged", "notify the courier": the damage reported to the carrier, a claim of the
# customer's unless the shop is told too ("report it to the carrier ... and send that number on to us")
_CARRIER_REPORT = (r"\b(?:report|notify|tell|inform)\w* (?:it |this |them |the damage |any damage )?(?:directly )?(?:to )?(?:the )?"
                   r"(?:delivery (?:company|driver|service)|driver|" + _CARRIER + r")\b")
# ("inform the courier and our team", "report it to the carrier; we will then replace it": the shop told, or its remedy
# named, the fault its own)
_TOLD_TOO = (r"\b(?:to us|(?:e-?mail|contact|tell|notify|inform|send|call|message) us|let us know|get in touch)\b|"
             r"\bour (?:[\w-]+ ){0,2}(?:team|staff|support|customer (?:service|care))\b|"
             r"\bwe(?: will|'ll| can| then)?(?: then)? (?:send|replace|refund|repair|exchange|issue|ship)\b")


def _claim_with_the_carrier(text: str) -> bool:
    return _any(_CARRIER_CLAIM, text) or (_any(_CARRIER_REPORT, text) and not _any(_TOLD_TOO, text))


# "let us know", "let our support team know", "let Customer Care know": a report to the shop, or to its team
_LET_US_KNOW = r"let (?:us|our (?:[\w-]+ ){0,3}(?:team|department|staff|support)|customer (?:support|service|care)(?: team)?) know"
# What the shop does about a fault, or asks the customer to do: a damaged item named with none of it
# ("we are unable to verify whether it has been damaged") is no reason the shop answers for.
_TAKES_BACK = (
    r"return|refund|replac|exchang|credit|repair|contact|report|notify|let us know|inform|e-?mail|call|phone|photo|picture|claim|"
    r"reship|re-?send|send|cover|\bpay|free of charge|at no (?:extra |additional )?(?:cost|charge)|our (?:expense|cost)|eligible|accept|"
    r"\bfix|resolve|label|responsib|reimburs|take (?:it |them )?back|\b(?:sent|brought|taken) back\b|within|guarantee|warrant|\bunless\b|\bexcept\b|"
    # "write to us", "tell us straight away and we'll put it right", "a new one or your money back"
    r"\b(?:write|talk) to us\b|\btell us\b|\b" + _LET_US_KNOW + r"\b|\bget in touch\b|\bput (?:it|this|things) right\b|\bsort (?:it|this|things) out\b|\bmoney back\b|\ba (?:new|fresh) one\b|\bswap"
)
# "Exchanges are only offered for damaged goods", "We only swap items that arrive faulty", "Only defective items can be
# exchanged": requests of the `kinds` restricted to the shop's faults, in the fault readers' wider words
def only_for_faults(kinds: str) -> str:
    return (r"\b(?:" + kinds + r")\b(?:(?!\b(?:returns?|refunds?)\b)[^.;]){0,30}?\bonly\b[^.;,]{0,50}?(?:" + _FAULT_WIDE + r")|"
            r"\bonly (?:" + kinds + r")\b[^.;,]{0,50}?(?:" + _FAULT_WIDE + r")|\bonly\b[^.;]{0,40}?(?:" + _FAULT_WIDE + r")[^.;]{0,40}?\b(?:" + kinds + r")\b")


# Returns or refunds said to be only for a fault ("Refunds are only given if the item is damaged", "Returns are only
# accepted when the goods arrive faulty", "only eligible for a refund if it is defective"): the same restriction, of a
# return or a refund (or of what is accepted at all); exchanges restricted so are resolutions'
_FAULT_ONLY = only_for_faults(r"returns?|refunds?|returned|refunded|accept(?:s|ed)?|eligible|available|possible|offered")
# what the merchant is told of such a sentence where the closed reader does not read it as returns only at fault
ONLY_FOR_FAULTS = "returns or refunds only when the shop is at fault, in words the drafter does not read as that setting"


# "damaged or broken by a manufacturing fault", "broken through a factory defect": the damage is the defect's doing
_DAMAGED_BY_A_DEFECT = (r"\b(?:damaged|broken)(?:,? (?:or|and) (?:damaged|broken))? (?:by|through|due to|from|because of) (?:an? |the )?"
                        r"(?:manufactur\w*|factory|production|quality) (?:defaults?|defects?|faults?|flaws?|errors?|issues?|problems?)\b")


# A list of the cases the shop takes goods back in ("What Can Be Returned", "When We Exchange", "Returns We Accept"), not
# of those it refuses ("What Cannot Be Returned"), nor a page's heading ("Returns Policy")
_CASES_TAKEN_BACK = (r"\b(?:what|which|when|reasons?|cases?|eligible|can|may)\b[^.]{0,30}\b(?:return|refund|exchang|replac|accept)\w*\b|"
                     r"\b(?:returns?|refunds?|exchanges?) (?:we|that we) (?:accept|take|allow)\b")
_CASES_REFUSED = r"\b(?:not|cannot|can't|can not|won't|never|non-?\w+|ineligible|exclu\w+|except\w*)\b|n't\b"


def _under_cases_taken_back(clause: Clause) -> bool:
    title = (clause.intro or clause.heading).lower()
    return clause.listed and _any(_CASES_TAKEN_BACK, title) and not _any(_CASES_REFUSED, title)


# "If the book got damaged while in your hands, we cannot take it back", "Items badly packed that get damaged on the way
# are not our responsibility", "a return may be turned down if its packaging is damaged", "If accessories are missing,
# you get a reduced credit": damage or parts missing refused or charged for, with nothing the shop makes good
_REFUSED_FOR_IT = (r"\b(?:cannot|can't|can not|won't|will not|may not)\b (?:be )?(?:take[n]?|accept\w*|refund\w*|return\w*|exchang\w*)\b|"
                   r"\bnot (?:our|the shop's) responsibility\b|\bturn(?:ed)? (?:it |them )?down\b|\brefus\w+\b(?! to accept (?:it|them|the (?:package|parcel|delivery|shipment))\b)|"
                   r"\bno (?:refunds?|returns?|exchanges?)\b|(?<!no )\brestocking fee\b|\breduced (?:credit|refund)\b|\bcount against\b|\bfail\w* (?:the |our )?(?:quality )?inspection\b|"
                   # "If accessories are missing, their value is deducted", "missing components (prorated by their value)", "Partial
                   # refunds: if parts are missing": taken off what is refunded
                   r"(?<!no )\b(?:deduct\w*|prorat\w*|taken off|partial refunds?)\b")
# (not "if the item was incorrect or damaged, we drop the restocking fee", "you can have a full refund for 7 days; after that
# no refund is given", "refuse to accept the parcel, so the carrier takes it back": the shop making good, the customer
# refusing; the faults reported or made good of `_REPORTED_OR_MADE_GOOD` besides)
_MADE_GOOD = (_REPORTED_OR_MADE_GOOD + r"|\breplac\w*|\brepair\w*|\bsend (?:you )?(?:a |the )?(?:new|another|replacement)|\bnotify\b|"
              r"\breport\w*|\bunless\b|\bexcept\w*|\bother than\b|\bapart from\b|\bsave for\b|\bswap\w*|\bfor another\b|"
              r"\b(?:waive|drop)\w* (?:the |any |our )?(?:restocking )?(?:fee|charge)|\b(?:fee|charge|deduction)s? (?:is |are |will be |gets? )?(?:dropped|waived)\b|\bfull refund\b")


def damage_refused(text: str) -> bool:
    """Damage or parts missing refused or charged for, with nothing the shop makes good: no fault the shop answers for."""
    # (a remedy refused among the rest is none made good: "we give no returns, refunds or free replacements")
    refused = r"\bno (?:(?:free |full )?(?:returns?|refunds?|exchanges?|replacements?|repairs?)(?:,|,? or|,? and|,? nor)? ?)+"
    return _any(_REFUSED_FOR_IT, text) and not _any(_MADE_GOOD, re.sub(refused, " ", text))


def _fault_reasons(clause: Clause, text: str) -> list[str]:
    # under a fault heading a line's own words ("If you receive: - Wrong item") say which fault it is
    if not (_any(_TAKES_BACK, text) or _fault_section(clause) or _under_cases_taken_back(clause)):
        return []
    if damage_refused(clause.body.lower()):
        return []
    named = _reasons_in(re.sub(_DAMAGED_BY_A_DEFECT, "defective", _at_fault_words(_excepted(clause.body))))
    # under "If we send you the wrong product:" the introduction says which fault its steps are for, before the heading
    # over it ("Defective or Damaged Product / If you think your product is defective: - Contact us")
    named = named or (_reasons_in(_at_fault_words(clause.intro.lower())) if clause.listed else [])
    # under "Damaged items", "contact us within 3 days"; not "We review each concern on an individual basis",
    # which says nothing the shop or the customer does about the fault
    if not named and _fault_section(clause) and _any(_TAKES_BACK + r"|\bif you (?:receive|get|find)\b", text):
        named = _reasons_in(clause.heading.lower())
    return named


# "Information that is incomplete or wrong can delay the return", "if the address was wrong or incomplete": the customer's
# details at fault, not the goods
_DETAILS_WRONG = (r"\b(?:information|details|address(?:es)?|data)\b[^.;,]{0,20}?\b(?:is|are|was|were)\s+(?:\w+\s+)?"
                  r"(?:wrong|incorrect|incomplete)(?:\s+(?:or|and)\s+(?:wrong|incorrect|incomplete))?")


def _reasons_in(words: str) -> list[str]:
    words = re.sub(_DETAILS_WRONG, " ", words)
    return [reason for reason, pattern in _REASONS if _any(pattern, words)]


# A charge with a fault as its exception ("returns for any reason other than defective merchandise are
# subject to a 20% restocking fee"): the exception names the shop's faults
_SPARED = r"\b(?:unless|except(?: for| when| if| where)?|other than)\b[^.;]{0,40}?(?:" + _FAULT + r")"


def _charge_spares(text: str) -> bool:
    charged = re.search(_CHARGED, text)
    spared = re.search(_SPARED, text)
    return charged is not None and spared is not None


# A refusal with a fault as its exception ("Goods that are used, damaged or altered may not be returned
# unless the product is defective"): what is refused is a state of the return; the fault is the exception
_REFUSED_UNLESS = (r"\b(?:may|can|will|shall) ?not be (?:returned|refunded|accepted|exchanged)\b|\bnon-?(?:returnable|refundable)\b|"
                   r"\b(?:cannot|can't|are not|is not) (?:be )?(?:returned|refunded|accepted|exchanged|returnable|refundable)\b")


def _excepted(body: str) -> str:
    """What names the shop's faults in `body`: after "unless"/"except" when a refusal comes before it."""
    exception = re.search(r"\b(?:unless|except (?:if|when|for|where)|other than)\b", body)
    if exception and (_any(_REFUSED_UNLESS, body[: exception.start()]) or _charge_spares(body)):
        return body[exception.end() :]
    return body


# "report", "contact our support team", "tell us", "write to us": the customer's report, whose deadline is the fault's
_REPORT_VERB = r"report|contact (?:us|our (?:[\w-]+ ){0,3}(?:team|department|staff|support))\b|notify|" + _LET_US_KNOW + r"|inform us|tell us|(?:e-?mail|write to) us"


def _fault_window(text: str) -> Iterator[Fact]:
    text = re.sub(r"\([^)]*\d[^)]*\)", " ", text)  # "premature wear (within 30 days)"
    # the deadline is the one the reporting verb takes: "If it stops working within 30 days, contact us within 7 days of ..."
    # "contact our customer service team within 7 days": the shop's team in other words
    verb = re.search(_REPORT_VERB, text)
    reported = text[verb.start() :] if verb and durations(text[verb.start() :]) else text
    window = _window(reported, allow_unanchored=False)
    reporting = verb is not None
    if window and "starts" not in window and counted_from_another_event(reported):
        yield _unheld("a fault's deadline counted from an event no setting knows: no setting holds it")  # "of noticing the problem"
    elif window and _any(r"whichever is (?:longer|later|greater|sooner|earlier|shorter)", text):
        yield _unheld("a window that depends on another period: no setting holds it")
    elif window and ("starts" in window or reporting or _sent_back_within(text)):
        yield from _window_facts("fault.window", window)


def _sent_back_within(text: str) -> bool:
    """"Goods with a manufacturer's defect can come back within 30 days": the faulty goods' own days to come back, no
    warranty's or guarantee's term."""
    return _any(r"\b(?:can|may) (?:be (?:returned|sent back|brought back)|come back)(?: to us)? (?:with)?in\b", text) \
        and not _any(r"warrant|guarantee", text)


# "Report any damage with photos. Notification must be made within one week of delivery.": the deadline
# for the report the sentence before asks for
# ("Please be aware that any issue must be reported to us within 2 days of delivery": the issue the sentence before names)
_NOTICE_DEADLINE = (r"^\W*(?:please (?:be aware|note)(?: that)?,?\s+)?(?:(?:the |this |your |such |all |any )?(?:notification|notice|claims?|reports?|issues?|problems?)s?|this|it)\b[^.;]{0,30}?"
                    r"\b(?:must|should|needs? to|has to|have to) be (?:made|given|sent|filed|reported|submitted|received)\b[^.;]{0,20}\bwithin\b")


# the sentence before asks for the report: a reporting verb, or a bare "contact" or "email" ("Send an email with
# photos", "Contact support"), made a report by the notice deadline after it (alone, they name no report)
_ASKS_A_REPORT = _REPORT_VERB + r"|contact|e-?mail"


def _deadline_after_a_fault(clause: Clause, text: str) -> bool:
    before = _sentence_before(clause)
    return bool(before) and (_any(_NOTICE_DEADLINE, clause.body) and _any(_ASKS_A_REPORT, before)
                             or reported_after_a_fault_question(clause, before)) and about_fault(clause, before)


# "Did your parcel arrive broken? Let us know no later than 3 days after delivery": a question names the
# fault, the next sentence asks for its report by a deadline
# "Let Customer Support know", "let our team know": the shop named by its team
_REPORT_OPENING = r"^\W*(?:please )?(?:tell us|" + _LET_US_KNOW + r"|(?:e-?mail|write to|contact|message|call) (?:us|our [\w ]{1,30}?)|send us|get in touch|report it)\b"


def reported_after_a_fault_question(clause: Clause, before: str) -> bool:
    return before.rstrip().endswith("?") and _any(_REPORT_OPENING, clause.body)


# "Defects must be reported within 30 days", "Any damage must be reported within 2 days", "Any shortage or damage
# has to be reported ...": a fault
# named as the subject is what the rule is about, not a group of goods it is narrowed to
_FAULT_SUBJECT = (r"^(?:any |all |an? )?(?:claims? (?:for|of|about) )?(?:(?:loss(?:es)?|shortages?) (?:or|and) (?:any )?)?(?:defects?|damages?|faults?|flaws?|breakages?|shipping damage|transit damage|" + _MISSING_NOUNS + r"|"
                  # "A claim for factory-defective merchandise must ...", "Claims for damaged products will ...": the goods are the fault's
                  r"(?:factory[- ])?(?:defective|damaged|faulty|broken) (?:merchandise|goods|items?|products?))\b"
                  # "Any damage or missing item has to be reported ...": the goods left out are a fault too, no goods the rule is narrowed to
                  r"(?: (?:or|and) (?:any )?" + _MISSING_NOUNS + r")?"
                  # "Any damage or other problem with your delivery has to be reported ...": the delivery names no goods
                  # ("Damage or defect claims must be made ...": a second fault noun, the same)
                  r"(?: (?:or|and) (?:any )?(?:other )?(?:problems?|issues?|faults?|defects?|damages?|loss(?:es)?|shortages?)(?: (?:with|in|to) (?:your|the) (?:delivery|order|parcel|package|shipment))?)?"
                  # "Any damage claim has to be made ...", "Defect reports must reach us ...": the claim on the fault, no goods either
                  # (so is "Claims for damage must be made ...", "Any claim of damage has to be made ...": the "claims for" lead at
                  # the pattern's start)
                  # (before what it must do: "Damage claims are handled by our partner" sets no deadline of the claim's)
                  r"(?: (?:claims?|reports?)(?= (?:must|should|needs?|has to|have to|is to|are to)\b))?"
                  r"(?= (?:must|should|need|needs|has|have|are|is|will))")


# "If any of these items reaches you damaged ...", "For a manufacturing defect in any of these products ...": one of the goods
# the lines before named (the ones refused back, as often as not) reaching the customer faulty, which any item may; the
# shop's answer to a fault, no group of goods it is narrowed to
_ONE_OF_THOSE = r"\b(?:any|one|each|either) of (?:these|those) (?:items|products|goods|pieces)\b"
# "... you can still have a full refund or a replacement": the goods refused back taken back after all when faulty
_STILL_TAKEN = r"\b(?:can|may|will|could) still (?:have|get|receive|claim|be (?:refunded|replaced|repaired))\b"


def _fault_scoped(clause: Clause, text: str) -> bool:
    if _any(_ONE_OF_THOSE, clause.body):
        plain = re.sub(_ONE_OF_THOSE, "an item", clause.body)
        clause, text = replace(clause, text=plain), text.replace(clause.body, plain)
    if not _any(_FAULT_SUBJECT, clause.body):
        return scoped(clause, text)
    plain = re.sub(_FAULT_SUBJECT, "it", clause.body, count=1)
    return scoped(replace(clause, text=plain), text.replace(clause.body, plain))


# "Unused or faulty items can be returned within 30 days", "any hat that is unused or defective, and we refund
# the full amount": one rule for every return, faulty or not; its window and refund are the return policy's
_FOR_BOTH = (r"\b(?:unused|unworn|unopened)\s*(?:,|or|and|/|&)\s*(?:faulty|defective|damaged)\b|"
             r"\b(?:faulty|defective|damaged)\s*(?:,|or|and|/|&)\s*(?:unused|unworn|unopened)\b|"
             # "If it doesn't satisfy you, or the item you received is defective, send a refund request within 14 days": the
             # unwanted return and the faulty one under one deadline, the return window (not "not satisfied with a product
             # because it is faulty or damaged", "unhappy with an item that is defective or damaged": the fault is the dissatisfaction)
             r"\b(?:(?:does not|doesn't|do not|don't|did not|didn't) (?:fully )?(?:satisfy|suit|please) you|(?:not |un)(?:happy|satisfied)|dissatisfied|change (?:of|your) mind)\b"
             r"(?:(?!faulty|defective|damaged|because|due to|since)[^.;]){0,40}?,? or\b[^.;]{0,50}?\b(?:faulty|defective|damaged)\b|"
             # "Requests for an exchange, or for a refund on a damaged item, must reach us ...": the fault narrows one
             # of two requests; the other is any item's, and the deadline both's
             r"\b(?:exchanges?|swaps?|returns?|refunds?),? (?:or|and) (?:for )?(?:an? )?(?:exchanges?|swaps?|returns?|refunds?) (?:on|for|of) (?:an? |the |your )?(?:faulty|defective|damaged|broken)\b")
# "We exchange or refund goods only when they are as sold; a manufacturing fault is the exception": the
# remedies are the rule's, the fault only its exception. The fault is the subject of a clause after the
# rule's: "Faulty items are the exception: we will exchange them" leads with the fault, and its remedies are the fault's
_FAULT_EXCEPTED = r"[;,]\s*[^;,.]*\b(?:fault|defect|damage)\w*[^;,.]*\b(?:is|are) (?:the|an) exceptions?\b"


# Goods refused back ("engraved mugs are final sale", "opened candles can't come back", "we can't accept back
# custom prints") with a fault as the exception ("unless they reach you faulty", "except when they arrive
# damaged"), or taken back only when faulty ("can only be returned if defective"): the fault overrides the exclusion
# (not "X are not returnable or exchangeable unless defective", which our labelled texts read as no override)
_GOODS_REFUSED = (r"\bfinal(?:[- ]sales?)?\b|\bnon-?(?:returnable|refundable)\b|"
                  r"\b(?:cannot|can't|can not|may not|will not|won't|are not|is not)(?: be)? (?:returned|refunded|exchanged|accepted)\b|\bmay not be (?:returnable|refundable)\b|"
                  r"\b(?:cannot|can't|can not|will not|won't|do not|don't)(?: \w+)? (?:come|accept|take)(?: \w+)? back\b")
_FAULT_EXCEPTION = r"\b(?:unless|except(?: when| if| where| for)?)\b"
_ONLY_IF = (r"\b(?:(?:can|may|will) only (?:be )?(?:returned|refunded|accepted|exchanged|come back)|only (?:take|accept) (?:them|it|these|those) back|"
            r"qualify for (?:a )?(?:return|refund) only)\b,? (?:if|when|where)\b")
# the refused subject is the order's shipping or a fee ("Shipping charges cannot be refunded unless ..."), not goods
_CHARGE_REFUSED = r"\b(?:shipping|postage|delivery|freight|carriage|handling|fees?|charges?|costs?)\b"


def _exception_is_a_fault(text: str) -> bool:
    # "except a faulty one covered by its maker's warranty": the maker's warranty, not the shop taking it back
    return _any(_FAULT_WIDE, _at_fault_words(text[:80])) and not _any(r"warrant", text[:80])


def _overrides_exclusions(clause: Clause, text: str) -> bool:
    """Goods (some goods, not every return) refused back with their fault as the exception."""
    if _any(_ONE_OF_THOSE, clause.body) and _any(_STILL_TAKEN, clause.body) and _any(_FAULT_WIDE, clause.body):
        return True  # "If any of these items reaches you damaged ..., you can still have a full refund"
    if _any(FOR_A_BUSINESS, text):
        return False  # "for goods you order on behalf of your company we give no refunds unless faulty": a business's orders, no goods
    refused = re.search(_GOODS_REFUSED, text)
    only = re.search(_ONLY_IF, text)
    if only:
        subject, faulted = text[: only.start()], _exception_is_a_fault(text[only.end() :])
    elif refused:
        exception = re.search(_FAULT_EXCEPTION, text)
        if exception is None:
            return False
        subject = text[: refused.start()] if exception.start() > refused.start() else text[: exception.start()]
        faulted = _exception_is_a_fault(text[exception.end() :])
    else:
        return False
    if not faulted or _any(_CHARGE_REFUSED, subject) or _any(_EVERY_ORDER + "|" + _RETURNS_AS_SUBJECT, subject):
        return False
    # "Returns are not accepted unless faulty", "every sale is final unless ...": every return, no goods excluded
    end = (only or refused).end()
    refusal = re.sub(r"\bfinal[- ]sales?\b|\bsold as final\b", " ", text[:end] + re.split(r"[,;.]|\b(?:unless|except)\b", text[end:])[0]).split(",")
    words = set(re.findall(r"[a-z][a-z'-]*", " ".join(part for part in refusal if not _any(_FAULT_EXCEPTION, part))))
    # "goods that have been opened or used cannot come back unless faulty": a state refused is a condition, no exclusion
    return bool(words - _GENERIC_SUBJECT - _REFUSAL_WORDS - _STATE_WORDS)


# "Returns for a refund are not accepted after 7 days ... unless defective": the returns themselves refused, by a time, no goods
_RETURNS_AS_SUBJECT = r"^\W*(?:all |any )?(?:returns?|refunds?|exchanges?)(?: (?:for|of) (?:a |an )?(?:refund|exchange|credit))?\s*$"
# "Every sale is final", "every completed order cannot be refunded", "all online purchases": every return, no goods excluded
_EVERY_ORDER = (r"^\W*(?:everything|every (?:(?:completed|confirmed|placed|paid|processed) )?(?:sale(?! items?\b)|item|product|order|purchase)|"
                r"all (?:(?:completed|confirmed|placed|paid|processed) )?(?:sales|items|products|orders|purchases))\b")


# the states a return may be refused in, which name no goods
# ("anything not in its original condition, damaged, or missing parts": the states themselves, no goods named)
_STATE_WORDS = frozenset("used worn opened washed altered tampered soiled marked scratched use wear damage damaged missing condition anything "
                         "show shows showing signs sign partly".split())
# the words of a refusal itself, besides its goods
_REFUSAL_WORDS = frozenset(
    "final as is are was were be been can can't cannot not may will won't do don't only back come take accept "
    "accepted returnable refundable non-returnable non-refundable nonreturnable nonrefundable qualify qualifies return refund "
    "exchanged refunded returned have has that which sorry but at once if when where so we us".split())


def fault(clause: Clause, text: str) -> Iterator[Fact]:
    """Which reasons put the merchant at fault, and the window for reporting them."""
    own_body = clause.body  # a deadline must be stated here, not only in the sentence before read with it (`_asked`)
    clause, text = _asked(clause, text)
    if _overrides_exclusions(clause, text):
        yield Fact("fault.overrides_exclusions", True)
    if not about_fault(clause, text):
        if _deadline_after_a_fault(clause, text) and durations(digits(clause.body)):
            yield from _window_facts("fault.window", _window(text, allow_unanchored=False) or {})
        return
    if _fault_scoped(clause, text):
        yield _unheld("what the shop does about faults in some goods or orders only: no setting holds it")
        return
    for reason in ([] if _any(_CHOSEN, text) and _any(r"exchange|\bswap", text) else _fault_reasons(clause, text)):
        yield Fact("fault.reasons", reason, each=True)
    if _any(_CHARGED, text) and _charge_spares(text):
        return  # a charge's exception names the faults; its numbers are the charge's
    if _any(_FAULT_ONLY, text) and not _any(r"exchang|replac", text):
        yield _unheld(ONLY_FOR_FAULTS)
    # the deadline must be this line's own: an introduction's return window is no fault's ("You can
    # return items within 30 days, as noted below: - If the return is due to defective products, ...")
    # "Unused or faulty items can be returned within 30 days": one window for both, the return window
    for_both = _any(_FOR_BOTH, text)
    if _states_a_deadline(text) and not _any(_CANCEL, text) and durations(digits(own_body)) and not for_both:
        yield from _fault_window(text)
    if _any(_CONDITIONS_SET_ASIDE, text) or _condition_waived(text):
        yield Fact("fault.waive_condition", True)


def _states_a_deadline(text: str) -> bool:
    """"can be returned up to 7 days after you received them", "no later than 5 days after delivery", "send us the form no
    more than 14 days after you received it": a deadline too (goods that must be "back to us no more than 30 days after"
    keep a ship-by limit, no report's)."""
    more_than = r"|\b(?:no|not) more than\b" if not _any(r"\bback to us\b|\breach(?:es)? us\b", text) else ""
    # "and at the latest 7 days after receiving it", "you have 7 days to check the products and tell us", "you have 15 days
    # from receiving your order to make a claim": a deadline too (not "... from delivery to ask the carrier to inspect it":
    # the carrier's claim; nor "you have 30 days from delivery to return unworn items": the return window beside a fault)
    return _any(_REPORT_VERB + r"|within|\bup to \w+ (?:calendar |business |working )?days?\b|\b(?:no|not) later than\b|\bat the latest\b|" + _LATE + "|"
                r"\byou have \w+ (?:calendar |business |working )?(?:days?|hours?) to\b|"
                r"\byou have \w+ (?:calendar |business |working )?(?:days?|hours?) (?:from|after) (?:(?!\bto\b)[^.;,]){0,40}?\bto\b"
                r"(?! (?:\w+ )?(?:the )?(?:delivery (?:company|driver|service)|driver|" + _CARRIER + r"))"
                r"(?= (?:[\w-]+ ){0,3}?(?:claim|case|complaint|dispute|report|notify|tell|inform|contact|let us know|get in touch|request|ask for))" + more_than, text)


# "The item must be in resalable condition unless it arrived damaged", "items must be unused, except
# faulty ones": the exception to the condition is the shop's fault, so a faulty item need not meet it
# ("make sure it is still in its original condition, unless it reached you defective": the requirement asked of the customer)
_STATE_REQUIRED = (r"\b(?:must|should|needs? to|has to|have to|(?:is|are) required to|make sure|ensure)\b[^.;]{0,40}?"
                   r"\b(?:condition|unused|unworn|unopened|resal\w*|re-?sellable|original packaging|tags?)\b")


# "These conditions do not apply to items that are faulty", "the condition requirements don't apply when ...": the
# conditions of a return set aside, in a sentence of their own, for the shop's faults
_CONDITIONS_SET_ASIDE = (r"\bcondition requirements .* don't apply|"
                         r"\b(?:these|the|such|those|our|above)(?: above)? (?:return |returns )?(?:conditions|requirements)(?: above)? "
                         r"(?:do|will|shall)(?: not|n't) apply (?:to|for|when|if|where)\b[^.;]{0,40}?\b(?:faulty|defective|damaged|faults?|defects?)\b")


# "Unless they are defective, items must be unworn", "Except where the product arrived damaged, a product you send back has
# to be new": the same exception, put before the condition it sets aside
# (after a lead or a list's introduction: "Our return policy: Unless they are defective, ...")
# ("With the exception of faulty items", "Aside from defective goods", "Excluding faulty goods", "Save for damaged
# items": the same exception in other words)
_FAULT_EXCEPTED_FIRST = (r"^(?:[^.;:]{0,60}:)?\W*(?:unless|except(?: for| when| if| where)?|apart from|aside from|other than|"
                         r"with the exception of|excluding|save for|barring)\b([^,;.]{0,60}),")

# "Unless the damage was caused by you", "Unless you damaged it": damage of the customer's; "Except for damaged clearance
# stock", "Other than items marked as damaged seconds": goods sold damaged. Neither is the shop's fault excepted
_NO_FAULT_EXCEPTED = (r"\byou(?: have| had)? (?:damaged|broke|broken)\b|"
                      r"\b(?:damaged|defective|faulty|imperfect) (?:clearance|seconds?|stock|outlet|ex-display|display)\b|"
                      r"\b(?:marked|sold|listed|labell?ed|described) (?:as )?(?:damaged|defective|faulty|imperfect|seconds?)\b")


def _condition_waived(text: str) -> bool:
    required = re.search(_STATE_REQUIRED, text)
    if required is None:
        return False
    first = re.match(_FAULT_EXCEPTED_FIRST, text)
    if (first is not None and first.end() <= required.start() and _any(_FAULT, first.group(1))
            and not _any(_CAUSED_ELSEWHERE + "|" + _NO_FAULT_EXCEPTED, first.group(1))):
        return True
    exception = re.search(r"\b(?:unless|except(?: for| when| if| where)?|other than)\b", text[required.end() :])
    return exception is not None and _any(_FAULT, text[required.end() + exception.end() :][:60])


# "email us at help@photobookshop.com", "see www.imagecraft.example/returns": an address whose name holds "photo" or
# "image" asks for no photos
_ADDRESS = AN_EMAIL_ADDRESS + r"|\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|co|uk|us|au|ca|de|ie|nz|example|shop|store)\b(?:/\S*)?"


def fault_photos(clause: Clause, text: str) -> Iterator[Fact]:
    clause, text = _asked(clause, text)
    if not _any(r"photo|picture|image", text) or not about_fault(clause, text) or _fault_scoped(clause, text):
        return
    text = re.sub(_ADDRESS, " ", text)
    if not _any(r"photo|picture|image", text):
        return
    # "photos help us", "a picture is welcome": photos that would help, not a condition of the claim
    # "the best way is to send photos", "it is best to attach a picture": recommended
    # "attach whatever photos you have", "any pictures you can take": photos welcome, not required
    # "we strongly recommend recording the defect in photos", "we may or may not ask for photos": advised, or asked for
    # only at times, not a condition of every claim
    if _any(r"if possible|where possible|\b(?:recommend|advis|suggest|encourag)(?:e|es|ed|s)?\b(?! us\b)[^.;]{0,40}?\b(?:photo|picture|image|record|document)|\b(?:photos?|pictures?|images?)\b[^.;]{0,30}?\b(?:recommended|advised|suggested|encouraged)\b|\bmay or may not\b|\bwhatever (?:photos?|pictures?|images?)\b|\bany (?:photos?|pictures?|images?) you (?:have|can|may)\b|\bthe best (?:thing|way)\b|\bit(?:'s| is) best to\b|may ask|might ask|if you can|(?:may|might) (?:require|need|request)|"
            r"\b(?:photos?|pictures?|images?)\b[^.;]{0,40}\b(?:helps?\b(?![@-]|\.\w|\s+(?:desk|cent(?:er|re)|page|team|line))|(?:is|are) (?:\w+ )?(?:helpful|useful|welcome|appreciated))\b", text):
        yield Fact("fault.photos_requested", True)
    else:
        count = re.search(r"\b(\d{1,2}) (?:clear )?(?:photo|picture|image)", text)
        yield Fact("fault.photos_min", int(count.group(1)) if count else 1)
    # (not "within 48 hours after the package reaches you": the parcel's arrival, nothing to photograph; nor "the
    # original packaging present; 3) photos of the defect": the packaging across a semicolon or far from the photos)
    packaging = r"packag(?!es? (?:has |have |had |is |was )?(?:reach|arriv|deliver|c[ao]me|land|get)\w*)"
    if _any(r"(?:photo|picture|image|video)[^.;]{0,80}" + packaging + "|" + packaging + r"[^.;]{0,80}(?:photo|picture|image|video)", text):
        yield Fact("fault.photos_of", "PACKAGING", each=True)
    # "If an item arrives broken, send photos": the photos show what is wrong, in the words for it
    if _any(r"issue|damage|defect|problem|fault|\bbroken\b|\bcracked\b|\bleak\w*|\bmissing\b|\bwrong\b|\bincorrect\b", text):
        yield Fact("fault.photos_of", "ISSUE", each=True)


# A paragraph opened on a fault ("If your item arrives damaged, contact us with photos. We'll arrange for
# a replacement."): the next sentences go on under that condition, unless they turn to other returns
_FAULT_OPENING = r"^\W*(?:if|should|when|in (?:the )?(?:case|event) (?:of|that))\b[^.;]{0,60}?"
# the condition may follow a lead ("Faulty goods If ...") or a contrast ("Every pit is checked, but if ...")
_FAULT_CONDITION = _FAULT_OPENING.replace("^\\W*", r"(?<!\()\b") + r"(?:" + _FAULT_WIDE + r")"
_OTHER_RETURNS = r"\botherwise\b|\b(?:all |any )?other (?:returns?|reasons?|items?|cases?)\b|chang\w* (?:of |your )mind|\bunwanted\b|\bno longer\b|\bif you\b|" + _CUSTOMERS_CHOICE


def _sentences_before(clause: Clause) -> list[str]:
    paragraph = clause.paragraph_text
    at = paragraph.find(clause.body)
    if at <= 0:
        return []
    # the heading a paragraph opens with is no part of its first sentence ("Used Puzzles Should yours arrive ...")
    heading = _plain(clause.heading).lower().strip()
    before = paragraph[:at].strip()
    before = before[len(heading):] if heading and before.startswith(heading) else before
    return [part.lower() for part in re.split(r"(?<=[.!?])\s+", before.strip()) if part]


def _sentence_before(clause: Clause) -> str:
    sentences = _sentences_before(clause)
    return sentences[-1] if sentences else ""


def _before_with_its_condition(clause: Clause) -> str:
    """The sentence before, with the one before it when it points back to a fault that one names ("Jars
    sometimes arrive broken. If so, send a photo. We will then mail a new one."): the chain goes on under the fault.
    A step between ("Should it arrive broken, write to us. Send us photos. We will then offer you:") goes on under
    the fault the chain opens on."""
    sentences = _sentences_before(clause)
    if len(sentences) < 2 or not _any(_POINTS_BACK, sentences[-1]) or _any(_FAULT_WIDE, _at_fault_words(sentences[-1])):
        return sentences[-1] if sentences else ""
    earlier = sentences[-2]
    if earlier.endswith("?") or _any(_FAULT_WIDE, _at_fault_words(earlier)):
        return f"{earlier} {sentences[-1]}"
    opening = sentences[-3] if len(sentences) > 2 and not _any(_OTHER_RETURNS, earlier) else ""
    if opening.endswith("?") or _any(_FAULT_CONDITION, _at_fault_words(opening)):
        return f"{opening} {earlier} {sentences[-1]}"
    return sentences[-1]


# "We guarantee our goods against factory faults. If you find one, tell us ...", "... You can then have a new
# one": a sentence that points back to what the sentence before says goes on under it
_POINTS_BACK = (r"^\W*(?:(?:if|should|when) (?:you (?:find|notice|spot|discover|get|receive) (?:one|it|this|that|any)|(?:so|this|that) (?:happens?|is the case))\b|if so\b|"
                r"(?:you|we) (?:can |will |'ll |may )?then\b|then\b)")


# "Did something arrive broken? Tell us within a week and we'll replace it.", "Received the wrong
# product? Send us a photo.": a question that names a fault is the condition its answer is under
def _asked(clause: Clause, text: str) -> tuple[Clause, str]:
    """`clause` and `text` read with the sentence before them, when it asks about a fault or this one points back to it."""
    before = _before_with_its_condition(clause)
    conditioned = before.endswith("?") or _any(_POINTS_BACK, clause.body)
    if not conditioned or _any(_OTHER_RETURNS, re.sub(_POINTS_BACK, " ", text)) or not _any(_FAULT_WIDE, _at_fault_words(before)):
        return clause, text
    return replace(clause, text=f"{before} {clause.text}"), f"{before} {text}"


def listed_under_a_fault(clause: Clause, text: str) -> bool:
    """A list item whose introduction points back to a fault ("Should it arrive broken, write to us. We will then
    offer you one of these: - a new one - a swap"): the items are what the shop does about the fault."""
    return bool(clause.intro) and _any(_POINTS_BACK, clause.intro.lower()) and _under_a_fault_opening(clause, text)


def _under_a_fault_opening(clause: Clause, text: str) -> bool:
    """The sentence before opens on a fault as its condition ("If your item arrives damaged, ...")."""
    before, chained = _sentence_before(clause), _before_with_its_condition(clause)
    if not before or _any(_OTHER_RETURNS, text):
        return False
    # not a fault the sentence before excepts from its rule ("You pay the postage, except when it arrived damaged"):
    # the rule is for the other returns, and the next sentence goes on with it
    unexcepted = re.sub(_FAULT_EXCEPTION + r"[^;]*", " ", before)
    condition = _compiled(_FAULT_CONDITION).search(_at_fault_words(unexcepted))
    # or it points back to the fault of the sentence before it ("... arrive damaged. If that happens, write to us.")
    return (condition is not None or chained != before) and about_fault(clause, f"{chained} {text}")


# An exchange for a size, colour or model the customer chose ("For size exchanges or incorrect items:",
# "We offer exchanges for: - Wrong size - Defective items"): an exchange for any return, not a fault's remedy
_CHOSEN = (r"\b(?:size|colou?r|style|fit) exchanges?\b|\bexchanges?(?::| (?:are|is))? (?:(?:offered|available|possible|accepted|allowed|welcome) )?(?:for|of|into) (?:an? |another |the )?(?:different |other )?(?:size|colou?r|style|model|fit)\b|"
           r"^\W*wrong (?:size|colou?r|model|style|fit)\b(?! (?:was |were |is )?(?:sent|shipped|delivered))|"
           # "You can swap a product when it is the wrong size": a size that does not suit, not one the shop sent
           r"\b(?:it|they) (?:is|are) (?:the )?wrong (?:size|colou?r|fit)\b")


# "or to swap it for another size", "exchanging them for a different fit": the exchange is for a size the customer
# chooses, though a fault stands beside it in the sentence (whose reason stays the fault's)
# (not "if it arrives damaged, we can swap it for another colour": other goods for the damaged ones, the fault's remedy)
_SWAPPED_FOR_A_SIZE = r"\b(?:swap|exchang)\w* (?:it|them|(?:the|your|an?) \w+) for (?:an? |another |the )?(?:different |other )?(?:size|fit)\b"


def _exchange_for_a_choice(clause: Clause, text: str) -> bool:
    if not _any(r"exchange|\bswap", text):
        return False
    listing = clause.listing if clause.intro else ""
    return _any(_CHOSEN + "|" + _SWAPPED_FOR_A_SIZE, text) or any(_any(_CHOSEN, item) for item in re.split(r"(?<=\w)\s+(?=wrong )", listing))


# "we can swap the units", "we swap out the faulty unit": the unit changed for another of its kind, a replacement (resolutions
# reads no exchange in it either)
# (not "swap the unit for any other product", "for a newer model", "for store credit": other goods or money)
UNIT_SWAPPED = r"\bswap(?:s|ped|ping)?(?: out)? (?:the |your |a |that )?(?:faulty |defective |damaged |broken )?units?\b(?! for\b)"
# "swap it for the same item", "exchanged for an identical one": the same goods again, a replacement
_SAME_AGAIN = (r"\b(?:swap|exchang)\w*(?: [\w-]+){0,3} for (?:the same|an identical) (?:one|item|product|model|piece|copy)\b(?! in (?:a |another |a different )?(?:size|colou?r))|"
               + UNIT_SWAPPED)
# "for a new one", "for a brand-new unit", "for a direct replacement": new goods in place of the faulty ones
A_NEW_ITEM = r"an? (?:direct |like[- ]for[- ]like )?(?:brand[- ]?new|new|fresh|replacement)\b"
# What a remedy is called, besides its own word: "a new one", "a fresh copy in its place", "we dispatch the
# right one"; "your money back"; "a swap" (not "swapped for a new one", a replacement)
# "we resend the order", "we send the parcel out again", "we'll re-ship it": the goods sent once more, a replacement
_SENT_AGAIN = (r"\bre-?(?:send|ship|post|dispatch|deliver)\w*\b|"
               r"\b(?:send|ship|post|mail|dispatch)\w* (?:it|them|(?:the|your) (?:order|items?|goods|parcel|package|products?))(?: out)? (?:again|once more)\b")
_REPLACEMENT = (_SAME_AGAIN + "|" + _SENT_AGAIN + r"|\breplacement|\breplac(?:e|ed|ing)\b|"
                # "we send out another", "we will post you a new one", "we send out new pots": new goods sent
                # (not "we ship out new collections": the shop's range)
                r"\b(?:send|post|ship|mail|dispatch)\w*(?: out)? (?:you )?(?:out )?(?:the correct|the right|a new|a fresh|another)|"
                r"\b(?:send|post|ship|mail|dispatch)\w* (?:out (?:to you )?|you (?:out )?)new (?!(?:orders|collections|arrivals|releases|ranges|lines|designs|styles|seasons)\b)[a-z]+s\b|"
                r"(?<!buy )(?<!order )(?<!purchase )\ba (?:brand[- ]?new|new|fresh) (?:one|copy|piece|item|unit)\b|\bin (?:its|their) place\b|\bin place of\b|"
                # "new merchandise is sent to you", "a fresh copy will be posted": the same, in the passive
                r"\b(?:new|fresh|replacement) (?:merchandise|goods|items?|products?|ones?|units?|pieces?|cop(?:y|ies)) (?:is|are|will be|gets?) (?:\w+ )?(?:sent|shipped|posted|mailed|dispatched)(?: out)? to you\b|"
                # "we swap it for a brand-new unit", "swapped for a direct replacement": a swap for new goods is a replacement
                r"\b(?:swap|exchang)\w*(?: [\w-]+){0,3} for " + A_NEW_ITEM + "|"
                # "you pick between new mugs and a refund", "a full refund or fresh boots": new goods offered beside a refund
                r"\b(?:new|fresh) [a-z]+s (?:or|and) (?:a |your )?(?:full )?refund\b|\brefund (?:or|and) (?:new|fresh) [a-z]+s\b")
_REFUND = r"(?<!non-)(?<!non)refund(?!able)|return it|\bmoney back\b|\bpay (?:you )?back\b(?! (?:the |your |any )?(?:return |original |outbound )?(?:postage|shipping|delivery|carriage|costs?|fees?|charges?)\b)|\b(?:your )?money (?:returned|refunded|repaid)\b"
_EXCHANGE = r"(?:exchang(?:e|ing)|\bswap)(?!\w*(?: [\w-]+){0,3} for " + A_NEW_ITEM + ")"  # (not "exchanged for a replacement": a replacement)
# "can be neither returned nor exchanged, unless defective", "covered neither by a refund nor by a
# replacement", "we do not refund them": the remedies a negation takes are refused, not offered;
# "the manufacturer replaces or refunds it": another's remedy, not the shop's
# ("when no replacement has been ordered": "no" takes the remedy named after it)
# ("can no longer be returned or exchanged": refused once a deadline has passed; not "if it no longer works we
# replace it": the goods' fault, the remedy after it offered)
_REFUSED_REMEDY = (r"\b(?:neither|nor|not|never|no longer(?= (?:be |being )?(?:\w+ )?(?:refund|replac|exchang|swap|repair|return|accept|eligib|possible|available|offer))|"
                   r"cannot|unable to|\w+n't)\b[^,;:.?!]*?(?=\bexcept\b|\bunless\b|\bbut\b|[,;:.?!]|$)|"
                   r"\bno (?:new |direct )?(?:replacements?|refunds?|exchanges?|swaps?)\b|"
                   # "we repair rather than refund": the remedy set aside for another
                   # "a part replacement, which is much easier than a whole exchange": the remedy it is compared against
                   r"\b(?:rather than|instead of|(?:easier|simpler|quicker|faster|cheaper|better) than) (?:an? |the |your |any )?(?:full |whole |complete )?(?:refund|replac|exchang|swap|repair)\w*"
                   r"(?:,? (?:or|and) (?:an? |the )?(?:full |whole |complete )?(?:refund|replac|exchang|swap|repair)\w*)*|"
                   r"\b(?:manufacturers?|suppliers?|makers?|brands?|vendors?)\b(?: and (?:the |our )?\w+| of (?:the |our |your )?\w+)? (?:\w+ )?(?:replace|refund|repair|exchange)[^,;:.?!]*")
_OFFERS = (r"offer|receive|get|entitled|\bwe(?:'ll| will| shall)? (?:then |gladly |happily )?(?:refund|replace|exchange|repair|swap|(?:re-?)?(?:send|ship|post|dispatch))\b|\b(?:is|are|will be|gets?) (?:\w+ )?(?:refunded|replaced|exchanged|swapped|repaired|(?:sent|shipped|posted|dispatched)(?: out)? to you)\b|\b(?:give|issue|provide)s? (?:you )?(?:a |full |a full )?(?:refunds?|replacements?|exchanges?)\b|we(?: will|'ll) (?:send|ship|issue|dispatch|post|mail)|\ba (?:new|fresh) one\b|we (?:send|ship|dispatch)|you can|replace|either|to process|arrange|"
           r"\bchoose\b|\bchoice\b|\bpick (?:between|from|either)\b|\b(?:can|may) (?:then )?have (?:a|an|the|your|it|them|all)\b|\bsort (?:out|it)|\bswap|\bin (?:its|their) place\b|\bmoney back\b|"
           # "Items that arrive damaged can be refunded", "we take it back for an exchange or a refund"
           r"\b(?:can|may|will) (?:only )?be (?:returned (?:and|or) )?(?:refunded|replaced|repaired)\b(?!\s*:)|"
           r"\b(?:take|taken|accept|accepted|returned|sent|send) (?:(?:it|them|the item|the product|the goods|your \w+) )?back for (?:an? |your )?(?:full )?(?:refund|replacement|exchange)\b")


# "Return and Exchange Policy:", "Refunds & Exchanges:": a lead that names the policy or its section, no remedy offered
TITLE_LEAD = (r"^\W*(?:(?:returns?|refunds?|exchanges?)(?:,? (?:and|&|/|or) (?:returns?|refunds?|exchanges?))+(?: polic(?:y|ies))?|"
               r"[\w&/ -]{0,40}\bpolic(?:y|ies))\s*:")
# "We accept returns, exchanges and refunds when ...", "Returns or exchanges are accepted if ...": the requests the
# shop takes, a return among them, name the cases it takes them in (its eligibility), not what a fault gets
_REQUEST_KINDS = r"(?:returns?|refunds?|exchanges?|swaps?)"
_RETURN_AMONG = r"(?=[^.;:]{0,40}?\breturns?\b)"
_ACCEPTED_KINDS = (r"\b(?:accept|take|allow)(?:s|ed)? (?:all |any )?" + _RETURN_AMONG + _REQUEST_KINDS + r"(?:,? (?:and|&|or|/)? ?" + _REQUEST_KINDS + r")+|"
                   r"(?:^|\b(?:all|any)\b )?" + _RETURN_AMONG + _REQUEST_KINDS + r"(?:,? (?:and|&|or|/)? ?" + _REQUEST_KINDS + r")+ (?:are|is|will be) (?:only )?(?:accepted|allowed|taken)\b")
# "We take back only goods that arrive damaged; otherwise, we are glad to swap them": what follows "otherwise" is for
# the other returns
_OTHERWISE = r"(?:^|[;,.:]\s*)otherwise\b"


# "For any question about this Refund and Returns Policy, contact us": the policy named, no remedy offered
_POLICY_NAME = r"\b(?:this|our|the) (?:(?:returns?|refunds?|exchanges?)(?:,? (?:and|&|/|or) )?)+ polic(?:y|ies)\b"


def _offered(text: str) -> str:
    """`text` without the remedies it refuses or leaves to others, nor a title over it; its faults ("not working",
    "not what you ordered") kept as they are."""
    faults = re.sub(_NOT_WORKING + "|" + _NOT_ORDERED + r"|not as described", "fault", re.sub(TITLE_LEAD + "|" + _POLICY_NAME, " ", text, count=1))
    return _for_the_fault(re.sub(_REFUSED_REMEDY + "|" + _ACCEPTED_KINDS, " ", faults))


def _for_the_fault(text: str) -> str:
    """`text` up to an "otherwise" that turns to the other returns, when the fault's own part names no remedy ("we
    replace it if we can; otherwise we refund you" keeps both: the refund is the fault's too)."""
    other = re.search(_OTHERWISE, text)
    if other is None or _any(_REPLACEMENT + "|" + _REFUND + "|" + _EXCHANGE, text[: other.start()]):
        return text
    return text[: other.start()]


# "Exchanges: we replace only goods that arrive defective", "Exchanges (where offered): Replacements are ...",
# "5. Exchanges Replacements are ..." (a numbered title run into its sentence, as a page flattened to text has it):
# a lead naming the section over a sentence that offers a replacement; the remedy is the sentence's own
_EXCHANGES_LEAD = r"^\W*(?:exchanges?|swaps?)(?: \([^)]*\))?\s*:"
_TITLE_WORD = r"^\W*(?:\d{1,2}[.)]\s*)?(?:Exchanges?|Swaps?)"
_RUN_IN_TITLE = _TITLE_WORD + r"\s+(?=[A-Z])"


def without_an_exchanges_lead(clause: Clause, text: str) -> str:
    """`text` (lower case) without the exchanges lead over it, where what is left offers a replacement ("Exchanges: we
    replace only goods that arrive defective" -> "we replace ..."); otherwise `text` as it is. A title run into the
    sentence ("5. Exchanges Replacements are ...") is a lead only when the clause as written capitalises both."""
    lead = _EXCHANGES_LEAD + (r"|(?i:" + _TITLE_WORD + r")\b" if _any(_RUN_IN_TITLE, clause.text) else "")
    rest = re.sub(lead, " ", text, count=1)
    return rest if _any(_REPLACEMENT, rest) else text


# "That could end with the goods swapped for a new one", "this may lead to a repair": a remedy the claim might come
# to, among other steps, not one the shop offers
_POSSIBLE_OUTCOME = (r"\b(?:could|might|may|can) (?:possibly |also |well |eventually )?(?:end (?:up )?(?:with|in)|lead to|result in|mean|involve)\b"
                     r"[^.;]{0,60}?\b(?:replac|refund|exchang|swap|repair|credit|(?:a )?new one|money back)")


def _remedy_of_every_return(text: str) -> bool:
    """"We refund only the cost of the goods, not the original shipping, unless you return a defective product": the refund
    is every return's, and the fault after "unless" only changes what it includes (the shipping's readers take that)."""
    exception = re.search(_FAULT_EXCEPTION, text)
    if exception is None:
        return False
    rule, excepted = text[: exception.start()], text[exception.end() :]
    remedies = _REPLACEMENT + "|" + _REFUND + "|" + _EXCHANGE
    return (_any(remedies, rule) and not _any(_FAULT_WIDE, _at_fault_words(rule)) and not _any(remedies, excepted)
            and _any(_FAULT_WIDE, _at_fault_words(excepted)) and _any(r"\b(?:shipping|postage|delivery|carriage|freight)\b", rule))


def fault_remedies(clause: Clause, text: str) -> Iterator[Fact]:
    """What a customer is offered once the fault is confirmed."""
    clause, text = _asked(clause, text)
    # "we will replace them, or you can swap them for another size": the size swap, the customer's choice, set aside;
    # the fault's remedy named beside it kept (a swap in a list's introduction still leaves its items no fault's remedy)
    if not _any(_SWAPPED_FOR_A_SIZE, clause.intro.lower()):
        text = re.sub(r"[^,;:.]*" + _SWAPPED_FOR_A_SIZE + r"[^,;:.]*", " ", text)
    offers = _any(_OFFERS, text) or _fault_section(clause)
    if not (about_fault(clause, text) or _under_a_fault_opening(clause, text)) or not offers or _fault_scoped(clause, text):
        return
    if _exchange_for_a_choice(clause, text) or _any(_FOR_BOTH + "|" + _FAULT_EXCEPTED, text) or _remedy_of_every_return(text):
        return
    if damage_refused(clause.body.lower()):
        return  # "For décor damaged by the weather we give no returns, refunds or free replacements"
    if _any(_POSSIBLE_OUTCOME, text):
        yield _unheld("a remedy a fault claim may come to, not one the shop offers: no setting holds it")
        return
    # ("parts added, removed or replaced": what the customer did to the item, no replacement offered)
    offered = re.sub(r"\b(?:added|removed|modified|altered|changed),? (?:or|and) replaced\b", " ", _offered(text))
    # "we'll send you the correct product": a replacement in other words
    if _any(_REPLACEMENT, offered) and not _any(r"reorder|new order", text):
        yield Fact("fault.remedies", "REPLACEMENT", each=True)
        yield Fact("resolutions.replacement", "MERCHANT_AT_FAULT")
    if _any(_EXCHANGE, re.sub(_SAME_AGAIN, " ", without_an_exchanges_lead(clause, offered))) and not _any(_NEGATED + r" (?:offer )?(?:direct )?exchange", text):
        yield Fact("fault.remedies", "EXCHANGE", each=True)
        yield Fact("resolutions.exchange", "MERCHANT_AT_FAULT", weak=True)
    # "we will refund the delivery charges you paid": the shipping paid back, not the goods' price
    # ("We refund or cover the postage", "you will be refunded any difference": the postage, a price's difference)
    goods_refund = re.sub(r"\brefund\w* (?:or (?:cover|pay|reimburse) )?(?:you )?(?:for )?(?:the |your |any |all )?(?:original |outbound )?(?:ground |standard |express |expedited )?(?:delivery|shipping|postage|carriage|return shipping)"
                          r"(?: (?:and|&) handling)?(?: (?:charges?|costs?|fees?))?|"
                          # "Delivery charges are refunded only when ...": the same, in the passive
                          r"\b(?:delivery|shipping|postage|carriage)(?: (?:\w+ )?(?:charges?|costs?|fees?))? (?:is |are |will be |gets? )(?:\w+ )?refunded\b|"
                          r"\brefund\w* (?:you )?(?:any |the )?(?:price )?difference\b", " ", offered)
    if _any(_REFUND, goods_refund):
        yield Fact("fault.remedies", "REFUND", each=True)
    # "a full refund, shipping included", "we refund the goods in full together with the shipping charges"
    # (not "refunded in full" alone: the setting says the shipping is paid back too)
    if _any(r"full refund.*shipping|\brefund\w* (?:[\w-]+ ){0,3}in full,? (?:together with|including|plus|along with|as well as) (?:the |your |any |all )?(?:original )?(?:shipping|postage|delivery|carriage)\b", offered):
        yield Fact("fault.full_refund", True)

"""How and when to ask for a return: the channel the customer asks by, and whether the shop must
agree before the parcel is sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.readers.common import (
    _CANCEL, _FAULT, _NEGATED, _NOT_REQUIRED, _REGIONAL, Fact, _any, _compiled, _unheld,
)
from plugin.policy.drafting.readers.scope import (
    _AMOUNT_SUBJECT, _CASE_OF_ITEM, _LED_BY_QUALIFIED, _MEMBER_SUBJECT, _PLACE_SUBJECT, _QUALIFIED_SUBJECT,
    _QUANTITY_SCOPE, _led_by_scope, _without_opening_adverb,
)


# A heading over the steps of a return ("How to Return an Item", "Step-by-Step Return & Exchange Process",
# "Returning Your Order"): a sentence under it that asks the customer to write, call or visit is how to ask
_PROCESS_HEADING = (r"(?:start|begin|initiat|request)\w* (?:a |your |the )?return|how (?:to|do i|can i) (?:make a |start a |request a |process a )?return|"
                    r"\bmaking a return\b|\breturn instructions\b|"
                    r"\breturns?(?: ?(?:&|and|/) ?exchanges?)? (?:request )?(?:process|procedure|steps)\b|\breturning (?:an? |your )?(?:items?|products?|orders?|goods|purchases?)\b")
_ASKS_TO_WRITE = (r"\b(?:e-?mail|contact|call|message|write to|reach out to) (?:us|our|me)\b|\be-?mail us\b|"
                  r"\be-?mail (?:[\w.+-]+@[\w-]+\.[a-z]|\[email protected\])")  # "Email [email protected] with photos"


_PAPER_FORM = r"\bform (?:that (?:was|is|came) )?(?:included|enclosed|provided|supplied|packed) (?:in|with)\b|\b(?:included|enclosed) (?:returns? )?form\b"


# "If you are unsure whether your item qualifies, feel free to contact us": help offered, not how to ask
_HELP_OFFERED = r"\bif you(?:'re| are) (?:unsure|not sure|uncertain)\b|\bfeel free to\b"
_CHAT_ON_SITE = r"\b(?:website|web|site|live|online) chat\b|\bchat (?:on|via|through) (?:our|the) (?:website|site)\b"


def _under_a_return_process(clause: Clause, text: str) -> bool:
    heading = _plain(clause.heading).lower()
    return _any(r"(?:start|begin|initiat|request)\w* (?:a |your |the )?return", heading) \
        or (_any(_PROCESS_HEADING, heading) and _any(_ASKS_TO_WRITE, text))


# "To return an item purchased in store, ...": the goods a participle narrows to some orders
_SOME_PURCHASES = (r"\bto return (?:an? |your |the |any )?(?:items?|products?|orders?|purchases?|goods) (?:purchased|bought|ordered|made|paid for) "
                   r"(?:in|at|from|with|using|during|on|by|via|through)\b(?! (?:our|this|the) (?:website|online|site|web ?shop))")


def _asked_by_some(clause: Clause, text: str) -> bool:
    """A way of asking for some returns or some customers only: "For international returns, ...",
    "Wholesale customers must contact us ...", "Returns over $200 ...", "To return an item bought in store, ..."."""
    body = _without_opening_adverb(clause.body)
    return _any(_LED_BY_QUALIFIED + "|" + _MEMBER_SUBJECT + "|" + _AMOUNT_SUBJECT + "|" + _PLACE_SUBJECT + "|" + _QUALIFIED_SUBJECT, body) \
        or _led_by_scope(body) or _any(_REGIONAL + "|" + _QUANTITY_SCOPE + "|" + _SOME_PURCHASES, text)


def request_channel(clause: Clause, text: str) -> Iterator[Fact]:
    starts_return = _any(
        r"(?:start|begin|initiate|request|submit|make|process|complete)\w* (?:a |your )?return|(?:start|begin|initiat)\w* the return\b|to return (?:an?|your|the|any) (?:item|product|order|purchase|merchandise|goods)|"
        r"(?:would like|wish|want|need) to return (?:something|anything|it|them|items?|products?|goods|merchandise|purchases?|orders?)\b|"
        r"return request|for return instruction|withdrawal of the product|"
        r"(?:create|submit|open|request)\w* (?:a |an |your )?(?:request for )?(?:rma|return (?:merchandise |material )?authori[sz]ation)|"
        r"(?:to|must|please) (?:first )?(?:register|log)\w* (?:your )?returns?|"
        r"returns?(?:/exchanges?)? (?:must|can|may|should) be (?:processed|initiated|submitted|made|requested|started|arranged)|start by visiting|"
        r"arrange (?:a |your |the )?return|\breasons? for (?:the |your )?return|\bself[- ]serv(?:e|ice) returns?\b|"
        r"for (?:a |an )?(?:rma|return (?:merchandise |material )?authori[sz]ation)\b|" + _ASK_BEFORE_SENDING, text)
    if not (starts_return or _under_a_return_process(clause, text)) or _any(_CANCEL, clause.body) or _any(_HELP_OFFERED, text):
        return
    if _any(_CASE_OF_ITEM, _without_opening_adverb(clause.body)):
        yield _unheld("how to ask in the case it names: no setting holds it")  # "If the item has been worn, ... please email us"
        return
    if _asked_by_some(clause, text):
        yield _unheld("how to ask for some returns only: no setting holds it")  # "For international returns, please contact us"
        return
    # "you'll be sent instructions by email", "the address identified in our email": not how to ask
    sent = r"(?:you will|you'll) (?:be sent|receive)[^.]{0,60}\b(?:via|by) e-?mail|we(?: will|'ll)? (?:send|e-?mail) you|\bin (?:our|the|your|an|that) (?:[\w-]+ ){0,3}e-?mail"
    if _any(_CHAT_ON_SITE, text):
        yield Fact("returns.request_via", "WEBSITE")  # "message us via the website chat", "use our live chat"
    elif _any(r"(?<!we will )(?<!we'll )\be-?mail(?:ing)?\b(?! you)|contact (?:us|our|me)\b|customer (?:service|support)|send us a message|call us|"
            r"reach out to (?:us|our)\b|get in touch\b|write to us\b|\b(?:write|send \w+|e-?mail) to [\w.+-]+@[\w-]+\.[a-z]|\[email protected\]",
            re.sub(sent, " ", text)):
        yield Fact("returns.request_via", "EMAIL")
    elif _any(_PAPER_FORM, text):
        return  # "fill in the return form included in your parcel": a paper form, no website
    elif _any(
        r"(?:through|on|via|using|in|into|to|at|visit|visiting|from|use) (?:our|the|your) (?:[\w/-]+ ){0,2}(?:website|online|portal|system|account|returns? (?:center|centre|page|portal|form|section))|"
        r"\bmy account\b|"
        r"order page|\blog ?(?:in|on)\b|\blogging in\b|\bsign in\b|returns? (?:center|centre) form|"
        r"(?:fill (?:out|in)|complete|submit|use) (?:our|the) (?:online )?(?:returns? )?(?:request )?(?:form|portal)\b|"
        r"\b(?:started|initiated|requested|submitted|made) online\b|\bonline at\b|\bclick\b|\bthrough the link\b|"
        r"\b(?:visit|go to|at) (?:www\.)?[\w-]+\.[a-z]{2,6}(?:\.[a-z]{2})?/[\w/-]*return", text):
        yield Fact("returns.request_via", "WEBSITE")


# "Please contact us before sending any items back", "Before returning an item, please email us": the shop
# is written to before anything is sent
_SENDING_BACK = (r"(?:before|prior to) (?:returning\b|(?:sending|shipping|posting|mailing) (?:back\b|(?:the |your |any |an? )?(?:items?|products?|goods|merchandise|"
                 r"parcel|package|returns?|it|them)\b|[\w-]+ back\b))")  # not "before shipping your order", the shop's own shipping
_ASK_BEFORE_SENDING = (
    r"\b(?:contact|e-?mail|call|message|notify|write to|reach out to) us\b[^.;]{0,40}\b" + _SENDING_BACK + "|"
    r"\b" + _SENDING_BACK + r"[^.;]{0,40}\b(?:contact|e-?mail|call|message|notify|write to|reach out to) us\b"
)
# "You must contact us within 14 days and we will give you instructions on how to return the product",
# "Email us and we'll send you return instructions": the shop tells how to send back once asked, so a
# return is asked for before anything is sent
_INSTRUCTIONS_ON_REQUEST = (
    r"\b(?:contact|e-?mail|call|message|notify|write to) us\b[^.;]{0,60}\b(?:and|,) (?:we(?: will|'ll)|you(?: will|'ll)) (?:then )?"
    r"(?:give|send|provide|e-?mail|receive|be (?:given|sent|provided|e-?mailed))(?: you)?(?: with)? (?:the |our |further |full |detailed )*"
    r"(?:return(?:ing)? instructions\b|instructions (?:on|for|about) (?:how to )?(?:return\w*|send\w* (?:\w+ )?back|ship\w* (?:\w+ )?back))"
)


# "Do not send your item back without contacting us first", "All returns require a Return Authorization number"
_ASKED_FIRST = (
    # "A Return Authorization (RA) number is required for all returns", "Returns must be pre-approved",
    # "You must receive approval from us before sending anything back"
    r"\b(?:rma|rga|return (?:merchandise |material |goods )?authori[sz]ation)(?: \([a-z]+\))?(?: numbers?| #)? (?:is|are) (?:always )?(?:required|needed|mandatory)\b|"
    r"\breturns? (?:must|need to|have to) be pre-?approved\b|"
    # "Request an RMA number by emailing us": told to get the authorisation, as the first step
    r"^\W*(?:(?:step \d+|first(?:ly)?|1)\W+)?(?:please )?(?:request|obtain|get) (?:an? |your )?(?:rma|ra|rga|return (?:merchandise |material |goods )?authori[sz]ation)\b|"
    r"\b(?:must|need to|needs to|have to|has to)\b (?:first )?(?:receive|get|obtain|have|request|seek)\w* (?:our |your |the |an? |prior |written )*(?:approval|permission|consent)\b"
    r"(?:[^.;]{0,30}\b" + _SENDING_BACK + r"| (?:to|for) (?:the |your |a )?(?:return|send)\w*)|"
    r"\b(?:do not|don't|never|cannot|can't|will not|won't)\b[^.;]{0,60}\bwithout (?:first )?(?:contacting|emailing|e-mailing|notifying|calling|messaging) us\b|"
    r"\bwithout (?:first )?(?:contacting|emailing|e-mailing|notifying|calling|messaging) us\b[^.;]{0,40}\b(?:refused|rejected|not (?:be )?accepted|returned to (?:the )?sender)\b|"
    r"\b(?:all |any )?returns? (?:require|need)s? (?:an? |your )?(?:valid )?(?:rma|ra|rga|return (?:merchandise |material |goods )?authori[sz]ation)\b"
)


# the shop's authorisation in more words ("RAN", "ID number", bare "approval") and more sentence shapes
_AUTH_NOUN = r"(?:rma|ra|ran|rga|return (?:merchandise |material |goods )?authori[sz]ation)\b"
_AUTHORISED_FIRST = (
    # "we'll send you a Return Merchandise Authorization (RMA) number", "they will assign to you a RAN"
    r"(?:will|'ll) (?:then )?(?:provide|give|issue|send|e-?mail|assign)(?: to)? you(?: with)? (?:an? |your |the )?(?:valid )?" + _AUTH_NOUN + "|"
    # "Do not send items back without approval", "Returns received without an ID number will be sent back"
    r"\bwithout (?:(?:first )?(?:obtaining|getting|receiving|having) )?(?:an? |our |prior |written |your |the |valid )*(?:approval|authori[sz]ation|permission|consent)\b|"
    r"\bwithout (?:(?:first )?(?:obtaining|getting|receiving|having) )?(?:an? |your |the |valid )*(?:(?:rma|ra|ran|rga|id|return|authori[sz]ation) (?:number|#)|rma|ran|rga)\b|"
    # "We will not accept returned packages if a RAN has not been assigned"
    r"\bif (?:an? |the |your )?" + _AUTH_NOUN + r"(?: number)? (?:has not|hasn't|was not|wasn't) been (?:assigned|issued|given|obtained)|"
    # "Merchandise can only be returned with our approval"
    r"\bonly (?:be )?(?:returned|accepted|sent back) with (?:our |prior |written )+(?:approval|authori[sz]ation|permission|consent)\b"
)
_REFUSED_WITHOUT = _NEGATED + r"|refus|reject|sent back|returned to (?:the )?(?:customer|sender|you)|denied|required|must"


def _authorised_first(text: str) -> bool:
    """The shop's authorisation comes before the goods: it is issued on request, or goods without it are refused."""
    where = _compiled(_AUTHORISED_FIRST).search(text)
    if where is None:
        return False
    return not where.group(0).startswith(("without", "if")) or _any(_REFUSED_WITHOUT, text)


def request_before_shipping(clause: Clause, text: str) -> Iterator[Fact]:
    if not _any(r"authori[sz]|approv|\brma\b|\bra\b|\brga\b|\bran\b|first|request|before|register|prior|permission|instructions|without", text):
        return  # none of the words any of the patterns below needs (a quick test: this reader runs on every clause)
    if _any(_AMOUNT_SUBJECT + "|" + _PLACE_SUBJECT + "|" + _CASE_OF_ITEM + "|" + _LED_BY_QUALIFIED, _without_opening_adverb(clause.body)) \
            or _any(_REGIONAL + "|" + _QUANTITY_SCOPE + "|" + _NOT_REQUIRED + "|" + _MEMBER_SUBJECT, text):
        return  # "Returns over $50 must have a return authorization number": those returns only
    without = (r"without (?:(?:first )?(?:obtaining|getting|requesting|receiving) )?(?:an? |proper |prior |our |a valid |valid )?(?:approved |authori[sz]ed )?(?:returns? )?(?:(?:merchandise|material|goods) )?"
               r"(?:requests?|authori[sz]ation|rma|rga|(?:ra|ran) (?:number|#))|without (?:(?:first )?(?:obtaining|getting|receiving) )?(?:our |prior |written )+(?:approval|permission|consent)")
    if (_any(without, text) and _any(_NEGATED + r"|refus|reject|^\W*no returns?\b", text)) or _authorised_first(text):
        yield Fact("returns.request_required_before_shipping", True)
    elif (_any(_INSTRUCTIONS_ON_REQUEST + "|" + _ASK_BEFORE_SENDING + "|" + _ASKED_FIRST, text) and not _any(_FAULT, text)) or _any(
        r"prior (?:authori[sz]ation|approval) is required|before (?:any |we (?:will )?accept )?returns?(?: are| is| will be)? accepted|"
        r"(?:must|need to) first (?:email|contact|request|obtain|get)|without (?:first )?(?:requesting|checking with us)|"
        # "you should email us first", "Wait for approval", "Upon approval, you will be issued an RMA number"
        r"\b(?:e-?mail|contact|call|message) us first\b|\bwait for (?:our |your |the )?(?:return )?approval|"
        # the shop issuing an authorisation, whatever the verb: "you will be issued an RMA number", "They will provide
        # you with a return authorization number", "All returns must be issued an RMA number", "Contact us to request a
        # return authorization", "Return authorizations must be requested within 30 days"
        r"(?:you (?:will|'ll) (?:then )?(?:be issued|be given|be sent|be assigned|receive|get)|(?:we|they) (?:will|'ll) (?:then )?(?:provide|give|issue|send|e-?mail|assign) you(?: with)?) "
        r"(?:an? |your )?(?:rma|ra|rga|return (?:merchandise |material |goods )?authori[sz]ation)\b|"
        r"(?:must|need to|needs to|has to|have to|(?:are|is) required to) (?:first )?(?:be )?(?:obtain|get|request|have|issued|given|assigned|accompanied by|carry|receive)\w* "
        r"(?:an? |the |your )?(?:valid )?(?:rma|ra|rga|return (?:merchandise |material |goods )?authori[sz]ation)\b|"
        r"\b(?:contact|e-?mail|call) us (?:first )?to (?:request|obtain|get) (?:an? |your )?(?:rma|ra|rga|return (?:merchandise |material |goods )?authori[sz]ation)\b|"
        r"\b(?:rma|return (?:merchandise |material |goods )?authori[sz]ation)s? (?:numbers? )?(?:must|need to|needs to|has to|have to) be (?:requested|obtained)\b|"
        r"register returns? .{0,60}before returning|(?:accepted|allowed|taken) (?:only )?with (?:prior|pre-?)[- ]?(?:authori[sz]ation|approval)|returns? must be (?:pre-?)?authori[sz]ed|returns? requires? (?:a )?(?:pre-?|prior )(?:authori[sz]ation|approval)|(?:rma|return authori[sz]ation)[^.]{0,60}before (?:returning|sending|shipping)", text):
        yield Fact("returns.request_required_before_shipping", True)

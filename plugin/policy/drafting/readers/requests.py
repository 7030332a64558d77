"""How and when to ask for a return: the channel the customer asks by, and whether the shop must
agree before the parcel is sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.readers.common import (
    AN_EMAIL_ADDRESS, _BOOKING_CANCELLED, _CANCEL, _FAULT, _NEGATED, _NOT_REQUIRED, _REGIONAL, Fact, _any, _compiled, _unheld,
)
from plugin.policy.drafting.readers.scope import (
    _AMOUNT_SUBJECT, _CASE_OF_ITEM, _KINDS_OF_ORDER, _LED_BY_QUALIFIED, _MADE_FOR_THE_ORDER, _MEMBER_SUBJECT, _PLACE_SUBJECT, _QUALIFIED_SUBJECT, _SITUATION,
    _QUANTITY_SCOPE, _led_by_scope, _without_opening_adverb,
)


# A heading over the steps of a return ("How to Return an Item", "Step-by-Step Return & Exchange Process",
# "Returning Your Order"): a sentence under it that asks the customer to write, call or visit is how to ask
_PROCESS_HEADING = (r"(?:start|begin|initiat|request)\w* (?:a |your |the )?return|how (?:to|do i|can i) (?:make a |start a |request a |process a |ask for a )?return(?!s? of )|"  # (not "How do I ask for a return of a gift?")
                    r"\bhow (?:a |your )?returns? works?\b|"
                    r"\bmaking a return\b|\breturn instructions\b|"
                    r"\breturns?(?: ?(?:&|and|/) ?exchanges?)? (?:request )?(?:process|procedure|steps)\b|\breturning (?:an? |your )?(?:items?|products?|orders?|goods|purchases?)\b")
_ASKS_TO_WRITE = (r"\b(?:e-?mail|contact|call|message|writ(?:e|ing) to|reach out to) (?:us|our|me)\b|\be-?mail us\b|"
                  r"\be-?mail (?:[\w.+-]+@[\w-]+\.[a-z]|\[email protected\])")  # "Email [email protected] with photos"


# ("On the Return Form, write down why ..., sign it and put it in with your return", "put your filled-in Return Form
# inside the package": a form that travels in the parcel is paper)
_PAPER_FORM = (r"\bform (?:that (?:was|is|came) )?(?:included|enclosed|provided|supplied|packed) (?:in|with)\b|\b(?:included|enclosed) (?:returns? )?form\b|"
               r"\bform\b[^.;]*\b(?:put|place|pack|slip)\w* (?:it|them) (?:in|inside)(?: with)? (?:your|the) (?:return|parcel|package|box)\b|"
               r"\b(?:put|place|enclose|include|pack|slip)\w* (?:the |your |a )?(?:[\w-]+ )?(?:returns? )?form (?:in|inside|into)\b")


# "If you are unsure whether your item qualifies, feel free to contact us": help offered, not how to ask
# "Our team can also help at help@shop", "get in touch and we'll help you arrange your return": help, not the way to ask
# "Need help with your return? Email us", "Got questions about returning something? Drop us a line", "Not sure your item
# qualifies? Send us an email first": a doubt or a question answered, not the way every return is asked for
_HELP_OFFERED = (r"\bif you(?:'re| are) (?:unsure|not sure|uncertain)\b|\bfeel free to\b|\bcan (?:also )?help\b|"
                 r"\b(?:help|assist) you (?:to )?(?:arrange|with|start|make|process|set up)\b|\bhappy to help\b|"
                 r"\bneed (?:any |some |more |a little )?(?:help|a hand|assistance)\b|\bhere to help\b|\bnot sure\b|\bunsure\b|"
                 r"\b(?:any|have|got|with) (?:\w+ )?questions?\b|\bquestions? (?:about|regarding|on|with)\b")
# ("get in touch through the chat box in the corner of the screen": the site's chat by its widget)
_CHAT_ON_SITE = r"\b(?:website|web|site|live|online) chat\b|\bchat (?:on|via|through) (?:our|the) (?:website|site)\b|\bchat (?:box|window|widget|bubble|button|icon)\b"


def _under_a_return_process(clause: Clause, text: str) -> bool:
    # (or a list's introduction: "Contacts Return Instructions: 1. ... email info@shop and ask for a return")
    heading = _plain(f"{clause.heading} {clause.intro}").lower()
    return _any(r"(?:start|begin|initiat|request)\w* (?:a |your |the )?return", heading) \
        or (_any(_PROCESS_HEADING, heading) and _any(_ASKS_TO_WRITE, text))


# "To return an item purchased in store, ...": the goods a participle narrows to some orders
_SOME_PURCHASES = (r"\bto return (?:an? |your |the |any )?(?:items?|products?|orders?|purchases?|goods) (?:purchased|bought|ordered|made|paid for) "
                   r"(?:in|at|from|with|using|during|on|by|via|through)\b(?! (?:our|this|the) (?:website|online|site|web ?shop))")


# "Some items (such as clothing) may have special return circumstances: for these you must contact us", "Customers
# abroad must contact us first", "Product Exchanges for International Customers": some goods or some customers only
_SOME_ONLY = (r"^\W*(?:some|certain|a few|selected) (?:of (?:our|the) )?(?:items?|products?|goods|orders?|returns?|brands?|merchandise)\b|"
              r"\binternational (?:customers?|buyers?|shoppers?|clients?)\b|\b(?:customers?|buyers?|shoppers?|clients?) (?:abroad|overseas)\b")
# "Before sending your item back to the manufacturer, ask for a Return Authorization Number": the maker's return, not the shop's
_TO_THE_MAKER = r"\b(?:back )?to the (?:manufacturer|maker|brand|supplier)\b"
# A list item opening on a fault ("- For items damaged upon receipt, a claim is filed ... Please contact us before you
# send the item back"): the sentences after it are that case's steps
_FAULT_LINE = r"^\W*(?:for|with|on|if|when) [^.;,]{0,40}(?:" + _FAULT + ")"


# "All returns, from international customers too, need ...", "including international customers": those customers
# named among all, not alone
_ALSO_NAMED = r",[^.;,]{0,40}\b(?:too|as well|also|included),|\bincluding [^.;,]{0,40}"


# "A return claim for damaged goods must be emailed to us", "A claim has to be emailed to us if the item arrived damaged": a
# claim for a fault, the way some returns are asked for (not "send us an email ..., plus pictures when the item is damaged")
_FAULT_CLAIM = (r"\bclaims? (?:for|of|on|about) (?:an? |the |your |any )?(?:[\w-]+ )?(?:" + _FAULT + r")|"
                r"\bclaims?\b[^.;]{0,60}\bif (?:the |your |an? )?(?:items?|products?|goods|orders?|parcels?|packages?) (?:arrived?s?|is|are|was|were|came|comes?) "
                r"(?:\w+ )?(?:" + _FAULT + r")")


# "Custom orders cannot be returned without a request first", "For wholesale orders, please email us before returning
# anything": a kind of goods or orders leading the sentence, so the go-ahead is theirs only
_A_KIND_LEADS = (r"^\W*(?:for |on |with )?(?:all |any |our |your )?(?:" + _KINDS_OF_ORDER + "|" + _MADE_FOR_THE_ORDER
                 + r"|sale|clearance|special[- ]order)\s+(?:orders?|items?|products?|pieces?|goods|purchases?|returns?)\b")


def _some_returns_only(clause: Clause, text: str) -> bool:
    return _any(_SOME_ONLY + "|" + _TO_THE_MAKER + "|" + _FAULT_CLAIM, re.sub(_ALSO_NAMED, " ", text)) \
        or (clause.listed and _any(_FAULT_LINE, clause.line))


def _asked_by_some(clause: Clause, text: str) -> bool:
    """A way of asking for some returns or some customers only: "For international returns, ...",
    "Wholesale customers must contact us ...", "Returns over $200 ...", "To return an item bought in store, ..."."""
    body = _without_opening_adverb(clause.body)
    return _some_returns_only(clause, text) or _any(_LED_BY_QUALIFIED + "|" + _MEMBER_SUBJECT + "|" + _AMOUNT_SUBJECT + "|" + _PLACE_SUBJECT + "|" + _QUALIFIED_SUBJECT, body) \
        or _led_by_scope(body) or _any(_REGIONAL + "|" + _QUANTITY_SCOPE + "|" + _SOME_PURCHASES + "|" + _SOME_GOODS_SENT, text) \
        or _any(r"^\W*(?:warranty|guarantee|faulty|defective|damaged|international|overseas|sale|clearance) (?:returns?|claims?)\b", body)  # "Warranty returns are made online"


# "To return an item you received as a gift, ...", "Before sending back a gift, ...": a gift's return, the
# recipient's way, not the buyer's
_A_GIFT = r"\b(?:received|given|bought|purchased|sent) as a gift\b|\b(?:returning|sending back|send back|return) (?:a|the|your) gift\b|\bgift returns?\b"
# "Please contact us before sending back any large items", "Before returning a damaged item, email us photos", "wait for
# our approval before sending back a faulty item": the goods sent back named by a kind or a fault, or a gift, so some returns only
_SOME_GOODS_SENT = (_A_GIFT + "|"
                    r"\b(?:returning|sending|shipping|posting|send|ship|post|return)\w* (?:back )?(?:an? |the |your |any )?(?:large|heavy|bulky|oversized|"
                    r"damaged|faulty|defective|broken|wrong|incorrect|opened|used|sale|clearance|custom|personali[sz]ed) (?:items?|products?|goods|parcels?|orders?|pieces?|furniture|units?)\b")


# More ways of starting a return: "Returns are started by email", "Returns and exchanges are opened online", "To open
# a return", "set the return up yourself", "To ask for a return", "To send something back", "telling us why you are
# returning it", "Start by emailing ..., giving the reason for the return", "to get a return authorisation number"
# The return's go-ahead by its names: "an RMA", "an RA", "an RGA", "a Return Merchandise Authorization" (one definition, read by
# the patterns below that start a return, ask for one first or require one)
_RMA_NAME = r"(?:rma|ra|rga|return (?:merchandise |material |goods )?authori[sz]ation)\b"
_STARTS_RETURN_MORE = (
    r"\breturns?(?: (?:and|&|or) (?:exchanges?|swaps?|refunds?))? (?:are|is|can be|must be|should be) (?:only |all |always )?"
    r"(?:started|opened|arranged|requested|initiated|begun|set up|handled|made (?:online|through|via|by|in))\b|"
    # (not the shop's own doing: "we'll arrange a refund once the product is back")
    r"(?<!we )(?<!'ll )(?<!will )\b(?:open|ask for|set up|get|arrange)\w* (?:an? |your |the )?(?:return|refund|exchange)(?: request)?\b(?! (?:shipping|postage|label|address|costs?))|\bset (?:a |the |your )?return up\b|"
    r"^\W*(?:if you (?:want|wish|would like) )?to (?:send|post|ship|mail) (?:something|anything|it|them|an? \w+|your \w+) back\b|"
    r"^\W*to return (?:something|anything|it|them|by)\b|"
    r"\bwhy you(?:'re| are| want to| wish to| would like to)? (?:return|send|exchang|swap)\w*|\bwhich (?:[\w()-]+ ){1,2}you(?:'re| are)? (?:return|send)\w*\b[^.;]{0,10}\band why\b|\bthe reason (?:you(?:'re| are| want to)? (?:return|send)\w*|for (?:the |your )?return)|"
    # ("to get approval and an RA number": the go-ahead asked for, named beside the approval it stands for)
    r"\b(?:get|ask for|request|obtain)\w* (?:(?:our |your |the )?approval (?:and|&) )?(?:an? |your )?" + _RMA_NAME
)
# "To begin, email our support team with your order number and why you are returning it": the first step of a return
_FIRST_STEP = r"^\W*(?:to (?:begin|start)|start by|begin by|first(?:ly)?|step (?:1|one))\b|\bto (?:begin|start|get started)\s*(?:[;:,.]|$)"


def _help_offered(clause: Clause, text: str) -> bool:
    """Help offered by the sentence, or by the question leading its paragraph ("Need a hand with a return? ...")."""
    opening = (clause.opening or "").lower()
    return _any(_HELP_OFFERED, text) or (opening.rstrip().endswith("?") and _any(_HELP_OFFERED, opening))


def _asked_after_a_question(clause: Clause) -> bool:
    """"Want to return something? Write to help@shop": a question about returning leads the paragraph."""
    opening = clause.opening or clause.body
    return opening != clause.body and opening.rstrip().endswith("?") and _any(r"\breturn|\bsend \w+ back\b", opening)


def _starts_a_return(clause: Clause, text: str) -> bool:
    return _any(_STARTS_RETURN_MORE, text) or _asked_after_a_question(clause) \
        or (_any(_FIRST_STEP, clause.body) and _any(r"\breturn|\bback\b|\bswap|\bexchang|authori[sz]|\brma\b", text))


# "Please contact us before sending any items back", "Before returning an item, please email us": the shop
# is written to before anything is sent
_SENDING_BACK = (r"(?:before|prior to) (?:returning\b|(?:sending|shipping|posting|mailing) (?:back\b|(?:the |your |any |an? )?(?:items?|products?|goods|merchandise|"
                 r"parcel|package|returns?|it|them|anything)\b|[\w-]+ back\b)|"
                 # "before you post anything back", "before you ship", "before anything goes in the post"
                 r"(?:you )?(?:send|ship|post|mail)\w*(?: (?:anything|it|them|the item|items|your return))?(?: back)?\b(?! (?:your|the) order)|"
                 r"anything (?:goes|is sent|is posted|is shipped)\b|any \w+ go(?:es)? back\b)")  # not "before shipping your order", the shop's own shipping
# (the shop written to by its address, "email help@shop.example before ...", as "email us" is; "email us at
# info@shop.example before returning anything": the address's dots are no sentence's end)
_ASK_BEFORE_SENDING = (
    r"\b(?:(?:contact|e-?mail|call|phone|message|notify|write to|reach out to|ask|tell|talk to|let) us\b(?: (?:at|on|via) " + AN_EMAIL_ADDRESS + r")?|(?:e-?mail|write to) " + AN_EMAIL_ADDRESS + ")"
    r"[^.;]{0,40}\b" + _SENDING_BACK + "|"
    # ("Before returning anything, send us an email at returns@shop.example": the asking as a message sent)
    r"\b" + _SENDING_BACK + r"[^.;]{0,40}\b(?:(?:contact|e-?mail|call|phone|message|notify|write to|reach out to|drop|talk to|ask|tell|let) us\b|send us an? (?:e-?mail|message|note)\b)"
)


# Written to: "email us", "drop our team an email", "write to help@shop"; not "your email address" (what to
# give) nor "an email then confirms the return" (the shop writing)
# ("send us a message through the Contact Page on our website": the site's form, not email)
_WRITTEN = (r"(?<!we will )(?<!we'll )\be-?mail(?:ing)?\b(?! you| address| then| confirm)|"
            r"\be-?mailed to (?:us|our|me)\b|"  # "Each return claim must be emailed to us within 14 days"
            r"send us a message(?! (?:through|via|on|using|with|in) (?:the |our )?(?:[\w-]+ ){0,2}(?:page|form|website|site|portal))|write to us\b|"
            r"\b[\w.+-]+@[\w-]+\.[a-z]|\[email protected\]")
# A call: the model has no phone, and a call is not an email
_SPOKEN = r"\b(?:phone|call|telephone|ring)(?:s|ing)?\b(?! (?:number|no\.?)\b)"
# "contact us", "get in touch with customer service": a way to ask that names no medium
_UNNAMED = r"contact (?:us|our|me)\b|customer (?:service|support)|reach out to (?:us|our)\b|get in touch\b"


def _by_email(text: str, unnamed_medium: bool) -> bool:
    """Email named ("email us", an address) is EMAIL, beside a call too ("phone or email us": convention 1 of
    bench/real_policies/labels.py); an unnamed medium ("contact us") is read as email only where no call is named."""
    return _any(_WRITTEN, text) or (unnamed_medium and _any(_UNNAMED, text) and not _any(_SPOKEN, text))


# The sentence says it is how to start a return ("To start a return, contact us", "Please contact us before
# sending any items back"): "contact us" there is the way to ask, read as email. The looser openings of
# `_starts_a_return` ("To begin, ...", "telling us why you are returning it") may only say what to tell: there
# the medium must be named.
_NAMED_START = (
        r"(?:start|begin|initiate|request|submit|make|process|complete)\w* (?:a |your )?return|(?:start|begin|initiat)\w* the return\b|to return (?:an?|your|the|any) (?:item|product|order|purchase|merchandise|goods)|"
        r"(?:would like|wish|want|need) to return (?:something|anything|it|them|items?|products?|goods|merchandise|purchases?|orders?)\b|"
        # "email us saying you wish to send a product back", "ask for that approval by e-mail": the return asked for in other words
        r"(?:would like|wish|want|need) to (?:send|post|ship|mail) (?:(?:a|an|the|your|any) )?(?:[\w-]+ )?back\b|"
        r"\bask for (?:that |the |your |an? )?(?:return )?(?:approval|authori[sz]ation)\b|"
        r"(?:return|refund) (?:request|claim)|for return instruction|withdrawal of the product|"
        # "If you want a return, email us", "email us asking for a return", "Send us every request to return", "Every return
        # needs our approval, so write to us", "To return or exchange, write to ...", "we will reply with instructions for
        # returning the products": the return asked for in other words
        r"\b(?:want|wish for|would like|need|ask(?:ing)? for|request(?:ing)?) (?:a |an )?return\b(?! (?:shipping|postage|label|address|window|period|policy))|"
        r"\brequests? to return\b|\breturns? (?:needs?|requires?) (?:our |an? |prior )?(?:approval|authori[sz]ation)\b|"
        # "Each return has to be approved first, by phone or by email": the approval asked for, by the way named
        r"\breturns? (?:has|have|must|needs?)(?: to)? be (?:pre-?)?(?:approved|authori[sz]ed)\b|"
        r"^\W*to return or exchange\b|\binstructions (?:for|on) returning\b|"
        r"(?:create|submit|open|request)\w* (?:a |an |your )?(?:request for )?(?:rma|return (?:merchandise |material )?authori[sz]ation)|"
        r"\b(?:register|log|lodg|file|rais)(?:e|es|s|ed|ing)? (?:a |an |your |the )?(?:return|exchange)s?\b(?! (?:shipping|postage|labels?|address|costs?|fees?|window|period|policy))|"  # "Log a return in your account", "after lodging your return on the portal"
        r"returns?(?:/exchanges?)? (?:must|can|may|should|has to|have to|needs? to) be (?:processed|initiated|submitted|made|requested|started|arranged)|start by visiting|"
        r"arrange (?:a |your |the )?return|\breasons? for (?:the |your )?return|\bself[- ]serv(?:e|ice) returns?\b|"
        r"for (?:a |an )?(?:rma|return (?:merchandise |material )?authori[sz]ation)\b|"
        # "For any return, phone our team or email returns@shop": every return's way; "Write to returns@shop and we will
        # email you a return shipping label": the label the writing brings
        r"^\W*for (?:any|every|all|each|your) (?:returns?|refunds?)\b|"
        # "Start by emailing us with ... why you want a refund", "email our team ... with why you want a return": the asking
        # names the return it is for
        r"\bwhy you (?:want|wish|would like|need) (?:an? |to )?(?:return|refund|exchange)|"
        # "For a return, contact our support team": a return, not one of some goods ("For a return of a sale item, ...")
        r"^\W*for a return\b(?! (?:of|on|for|from|to|outside|within|after)\b)|"
        r"\b(?:and|,) we(?:'ll| will)? (?:then )?(?:e-?mail|send) you (?:a |the |your )?(?:prepaid |free )?returns? (?:shipping |postage )?label\b|" + _ASK_BEFORE_SENDING)


# "You don't have to contact us before returning something, but we recommend it", "There is no need to email us
# first": asking first is left to the customer, so it is neither required nor the way a return is asked for (the
# time named by the sending: not "no need to contact us before checking your order status"; nor a telling left out
# only some times or of something else: "no need to contact us first if it is a gift", "no need to tell us first why")
_BEFORE_SENDING = (r"(?:before|prior to) (?:you )?(?:\w+ )?(?:sending|shipping|posting|mailing|returning|bringing|"
                   r"(?:send|ship|post|mail|return|bring)(?:s|ed)?\b(?! (?:window|period|policy|date|deadline)))")
_NO_ASKING_FIRST = (r"(?:(?:do not|don't|does not|doesn't|won't|will not) (?:have to|need to)|no need to|(?:is|it's) not (?:necessary|required) to) "
                    r"(?:first )?(?:contact|e-?mail|call|message|notify|write to|ask|tell|get in touch with) (?:us|our [\w ]{1,20}?)\b[^.;]{0,15}\b"
                    r"(?:" + _BEFORE_SENDING + r"|first|in advance)\b(?! (?:why|what|the reason|if|unless|when|for)\b)")


def request_channel(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(_NO_ASKING_FIRST, text):
        return
    named = _any(_NAMED_START, text) or _under_a_return_process(clause, text)
    # (a way to cancel is no way to return, unless the sentence gives it for both: "tell us you intend to cancel an order or
    # send a product back by using our contact form")
    cancelling_only = _any(_CANCEL, clause.body) and not _any(r"\bor (?:to )?(?:return|send (?:[\w-]+ ){1,3}back)\b", clause.body)
    if not (named or _starts_a_return(clause, text)) or cancelling_only or _help_offered(clause, text):
        return
    if _any(_CASE_OF_ITEM, _without_opening_adverb(clause.body)):
        yield _unheld("how to ask in the case it names: no setting holds it")  # "If the item has been worn, ... please email us"
        return
    if _asked_by_some(clause, text):
        yield _unheld("how to ask for some returns only: no setting holds it")  # "For international returns, please contact us"
        return
    # "you'll be sent instructions by email", "the address identified in our email": not how to ask
    # ("Keep your delivery confirmation email handy": an email kept as a record, not written to the shop)
    sent = (r"(?:you will|you'll) (?:be sent|receive)[^.]{0,60}\b(?:via|by) e-?mail|we(?: will|'ll)? (?:send|e-?mail) you|\bin (?:our|the|your|an|that) (?:[\w-]+ ){0,3}e-?mail|"
            r"\b(?:keep|save|hold on to|have)\b[^.;]{0,15}\b(?:[\w-]+ )?(?:confirmation|receipt|order|delivery|shipping|dispatch) e-?mails?\b|"
            # "someone will reply to you by email", "we will get in touch by email or phone", "One of our associates will get in
            # touch": the shop answering, not how the customer asks
            r"\b(?:we|someone|they|one of our [\w ]{1,20}?|our [\w ]{1,20}?)(?: will|'ll| then)+ (?:reply|respond|get in touch|get back to you|contact you|write (?:back )?to you)\b[^.;]*")
    asked = re.sub(sent, " ", text)
    if _by_email(asked, unnamed_medium=False):
        yield Fact("returns.request_via", "EMAIL")  # email named: "email us", an address, beside a chat too ("by email, phone or live chat")
    elif _any(_CHAT_ON_SITE, text):
        yield Fact("returns.request_via", "WEBSITE")  # "message us via the website chat", "use our live chat"
    elif _any(_PAPER_FORM, text):
        return  # "fill in the return form included in your parcel": a paper form, no website
    elif _any(_SITE_NAMED, re.sub(_NOT_THE_SHOPS_ACCOUNT, " ", text)):
        # (before the unnamed medium: "complete the contact form on our website", "get in touch with customer service or
        # use our online return portal", "write to us through the contact us page on the website" name the site's form)
        yield Fact("returns.request_via", "WEBSITE")
    elif _by_email(asked, unnamed_medium=named):
        yield Fact("returns.request_via", "EMAIL")
    elif _any(_ON_THE_SITE, re.sub(_NOT_THE_SHOPS_ACCOUNT, " ", text)):
        yield Fact("returns.request_via", "WEBSITE")


# The site itself, or a form or portal on it, named as where to ask (an account alone may be where a refund goes)
# (not an account's page, where a refund or a number is seen: "credited to your web account page"; not a page that
# only informs: "see the FAQ page on our website for our hours"; the bare site only as where the asking is done, in the
# same clause: not "contact us; you can track your refund on our website", "contact us, as explained on our site")
_SITE_NAMED = (r"\b(?:online|web|website'?s?|site'?s?) (?:(?!account\b)[\w-]+ ){0,2}(?<!account )(?:form|portal|page)\b|\bcontact(?: us)? (?:form|link)\b|"  # (a contact page may only list an address; its link leads to the site's form)
               r"(?<!\bfaq )(?<!\bhelp )(?<!\bterms )(?<!\bpolicy )(?<!\baccount )(?<!\bproduct )(?<!\bblog )\b(?:form|portal|page)\b[^.;]{0,20}\b(?:on|of|at|through|via) (?:our|the) (?:web ?site|site|online (?:store|shop))\b|"
               r"\b(?:contact\w*|get(?:ting)? in touch|reach\w* out|writ\w+|messag\w+|speak\w*|talk\w*|request\w*|start\w*|begin\w*|submit\w*|return(?:s|ed|ing)?)\b"
               r"[^.;,]{0,40}?\b(?:through|on|via|using|at) (?:our|the) (?:web ?site|site)\b|\bvisit\w* (?:our|the) (?:web ?site|site)\b")


# The shop's site as the way to ask: a form, a portal, an account page, a link
_ON_THE_SITE = (
    r"(?:through|on|via|using|in|into|to|at|visit|visiting|from|use) (?:our|the|your) (?:[\w/-]+ ){0,2}(?:website|online|portal|system|account|returns? (?:center|centre|page|portal|form|section))|"
    r"\bmy account\b|"
    r"order page|\blog ?(?:in|on)\b|\blogging in\b|\bsign in\b|returns? (?:center|centre) form|"
    r"(?:fill (?:out|in)|complete|submit|use) (?:our|the) (?:online )?(?:returns? )?(?:request )?(?:form|portal)\b|"
    r"\b(?:started|initiated|requested|submitted|made) online\b|\bonline at\b|\bclick\b|\bthrough the link\b|"
    r"\b(?:press|tap)\b(?! \d| (?:the )?(?:number|key|star|hash|pound|#)\b)|"  # (not a phone's menu: "call us and press 2")
    r"\b(?:visit|go to|at) (?:www\.)?[\w-]+\.[a-z]{2,6}(?:\.[a-z]{2})?/[\w/-]*return"
)


# "Start by looking at your bank account": an account, but not one with the shop
# ("paid into the account of your original payment method": the payer's account too; "the order number shown in your
# account", "the form found on our website": where something is read, not where the return is asked for)
_NOT_THE_SHOPS_ACCOUNT = (r"\b(?:bank|card|paypal|credit card|email) accounts?\b|\baccount of (?:your|the) (?:original )?(?:payment|card|bank)|"
                          r"\b(?:shown|found|listed|displayed|printed|saved|visible|available) (?:in|on) (?:your|the|our) (?:[\w-]+ )?(?:account|website|site|order page)\b|"
                          # ("contact us by phone; see the FAQ page on our website for our hours": a page that informs)
                          r"\b(?:faq|help|terms|policy|blog|product) page (?:on|of) (?:our|the) (?:web ?site|site)\b")


# "You must contact us within 14 days and we will give you instructions on how to return the product",
# "Email us and we'll send you return instructions": the shop tells how to send back once asked, so a
# return is asked for before anything is sent
_INSTRUCTIONS_ON_REQUEST = (
    r"\b(?:contact|e-?mail|call|message|notify|write to) us\b[^.;]{0,60}\b(?:and|,) (?:we(?: will|'ll)|you(?: will|'ll)) (?:then )?"
    r"(?:give|send|provide|e-?mail|receive|be (?:given|sent|provided|e-?mailed))(?: you)?(?: with)? (?:the |our |further |full |detailed )*"
    r"(?:return(?:ing)? instructions\b|instructions (?:on|for|about) (?:how to )?(?:return\w*|send\w* (?:\w+ )?back|ship\w* (?:\w+ )?back))"
)


# Sent without asking first: "without contacting us", "without first filling in the request form"
_NOT_ASKING = r"(?:contacting|emailing|e-mailing|notifying|calling|messaging) us\b|filling (?:in|out) (?:the|a|our) (?:[\w-]+ )?(?:request|form)\b"
# "..., you may not get a refund or exchange": what follows a parcel sent without asking, as a refusal does
_NO_REFUND_THEN = r"(?:may|might|will|can)(?: not|n't) (?:get|receive|be (?:given|issued|eligible for)) (?:a |an |any )?(?:refund|exchange|credit)"
# "Every return has to be approved before you send the item back", "Each return must be cleared with us first": the
# shop's agreement asked before the goods go (not an approval after the inspection)
_APPROVED_BEFORE = (r"\b(?:returns?|exchanges?)\b[^.;]{0,20}\b(?:must|needs? to|ha(?:s|ve) to|should) (?:first )?be (?:pre-?)?(?:approved|authori[sz]ed|agreed|cleared)\b"
                    r"[^.;]{0,20}?\b(?:first|in advance|beforehand|before (?:you |it |they )?(?:send|ship|post|mail|return)\w*)")


# "Do not send your item back without contacting us first", "All returns require a Return Authorization number"
_ASKED_FIRST = (
    # "A Return Authorization (RA) number is required for all returns", "Returns must be pre-approved",
    # "You must receive approval from us before sending anything back"
    r"\b(?:rma|rga|return (?:merchandise |material |goods )?authori[sz]ation)(?: \([a-z]+\))?(?: numbers?| #)? (?:is|are) (?:always )?(?:required|needed|mandatory)\b|"
    r"\breturns? (?:must|need to|have to) be pre-?approved\b|"
    # "Request an RMA number by emailing us": told to get the authorisation, as the first step
    r"^\W*(?:(?:step \d+|first(?:ly)?|1)\W+)?(?:please )?(?:request|obtain|get) (?:an? |your )?" + _RMA_NAME + r"|"
    r"\b(?:must|need to|needs to|have to|has to)\b (?:first )?(?:receive|get|obtain|have|request|seek)\w* (?:our |your |the |an? |prior |written )*(?:approval|permission|consent)\b"
    r"(?:[^.;]{0,30}\b" + _SENDING_BACK + r"| (?:to|for) (?:the |your |a )?(?:return|send)\w*)|"
    r"\b(?:do not|don't|never|cannot|can't|will not|won't)\b[^.;]{0,60}\bwithout (?:first )?(?:" + _NOT_ASKING + r")|"
    r"\bwithout (?:first )?(?:" + _NOT_ASKING + r")[^.;]{0,40}\b(?:refused|rejected|not (?:be )?accepted|returned to (?:the )?sender|" + _NO_REFUND_THEN + r")\b|"
    r"\b(?:all |any )?returns? (?:require|need)s? (?:an? |your )?(?:valid )?" + _RMA_NAME
)


# the shop's authorisation in more words ("RAN", "ID number", bare "approval") and more sentence shapes
_AUTH_NOUN = r"(?:ran\b|" + _RMA_NAME + ")"
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
_REFUSED_WITHOUT = _NEGATED + r"|refus|reject|sent back|returned to (?:the )?(?:customer|sender|you)|denied|required|must|turned away|posted (?:straight )?back"


# The shop's go-ahead named more ways: "a return authorisation number", "a returns (RMA) number", "an RA#",
# "a return agreement number", "an authorization code", "the return ID we issued you"; "ran" only as "RAN number"
# or "RAN #" (alone it is the verb)
_GO_AHEAD = (r"(?:rma|ra#?|ran(?= (?:number|#))|rga|(?:returns? )?(?:merchandise |material |goods )?authori[sz]ation(?: \((?:rma|ra)\))?(?: (?:number|code|#))?|"
             r"returns? (?:\((?:rma|ra)\) )?(?:number|id|agreement number|request (?:number|id))|rrn)\b")
# More ways of saying the shop agrees before anything is sent:
_AGREED_BEFORE_SENDING = (
    # "send nothing back until we have given you an RMA number", "Nothing may be sent back until we have approved it",
    # "Please wait until we have given you a return authorization number"
    r"\b(?:nothing|do not|don't|never|no (?:parcels?|returns?|items?|goods|products?|packages?)|wait)\b[^.;]{0,60}\buntil (?:we|our [\w ]{1,20}?) (?:have |has )?(?:approved|given|issued|authori[sz]ed|sent|accepted|agreed)\b|"
    r"\bwait (?:until|for) (?:we|us|our) (?:approv|authori[sz]|go-ahead|confirm)\w*|"
    # "Parcels that reach us before a return has been requested are turned away", "anything mailed back before we
    # have accepted a request is refused", "parcels we were not told about are refused", "We refuse returns that we have not authorised"
    r"\bbefore (?:we (?:have )?|a return has been |the return has been |your return has been )(?:approved|accepted|authori[sz]ed|requested|agreed)\b[^.;]{0,60}\b(?:refus|reject|turned away|not (?:be )?accepted)|"
    r"(?:\b(?:we (?:have|had)(?: not|n't)|we were not told about)|\bnot (?:been )?(?:approved|authori[sz]ed|requested)\b)[^.;]{0,40}\b(?:refus|reject|turned away|not (?:be )?accepted)|"
    r"\b(?:refus|reject|turn away|do not accept|don't accept)\w*\b[^.;]{0,30}\bthat we (?:have|had)(?: not|n't) (?:approved|authori[sz]ed|agreed)|"
    # "We may refuse any return or exchange that was not authorized"
    r"\b(?:refuse|reject)\w* (?:any |all )?(?:returns?|exchanges?|parcels?|packages?)(?: (?:or|and) \w+)? (?:that |which )?"
    r"(?:(?:was|were|is|are|has|have) )?(?:been )?(?:not |un)authori[sz]ed\b|"
    # "Anything posted back without a return being requested first will be refused", "parcels sent without asking are not accepted"
    r"\bwithout (?:a return (?:being|having been) requested|(?:first )?asking(?: us)?(?: first)?|being (?:approved|authori[sz]ed))\b[^.;]{0,40}\b(?:refus|reject|turned away|not (?:be )?accepted)|"
    r"\b(?:refus|reject|turn away|(?:will not|won't|do not|don't|cannot|can't) (?:refund|accept|process))\w*\b[^.;]{0,40}\bwithout "
    r"(?:a return (?:being|having been) requested|(?:first )?asking|(?:first )?(?:arranging|agreeing|clearing) (?:it|them|this|that|the return|a return)(?: with us)? first\b)|"
    # "Please do not send any item back to us before telling us": the telling first, the sending after
    r"\b(?:do not|don't|never)\b send (?:[\w-]+ ){0,3}?back\b[^.;]{0,20}?\b(?:before|without) (?:first )?(?:telling|contacting|asking|notifying|e-?mailing|"
    r"informing|speaking to|talking to|checking with) us\b|"
    # "Please send no product back to us without arranging it with us first": the same, with no refusal said
    r"\bwithout (?:first )?(?:arranging|agreeing|checking|clearing|discussing) (?:it |this |them |that )?with us\b|"
    # "We only take back parcels that we have approved in advance", "Every return needs an authorisation from us first",
    # "Get our approval first", "needs an authorization number issued by us"
    r"\b(?:approved|authori[sz]ed|agreed) (?:in advance|beforehand|first)\b|"
    r"\b(?:get|obtain|seek|have|ask for) (?:our |prior |your |the )?(?:approval|authori[sz]ation|permission|go-ahead)(?: \w+)? first\b|"
    r"\b(?:needs?|requires?) (?:an? |your |our )?(?:" + _GO_AHEAD + r"|authori[sz]ation|approval)[^.;]{0,20}\b(?:first|from us|issued by us)\b|"
    # "A return that reaches us without the return ID we issued you will be posted straight back", "Returns are only accepted with an authorisation number"
    r"\b(?:without|with no) (?:the |an? |your |that |our )?(?:valid )?" + _GO_AHEAD + r"[^.;]{0,40}\b(?:refus|reject|turned away|not (?:be )?accepted|posted (?:straight )?back|sent back)|"
    r"\b(?:only )?accepted (?:only )?with (?:an? |the |your |a valid )?" + _GO_AHEAD + "|"
    # "Before anything goes in the post, get an RA# from us", "Before you send anything, you will need a return authorization number"
    r"\b" + _SENDING_BACK + r"[^.;]{0,60}\b(?:need|must|get|obtain|ask|request|require)\w*\b[^.;]{0,40}(?:" + _GO_AHEAD + r"|approval|authori[sz]ation|permission)|"
    # "We turn away any return that arrives without the RMA number we issued"
    # "We may refuse anything that arrives with no RA number": "with no" is "without"
    r"\b(?:refus|reject|turn(?:s|ed)? away|(?:do not|don't|won't|will not) accept)\w*\b[^.;]{0,40}\b(?:without|with no) (?:the |an? |your |that |our )?(?:valid )?" + _GO_AHEAD + "|"
    # "Please don't post anything back before you have this number", "Never ship an item before you receive our approval"
    r"\b(?:do not|don't|never)\b[^.;]{0,40}\bbefore (?:you (?:have|get|receive)\w*|we (?:have )?(?:sent|given|issued)(?: you)?) (?:(?:received|got|been given) )?"
    r"(?:this|that|the|your|an?|our) (?:" + _GO_AHEAD + r"|number|approval|authori[sz]ation|go-ahead)|"
    # "Don't post anything back to us before you have contacted us", "You MUST contact us within 7 days if you intend to
    # return any item", "instructions that take you through asking for a return authorization"
    # (the goods sent: not "don't throw away the packaging before you have contacted us")
    r"\b(?:do not|don't|never) (?:\w+ )?(?:send|ship|post|mail|return|bring)\w*\b[^.;]{0,40}\bbefore (?:you (?:have )?)?(?:first )?(?:contact|e-?mail|ask|call|talk|spok|speak|get in touch|got in touch)\w*(?: (?:to|with))? us\b|"
    # (any return: not "if you intend to return an item bought with a gift card", "an item over 20kg")
    r"\b(?:must|need to|have to|are required to) (?:first )?(?:contact|e-?mail|call|notify|tell|inform) us\b[^.;]{0,30}\bif you (?:intend|mean|want|wish|plan|would like|decide) to (?:return|send)\w*"
    r"(?![^.;]*\b(?:bought|purchased|paid|ordered|over|above|weighing|heavier|larger|more than)\b)|"
    r"\b(?:through|by) asking (?:us )?for (?:an? |your |the )?" + _GO_AHEAD + "|"
    # "Please get in touch before you send anything back", "get in touch with us before sending anything back" (the
    # medium unnamed: read for the go-ahead here, not as the channel)
    r"\bget in touch(?: with (?:us|our [\w ]{1,20}?))?\b[^.;]{0,20}\b" + _SENDING_BACK + "|"
    # "Once it is approved, send the product back", "Once your refund request has been approved, ... the return process"
    r"\b(?:once|after|when) (?:it|this|your (?:return |refund )?request|the (?:return |refund )?request|your return) (?:is|has been|was) "
    r"(?:approved|authori[sz]ed)\b[^.;]{0,40}\b(?:send|ship|post|mail|return)\w*\b|"
    # "We accept returns and exchanges only once Customer Service has approved them"
    r"\b(?:accept|take back|process)\w* (?:\w+ (?:and|or|&) )?(?:returns?|exchanges?|items?|parcels?)\b[^.;]{0,30}\bonly (?:once|after|when|if) [^.;]{0,30}\b(?:has|have) (?:approved|authori[sz]ed|agreed to)\b|"
    # "Register your return on the returns page of our website before you send anything back"
    r"\bregister (?:your |a |the )?returns?\b[^.;]{0,80}\b" + _SENDING_BACK + "|"
    # "ask us for a return authorization (RMA) number before those thirty days are up"
    # (not "When you ask for your RMA number, tell us why": the asking is a time for something else)
    r"(?<!you )\bask (?:us )?for (?:an? |your |the )?" + _GO_AHEAD + "|"
    # "ask our customer service for an RA# first"
    r"\bask\b[^.;]{0,40}\b(?:ra#?|rma|rga|return authori[sz]ation)(?: number| #)?\s*first\b|"
    # "A return authorization from us is needed before ...": the shop's go-ahead named as needed
    r"\b(?:" + _GO_AHEAD + r"|authori[sz]ation|approval) from us (?:is|are) (?:always )?(?:required|needed|necessary|mandatory)\b|"
    r"\bonly (?:process|accept|take back) (?:a |any )?(?:returns?|parcels?)\b[^.;]{0,20}\b(?:carr(?:y|ies)|with) (?:an? |the )?" + _GO_AHEAD + "|"
    # "Our Customer Service has to issue an authorization before any item is returned": the shop's go-ahead comes first
    r"\b(?:must|has to|have to|needs? to) (?:first )?(?:issue|give|grant|provide)\w* (?:you )?(?:an? |the |your )?(?:" + _GO_AHEAD + r"|authori[sz]ation|approval)\b"
    r"[^.;]{0,10}\bbefore (?:(?:any|the|your|an?) )?(?:items?|goods|products?|returns?|parcels?|anything|it|they)\b (?:is |are |can be |gets? )?(?:returned|sent|shipped|posted)\b"
    # (any return: not "before any item is returned if it was bought on sale")
    r"(?![^.;]*\b(?:bought|purchased|paid|ordered|over|above|weighing|heavier|larger|more than)\b)"
)
# The shop gives its go-ahead on request: "we reply with a return authorisation number", "we then send you an
# authorisation number", "you get a return authorization (RA) number", "Phone us to get a return authorization number"
_GO_AHEAD_ISSUED = (
    r"\b(?:we|they|our [\w ]{1,20}?)(?: will|'ll)?(?: then)? (?:provide|give|issue|send|e-?mail|assign|reply with|answer with|respond with)(?: to)?(?: you)?(?: with)? "
    r"(?:an? |your |the )?(?:valid )?" + _GO_AHEAD + "|"
    # "our team will reply with your shipping instructions and the return authorization", "we'll answer within 2 business
    # days with: - a Return Authorization (RA) number": the reply carries the go-ahead, after a time or among other things
    r"\b(?:we|they|our [\w ]{1,20}?)(?: will|'ll)?(?: then)? (?:reply|answer|respond|get back to you|write back)\b[^.;]{0,40}?\bwith\b:?\s*[•*-]?\s*"
    r"(?:[^.;:]{0,50}\b(?:and|,) )?(?:an? |your |the )?(?:valid )?" + _GO_AHEAD + "|"
    r"\byou (?:will |'ll )?(?:then )?(?:get|receive|be (?:given|sent|issued)) (?:an? |your |the )?" + _GO_AHEAD + "|"
    r"\b(?:to|and) (?:get|receive|obtain|request|ask for) (?:an? |your |the )?" + _GO_AHEAD + "|"
    # ("contact our customer service team for a return authorization": a desk named in up to four words)
    # (not "for a return authorization status update": a question about a go-ahead already given)
    r"\b(?:e-?mail|contact|call|phone|write to) (?:us|our (?:[\w-]+ ){0,3}[\w-]+) for (?:an? |your |the )?" + _GO_AHEAD + r"(?! (?:status|updates?|questions?|enquir\w*|inquir\w*)\b)|"
    r"^\W*(?:(?:step \d+|first(?:ly)?|1)\W+)?(?:please )?(?:get|ask (?:us )?for) (?:an? |your )?" + _GO_AHEAD
)
# Asked first: "Ask for a return first", "Contact our support team first", "First, ask us", "First email our support team"
_ASK = r"(?:ask|e-?mail|contact|write to|get in touch|call|phone|tell|talk to|reach out to|let us know)"
_ASKED_BEFORE = (
    r"^\W*first(?:ly)?\b,? (?:please )?" + _ASK + r"\b|"
    r"^\W*(?:please )?" + _ASK + r"\b[^.;]{0,50}\bfirst\b(?! \d| (?:\w+ )?(?:days?|weeks?|months?|time|delivery|order))|"
    # "Once we approve a return, we tell you how to send the item back", "When your return is approved, pack it with care"
    # ("When we have confirmed your request, we will send you a return address and instructions")
    # ("If your return request is approved, you will get an email with shipping instructions and a label", "Once your
    # return is approved, we will reply within 24-48 hours at the address you gave us, with further instructions")
    # (with "if" only the return or request named: "If we approve it, ..." may answer a request for some goods named before)
    r"\b(?:(?:once|when|after) (?:we (?:have )?(?:approved?|authori[sz]ed?|accepted?|agreed? to|confirmed? (?:your|the) (?:return )?request)|(?:the |your )?(?:return |exchange )?(?:return|request) (?:is|has been) (?:approved|authori[sz]ed|accepted|confirmed))|"
    r"if (?:the |your )?(?:return |exchange )?(?:return|request) (?:is|has been) (?:approved|authori[sz]ed|accepted|confirmed))\b"
    # (the approval before the goods are sent, not after they came: no refund, inspection or arrival in between, nor
    # "instructions for your refund", "a label for your next order": "If your return is approved after we inspect the
    # item, we will email you instructions for your refund")
    r"(?:(?!\b(?:refund\w*|inspect\w*|inspection|examin\w*|arriv\w*|receiv\w* (?:it|them|the (?:item|goods|return|parcel)|your (?:item|return|parcel)))\b)[^.;]){0,90}"
    r"\b(?:(?:send|ship|post|mail)\w* (?:it|them|the item|the items|your return|the parcel|back)|pack|instructions|label|where to|how to)\b"
    r"(?! (?:for|on|about) (?:your |the )?(?:refund|next order|payment))|"
    # "send it back for a refund, once we have approved the return", "we send the return instructions once your request has been approved"
    r"\b(?:(?:send|ship|post|mail)\w* (?:it|them|the items?|your return|the parcel) back|(?:return|shipping) instructions)\b[^.;]{0,60}\b(?:once|when|after) "
    r"(?:we (?:have )?(?:approved|authori[sz]ed|accepted)|(?:the |your )?(?:return|request) (?:is|has been) (?:approved|authori[sz]ed|accepted))\b|"
    # "Email customer service ...; we reply with the next steps", "get in touch and we will tell you what to do"
    r"\b" + _ASK + r"\b[^.]{0,120}\b(?:we|they)\b[^.;]{0,40}?\b(?:reply|respond|answer|send|give|tell|e-?mail)\w*\b[^.;]{0,40}\b"
    r"(?:(?:shipping |return |next )(?:instructions|steps)|the steps|what to do|how to (?:send|ship|post|return)|where to (?:send|ship|post))"
)


# The go-ahead needed, in more words: "Nothing can come back unless we have authorized it", "Please send no returns until
# you have contacted us", "Do not ship anything back before you hear from us", "You must contact us before you make a
# return", "Before sending a product back, Buyer must get in touch with ...", "We do not accept returns that have no RMA
# number", "A return or exchange needs a return authorization", "Returns that turn up unannounced cannot be accepted"
_GO_AHEAD_NEEDED = (
    r"\b(?:nothing|no (?:items?|returns?|goods|products?))\b[^.;]{0,30}\b(?:can|may|will)\b[^.;]{0,20}\bunless\b[^.;]{0,30}\b(?:authori[sz]ed|approved|agreed)\b|"
    r"\bsend no returns?\b[^.;]{0,20}\buntil\b|"
    r"\b(?:do not|don't) (?:send|post|ship|mail|return)\w*\b[^.;]{0,60}\b(?:until|before)\b[^.;]{0,30}\b(?:contact|approv|authori[sz]|confirm|permission|hear)\w*|"
    r"\b(?:must|need to|have to) (?:first )?(?:contact|e-?mail|call|notify|tell|inform|get in touch with) (?:us|me)\b[^.;]{0,20}\bbefore (?:you )?(?:make|start|send|ship|post|return)\w*|"
    r"\b" + _SENDING_BACK + r"\b[^.;]{0,40}\b(?:must|needs? to|has to|have to) (?:first )?(?:contact|get in touch|e-?mail|call|write)\b|"
    r"\b(?:do not|don't|cannot|can't|will not|won't) accept (?:any )?returns? (?:that (?:have|has|come|arrive) )?(?:with )?(?:no|without (?:an? )?)\s*" + _RMA_NAME + r"|"
    r"^\W*(?:an? |every |each |any )?(?:returns?|exchanges?)(?: (?:or|and) (?:returns?|exchanges?))? (?:needs?|requires?) (?:an? |our |prior )?(?:return )?(?:authori[sz]ation|approval|rma)\b|"
    r"\bunannounced\b[^.;]{0,60}\b(?:cannot|can't|will not|won't|not) be accepted\b"
)


def _authorised_first(text: str) -> bool:
    """The shop's authorisation comes before the goods: it is issued on request, or goods without it are refused."""
    where = _compiled(_AUTHORISED_FIRST).search(text)
    if where is None:
        return False
    return not where.group(0).startswith(("without", "if")) or _any(_REFUSED_WITHOUT, text)


def _outside_of_a_parcel(text: str) -> str:
    """"the RMA number written on the outside of the carton": the outside of a parcel is no region ("outside the US")."""
    return re.sub(r"\bthe outside of (?:the |your |each )?(?:box|carton|parcel|package|packaging|envelope)\b", " ", text)


def request_before_shipping(clause: Clause, text: str) -> Iterator[Fact]:
    if not _any(r"authori[sz]|approv|\brma\b|\bra\b|\brga\b|\bran\b|first|request|before|register|prior|permission|instructions|without|until|"
                r"\bwait|steps|what to do|where to|returns? (?:number|id)|agreement|told about|if you|unannounced|unless", text):
        return  # none of the words any of the patterns below needs (a quick test: this reader runs on every clause)
    if _any(_BOOKING_CANCELLED, text):
        return  # "cancel a lesson 8 hours in advance, unless agreed beforehand": a booking's notice, no return's go-ahead
    if _any(_NO_ASKING_FIRST, text) and not _some_returns_only(clause, text) and not _any(_FAULT, text):
        yield Fact("returns.request_required_before_shipping", False)
        return
    if _any(r"\bwarrant(?:y|ies)\b", text):
        # "Before a warranty claim can go ahead, we give you an RMA number": a warranty's steps, not a return's
        yield _unheld("a warranty claim's steps: no setting holds them")
        return
    if _any(_AMOUNT_SUBJECT + "|" + _PLACE_SUBJECT + "|" + _CASE_OF_ITEM + "|" + _LED_BY_QUALIFIED + "|" + _SITUATION + "|" + _A_KIND_LEADS, _without_opening_adverb(clause.body)) \
            or _any(_REGIONAL + "|" + _QUANTITY_SCOPE + "|" + _NOT_REQUIRED + "|" + _MEMBER_SUBJECT + "|" + _SOME_GOODS_SENT, _outside_of_a_parcel(text)) \
            or _some_returns_only(clause, text):
        return  # "Returns over $50 must have a return authorization number": those returns only
    # ("without a return or replacement request first": the request named for either of two resolutions)
    # (not "even without a return request": the request not needed)
    without = (r"(?<!\beven )without (?:(?:first )?(?:obtaining|getting|requesting|receiving) )?(?:an? |proper |prior |our |a valid |valid |that |this |such )?(?:approved |authori[sz]ed )?"
               r"(?:(?:returns?|exchange|replacement|refund)(?: (?:or|and|/) (?:returns?|exchange|replacement|refund))? )?(?:(?:merchandise|material|goods) )?"
               r"(?:requests?|authori[sz]ation|rma|rga|(?:ra|ran) (?:number|#))|(?<!\beven )without (?:(?:first )?(?:obtaining|getting|receiving) )?(?:our |prior |written )+(?:approval|permission|consent)")
    if (_any(without, text) and _any(_NEGATED + r"|refus|reject|turned away|^\W*no (?:returns?|items?|parcels?|packages?|goods|merchandise|products?)\b", text)) or _authorised_first(text) \
            or _any(_AGREED_BEFORE_SENDING + "|" + _APPROVED_BEFORE, text) \
            or (_any(_GO_AHEAD_ISSUED + "|" + _ASKED_BEFORE, text) and _any(r"\breturn|\bback\b|\bswap|\bexchang|\b(?:send|ship|post)\w*|\brma\b|authori", text) and not _any(_FAULT, text)):
        yield Fact("returns.request_required_before_shipping", True)
    elif (_any(_INSTRUCTIONS_ON_REQUEST + "|" + _ASK_BEFORE_SENDING + "|" + _ASKED_FIRST + "|" + _GO_AHEAD_NEEDED, text) and not _any(_FAULT, text)) or _any(
        r"prior (?:authori[sz]ation|approval) is required|before (?:any |we (?:will )?accept )?returns?(?: are| is| will be)? accepted|"
        r"(?:must|need to) first (?:email|contact|request|obtain|get)|without (?:first )?(?:requesting|checking with us)|"
        # "you should email us first", "Wait for approval", "Upon approval, you will be issued an RMA number"
        r"\b(?:e-?mail|contact|call|message) us first\b|\bwait for (?:our |your |the |an? )?(?:return )?(?:approval|authori[sz]ation|go-ahead)\b|"
        # the shop issuing an authorisation, whatever the verb: "you will be issued an RMA number", "They will provide
        # you with a return authorization number", "All returns must be issued an RMA number", "Contact us to request a
        # return authorization", "Return authorizations must be requested within 30 days"
        r"(?:you (?:will|'ll) (?:then )?(?:be issued|be given|be sent|be assigned|receive|get)|(?:we|they) (?:will|'ll) (?:then )?(?:provide|give|issue|send|e-?mail|assign) you(?: with)?) "
        r"(?:an? |your )?" + _RMA_NAME + r"|"
        r"(?:must|need to|needs to|has to|have to|(?:are|is) required to) (?:first )?(?:be )?(?:obtain|get|request|have|issued|given|assigned|accompanied by|carry|receive)\w* "
        r"(?:an? |the |your )?(?:valid )?" + _RMA_NAME + r"|"
        r"\b(?:contact|e-?mail|call) us (?:first )?to (?:request|obtain|get) (?:an? |your )?" + _RMA_NAME + r"|"
        r"\b(?:rma|return (?:merchandise |material |goods )?authori[sz]ation)s? (?:numbers? )?(?:must|need to|needs to|has to|have to) be (?:requested|obtained)\b|"
        r"register returns? .{0,60}before returning|(?:accepted|allowed|taken) (?:only )?with (?:prior|pre-?)[- ]?(?:authori[sz]ation|approval)|returns? must be (?:pre-?)?authori[sz]ed|returns? requires? (?:a )?(?:pre-?|prior )(?:authori[sz]ation|approval)|(?:rma|return authori[sz]ation)[^.]{0,60}before (?:returning|sending|shipping)", text):
        yield Fact("returns.request_required_before_shipping", True)

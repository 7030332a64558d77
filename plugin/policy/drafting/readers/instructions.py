"""How to send the parcel: the ship-by deadline, packing, tracked and insured shipping, the address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.readers.common import _FAULT, Fact, _any, _unheld
from plugin.policy.drafting.readers.scope import scoped


# "items should be carefully packed", "You're responsible for ... safe packaging": packing advice in other words
# ("taken out of their protective packaging": the goods' own wrapping, a state, not advice)
# "must be sent back to us securely wrapped", "Returns should arrive carefully packaged": wrapped or packaged with care,
# advice only where the customer is told so (not "Gifts are carefully wrapped", "We send every item securely wrapped",
# "Please note that gifts are carefully wrapped": the shop's own wrapping; nor "in their carefully wrapped original
# packaging": the goods' state)
# (the telling word and the wrapping in one clause, not past a colon or a reason, nor the order the customer waits for:
# "Please be patient: every piece is carefully wrapped by hand", "Please allow 3 days for your order to be carefully
# wrapped", "You should receive your order securely wrapped", "Make sure to check that it arrived properly packaged")
# ("Items are to be carefully wrapped before they are returned": the customer told so in "are to be")
_WRAP_ADVICE = (r"\b(?:must|should|needs? to|has to|have to|(?:are|is) to be|please(?! note)|make sure|ensure)\b"
                r"(?:(?!\b(?:receive[sd]?|allow|expect|wait|check|patient|aware|note|enjoy|as|because|since|arrived)\b)[^.;:]){0,40}?\b(?:carefully|securely|safely|properly|well) "
                r"(?:wrapped|packaged)\b(?! (?:\w+ )?(?:packaging|box|boxes|cases?|packing)\b)")
_PACKED_SAFELY = r"\b(?:carefully|securely|safely|properly|well) packed\b|\bpacked (?:carefully|securely|safely|well|properly)\b|(?<!\btheir )(?<!\bits )\b(?:safe|secure|careful|sturdy|protective) packaging\b"
# The customer told how to pack: a verb of packing with its manner ("Pack the items well", "Wrap it carefully",
# "pack anything you send back with care", "Protect the parcel well"), its purpose ("pack it so it will not be
# harmed", "wrap the parcel so nothing breaks"), the result ("make sure it is well protected", "well secured"),
# or the materials ("a sturdy box with enough padding"); not the shop's own packing ("We pack every order with care")
# ("package" the verb, not the noun after a determiner: "Please open every package and check ... carefully")
_PACKING_VERB = (r"\b(?:pack|packs|packed|packing|wrap|wraps|wrapped|wrapping|protect|protected|protecting|packaged|"
                 r"(?<!\bevery )(?<!\beach )(?<!\bthe )(?<!\byour )(?<!\ba )(?<!\bany )(?<!\bour )(?<!\bthis )(?<!\bthat )package)\b")
_PACK_ADVICE = (
    # (not "make sure your package(s) are properly insured": the manner of an insurance, not of a packing)
    _PACKING_VERB + r"[^.;]{0,40}?(?<!as )\b(?:well|carefully|with care|securely|safely|firmly|properly|neatly|suitably|adequately)\b(?! as\b)(?! (?:insured|tracked|labell?ed|addressed|documented)\b)|"
    r"\bwell (?:protected|secured|packed|wrapped|packaged|padded)\b|"
    r"\b(?:pack|wrap)\w*\b[^.;]{0,30}\bso (?:that )?(?:it|they|nothing|the \w+)\b[^.;]{0,30}\b(?:safe|safely|protected|harm|harmed|damaged|breaks?|intact|survives?)\b|"
    # ("the original box or other rigid packaging is best", "use double-walled cartons with bracing inside"; not the
    # shop's own boxes, "all our products come in strong boxes", nor the goods' "original rigid packaging")
    r"(?<!\bour )(?<!\boriginal )(?<!\bcome in )(?<!\bcomes in )(?<!\bshipped in )\b(?:sturdy|rigid|strong|double-walled) (?:box|boxes|cartons?|packaging)\b|\b(?:as|just as) sturdy\b|\benough padding\b|\bwith bracing\b|"
    # ("with lots of padding", "put the product in its own box inside a second, outer box", "boxed and fit to be transported")
    r"(?<!\bshipped with )(?<!\bsent with )(?<!\bcome with )(?<!\bcomes with )(?<!\bpacked with )\b(?:lots of|plenty of|sufficient|extra) (?:padding|cushioning|bubble wrap)\b|(?<!\bcome )(?<!\bcomes )(?<!\bshipped )(?<!\bsent )\binside (?:a |an )?(?:second|outer|larger|another)\b[^.;]{0,15}\b(?:box|carton)\b|"
    r"\b(?:boxed|packed|packaged)\b[^.;]{0,10}\bfit (?:to be transported|for (?:transport|shipping))\b"
)
_WE_PACK = r"\bwe (?:\w+ )?(?:pack|wrap)\w*\b"
_SHOPS_PACKING = _WE_PACK + r"|\bwe (?:\w+ )?(?:protect|ship|send)\w*\b|\b(?:poor|improper|inadequate|bad)(?:ly)? pack"
# "Our products are packaged carefully", "Every order is packed securely in our warehouse", "we pack each parcel
# with care": the shop packing what it sends out, not advice to the customer
_SHOP_PACKS_ITS_GOODS = (r"^\W*" + _WE_PACK + "|"
                         r"^\W*(?:all |every |each )?(?:of )?our (?:\w+ )?(?:products?|items?|goods|orders?|parcels?|candles|pieces)\b[^.;]{0,20}\b(?:are|is|get|gets|come)\b[^.;]{0,12}\b(?:pack|wrap)|"
                         r"^\W*(?:all |every |each )(?:\w+ )?(?:orders?|parcels?|shipments?|deliver(?:y|ies))\b[^.;]{0,12}\b(?:is|are|gets?)\b[^.;]{0,12}\b(?:pack|wrap)|"
                         # "Goods are packed securely to travel safely", "Items are carefully wrapped": the goods' packing
                         # told as a fact in the present, the shop's (advice says "must be", "should be", "are to be")
                         r"^\W*(?:the |all )?(?:goods|items|products|orders|parcels|packages|shipments|pieces)\b (?:are|is|get) (?:\w+ )?(?:packed|wrapped|packaged)\b|"
                         # ("Your order is carefully packed and dispatched within 24 hours": the order on its way out)
                         r"^\W*your (?:orders?|purchases?|parcels?|packages?|deliver(?:y|ies))\b (?:are|is|gets?) (?:\w+ )?(?:packed|wrapped|packaged)\b")


# "A record that was packed properly will not warp", "glassware which has been wrapped carefully": how some
# goods were packed, said to describe them (a relative clause), not advice to the customer
_PACKED_DESCRIBED = r"\b(?:that|which) (?:was|were|has been|have been|had been|is|are) (?:\w+ )?(?:packed|wrapped|packaged|protected)\b[^,.;]*"


# "Your order was packed properly by our team": the shop's packing, told in the passive
# ("Gifts are to be carefully wrapped by our team before dispatch": wrapped or packaged by the shop too)
_PACKED_BY_US = r"\b(?:was|were|is|are|has been|have been|(?:is|are) to be|will be) (?:\w+ )?(?:packed|wrapped|packaged)\b[^.;]*\bby (?:us|our|the (?:shop|seller|store|warehouse))\b"


# "Please enjoy your purchase, which arrives securely packaged", "Items are sent to you carefully packaged", "Should your
# item not arrive well packaged, contact us": the goods packed on their way to the customer, the shop's packing (not
# "Returns should arrive carefully packaged", told to the customer)
_PACKED_ON_THE_WAY_TO_YOU = (r"(?<!\bshould )(?<!\bmust )(?<!\bto )\b(?:arriv(?:e|es|ed|ing)|(?:is|are|was|were|gets?|got) (?:sent|shipped|delivered) to you|receiv\w*)\b"
                             r"[^.;]{0,25}?\b(?:packed|packaged|wrapped)\b")


# "we ask that you pack it well", "we recommend you wrap it": the shop asking, the customer to pack
_WE_ASK_YOU = r"\bwe (?:ask|advise|recommend|suggest|request)\w* (?:that )?you\b"


def shop_packs(text: str) -> bool:
    """Whether the sentence tells the shop's own packing ("we pack every order carefully", "Goods are packed
    securely"), not advice to the customer ("we ask that you pack it well")."""
    advice = re.sub(_WE_ASK_YOU, " ", text)
    return _any(_SHOP_PACKS_ITS_GOODS + "|" + _WE_PACK, advice)


def _pack_advised(text: str) -> bool:
    text = re.sub(_PACKED_DESCRIBED + "|" + _PACKED_BY_US + "|" + _PACKED_ON_THE_WAY_TO_YOU, " ", text)
    advice = re.sub(_WE_ASK_YOU, " ", text)
    if _any(_SHOP_PACKS_ITS_GOODS, advice):
        return False
    # (not the shop's own care: "we pack every order carefully, so damage in transit hardly ever happens")
    if ((_any(r"\bpack\b|\bpackaged\b|\bpackage (?:it|them|the|your|items?)\b", text) and _any(r"secure|careful", text)) or _any(_PACKED_SAFELY, text)) \
            and not _any(_WE_PACK, advice):
        return True
    return _any(_PACK_ADVICE + "|" + _WRAP_ADVICE, text) and not _any(_SHOPS_PACKING, advice)


# "From the day the RGA # is issued, you have 30 days to send the product back": the time to send, from the go-ahead
_GO_AHEAD_GIVEN = (r"(?:the |your |our )?(?:rga|rma|ra|ran|return (?:goods |merchandise )?authori[sz]ation|authori[sz]ation|approval|(?:return )?label)(?: #| number)? "
                   r"(?:is|was|has been) (?:issued|sent|given|e-?mailed|approved)")


# The step after the request: "After approval, ...", "Once your request is approved, ...", "Once you have the return
# details, ...", "The item then needs to ...": a deadline in it is for sending the parcel once the shop has said yes
STEP_AFTER_REQUEST = (r"^\W*(?:after|once|when|if) (?:(?:your|the) (?:return |request )?)?(?:(?:it|this|that|your request|the request) (?:is|has been) )?"
                      r"(?:approv|authori[sz])\w*\b|"
                      # "Once your RMA is issued, you have 14 days ...": the go-ahead given
                      r"^\W*(?:after|once|when|from the (?:day|date|moment|time)) " + _GO_AHEAD_GIVEN + r"\b|"
                      r"^\W*(?:[\w ]+: )?(?:note that )?(?:once|after|when) you (?:have |get |receive |got |received )(?:the |your |our )?(?:return )?"
                      r"(?:details|approval|label|rma|number|instructions|authori[sz]ation)\b|"
                      # "The lamp then needs to ...": "then" after the goods it moves (not "Then simply send it",
                      # "email us and then send it": a step of the customer's own, no request before it)
                      r"^\W*(?:[\w-]+ ){1,5}?(?<!\band )(?<!\bor )then\b(?![^.;]{0,40}\b(?:refund|credit))")
# "get the product back to us within 14 days", "post it no later than 10 days": a ship-by deadline counted from no event
# of its own (the step it stands in)
_SHIP_WITHIN = (r"\b(?:ship|send|return|post|mail|get|bring)\w*\b[^.;]{0,40}?\b(?:within|no later than|no more than) (\d{1,3}) days?\b"
                r"(?!\s*(?:of|from|after|since|following)\b)")


# (the goods sent: not "you have 30 days to get a refund", "... to send us photos")
_TO_SEND_IT = (r"to (?:(?:send|ship|return|post|mail)\b(?! us\b| (?:photos?|pictures?|images?|videos?|an? e-?mail|a message|details|proof)\b)|"
               r"get (?:it|them|the \w+|your \w+) (?:back|to us)\b)")
_DAYS_FROM_THE_GO_AHEAD = (r"\b(?:from the (?:day|date|moment|time)|once|after|when) " + _GO_AHEAD_GIVEN + r",? you have (\d{1,3}) (days?|weeks?) " + _TO_SEND_IT + "|"
                           r"\byou have (\d{1,3}) (days?|weeks?) (?:from|after) the (?:day|date|moment|time) " + _GO_AHEAD_GIVEN + " " + _TO_SEND_IT)


# The deadline counted from the customer's own request: "sent back within seven days of telling us", "no later than 7
# days after your return request", "15 days from receiving the return authorization number to send it back"
_DAYS_FROM_THE_REQUEST = (
    # (the goods sent by the customer: not "we send the refund within 10 days of your request", "send us photos within ...")
    r"(?<!\bwe )(?<!\bwe'll )(?<!\bwe will )\b(?:(?:ship|send|return|post|mail)\w*|sent back)\b(?! us\b| (?:the |your |a |any )?(?:refunds?|money|credit|photos?|pictures?|images?|videos?|e-?mails?|messages?|details)\b)"
    r"[^.;]{0,60}?\b(?:within|no later than|no more than) (\d{1,3}) (days?|weeks?) (?:of|after|from) "
    r"(?:telling us|notifying us|contacting us|(?:your|the) (?:return |refund )?request|your (?:notice|notification))\b(?! of| about)|"
    r"\b(?:the )?(?:customer|consumer|buyer) has (\d{1,3}) (days?|weeks?) (?:from|after) (?:receiving|getting) (?:the |your )?"
    r"(?:rga|rma|ra|ran|return (?:goods |merchandise )?authori[sz]ation|authori[sz]ation|approval)(?: #| number)? " + _TO_SEND_IT
)


def _ship_after_request(text: str, some_only: bool = False) -> Iterator[Fact]:
    """"return the item within two weeks of requesting the refund": the deadline to send it, counted from the request;
    "Once approved, send it within 7 days": counted from the step it stands in."""
    step = re.search(_SHIP_WITHIN, text) if _any(STEP_AFTER_REQUEST, text) else None
    if step:
        yield Fact("instructions.ship_within_days", int(step.group(1)))
        return
    found = re.search(r"\b(?:ship|send|return|post|mail)\w* (?:the items?|it|them|your return|the return|your package)?.{0,20}?within (\d{1,3}) (days?|weeks?) "
                      r"(?:of|after|from) requesting (?:the |a |your )?(?:refund|return)|" + _DAYS_FROM_THE_GO_AHEAD
                      # (a deadline for faults or some returns only: "Faulty items must be sent back within 14 days of telling us")
                      + ("" if some_only else "|" + _DAYS_FROM_THE_REQUEST), text)
    if found:
        number, unit = [group for group in found.groups() if group][:2]
        yield Fact("instructions.ship_within_days", int(number) * (7 if unit.startswith("week") else 1))


# The customer told how to send it: an imperative ("Send it with tracking", "Use a carrier ...", "Pick a service
# ...", "Think about ...", "Hold on to the tracking number"), at the sentence's start or after "and", ";" or ":"
# ("Return shipping is paid by you", "Return costs are yours": "return" naming the costs, no imperative)
_TOLD = (r",? so (?:please )?(?:send|ship|post|mail|return|use|choose)\b|"  # (not ", so please keep the box": the order's tracking)
         r"(?:^\W*|[;:,] |\band |\bthen )(?:please )?(?:send|ship|post|mail|return(?! (?:shipping|postage|costs?|fees?|charges?|policy|window|period)\b)|use|choose|pick|select|opt for|think about|hold on to|hang on to|keep|have|take out|buy|add)\b|"
         r"\bwe (?:also )?(?:ask|advise|recommend|suggest|urge)\b|\bit(?:'s| is) best\b")
# "a mail service that gives delivery confirmation": the service's tracking (a tracked service), not the order's notice
_SERVICE_CONFIRMS = r"\b(?:gives?|offers?|provides?|with) (?:you )?delivery confirmation\b"
# A parcel that can be followed: "a service that gives you tracking", "a carrier you can trace", "a service that
# tracks the parcel", "can be tracked", "a tracked, insured service", "lets you follow the parcel"
_TRACKED = (r"traceable|traceble|trackable|tracking number|tracked(?:,? (?:and |or )?insured)? (?:shipping|service|postage|delivery|mail|method|carrier|courier|option)|"
            r"(?:add|with|use|buy|purchase|upgrad\w*|gives? you|offers?|provides?|comes with)\b.{0,40}\btracking\b|"
            r"\b(?:can|could) be (?:tracked|traced)\b|\byou can (?:track|trace)\b|\btracks (?:the|your) (?:parcel|package|shipment)\b|\blets you follow\b|"
            # "Ship the box suitably packed, insured and tracked", "a service with delivery confirmation"
            r"\b(?:insured|packed)\b[^.;]{0,30}\band tracked\b|" + _SERVICE_CONFIRMS)


def advises(text: str) -> bool:
    """Whether the sentence tells or advises the customer ("Use a tracked service", "we recommend ...", "you should"):
    a delivery option the shop describes ("- Comes with tracking", "Your parcel comes with tracking") advises nothing:
    a "you" or "your" alone tells the customer nothing."""
    return _any(_TOLD + r"|recommend|suggest|advise|should|must|please|\b(?:make|be) sure\b|\bensure\b", text)


# "Please keep your tracking number until your order arrives": the order's tracking on its way to the customer, no return's
_ORDER_ON_ITS_WAY = (r"\b(?:until|till|before|when|once) (?:your|the) (?:order|delivery|purchase)s? (?:arrives?|has arrived|(?:is|are|has been|have been) delivered)\b|"
                     r"\b(?:dispatch|shipping|shipment|delivery) (?:confirmation|notification|e-?mail)s?\b")


def order_tracked(text: str) -> bool:
    """Whether the tracking the sentence names is the order's on its way to the customer ("Keep your delivery
    confirmation email and tracking number"), not the return's."""
    return _any(_ORDER_ON_ITS_WAY, re.sub(_SERVICE_CONFIRMS, " ", text))


def _tracking_advised(text: str) -> bool:
    # (the return's number sent with it "so that it can be tracked": the shop finds the return by it, no tracked service)
    text = re.sub(_NUMBER_TRACKS, " ", text)
    if not _any(_TRACKED, text) or order_tracked(text):
        return False
    # "Please return the item via a traceable method", "You may use any trackable shipping method": the way to send it
    advised = r"|please (?:return|send|ship|post|mail)\b[^.]{0,40}\b(?:via|with|using|by) (?:an? )?(?:traceable|trackable|tracked)|\buse (?:any |an? )?(?:traceable|trackable|tracked)\b"
    # "Every parcel you send back needs a tracking number", "as long as the parcel can be tracked": required, so advised
    # ("Every return needs proof of a tracking number")
    required = r"|\b(?:needs?|requires?) (?:(?:proof|evidence) of )?(?:an? |its )?tracking\b|\bas long as\b[^.;]{0,30}\bcan be (?:tracked|traced)"
    # (keeping the tracking number, not the box: "Your order ships with tracking, so please keep the box")
    if _any(r"recommend|suggest|advise|\b(?:keep|save)\b(?! (?:the |your |its |our )?(?:box|boxes|packaging|packing|tags?|labels?|items?|goods)\b)|should|must|please use|consider|hold on to|hang on to|using an? (?:trackable|traceable|tracked)" + advised + required, text):
        return True
    # told to send it so: the tracking is the way of sending, not a number to pass on ("give us its tracking number")
    return _any(_TOLD, text) and _any(_TRACKED, re.sub(r"\b(?:give|send|provide|e-?mail|forward|tell) us (?:the |its |your |their )?tracking numbers?\b", " ", text))


# "such as UPS, Federal Express or DHL", "for example DHL or Hermes": a carrier is a name of one or two
# capitalised words; a longer one is a service's name ("USPS Priority Mail"), not the carrier's
_CARRIER = r"[A-Z][\w&]+(?: [A-Z][\w&]+)*"


def _carriers(clause: Clause) -> Iterator[Fact]:
    # ("For returns we suggest FedEx or UPS, with insurance": the carriers the advice names)
    # ("tracked shipping (USPS or FedEx, for example)": the examples before their "for example", in brackets)
    carriers = _CARRIER + r"(?:, " + _CARRIER + r")*(?:,? (?:or|and) " + _CARRIER + r")?"
    named = re.search(r"(?:such as|for example|for instance|e\.g\.,?|(?:[Ww]e|I) (?:suggest|recommend)(?: using)?) (" + carriers + ")", clause.text) \
        or re.search(r"\((" + carriers + r"),? (?:for example|for instance|e\.g\.)\)", clause.text)
    if named is None:
        return
    carriers = re.split(r",? (?:or|and) |, ", named.group(1))
    if all(len(carrier.split()) <= 2 for carrier in carriers):
        yield Fact("instructions.carrier_examples", carriers)


# A choice left to the customer: "is up to you", "your own choice", "optional", "at your discretion"
# ("any insurance he chooses to buy", "if you wish to add insurance": the buying left to the customer)
_LEFT_TO_YOU = (r"\bup to you\b|\byour (?:own )?(?:choice|call|decision)\b|\boptional\b|\bat your (?:own )?discretion\b|"
                r"\b(?:choose|chooses|wish|wishes|want|wants) to (?:buy|purchase|add|take out)\b")


# "the original shipping and insurance are not refunded", "insurance fees are non-refundable": the insurance as a charge
# the refund keeps, not advice (the sending required reaches 60 characters on to "... and insured")
_INSURANCE_CHARGED = r"\binsurance\b(?: (?:fees?|charges?|costs?|premiums?))? (?:are|is) (?:not |non-?)(?:refund\w*|returned|reimbursed)\b|\binsurance (?:fees?|charges?|costs?|premiums?)\b"
# "by a carrier of your choice": the carrier left to the customer, not the insurance ("... and insured" is still asked)
_CARRIER_CHOSEN = r"\b(?:carrier|courier|service|method|shipping company|postal service) of your (?:own )?choice\b"


def _insurance_advised(text: str) -> bool:
    """Advice to insure the parcel ("Please insure the parcel", "take out cover for the parcel's value", "think about
    insuring a valuable parcel"), not "all shipments are insured", "the label has no insurance" or an insurance claim the shop files."""
    insured = r"\binsured\b|insurance|\binsur(?:e|ing)\b|\b(?:take out|buy\w*|get|purchas\w*) (?:\w+ )?cover (?:for|on)\b"
    # ("send it in its original packaging, as UPS's insurance terms require": a carrier's insurance as the reason for
    # something else, not advice to insure)
    text = re.sub(r"\binsurance (?:terms|conditions|polic(?:y|ies)|requirements|rules)\b|" + _INSURANCE_CHARGED + "|" + _CARRIER_CHOSEN, " ", text)
    if not _any(insured, text) or _any(r"\binsurance claims?\b", text):
        return False
    if _any(_LEFT_TO_YOU, text):
        return False  # "Insuring your return is up to you": a choice left open, no advice
    # (required: "you must ship it in a way that gives insurance", "it has to reach us by insured mail": the sending
    # required so, not "you must have travel insurance")
    if not _any(r"recommend|suggest|advise|should|consider|make sure|ensure|please [^.]{0,50}\b(?:insure|insured|insurance)|"
                # ("must also be sent back to us securely wrapped, with the freight prepaid and insured": an adverb
                # before "be", the insurance after the packing)
                r"\b(?:must|has to|have to|needs? to) (?:also |then |still )?(?:be )?(?:\w+ )?(?:ship|send|sent|post|mail|reach|return|insure|take out|go(?= )|goes|arrive|come)\w*\b[^.;]{0,60}\b(?:insured|insurance)\b|"
                r"\b(?:must|has to|have to|needs? to) be (?:\w+ )?insured\b|"
                r"\binsur(?:e|ing) (?:the|your|it|anything|a)\b|purchas\w* (?:shipping )?insurance|" + _TOLD, text):
        return False
    # (nor the shop's own insurance: "insured by the shop", "labels include insurance, which we pay for")
    return not _any(r"(?:no|without) (?:tracking or )?insurance|\bwe (?:\w+ )?insure\b|\binsured by (?:us|our|the (?:shop|store|seller))\b|\bwhich we pay\b", text) \
        and not (_any(r"(?:are|is) (?:fully )?insured", text) and not _any(r"(?:make sure|ensure|should|please|recommend\w*)\b[^.]{0,50}(?:are|is) (?:fully )?insured", text))


# The address for returns, named as what the shop sends: "the return address", "the address to send it to",
# "the address for returns", "a return address" (not "the address on file", "your address")
# ("the right address for the return", "the return shipping address")
_RETURN_ADDRESS = r"(?:the|our|a) (?:(?:right|correct) )?(?:returns? (?:shipping )?address\b|(?:postal |mailing |shipping )?address (?:to (?:send|ship|post|mail|return)\b|for (?:returns?|the return)\b))"
# Who gives it: the shop, its team or desk by name ("Customer Support will email you"), or the return's own authorisation
# ("Each RMA tells you the address to ship it to")
# ("contact customer service, who will give you an RMA number")
_GIVER = (r"\b(?:we|our (?:[\w-]+ )?(?:team|staff|service|support)|customer (?:support|service|care)(?: team)?(?:,? who)?|"
          r"(?:the |each |every |your )?(?:rma|ra|return authori[sz]ation|authori[sz]ation)(?: number| e-?mail)?)")
# The shop gives it on a request: "we will reply with instructions, including the address to send it to", "we send
# you the RMA number and the address to ship your item to", "We will send the return address in our reply" (the
# address as what is sent, not where: "we will send the replacement to the address you gave")
# ("We'll answer your return request within 2 days and send you a return address": the reply, then the address)
# ("We will answer within 48 hours and, if we confirm the return, give you the postal address to send it to": a case
# between the reply and the address; "give you an RMA number and tell you the right address")
_ADDRESS_GIVEN = (_GIVER + r"(?:'ll| will| then| can)? (?:(?:\w+ )?|(?:answer|reply|respond|get back|write back)\w*\b[^.;]{0,60}?\band(?:,? (?:if|once|when) [^.;,]{3,40},)? (?:then )?)"
                  r"(?:send|give|provide|e-?mail|reply|respond|share|supply|tell)\w*(?: you)?(?: with)?:? "
                  r"(?:[^.;]{0,60}?\b(?:including|and|plus|with|together with)\b:? (?:(?:tell|give|send) you )?)?" + _RETURN_ADDRESS)
# The customer asks for it: "get in touch with customer service first for an RMA and the address to send it to",
# "Ask our Customer Service for the return address"
_ADDRESS_ASKED = r"\b(?:contact|get in touch|e-?mail|write to|reach out|message|ask)\b[^.;]{0,60}?\bfor\b[^.;]{0,60}?" + _RETURN_ADDRESS
# Where to send it, named as what a reply of the shop's holds: "to the address given in your RMA email", "the address
# we give you when we authorise the return", "whatever address our support staff give you", "instructions on where to
# send it" (not an address printed on the page: "the address below", "the address on our website"; an address "we give
# you" with no reply or occasion named may be the page's own, given further on)
# (the reply the return's own: not "the address in your order confirmation email", the customer's)
# More: "our return address (given in your approval email)", "the address given in the return instructions", "the
# address our customer service team gives you" (a team's reply, not the page), "the email with the return instructions
# gives its address", "instructions on how to send the package and where"
_ADDRESS_IN_REPLY = (r"\baddress \(?(?:(?:given|provided|stated|shown|listed|included|sent) )?(?:in|with) (?:your|the|our) (?:[\w-]+ )?"
                     r"(?:rma|ra|return|returns|authori[sz]ation|approval) (?:[\w-]+ )?(?:e-?mail|reply|message|confirmation|instructions)\b|"
                     r"\baddress (?:that )?(?:our [\w ]{0,20}?(?:team|service|support|staff)|customer (?:service|support|care)(?: team)?) (?:will )?(?:give|send|provide|e-?mail)s? you\b|"
                     # (the address the goods go to: not "your confirmation email includes your shipping address")
                     r"\b(?:e-?mail|reply|message)\b[^.;]{0,40}\b(?:gives|includes|holds|contains|states)\b(?![^.;]{0,20}\byour (?:\w+ )?address)[^.;]{0,20}\baddress\b|"
                     r"\binstructions (?:on|about|for) how to (?:send|ship|post|return)\w*[^.;]{0,30}\band where\b|"
                     r"\baddress (?:that )?" + _GIVER + r" (?:will )?(?:give|send|provide|e-?mail)s? you (?:when|once|after|in|with|by|along)\b|"
                     r"\bwhatever address\b[^.;]{0,40}\b(?:give|send|provide|e-?mail)s? you\b|"
                     r"\binstructions (?:on|about|for) where to (?:send|ship|post|mail|return)\b|"
                     # "Send it to the address we give you", "get the return address", "an RMA number together with the address
                     # for returns", "give you the right return address": the address the shop hands the customer for the
                     # return (the labels read it so, whether or not a reply is named)
                     r"\b(?:to|at) (?:the |an? )?(?:return |right |correct |shipping )*address (?:that )?(?:we|our team) (?:will )?(?:give|gave|provide|provided|send|sent|e-?mail|e-?mailed) you\b|"
                     r"\b(?:get|receive)s? (?:the |a |our )?(?:return |returns )address\b|\b(?:get|receive)s?\b[^.;]{0,40}\bthe address for (?:your )?returns?\b|"
                     r"\b(?:give|gave|send|sent|tell|provide)s? you (?:the |a |an |our )?(?:right |correct |proper )?(?:return |returns )address\b|"
                     r"\btell you (?:how and )?where to (?:send|ship|post|mail|return)\b")


# The return's number shown on or put in the parcel: "the RMA number clearly visible", "mark the RA number on the
# outside", "write the RAN on the box", "write this number clearly on the package", "a note with your RMA number",
# "enclose a copy of the RA form", "with RETURN REQUEST in the subject line" (what the shop finds the return by)
_THE_NUMBER = r"(?:(?:rma|ra|ran|rga|authori[sz]ation|order|return|invoice) (?:number|#|no\.?)|rma|ran|rga|this number|that number)"
_NUMBER_ON_THE_PARCEL = (
    r"\b" + _THE_NUMBER + r"[^.;]{0,40}\b(?:on|visible|written|marked|clearly)\b[^.;]{0,30}\b(?:outside|box|package|parcel|label|carton)|"
    r"\b" + _THE_NUMBER + r" (?:clearly |plainly )?(?:visible|legible|marked|written)\b|"
    r"\b(?:write|mark|print|label)\w* (?:the |your |this |that )?" + _THE_NUMBER + r"[^.;]{0,30}\bon\b|"
    r"\b(?:a note|a slip|a copy of (?:the |your )?(?:rma|ra|return|returns) form)\b[^.;]{0,30}\b(?:" + _THE_NUMBER + r"|in the (?:box|parcel|package))|"
    r"\benclose\w* (?:a |the )?(?:copy of (?:the |your )?)?(?:rma|ra|return|returns) form\b|"
    # (the return named in the subject, not "put your name in the subject line")
    r"\b(?:returns?|rma|ra|ran|rga|" + _THE_NUMBER + r")\b[^.;]{0,30}\bin the subject(?: line)?\b"
)


# "shipped back with the assigned RMA number so that it can be tracked", "quote your order number so we can trace
# it": the return's own number, by which the shop follows it, not a tracked service
_NUMBER_TRACKS = (r"\b" + _THE_NUMBER + r"\b[^.;]{0,20}?\bso (?:that )?(?:it|they|we|the return|your return|the parcel)(?: can| could| will|'ll)? (?:be )?(?:tracked|traced|track|trace)\b|"
                  # "we'll give you a label or a tracking number": the shop's own label, no tracked service asked of the customer
                  r"\bwe(?:'ll| will)? (?:give|send|e-?mail|provide|issue)\w* you (?:with )?(?:an? |the )?(?:(?:return |shipping |prepaid )?label (?:or|and) (?:an? )?)?tracking (?:number|code)s?\b")


# Proof that the return was sent, kept or shown: "keep the logistics documents", "you need to be able to show proof of
# postage", "get a certificate of posting", "keep the courier receipt" (the risk of a lost return is the customer's)
_PROOF_OF_SENDING = (r"(?<!\bwe )(?<!\bwe will )(?<!\bwe'll )(?<!\bwe can )\b(?:keep|retain|hold on to|save|obtain|get|show|provide)\b[^.;]{0,30}\b(?:proof of (?:postage|posting|shipping|sending|mailing|dispatch|return)|"
                     r"certificates? of posting|(?:postage|posting|shipping|courier|carrier|mailing|logistics|post office) (?:receipts?|documents?|documentation|slips?))\b")


def instructions(clause: Clause, text: str) -> Iterator[Fact]:
    # "send it to us within 7 days of getting your RAN": the deadline counted from the return's number as from its approval
    ship_by = re.search(r"(?:ship|send)\w* (?:the item|it|your return|them|the return|your package)?.{0,30}?within (\d{1,3}) days? (?:of|after|since|from) "
                        r"(?:(?:receiving|receipt of|getting) (?:the |our |your )?(?:return )?(?:instructions|approval|label|ran|rma|(?:rma |return |authori[sz]ation )?number|authori[sz]ation)\b|"
                        r"(?:the |your )?(?:return )?(?:label|approval|authori[sz]ation|rma(?: number)?) (?:was |is |has been |being )?(?:issued|sent|e-?mailed|given|provided|approved)|"
                        r"requesting (?:the |a |your )?(?:refund|return))", text)  # "return the item within two weeks of requesting the refund"
    if ship_by:
        yield Fact("instructions.ship_within_days", int(ship_by.group(1)))
    else:
        yield from _ship_after_request(text, some_only=_any(_FAULT, text) or scoped(clause, text))
    if _pack_advised(text):
        yield Fact("instructions.pack_securely", True)
    # advice for parcels over an amount only ("If you are shipping an item over $75, ...") is no general advice
    # (or for some returns: "Returns from outside the EU must be sent by tracked mail")
    # (or for the order's own delivery: "consider paying for tracking and insurance at checkout")
    # (or where the parcel needs it: "insurance where it is needed", "for valuable items")
    over_an_amount = _any(r"\b(?:returns?|orders?|items?|parcels?|packages?) (?:over|above|worth (?:more than|over)|valued (?:at|over)) [$€£]?\d|\bat checkout\b|"
                          r"\b(?:where|when|if) (?:it is |it's )?(?:needed|necessary|appropriate)\b|\bfor (?:valuable|expensive|high[- ]value) (?:items?|parcels?|orders?|goods)\b", text) \
        or scoped(clause, text)
    tracked, insured = _tracking_advised(text) and not over_an_amount, _insurance_advised(text) and not over_an_amount
    if tracked:
        yield Fact("instructions.tracked_shipping_recommended", True)
    if insured:
        yield Fact("instructions.insured_shipping_recommended", True)
    if tracked or insured:
        yield from _carriers(clause)
    # (the customer's marking: not "we mark the order number on every box we ship")
    if _any(_NUMBER_ON_THE_PARCEL, text) and not _any(r"\bwe (?:\w+ )?(?:mark|write|print|label)\w*\b", text):
        yield _unheld("a number to show on the parcel: no setting holds it")
    # "anything that breaks because it was badly packed gets no refund": the customer's packing answers for the damage
    # (not the shop's or a carrier's packing: "poor packaging on our part", "improper packaging by the courier")
    if _any(r"\b(?:badly|poorly|improperly|inadequately|insufficiently) (?:packed|packaged|wrapped)\b|\b(?:inadequate|insufficient|poor|improper) (?:packing|packaging)\b", text) \
            and not _any(r"\bon our (?:part|side|end)\b|\bour (?:\w+ )?(?:packing|packaging)\b|\b(?:packed|packaged|wrapped|packing|packaging) by (?:us|our|the (?:courier|carrier|shop|seller|warehouse))\b", text):
        yield _unheld("damage from the customer's packing: no setting holds it")
    if _any(_PROOF_OF_SENDING, text):
        yield _unheld("proof that the return was sent, kept: no setting holds it")
    if _any(r"\b(?:the|sender) address on (?:your|the) (?:package|parcel)|not our return address|"
            r"\b(?:ship|send|mail|post|return)\w* (?:\w+ ){0,3}to the address (?:provided|given|listed|shown|stated) (?:in|on) the (?:instructions|e-?mail|return authori[sz]ation|label)", text):
        yield Fact("instructions.use_address_from_instructions", True)
    # Allegra K: "contact us via email cs@... for return instruction"; the rendered page: "Email us for the return address".
    if _any(r"e-?mail us for (?:the |our )?return address|contact us (?:via |by )?e-?mail.{0,60}?for (?:the |our )?return (?:instruction|address)|"
            + _ADDRESS_GIVEN + "|" + _ADDRESS_ASKED + "|" + _ADDRESS_IN_REPLY, text) \
            and not _any(r"^\W*for (?:international|overseas|foreign|domestic|eu|uk|us) (?:orders|returns|customers|shipments)\b|\b(?:if|for) (?:it is |this is )?an? warranty (?:case|claim|return|repair)\b|"
                                                r"\bfor (?:faulty|defective|damaged) (?:items?|goods|products|orders) only\b|\bonly for (?:faulty|defective|damaged)\b", text):
        # (not for some returns: "For international orders, we will reply and send you a return address", "... for faulty items only")
        yield Fact("instructions.address_on_request", True)

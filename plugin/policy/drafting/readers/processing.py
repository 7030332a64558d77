"""Once the return is back: how long the refund takes, the shop's reply and inspection, the
confirmation email, partial refunds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.quantities import digits, durations
from plugin.policy.drafting.readers.cancellation import _about_cancelling
from plugin.policy.drafting.readers.common import _FAULT, _REGIONAL, _WARRANTY_CLAIM, Fact, _any, _plain_intro, _unheld
from plugin.policy.drafting.readers.fault import _sentence_before
from plugin.policy.drafting.readers.periods import _range, _window_start
from plugin.policy.drafting.readers.refund import _MONEY_BACK
from plugin.policy.drafting.readers.scope import _PAID_CASE, _SEASONAL, OTHER_MONEY_BACK, scoped


# "allow up to ten business days", "allow us as many as 10 days": the time asked for, just before the number
_ALLOW = r"\ballow (?:us )?(?:up to |about |around |approximately |as (?:many|long) as |no more than )?$"


# "Problems that show up after those 7 days are covered by the warranty": the time a fault comes to light, no refund's
_FAULT_SHOWS = (r"\b(?:problems?|faults?|defects?|issues?)\b (?:that |which )?(?:shows?|appears?|arises?|occurs?|comes? to light)\b(?: up)?"
                r"\s+(?:after|beyond|past)\b[^.;]*$")


def _not_refund_time(text: str, where: re.Match, local: str, reporting: bool) -> bool:
    """A duration in a sentence about refunds that is some other deadline."""
    if _any(r"^\W*(?:days? |weeks? )?(?:of|after|from) requesting (?:the |a |your )?(?:refund|return)", text[where.end() : where.end() + 40]):
        return True  # "return the item within two weeks of requesting the refund": the customer's deadline
    if _any(r"^[\s-]*(?:days?|weeks?|months?)?[\s-]*(?:money[- ]back |satisfaction )?(?:guarantee|warranty|trial|returns? policy)\b", text[where.end() : where.end() + 40]):
        return True  # "Our 30-day guarantee": the guarantee's name, no time
    if _any(_FAULT_SHOWS, local):
        return True  # "Problems that show up after those 7 days": when a fault comes to light
    if _any(r"\bentitled to (?:a |an )?(?:full |partial )?(?:refund|credit|replacement) within\s*$", local):
        return True  # "you will be entitled to a full refund within 30 days, ... must notify us within 30 days": a window to claim
    if _any(_WINDOW_WORDS, local) or _any(r"^\W*(?:you|we) (?:can|may|are able to)\b", text[where.end() : where.end() + 30]):
        return True  # "as long as it comes back to us within 7 days", "within 14 days we can offer store credit": the window
    if _any(r"\b(?:can|may|could) (?:be (?:\w+ (?:or|and) )?(?:refunded|returned|sent back)|come back)(?: to us)?(?: in full| for (?:a )?(?:full )?refund)?\s+(?:with)?in\s*$|"
            r"\b(?:are|is) accepted\s+(?:with)?in\s*$", local):
        return True  # "can be exchanged or refunded within 30 days", "can come back to us for a refund within 30 days",
        # "Refunds or exchanges are accepted within 14 days": the window
    if _any(r"(?<!\bno )(?<!\bnot )\b(?:more than|over|beyond|later than|longer than)\s*$", local):
        return True  # "products that reach us more than 60 days after the receipt's date": a case past some limit
    if _any(r"\b(?:not|n't) (?:yet )?(?:been )?(?:received|arrived|seen|credited)\s+(?:(?:with)?in|after)\s*$", local):
        return True  # "Refund not received within 7 days", "has not arrived after two weeks": when to ask after a late refund
    if _any(_THE_ORDERS_TIME, text[: where.start()]) or _any(_ORDER_HANDLED, local):
        return True  # "If your order has not arrived within the guaranteed time (45 days, plus 2-5 days of processing)",
        # "We process and dispatch every order within 2 days": the order's way to the customer
    if _any(r"\b(?:bought|purchased|ordered)\s+(?:with)?in\s+(?:the\s+)?(?:last\s+|past\s+)?$", local):
        return True  # "anything bought within the last 30 days can be refunded": the span dates the purchase, the return window
    if _any(r"^\W*(?:(?:business |working |calendar )?days? )?(?:of|from|after|since) (?:the |your |that |this |its |their )?(?:original |first |initial )?(?:purchase|order)\b(?! (?:is |has been |was )?(?:received|returned|back|reach|arriv|gets? back|comes? back))",
            text[where.end() : where.end() + 50]):
        return True  # "sent back to be refunded within thirty days of that first purchase": a refund is never counted from the purchase
    return _other_deadline(text, where, local, reporting)


# the order not (yet) with the customer, whose spans are its delivery
_THE_ORDERS_TIME = r"\b(?:order|product|parcel|package|item|goods)s? (?:has |have |had |is |are )?(?:not|n't) (?:yet )?(?:reached|arrived|been delivered|come)\b"
_ORDER_HANDLED = r"\b(?:fulfil\w*|dispatch\w*|ship\w*)\b[^.;]{0,20}\b(?:every|all|each|your|the|an?) orders?\s+(?:with)?in\s*$"


# "if it comes back to us within", "as long as it reaches us within": the goods' arrival as a condition is the
# return window, not the refund's time
_WINDOW_WORDS = (r"\b(?:if|as long as|so long as|provided(?: that)?)\b[^.;]{0,40}\b(?:comes?|gets?|is) back(?: to us)?\s+(?:within|in)\s*$|"
                 r"\b(?:if|as long as|so long as|provided(?: that)?)\b[^.;]{0,40}\b(?:reach(?:es)?|arrives?)(?: (?:us|here|with us|back))?\s+(?:within|in)\s*$|"
                 # "send back a defective cartridge within 30 days and you get a refund": the customer's time to send it
                 # (not "we send your refund back within 5 days": the money on its way, the shop's time)
                 r"\b(?:send|ship|post|mail|bring)(?:s|ing|ping)? (?![^.;]{0,30}\b(?:refunds?|money|credit|payments?|reimbursements?)\b)"
                 r"(?:(?:[\w-]+ ){0,3}back|back(?: [\w-]+){0,3})(?: to us)?\s+(?:within|in)\s*$")


# "3 weeks from the day the return is delivered", "10 days following the return being received": the return reaching the
# shop, whatever the verb
_RETURN_ARRIVES = (r"^\W*(?:(?:business |working |calendar )?days? )?(?:of|from|after|following)\s+(?:the (?:day|date|time) )?(?:the |your )?"
                   r"returns? (?:is |was |has |have )?(?:been |being )?(?:delivered|arriv\w*|reach\w*|received)")
# "We usually issue the refund 2-3 days after the item has arrived", "We process refunds within 3 days of receiving the goods":
# the shop's act on the refund, counted from the goods coming in, which come in to the shop
_GOODS_COME_IN = (r"^\W*(?:(?:business |working |calendar )?days? )?(?:of|from|after|following)\s+(?:(?:the |your )?(?:items?|goods|products?|parcels?|packages?|merchandise) "
                  r"(?:is |was |has |have |are )?(?:been |being )?(?:arriv\w*|delivered|received)|receiving (?:the |your )?(?:items?|goods|products?|parcels?|packages?|merchandise|return))")
# (not "We refund items you return within 21 days of receiving the goods": the customer's return the nearest verb, its
# window; "We process returns within 14 business days" is still the shop's)
_SHOP_REFUNDS = r"\bwe\b[^.;]{0,30}\b(?:issue|process|send|pay|refund|credit)\w*\b(?:(?!\b(?:you|customers?) (?:return|send|post|mail|ship|bring)|\b(?:returned|sent back|posted|mailed|brought back)\b)[^.;]){0,30}$"


def _counted_from_the_return(after: str, local: str) -> bool:
    """Whether the duration counts from the return reaching the shop: "5 days after receipt" of a refund, the return
    delivered, the goods coming in for the shop's refund."""
    of_receipt = re.match(r"^\W*(?:of|after|from|following|upon)\s+(?:the\s+)?receipt\b(?! of (?:your |the )?(?:order|parcel|package|item|purchase|merchandise|goods|products?|delivery|shipment))",
                          after[:40]) and _any(r"refund|credit|process|issue", local)
    return bool(of_receipt) or _any(_RETURN_ARRIVES, after[:60]) or (_any(_GOODS_COME_IN, after[:60]) and _any(_SHOP_REFUNDS, local))


# "you can claim a refund", "Claim your money back", "customers may make a claim": the customer claiming, whose days are a
# window to claim in (not "Refund claims are processed within 10 days", the shop's time on a claim)
_CUSTOMER_CLAIMS = r"(?:^\W*|\b(?:you|customers?|buyers?)\b[^.;]{0,20}?\b)(?:claim|make a claim|file a claim|lodge a claim|submit a claim)\b"


# the customer telling the shop ("the customer must notify me within 48 hours": a shop that speaks as one person;
# "contact our support team within 14 days": the team named in place of "us")
_REPORTS = (r"let (?:us|me) know|notify (?:us|me)|report|contact(?:ing)? (?:us|me|our (?:[\w-]+ ){0,2}(?:team|staff|department|desk))|"
            r"inform (?:us|me)|tell (?:us|me)|hear from you|e-?mail(?:ing)? (?:us|me)\b")


def _other_deadline(text: str, where: re.Match, local: str, reporting: bool) -> bool:
    """The rest of `_not_refund_time`."""
    # "send it back within two weeks of delivery for a refund" is the return window; "refunded
    # within 5 days after receipt" is the refund's time (the receipt of the return)
    of_return = _counted_from_the_return(text[where.end() :], local)
    # "a refund or exchange for purchases returned within 14 days of receipt": the nearest verb is the return's,
    # so the duration is the return window, though a refund is named earlier
    # ("you can bring it back within 30 days": the goods brought back to the shop within a span, the customer's deadline)
    if (_window_start(text, where.end()) and not of_return) or _any(r"\b(?:returned|sent back|posted back|shipped back|brought back)\s+(?:to us\s+)?(?:within|in)\s*$|"
                                                                    r"\bbring\w* (?:(?:it|them|(?:the|your|an?|any) (?:[\w-]+ ){0,2}?\w+) )?back\s+(?:to us\s+)?(?:within|in)\s*$", local):
        return True
    if (reporting and not _any(r"refund", local)) or _any(rf"(?:{_REPORTS})(?:(?!refund)[^.;])*$", local):
        return True  # "let us know within 7 days", "a full refund, provided you report the fault within 7 days": the customer's deadline
    if _any(r"\b(?:must|should|need to|needs to|have to|has to|please)\s+(?:then\s+)?(?:be\s+)?(?:(?:send|sent|ship|post|mail|return)\w*|come back|get back|arrive)\b[^.]{0,60}?(?:within|in)\s*$|"
            r"\b(?:must|has to|have to|needs? to) reach\b[^.]{0,40}?(?:within|in)\s*$|\bon (?:its|their) way back\b[^.;]{0,15}(?:within|in)\s*$", local):
        return True  # "you must then send the items back within 7 days", "it has to come back within 15 days", "it has to reach
        # our warehouse within 10 days", "the box is on its way back to us within 5 days": the customer's deadline
    if _any(r"\bfirst\s*$|\b(?:respond|reply|answer|get back to you)\b[^.]{0,20}$|\b(?:if|when|once|provided) (?:you |the \w+(?: \w+)? (?:is |are )|it (?:is )?|they (?:are )?)(?:return|sen[dt]|post|ship)\w*\b[^.;]{0,30}\bwithin\s*$", local):
        return True  # "a fault within the first 14 days", "we'll respond within 2 business days": other clocks
    # the parcel's journey; a minimum wait; "Store credit is valid for 12 months", "expires after 2 years": the credit's life
    if _any(r"transit|to reach us|receive your return from|in the post|\b(?:minimum|at least|no less than)\b[^.]{0,20}$|"
            r"\b(?:valid|good|redeemable|usable)(?: for| up to)?\s*$|\b(?:spent|redeemed|be used) (?:until|up to|within|for)\s*$|\bexpir\w*(?: after| in| within)?\s*$", local):
        return True  # the parcel's journey, not the refund; a minimum wait is no longest time
    # "allow up to ten business days for your return to be processed" is the refund's processing
    waiting = (_any(_ALLOW, local)
               and _any(r"^\W*for (?:processing\b|(?:your |the )?(?:[\w-]+ ){0,3}?(?:return|refund|credit) to be processed|(?:the |your )?(?:refund|money|credit)\b|"
                        r"(?:us|our (?:team|staff|warehouse)) to process\b(?! (?:your |the |an? )?exchanges?\b))",
                        text[where.end() : where.end() + 60])) \
        or _any(r"^\W*to be (?:refunded|processed|credited)", text[where.end() : where.end() + 30])  # "may take up to 10 days to be refunded"
    # "may be returned for a full refund within 60 days": the refund named as the return's purpose is no refund clock
    # ("for an exchange or a refund": the outcomes named together are the purpose still)
    outcome = r"(?:a |an )?(?:full |partial )?(?:refund|exchange|swap|store credit)"
    purpose = re.sub(rf"\bfor {outcome}(?:,? (?:or|and) {outcome})*\b", " ", local)
    if _any(r"\breturn(?:s|ed)?\b|sen[dt]\b|\bpost\b", local) and not _any(r"refund|process|issue|credit|" + _MONEY_BACK, purpose) and not waiting:
        return True  # "must be returned within 14 days for a refund" is the return window
    return _a_window_to_ask_in(text, where, local)


def _a_window_to_ask_in(text: str, where: re.Match, local: str) -> bool:
    """The rest of `_other_deadline`: a window for one outcome, to ask, claim or return in."""
    if _any(r"^\W*(?:days? )?(?:at (?:the )?most )?for (?:a |an )?(?:full |partial )?(?:refund|store credit|credit|exchange)\b", text[where.end() : where.end() + 30]) \
            or _any(r"\bfor (?:a |an )?(?:full |partial )?(?:refund|store credit|credit|exchange) (?:for )?(?:up to|within)\s*$|\bfrom day \d+\b[^.;]{0,10}$", local):
        return True  # "within 30 days for a full refund or 60 days for store credit", "and for store credit up to 60 days",
        # "From day 31 up to 90 days we issue store credit": windows for each outcome
    if _any(r"(?:eligible for|request|ask for|apply for|\basking|\brequesting)\b[^.;]{0,40}\bwithin\s*$|\bafter (?:the\s*)?$|\b(?:accept|take)\w* (?:\w+ ){0,3}returns?\b[^.;]{0,40}\bwithin\s*$|"
            r"(?:have not|haven't|has not|hasn't|did not|didn't|do not|don't|does not) (?:yet )?(?:received|receive|seen|got|get) (?:your |the |a )?(?:refund|credit)", local):
        return True  # a window to ask for the refund in; "issued after 14 days" is no longest time
    if _any(_CUSTOMER_CLAIMS + r"[^.;]{0,40}\bwithin\s*$", local):
        return True  # "You can claim a refund or store credit within 30 days if the item is faulty": the days to claim in
    if _any(r"^[\s-]*(?:day )?(?:return|refund|exchange)? ?(?:window|period|policy)\b", text[where.end() : where.end() + 30]):
        return True  # "within the 30 day return window"
    if _any(r"^\W*(?:you (?:can|may) (?:return|send)|(?:it )?(?:can|may) be returned)", text[where.end() : where.end() + 30]):
        return True  # "Within 30 days: you can return it for a full refund"
    if _any(r"(?:exchang|return)\w*[^.;]{0,40}\bwithin \d[^.;]*[,;]\s*(?:and |or )?(?:full )?refunds? within\s*$", text[: where.start()]):
        return True  # "Exchanges can be made within 30 days, refunds within 14 days": a window for each
    return _any(r"(?:exchange|store credit)s? only within\s*$", local)  # "exchange or store credit only within 7 days"


def _unheld_refund_time(text: str, where: re.Match) -> str | None:
    if _any(r"includ\w* (?:the )?transit|transit (?:and|&) processing", text[where.end() :]):
        return "a refund time that includes the parcel's journey: no setting holds it"
    if _any(_SEASONAL, text):
        return "a refund time for one season only: no setting holds it"
    if _any(_ELSEWHERE, text[where.end() :]):
        return "a refund time counted from another event than the return's arrival: no setting holds it"
    return None


# "expect the money in your account 5-10 days later", "the refund should be on your card within a week": the money
# arriving with the customer, the bank's time (not store credit "in your account" with the shop, which is the shop's act)
# ("Refunds go back onto your card ... within 3 days" names the way the refund is paid, on the shop's time)
_IN_YOUR_ACCOUNT = (r"(?<!credit )(?<!credit is )(?<!credit will be )\b(?:in|into) (?:your|the customer's) (?:bank |credit card |debit card |card )?account\b|"
                    r"\b(?:be|is|are|sits?|lands?) (?:back )?(?:in|on) your (?:card|account|statement)\b")
# the bank or card issuer, whose time is the money's way to the customer
_BANK_NAMES = r"(?:bank|card issuer|financial institution|(?:payment|card) (?:processor|provider))"
# the bank's or card issuer's part: the money showing on the customer's account
_BANKS = (r"\b" + _BANK_NAMES + r"|\bstatement|to appear|appears? on|to show|"
          r"to clear|\bclears?\b|to post\b|post it\b|reflect|\bshows?\b(?! (?:us|you)\b)|reach\w* (?:your|the) (?:[\w-]+ ){0,2}?(?:account|card|bank)\b")
# "your bank then needs", "your card issuer can then take": the bank's time after the shop's
_BANK_THEN = r"\b" + _BANK_NAMES + r"s?\b[^.;]{0,30}\bthen\b|\bthen\b[^.;]{0,10}\b(?:your )?(?:bank|card issuer)"
# "we usually pay the refund within", "refunds are paid back ... in": the shop's own act, however "usually" it goes
_SHOP_ACT = (r"\bwe\b[^.;,]{0,30}\b(?:process|issue|pay|send|credit|refund|handle|deal with|settle)\w*|"
             r"\b(?:refunds?|credits?|it|they|money)\b[^.;]{0,40}\b(?:processed|issued|initiated|paid|sent|credited|handled|dealt with|completed|goes through)\b|"
             r"\b(?:processing|handling|checking)\b[^.;]{0,30}\btakes?\b|"
             # "allow as many as 10 working days for the refund": the shop asking for its own time
             + _ALLOW)
# "once your return has reached us, ...", "... after your item gets back to us", "... at most 2 days later": counted
# from the return's arrival with us, the shop's clock ("it arrives" alone may be the order reaching the customer)
_AT_US = (r"(?:reach(?:es|ed)? (?:us|our)|comes? back|arriv\w* (?:here|back|with us|at our)|returns? (?:arrives|has arrived)|we (?:have )?(?:receiv|get|got|inspect|check)\w*|"
          r"(?:is|are) received|back with us|in our hands|gets? (?:back|here|to us))")
_FROM_ARRIVAL = r"\b(?:once|when|after)\b[^.;]{0,60}\b" + _AT_US + r"|\b(?:on|upon) arrival\b"
# "(5-10 business days once processed)", "within 5 to 10 days after processing": counted from the refund's issue
_ONCE_PROCESSED = r"^\W*(?:after|once|following) (?:(?:it is|it's|it has been|being|having been) )?(?:processed|processing|issued)\b"
# "... after we have processed it": counted from the refund's issue
_AFTER_ISSUE = r"^\W*(?:after|once|from when) (?:we(?: have)?|it(?: has been| is)?) (?:process|issu|sen[dt]|refund|made)"
# ("expect the refund within 30 days of our receiving the returned package": the shop's receipt, counted from)
_AFTER_ARRIVAL = (r"^\W*(?:later\b|after\b[^.;]{0,50}?" + _AT_US + r"|(?:of|from|following) (?:the (?:day|date|time) )?"
                  r"(?:(?:when )?we (?:have )?(?:receiv|get|got)\w*|our (?:receiving|receipt)|receiving (?:the |your )?returns?\b))")


# "store credit will be placed in your account within 2 days": credit kept by the shop, which the shop's act puts there
_SHOPS_OWN_CREDIT = r"store credit|voucher|gift card"


def _money_with_you(local: str, after: str) -> bool:
    """The money in the customer's account by then (`_IN_YOUR_ACCOUNT`), the bank's time; not when counted from the
    return reaching the shop ("back on your card within 24 hours of your return arriving with us": the shop's), nor
    the shop's own credit (`_SHOPS_OWN_CREDIT`)."""
    return _any(_IN_YOUR_ACCOUNT, local + " " + after) and not _any(r"^\W*(?:of|from|after|following)\b[^.;]{0,40}?" + _AT_US, after) \
        and not _any(_SHOPS_OWN_CREDIT, local)


# the shop's processing as the subject that takes the time ("Processing and authorizing a refund usually takes")
_PROCESSING_TAKES = r"^\W*(?:refund |return )?processing\b[^.;]{0,40}\b(?:takes?|needs?|lasts?)\s+(?:up to |about |around |approximately )?$"


def _the_shops_processing(local: str, after: str, banks: bool) -> bool:
    """The shop's own processing named, however "usually" it goes: "allow 3-5 days for us to process your refund",
    "refunds will usually be processed within", "we usually pay the refund within two weeks", "Processing and authorizing
    a refund usually takes" (the last two not with the bank's time beside them)."""
    if _any(r"^\W*for (?:us|our (?:team|staff|warehouse)) to process|^\W*to process (?:your |the )?(?:refund|return)|^\W*for (?:your |the )?(?:[\w-]+ ){0,3}?(?:return|refund|credit)s? to be processed", after):
        return True
    if _any(r"\b(?:refunds?|credits?|it|they)\b[^.;,]{0,30}\b(?:be|is|are|gets?) (?:usually |typically |normally |generally )?(?:processed|issued|initiated)\s+(?:with)?in\s*$", local):
        return True
    return not banks and _any(r"\bwe\b[^.;]{0,80}\b(?:usually |typically |normally |generally )(?:pay|issue|send|make|process)\w* (?:out )?(?:the |your |a |any )?(?:refunds?|credits?|money)\s+(?:with)?in\s*$|"
                              + _PROCESSING_TAKES, local)


def _refund_time_kind(local: str, after: str) -> str | None:
    """Which refund time a duration is, from the words since the last one and those right after."""
    around = local + " " + after
    banks = _any(_BANKS, around) or _money_with_you(local, after)
    if _any(r"further|additional|another|extra|\badd\b|\bmore\b(?! than)", local) or _any(r"^\W*(?:more|longer)\b", after) or _any(_BANK_THEN, local) \
            or (banks and _any(_AFTER_ISSUE, after)) or _any(_ONCE_PROCESSED, after):
        return "refund.additional_delay"  # "your bank may need 5 days more", "your bank then needs", "shows up 2 days after we process it",
        # "credited within 5 to 10 days after processing"
    if _the_shops_processing(local, after, banks):
        return "refund.processing"
    if not banks and (_any(_SHOP_ACT + "|" + _FROM_ARRIVAL, local) or _any(_AFTER_ARRIVAL, after)) \
            and _any(r"refund|credit|process|reimburs|money|\bback\b|handl|dealt|settle", around):
        return "refund.processing"  # "once your return is in our hands, expect your refund within 1 day"
    if banks or _any(r"typically|usually|expect|reach you|back with you|depending on|dependent on", around):  # "the money should be back with you within"
        return "refund.typical_arrival"
    # ("Time to refund: 5-14 business days", "Refund time: 7 days": the shop's time, named as a lead)
    if _any(r"process|issue|within|credit|after (?:we )?receiv|upon receipt|once (?:we )?receiv|\b(?:received|arrived?)\b[^.]{0,80}\bto be refunded|"
            r"\b(?:refund time|time to refund)\s*:", around) \
            and _any(r"refund|credit|process|reimburs|\bissued\b|\bissue (?:a|the|your)\b|money|\bback\b|receiv|receipt|arriv", around):
        return "refund.processing"  # "6. 14-Day Hardware Issue Resolution: ... within ...": no refund named
    return None


def _chained(kind: str | None, before: list[str | None], local: str, after: str) -> str | None:
    """"processed within 1-3 days, and should appear on your card within 1-5 business days after that": the
    bank's time after the refund is issued, in the sentence that gave the processing time, is the extra delay."""
    if "refund.processing" not in before or kind not in ("refund.typical_arrival", None):
        return kind
    banks = _any(r"\b" + _BANK_NAMES + r"|appear|show|post\b|reflect", local)
    then = _any(r"^\W*(?:(?:business |working )?days? )?(?:after (?:that|this|which)|thereafter|afterwards)\b", after)
    if (kind == "refund.typical_arrival" and banks) or (then and (banks or kind)):
        return "refund.additional_delay"
    return kind


def _in_weekdays(value: dict, text: str) -> dict:
    """"within 7 days of receipt, excluding weekends": the unit said elsewhere in the sentence."""
    if value["unit"] == "CALENDAR" and _any(r"excluding (?:weekends|saturdays?|sundays?)|(?:not|never) (?:including|counting) weekends|weekdays only|\bweekdays\b", text):
        return {**value, "unit": "BUSINESS"}
    return value


# "within 30 days of mailing your package", "after your package is handed to the carrier", "of the day we confirmed
# you are owed it", "after your notification reaches us": counted from another event than the return's arrival
_ELSEWHERE = (
    r"^\W*(?:of|from|after|following)\s+(?:the (?:day|date) (?:on which |that |when )?)?(?:you |we )?"
    r"(?:(?:your |the )?notif\w*|(?:your |the )?(?:package|parcel|return|items?) (?:is |was |has been )?(?:handed|dropped|given|posted|mailed)\b|"
    r"giving|handing|dropping|sending|posting|mailing|shipping|confirm\w*|received? (?:the )?notification|(?<=you )(?:give|hand|drop|send|post|ship)\b)"
)


# "- Processing time: 3-5 business days once your return reaches us": a line led by the processing (not an order's)
_PROCESSING_LEAD = r"^\W*(?:refund |return )?processing(?: time| times| period)?\s*:[^.;]*\b(?:returns?|refunds?)\b"


_PARCEL_TRACKED = r"\btracking\b|\bscans?\b|\bscanned\b"


def _about_refunds(clause: Clause, text: str) -> bool:
    """Whether the sentence speaks of a refund, its processing or the bank's part of it."""
    refunds_section = "refund" in clause.heading.lower()
    processing = _any(r"\bfor processing\b|to process (?:your |the )?return|(?:return|refund) (?:to be|is|will be) processed|\b(?:processing|handling) (?:it|them|the return|a return|your return)\b|"
                      r"\breturns? (?:are|is) handled\b|\breturns? (?:are|is|will be|get|gets) processed\b|\bfor (?:us|our (?:team|staff|warehouse)) to process\b(?! (?:your |the |an? )?exchanges?\b)|"
                      r"\breturn\b[^.;]{0,30}\bfor it to be processed", text) \
        or _any(_PROCESSING_LEAD, clause.body)  # "from the time we receive your return for it to be processed", "Processing time: ..."
    # "Your bank then needs another 3 days before it shows", after a sentence on the refund: the bank's part of it
    # (not "a new tracking number can show no scans for 24-72 hours": the parcel on its way to the customer)
    banks_part = _any(_BANKS + "|" + _IN_YOUR_ACCOUNT, text) and _any(r"\brefund", clause.paragraph_text) and not _any(_PARCEL_TRACKED, text)
    return bool(_any(r"refund|store credit|credit will be issued|\bcredited\b|\byour credit\b|\bcredit to your\b|" + _MONEY_BACK, text)
                or refunds_section or processing or banks_part) and not _about_cancelling(clause, text)


def _emails_the_refund(text: str) -> bool:
    # "we inspect every return and email you once that is done": an email after some other step is no refund confirmation;
    # "the confirmation email of an online order" is the order's, shown as proof of purchase
    return _any(r"(?<!order )(?:email confirmation|confirmation email)(?! (?:of|for|from) (?:an? |the |your )?(?:online )?(?:order|purchase))|send you an email|email you (?:a |an )?confirmation|notify you by email|"
                r"(?:you will|you'll) (?:receive|get) an? e-?mail (?:confirming)|"
                r"notif\w* (?:you )?(?:via|by) e-?mail|an e-?mail will be sent", text) or _any(_EMAILED_WHEN_DONE, text)


def _in_part_days(low, high) -> bool:
    """A duration told in hours that are not whole days ("within 36 hours"); "within 48 hours" is two days."""
    return any(end is not None and end.hours is not None and end.hours % 24 for end in (low, high))


def _second_tier(text: str) -> bool:
    """"Within 30 days for a full refund; between 31 and 60 days we issue store credit": a span of days that starts where
    a window said before it ends is the returns after that window, a second tier of their own, no refund's time (a window
    of two weeks at least: "credit within 2 days, card refunds between 3 and 5 days" are two refund times)."""
    found = durations(text)
    return any(high is not None and any(earlier[1] is None and earlier[0].days >= 14 and low.days in (earlier[0].days, earlier[0].days + 1)
                                        for earlier in found[:n])
               for n, (low, high, _where) in enumerate(found))


# "close to expiring (within 120 days)", "should reach you with 120 to 365 days left before it expires": the goods' shelf
# life, no refund's time
_SHELF_LIFE = r"\bexpir(?:y|ing|es|ed|ation)\b|\bbest[- ]before\b|\bshelf[- ]life\b|\buse[- ]by\b|\bdays? left\b"
# (after the span only what counts to that date: "120 days left before it expires", "60 days of their best-before date";
# not "We process refunds within 5 days and store credit expires after one year", the credit's own term)
_SHELF_LIFE_AFTER = (r"^\W*(?:left|remaining)\b|^\W*of (?:(?:the|their|its|your) )?(?:shelf[- ]life|best[- ]before|expiry|use[- ]by)\b|"
                     r"^\W*(?:before|until) (?:it|they|the \w+) expires?\b")


def _said_of(text: str, where: re.Match, previous: int) -> str:
    """The words since the last duration (or the list's introduction): what this duration is about; a duration in the
    introduction itself ("If your refund has not arrived after two weeks:") has the introduction's words."""
    return text[previous if previous <= where.start() else 0 : where.start()]


# "- Credit/Debit Cards (Visa, MasterCard): 3-5 business days": a line led by one way of paying (not "Credit Card/PayPal:",
# every way there is)
_PAID_BY_LINE = (r"^\W*(?:(?:credit|debit)(?:\s*(?:/|or|and)\s*debit)? cards?|paypal|apple pay|google pay|klarna|afterpay|bank transfers?)"
                 r"(?: refunds?)?(?: \([^)]*\))?\s*:")


def refund_timing(clause: Clause, text: str) -> Iterator[Fact]:
    if not _about_refunds(clause, text):
        return
    if _any(r"\bbilling cycles?|statement cycles?", text):
        yield _unheld("a refund time in billing cycles: no setting holds it")  # "allow at least two billing cycles"
    late = r"\b(?:returned|received|made|requested|sent) (?:more than |after |over |beyond )\d+ days|\bafter \d+ days\b"
    if durations(text) and (_any(_REGIONAL + "|" + late, text) or scoped(clause, text) or _any(_PAID_CASE + "|" + _PAID_BY_LINE, clause.body)
                            or _second_tier(text)):
        # "Refunds for transactions made outside the United States may require 1 to 3 weeks"; "If you paid by bank
        # transfer, refunds take 10 working days", "- PayPal: 1-3 business days once processed": the time of one way of
        # paying (the way the refund goes, refund.py's)
        yield _unheld("a refund time for some orders only: no setting holds it")
        return
    reporting = _any(_REPORTS, text)
    kinds = _kinds_said_before(clause, text)
    previous = len(digits(_plain_intro(clause))) if clause.intro else 0  # a list's introduction is not this item's words
    for low, high, where in durations(text):
        local = _said_of(text, where, previous)
        after = re.match(r"[^,;()]*(?:\([^)]*\))?", text[where.end() :]).group()  # "(processing time depends on your bank)"
        previous = where.end()
        if _in_part_days(low, high) or _not_refund_time(text, where, local, reporting) or _any(_SHELF_LIFE, local) or _any(_SHELF_LIFE_AFTER, after):
            continue
        why = _unheld_refund_time(text, where)
        if why:
            yield _unheld(why)
            if not _any(_ELSEWHERE, text[where.end() :]):
                return
            continue
        kind = _chained(_refund_time_kind(local, after), kinds, local, after)
        if kind == "refund.typical_arrival" and "refund.processing" in kinds:
            kind = "refund.additional_delay"  # "3-5 days to process it, and your bank 5-10 days": the bank's time comes after
        kinds.append(kind)
        if kind:
            yield Fact(kind, _in_weekdays(_range(low, high), text))
    if _emails_the_refund(text):
        yield Fact("refund.confirmation_email", True)


def _kinds_said_before(clause: Clause, text: str) -> list[str | None]:
    """"We refund you within 7-10 business days. Your statement may show it only 7-10 business days later.": the sentence
    before gave the shop's time to issue the refund, so the bank's time in this one comes after it (not "Refunds
    typically take 5-10 days to reach you": a time said as typical is the typical arrival)."""
    before = digits(_sentence_before(clause).lower())
    issued = bool(durations(before)) and _any(r"\b(?:process|issu|refund)", before) and not _any(_BANKS, before)
    return ["refund.processing"] if issued and not _any(r"\b(?:typically|usually|normally|generally)\b", text) else []


def response_time(clause: Clause, text: str) -> Iterator[Fact]:
    if not _any(r"response|respond|reply|answer", text):
        return
    if clause.intro and not durations(digits(clause.body)):
        return  # "Within 2 business days we reply with: - a return number": the lead-in's time, not this item's
    if not _any(r"return|receiv|arriv|receipt|inspect|claim", text) or _any(_WARRANTY_CLAIM, text):
        # "Our customer service team responds within 1 business day": any message, not a received return;
        # "We respond to warranty claims within 3 business days": a warranty claim's answer
        return
    if _any(r"instructions|approv|authori[sz]ation|\brma\b|your (?:request|enquiry|inquiry|message|e-?mail)|\bwait for\b", text) and not _any(r"receiv|arriv|receipt|inspect", text):
        # "we'll respond within 2 business days with return instructions", "our answer, with a return authorization number"
        yield _unheld("a reply time to a request: no setting holds it")
        return
    for low, high, _where in durations(text):
        if low.hours is not None:
            return  # "we answer within 4 business hours": a time in hours, no setting in days holds it
        longest = high or low  # "within 1-2 working days we answer": the answer comes by the longest
        if longest.business:
            yield Fact("refund.response_business_days", longest.days)
            return


def partial_refunds(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"partial refunds? (?:may|will|can|are|might)", text):
        yield _unheld("partial refunds: no setting holds them")


# "we'll email you as soon as your refund has gone through", "let you know by email once it's been processed",
# "two emails: one when your return arrives, another when the refund has been made": an email once the refund is done
_EMAIL = r"(?:\bwe(?:'ll| will)? (?:\w+ )?e-?mail you|\be-?mails? from us|\b(?:an|two|another) e-?mails?\b|\bby e-?mail|\be-?mail you\b)"
_DONE = (r"\b(?:refunds?|credit|it|they|returns?)\b[^.;]{0,30}?(?:gone through|goes through|been (?:processed|issued|made|completed)|"
         r"(?:is|are|was|were) (?:processed|issued|made|completed|done)|(?:it's|it is|they are|they're) (?:done|complete))")
_EMAILED_WHEN_DONE = (_EMAIL + r"[^.;]{0,60}?\b(?:once|when|as soon as|after|to (?:say|confirm|let you know))\b[^.;]{0,10}?" + _DONE + "|"
                      r"\b(?:once|when|as soon as|after)\b[^.;]{0,10}?" + _DONE + r"[^.;]{0,40}?" + _EMAIL)


# "we email you to say it has arrived and whether your refund is approved", "an email will let you know the refund is
# on its way": the shop writing to the customer about the refund of the return it has back (an email that only says
# the parcel is here confirms no refund)
_SHOP_EMAILS = (r"\bwe(?:'ll| will)? (?:then |also )?e-?mail you\b|\be-?mails? from us\b|\byou(?:'ll| will)? (?:get|receive) (?:an|two|another) e-?mails?\b|"
                r"\ban e-?mail will (?:let|tell|keep)\b|\b(?:let you know|confirm|notify you|tell you) by e-?mail\b")
_RETURN_NEWS = (r"\b(?:refund|return|parcel|item|goods)\w*\b[^.;]*\b(?:arriv|receiv|here\b|reach|processed|inspect|checked|looked over|approv|gone through|"
                r"been made|on its way|dealt with)|\b(?:arriv|receiv|inspect|approv)\w*\b[^.;]*\b(?:refund|return|parcel|item|goods)")
# an email that brings the label, the instructions or the tracking is the request's, not the refund's
_OTHER_EMAIL = r"\blabels?\b|instructions|authori[sz]ation|\brma\b|tracking|how to"
# "we will email you to say that the returned item has arrived", "we email you to confirm we received them and issue your
# refund": an email whose news is the parcel's arrival only (the refund the shop's next act, not the email's news); not
# "... has arrived and whether your refund is approved", "to confirm we received it and that your refund is on its way"
_ARRIVAL_EMAIL = ("(?:" + _SHOP_EMAILS + r")\s+to (?:say|confirm|let you know|tell you)(?: that)? (?:we(?:'ve| have)? (?:received|got)\b|"
                  r"(?:the|your) (?:returned )?(?:[a-z()-]+ ){0,2}?(?:has|have) (?:arrived|reached us|been received|come back)\b)")
# (the refund the news's own subject too: "and your refund has been processed", "and the refund has been issued", "it has
# arrived and been refunded"; not "and issue your refund", the shop's next act)
_REFUND_NEWS_TOO = (r"\b(?:whether|if|approv\w*|reject\w*|status)\b|\band (?:that|when|once)\b|"
                    r"\band (?:(?:your|the) (?:refund|store credit|money)\b|(?:(?:has|have) )?(?:been|is|was) (?:refunded|credited)\b)")


def _arrival_news_only(text: str) -> bool:
    found = re.search(_ARRIVAL_EMAIL, text)
    return found is not None and not _any(_REFUND_NEWS_TOO, text[found.end() :])


def confirmation_email(clause: Clause, text: str) -> Iterator[Fact]:
    """"An email will be sent once your item is processed", in a paragraph about the refund."""
    if _any(r"an e-?mail will be sent|we(?:'ll| will) (?:send you an e-?mail|e-?mail you) (?:when|once|after|to confirm)", text) and _any(r"refund|store credit|processed", clause.paragraph_text) \
            and not _any(r"refund", text):
        yield Fact("refund.confirmation_email", True)
    elif _any(_SHOP_EMAILS, text) and _any(r"\brefund|\bstore credit", text) and _any(_RETURN_NEWS, text) and not _any(_OTHER_EMAIL, text) \
            and not _arrival_news_only(text):
        yield Fact("refund.confirmation_email", True)
    elif _any(_CONFIRMED_BY_EMAIL + "|" + _EMAILED_WHEN_DONE, text) and _any(r"refund|return|exchange|process", clause.paragraph_text + " " + _plain_intro(clause)) and not _any(r"refund", text):
        yield Fact("refund.confirmation_email", True)


# "You'll receive email confirmation at each stage", "we will process your return and notify you via email"
_CONFIRMED_BY_EMAIL = (r"\b(?:you will|you'll) (?:receive|get) (?:an? )?e-?mail (?:confirmation|updates?|notifications?)\b|"
               r"\b(?:we will|we'll) (?:\w+ ){0,6}(?:and )?notify you (?:via|by) e-?mail\b")


# "Once we've received the product back we'll check it over", "when your parcel arrives we test the
# item": the shop looks the goods over once they are back (the words shops use for an inspection)
_LOOKED_OVER = (
    r"\b(?:we|our (?:team|staff|warehouse|technicians?))(?:'ll| will| shall)? (?:then )?(?:check|look|go|test|assess|examine|evaluate)(?:s|ed)? "
    r"(?:it|them|the (?:items?|products?|goods|parcel|package|return)|your (?:items?|products?|return|parcel)|items|products|goods|returns)(?: (?:over|out|thoroughly|carefully))?\b"
)


def _looked_over(text: str) -> bool:
    return _any(_LOOKED_OVER, text) and _any(r"\b(?:receiv\w*|arriv\w*|back|returned)\b", text)


# Who checks a return: the shop, its management, a team or one of its staff ("our team", "a returns specialist")
_INSPECTOR = (r"\b(?:we|management|our (?:\w+ )?(?:team|staff|warehouse|department|technicians?|specialists?|managers?)|"
              r"an? (?:\w+ )?(?:manager|specialist|technician|member of (?:our )?staff))")
# "All items will be subject to an inspection", "The items will then be examined", "confirm that it meets our
# return eligibility criteria": the shop's check in other words
_SHOP_INSPECTS = (
    r"\b(?:items?|returns?|products?|merchandise|goods|it|they)\b[^.;]{0,12}\b(?:will be|are|is|shall be) (?:\w+ )?subject to (?:an? )?inspection\b|"
    r"\b(?:items?|returns?|products?|merchandise|goods)\b[^.;]{0,12}\b(?:will|shall) (?:then )?be (?:examined|checked|tested|assessed|inspected)\b|"
    r"\bconfirm (?:that )?(?:it|they|the (?:items?|products?|package|return)) (?:meets?|compl(?:y|ies) with) (?:our|the) (?:return )?(?:eligibility|criteria|conditions|requirements|policy)|"
    # "Once we have inspected the item, we refund ...": the check every refund waits for, told as a step before it
    # ("When your item has arrived and we have checked its condition, the refund is processed": the goods named by "its")
    r"\b(?:once|after|when)\b[^.;]{0,40}?\bwe(?: have|'ve)? (?:inspected|checked|examined|tested) (?:(?:the |your |each |every |all )?(?:items?|goods|merchandise|returns?)|"
    r"(?:its|their|the item's|the goods') condition)\b(?=[^.;]*\brefund)|"
    # "We inspect every item", "Management inspects each return": the shop's check of all that comes back (not "before it ships"; "before issuing a refund" is this check)
    + _INSPECTOR + r"\s+(?:inspect|examine)s? (?:every|each|all) (?:items?|returns?|products?)\b(?![^.;]{0,30}\bbefore (?:(?:it|they|we|the order|your order) )?(?:is |are )?(?:ship|dispatch|sen[dt]|leav|pack|post|deliver)\w*)"
)
# the customer inspecting the parcel, an inspection that is a fee's purpose, the goods checked before they leave
# us, or "an inspection period of 30 days" (the customer's trial) is not the shop's check before refunding
_NOT_OUR_INSPECTION = (
    r"\bopen and inspect|\bleav\w* (?:us|our (?:warehouse|facility|premises|store|shop))\b|"
    # ("inspected before shipping", "We check every item with great care before it ships": the goods checked before they leave us)
    r"\b(?:check|inspect|examine|test)\w*\b[^.;]{0,40}\bbefore (?:shipping|dispatch\w*|(?:it|they|we|the order|your order|each order|an order) "
    r"(?:is |are )?(?:ships?|leaves?|dispatch\w*|shipped|sent|send \w+))\b|"
    r"\bto cover (?:the )?(?:cost of )?(?:\w+ )?inspection|\bcovers? (?:[\w-]+,? (?:and )?){0,3}?inspect\w*|\binspection (?:period|window|time)\b|\bperiod of inspection|"
    # "We may check that returned items are genuine", "we might test returns": a check the shop may make,
    # not the inspection every return gets before its refund
    r"\b(?:we|our (?:\w+ )?(?:team|staff|warehouse))\b (?:may|might)(?: also)? (?:check|verify|inspect|examine|test)\b|"
    # "may first have to be sent to our manufacturers for evaluation": another party's check of a claim
    r"\bsent (?:on |off )?to (?:our |the |its )?(?:manufacturers?|suppliers?|makers?|vendors?)\b|"
    # "Light bulbs that have been used or tested": the customer's testing, a state refused; "checked when it arrives from the
    # maker": the shop's check of its stock
    r"\b(?:used|opened|worn|installed),? or tested\b|\barriv\w* from (?:the |our |its )?(?:makers?|manufacturers?|suppliers?|factory)\b|"
    # "When the request has been checked and approved, we send you return instructions": the request checked, not the goods
    r"\b(?:requests?|applications?|forms?) (?:has |have |is |are |will be )?(?:been )?(?:checked|reviewed|assessed|examined|verified)\b|"
    # "Each strap we sell passes several inspections against our standards": the shop's quality control of its stock
    # (not "when the item passes inspection, we issue the credit": the return's own check)
    r"\bpass(?:es|ed)? (?:several|multiple|many|numerous|a number of|\d+) (?:[\w-]+ )?(?:inspections|checks)\b"
)
# "Every return is checked when it reaches us", "once the goods are back and inspected", "we look over every return",
# "a manager will look over anything brought back": the shop's check, said of what comes back
_CHECKED = r"(?:checked(?: over)?|inspected|examined|tested|assessed|verified|looked over)"
_CHECKED_ON_ARRIVAL = (
    r"\b(?:is|are|gets?|will be|has been|have been|been)\s+(?:(?!not\b)\w+\s+){0,2}?" + _CHECKED + r"\b|"
    # "Each fixture gets a quality control review once it reaches us": the check named as a noun
    r"\b(?:gets?|goes through|undergoes|is given) (?:an? |our )?(?:quality[- ]control |quality |thorough |full )?(?:review|check|inspection|examination)\b|"
    # ("our team has checked the item", "a returns specialist checks the shipment", "we check whether it is worn": more
    # inspectors, and the check named by what it asks of the goods: not "we check whether the return window has passed")
    + _INSPECTOR + r"(?:'ll| will| then| first| have| has)?\s+"
    r"(?:received and |receive and )?(?:check|inspect|examine|test|assess|look over)\w*\s+(?:every|each|all|any|the|your|it|them|anything|everything|returned|that|what you (?:sent|send|return)\w*|whether (?:it|they|(?:the|your|each|every|all) (?!(?:return |refund )?(?:window|period|deadline|date|time|policy)\b)\w+))\b"
    # (not "we look over the request and confirm whether it qualifies": the request checked, not the goods)
    r"(?!\s+(?:return |refund )?(?:requests?|applications?|claims?|e-?mails?|messages?|forms?)\b)"
)
_BACK_WITH_US = r"\bsent back|\barriv|\breach(?:es|ed)? us|\b(?:gets?|got|come|comes|is|are) (?:back )?(?:to us|in\b|back)|\bback with us|\bbrought back|\breturn|\breceiv|\breceipt|\bin our hands"
# "please check your parcel when it arrives", "deliveries must be checked on arrival": the customer's check
_CUSTOMER_CHECKS = r"\byou (?:\w+ )?(?:check|inspect|examine)|\bplease (?:check|inspect|examine)|\b(?:must|should|need to) be (?:checked|inspected|examined)"


def _checked_on_arrival(text: str) -> bool:
    return _any(_CHECKED_ON_ARRIVAL, text) and _any(_BACK_WITH_US, text) and not _any(_CUSTOMER_CHECKS, text)


# "A 15% fee will be assessed on every return", "you will be assessed a $20 charge": a fee charged, not the goods checked
_FEE_ASSESSED = r"\b(?:fees?|charges?|penalt(?:y|ies))\b[^.;]{0,40}?\bassessed\b|\bassessed (?:an? |the )?(?:[$€£]?[\w.%-]+ )?(?:fee|charge|penalty)\b"


def inspection(clause: Clause, text: str) -> Iterator[Fact]:
    text = re.sub(_FEE_ASSESSED, " ", text)
    # "Warranty claims are inspected by the manufacturer", "products sent in under guarantee are tested by our
    # technicians": the check of a warranty claim, not of a return before its refund (nor a rental deposit's check)
    if _any(_NOT_OUR_INSPECTION + "|" + _WARRANTY_CLAIM + "|" + OTHER_MONEY_BACK, text):
        return
    if clause.intro and _any(_FAULT + "|" + _WARRANTY_CLAIM, _plain_intro(clause)):
        return  # "To claim for a defective product: ... 8) We then test the product": the steps of a fault claim, its own check
    if _any(_SHOP_INSPECTS, text) and not _any(_FAULT, text):  # "defective items are subject to inspection": a fault claim's check
        yield Fact("refund.inspection", True)
        return
    # ("you have to inspect it ... and report the damage to us": the customer's check of a delivery)
    customer = _any(r"\byou (?:(?:have|need|must|should|are asked|are required|will need)(?: to)? )?inspect|please inspect|inspect (?:your|the) (?:order|parcel|package|goods|items?|product)s? (?:upon|on|when|as soon)|"
                    r"(?:packages?|parcels?|orders?|shipments?|deliver(?:y|ies)) (?:\w+ ){0,2}must be inspected|"
                    # "products need inspecting when they arrive", "whoever receives it is obliged to inspect it immediately"
                    r"\b(?:needs?|has to|have to|must|obliged to)(?: be)? inspect\w* (?:it |them )?(?:when (?:it|they) (?:is |are )?(?:delivered|arrives?)|immediately|on (?:arrival|delivery))", text)
    # "we will confirm your return" is its approval, not a check: confirming counts only with "that"
    # (the goods, not "we check each return request": the request's check, as in _CHECKED_ON_ARRIVAL)
    checked = _any(r"\b(?:we|our (?:team|staff|warehouse))\b[^.]{0,20}\b(?:(?:check|verify|examine)\w* (?:that )?|confirm\w* that )(?:the |your |all |each )?(?:returned|returns?\b)"
                   r"(?! (?:requests?|applications?|claims?|e-?mails?|messages?|forms?)\b)", text)
    said = (checked or _any(r"inspect|verification of the status|evaluation", text)) and _any(r"return|received|product|inspected by", text)
    if (said or _looked_over(text) or _checked_on_arrival(text)) and not customer:
        yield Fact("refund.inspection", True)

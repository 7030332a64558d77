"""Periods a sentence states: how many days a limit gives ("within 30 days") and what it counts from
(delivery, purchase, shipment), read alike for the return window, a fault's report and a refund's time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plugin.policy.drafting.quantities import Duration, durations
from plugin.policy.drafting.readers.common import Fact, _any


def _day_unit(duration: Duration) -> str:
    return "BUSINESS" if duration.business else "CALENDAR"


# "after the carrier shows it as delivered", "the date it was marked delivered", "the delivery confirmation",
# "the day you signed for the delivery": the delivery as the carrier records it
_DELIVERY_RECORDED = (r"(?:[\w-]+ ){0,4}?(?:shows?|showed|marks?|marked|records?|recorded|confirms?|confirmed|lists?|listed) (?:[\w-]+ ){0,3}?(?:as )?delivered\b|"
                      r"(?:recorded |confirmed )?delivery (?:confirmation|date|scan)\b|(?:[\w-]+ )?signed for\b")


def _window_start(text: str, after: int) -> str | None:
    """What a window counts from, read in the words right after its length."""
    tail = re.split(r"[;:]|\.\s", text[after : after + 70])[0]  # the words of its own clause ("within 14 days; shipping costs ...")
    tail = tail.replace("(s)", "s")  # "after the item(s) reached you": the plural said both ways ("wrong/damaged": two words for one)
    tail = re.sub(r"^\s*(?:at (?:the )?(?:most|latest)|max(?:imum)?)\b,?", "", tail)  # "10 days at most from the invoice date": the limit said twice
    # "of", "from the date of your", "since the original", "start from the date when you", "of it being originally"; two words joined, "the parcel or package has
    # arrived", are the goods (not "the return or exchange being received": what comes back to the shop, the refund's clock);
    # "from when your order was first dispatched": "from when" one lead, the goods' own event after it
    lead = (
        r"^\W*(?:(?:return|refund|exchange) (?:window|period|policy)\s+)?(?:to (?:return|send back|exchange) (?:an? |the |your |any )?(?:items?|products?|orders?|purchases?|it|them)\s+)?"
        r"(?:(?:start|begin|count)s?\s+)?(?:(?:(?:are|is|will be|get|gets) )?(?:beginning|starting|counting|commencing|counted|calculated|measured)\s+(?:from\s+|on\s+|with\s+)?)?"
        r"(?:(?:have|has) (?:passed|gone by|elapsed)\s+)?(?:of|from|after|following|since|once|when)?\s*(?:(?<=from )when\s+|(?<=of )when\s+)?(?:the\s+)?(?:original\s+)?"
        r"(?:(?:time and )?(?:date|day|time|moment)\s+(?:(?:(?:on|in|of) )?(?:when|that|which)\s+|(?:of|on|after)\s+)?)?(?:(?:you|they|we|the (?:customer|buyer|client)|customers|buyers|clients)\s+(?:(?:first|originally|actually|initially)\s+)?)?(?:(?:your|its|the)\s+(?:original\s+)?)?"
        r"(?:(?:it|they|(?:(?:the|your) )?(?:items?|goods|parcels?|packages?|orders?|products?|merchandise)|(?:the|your) [a-z-]+(?: (?:or|and) (?!(?:returns?|refunds?|exchanges?)\b)[a-z-]+)?)(?: (?:being|was|were|is|are|has been|have been|has|have)|'s|'re|(?= (?:ship|dispatch|deliver|arriv)\w*ed\b))\s+(?:(?:originally|first|actually|initially|physically)\s+)?)?"
    )
    # (the purchase in a verb of its own: "since you made your purchase", "from when you placed your order"; not the order
    # "was originally shipped": an adverb before the shipping keeps it the shipment's date)
    # "after your order arrives", "of the parcel reaching you", "after it turns up", "after you took possession": the goods
    # coming to the customer in a verb of their own (an order named there is what arrives, not when it was placed; "your
    # Compression Stockings order reaches you": the order named by its goods)
    # (what comes back to the shop, or the money going out, arrives on the refund's clock)
    arrives = (r"(?:(?:it|they|(?:the |your |its )?(?!(?:[a-z-]+ ){0,2}(?:returns?|returned|refunds?|credits?|money|payments?|replacements?)\b)(?:[a-z/-]+ ){0,2}[a-z-]+)\s+)?"
               r"(?:arriv\w*|reach(?:es|ed|ing)? (?:you|your (?:door|home|address))|turn(?:s|ed|ing)? up|land(?:s|ed|ing)?\b|(?:gets?|got|getting) to you|(?:comes?|came|coming) (?:to you|into your (?:hands|possession))|(?:takes?|took|taken|taking) possession\b)")
    if not _any(r"^\W*(?:[\w-]+\s+){0,4}?(?:of|from|after|following|since|upon|on|at|when|once|start\w*|begin\w*|count\w*|commenc\w*)\b", tail):
        return None
    if _any(r"^\W*(?:(?:have |has )?(?:passed|gone by|elapsed)\s+)?(?:of|from|after|since) (?:the|your) (?:date (?:on|printed on|shown on) (?:your|the) (?:sales )?(?:receipt|invoice)|(?:sales )?(?:receipt|invoice)[’']s date|"
            r"(?:original )?invoice date|date of (?:the |your )?invoice)", tail):
        # "within 30 days of the date on your receipt", "up to 30 days after the date shown on your sales receipt", "since the receipt's
        # date", "from the invoice date": the invoice is dated the day of the purchase
        return "PURCHASE"
    if _any(r"^\W*(?:[\w-]+\s+){0,3}?we (?:have )?(?:receiv|get|got)\w*\b", tail):
        return None  # "two weeks after we receive the parcel": the return reaching the shop starts the refund's clock
    if _any(lead + arrives, tail):
        return "DELIVERY"
    if _any(lead + r"(?:(?:make|made|making|place|placed|placing|complete|completed|completing) (?:your |the |an? )?(?:purchase|order)\b|purchas(?!es? (?:was|were|is|are|has been|have been) (?:first )?(?:delivered|received|shipped|dispatched))|placed|order(?:ing| date| was placed|\b(?! (?:(?:being|is|was|has|have|had|gets?|got) )?(?:been )?(?:(?:originally|first|actually|initially|physically) )?(?:delivered|received|ship|dispatch|deliver|sent)))|placing|buying|buy\b|bought|ordered\b|checkout|sale\b)", tail):
        return "PURCHASE"
    if _any(lead + r"(?:(?:parcel|order|item|product|package|merchandise|goods)s?\s+)?(?:deliver|getting (?:it|them|the (?:items?|goods|order|parcel|package))\b|receiv(?!\w*\s+(?:and \w+\s+)?(?:your |the |an? |any |our )?(?:[\w-]+ )?(?:return\w*|rma|authori[sz]ation|authori[sz]ed|approval|instructions|label|confirmation|code|requests?|replacements?|exchanges?|refunds?|repl(?:y|ies)|e-?mails?|messages?)\b)|receipt(?! of (?:your |the |an? |any )?return)|arriv|the product is delivered|collected|" + _DELIVERY_RECORDED + r")", tail):
        return "DELIVERY"
    if _any(lead + r"(?:order\s+)?(?:ship|dispatch)", tail):
        return "SHIPMENT"
    return None


# "you have 30 days to decide", "you get 14 days to try the rug out", "to make up your mind": the time to keep or send back
# what was bought, said by the deciding (in a sentence or paragraph about returns: the readers that call this check that)
MAKE_UP_YOUR_MIND = (r"decide(?=\s*(?:[.;,!]|$| (?:whether|if) (?:or not )?(?:to |you (?:want|wish|would like) to )?keep\b))|"
                     r"make up your mind|think it over|try (?:it|them|(?:the|your) [\w-]+) (?:out|at home)\b")


# "you have 30 days to tell us that you want to return it": the customer's notice of a return, the deadline to ask for one
# (a notice of something else, "to tell us about any damage", is a fault's or a delivery's)
TELL_US_YOU_RETURN = (r"\b(?:tell|notify|inform|let) us(?: know)?,?(?: that)? (?:you|they) (?:want|wish|would like|intend|mean|plan|have decided|decide)\w*"
                      r" to (?:return|send (?:it|them|the \w+|your \w+) back)\b"
                      # (not "to tell us you want to return it for a warranty repair": another party's or a repair's clock)
                      r"(?![^.;]{0,40}\b(?:warranty|guarantee|repairs?|repaired)\b)")


def _anchored(text: str, before: str, where: re.Match) -> bool:
    """Whether the words around a duration make it a limit ("within 30 days", "you have 30 days to return")."""
    # "You have 30 days to return it": a period the customer is given for the return itself, or to say it comes back
    given = _any(r"\b(?:you|customers?|buyers?) (?:have|get|are given)\s*(?:up to\s*)?$", before) \
        and (_any(r"^\W*(?:in which )?to (?:return|send|receive a (?:\w+ )?refund|request|exchange|ask (?:us )?for|" + MAKE_UP_YOUR_MIND + ")", text[where.end() : where.end() + 30])
             or _any(r"^\W*to " + TELL_US_YOU_RETURN, text[where.end() : where.end() + 80]))
    # "no restocking fee for 7 days" is how long a fee waits, not how long returns are taken
    for_a_fee = _any(r"\bfor\s*$", before) and _any(r"restock|\bfees?\b|\bcharges?\b", text)
    # "within", "inside a week", "during a 15-day period": the period the return must fall in
    # "at any point over the next 30 days", "not suit you in the next 14 days": the coming days, from now, are the
    # window; not leading the sentence ("Over the next 10 days we are moving warehouse" frames whatever follows)
    coming = _any(r"\w\W+(?:over|in|during|within) the (?:next|coming|following)\s*$", before)
    return given or coming or (_any(r"(?:within|during|up to|maximum of|first|for|no later than|not later than|\binside(?: of)?)\s*(?:(?:a|an|the) )?$", before) and not for_a_fee)


# What is refused past a limit: "Returns will not be accepted more than 30 days after delivery", "Claims made more than 3 days
# after delivery are refused"
_LATE_REFUSED = (r"\b(?:not|n't|never) (?:be )?(?:accept|honou?r|consider|process|refund)\w*|\b(?:refused|rejected|declined|void)\b|"
                 r"\bno (?:returns?|refunds?|claims?|exchanges?)\b")


def _window(text: str, allow_unanchored: bool) -> dict | None:
    """The first window in `text` ("within 30 days of delivery"), as a ReturnWindow document."""
    for low, high, where in durations(text):
        if (low.hours is not None and low.hours % 24) or high is not None:
            continue  # "within 48 hours of delivery" is two days; "within 36 hours" is no window in days
        starts = _window_start(text, where.end())
        if low.hours is not None and starts is None:
            continue  # "we reply within 24 hours" counts from nothing the window knows
        before = text[max(0, where.start() - 40) : where.start()]
        if _any(r"at least (?:the first )?$|\bkeep\b.{0,40}$", before):
            continue  # "keep your packaging for at least 90 days": advice, not a limit
        if _any(r"^\W*(?:of|after|from|upon|following) (?:receiving|receipt of|we receive|getting) (?:your |the )?(?:returns?|returned)",
                text[where.end() : where.end() + 40]):
            continue  # counted from the return's arrival: the refund's time, not the return window
        if _any(r"\b(?<!no )(?<!not )(?:more than|over|beyond|longer than|exceeding)\s*$|\b(?:past|after|beyond|outside|following) (?:the |your |those |these )?(?:first|initial) $", before) \
                and not (_any(r"\bmore than\s*$", before) and _any(_LATE_REFUSED, text)):
            # "if it arrives more than 30 days after delivery", "past the first 7 days, a fee applies": a case past some limit, not
            # the limit ("no more than" is the limit, and so is what is refused past it: "not accepted more than 30 days after")
            continue
        if _any(r"\ballow (?:up to |about |around |approximately |at least )?$", before):
            continue  # "please allow up to ten business days for your return to be processed": a wait
        anchored = starts is not None or _anchored(text, before, where)
        if starts is None and _any(r"instructions|approv|\brma\b|authori[sz]ation|return (?:number|code)|\blabel (?:was|is|has been) issued", text[where.end() : where.end() + 60]):
            continue  # a ship-by deadline, not a window ("within 14 days of receipt, with an approved RMA" is one)
        if anchored or allow_unanchored:
            window = {"days": low.days}
            if low.business is not None:
                window["unit"] = _day_unit(low)
            if starts:
                window["starts"] = starts
            return window
    return None


def _window_facts(prefix: str, window: dict) -> Iterator[Fact]:
    for key, value in window.items():
        yield Fact(f"{prefix}.{key}", value)


def counted_from_another_event(text: str) -> bool:
    """"within 14 days of the repair": a duration counted from an event that is not delivery,
    purchase or shipment (those `_window_start` reads)."""
    return any(low.hours is None and high is None and _window_start(text, where.end()) is None
               and _any(r"^\W*(?:of|from|after|following|since) (?:the |your |our )?\w", text[where.end() : where.end() + 30])
               for low, high, where in durations(text))


def _range(low: Duration, high: Duration | None) -> dict:
    if high is None:
        return {"min_days": 0, "max_days": low.days, "unit": _day_unit(low)}
    unit = _day_unit(high if high.business is not None else low)
    return {"min_days": low.days, "max_days": high.days, "unit": unit}

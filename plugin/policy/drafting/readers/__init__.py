"""One reader per family of settings: each looks at one clause and says which settings it states.

A reader returns `Fact`s: a setting's path in the policy document and the value the clause gives
it. Readers never guess: a clause that names no number leaves the number alone, and a clause whose
scope the settings cannot hold (shipping terms for one country, say) is left for the merchant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.quantities import Duration, amounts, digits, durations, percents


@dataclass(frozen=True)
class Fact:
    """`path` (dotted, into the policy document) takes `value`; `each` marks one item of a list.

    A `weak` fact is what a clause implies rather than says ("a refund or exchange" for a damaged
    item implies exchanges when the shop is at fault): a setting another sentence states outright
    replaces it. A fact on the path `UNHELD` says the clause states a rule no setting holds (a fee
    for opened items only, a deadline counted from another event); its value is why, and the
    sentence goes to the merchant even when the clause also set something."""

    path: str
    value: object
    each: bool = False
    weak: bool = False


UNHELD = "-"


def _unheld(why: str) -> Fact:
    return Fact(UNHELD, why)


Reader = Callable[[Clause, str], Iterator[Fact]]


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _any(pattern: str, text: str) -> bool:
    """Whether `pattern` is found in `text`. The readers use more patterns than `re` keeps compiled
    (512), so they keep their own: recompiling them was a third of the drafting time."""
    return _compiled(pattern).search(text) is not None


# "a hardware-related issue", "a technical fault": a defect in other words
_HARDWARE_ISSUE = r"\b(?:hardware|technical|mechanical|electrical)[- ](?:related )?(?:issues?|problems?|faults?|failures?)"
# A wrong size or colour is the shop's fault only when the shop sent it, not when the customer ordered it.
_WRONG_SIZE = r"(?:sent|shipped|received|delivered|got|send) (?:you )?(?:an? |the )?wrong (?:size|colou?r)"
_FAULT = (
    r"defective|(?<!un)damage|faulty|\b(?:item|product|manufactur\w*) fault\b|flaws?\b|\bdefects?\b|wrong (?:item|product|merchandise)|_WRONG_SIZE_|sent incorrectly|"
    r"incorrect(?:,? (?:or |and )?\w+){0,3} (?:item|product|merchandise|order|goods)|wrong \(|not as described|quality (?:issue|problem)|factory defect|"
    r"\bbroken (?:items?|goods|products?|merchandise|parts?)\b|\barrives? broken\b|"
    r"does not meet the specifications|incomplete(?!(?: or \w+)? (?:\w+ )?(?:details|address(?:es)?|information|data|forms?|applications?))|\bour (?:responsibility|error|mistake)|we made (?:an? )?(?:error|mistake)|is wrong\b|"
    r"shipping error|errors? (?:made )?by (?:the seller|us|the shop|the store)|(?:error|mistake) we made|(?:the )?error is ours|"
    r"(?:error|mistake|fault) on our (?:part|side)|our fault|(?:sent|shipped|delivered) (?:to you )?(?:in error|by mistake)|" + _HARDWARE_ISSUE
)
_FAULT = _FAULT.replace("_WRONG_SIZE_", _WRONG_SIZE)
_CANCEL = r"cancel"
_REGIONAL = r"shopping in|\bu\.s\.|\bcanada\b|\bjapan\b|\bthe eu\b|united states|international (?:orders|returns)|outside (?:of )?the"
_NEGATED = r"\b(?:do not|don't|does not|doesn't|cannot|can ?not|can't|won't|will not|no longer|not|unable to)\b"
# A rule for some items or some orders only ("sale items", "any opened item", "electronics items",
# "in-store purchases"): it is not the shop's general setting, so it goes to the merchant.
_SCOPED = (
    r"\b(?:certain|some|select(?:ed)?|heavy|large|oversized|bulky|freight)\s+(?:\w+\s+)?(?:items?|products?|gear|goods|merchandise)\b|"
    r"gift receipts?|as a gift\b|\bgift returns?\b|\breturned gifts?\b|\b(?:purchased|bought|ordered) (?:on sale|in (?:a|the|our) sale)\b|"
    r"(?<![\w-])(?:sale|clearance|discounted|opened|open[- ]box|used|pre-?owned|refurbished|brand[- ]new|electronics?|special[- ]order|in[- ]store|international|"
    r"refused)\s+(?:items?|products?|merchandise|goods|purchases|orders|deliver(?:y|ies)|shipments?|returns?)\b|\bunwanted\s+(?:deliver(?:y|ies)|shipments?)\b|"
    # a way of paying: "If the products were purchased with a bank draft or check, ...", "Check Purchases"
    r"\b(?:paid|purchased|bought|made) (?:originally )?(?:by|with|using|via|in) (?:a |an )?(?:check|cheque|bank draft|money order|cash)\b|"
    r"\b(?:check|cheque|credit card|debit card|cash|paypal|third[- ]party) (?:purchases|payments|orders)\b|"
    r"\bpayments? (?:made )?(?:via|by|with|using) (?:a )?(?:credit card|debit card|paypal|check|cheque|cash|bank transfer)\b|"
    r"\bany opened\b|\b(?:purchased|bought) in[- ]store\b|\bin store purchases\b|\bpick[- ]?up\b|local delivery|"
    r"\b(?:these|those|such) (?:items|products|goods|pieces)\b|"  # a group named in the sentence before
    r"undeliverable|returned to (?:the )?sender|return to sender|failed deliver|"
    r"\b(?:shipment|order|delivery|package|parcel) (?:is|was|has been) refused|\brefus\w* (?:the |a |your )?(?:delivery|shipment|package|parcel)|"
    # "a $9 fee will be deducted for AU returns": a country's returns only
    r"\bfor (?:au|uk|us|usa|eu|nz|ca|australian|canadian|european|british|american|domestic|overseas|foreign) (?:returns|orders|customers|buyers)\b""|"
    # "Within the USA we offer a free 30 day returns service": one region's terms
    r"\b(?:within|inside) the (?:usa|us|u\.s\.a?\.?|uk|eu|united states|united kingdom|contiguous \w+|continental \w+)\b|"
    # "return items in person at our Denver store": one way of returning, not every return
    r"\bin person\b|\bat (?:our|any of our|one of our|the) (?!online\b|web\b)(?:[\w-]+ ){0,2}(?:stores?|shops?|showrooms?|locations?|branch(?:es)?)\b(?!'s|’s)|"
    r"\b(?:international|overseas|foreign|domestic|local) (?:customers?|buyers?|shoppers?|clients?)\b"
)
# "Returns over $50 must have an RA number", "Orders under $20 ...", "All items valued at $500 or more": a
# subject an amount singles out is some returns or orders, not every one (the amount must qualify the
# sentence's subject: "free shipping on orders over $100" later in a sentence qualifies something else)
_AMOUNT_SUBJECT = (
    r"^\W*(?:all |any |the |our )?(?:[\w-]+ )?(?:returns?|orders?|items?|purchases?|products?|parcels?|packages?|shipments?|merchandise|goods)\s+"
    r"(?:with a (?:value|total) )?(?:over|above|under|below|exceeding|of more than|of less than|(?:worth|valued at) (?:more|less) than|worth|valued (?:at|over|under)|totall?ing|of)\s+"
    r"(?:[$€£]\s?\d|\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)"
)
# A sentence that opens on a case of the item or the return ("If the item has been worn, ...", "When a
# return is over 30 days old, ...") states what is asked in that case only, not of every return.
_CASE_OF_ITEM = (
    r"^\W*(?:if|when|where|should|in case|in the event that) (?!(?:you|we|i|customers?|buyers?|clients?|purchasers?)\b)(?:[\w'-]+ ){1,3}?"
    r"(?:has|have|is|are|was|were|had|does|do|did)(?:n't| not| been| already| ever)* (?!approved|accepted|received|eligible|authori[sz]ed|returned\b|being returned)"
    r"(?!(?:\w+ )?(?:damaged|defective|faulty|broken|incorrect|wrong|missing|lost|not as described|delivered|shipped|dispatched)\b)\w+"
)
# "Returns from Mexico must ...", "Orders shipped to Alaska ...": a subject a place singles out (any place: the
# regions the drafter knows by name are a short list, the place's position in the subject says enough)
_PLACE_SUBJECT = (
    r"^\W*(?:all |any )?(?:returns?|orders?|purchases?|shipments?|parcels?|packages?|exchanges?) (?:(?:shipped|sent|delivered|returned) )?(?:from|to|outside(?: of)?) "
    r"(?!(?:us|our|you|your|this|these|that|those|an?|any|all|\d)\b)(?!the (?!us\b|uk\b|eu\b|united\b|usa\b))[a-z]"
)
# "Items purchased with a coupon code are ...", "Returns of electronics within 14 days ...": a subject a
# participle or an "of" phrase narrows to some goods or orders (not "items purchased from our website")
_QUALIFIED_SUBJECT = (
    r"^\W*(?:all |any )?(?:items?|products?|orders?|purchases?|goods|merchandise) (?:purchased|bought|ordered|paid(?: for)?|placed|made) "
    r"(?:with|using|on|during|in|at|through|via|by|before|after|under|as)\b(?! (?:our|this|the) (?:website|online (?:store|shop)|site|web ?shop)\b)|"
    r"^\W*(?:all )?(?:refunds?|credits?) (?:for|on|of) (?!(?:all|any|your|our|the|an?|returns?|returned|items?|products?|goods|merchandise|orders?|purchases?|eligible|approved|unused)\b)[a-z]|"
    r"^\W*(?:all )?returns? (?:of|on|for) (?!(?:all|any|your|our|the|an?|items?|products?|goods|merchandise|orders?|purchases?|unused|unworn|new|eligible|reasons?|refunds?|exchanges?|store credit)\b)[a-z]"
)
# "Members of our Trail Club enjoy free return shipping", "VIP customers get ...": a subject that is some
# customers (a second clause "..., 180 days for subscribers" leaves the first clause's rule general)
_MEMBER_SUBJECT = (r"^\W*(?:our |all )?(?:[\w-]+ ){0,2}(?<!team )(?<!staff )(?:members?|subscribers?|vips?|loyalty (?:members?|customers?)|"
                   r"(?:trade|wholesale|business) (?:accounts?|customers?))\b(?! of (?:staff|the team|our team))")
# "If you are returning more than 3 items", "orders of 10 or more units": a quantity singles out some returns
_QUANTITY_SCOPE = r"\b(?:more than|over|at least|fewer than|less than|up to) \d+ (?:items?|products?|units?|pieces?|pairs?|articles?)\b|\b\d+ or more (?:items?|products?|units?|pieces?|pairs?)\b"
# The same rule as the shop's own words can differ in some seasons: say so, set nothing.
_SEASONAL = r"christmas|holiday season|during (?:the )?(?:sale|peak|holiday|busy)|sale periods?|black friday|busy periods?"


def _day_unit(duration: Duration) -> str:
    return "BUSINESS" if duration.business else "CALENDAR"


def _window_start(text: str, after: int) -> str | None:
    """What a window counts from, read in the words right after its length."""
    tail = re.split(r"[;:]|\.\s", text[after : after + 70])[0]  # the words of its own clause ("within 14 days; shipping costs ...")
    # "of", "from the date of your", "since the original", "start from the date when you", "of it being originally"
    lead = (
        r"^\W*(?:(?:return|refund|exchange) (?:window|period|policy)\s+)?(?:to (?:return|send back|exchange) (?:an? |the |your |any )?(?:items?|products?|orders?|purchases?|it|them)\s+)?"
        r"(?:(?:start|begin|count)s?\s+)?(?:(?:beginning|starting|counting|commencing)\s+(?:from\s+|on\s+|with\s+)?)?"
        r"(?:of|from|after|following|since)?\s*(?:the\s+)?(?:original\s+)?"
        r"(?:(?:time and )?(?:date|day|time)\s+(?:(?:(?:on|in|of) )?(?:when|that|which)\s+|(?:of|on|after)\s+)?)?(?:you\s+|they\s+|the (?:customer|buyer|client)\s+)?(?:your\s+)?"
        r"(?:(?:it|they|(?:(?:the|your) )?(?:items?|goods|parcels?|packages?|orders?|products?|merchandise)|(?:the|your) [a-z-]+) (?:being|was|were|is|are|has been|have been)\s+(?:originally\s+)?)?"
    )
    if not _any(r"^\W*(?:[\w-]+\s+){0,4}?(?:of|from|after|following|since|upon|on|at|when|once|start\w*|begin\w*|count\w*|commenc\w*)\b", tail):
        return None
    if _any(r"^\W*(?:of|from) the date (?:on|printed on|shown on) (?:your|the) (?:sales )?(?:receipt|invoice)", tail):
        return "PURCHASE"  # "within 30 days of the date on your receipt"
    if _any(lead + r"(?:purchas|placed|order(?:ing| date| was placed|\b(?! (?:being|is|was|has been|have been) (?:delivered|received)| (?:ship|dispatch|deliver)))|placing|buying|bought|checkout|sale\b)", tail):
        return "PURCHASE"
    if _any(lead + r"(?:(?:parcel|order|item|product|package|merchandise|goods)s?\s+)?(?:deliver|receiv(?!\w*\s+(?:and \w+\s+)?(?:your |the |an? |any |our )?(?:[\w-]+ )?(?:return\w*|rma|authori[sz]ation|authori[sz]ed|approval|instructions|label|confirmation|code)\b)|receipt(?! of (?:your |the |an? |any )?return)|arriv|the product is delivered|collected)", tail):
        return "DELIVERY"
    if _any(lead + r"(?:order\s+)?(?:ship|dispatch)", tail):
        return "SHIPMENT"
    return None


def _anchored(text: str, before: str, where: re.Match) -> bool:
    """Whether the words around a duration make it a limit ("within 30 days", "you have 30 days to return")."""
    # "You have 30 days to return it": a period the customer is given for the return itself
    given = _any(r"\b(?:you|customers?|buyers?) (?:have|get|are given)\s*(?:up to\s*)?$", before) \
        and _any(r"^\W*to (?:return|send|receive a (?:\w+ )?refund|request|exchange|ask for)", text[where.end() : where.end() + 30])
    # "no restocking fee for 7 days" is how long a fee waits, not how long returns are taken
    for_a_fee = _any(r"\bfor\s*$", before) and _any(r"restock|\bfees?\b|\bcharges?\b", text)
    return given or (_any(r"(?:within|during|up to|maximum of|first|for|no later than|not later than)\s*$", before) and not for_a_fee)


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
        if _any(r"\b(?:more than|over|beyond|longer than|exceeding)\s*$", before):
            continue  # "if it arrives more than 30 days after delivery": a case past some limit, not the limit
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


# --- returns ----------------------------------------------------------------------------------

# "exchange or store credit only within 7 days": a window for what the shop takes back
_CREDIT_WINDOW = r"(?:exchange|store credit)s? only within"
# "we will refund any unworn item within 365 days of the purchase date": a refund counted from the
# purchase is the return window (a refund's own time counts from the return's arrival)
_REFUND_FROM_PURCHASE = r"\brefund\b[^.;]{0,80}\bwithin \d+ days? (?:of|from) (?:the )?(?:(?:date|day) of (?:the |your )?)?(?:purchase|order)"  # "from the date of purchase" (airpura)
_RETURN_WORDS = r"accept (?:returns?|refunds?) within|(?:accept|take) (?:\w+ ){0,5}back\b|return|withdraw|retract|send (?:it|them|items?|(?:the|your) (?:items?|products?|goods|order)) back|money[- ]back|(?:can|may) be refunded within|"
_RETURN_WORDS += r"\b(?:be|are|is) (?:sent|shipped|posted|mailed) back\b(?! to (?:you|the customer|the buyer))|"  # "Goods must be sent back within 21 days"
_RETURN_WORDS += r"(?:eligible for|request|ask for) (?:a |an )?(?:full )?refund within|(?:you|customers?) (?:have|get) \d+ (?:\w+ )?days? to|" + _REFUND_FROM_PURCHASE + "|" + _CREDIT_WINDOW
# (w1) "All exchanges or refunds are limited to 30 days from day of purchase" (customtowel): the ways of taking
# goods back, limited to a number of days
_RETURN_WORDS += r"|\b(?:returns?|refunds?|exchanges?)(?: (?:or|and|/|&) (?:returns?|refunds?|exchanges?))+ (?:are|is) limited to \d"

# (w1) Exchanges named beside returns or refunds as one of the ways of taking goods back in a window sentence:
# "exchanges or refunds are limited to", "return/exchange policy", "returns and exchanges within", "If you
# would like an exchange ..., you can return it within" (customtowel, jmleathersupply, shoptelescopes,
# billiardpooltableplus). The window is every return's; the sentence offers exchanges inside it.
_EXCHANGE_AMONG_RETURNS = (
    r"\bexchanges? (?:or|and|/|&) (?:refunds?|returns?)\b|\breturns?\s*(?:/|and|&|or)\s*exchanges?\b|"
    r"\bif you (?:would like|want|wish|need|prefer) an? exchange\b[^.;]{0,80}\byou (?:can|may) return\b"
)


_RETURNS_AND_EXCHANGES = r"return(?:s|ed)?\s*(?:/|and|or|&)\s*exchange[sd]?|exchange or return|refund or (?:an? )?exchange|exchange or (?:a )?refund|(?:returns?|send)\b[^.]{0,160}\bfor (?:a |an )?(?:full )?(?:refund|exchange|store credit)(?:, (?:a |an )?(?:full )?(?:refund|exchange|store credit))*,? or (?:an? )?(?:refund|exchange|store credit)"
# A duration about when the refund arrives, not about how long the customer has to send it back.
_REFUND_TIMING = r"receive (?:your |a |the )?(?:refund|credit)|refunds? (?:will|should|may|usually|typically|takes?)|to (?:receive|get) (?:your |a )?refund"


# A line led by what it is about ("Tents: must include all poles", "Apparel: unworn with tags") is a rule
# for those goods; a lead that names the rule itself ("Condition:", "Proof of Purchase:") is not.
_RULE_LEADS = (
    r"condition|eligib|packag|purchase|proof|time|window|period|refund|return|exchange|process|method|note|important|step|"
    r"ship|cost|fee|contact|approv|instruction|polic|reason|unused|unworn|original|tags?\b|receipt|damag|defect|fault|photo|"
    r"overview|summary|exclu|final|gift|how|what|when|where|why|who|q\b|a\b|please|item|product|order|goods|merchandise|all\b|"
    r"requir|document|claim|exception|warrant|deadline|faq|question|answer|tip|term|cancel|credit|exchange|insur|track|label|address|fraud|"
    r"includ|provid|send|attach|enclos|list|detail|contact|step|option"
)


def _led_by_goods(body: str) -> bool:
    """"Perishable Goods: ...", "Live Plants: ..." (not "All items:", "Time Frame:", "Condition:")."""
    lead = re.match(r"^([a-z][\w /&-]{2,30}):\s", body)
    if lead is None:
        return False
    generic = r"\b(?:all|your|our|the|any|most|other|full[- ]price[d]?|regular|standard|normal|new|unopened|unused|items?|products?|orders?|goods|merchandise)\b"
    named = re.sub(generic, " ", lead.group(1)).strip(" -/&")
    return bool(named) and not _any(r"\b(?:" + _RULE_LEADS + ")", named)


# "For bulk orders, exchanges are only ...", "On clearance items, ...": a sentence led by the orders or
# goods it is for (not "for all orders", nor "for damaged items", which is the fault it names).
_LED_BY_SCOPE = (
    r"^(?:for|on|with|in the case of) (?!(?:all|any|your|our|the|these|those|such|each|every|most|returned|eligible|approved|"
    r"accepted|unused|unworn|new|full[- ]price[d]?|regular)\b)((?:[\w-]+ ){1,2})(?:orders?|items?|products?|purchases?|goods|merchandise|shipments?|deliveries)\b"
)


# "For returns by mail, ...", "For orders shipped outside Canada, ...", "On purchases made in store, ...": a
# sentence led by returns or orders its qualifier singles out (a channel, a place, a way of sending)
_LED_BY_QUALIFIED = (
    r"^\W*(?:for|on|with) (?:all |any )?(?:returns?|exchanges?|orders?|items?|purchases?|products?|shipments?) (?:(?:made|placed|sent|shipped|returned|purchased|bought|delivered) )?"
    r"(?:(?:by|via|through|from|to) (?!(?:us|our (?:website|online (?:store|shop)|store|site|shop|web ?shop))\b)|(?:in|at|outside) (?!our (?:website|online (?:store|shop)|site|web ?shop)\b))(?!\d)"
)


def _led_by_scope(body: str) -> bool:
    if _any(_LED_BY_QUALIFIED, body):
        return True
    lead = re.match(_LED_BY_SCOPE, body)
    return lead is not None and not _any(_FAULT + r"|wrong|incorrect|broken", lead.group(1))


# The words a rule's subject may have and still be about every item: "All returned items must",
# "The product and its tags must", "Return requests must". Any other noun ("All car seats must",
# "Returned bows incur", "Stringed instruments priced at ... must") names the goods it is for.
_GENERIC_SUBJECT = frozenset(
    "a an the all any your our each every its their this these those that it they them you we customer customers buyer buyers "
    "item items product products merchandise goods purchase purchases order orders return returns returned returning everything "
    "tag tags label labels packaging package packages box boxes accessory accessories manual manuals part parts component components "
    "content contents seal seals hardware material materials original new unused eligible exchange exchanges exchanged refund refunds "
    "request requests shipment shipments parcel parcels and or of with in to be being must also please note important standard "
    "regular full-price full-priced physical online domestic piece pieces unit units article articles for purchased bought ordered "
    "received delivered sent shipped client clients purchaser purchasers shopper shoppers consumer consumers person stock "
    "damaged damages defective faulty broken incorrect wrong missing claim claims report reports withdrawal notice notification "
    "form forms email photo photos photograph photographs proof receipt receipts invoice are is that which who "
    "non-defective non-faulty non-fault non-damaged fee fees restocking charge charges cost costs shipping postage handling "
    "store shop company business website site team arrival arrive arrives arrived transit on upon doa".split()  # "All non-defective returns": every return the shop is not at fault for
)
_RULE_VERB = r"\b(?:must|should|need to|needs to|have to|has to|(?:are|is) required to|incurs?|(?:are|is|will be) subject to|carry|carries|(?:are|is|will be) charged)\b"


def _goods_subject(body: str) -> bool:
    verb = re.search(_RULE_VERB, body)
    if verb is None:
        return False
    subject = re.sub(r"^[\w ]{2,25}:\s+", "", body[: verb.start()].strip())  # "Please note: All car seats must"
    subject = _without_opening_adverb(subject)  # "Additionally, all items must": no goods named
    subject = re.sub(r"\([^)]*\)", " ", subject).strip()  # "Item(s)", "All goods (including all parts)"
    if re.match(r"(?:the|your)\b|(?:customers?|buyers?|clients?|purchasers?|shoppers?|consumers?|you|we)\b", subject):
        return False  # "The sunglasses must be ...": the goods the customer bought, whatever they are
    words = re.findall(r"[a-z][a-z'-]*", subject)
    if not words or len(words) > 8 or re.search(r"[,;]|\bif\b|\bwhen\b|\bto\b|\b(?:may|might|will|would|can|could|shall)\b", subject):
        return False  # "Any shipping cost you may incur": a clause of its own, no goods
    if {"tag", "tags", "label", "labels", "packaging", "seal", "seals"} & set(words):
        return False  # "All tags and protective coverings must be intact": the parts of every item
    return any(word not in _GENERIC_SUBJECT for word in words)


def _goods_intro(intro: str) -> bool:
    """A list under "Houseplants and other Plants:" is for those goods (not under "We will offer:")."""
    lead = _plain(intro).lower().strip()
    if not lead.endswith(":") or len(lead.split()) > 5 or _any(r"\b(?:we|you|i|our|your|will|can|may|must|are|is|be|have|has|please|if|to|following|below)\b", lead):
        return False
    return _led_by_goods(lead + " -")


# A heading that names a kind of returns ("Core Return Policy", "International Returns", "Fault-Related
# Return") puts the money terms below it on those returns only; a kind that is every return the shop
# is not at fault for ("Non-Fault Return", "Change of Mind Returns") or a plain lead ("Our", "Online",
# "30-Day", "How to") does not.
_KIND_HEADING = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:the |our |your )?([a-z][\w'/-]*(?: [a-z][\w'/-]*){0,2}) (?:returns?|refunds?|exchanges?)\b"
    r"(?: (?:policy|policies|process|terms|conditions))?\W*$")
_ANY_RETURN = (
    r"non-?(?:fault|faulty|defective|damaged)(?:[- ]related)?|change[- ]of[- ]mind|standard|general|regular|normal|online|easy|free|"
    r"simple|hassle[- ]free|full|our|your|product|item|merchandise|order|customer|satisfaction|money[- ]back|how to|how do i|"
    r"\d+[- ]days?|initiate|start|request|make|about|eligible|items? for|and|&|returns?|refunds?|exchanges?"
)


def _kind_heading(clause: Clause) -> bool:
    """Whether the heading over `clause` names one kind of returns (see `_KIND_HEADING`)."""
    kind = _KIND_HEADING.match(_plain(clause.heading).lower())
    return kind is not None and not re.fullmatch(rf"(?:{_ANY_RETURN})(?:\s+(?:{_ANY_RETURN}))*", kind.group(1))


def _scoped(clause: Clause, text: str) -> bool:
    """A rule for some goods or orders only: by the words of the sentence, its list's introduction
    or heading, or the lead of the line it stands on ("Live Plants: ... If your plant arrives ...")."""
    return (
        _any(_SCOPED, text) or _any(_SCOPED, f"{clause.intro} {clause.heading}".lower()) or _led_by_goods(clause.body)
        or _led_by_goods(clause.line) or _led_by_scope(clause.body) or _goods_subject(clause.body)
        or _goods_intro(clause.intro) or _any(_AMOUNT_SUBJECT + "|" + _PLACE_SUBJECT + "|" + _QUALIFIED_SUBJECT + "|" + _MEMBER_SUBJECT, _without_opening_adverb(clause.body))
        or _any(_QUANTITY_SCOPE, text)
    )


# The consumer's legal right to withdraw from a distance sale ("the right to cancel this contract
# within 14 days", "14 calendar days under law to cancel your order"): the goods go back, so it is a
# return window, never the shop's order-cancellation window.
_WITHDRAWAL = (
    r"right (?:of|to) (?:cancel|withdraw|revo)\w*|withdraw\w* from (?:this|the|a|your) (?:contract|agreement|purchase)|"
    r"(?:cancel|revoke) (?:this|the) (?:contract|agreement)|(?:cancellation|withdrawal|revocation) (?:period|deadline)|\brevo(?:ke|cation)\b|"
    r"cooling[- ]off|(?:under|by) (?:the )?law to (?:cancel|withdraw)|statutory right to (?:cancel|withdraw)|legal right to (?:cancel|withdraw)"
)
# What follows the right's exercise: the refund, the goods sent back, each counted from the notice.
_AFTER_WITHDRAWAL = r"repay|reimburs|refund|return the goods|send (?:back )?the goods|hand (?:them|the goods) over|notif|inform(?:ed)? us"


def _withdrawal_window(text: str) -> Iterator[Fact]:
    """The withdrawal period as the return window; a deadline counted from the customer's notice,
    or a period counted from the contract, has no setting and goes to the merchant."""
    found = [(low, where) for low, high, where in durations(text) if low.hours is None and high is None]
    if not found:
        return
    if _any(_AFTER_WITHDRAWAL, text):
        yield _unheld("a deadline counted from the notice of withdrawal: no setting holds it")
        return
    low, where = found[0]
    after = text[where.end() :]
    if _any(r"^\W*(?:from|of|after) the (?:day|date) (?:on which |when )?(?:the )?contract|conclusion of the contract", after):
        yield _unheld("a withdrawal period counted from the contract: no setting holds it")
        return
    window = {"days": low.days}
    if low.business is not None:
        window["unit"] = _day_unit(low)
    starts = "DELIVERY" if _any(r"possession|receiv\w* the goods|deliver", after) else _window_start(text, where.end())
    if starts:
        window["starts"] = starts
    yield from _window_facts("returns.window", window)


# "you have a legal 14-day cooling-off period ... we extend this to 30 days": the shop's own window
_EXTENDED = r"\bextend\w* (?:this|it|that|the (?:\w+ )?(?:period|window|policy)) to (\d{1,4}) days"


def return_window(clause: Clause, text: str) -> Iterator[Fact]:
    text = re.sub(r"\b(\d{1,4}) natural (days?)\b", r"\1 \2", text)  # (w1) "within 14 natural days" (shoptelescopes): days as the calendar counts them
    yield from _named_window_unit(text)
    extended = re.search(_EXTENDED, text)
    if extended and _any(_WITHDRAWAL + "|return", clause.paragraph_text):
        yield Fact("returns.window.days", int(extended.group(1)))
        return
    if _any(_WITHDRAWAL, text):
        if _any(_EXTENDED, clause.paragraph_text):
            yield _unheld("the legal period, which the shop extends in another sentence")
            return
        yield from _withdrawal_window(text)
        return
    if not _any(_RETURN_WORDS, text):
        yield from _window_lead(clause, text)
        yield from _window_in_a_returns_paragraph(clause, text)
        return
    text = _own_part(text)
    exchange = _any(r"exchange", _without_names(clause, text)) and not _any(_RETURNS_AND_EXCHANGES + "|" + _CREDIT_WINDOW + "|" + _KINDS_SERIES + "|" + _EXCHANGE_AMONG_RETURNS, text)
    refund_from_purchase = _any(_REFUND_FROM_PURCHASE, text) and not _any(r"\breturn", text)
    gate = re.sub(_UNWANTED_OR_FAULTY, "items", text)
    if not refund_from_purchase and (exchange or _any(_FAULT + "|" + _CANCEL + r"|refunds? (?:are|is|will be) (?:processed|issued)|process (?:your |the )?refund|ship the item|(?:shipped|ships|dispatched) within|\btakes? (?:up to |about |around |approximately )?\d|respon[sd]|reply|answer|"
                                                     r"\bwe (?:will |aim to |try to )?(?:inspect|review|check|examine|assess|test)\b|(?:are|is|will be) (?:inspected|reviewed|checked|examined|assessed)\b|" + _REFUND_TIMING
                                                     + r"|once (?:your |the )?return (?:is|has been) received|(?:after|once|when) we (?:receive|get) (?:your |the )?return|to process\b|"
                                                     r"returns? (?:are|is|will be) processed|once (?:we|our [\w ]{1,30}) receives?\b", gate)):
        return
    window = _with_start_in_other_words(_stated_window(text) or _range_deadline(text), text)
    declined = _window_declined(clause, text, window) if window else None
    if declined:
        yield _unheld(declined)
        return
    if window:
        yield from _window_facts("returns.window", window)
        yield from _exchange_in_window(text)
    if _any(_MOST_WITH_STATES, text) or _any(r"for most (?:items|products)|^most (?:items|products)\b|(?:return|send back) most (?:items|products)|^\W*with (?:a few|few|some|limited|certain|minor) exceptions\b|"
            r"^\W*most (?:of )?(?:our|the) (?:items|products|goods|merchandise)\b", text) or _any(r"^(?:- )?most (?:items|products) (?:can|may|are)", clause.body):
        yield Fact("returns.most_items_only", True)


# (w1) "Most unworn, unwashed items in original packaging can be returned" (horsetackhub), "You may return most new,
# unopened items within 30 days" (uberchicbeauty): "most" before the state words the items must be in
_ITEM_STATE = r"(?:new|unused|unworn|unwashed|unopened|undamaged|sealed|unaltered|full[- ]priced?|regular[- ]priced?|non-sale)"
_MOST_WITH_STATES = rf"(?:^\W*|\b(?:return|send back|exchange) )most {_ITEM_STATE}(?:,? (?:and |or )?{_ITEM_STATE}){{0,3}} (?:items|products|merchandise|goods)\b"


# (w1) "Unused or faulty items can be returned within 30 days of delivery" (paiutetrails), "unwanted or faulty goods":
# the subject is every item, wanted back or faulty, so the window is every return's, not a fault's only
_UNWANTED_OR_FAULTY = (r"\b(?:unused|unwanted|unworn|unopened)\s*(?:,|or|and|and/or|/)\s*(?:faulty|defective|damaged)\s+(?:items?|products?|goods|merchandise)\b|"
                       r"\b(?:faulty|defective|damaged)\s*(?:,|or|and|and/or|/)\s*(?:unused|unwanted|unworn|unopened)\s+(?:items?|products?|goods|merchandise)\b")


def _exchange_in_window(text: str) -> Iterator[Fact]:
    """(w1) "We offer a 14 day return/exchange policy", "returns and exchanges within 14 days": exchanges
    offered in the window sentence, beside returns (implied, so a sentence about exchanges says more)."""
    # offered ("we offer", "support", "you can"), not a limit every return and exchange must keep ("All
    # returns/exchanges must be made within 30 days" states the window only)
    offered = _any(r"\b(?:offer|support|allow|accept|welcome)s?\b|\b(?:can|may)\b|(?:returns?|exchanges?) (?:policy|period|window)\b", text)
    if offered and _any(_EXCHANGE_AMONG_RETURNS, text) and not _any(_NEGATED + "|" + _FAULT + r"|\bonly\b|\bmust\b", text):
        yield Fact("resolutions.exchange", "ALWAYS", weak=True)


def _own_part(text: str) -> str:
    """"Items must be returned within 30 days; refunds are processed within 10 days": two clocks, one to each
    part. The return's part is the one that names the return and a duration; the other part's words
    (the refund's) do not stop it being read."""
    if ";" not in text:
        return text
    parts = [part for part in re.split(r";\s*", text) if durations(part)]
    if len(parts) < 2:
        return text
    own = [part for part in parts if _any(_RETURN_WORDS, part)]
    return own[0] if len(own) == 1 else text


def _window_declined(clause: Clause, text: str, window: dict) -> str | None:
    """Why a window a sentence states is no return window the settings hold, if it is not."""
    if _any(r"^\W*(?:[\w-]+ )?(?:charges?|deposits?|fees?) (?:are|is|will be) (?:refunded|credited|returned)\b", text):
        return "a charge refunded on a deadline: no setting holds it"  # "Core charges are refunded when the old part is returned within 30 days"
    if _goods_have_window(text) or _scoped_window(clause, text):
        return "a window for some items or orders only: no setting holds it"  # "Electronics have a 14-day return window"
    if "starts" not in window and _other_event(text):
        return "a window counted from an event no setting knows: no setting holds it"  # "within 14 days of the invoice date"
    return _not_the_window(text, window)


def _not_the_window(text: str, window: dict) -> str | None:
    """A duration in a sentence about returns that is no limit on them: how long a label or code stays
    valid ("Return labels are valid for 30 days"), or a band of days past some limit ("Returns made
    between 31 and 60 days after delivery receive store credit")."""
    if _any(r"\b(?:labels?|codes?|numbers?|rmas?|authori[sz]ations?|links?)\b[^.;]{0,20}\b(?:(?:are|is|remains?|stays?) (?:valid|active|good)|expires?)\b", text):
        return "how long a label or number stays valid: no setting holds it"
    band = re.search(r"\bbetween \d+ (?:and|to|-) (\d+) (?:\w+ )?days?\b|\b\d+\s*-\s*(\d+) days (?:after|from|of)\b", text)
    if band and int(band.group(1) or band.group(2)) == window["days"]:
        return "a band of days past some limit: no setting holds it"  # not "within 30 days for a refund, between 31 and 60 for credit"
    return None


# "For returns, refunds, and exchanges, contact us within ...": a series of the ways of taking goods
# back names exchanges as one of them, as "returns and exchanges" does
_KINDS_SERIES = (r"\breturns?(?:\s*,\s*(?:refunds?|exchanges?|store credit))+\s*,?\s*(?:and|or|&)\s*(?:refunds?|exchanges?|store credit)\b|"
                 r"\bexchanged (?:or|and|/) (?:returned|refunded)\b")  # "Items may be exchanged or returned within 30 days"
# "Return authorizations must be requested within 30 days", "RMA requests must be made within 14 days":
# the subject is the customer's request for a return, which every return makes, not some goods
_REQUEST_NOUN = (r"\b(?:return (?:merchandise |material |goods )?authori[sz]ations?|rmas?|return requests?|requests? for (?:a )?return)"
                 r"(?: (?:numbers?|requests?))?\b")


def _scoped_window(clause: Clause, text: str) -> bool:
    """`_scoped`, with a request for a return as the subject read as every return's."""
    if not _any(_REQUEST_NOUN, clause.body):
        return _scoped(clause, text)
    plain = re.sub(_REQUEST_NOUN, "requests", clause.text, flags=re.IGNORECASE)
    return _scoped(replace(clause, text=plain), re.sub(_REQUEST_NOUN, "requests", text))


# More of the words a return window is counted from, past those `_window_start` reads: "from the day you took
# delivery", "of getting your order", "from when you got them", "of it arriving", "upon receipt", "of the
# transaction date"
_DELIVERED_IN_OTHER_WORDS = (
    r"^\W*(?:of|from|after|since|upon|on)\s+(?:the (?:day|date|time) )?(?:(?:when|that) )?(?:you |they )?"
    r"(?:took delivery|taking delivery|getting (?:your |the )?(?:order|items?|parcel|package|goods|purchase)|(?:you )?got (?:it|them|your order|the items?)\b|"
    r"(?:it|they|the (?:items?|order|parcel|package|goods)|your (?:order|items?|parcel|package)) (?:arriv\w*|reach\w* you|(?:is|was|are|were) received)|receipt\b)"
)
# "of the invoice date", "from your invoice": the invoice is dated the day of the purchase (billiardpooltableplus)
_BOUGHT_IN_OTHER_WORDS = (r"^\W*(?:of|from|after)\s+(?:the |your )?(?:original )?(?:date of (?:the |your )?)?(?:transaction|invoice)\b|"
                          r"^\W*(?:of|from|after)\s+(?:the |your )?(?:original )?invoice date\b")


def _with_start_in_other_words(window: dict | None, text: str) -> dict | None:
    """`window` with what it counts from, when the words after its length say it in other words."""
    if window is None or "starts" in window:
        return window
    for low, high, where in durations(text):
        if low.days != window["days"] or high is not None:
            continue
        after = text[where.end() : where.end() + 60]
        if _any(_DELIVERED_IN_OTHER_WORDS, after):
            return {**window, "starts": "DELIVERY"}
        if _any(_BOUGHT_IN_OTHER_WORDS, after):
            return {**window, "starts": "PURCHASE"}
    return window


def _range_deadline(text: str) -> dict | None:
    """"Please contact us within 24-48 hours of receipt": a deadline given as a range of hours runs to
    its longer end (the shorter is what the shop would like), counted from the event it names."""
    for _low, high, where in durations(text):
        if high is None or high.hours is None or high.hours % 24 or not _any(r"\bwithin\s*$", text[max(0, where.start() - 20) : where.start()]):
            continue
        starts = _window_start(text, where.end())
        if starts:
            return {"days": high.days, "starts": starts}
    return None


def _without_names(clause: Clause, text: str) -> str:
    """`text` without the names the clause writes in capitals mid-sentence ("The Jewelry Exchange will
    refund ..."): a shop called an exchange offers no exchange by its name."""
    for name in re.findall(r"(?<=\w )(?:[A-Z][\w'&-]*\s+)+Exchange\b", clause.text):
        text = text.replace(name.lower(), " ")
    return text


def _window_lead(clause: Clause, text: str) -> Iterator[Fact]:
    """"Within 31 days of the purchase date:" alone on its line, under a heading about returns: the window the
    rules below it are given in (a lead that is nothing but a window and a colon)."""
    if not _any(r"^\W*within \d+ (?:\w+ )?days? (?:of|from|after)\b[^.;:]{0,40}:\s*$", clause.body) \
            or not _any(r"\breturns?\b|\brefunds?\b", clause.heading.lower()) or _scoped(clause, text):
        return
    window = _window(clause.body, allow_unanchored=False)
    if window and "starts" in window:
        yield from _window_facts("returns.window", window)


def _window_in_a_returns_paragraph(clause: Clause, text: str) -> Iterator[Fact]:
    """"Regular items: within 15 days of delivery. They must be returned unused." The paragraph is
    about returns; a window anchored to an event in it is the return window."""
    yield from _lasting_policy(text)
    window = _window(text, allow_unanchored=False) if _any(_RETURN_WORDS, clause.paragraph_text) else None
    if window and _any(r"\bexchang", text):
        yield _unheld("a window for exchanges: no setting holds it")  # "Exchanges will be processed if post marked within 30 days"
        return
    if window and _any(r"reach us|(?:be )?received by us|arrive (?:back )?(?:at|with|to) us", text):
        yield _unheld("a deadline for the parcel to arrive: no setting holds it")
        return
    if window and "starts" in window and not _any(_FAULT + "|" + _CANCEL + r"|ship|dispatch|refund|\bdeliver (?:goods|orders?|your|the|it|within)|we aim|report|notif|let us know|inform us", text):
        if _scoped(clause, text) and not _any_return_lead(clause, text):
            yield _unheld("a window for some items or orders only: no setting holds it")
        else:
            yield from _window_facts("returns.window", window)


# (w1) "Change of mind: 30 days from delivery.", "Return window: 30 days from delivery": a line led by a label
# that names every return the shop is not at fault for, then the window (thefilamentdealer)
_ANY_RETURN_LEAD = r"^\W*(?:change[- ]of[- ]mind|(?:standard |regular |general )?returns?|return (?:window|period|time ?frame|deadline)|time ?frame)(?: returns?)?:\s"


def _any_return_lead(clause: Clause, text: str) -> bool:
    return _any(_ANY_RETURN_LEAD, clause.body) and not _any(_SCOPED, text)


def _named_goods(text: str, verb: str) -> bool:
    """Whether the sentence opens on goods it names (not "items", "orders") before `verb`."""
    subject = re.match(r"^\W*(?:all |our |any )?([a-z][\w /&-]{1,40}?) (?:" + verb + ")", text)
    return subject is not None and any(word not in _GENERIC_SUBJECT for word in re.findall(r"[a-z][a-z'-]*", subject.group(1)))


def _goods_have_window(text: str) -> bool:
    """"Electronics have a 14-day return window", "Books can be returned within 14 days", "Apparel may be
    returned within 60 days, all other items within 30": goods named as what has the window ("Everything
    except gift cards can be returned" and "Most items can be returned" name every item)."""
    # a bare goods noun of one to three words ("Books", "Custom rugs"), with no "items" or state word that
    # would make it every item ("Unopened items", "Items that meet the criteria")
    bare = re.match(r"^\W*(?:our |all |any )?([a-z][a-z-]*(?: [a-z][a-z-]*){0,2}) (?:can|may|must|should|will|are to)(?: only)? be (?:returned|exchanged|refunded|sent back)\b", text)
    named = bare is not None and not (set(bare.group(1).split()) & _GENERIC_SUBJECT) \
        and not _any(r"^(?:un\w+|opened|sealed|new|most|everything|anything|something|nothing|it|they|this|that)\b", bare.group(1))
    return named or _named_goods(text, r"(?:have|has|get|gets|come with|comes with) (?:a |an )?(?:\d+|extended)") \
        or _any(r"\b(?:all |any )?other (?:items|products|goods|orders)\s+(?:within|in|have)\b", text)


def _other_event(text: str) -> bool:
    """"within 14 days of the invoice date": a duration counted from an event that is not delivery,
    purchase or shipment (those `_window_start` reads)."""
    return any(low.hours is None and high is None and _window_start(text, where.end()) is None
               and _any(r"^\W*(?:of|from|after|following|since) (?:the |your |our )?\w", text[where.end() : where.end() + 30])
               for low, high, where in durations(text))


def _stated_window(text: str) -> dict | None:
    """The window a sentence about returns states: "within 30 days of delivery", "our 30-day return
    policy", "no returns accepted after 30 days"."""
    window = _window(text, allow_unanchored=False)
    named = re.search(r"\b(\d{1,4})[- ]day (?:(?:easy|free|hassle[- ]free|no[- ]questions?[- ]asked|full) )?(?:return|money[- ]back|satisfaction|refund)|"
                      r"\b(?:return|refund|exchange) (?:policy|window|period) (?:is|lasts) (?:for )?(\d{1,4}) days?\s*[.!]?$", text)  # "Our return policy is 30 days."
    after = re.search(r"no returns? (?:will be |are |is )?(?:accepted|allowed|possible|taken) (?:after|beyond) (\d{1,4}) days|"
                      r"^\W*returns? (?:are|is|will) not (?:be )?(?:accepted|allowed|possible|taken) (?:after|beyond|past) (\d{1,4}) days|"
                      r"^\W*(?:all |any )?(?:items?|products?|goods|merchandise|returns?|orders?|return requests?) (?:returned|sent back|received|made|submitted) (?:after|beyond|past|more than) (\d{1,4}) days\b"
                      r"[^.;]{0,40}\b(?:will not|won't|cannot|can't|are not|is not|not) (?:be )?(?:accepted|refunded|eligible|processed|honou?red|considered|approved)|"
                      r"\b(?:we )?" + _REFUSE_VERB + r" (?:accept|take) (?:any )?returns? (?:after|beyond|past) (\d{1,4}) days", text)
    if window is None and not (named or after):
        return _window_in_other_shapes(text)
    if window is None and (named or after):
        found = named or after
        index = next(n for n in range(1, len(found.groups()) + 1) if found.group(n))
        window = {"days": int(found.group(index))}
        starts = _window_start(text, found.end(index) + len(" days")) if after else None
        if starts:
            window["starts"] = starts  # "Items returned more than 30 days after delivery will not be accepted"
        elif named and named.group(1):
            window.update(_named_window_start(text, named.end()))
    return window


def _named_window_unit(text: str) -> Iterator[Fact]:
    """(w1) "if within the 14 calendar day return window" (oliveoil4life): a window named with its unit of days
    says the unit wherever it is named (a fee or an exchange sentence too)."""
    named = re.search(r"\b(\d{1,4})[- ](calendar|business|working)[- ]days? (?:return|refund) (?:window|period)\b", text)
    if named:
        yield Fact("returns.window.days", int(named.group(1)))
        yield Fact("returns.window.unit", "CALENDAR" if named.group(2) == "calendar" else "BUSINESS")


def _named_window_start(text: str, end: int) -> dict:
    """(w1) "a 15-day return and exchange period from the date you receive your items" (curtaindecorpro):
    what a named window counts from, in the words after its noun."""
    noun = re.match(r"(?:\s*(?:and|&|/|or)\s*exchange)?\s*(?:policy|period|window|guarantee)\b", text[end:])
    starts = _window_start(text, end + noun.end()) if noun else None
    return {"starts": starts} if starts else {}


def _window_in_other_shapes(text: str) -> dict | None:
    """(w1) Windows said without "within": "products you purchased within the last 30 days" (hottubstore),
    "returns are valid until 14 days after the products arrive" (shoptelescopes)."""
    # "it has not been over 30 days since the original ship date" (electricrider): the negation makes the
    # past-the-limit case ("over 30 days", which `_window` skips) the limit itself
    negated = re.search(r"\b(?:not|n't) (?:yet )?(?:been |be )?(?:over|more than|longer than|beyond) (\d{1,4}) days\b", text)
    starts = _window_start(text, negated.end()) if negated else None
    if starts:
        return {"days": int(negated.group(1)), "starts": starts}
    bought = re.search(r"\b(?:purchased|bought|ordered) (?:from us )?(?:with)?in the (?:last|past) (\d{1,4}) days\b", text)
    if bought:
        return {"days": int(bought.group(1)), "starts": "PURCHASE"}
    until = re.search(r"\b(?:valid|accepted|possible|allowed|open) (?:up )?until (\d{1,4}) days?\b", text)
    starts = _window_start(text, until.end()) if until else None
    if until and starts is None and _any(r"^\W*(?:after|from|of) (?:the |your )?(?:[\w-]+ ){0,3}?(?:arriv\w*|(?:is|are|was|were|has been|have been) (?:delivered|received))\b", text[until.end() :]):
        starts = "DELIVERY"  # "after the Binoculars products arrives"
    return {"days": int(until.group(1)), "starts": starts} if starts else None


def _lasting_policy(text: str) -> Iterator[Fact]:
    """"Our policy lasts 30 days. If 30 days have gone by since your purchase, ..." (a common
    template's words for the return window)."""
    if _any(_FAULT, text):
        return  # "If you have a damaged item and 30 days have passed since your purchase": a fault's window
    lasts = re.search(r"\bpolicy lasts (\d{1,4}) days", text)
    if lasts:
        yield Fact("returns.window.days", int(lasts.group(1)))
    gone = re.search(r"\b(\d{1,4}) days have (?:gone by|passed|elapsed) since", text)
    if gone:
        yield Fact("returns.window.days", int(gone.group(1)))
        starts = _window_start(text, gone.end() - len("since"))
        if starts:
            yield Fact("returns.window.starts", starts)


def transit_buffer(clause: Clause, text: str) -> Iterator[Fact]:
    """When no delivery date is known, the window counts from shipment plus this many days."""
    buffer = re.search(r"no delivery date.*(?:shipping|shipment|dispatch) date plus (\d{1,3}) days", text)
    if buffer:
        yield Fact("returns.window.transit_buffer_days", int(buffer.group(1)))


# "No returns or exchanges.", "Sorry, we cannot accept returns.", "We do not offer refunds or exchanges.",
# "All sales final.": a whole sentence that refuses every way of taking goods back, naming no goods, case
# or time (a refusal of refunds alone leaves exchanges and credit open, and says nothing of returns)
_CLOSED_LEAD = r"^\W*(?:(?:sorry|unfortunately|please note|note)\W+)?"
_CLOSED_KINDS = r"((?:returns?|refunds?|exchanges?)(?:\s*(?:,|or|and|/|&|nor)\s*(?:returns?|refunds?|exchanges?))*)"
_CLOSED_REFUSAL = (r"(?:we|i) (?:do not|don't|cannot|can't|can not|are (?:unable|not able) to|will not|won't) (?:accept|offer|take|give|issue|provide) (?:any )?"
                   + _CLOSED_KINDS + r"|no " + _CLOSED_KINDS + r"(?: (?:are|is|will be) (?:accepted|allowed|given|offered|issued))?")


_CLOSED_TAIL = r"(?: of any kind| at (?:this|the present) time| at (?:this|the) moment| at all)?\s*[.!]?$"


def _closed_outright(clause: Clause) -> bool:
    if clause.heading and not _any(r"return|refund|exchange|polic|terms|conditions|faq|general|important|notice", clause.heading.lower()):
        return False
    if clause.intro or clause.listed or categories_in(clause.paragraph_text) or _any(_SCOPED, clause.paragraph_text):
        return False  # an item of a list, or a paragraph naming goods ("Custom orders are made for you. No returns or exchanges.")
    if _any(_CLOSED_LEAD + r"(?:all sales (?:are )?final|all (?:items|products|purchases|merchandise) are (?:sold as )?(?:final(?: sale)?|non-?returnable)|"
            r"every (?:sale|purchase) is final)\s*[.!]?$", clause.body):
        return True
    refusal = re.match(_CLOSED_LEAD + r"(?:" + _CLOSED_REFUSAL + r")" + _CLOSED_TAIL, clause.body) \
        or re.match(_CLOSED_LEAD + _CLOSED_KINDS + r" (?:are|is) not (?:accepted|offered|possible|available)" + _CLOSED_TAIL, clause.body)
    if refusal is None:
        return False
    kinds = set(re.findall(r"return|refund|exchange", " ".join(group for group in refusal.groups() if group)))
    return "return" in kinds or {"refund", "exchange"} <= kinds


# (w1) "Because our soaps are handcrafted ..., we do not accept returns or offer refunds once a purchase has been
# made" (soapbeautiful): a refusal of every return, given with its reason (a purchase is what every return follows)
_CLOSED_FOR_A_REASON = (
    r"^(?:due to|because(?: of)?|given|since|as) [^,]{3,100}, we (?:do not|don't|cannot|can't|are unable to) (?:accept|offer|take) (?:any )?returns?"
    r"(?: (?:or|and|/) (?:(?:offer|give|issue|provide) )?(?:any )?(?:refunds?|exchanges?))?(?: once (?:a|the|your) (?:purchase|order) (?:has been|is) (?:made|placed))?\s*[.!]?$"
)


def _closed_for_some(clause: Clause) -> bool:
    """(w1) "All sales are final, and no returns of food items will be accepted" (saltysavorysweet): the refusal
    names its goods; an item of a list under "Exceptions / Non-returnable goods" is about the goods listed."""
    return _any(r"\bno returns? (?:of|on|for) (?!any\b|all\b|items?\b|products?\b|orders?\b)\w", clause.body) \
        or (clause.listed and _any(_EXCLUDED_HEADING + r"|exception", _plain(clause.heading).lower()))


def returns_closed(clause: Clause, text: str) -> Iterator[Fact]:
    closed = _closed_outright(clause)
    if not closed and not _any(r"all (?:sales|purchases) are final|(?:do not|don't) (?:accept|offer) (?:any )?returns|no returns (?:or|and) no", clause.body):
        return
    if categories_in(clause.body):
        return  # "Sale and clearance items: all sales are final" closes those items only
    if _scoped(clause, text):
        if _any(r"all (?:sales|purchases) are final|(?:do not|don't) (?:accept|offer) (?:any )?returns", clause.body):
            yield _unheld("no returns for some goods only: no setting holds that")
        return
    if clause.heading and not _any(r"return|refund|exchange|polic|terms|conditions|final|faq|\bsales?\b|general|important|notice|shipping", clause.heading.lower()):
        yield _unheld("no returns under a heading naming some goods or orders: no setting holds that")  # "Wholesale: All sales are final"
        return
    if _any(r"^(?:policy: )?(?:(?:due to|because(?: of)?|given|since|as) [^,]{3,60}, )?all (?:sales|purchases) are final|"
            r"we (?:do not|don't) (?:accept|offer) (?:any )?returns?(?: (?:or|and|/) exchanges?)?\s*[.!]?$|no returns (?:or|and) no (?:exchanges|refunds)", clause.body) or closed \
            or _any(_CLOSED_FOR_A_REASON, clause.body):
        if _closed_for_some(clause):
            yield _unheld("no returns for the goods of a list or a phrase: no setting holds that")
        elif _any(r"\bunless\b|\bexcept\b", text):
            yield _unheld("returns only in the cases it names: no setting holds that")
        elif _any(r"\bfinal\b\W+(?:once|after|if|when|upon|for|on)\b", text):
            yield _unheld("sales final from some event or for some orders: no setting holds that")
        else:
            yield Fact("returns.enabled", False)


# A heading over the steps of a return ("How to Return an Item", "Step-by-Step Return & Exchange Process",
# "Returning Your Order"): a sentence under it that asks the customer to write, call or visit is how to ask
_PROCESS_HEADING = (r"(?:start|begin|initiat|request)\w* (?:a |your |the )?return|how (?:to|do i|can i) (?:make a |start a |request a |process a )?return|"
                    r"\bmaking a return\b|\breturn instructions\b|"
                    r"\breturns?(?: ?(?:&|and|/) ?exchanges?)? (?:request )?(?:process|procedure|steps)\b|\breturning (?:an? |your )?(?:items?|products?|orders?|goods|purchases?)\b")
_ASKS_TO_WRITE = (r"\b(?:e-?mail|contact|call|message|write to|reach out to) (?:us|our|me)\b|\be-?mail us\b|"
                  r"\be-?mail (?:[\w.+-]+@[\w-]+\.[a-z]|\[email protected\])")  # w2: "Email [email protected] with photos"


_PAPER_FORM = r"\bform (?:that (?:was|is|came) )?(?:included|enclosed|provided|supplied|packed) (?:in|with)\b|\b(?:included|enclosed) (?:returns? )?form\b"


# w2: "If you are unsure whether your item qualifies, feel free to contact us": help offered, not how to ask
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
        yield Fact("returns.request_via", "WEBSITE")  # w2: "message us via the website chat", "use our live chat"
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


# "It is not necessary to include a receipt", "No need to contact us first", "You do not need an RMA": a
# requirement negated; the words that ask for it are there, the rule is the opposite
_NOT_REQUIRED = (r"\b(?:not (?:necessary|required|needed|mandatory|compulsory)|no need\b|unnecessary|"
                 r"(?:do not|don't|does not|doesn't|won't|will not|never) (?:\w+ )?(?:need|require|have to|ask)|without (?:needing|having) to)")


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


# w2: the shop's authorisation in more words ("RAN", "ID number", bare "approval") and more sentence shapes
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


# "without signs of wear", "showing no signs of use": the state the item must still be in, said by what it lacks
_NO_SIGNS = r"(?:\bno|without|free (?:of|from)|not show\w*) (?:any )?(?:visible |obvious )?signs? of "
# w2: "must not have been used" (not "must not have been used during renovations", a use the shop names)
_NOT_HAVE_BEEN_USED = r"not (?:have|has) been used\b(?! (?:during|for|to|with|as|by|at|under|outside|outdoors|commercially|on|in)\b)"
# w2: "free from any damage, stains, or signs of wear", "without signs of wear/use": the signs named last in a
# list the negation opens, or after another kind of sign
_NO_SIGNS_LISTED = (r"(?:(?:\bno|without|free (?:of|from)) (?:any )?(?:[\w-]+, )*(?:[\w-]+,? (?:or|and) )signs? of |"
                    r"(?:\bno|without|free (?:of|from)|not show\w*) (?:any )?(?:visible |obvious )?signs? of (?:use|usage|wear)(?:/| or | and ))")
# The condition the item was in when the customer got it, in the ways shops say it: "as new", "in like-new
# condition", "in the condition that it was when it was purchased" (a plain "in new condition" is read as
# unused only: a seed shop's own settings read it so)
_AS_SOLD = (r"\b(?:perfect|pristine|immaculate) condition\b|\b(?:original|same) state\b|\bas (?:you|we) (?:received|sent|delivered) (?:it|them)\b|"
            r"\bas (?:it was|they were) (?:received|sent|delivered)\b|\b(?:like|as)[- ]new (?:condition|state)\b|\b(?:in|is|are|be|remains?|looks?) (?:like|as)[- ]new\b|"
            r"\bcondition (?:that |in which |as )?(?:when )?(?:it|they|you) (?:was |were |first )?(?:in )?(?:when )?(?:(?:it|they|you) (?:was |were |first )?)?"
            r"(?:received|delivered|purchased|sold|bought|shipped|got|arrived)\b")
# Everything the item came with: "with all of the original contents", "including all parts and pieces",
# "with everything that came in the box" (not "all parts must be ...", where parts are the goods)
_ALL_CONTENTS = (r"\b(?:with|including|include[sd]?|contain\w*) (?:all|every|any)? ?(?:of )?(?:the |its |their )?(?:original )?(?:contents|components|parts|pieces)\b|"
                 r"\boriginal (?:contents|components)\b|\beverything (?:that )?(?:came|comes|was (?:included|supplied|shipped))\b")
_CONDITIONS = (
    ("UNUSED", r"\bunused\b|not (?:been )?used\b|" + _NOT_HAVE_BEEN_USED + r"|new condition|\bused\b|" + _NO_SIGNS + r"(?:use|usage)\b|" + _NO_SIGNS_LISTED + r"(?:use|usage)\b"),
    ("NOT_WORN", r"\bworn\b|unworn|" + _NO_SIGNS + r"wear\b|" + _NO_SIGNS_LISTED + r"wear\b"),
    ("NOT_WASHED", r"\bwashed\b|unwashed"),
    ("NOT_IRONED", r"\bironed\b"),
    ("NOT_STAINED", r"\bstain"),
    ("NOT_ALTERED", r"\b(?:un)?alter(?:ed)?\b|(?<!be )\bprocessed\b|\bmodified\b"),
    ("ORIGINAL_CONDITION", r"original,? (?!packaging)(?:\w+,? )?condition|(?:original )?factory condition|mint condition|same condition|\b(?:sellable|saleable|salable)\b|"
     r"the condition (?:it was |they were |you )?received|\bre-?sal(?:e)?able\b|\bre-?sellable\b|"
     r"condition (?:you|they were) received|condition (?:they|it) (?:was|were) (?:sold|purchased|delivered|bought)|condition (?:other than )?(?:in )?which (?:we|you) (?:shipped|received)|"
     + _AS_SOLD),
    ("TAGS_ATTACHED", r"\btags?\b|(?<!shipping )(?<!return )(?<!returns )(?<!prepaid )(?<!pre-paid )(?<!postage )\blabels?\b(?! we provided)(?! (?:through|from|by) us)"),
    ("ORIGINAL_PACKAGING", r"packaging|original box|original (?:cartons?|containers?|wrapping|packing)\b|manufacturer'?s? (?:box(?:es)?|cartons?)\b"),
    ("ACCESSORIES_INCLUDED", r"accessor|" + _ALL_CONTENTS),
    ("MANUALS_INCLUDED", r"\bmanuals?\b|\buser guides?\b|\binstruction (?:booklets?|leaflets?|sheets?)\b|\ball (?:of )?(?:the |its |their )?(?:original )?(?:paperwork|documentation)\b"),
)


def _states_condition(clause: Clause, text: str) -> bool:
    body = clause.body
    about_condition = _any(
        r"must|should|provided|condition|only if|as long as|accepted|eligible|necessary|intact|"
        r"\bitems? (?:are|is)\b|returned (?:unused|in)|^in original|^with|^not |\bunused\b|unworn|unwashed|"
        r"\breturn (?:\w+ ){0,3}in (?:its|their|the|your) original\b|\breturn (?:\w+ ){0,3}with (?:its|their|all) (?:original )?\w|\b(?:only accept|accept only)\b|\baccept (?:returns of )?(?:\w+ ){0,2}(?:items?|products?|goods|merchandise) (?:that|which|if|provided|as long as)\b|"
        r"^no (?:worn|used|washed|damaged)\b.{0,40}\bwill be (?:exchanged|accepted|returned|refunded)|taken back|take back", text
    )
    if not about_condition or _fault_section(clause) or _any(r"\bpack\b|ship the|return label|deduct|refund(?:ed)? to|photo", body):
        return False
    if _any(r"excluded items|listed below|not responsible", body) or (_any(_FAULT, body) and not _any(r"condition|^no |taken back|not be accepted|\bfree (?:of|from) (?:any )?(?:\w+ )?damage", body)):
        return False
    return not _any(r"refunds? (?:will|are|is|may)", body)


def _condition_items(body: str, refused_used: bool) -> list[str]:
    negated = _any(r"\bnot\b|n't\b|\bun\w+|without|never|^no\b|\bfree (?:of|from)\b", body)
    items = []
    for item, pattern in _CONDITIONS:
        if item == "UNUSED" and _any(r"\bused\b", body) and not _any(r"unused|not (?:been )?used|new condition|" + _NOT_HAVE_BEEN_USED, body) and not refused_used:
            continue
        if item.startswith("NOT_") and not negated:
            continue
        if _any(pattern, body):
            items.append(item)
    return items


# "Accessories such as strings, cables and picks must be unopened": goods named as the subject
_SUCH_AS_SUBJECT = r"^\W*(?:all |any )?[\w /-]{2,40} such as [^.;]{2,80}? (?:must|should|need to|have to|has to)\b"


# "Items must be returned in their original condition. This includes but not limited to: makeup stains,
# alterations, obvious wear": what the list names is what spoils the condition the sentence before set
_SPOILS = (("NOT_STAINED", r"\bstain"), ("NOT_ALTERED", r"\balter"), ("NOT_WORN", r"\bwear\b(?! and tear)|\bworn\b"), ("NOT_WASHED", r"\bwash"))


def _spoilers(clause: Clause) -> list[str]:
    if not _any(r"^\W*(?:this|these) (?:also )?(?:includes?|include)\b", clause.body) or not _any(r"\bcondition\b", clause.paragraph_text):
        return []
    return [item for item, pattern in _SPOILS if _any(pattern, clause.body)]


# "Items should be returned unused if possible", "We prefer the original box, but it is not required": advice
_HEDGED = r"\b(?:if possible|where possible|whenever possible|ideally|preferably|we (?:would )?prefer|we recommend|(?:is|are) recommended|not (?:required|necessary|mandatory|compulsory))\b"


# w2: a packing step that names what goes in the parcel ("include all original components, packaging, and
# paperwork", "package the item in its original packaging with all included accessories and documentation"):
# an imperative, so what it names is asked of every return
_PACKING_STEP = r"^\W*(?:(?:securely|carefully|please) )?(?:pack(?:age)?|include|use|return|send|ship|place|put|box)\b"
_PACKED_WITH = (r"\b(?:with|including|include|and include) all (?:of )?(?:the |its |their |your )?(?:original |included |supplied )*"
                r"((?:[\w&/-]+,? (?:and |or |& )?){0,8}?(?:[\w-]+))(?=,? ?(?:[.;]|$|and (?:clearly |then )?(?:mark|attach|label|write|send|ship|drop)| to | so ))")
_PACKED_ITEMS = (
    ("ACCESSORIES_INCLUDED", r"\baccessor|\bcomponents?\b|\bparts\b|\bpieces\b"),
    ("MANUALS_INCLUDED", r"\bmanuals?\b|\bpaperwork\b|\bdocumentation\b|\buser guides?\b"),
    ("ORIGINAL_PACKAGING", r"\bpackaging\b|\bboxe?s?\b"),
    ("TAGS_ATTACHED", r"\btags?\b"),
)


def _packed_items(clause: Clause) -> list[str]:
    body = clause.body
    if not _any(_PACKING_STEP, body) or _any(_HEDGED + r"|\bif\b|\bwhen\b", body):
        return []
    named = " ".join(match.group(0) for match in _compiled(_PACKED_WITH).finditer(body))
    if _any(r"\bin (?:its|their|the|your)? ?original (?:packaging|box)", body):
        named += " packaging"
    return [item for item, pattern in _PACKED_ITEMS if named and _any(pattern, named)] if named else []


# w2: "Keep in mind: Unused items must be ...", "Please note: ...": a label that asks for attention, not goods
_ASIDE = r"^\W*(?:keep in mind|please note|note|important|remember|reminder|please remember)\s*:\s*"


def _without_aside(clause: Clause, subject: str) -> tuple[Clause, str]:
    if not _any(_ASIDE, clause.body):
        return clause, subject
    text = re.sub(_ASIDE, "", _plain(clause.text), flags=re.IGNORECASE)
    return replace(clause, text=text, line=re.sub(_ASIDE, "", clause.line)), re.sub(_ASIDE, "", subject)


def condition(clause: Clause, text: str) -> Iterator[Fact]:
    for item in _spoilers(clause):
        yield Fact("requirements.condition", item, each=True)
    if not _states_condition(clause, text):
        for item in _packed_items(clause):
            yield Fact("requirements.condition", item, each=True)
        return
    if _any(_HEDGED, text):
        return
    body = clause.body
    used_goods = r"\bused (?:products?|items?|goods|merchandise|parts?)\b"
    refused_used = _any(used_goods, body) and _any(r"not (?:be )?accepted|cannot be returned|not eligible|(?:cannot|can't|can not|do not|don't|will not|won't) take (?:\w+ )?back", body)
    body = re.sub(r"\b(?:ideally|preferably|if possible)\b[^,.;)]*", " ", body)  # advice, not a condition
    items = _condition_items(re.sub(r"\([^)]*\d[^)]*\)", " ", body), refused_used)  # "(24 hours for accessories)" is another rule
    if _any(_EXCLUDING, clause.context) and not _any(r"includ|\bwith\b|missing|without|complete", body):
        # "handbags and fashion accessories are not eligible for returns": products, not parts to send back
        items = [item for item in items if item not in ("ACCESSORIES_INCLUDED", "MANUALS_INCLUDED")]
    # "used products ... will not be accepted" states the condition; it is not a rule for used products
    subject = re.sub(used_goods, "", body) if refused_used else body
    verb = re.search(_RULE_VERB, body)
    faulty_subject = verb is not None and _any(_FAULT, body[: verb.start()])  # "Damaged or defective goods must be ... unused"
    if items and (_scoped(*_without_aside(clause, subject)) or _any(_SUCH_AS_SUBJECT, subject) or faulty_subject):
        yield _unheld("a condition for some items only: no setting holds it")
        return
    for item in items:
        yield Fact("requirements.condition", item, each=True)


def reason_required(clause: Clause, text: str) -> Iterator[Fact]:
    if ("reason" not in text and "why" not in text) or _any(_NOT_REQUIRED + r"|\bdepends? (?:up)?on (?:the |your )?reasons?\b", text):
        return  # "We do not require a reason for your return"
    if _any(_AMOUNT_SUBJECT + "|" + _CASE_OF_ITEM, _without_opening_adverb(clause.body)):
        return  # "If the item has been worn ..., please email us ... the reason for the return": that case only
    if _any(r"without (?:needing to |having to |the need to )?(?:provid|giv|stat)\w* (?:any |a )?reasons?|no reasons? (?:is |are )?(?:needed|required|necessary)", text):
        return  # "without needing to provide any reason for the return"
    if _any(r"\b(?:whatever|no matter|regardless of|for any|for whatever) (?:the |your |of the )?reasons?\b", text):
        return  # "Whatever the reason for your return, we're happy to help": any reason, none asked
    if _any(r"(?:description of|tell us|state|give) (?:the |your )?reasons? for (?:the |your )?return|reason for (?:the |your )?return|"
            r"\breturn reasons?\b|\breason (?:why )?you(?:'re| are)? returning\b|\b(?:tell us|explain|let us know|state|say) why you(?:'re| are)? (?:want(?:ing)? to )?return", text):
        yield Fact("requirements.reason_required", True)


# w2: "We will send a confirmation email of receipt of the item": the parcel's arrival, no document;
# "warranties are limited to the original purchaser with proof of purchase": a warranty's terms, not a return's
_RECEIPT_OF = r"\b(?:upon |on |of |after |the |its )?receipt of (?:the |your |an? |its )?(?:item|return|returned|package|parcel|goods|product|merchandise|order)\w*"
_WARRANTY_ONLY = r"\bwarrant(?:y|ies)\b"


def proof_of_purchase(clause: Clause, text: str) -> Iterator[Fact]:
    text = re.sub(_RECEIPT_OF, " ", text)
    if _any(_WARRANTY_ONLY, text) and not _any(r"\breturn", text):
        return
    document = r"(?:proof of purchase|receipt|invoice|supporting documentation|sales note)"
    if _any(r"^\W*(?:a |the )?proof of purchase(?: is)? required\b|^\W*proof of purchase:\s*\w", clause.body):
        yield Fact("requirements.proof_of_purchase", True)  # w2: "Proof of purchase required." "Proof of purchase: receipt provided"
        return
    asked = _any(r"(?:include|provide|send|enclose|present|show|attach|need|require\w*|must have|accompanied by|with)\b[^.;]{0,40}\b" + document, text) \
        or _any(document + r"[^.;]{0,40}\b(?:is|are|will be) (?:required|needed|necessary|requested)", text) \
        or _any(document + r"\W{0,3} (?:must|will need to|needs to|has to) be (?:made available|presented|provided|shown|produced|included)", text) \
        or (_any(r"\bwithout (?:a |an |the |your |any )?(?:original |valid |dated )?" + document, text) and _any(_NEGATED + r"|refus|reject", text))
    # "Returns without a receipt will not be accepted": refused without it ("... will receive store credit" asks for none)
    if (_any(r"with (?:a|the|your|the original) receipt", text) or asked) and not _scoped(clause, text) and not _any(_NOT_REQUIRED, text):
        yield Fact("requirements.proof_of_purchase", True)


# --- exclusions ---------------------------------------------------------------------------------

# category, what the text calls it, its default label, and how products are matched (as the
# presets match them, so a drafted exclusion behaves like a hand-made one)
CATEGORIES: tuple[tuple[str, str, str, dict], ...] = (
    ("FINAL_SALE", r"final[- ]sale", "Final sale items", {"tags": ["final sale", "final-sale"]}),
    ("CLEARANCE", r"clearance|\bsale items|items? on sale|discounted (?:items|prices?)|marked[- ]down|\bsale (?:tab|section|category|collection|page)s?\b|promotional sales?|\d+\s*%\s*off\b", "Clearance items", {"tags": ["clearance"]}),
    ("PERSONALIZED", r"personali[sz]ed|customi[sz]ed|custom[- ](?:made|ordered)|\bcustom(?: \w+)? (?:orders?|products?|items?|designs?|designed)\b|monogram|engraved|made[- ]to[- ]order", "Personalized or custom-made products",
     {"tags": ["personalized", "personalised", "customized", "custom", "custom-made"], "product_types": ["personalized", "custom"]}),
    ("INTIMATES", r"intimate|underwear|undergarments?|lingerie", "Intimate items",
     {"tags": ["intimates", "intimate", "lingerie", "underwear"], "product_types": ["intimates", "lingerie", "underwear", "bras", "panties"]}),
    ("SOCKS", r"\bsocks?\b", "Socks", {"tags": ["socks"], "product_types": ["socks"]}),
    ("TIGHTS", r"\btights\b", "Tights", {"tags": ["tights"], "product_types": ["tights"]}),
    ("BODYSUITS", r"body ?suits?", "Bodysuits", {"tags": ["bodysuit", "bodysuits"], "product_types": ["bodysuit", "bodysuits"]}),
    ("JEWELRY", r"jewel(?:le)?ry|earrings", "Jewelry", {"tags": ["jewelry", "jewellery"], "product_types": ["jewelry", "jewellery"]}),
    ("FREE_GIFT", r"free gifts?|free items?", "Free gifts", {"tags": ["free gift", "free-gift"], "free_items": True}),
    ("NON_RETURNABLE_MARK", r"non-?returnable marks?|(?:marked|described|labell?ed|listed|identified|indicated|designated) (?:as )?[^.]{0,25}non-?returnable", "Items with non-returnable marks", {"tags": ["non-returnable"], "non_returnable_mark": True}),
    ("OTHER", r"gift (?:cards?|certificates?)", "Gift cards", {"tags": ["gift card", "gift-card"], "product_types": ["gift card", "gift cards"]}),
    ("OTHER", r"swimwear|swimsuits?|bathing suits?", "Swimwear", {"tags": ["swimwear"], "product_types": ["swimwear", "swimsuits"]}),
    ("OTHER", r"perishable", "Perishable goods", {"tags": ["perishable"], "product_types": ["perishable"]}),
    ("OTHER", r"digital (?:products|downloads|goods)|downloadable|\bsoftware\b", "Digital products", {"tags": ["digital", "software"], "product_types": ["digital", "software"]}),
    ("OTHER", r"personal care|hygiene products|beauty products", "Personal care items", {"tags": ["personal care"], "product_types": ["personal care"]}),
    ("OTHER", r"hazardous materials?|flammable", "Hazardous materials", {"tags": ["hazardous"], "product_types": ["hazardous"]}),
    ("OTHER", r"pre-?owned|second[- ]hand", "Pre-owned items", {"tags": ["pre-owned", "used"], "product_types": ["pre-owned"]}),
    ("OTHER", r"special[- ]orders?", "Special orders", {"tags": ["special order", "special-order"]}),
)
# "we do not offer refunds or exchanges on ...", "we are unable to refund ...": the shop refuses
_REFUSE_VERB = r"(?:do not|don't|cannot|can ?not|can't|won't|will not|unable to|not able to)"
_REFUSED_KINDS = r"(?:returns?|refunds?|exchanges?)(?:\s*(?:,|or|and|/|&)\s*(?:returns?|refunds?|exchanges?))*"
_EXCLUDING = (
    r"(?:do not|don't|cannot|can ?not|can't|won't|will not|may not) (?:be )?(?:accept\w*|allow\w* returns?|return\w*|refund\w*)"
    r"|non-?returnable|non-?refundable|not eligible|ineligible|excluded|exclusions?|are (?:always |strictly )?final\b|cannot be returned|(?:is|are) not (?:permitted|allowed)"
    r"|do not qualify|not (?:returnable|exchangeable)"
    r"|" + _REFUSE_VERB + r" (?:offer|give|provide|issue|process) (?:an? |any )?" + _REFUSED_KINDS + r"|sales are final (?:on|for)\b"
    r"|^no " + _REFUSED_KINDS + r" (?:(?:are|is|will be) (?:accepted|allowed|given|offered|made) )?(?:on|of|for)\b"
    r"|\b(?:offer|give|accept|provide) no (?:returns?|refunds?|exchanges?)\b"
    r"|(?:refunds?|returns?) (?:are|is) (?:also )?not available for"
)


# Kinds of goods the exclusions reader knows beyond the categories the other readers check for:
# goods "sold as-is" (bought in the state they are in) are a group shops keep out of returns.
_MORE_KINDS: tuple[tuple[str, str, str, dict], ...] = (
    ("CLEARANCE", r"\b(?:purchased|bought|ordered) (?:on|during (?:a|the|our)) sales?\b(?! (?:items?|products?|goods))", "Clearance items", {"tags": ["clearance"]}),
    ("OTHER", r"\bsold (?:in )?\"?as[- ]is\b|\"as[- ]is\"|\bas[- ]is (?:items?|products?|goods|merchandise|sales?|condition|basis)\b", "As-is items",
     {"tags": ["as-is", "as is"]}),
)
_EXCLUDED_KINDS = CATEGORIES + _MORE_KINDS


def categories_in(body: str, table: tuple[tuple[str, str, str, dict], ...] = CATEGORIES) -> list[tuple[str, str, dict]]:
    """The excluded categories a clause names, in the order the clause names them."""
    found = []
    rest = body
    for category, pattern, label, match in table:
        where = re.search(pattern, rest)
        if category == "CLEARANCE" and _any(r"marked (?:as )?final[- ]sale", body) and "clearance" not in body:
            where = None  # "sale items marked as final sale" are final sale items
        said_of_others = _any(r"(?:are|is) (?:(?:considered|deemed) (?:to be )?|sold as |treated as )?(?:a )?final[- ]sales?\b(?! items?)", body)
        if category == "FINAL_SALE" and said_of_others and not _any(r"final[- ]sale (?:items?|products?|merchandise)|marked (?:as )?final[- ]sale", body):
            where = None  # "sale items are final sales": said of the sale items, no final-sale mark
        if where:
            found.append((where.start(), category, label, match))
            if category == "FINAL_SALE":
                rest = re.sub(pattern, lambda m: " " * len(m.group()), rest)  # "final sale" is no "sale item"
    return [(category, label, match) for _at, category, label, match in sorted(found, key=lambda f: f[0])]


# A heading over a list of what cannot come back ("Non-Returnable Items").
_EXCLUDED_HEADING = r"non-?returnable|non-?refundable|exclusions|exempt|not eligible|ineligible|cannot be returned|final sale"
# Words that make a listed line a state of the item or a deadline ("items that have been used",
# "returned after 30 days"), or something other than goods ("shipping charges"): not a product group.
_NOT_A_GROUP = (
    r"\d|\b(?:used|opened|unsealed|worn|washed|damaged|altered|installed|assembled|missing|without|returned|after|before|"
    r"once|been|which|that|not|no|exchanged|refunded|damage|misuse|caused|wear|tear|condition|signs?|purchased|bought|ordered|"
    r"received|shipping|postage|delivery|fees?|charges?|costs?|"
    r"deposits?|payments?|services?|labou?r|refunds?|returns?|exchanges?|orders?|it|they|this|these|those|all|any|some|certain|"
    r"following|below|above|listed|other|such|sold|that|which|who|with|have|has|generally|are|is|be|can|cannot|will|may|must|"
    r"etc|defective|faulty|broken|flawed|including|(?:non-?)?(?:refundable|returnable))\b"
)
_GENERIC = r"^(?:the )?(?:similar |related |like |such |these |those )?(?:items?|products?|goods|merchandise|purchases?|sales?|orders?|everything)$"


def _listed_under_exclusions(clause: Clause) -> bool:
    """A short line under a "Non-returnable items" heading names what cannot come back."""
    question = clause.heading.rstrip().endswith("?")  # "Are final sale items returnable?" answered "Yes."
    return _any(_EXCLUDED_HEADING, clause.heading.lower()) and not question and len(clause.body.split()) <= 10 and not _any(
        r"\b(?:can|may|will|are|is|be|must|should|please|if|we|you|your)\b", clause.body)


def _nested_under_exclusions(clause: Clause) -> bool:
    """A short line of a list nested in a list of what cannot come back ("Ineligible items / - Electronic
    components such as: / - Pumps"): the inner list's introduction is itself a line of the outer list,
    and the last list title above it in the paragraph refuses ("ineligible items", not "eligible items")."""
    intro = re.sub(r"^\s*(?:[-•*]|\d+[.)])\s+", "", clause.intro, count=1)
    if intro == clause.intro or len(clause.body.split()) > 10 or _any(r"\b(?:can|may|will|are|is|be|must|should|please|if|we|you|your)\b", clause.body):
        return False
    at = clause.paragraph_text.find(_plain(intro).lower()[:40])
    titles = re.findall(r"\b(?:non-?returnable|non-?refundable|ineligible|not eligible|eligible|returnable|refundable)\b", clause.paragraph_text[: max(at, 0)])
    return at > 0 and bool(titles) and _any(r"^(?:non|in|not)", titles[-1])


# More ways of refusing goods, read by the exclusions reader only: "we do not take back electronics",
# "returns are not accepted on face masks", "there are no returns on food items", "several types of
# goods are exempt from being returned, such as ..."
_EXCLUDING_MORE = (
    r"\b(?:do not|don't|cannot|can't|can not|will not|won't) take (?:\w+ )?back\b|"
    r"\b" + _REFUSED_KINDS + r" (?:are|is) not (?:accepted|allowed|possible|permitted|offered|available) (?:on|for)\b|"
    r"\bthere (?:are|is) no " + _REFUSED_KINDS + r" (?:on|of|for)\b|\bexempt from being (?:returned|refunded)|"
    r"\b(?:is|are) not (?:refundable|able to be (?:returned|refunded|exchanged))\b|\ballow no " + _REFUSED_KINDS + r" (?:on|of|for)\b"
)
_REFUSED_LIST_MORE = (
    r"|(?:do not|don't|cannot|can't|can not|will not|won't) take back (?:any )?(.+)$"
    r"|" + _REFUSED_KINDS + r" (?:are|is) not (?:accepted|allowed|possible|permitted|offered|available) (?:on|for) (.+)$"
    r"|\bthere (?:are|is) no " + _REFUSED_KINDS + r" (?:on|of|for) (.+)$"
    r"|\ballow no " + _REFUSED_KINDS + r" (?:on|of|for) (.+)$"
)
# Where a refusal names its groups: the subject ("Seasonal items cannot be returned", "Our recycled
# candles or clearance item sales are final"), the list after "are"/"including" ("Items that do not
# qualify are sale items, hats, helmets"), or what returns are refused of ("returns of event product").
_REFUSED_SUBJECT = (
    r"^(?:our |all |any )?([^:;]{3,80}?) (?:are |is )?(?:(?:always|strictly|also|likewise|equally) )*(?:(?:cannot|can't|can not|may not|will not|are not|is not)(?: be| able to be)? "
    r"(?:returned|refunded|returnable|refundable|exchangeable|accepted for return|eligible for)|(?:are|is) (?:(?:also|always|strictly|likewise|equally) )?(?:(?:considered|deemed) (?:to be )?)?(?:non-?returnable|non-?refundable|(?:an? )?final sale|final\b|not eligible))"
    r"(?!\s+(?:separately|individually|alone|on their own|after|once|without|if|unless|when|until))"  # refused only in some way or case
)
_REFUSED_LIST = (
    r"(?:do not qualify\b[^,]*?\bare|(?<!which )(?<!that )\binclud(?:e|es|ing)\b:?|\bsuch as|\be\.g\.,?|\bfor (?:example|instance)\b,?)\s+(.+)$"
    r"|(?:do not|don't|cannot|can't|will not|won't) (?:allow|accept|take) returns? (?:of|on|for) (?!the basis|account|grounds|reasons?\b)(.+)$"
    # "we do not offer refunds or exchanges on pens, markers, or books"
    r"|" + _REFUSE_VERB + r" (?:offer|give|provide|issue|accept|allow|take|process) (?:an? |any )?" + _REFUSED_KINDS
    + r" (?:on|of|for) (?!the basis|account|grounds|reasons?\b)(.+)$"
    # "All sales are final on: car seats, ...", "The following items can not be returned: down products, ..."
    r"|(?:sales are final|final sale) (?:on|for)\s*:?\s*(.+)$"
    r"|(?:not (?:be )?(?:returned|refunded|exchanged|accepted|returnable|refundable|exchangeable|eligible)|non-?returnable|non-?refundable|final sale|excluded|exempt)"
    r"\b(?:(?!unless|except)[^:]){0,30}:\s*(.+)$"
    r"|(?:^|\b(?:offer|give|accept|provide) )no " + _REFUSED_KINDS + r" (?:(?:are|is|will be) (?:accepted|allowed|given|offered|made) )?(?:on|of|for) (.+)$"
    + _REFUSED_LIST_MORE
)
# A group refused only in some case ("on a car seat if the box has been opened") is no exclusion;
# "unless defective" keeps it one (the fault override says the rest).
_REFUSED_IF = r"\b(?:if|when|once|after|until|before|without|where)\b"
# A sentence's opening adverb or connective ("Additionally, custom items are final sale", "Occasionally
# items are sold as-is") says how the sentence stands to the others; it names no goods. The -ly words
# are the adverb endings only (not "family", "supply", "assembly").
_OPENING_ADVERB = (
    r"^\W*(?:(?:please )?note(?: that)?|in addition|also|however|furthermore|moreover|besides|likewise|otherwise|then|thus|"
    r"therefore|sometimes|at times|again|of course|as well|finally|lastly|still|now|"
    r"[a-z]{3,}(?:ally|ately|ously|ively|ently|antly|arily|edly|ingly))\b,?\s+"
)


@lru_cache(maxsize=4096)
def _without_opening_adverb(body: str) -> str:
    return _compiled(_OPENING_ADVERB).sub("", body, count=1)


# "Live products not purchased at our retail location", "gift sets bought online": on a web shop's
# page, goods bought through that shop are the goods themselves (a store purchase narrows; this does not)
_BOUGHT_HERE = (r"\s+(?:not (?:purchased|bought|ordered) (?:at|in|from) (?:our|the) (?:retail |physical |local )?(?:stores?|shops?|locations?|showrooms?)|"
                r"(?:purchased|bought|ordered) (?:online|(?:on|from|through|via) (?:our|this|the) (?:web ?site|online (?:store|shop)|site)))\b")


def _group(piece: str) -> str | None:
    piece = re.sub(r",?\s+etc\b\.?\s*$|^(?:e\.g\.|for (?:example|instance)\b),?\s*", "", piece.strip())  # "e.g. ear plugs", "swaddles etc"
    piece = re.sub(_BOUGHT_HERE + r".*$", "", piece)
    piece = re.sub(r"^(?:our|the|any|all|other|an?)\s+|[\"'“”]", "", re.sub(r"\s+", " ", piece).strip(" .;:*")).strip()
    bare = re.sub(r"^(?:opened|unsealed|open)\s+", "", piece)  # "opened food" is a group; "opened" alone is a state
    words = re.sub(r"\b[a-z]+(?:-[a-z]+)+\b", "x", bare)  # "as-is" is one word, no "is"
    if not bare or categories_in(piece, _EXCLUDED_KINDS) or len(piece.split()) > 5 or _any(_NOT_A_GROUP, words) or _any(_GENERIC, bare) \
            or _any(r"^(?:from|at|in|on|by|with|through|via|during|for|due|because|as)\b(?!-)|^(?:you|we|they|it|customers?|buyers?)$", bare) \
            or _any(r"(?:non-?)?(?:refundable|returnable)|\bpage\b|^(?:few|several|many|various|most|numerous)\b", bare):  # "a few products": how many, not which
        return None
    return piece[:1].upper() + piece[1:]


# A state before the goods ("Used wheels, bearings, grip tape, and trucks", "Used or altered pen nibs"):
# the state reaches over every item after it, and goods refused only when used are no exclusion (the
# condition says it): the line is declined whole, never split into bare goods ("bearings"). An opened
# good alone stays a group ("opened bulbs"); "used products, videos" refuses the videos outright.
_STATE_LED = r"^(?:(?:used|opened|open|unsealed|worn|altered|modified)(?:\s*(?:,|/|&|\bor\b|\band\b)\s*|\s+))+(?=[a-z])"
_STATE_OF_GOODS = r"\b(?:damaged|missing|torn|broken|scratched|chipped|cracked|stained|soiled|used|opened|worn|altered)\b"


def _declined_for_its_state(phrase: str) -> bool:
    """A phrase that names goods only in some state: state-led, or a state's examples ("Damaged packaging: Torn, crushed ...")."""
    phrase = re.sub(r"^(?:our|the|any|all)\s+", "", phrase.strip(" .;:*•-").lower())
    head, colon, _examples = phrase.partition(":")
    led = re.match(_STATE_LED, phrase)
    if not led:
        return bool(colon) and _any(_STATE_OF_GOODS, head)
    first = _pieces(re.split(r"\s*&\s*", head[led.end() :])[0])[0]
    opened_alone = _any(r"^(?:opened|open|unsealed)\s+$", led.group()) and "," not in phrase
    return not (opened_alone or _any(_GENERIC, first))


def _unnamed_groups(clause: Clause, listed: bool) -> list[str]:
    """Product groups the categories do not name, in the merchant's words: a short line of a list of
    exclusions ("Custom cables"), or the groups a refusal names."""
    body = re.sub(r"\([^)]*\)", " ", clause.body).strip(" .;:*")
    if clause.text.rstrip().endswith(":"):
        return []
    if listed:
        # a sentence, or the states of an item ("Items that have been cut, drilled, altered"), not a listed group
        states = _any(r"^(?:items?|products?|goods|anything|any item)\s+(?:that|which)\b", body)
        sentence = _any(r"\b(?:can|cannot|may|will|must|are|is|be)\b", body)
        # a whole sentence under the list's heading refuses in its own words ("Non-Returnable Items: Due to
        # sanitary reasons we cannot accept returns for headsets"): read it as a refusal, not as a list line
        phrases = [] if states else _refused_phrases(body) if sentence and _any(_EXCLUDING, body) else [] if sentence else [_past_the_condition(body)]
    else:
        not_applied = _not_applied_to(clause)
        phrases = [_past_the_condition(not_applied)] if not_applied else _refused_phrases(body)
    pieces = [_by_its_mark(piece) for phrase in phrases if not _declined_for_its_state(phrase) for piece in _pieces(phrase)]
    return list(dict.fromkeys(group for group in map(_group, pieces) if group))  # once each, in order


# "Yarn sold with a "custom colour" label", "anything tagged "Studio Sample"": goods the shop marks
# are the group its mark names
_QUOTED_MARK = (
    r"\b(?:with|bearing|carrying|showing|that has|that have) (?:an? |the )?\"([^\"]{2,30})\" (?:labels?|tags?|stickers?|marks?|stamps?|signs?)\b|"
    r"\b(?:marked|labell?ed|tagged|stamped|listed|sold) (?:as |with )?\"([^\"]{2,30})\""
)


def _by_its_mark(phrase: str) -> str:
    mark = None if categories_in(phrase, _EXCLUDED_KINDS) else re.search(_QUOTED_MARK, phrase)  # "sold "as-is"" is a kind named
    return next((name for name in mark.groups() if name), phrase) if mark else phrase


def _refused_phrases(body: str) -> list[str]:
    """What a refusal names: its subject, or the list after "including", "such as", "returns of"."""
    body = _without_opening_adverb(body)
    subject = re.match(_REFUSED_SUBJECT, body)
    # "Customers are responsible for return shipping costs, which are non-refundable": the subject
    # is a clause of its own, the refusal is said of something else
    if subject and _any(r"\b(?:must|should|need|needs|be|been|have|has|will|can|may)\b|,\s*(?:which|who)\b|"
                        r"^(?:customers?|clients?|buyers?|purchasers?|you|we)\b", subject.group(1)):
        subject = None
    # the list must stand in the part of the sentence that refuses ("...; if you buy a bundle that includes")
    refusing = [part for part in re.split(r";", body) if _any(_EXCLUDING, part)] or [body]
    listing = re.search(_REFUSED_LIST, refusing[0])
    body = refusing[0]
    if listing and categories_in(body[: listing.start()], _EXCLUDED_KINDS) and not categories_in(listing.group(), _EXCLUDED_KINDS) \
            and _any(r"^(?:\binclud|such as)", listing.group().lstrip()):
        listing = None  # "customized items, including embroidered logos": examples of the category named
    phrases = [phrase for match in (subject, listing) if match for phrase in match.groups() if phrase]
    phrases = [_past_the_condition(_without_examples(phrase.rsplit(":", 1)[-1])) for phrase in phrases]
    return [phrase for phrase in phrases if phrase]


def _without_examples(phrase: str) -> str:
    """"Custom-ordered items such as hot tub covers, electronics and specialty parts": the goods after
    "such as" are examples of the kind named before it, which is the group."""
    contents = re.search(r"\s+(?:which|that) (?:include|includes|contain|contains)\b", phrase)
    if contents:  # "Hampers that include jams, chutneys and biscuits": what the group holds, not groups
        return phrase[: contents.start()]
    example = re.search(r"\s*\b(?:such as|including|e\.g\.)", phrase)
    named = example and re.split(r",\s*", phrase[: example.start()])[-1]  # the item right before the examples
    return phrase[: example.start()] if named and categories_in(named, _EXCLUDED_KINDS) else phrase


# Where a list ends and the rest of the sentence begins: "such as customized products, cannot be returned unless ..."
_AFTER_THE_LIST = r",?\s+(?:are|is|cannot|can't|can not|will|may|must|should|do not|does not|unless|except|due to|because|for (?:\w+ )?reasons?)\b"


def _past_the_condition(phrase: str) -> str:
    """The list a refusal names, without the items a condition covers: "CDs or software if the seal is
    broken, headphones" refuses headphones outright; the condition may reach back over every item
    before it, but not past the comma after it."""
    listed = re.split(_AFTER_THE_LIST, phrase)[0]
    conditions = [found for found in re.finditer(_REFUSED_IF, phrase) if found.start() < len(listed)]
    if not conditions:
        return listed
    comma = phrase.find(",", conditions[-1].end())
    return _past_the_condition(phrase[comma + 1 :].strip()) if comma >= 0 else ""


def _pieces(phrase: str) -> list[str]:
    """The groups of a phrase: a comma list item by item; "A or B" as two groups only where both are
    whole names ("recycled candles or clearance items"), not "custom or made-to-order products"."""
    phrase = re.sub(r"^(?:for|due to|because of|as)\b[^,]*,\s*", "", phrase)  # "For hygiene reasons, ..."
    listed = "," in phrase
    pieces = []
    for part in re.split(r",\s*", phrase):
        last = listed and re.match(r"(?:and|or)\s+", part) is not None  # "A, B, or C and D": "C and D" is one item
        part = re.sub(r"^(?:and|or)\s+", "", part)
        halves = [part] if last else re.split(r"\s+(?:and|or)\s+", part)
        whole_names = all(len(half.split()) >= 2 for half in halves)
        # in a list, "car seats and bases" keeps its one head ("car seat bases"): a bare noun after a
        # named one shares its name; "hats and gloves", "face masks and ear plugs" are two groups
        shared_head = len(halves) == 2 and len(halves[0].split()) >= 2 and len(halves[1].split()) == 1
        pieces += halves if len(halves) > 1 and (whole_names or (listed and not shared_head)) else [part]
    return pieces


def _in_some_state(body: str) -> bool:
    """"Personal care items that have been removed from their packaging": the group right before the state."""
    for _category, pattern, _label, _match in CATEGORIES:
        for found in re.finditer(pattern, body):
            if re.match(r"^(?:\s+[\w-]+){0,3}?\s+(?:(?:that|which) (?:have|has) been|once (?:opened|used|worn|installed|removed)|if (?:opened|used|worn|removed))\b",
                        body[found.end() :]):
                return True
    return False


def _exchanges_only(listed: bool, text: str) -> bool:
    """A refusal of exchanges alone ("We cannot offer exchanges on swimwear"): the goods may still come back."""
    return not listed and _any(r"\bexchang", text) and not _any(r"\breturn|refund|final[- ]sales?|sales are final|non-?returnable", text)


# "Some items cannot be returned because you changed your mind. These include: ...": a list whose
# subject points back to the refusal in the sentence before
_POINTS_BACK = r"^\W*(?:these|they|those|such (?:items|products|goods)) (?:items |products |goods )?(?:include|are|comprise)\b:?"


def _carries_a_refusal(clause: Clause) -> bool:
    if not _any(_POINTS_BACK, clause.body):
        return False
    before = clause.paragraph_text[: clause.paragraph_text.find(clause.body)].strip()
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    # "... products that have been installed. This includes fixtures that show signs of mounting": examples
    # of a state, not of goods refused as such
    return _any(_EXCLUDING, sentence) and not _any(r"\b(?:unless|except|if|once|when|after)\b|\b(?:that|which|who) (?:have|has|are|is|were|was|show)", sentence)


# "The 30-day guarantee does not apply to custom products", "We have a 30-day return policy ... This
# does not apply to custom products", "Exceptions: - Does not apply to items purchased on sale": goods the
# return policy itself leaves out ("this" and a bare line must follow the policy or stand under exceptions)
_POLICY_NOT_APPLIED = (r"^(?:((?:the|our|this) (?:[\w-]+ ){0,3}?(?:guarantee|policy)|this|it) )?(?:does not|doesn't|do not) apply to (.+)$")


def _not_applied_to(clause: Clause) -> str | None:
    """The goods the return policy does not apply to, or None."""
    said = re.match(_POLICY_NOT_APPLIED, _without_opening_adverb(clause.body).strip(" .;"))
    if not said or _any(r"\b(?:fees?|shipping|charges?|costs?|delivery)\b", said.group(1) or ""):
        return None
    before = clause.paragraph_text[: clause.paragraph_text.find(clause.body)]
    policy = said.group(1) and _any(r"guarantee|return|refund", said.group(1))
    after_the_policy = _any(r"\b(?:return|refund|exchange) (?:policy|period|window)|\breturn (?:it|them|items?) to us within\b", before[-250:])
    under_exceptions = not said.group(1) and _any(r"exception|exclusion", f"{clause.intro} {clause.heading} {before[-120:]}".lower())
    goods = re.split(r",?\s*(?:and |or )?(?:items?|products?|goods|merchandise|anything) (?:that|which)\b", said.group(2))[0]  # "... and products that show signs of wear, have been altered, modified"
    return goods if policy or (said.group(1) and after_the_policy) or under_exceptions else None


# "Our blinds ... are custom made based on your measurements and are not returnable", "..., as these are
# considered custom-made products": the kind said of the goods is the reason they are refused, no group
_KIND_AS_REASON = (r"\b(?:are|is) (?:all |considered |deemed |specially |individually )*(?:to be )?"
                   r"(?:custom[- ]made|made[- ]to[- ]order|personali[sz]ed|customi[sz]ed)\b(?: (?:products?|items?|goods))?")


def _without_kind_as_reason(body: str) -> str:
    return re.sub(_KIND_AS_REASON, " ", body)


def _refuses_goods(clause: Clause, text: str, listed: bool) -> bool:
    """A line of a list of exclusions, or a sentence that refuses (not one about cancelling)."""
    refusing = _any(_EXCLUDING + "|" + _EXCLUDING_MORE + r"|sales are final|(?:is|are) (?:considered )?(?:a )?final[- ]sales?", text) or _carries_a_refusal(clause) \
        or _not_applied_to(clause) is not None
    return (listed or refusing) and not (_any(_CANCEL, clause.body) and not _any(r"\breturn", clause.body))


def exclusions(clause: Clause, text: str) -> Iterator[Fact]:
    listed = _listed_under_exclusions(clause) or _nested_under_exclusions(clause)
    if not _refuses_goods(clause, text, listed):
        return
    if _any(r"non-?refundable (?:deposits?|fees?|charges?|payments?|down payments?)\b|\bdeposits?\b[^.;]{0,30}\bnon-?refundable|\b(?<!shipping )(?<!delivery )(?<!postage )(?<!handling )(?:deposits?|fees?|down payments?) (?:is|are) (?:non-?|not )refundable", text):
        yield _unheld("a deposit or fee kept: no setting holds it")  # "Custom orders require a 50% non-refundable deposit"
        if not (categories_in(clause.body, _EXCLUDED_KINDS) and _any(r"not returnable|non-?returnable|(?:cannot|can't|can not) be returned|final sale|sales are final", text)):
            return  # "Labor fees are not refundable, i.e., ... custom items are not returnable" still refuses a category
    named = categories_in(_without_kind_as_reason(clause.body), _EXCLUDED_KINDS)
    if named and _in_some_state(clause.body):
        yield _unheld("goods refused only in some state: no setting holds that")
        named = []
    groups = _unnamed_groups(clause, listed or (bool(clause.intro) and _any(_EXCLUDING, clause.intro.lower())))
    if (named or groups) and _exchanges_only(listed, text):
        yield _unheld("goods that cannot be exchanged, which may still be returned: no setting holds that")  # "We cannot offer exchanges on swimwear"
        return
    label = re.sub(r"^\s*(?:[•\-*]|\d+[.)])\s*", "", clause.text).strip().rstrip(".;")
    own_label = len(named) == 1 and not _any(_EXCLUDING + "|" + _EXCLUDING_MORE + r"|final[- ]sales?\b|\bapply to\b", clause.body) and len(label) <= 120
    for category, default_label, match in named:
        yield Fact("exclusions", {"category": category, "label": label if own_label else default_label, "match": match}, each=True)
    for group in groups:
        yield Fact("exclusions", {"category": "OTHER", "label": group, "match": {"tags": [group.lower()]}}, each=True)


def fault_override(clause: Clause, text: str) -> Iterator[Fact]:
    """Excluded items still taken back when faulty ("non-refundable unless they arrive damaged")."""
    if _any(r"shipping|postage|delivery (?:fee|cost|charge)", text):
        return  # "shipping is non-refundable unless faulty" is about the order's shipping
    if _any(r"(?:non-?refundable|non-?returnable|can't be returned|cannot be returned).*\bunless\b.*(?:" + _FAULT + ")", text) or _any(
        r"applies even to items that otherwise can't be returned", text
    ):
        yield Fact("fault.overrides_exclusions", True)
    if _any(r"which stay non-returnable", text):
        yield Fact("fault.overrides_exclusions", False)


def sets(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"sets? (?:can ?not|cannot|can't|may not|will not) be returned separately|return the whole set|only as a complete set|"
            r"return all or none of (?:the |your |a )?(?:bundles?|sets?|kits?)|(?:do not|don't|cannot) accept partial returns of (?:bundles?|sets?|kits?)", text):
        yield Fact("sets.return_whole_only", True)


def sales_channel(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"only (?:items|products|orders) (?:purchased|bought|ordered|placed) (?:directly )?(?:on|from|through|at) (?:our (?:website|online store|store|site)|"
            r"(?:our|the)(?: [\w'&.-]+){0,4} (?:website|online store|web ?store|webshop|online shop))", text):
        yield Fact("sales_channels.allowed", ["web"])
    if _any(r"retailers?|marketplaces?", text) and _any(r"contact them|contact the", text):
        yield Fact("sales_channels.elsewhere_note", clause.text.rstrip(". "))


# --- cancellation -------------------------------------------------------------------------------


def cancellation(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(_WITHDRAWAL, text) or _any(_WITHDRAWAL, clause.paragraph_text + " " + clause.heading.lower()):
        return  # the legal withdrawal right (read as the return window), not cancelling an order
    if _any(_CANCEL, clause.heading.lower()) and not _any(r"return", text) and _any(r"^(?:just |please |simply )?(?:email|contact) us", clause.body):
        yield Fact("cancellation.request_via", "EMAIL")  # "Can I cancel? ... Just email us at ..."
    if not _any(_CANCEL, text):
        return
    if _any(r"\b(?:if|when|should|in case) we (?:have to |need to |must |are forced to )?cancel|\bwe (?:may|reserve the right to) cancel", text):
        yield _unheld("the shop cancelling an order: no setting holds it")  # "If we cancel your order due to stock issues, ..."
        return
    if _any(r"\bfees?\b|charge|penalt|restocking", re.sub(_NO_CHARGE, " ", text)) and _any(r"\d", text):
        yield _unheld("a fee on cancelling: no setting holds it")
        return
    if _cancelling_some_goods(clause, text):
        yield _unheld("cancelling some goods or orders only: no setting holds it")  # "Preorders can be cancelled within 48 hours"
        return
    yield from _cancellation_window(clause, text)
    yield from _cancellation_terms(clause, text)


# "free of charge", "at no charge", "without any fee": no fee on cancelling
_NO_CHARGE = r"\bfree of charge\b|\b(?:at|with) no (?:extra |additional )?(?:charge|fee|cost)\b|\bwithout (?:a |any )?(?:charge|fee|penalty)\b|\bno (?:cancell?ation )?(?:fee|charge|penalty)\b"


def _cancelling_some_goods(clause: Clause, text: str) -> bool:
    """A sentence whose subject names goods or orders of some kind ("Preorders can be cancelled ...",
    "Subscription orders may be cancelled ..."): not every order (a cancellation or request is no goods)."""
    body = _without_opening_adverb(clause.body)
    verb = r"(?:can|may|must|cannot|can't|can not|are|is|will|should)\b"
    generic = (r"^\W*(?:if|when|once|should|in case|unless|(?:all |any |your |our )?(?:order )?(?:cancell?ations?|requests?|changes?|modifications?)\b|"
               r"(?:all |any |your )?cancell?ed (?:orders?|items?|purchases?)\b)|\b(?:portion|part) of\b|"
               r"\b(?:that|which) (?:have|has|are|is)(?: not| yet| already)* (?:been )?(?:shipped|dispatched|fulfilled|sent|processed)\b")
    return (_named_goods(body, verb) and not _any(generic, body)) \
        or _any(_AMOUNT_SUBJECT + "|" + _PLACE_SUBJECT + "|" + _QUALIFIED_SUBJECT, body)


def _cancellation_window(clause: Clause, text: str) -> Iterator[Fact]:
    body = digits(clause.body)  # a list's introduction names no cancellation window
    for low, _high, where in durations(body):
        if _any(r"^\s*(?:prior to|before)\b", body[where.end() : where.end() + 12]):
            continue  # "within 24 hours prior to delivery" counts back from another event
        if _any(r"\b(?:usually|typically|normally|generally|often|about|approximately|roughly)\s+(?:within\s+|in\s+|after\s+)?$", body[: where.start()]):
            return  # "until they are packed, usually within 2 hours of ordering": a typical time, not the limit
        if low.hours is not None or _any(r"purchas|placing|order", body[where.end() : where.end() + 40]):
            yield Fact("cancellation.window_hours", low.hours if low.hours is not None else low.days * 24)
            # (w1) a window in hours says nothing of shipment: no until_shipped=False implied (the labels of
            # shoptelescopes, myvacuumstore and two validation pages state none)
            return


# "Once an order has shipped, it cannot be cancelled": the time after shipment said first, then negated
_SHIPPED_THEN_NOT = (r"^\W*(?:once|after|when|as soon as) (?:an? |the |your )?(?:order|it|items?|parcel|package)s? (?:has|have|is|are)(?: been)? (?:shipped|dispatched|fulfilled|sent out|in transit)\b,?"
                     r"[^.;]{0,30}?" + _NEGATED + r"\s+(?:be )?cancell?\w*|"
                     # "Order cancellations are not possible once your order has shipped"
                     r"\bcancell?ations? (?:are|is|will be) (?:not|no longer) (?:possible|accepted|allowed|available)\b[^.;]{0,10}\b(?:once|after|when)\b[^.;]{0,30}\b(?:shipped|dispatched|fulfilled|sent out|in transit)\b|"
                     # "Orders that have already shipped cannot be cancelled"
                     r"^\W*(?:all |any )?orders? (?:that|which) (?:have|has) (?:already )?(?:been )?(?:shipped|dispatched|fulfilled|sent out)\b[^.;]{0,20}?" + _NEGATED + r"\s+(?:be )?cancell?\w*")


# (w1) "After 24 hours, the order ... can no longer be cancelled", "After that, your order is processed and cannot be
# cancelled": the time limit is said to be what ends cancelling, so shipment does not (a bare "within 2 hours" says
# nothing of shipment, and implies no until_shipped)
_CLOSED_AFTER_THE_HOURS = r"^\W*after (?:that|this|\d+ hours?)\b[^.;]{0,80}?" + _NEGATED + r"\s+(?:longer\s+)?(?:be\s+)?cancell?\w*"


def _cancellation_terms(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"(?:as long as|until|before|unless|if) (?:it|the order|your order|an order)? ?(?:has |is |was )?(?:not|n't)? ?(?:yet )?(?:been )?(?:shipped|dispatched|fulfilled)|"
            r"\b(?:until|before|prior to) (?:it|they|the order|your order|an order|orders|the items?|your items?) (?:ships?|dispatch(?:es)?|leaves? (?:our|the) (?:warehouse|premises))\b|once (?:your|the) order has shipped|not shipped yet|until (?:the time )?(?:it|the order|your order) (?:is|has been) (?:shipped|dispatched)|"
            r"\b(?:has|have)(?: not|n't) (?:yet )?(?:been (?:shipped|dispatched)|entered (?:the )?(?:dispatch|shipping)|shipped|dispatched)\b", text) \
            or _any(_NEGATED + r"\s+(?:be )?cancell?\w*\b[^.;]{0,40}\b(?:once|after|when|as soon as)\b[^.;]{0,30}\b(?:shipped|dispatched|fulfilled|left our|sent out|in transit)", text) \
            or _any(_SHIPPED_THEN_NOT, text):
        # "You can not cancel an order once it has been shipped": the negation's scope is the time after shipment
        yield Fact("cancellation.until_shipped", True)
    if _any(r"(?:orders?|purchases?) (?:are final and )?(?:can ?not|cannot|can't) be cancell?ed\s*[.!]?$|(?:we|i) (?:do not|don't) accept cancell?ations(?:,? but\b.*)?\s*[.!]?$|no cancell?ations", text) \
            and not _any(r"once|after|shipped|" + _PAST_A_DEADLINE, text) and not categories_in(clause.body) and not _scoped(clause, text):
        yield Fact("cancellation.enabled", False)
    elif _any(_CLOSED_AFTER_THE_HOURS, text) and not _any(r"ship|dispatch|fulfil|deliver", text):
        yield Fact("cancellation.until_shipped", False, weak=True)
    if _any(r"full refund|100\s*%|fully reimburse", text):
        yield Fact("cancellation.refund_percent", "100")
    if _any(r"to cancel.*(?:email|contact)|(?:email|contact) us to cancel", text):
        yield Fact("cancellation.request_via", "EMAIL")
    elif _any(r"\bto cancel\b[^.;]{0,40}\b(?:log ?in|sign in|your account|order (?:page|history)|online)\b", text):
        yield Fact("cancellation.request_via", "WEBSITE")  # "To cancel your order, log in to your account"
    for category, _label, _match in categories_in(clause.body):
        if _any(r"can't be cancell?ed|cannot be cancell?ed|not cancell?able|(?:do not|don't) accept cancell?ations", text):
            yield Fact("exclusions.not_cancellable", category, each=True)


def _about_cancelling(clause: Clause, text: str) -> bool:
    """A refund sentence about a cancelled order: it says so, or stands among sentences about
    cancelling without naming a return ("... within 7 days of receiving the returned item" is a return's)."""
    return _any(_CANCEL, text) or (_any(_CANCEL, clause.paragraph_text) and not _any(r"\breturn", text))


def cancellation_refund_time(clause: Clause, text: str) -> Iterator[Fact]:
    if not _any(r"refund|reimburse", text) or not _about_cancelling(clause, text):
        return
    for low, high, where in durations(text):
        # (w1) "we will be able to refund you within 5 working days from your cancellation request"
        # (tradingcardsuk): a single length after "within" is the longest the refund takes
        within = high is None and _any(r"\bwithin\s*$", text[max(0, where.start() - 12) : where.start()]) \
            and _any(r"^\W*(?:of|from|after) (?:your |the |our )?(?:cancell?ation|cancell?ing)\b", text[where.end() : where.end() + 30])
        if low.hours is None and (high is not None or within):
            yield Fact("cancellation.refund_time", _range(low, high))
            return


# --- damaged, defective, wrong ------------------------------------------------------------------

# More of the words shops use for goods that reach the customer faulty, read by the fault readers
# only (the other readers' `_FAULT` checks are unchanged): goods that do not work, arrive broken, are
# not what was ordered, or come with parts missing.
_NOT_WORKING = (r"\b(?:does not|doesn't|do not|don't|did not|didn't|fails? to|failed to|won't|will not) (?:work|function|operate|power on|turn on|switch on)\b(?! (?:out|for))|"
                r"\bnot (?:working|functioning)\b(?! (?:out|for))|\bstop(?:s|ped)? (?:working|functioning)\b|\bmalfunction\w*|"
                r"\bmanufactur\w* (?:faults?|errors?|issues?|problems?)")
_ARRIVED_BROKEN = (r"\barriv\w* (?:\w+ )?(?:broken|cracked|smashed|shattered|dented|leaking)\b|"
                   r"\b(?:broken|cracked|smashed|shattered) (?:on|upon|at) (?:arrival|delivery)\b|\bdamage[ds]? in transit\b|\b(?:shipping|transit|delivery|freight|product|item|parcel|package) damage\b")
_NOT_ORDERED = (r"\bnot (?:the (?:item|product|one)s? )?what (?:you|was) ordered\b|"
                r"\b(?:your )?(?:order|shipment|item|product)s? (?:is|was|are|were) (?:incorrect|wrong)\b|"
                # "(mixed up, faulty on arrival)", "an order mix-up", "incorrect upon delivery": the shop sent the wrong goods
                r"\bmix(?:ed)?[- ]?ups?\b|\bincorrect (?:up)?on (?:delivery|arrival|receipt)\b|\b(?:arriv\w*|delivered|received) incorrect(?:ly)?\b")
_PARTS_MISSING = (r"\b(?:items?|parts?|pieces?|components?|accessories) (?:are |is |were |was )?missing\b|"
                  r"\bmissing from (?:your|the) (?:order|parcel|package|box|shipment)\b|\bshort[- ]shipped\b|(?:is|are) missing (?:an? |any |some )?(?:parts?|pieces?|components?|items?|products?)\b")
# "Report any losses or damages", "notify us of any damage": damage the customer reports, a noun
_DAMAGE_REPORTED = r"\b(?:report|notify us of|inform us of|let us know (?:of|about)) (?:any |all )?(?:(?:loss|losses|shortages?) (?:or|and) )?damages?\b"
_FAULT_WIDE = _FAULT + "|" + _DAMAGE_REPORTED + "|" + _NOT_WORKING + "|" + _ARRIVED_BROKEN + "|" + _NOT_ORDERED + "|" + _PARTS_MISSING

_REASONS = (
    ("DEFECTIVE", r"defect|faulty|flaws?\b|quality (?:issue|problem)|" + _HARDWARE_ISSUE + "|" + _NOT_WORKING),
    ("DAMAGED", r"(?<!un)(?<!non-)(?<!non )damaged|\bany damage\b|^(?:any |all )?damages?\b|\bdamages? (?:to|regarding|on|with|of) (?:your |the )?(?:order|items?|goods|parcel|package|product)s?\b|" + _ARRIVED_BROKEN + "|" + _DAMAGE_REPORTED),
    ("WRONG_ITEM", r"(?<!ordered the )(?<!ordered a )wrong(?! size| colou?r)|" + _WRONG_SIZE + r"|sent incorrectly|incorrect(?:,? (?:or |and )?\w+){0,3} (?:item|product|merchandise|order|goods)|" + _NOT_ORDERED),
    ("NOT_AS_DESCRIBED", r"not as described|does not meet the specifications"),
    ("INCOMPLETE", r"incomplete(?!(?: or \w+)? (?:\w+ )?(?:details|address(?:es)?|information|data|forms?|applications?))|missing (?:parts|pieces|components|items?)\b|" + _PARTS_MISSING),
    ("LATE_DELIVERY", r"shipping delays|late delivery|arrived late|delivered late"),
)


# A paragraph that opens on another subject ("Refunds will be issued ...", "Orders can be cancelled
# ...", "Perishable Goods: ...") is out of a fault heading's reach, though no new heading stands over it.
_OTHER_SUBJECT = r"^(?:all |any |our )?(?:refunds?|cancell?ations?|orders?|exchanges?|returns?|gift|store credit|shipping|we reserve)\b"


# Damage the customer's side caused ("damaged by your pet", "damage caused by pet activity"), not the shop
_CAUSED_ELSEWHERE = r"damage[ds]? (?:through|from|due to) (?:mishandling|misuse|neglect|improper|accident|normal)|damaged\b[^.;]{0,40}\bdue to (?:the customer'?s |your )?(?:improper|poor|inadequate|insufficient)\b|damage[ds]?\b(?: \w+)?(?: caused)? by (?!us\b|our\b|e-?mail|phone|telephone|post\b|mail\b|letter|calling|writing|contacting|sending|completing|filling|replying|using|following|visiting|clicking|logging|\d|(?:the )?(?:carrier|courier|shipping|post|postal|delivery|ups|usps|fedex|dhl|manufacturer)|transit)(?:your |the |a )?\w+"


def _at_fault_words(text: str) -> str:
    """`text` without "non-faulty", "non-defective": the returns no one is at fault for name no fault."""
    return re.sub(r"\bnon[- ]?(?:faulty|defective|damaged|fault)\b|\bnot (?:been |be )?(?:faulty|defective|damaged)\b|\bnot every (?:flaw|defect|fault)\b", " ", text)


def _fault_section(clause: Clause) -> bool:
    if not _any(_FAULT, _at_fault_words(clause.heading.lower())) or _any(_CAUSED_ELSEWHERE, clause.heading.lower()):
        return False  # "Damaged Items by Pets" is about damage the shop does not answer for
    opening = clause.opening or clause.body
    return _any(_FAULT, opening) or not (_any(_OTHER_SUBJECT, opening) or _led_by_goods(opening))


@lru_cache(maxsize=256)
def _carrier_paragraph(paragraph: str) -> bool:
    return _any(_CARRIER_CLAIM, paragraph) and not _any(r"\bwe(?: will|'ll)? (?:file|make|submit|open|handle)", paragraph)


def _about_fault(clause: Clause, text: str) -> bool:
    """Damage the shop answers for, not damage that bars a return ("damaged after purchase")."""
    # "you consent that ... it is not faulty, damaged or not as described": the faults are denied
    denied = _any(r"\b(?:is|are|was|were|has|have)(?: not|n't) (?:been )?(?:faulty|defective|damaged)\b", text)
    text = _at_fault_words(text)
    # "must be reported within 7 days ..., or it may not be accepted": what happens if the customer is late
    text = re.sub(r"\b(?:or|otherwise),? (?:it|they|the (?:item|return|goods)s?) (?:may|will|might|would) not be accepted\b.*", " ", text)
    refusing = _any(_CAUSED_ELSEWHERE + r"|after purchase|\b(?:damaged|caused|broken|done|misused|mishandled|worn|used|altered|dropped|lost) (?:\w+ )?by (?:the customer|you)\b|not (?:be )?(?:held )?(?:responsible|liable) for|under no circumstances|not (?:be )?accepted|are final|cannot be returned|will not be processed|we deem|"
                    r"(?:cannot|can't|can not|will not|won't) be refunded|"  # "Opened or damaged products cannot be refunded"
                    r"\bdeclined?\b|(?:cannot|can't|can not|will not|won't|do not|don't|unable to) (?:credit|refund|reimburse)\b|"
                    r"(?:cannot|can't|can not|will not|won't|do not|don't|unable to|not able to) (?:issue|give|offer|provide) (?:a |any )?refund|"
                    r"not eligible|ineligible|not (?:be )?covered|(?:does|do|will) not cover|\bvoids?\b|excluded from|"
                    r"(?:cannot|can't|not) (?:take|accept) (?:the )?(?:fault|responsibility)|not liable|(?:will|shall) be (?:refused|rejected)|"
                    r"not returnable|non-?returnable|(?:unable|not able) to (?:refund|exchange|accept|return|take)|"
                    r"\brefuse (?:to accept )?(?:the )?returns?|no refund will be issued|not (?:be )?granted|fails? (?:\w+ )?inspection|\bnot for (?:\w+ ){0,2}damage|"
                    r"\bno (?:\w+ (?:or|and) )?damaged (?:merchandise|items?|goods|products?)|"
                    # "the return will be denied", "evidence of a fraudulent return such as reporting false damage"
                    r"\bden(?:y|ies|ied)\b|\bfraud|\bfalse\b|carelessness|"
                    # "We reserve the right to reject a return if: - Product returned incomplete"
                    r"\b(?:reject|refuse)\w* (?:a |the |any |your )?(?:returns?|refunds?|claims?)\b", text) and not _any(r"\bunless\b", text)
    # "insure the package if it is lost or damaged" is shipping advice; "your statutory rights for
    # faulty goods" is the law's promise, not a setting of the shop's.
    aside = _any(r"\bpack\b|\binsur(?!ance claim on (?:your|the customer'?s) behalf)|lost or damaged|damaged or lost|statutory|consumer rights|consumer (?:law|guarantee)|read more|click here|"
                 r"(?:can|may|will) result in (?:an? )?(?:\S+ )?(?:fee|charge|deduction)|free (?:of|from) [^.]{0,30}(?:damage|defect)|"
                 r"(?:is|are|was|were) (?:in fact )?not (?:\w+ )?(?:damaged|defective|faulty)|"
                 r"warranty (?:process|claims?|department|procedure)|warranty (?:includes|covers|coverage)|covered by (?:the |our |a )?(?:manufacturer'?s? )?warranty|\bdeduct\w* from (?:the |your )?(?:refund|credit)|" + _CARRIER_CLAIM, text)
    aside = aside or (_any(_CHARGED, text) and not _charge_spares(text))
    # "Under EU rules, a trader must repair ... if goods turn out to be faulty", a "Consumer Rights" section:
    # what the law promises, not a setting of the shop's
    aside = aside or _any(r"\bunder (?:\w+ ){0,2}(?:rules|law|laws|regulations?|legislation)\b|consumers? (?:are|is) entitled", text) \
        or _any(r"statutory|consumer rights|consumer (?:law|guarantee)|legal rights", clause.heading.lower())
    # "Returns with damaged or missing packaging ...": the state of a return, not the shop's fault
    packaging = _any(r"(?:with|in) (?:\w+ )?damaged (?:or missing )?(?:packaging|box)", text)
    # "Failure to do so may prevent you from filing a claim with the carrier": the paragraph is about
    # the customer's claim with the carrier, not about what the shop takes back
    carrier = _carrier_paragraph(clause.paragraph_text)
    refusing = refusing or _listed_under_exclusions(clause)  # "Damaged due to improper installation" under "Non-returnable items"
    # "Damaged candles are not returnable. Email us if you receive damaged product (for the carrier's claim)"
    refusing = refusing or _any(r"(?<!un)damaged [\w ]{0,30}\b(?:are|is) (?:not (?:returnable|refundable|accepted)|non-?returnable)", clause.paragraph_text)
    aside = aside or denied or _any(_WARRANTY_TERM, text)
    return (_any(_FAULT_WIDE, text) or _fault_section(clause)) and not refusing and not aside and not packaging and not carrier


# A warranty's terms ("The warranty means that if your item becomes faulty within ..."): a fault arising
# later, under a warranty, not the shop's terms for goods that arrive faulty
_WARRANTY_TERM = (r"\b(?:becomes?|became|develops?|developed) (?:an? )?(?:faulty|defective|fault|defect)|"
                  r"\b(?:handled|covered|dealt with|serviced) (?:by|under|through|via) (?:the |our |their )?(?:manufacturer'?s'? )?warranty|"
                  r"\b(?:the|this|our) (?:[\w-]+ ){0,2}warranty (?:\w+ )?(?:means|is|applies|lasts|period|covers|includes)\b|"
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
# What the shop does about a fault, or asks the customer to do: a damaged item named with none of it
# ("we are unable to verify whether it has been damaged") is no reason the shop answers for.
_TAKES_BACK = (
    r"return|refund|replac|exchang|credit|repair|contact|report|notify|let us know|inform|e-?mail|call|phone|photo|picture|claim|"
    r"reship|re-?send|send|cover|\bpay|free of charge|at no (?:extra |additional )?(?:cost|charge)|our (?:expense|cost)|eligible|accept|"
    r"\bfix|resolve|label|responsib|reimburs|take (?:it |them )?back|within|guarantee|warrant|\bunless\b|\bexcept\b"
)
_FAULT_ONLY = r"\bonly (?:eligible |accepted |available |possible |offered )?(?:for|if|when|in the event)\b.{0,40}(?:damag|defect|faulty|incorrect|wrong)"


def _fault_reasons(clause: Clause, text: str) -> list[str]:
    # under a fault heading a line's own words ("If you receive: - Wrong item") say which fault it is
    acted_on = _any(_TAKES_BACK, text) or _fault_section(clause)
    named = [reason for reason, pattern in _REASONS if _any(pattern, _at_fault_words(_excepted(clause.body)))] if acted_on else []
    # under "Damaged items", "contact us within 3 days"; not "We review each concern on an individual basis",
    # which says nothing the shop or the customer does about the fault
    if not named and _fault_section(clause) and _any(_TAKES_BACK + r"|\bif you (?:receive|get|find)\b", text):
        named = [reason for reason, pattern in _REASONS if _any(pattern, clause.heading.lower())]
    return named


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


def _fault_window(text: str) -> Iterator[Fact]:
    text = re.sub(r"\([^)]*\d[^)]*\)", " ", text)  # "premature wear (within 30 days)"
    # the deadline is the one the reporting verb takes: "If it stops working within 30 days, contact us within 7 days of ..."
    # "contact our customer service team within 7 days": the shop's team in other words
    verb = re.search(r"report|contact (?:us|our (?:[\w-]+ ){0,3}(?:team|department|staff|support))\b|notify|let us know|inform us", text)
    own = text[verb.start() :] if verb and durations(text[verb.start() :]) else text
    window = _window(own, allow_unanchored=False)
    reporting = verb is not None
    if window and "starts" not in window and _other_event(own):
        yield _unheld("a fault's deadline counted from an event no setting knows: no setting holds it")  # "of noticing the problem"
    elif window and _any(r"whichever is (?:longer|later|greater|sooner|earlier|shorter)", text):
        yield _unheld("a window that depends on another period: no setting holds it")
    elif window and ("starts" in window or reporting):
        yield from _window_facts("fault.window", window)


# "Report any damage with photos. Notification must be made within one week of delivery.": the deadline
# for the report the sentence before asks for
_NOTICE_DEADLINE = (r"^\W*(?:(?:the |this |your |such |all |any )?(?:notification|notice|claims?|reports?)s?|this|it)\b[^.;]{0,30}?"
                    r"\b(?:must|should|needs? to|has to|have to) be (?:made|given|sent|filed|reported|submitted|received)\b[^.;]{0,20}\bwithin\b")


def _deadline_after_a_fault(clause: Clause, text: str) -> bool:
    before = _sentence_before(clause)
    return bool(before) and _any(_NOTICE_DEADLINE, clause.body) and _any(r"report|contact|notify|let us know|inform us|e-?mail", before) \
        and _about_fault(clause, before)


# "Defects must be reported within 30 days", "Any damage must be reported within 2 days": a fault
# named as the subject is what the rule is about, not a group of goods it is narrowed to
_FAULT_SUBJECT = r"^(?:any |all )?(?:defects?|damages?|faults?|flaws?|breakages?|shipping damage|transit damage)\b(?= (?:must|should|need|needs|has|have|are|is|will))"


def _fault_scoped(clause: Clause, text: str) -> bool:
    if not _any(_FAULT_SUBJECT, clause.body):
        return _scoped(clause, text)
    plain = re.sub(_FAULT_SUBJECT, "it", clause.body, count=1)
    return _scoped(replace(clause, text=plain), text.replace(clause.body, plain))


def fault(clause: Clause, text: str) -> Iterator[Fact]:
    """Which reasons put the merchant at fault, and the window for reporting them."""
    if not _about_fault(clause, text):
        if _deadline_after_a_fault(clause, text) and durations(digits(clause.body)):
            yield from _window_facts("fault.window", _window(text, allow_unanchored=False) or {})
        return
    if _fault_scoped(clause, text):
        yield _unheld("what the shop does about faults in some goods or orders only: no setting holds it")
        return
    for reason in ([] if _any(_CHOSEN, text) and _any(r"exchange", text) else _fault_reasons(clause, text)):
        yield Fact("fault.reasons", reason, each=True)
    if _any(_CHARGED, text) and _charge_spares(text):
        return  # a charge's exception names the faults; its numbers are the charge's
    if _any(_FAULT_ONLY, text) and not _any(r"exchang|replac", text):
        yield _unheld("returns or refunds only when the shop is at fault: no setting holds that")
    # the deadline must be this line's own: an introduction's return window is no fault's ("You can
    # return items within 30 days, as noted below: - If the return is due to defective products, ...")
    # "Unused or faulty items can be returned within 30 days": one window for both, the return window
    for_both = _any(r"\b(?:unused|unworn|unopened)\s*(?:,|or|and|/|&)\s*(?:faulty|defective|damaged)\b|\b(?:faulty|defective|damaged)\s*(?:,|or|and|/|&)\s*(?:unused|unworn|unopened)\b", text)
    if _any(r"report|contact us|notify|let us know|inform us|within", text) and not _any(_CANCEL, text) and durations(digits(clause.body)) and not for_both:
        yield from _fault_window(text)
    if _any(r"condition requirements .* don't apply", text) or _condition_waived(text):
        yield Fact("fault.waive_condition", True)


# "The item must be in resalable condition unless it arrived damaged", "items must be unused, except
# faulty ones": the exception to the condition is the shop's fault, so a faulty item need not meet it
_STATE_REQUIRED = (r"\b(?:must|should|needs? to|has to|have to|(?:is|are) required to)\b[^.;]{0,40}?"
                   r"\b(?:condition|unused|unworn|unopened|resal\w*|re-?sellable|original packaging|tags?)\b")


def _condition_waived(text: str) -> bool:
    required = re.search(_STATE_REQUIRED, text)
    if required is None:
        return False
    exception = re.search(r"\b(?:unless|except(?: for| when| if| where)?|other than)\b", text[required.end() :])
    return exception is not None and _any(_FAULT, text[required.end() + exception.end() :][:60])


def fault_photos(clause: Clause, text: str) -> Iterator[Fact]:
    if not _about_fault(clause, text) or not _any(r"photo|picture|image", text) or _fault_scoped(clause, text):
        return
    if _any(r"if possible|where possible|may ask|might ask|if you can|(?:may|might) (?:require|need|request)", text):
        yield Fact("fault.photos_requested", True)
    else:
        count = re.search(r"\b(\d{1,2}) (?:clear )?(?:photo|picture|image)", text)
        yield Fact("fault.photos_min", int(count.group(1)) if count else 1)
    if _any(r"packag", text):
        yield Fact("fault.photos_of", "PACKAGING", each=True)
    # "If an item arrives broken, send photos": the photos show what is wrong, in the words for it
    if _any(r"issue|damage|defect|problem|fault|\bbroken\b|\bcracked\b|\bleak\w*|\bmissing\b|\bwrong\b|\bincorrect\b", text):
        yield Fact("fault.photos_of", "ISSUE", each=True)


# A paragraph opened on a fault ("If your item arrives damaged, contact us with photos. We'll arrange for
# a replacement."): the next sentences go on under that condition, unless they turn to other returns
_FAULT_OPENING = r"^\W*(?:if|should|when|in (?:the )?(?:case|event) (?:of|that))\b[^.;]{0,60}?"
_OTHER_RETURNS = r"\botherwise\b|\b(?:all |any )?other (?:returns?|reasons?|items?|cases?)\b|change of mind|\bunwanted\b|\bno longer\b|\bif you\b"


def _sentence_before(clause: Clause) -> str:
    paragraph = clause.paragraph_text
    at = paragraph.find(clause.body)
    if at <= 0:
        return ""
    sentences = [part for part in re.split(r"(?<=[.!?])\s+", paragraph[:at].strip()) if part]
    return sentences[-1].lower() if sentences else ""


def _under_a_fault_opening(clause: Clause, text: str) -> bool:
    """The sentence before opens on a fault as its condition ("If your item arrives damaged, ...")."""
    before = _sentence_before(clause)
    if not before or _any(_OTHER_RETURNS, text):
        return False
    condition = re.match(_FAULT_OPENING + r"(?:" + _FAULT_WIDE + r")", _at_fault_words(before))
    return condition is not None and _about_fault(clause, f"{before} {text}")


# An exchange for a size, colour or model the customer chose ("For size exchanges or incorrect items:",
# "We offer exchanges for: - Wrong size - Defective items"): an exchange for any return, not a fault's remedy
_CHOSEN = (r"\b(?:size|colou?r|style|fit) exchanges?\b|\bexchanges? (?:for|of|into) (?:an? |another |the )?(?:different |other )?(?:size|colou?r|style|model|fit)\b|"
           r"^\W*wrong (?:size|colou?r|model|style|fit)\b(?! (?:was |were |is )?(?:sent|shipped|delivered))")


def _exchange_for_a_choice(clause: Clause, text: str) -> bool:
    if not _any(r"exchange", text):
        return False
    listing = clause.listing if clause.intro else ""
    return _any(_CHOSEN, text) or any(_any(_CHOSEN, item) for item in re.split(r"(?<=\w)\s+(?=wrong )", listing))


def fault_remedies(clause: Clause, text: str) -> Iterator[Fact]:
    """What a customer is offered once the fault is confirmed."""
    offers = _any(r"offer|receive|get|entitled|we(?: will|'ll) (?:send|ship|issue)|you can|replace|either|to process|arrange", text) or _fault_section(clause)
    if not (_about_fault(clause, text) or _under_a_fault_opening(clause, text)) or not offers or _fault_scoped(clause, text):
        return
    if _exchange_for_a_choice(clause, text):
        return
    # "we'll send you the correct product": a replacement in other words
    if _any(r"replacement|\breplaced?\b|\b(?:send|post|ship|mail) (?:you )?(?:the correct|the right|a new|a fresh|another)\b", text) and not _any(r"reorder|new order", text):
        yield Fact("fault.remedies", "REPLACEMENT", each=True)
        yield Fact("resolutions.replacement", "MERCHANT_AT_FAULT")
    if _any(r"exchange", text) and not _any(_NEGATED + r" (?:offer )?(?:direct )?exchange", text):
        yield Fact("fault.remedies", "EXCHANGE", each=True)
        yield Fact("resolutions.exchange", "MERCHANT_AT_FAULT", weak=True)
    # "we will refund the delivery charges you paid": the shipping paid back, not the goods' price
    goods_refund = re.sub(r"\brefund\w* (?:you )?(?:for )?(?:the |your |any |all )?(?:original |outbound )?(?:delivery|shipping|postage|carriage|return shipping)"
                          r"(?: (?:and|&) handling)?(?: (?:charges?|costs?|fees?))?", " ", text)
    if _any(r"(?<!non-)(?<!non)refund(?!able)|return it", goods_refund):
        yield Fact("fault.remedies", "REFUND", each=True)
    if _any(r"full refund.*shipping|refunded in full", text):
        yield Fact("fault.full_refund", True)


# --- return shipping ----------------------------------------------------------------------------

_POSTAGE = r"\bcollect (?:it|them|(?:the |your )?(?:item|goods|product|parcel)s?) at (?:our|your) (?:own )?expense|pay for (?:the )?(?:courier|postage|carriage)\b|\bpay to return\b|\b(?:return\w*|sen[dt] (?:(?:it|them|(?:the|your) (?:items?|goods|products?|parcels?|orders?)) )?back(?! to you))\b[^.]{0,40}\bat (?:your|their|the customer's|the buyer's) (?:own )?(?:cost|expense)|return (?:shipping|postage|freight)|return (?:costs?|fees?|charges?)\b|postage (?:fee|cost|charge)s?|shipping (?:fee|cost|charge|expense)s?|cost of (?:sending|shipping|returning)|transfer or shipment|cost of sending"
# "The postage cost will be deducted from your refund", "the cost of the return label is taken off your
# refund": the customer pays the return postage out of the refund (the order's own shipping, named
# "original" or "outbound", is refund.original_shipping's)
_POSTAGE_DEDUCTED = (
    r"\b(?:return (?:shipping|postage)|postage|(?:return |shipping |prepaid |pre-paid )?labels?)(?: (?:costs?|fees?|charges?))?\b[^.;]{0,20}?"
    r"\b(?:will be|is|are|shall be|gets?|being) (?:deducted|subtracted|taken (?:off|out of)|withheld) (?:from|off|out of)? ?(?:your|the) (?:\w+ ){0,2}refund"
)
# "It is the customer's responsibility to return items to us by courier": who sends the goods back
# arranges, and pays for, their carriage
_CARRIAGE_OWED = (
    r"\bresponsib\w* (?:for|to) (?:return|send|ship|post|mail|courier)\w*\b[^.;]{0,60}?\b(?:by|via|through|with) (?:an? |the )?(?:courier|post\b|mail\b|carrier|freight)"
)
# More shapes of "who pays to send it back": a sentence about return postage that the words above miss
# ("Items must be shipped back at your own cost", "shipping for returns", "we offer free returns",
# "we do not provide return labels"), and who pays in it ("at the buyer's expense", "you'll have to
# cover", "return shipping is on us", "we will reimburse your return postage").
_NO_LABEL = (r"\b(?:return|prepaid|pre-paid|shipping) labels? (?:are |is |will )?(?:not|never) (?:be )?(?:provided|included|supplied|issued|offered)\b|"
             r"\b(?:do not|don't|does not|doesn't|cannot|can't|will not|won't) (?:provide|offer|supply|send|issue|include)\w* (?:any |a )?(?:prepaid |pre-paid |free )?(?:return |shipping )*labels?\b")
# "returned to us with shipping prepaid", "returns must be sent freight prepaid": the sender pays the carriage
_SENT_PREPAID = (r"\b(?:with )?(?:the )?(?:shipping|postage|freight|carriage) (?:charges )?pre-?paid\b(?! (?:return |shipping )?labels?)|"
                 r"\b(?:sent|shipped|returned|mailed|posted) (?:back )?(?:to us )?(?:freight |postage )?pre-?paid\b(?! (?:return |shipping )?labels?)")
_POSTAGE_MORE = (
    _SENT_PREPAID + "|"
    r"\b(?:send\w*|sent|ship\w*|mail\w*|post\w*) (?:(?:it|them|(?:the|your|an?) (?:items?|goods|products?|parcels?|orders?|packages?)) )?back\b[^.]{0,40}\bat (?:your|their|the \w+'s) (?:own )?(?:cost|expense)|"
    r"\b(?:shipping|postage|freight) (?:for|on|of) returns?\b|(?<![\w-])free returns?\b(?!\s*(?:&|and|/|polic))|\breturns? (?:are|is) free\b|" + _NO_LABEL
)
_CUSTOMER_PAYS_MORE = (
    _SENT_PREPAID + "|"
    r"\bat (?:the )?(?:buyer|customer|client|purchaser|sender)'?s'? (?:own )?(?:cost|expense)|responsibility of the (?:purchaser|sender|shopper)|"
    r"\b(?:you|customers?)(?:'ll| will)? (?:need to|have to|must) (?:cover|bear)\b|\b(?:send\w*|sent|ship\w*|mail\w*|post\w*) (?:(?:it|them|(?:the|your|an?) \w+) )?back\b[^.]{0,40}\bat your (?:own )?(?:cost|expense)|" + _NO_LABEL
)
_MERCHANT_PAYS_MORE = (r"\b(?:is|are) on us\b|\breturn (?:shipping|postage)\b[^.;]{0,40}\b(?:is|are|will be) free\b|(?<![\w-])free returns?\b(?!\s*(?:&|and|/|polic))|"
                       r"\bwe(?: will|'ll)? (?:refund|reimburse) (?:you )?(?:for )?(?:the |your |any )?(?:return )?(?:shipping|postage)")
# w5: "the customer will bear all associated shipping costs", "You're responsible for return shipping",
# "You will be required to pay for return shipping": more ways of saying the customer pays
_CUSTOMER_PAYS_W5 = (
    r"\b(?:you|customers?|buyers?|clients?|purchasers?|shoppers?) (?:will|shall|must|would|are to) (?:bear|cover|absorb|shoulder)\b|"
    r"\byou're (?:solely |fully )?responsible\b|"
    r"\b(?:you|customers?|buyers?|clients?) (?:will|shall)? ?(?:be|are|is) (?:required|expected|asked) to (?:pay|cover|bear)\b"
)
_CUSTOMER_PAYS = (
    _CARRIAGE_OWED + "|" + _CUSTOMER_PAYS_MORE + "|" + _CUSTOMER_PAYS_W5 + "|"
    r"(?:you|customers?|clients?|buyers?)(?:'s)? (?:are |is |will be )?responsib|"
    # "The customer must incur the cost of shipping the item back": the verbs of paying
    r"(?:you|customers?|clients?|buyers?|purchasers?) (?:must |will |shall |are to |need to |have to )?(?:incur|absorb|assume|shoulder)s?\b|(?:customer|client|buyer)'s responsibility|"
    r"at their (?:own )?(?:cost|expense)|(?:you|customer|client|buyer)s? (?:pay|pays|must pay|bear|cover)|(?:buyer|customer|client)s? (?:must|will) pay\b|(?:you|customers?)(?:'ll| will)? (?:need to|have to|must) (?:arrange and )?pay\b|at (?:your|the customer's) (?:own )?(?:cost|expense)|"
    r"correspond\w* to the customer|(?<!we )(?<!we will )(?<!we'll )pay the return postage|responsibility of the (?:customer|buyer|client)|"
    r"(?:paid|covered|borne) by the (?:customer|buyer|client)|(?:is|are|remains?) (?:the )?(?:your|customer's|buyer's) (?:own )?responsibility|"
    r"\bwe (?:do not|don't|will not|won't) (?:cover|pay)|"
    r"return (?:shipping|postage)(?: (?:costs?|fees?|charges?))? (?:are|is) non-?refundable|"  # the customer's, not paid back
    # "Any shipping cost you may incur when returning product(s) to us will not be refunded"
    r"(?:shipping|postage) (?:costs?|fees?|charges?)\b[^.]{0,40}\breturning\b[^.]{0,40}\b(?:will not|won't|are not|is not|cannot|can't) be (?:refunded|reimbursed)|"
    + _POSTAGE_DEDUCTED
)
# "we'll send you the correct product ... and pay the return shipping": the subject carries over the "and"
_WE_AND_PAY = r"\bwe(?: will|'ll)? \w+\b[^.;]{0,80}?\band (?:also )?(?:pay|cover) (?:for )?(?:the |your |all )?(?:return|shipping|postage|cost)"
_MERCHANT_PAYS = (_MERCHANT_PAYS_MORE + "|" + r"(?:borne|paid|covered) by us\b|free return|return shipping is free|returns? (?:are|is) free|we(?: will|'ll)?(?: also)? (?:pay|cover)|at our (?:cost|expense)|free of charge|free prepaid|"
                  + _WE_AND_PAY)


_FREE_LABEL = (
    r"(?:we will|we'll|we) (?:e-?mail|send|provide|give|include)\w* (?:you )?(?:with )?(?:a |an )?(?:free |prepaid |pre-paid )?"
    r"(?:return|shipping|return shipping|return/exchange)? ?label (?:free of charge|at no (?:extra )?cost)|"
    r"(?:we will|we'll|we) (?:e-?mail|send|provide|give|include)\w* (?:you )?(?:with )?(?:a |an )?(?:(?:free|prepaid|pre-paid|complimentary),? ){1,2}(?:return |shipping )*label"
)


def _free_label(clause: Clause, text: str) -> Fact | None:
    """"We will email you a return label free of charge" (for every return, or for the shop's errors)."""
    if not _any(_FREE_LABEL, text) or _any(_REGIONAL + "|" + _CUSTOMER_PAYS, text + " " + clause.heading.lower()):
        return None
    charged = r"(?:deduct\w*|\bfees?\b|\bcharged?\b|\bcosts?\b)[^.]{0,60}[$€£]\s?\d|[$€£]\s?\d[\d,.]*(?:[^.]|\.\d){0,60}(?:deduct|\bfee|\bcharge|\bcost)"
    rest = clause.paragraph_text.replace(clause.body, " ")
    if not _any(r"\bfree\b|at no (?:extra )?cost", text) and (_any(charged, rest) or _any(_POSTAGE_DEDUCTED, rest.lower())):
        # "we'll email you a prepaid return label. ... otherwise $6.95 will be deducted": prepaid is not free
        return _unheld("a prepaid label whose cost the paragraph charges: no setting holds who pays")
    if _led_by_scope(clause.body) or _any(r"\b(?:for|on) (?:all |any )?(?:exchanges?|store credit)\b(?! (?:and|or|&) (?:returns?|refunds?))", text):
        return _unheld("a free label for some returns only: no setting holds it")  # "For exchanges by mail, we send a prepaid label"
    if _any(_FAULT, text) or _fault_section(clause):
        return Fact("shipping.merchant_at_fault", {"payer": "MERCHANT"})  # "if we made an error, we will email you a prepaid label"
    return Fact("shipping.default.payer", "MERCHANT")


def _about_return_postage(clause: Clause, text: str) -> bool:
    postage = _any(_POSTAGE + "|" + _POSTAGE_DEDUCTED + "|" + _POSTAGE_MORE + "|" + _BOTH_WAYS, text) or (_any(_CARRIAGE_OWED, text) and not _any(r"\bwithin \d", text))
    if not postage or _any(_REGIONAL, text) or _any(_REGIONAL, clause.heading.lower()):
        return False
    if _any(_POSTAGE_DEDUCTED, text) and (amounts(text) or _any(r"\b(?:original|outbound|outgoing|initial)\b", text)):
        return False  # a label's price (a fee), or the order's own shipping kept
    # "Shipping costs associated with returns": the return's postage named the other way round (w5)
    return_postage = _any(r"return (?:shipping|postage)|\b(?:shipping|postage|freight)(?: (?:costs?|fees?|charges?))? (?:associated with|related to|for|on|of) (?:the |your |all |any )?returns?\b", text)
    # otherwise the order's own shipping, read by original_shipping
    return return_postage or not (_any(r"original (?:shipping|delivery)|free shipping", text) or _any(r"non-?refundable", text))


# w5: "Customer Remorse: If the return is due to personal preference, you pay ...", "Change of Mind: ...":
# a lead naming the returns no one is at fault for leads every such return, not some goods
_NO_FAULT_LEAD = r"^\W*(?:customer'?s? remorse|buyer'?s? remorse|change[- ]of[- ]mind(?: returns?)?|personal preference|non-?fault(?:y)? returns?)\W*:\s*"


# w5: "We'll arrange for a replacement or full refund, including return shipping costs", "we will replace it
# or offer a full refund, covering all shipping costs": the remedy for a fault comes with the postage paid
_COVERED_WITH_REMEDY = (
    r"\b(?:refund|replace\w*|repair\w*|exchange)\b[^.;]{0,40}?,? (?:including (?:the |all |any |your )?return |(?:and )?covering (?:the |all |any |your )?(?:return |associated )?)"
    r"(?:shipping|postage|freight)(?: (?:costs?|fees?|charges?))?\b"
)
# "Scrapbooking Warehouse will cover shipping costs ...", "shipping costs will be the responsibility of
# Shop-telescopes.com": the shop, by its name, pays (a name: capitalised words that are not a pronoun or
# the customer)
_NOT_A_SHOP_NAME = r"(?!(?:You|We|I|It|They|The|Our|Your|All|Any|Each|Every|Customers?|Buyers?|Clients?|Purchasers?|Shoppers?|Return|Returns|Shipping|Please|If|Once|When)\b)"
_SHOP_PAYS_BY_NAME = (
    r"^\W*" + _NOT_A_SHOP_NAME + r"[A-Z][\w.&'-]*(?: " + _NOT_A_SHOP_NAME + r"[A-Z][\w.&'-]*){0,3} (?:will|shall|would) (?:cover|pay for|pay|bear)\b|"
    r"\bresponsibility of " + _NOT_A_SHOP_NAME + r"[A-Z][\w&'-]*(?:\.com)?\b"
)
# w5: "both ways" is the postage there and back; "flawed" and "misclassified" are the shop's faults too
_BOTH_WAYS = r"\b(?:cover|pay(?: for)?|refund)\b[^.;]{0,20}\bboth ways\b|\b(?:shipping|postage) both ways\b"
_FAULT_W5 = _FAULT + r"|\bflawed\b|\bmisclassified\b|\bincorrect (?:up)?on (?:delivery|arrival)\b"


def _shop_pays_by_name(clause: Clause) -> bool:
    return re.search(_SHOP_PAYS_BY_NAME, _plain(clause.text)) is not None


def _past_a_no_fault_lead(clause: Clause, text: str) -> tuple[Clause, str]:
    lead = re.match(_NO_FAULT_LEAD, clause.body)
    if lead is None and re.match(_NO_FAULT_LEAD, clause.line):
        return replace(clause, line=re.sub(_NO_FAULT_LEAD, "", clause.line)), text  # a later sentence of the line
    if lead is None:
        return clause, text
    words = _plain(clause.text).split(":", 1)
    if len(words) < 2:
        return clause, text
    rest = words[1].strip()
    stripped = replace(clause, text=rest, line=re.sub(_NO_FAULT_LEAD, "", clause.line))
    return stripped, digits(stripped.context)


def return_shipping(clause: Clause, text: str) -> Iterator[Fact]:
    clause, text = _past_a_no_fault_lead(clause, text)
    label = _free_label(clause, text)
    if label:
        yield label
        return
    declined = _postage_declined(clause, text)
    if declined:
        if declined is not True:
            yield declined
        return
    if _any(r"product page", text):
        yield Fact("shipping.product_page_free_returns", True)
    exception = re.search(r"\b(?:unless|except)\b", text)
    unless = exception is not None and _any(_FAULT_W5, text[exception.end() :])
    # "If the return is not due to our error, the customer pays": the returns that are no one's fault
    # "due to a change of mind or any other reason not related to our error": the negation covers the fault
    not_at_fault = _any(r"\b(?:not|n't) (?:\w+ )?(?:due to|caused by|the result of|a result of|because of|related to|linked to|connected (?:to|with)|attributable to|arising from)\b[^.]{0,30}(?:" + _FAULT + r")|"
                        r"\bchange (?:of|in) (?:mind|heart)\b|"
                        r"\bother than (?:our |an? |the )?(?:error|fault|mistake|defect)", text)
    # "insured for damage or loss": the parcel's risk in transit, no fault of the shop's
    at_fault = (_any(_FAULT, re.sub(r"\b(?:damage|loss|lost|damaged) (?:or|and|/) (?:damage|loss|lost|damaged)\b", " ", text)) or _fault_section(clause)
                or (_any(_COVERED_WITH_REMEDY, text) and _any(_FAULT, clause.line))) \
        and not unless and not not_at_fault
    payer = _payer(clause, text)
    if payer == "MERCHANT" and _any(_NEGATED + r"\s+(?:[\w-]+\s+){0,2}?free\b|\b(?:not|no) free\b", text):
        yield _unheld("free return shipping denied or withdrawn: no setting holds who pays")  # "We no longer offer free return shipping"
        return
    if payer is None:
        return
    if _any(_POSTAGE_DEDUCTED, text):
        # the customer pays, and the shop takes it out of the refund: how it is charged no setting holds
        yield _unheld("return postage deducted from the refund: no setting holds how it is charged")
    if payer == "CUSTOMER" and unless and _any(_FAULT_W5, text):
        yield Fact("shipping.merchant_at_fault", {"payer": "MERCHANT"}, weak=True)  # "... unless it was our error"
    if at_fault:
        yield Fact("shipping.merchant_at_fault", _at_fault_terms(payer, text))
    else:
        yield Fact("shipping.default.payer", payer)


def _payer(clause: Clause, text: str) -> str | None:
    if _any(_WE_AND_PAY, text) or _shop_pays_by_name(clause):
        return "MERCHANT"
    if _any(_CUSTOMER_PAYS, text):
        return "CUSTOMER"
    return "MERCHANT" if _any(_MERCHANT_PAYS + "|" + _COVERED_WITH_REMEDY + "|" + _BOTH_WAYS, text) else None


def _remedy_without_fault(clause: Clause, text: str) -> bool:
    """A warranty's terms, or a repair or replacement for a fault the sentence does not name."""
    return _any(_WARRANTY_TERM, text) or (_any(r"\b(?:repair|replace)\b", text) and not _any(_FAULT, text) and not _fault_section(clause))


def _postage_declined(clause: Clause, text: str) -> Fact | bool:
    """Why a sentence sets no payer: True when it is not about who pays return postage, the reason
    for the merchant when it is but for some returns only; False when it may be read."""
    if not _about_return_postage(clause, text) or (_any(_CANCEL, text) and not _any(r"\breturn", text)):
        return True
    # "We will repair or replace the item and cover the return shipping": a remedy for a fault named elsewhere
    if _remedy_without_fault(clause, text):
        return _unheld("who pays shipping under a warranty or for a repair: no setting holds it")
    if _any(r"responsib\w* for (?:any |all )?(?:the )?(?:damage|loss|risk)", text):
        return True  # "responsible for damage or loss during return shipping": the risk, not who pays
    # the sentence's own scope, or a heading naming a kind of returns ("Shipping, Pickup, and Delivery
    # Costs" lists topics; it scopes nothing)
    if _scoped(replace(clause, heading=""), text) or _kind_heading(clause) or _any(_CANCEL, text):
        return _unheld("who pays shipping for some returns only: no setting holds it")
    goods = r"\b(?:shipping|postage)(?: (?:costs?|fees?|charges?))? (?:for|on) (?!(?:a|an|all|any|your|the|this|that|these|those|our|their|us|you|it|them|free|each|every|return\w*|send\w*|items?|products?|orders?|goods|merchandise|exchanges?|store|refunds?|credit|which|whom)\b)[a-z]"
    # "Return shipping is free for members": free for some customers only
    goods += r"|\b(?:free|paid by us|covered by us|on us)\b[^.;]{0,20}\bfor (?!(?:all|every|any|you|your|our|the|everyone|everybody|customers?|returns?|orders?|items?|products?|exchanges?|refunds?)\b)[a-z]"
    if _any(goods, _without_faulty_goods(text)) or (_any(_SCOPED, clause.heading.lower()) and not _any(r"pick[- ]?up|deliver|shipping|postage|costs?\b", clause.heading.lower())):
        return _unheld("who pays shipping for some goods only: no setting holds it")  # "Bulky Items: Return shipping for furniture is paid by the customer"
    if _any(r"\b(?:shipping|postage)\b[^.;]{0,50}\b(?:orders?|purchases?|returns?) (?:over|above|of more than|exceeding|worth more than) [$€£]?\d", text):
        return _unheld("who pays shipping for orders over an amount: no setting holds it")  # "We cover return shipping on orders over $100"
    if _any(r"\b(?:for|on) (?:all |any |your |the )?(?:first |second |one )?(?:exchanges?|store credit)\b(?! (?:and|or|&) (?:returns?|refunds?))|"
            r"\b(?:when|if) you (?:exchange|choose (?:an )?exchange|opt for (?:an )?exchange|request (?:an )?exchange)", text):
        return _unheld("who pays shipping for exchanges only: no setting holds it")  # "Return shipping is free for exchanges"
    return _declined_by_case(clause, text)


def _declined_by_case(clause: Clause, text: str) -> Fact | bool:
    """The later half of `_postage_declined`: a payer for a case the sentence, or the one before, names."""
    if _any(r"\bif (?:you|the order|your order|the customer)\b[^.;]{0,40}\b(?:paid for|received|got|qualified for|had|used) (?:the |an? )?(?:outbound|original|free|standard|paid) (?:shipping|delivery|postage)", text):
        # "We cover return shipping if you paid for outbound shipping": a case of how the order was shipped (w5)
        return _unheld("who pays return shipping by how the order's own shipping was paid: no setting holds it")
    if _any(r"\bin (?:this|that|such|these|those) (?:cases?|events?|situations?|instances?)\b", text):
        # "We will cover the shipping cost in these cases": the case is in the sentence before
        payer = "CUSTOMER" if _any(_CUSTOMER_PAYS, text) else "MERCHANT" if _any(_MERCHANT_PAYS, text) else None
        if payer and _any(_FAULT, clause.paragraph_text):
            return Fact("shipping.merchant_at_fault", {"payer": payer})
        return _unheld("who pays shipping in the case named before: no setting holds it")
    # late returns; a refused return "returned to you at your expense" (the shop sending it back)
    if _any(r"\bif\b[^,]{0,80}\b(?:more than \d+ days|after \d+ days|after the return (?:window|period)|outside (?:of )?the)|"
            r"\b(?:returned|sent|shipped|mailed|posted) (?:back )?to (?:you|the customer|the buyer|the sender)\b|\b(?:sent|returned|shipped) back after \d+", text):
        return _unheld("who pays return shipping for late returns: no setting holds it")
    return False


# "Return shipping for defective products is free", "we cover return shipping for damaged or incorrect
# items": goods named by their fault are the returns the shop is at fault for, not a group of products
_FAULTY_GOODS = (r"\b(?:for|on) (?:all |any |the |your )?(?:(?:damaged|defective|faulty|incorrect|wrong|broken|flawed|mis-?shipped)"
                 r"(?:,? (?:or|and|/) |, ))*(?:damaged|defective|faulty|incorrect|wrong|broken|flawed|mis-?shipped) (?:items?|products?|goods|orders?|merchandise|parcels?)\b")


def _without_faulty_goods(text: str) -> str:
    return re.sub(_FAULTY_GOODS, " ", text)


def _at_fault_terms(payer: str, text: str) -> dict:
    terms = {"payer": payer}
    if payer == "CUSTOMER" and _any(r"reimburs", text):
        terms["postage_reimbursed"] = "AFTER_INSPECTION" if _any(r"evaluation|inspection|confirms|refund is made", text) else "ON_RECEIPT"
    if payer == "MERCHANT" and _any(r"reimburse your postage", text):
        terms["postage_reimbursed"] = "ON_RECEIPT"
    return terms


# --- fees ---------------------------------------------------------------------------------------


# A fee charged on some returns only (opened boxes, missing packaging, refused deliveries), or one
# that "may" apply "up to" an amount: no setting holds it, the sentence goes to the merchant.
_CONDITIONAL_FEE = (
    r"\bopened\b|open box|unsealed|seal is broken|\bup to\b|\bmay\b|\bmight\b|can result|that do not|which do not|\bcertain\b|"
    r"not include|without|missing|\brefus|minimum|after \d+ days|if (?:the |an? |your )?(?:item|product|package|box|merchandise|return)s? "
    r"(?:is|are|has|have|was|were|do|does)\b|"
    # "those items returned that are not shelf ready", "returns that have been used"
    r"\b(?:that|which|who) (?:are|is|were|was|have|has|had|do|does|did)(?: not|n't)?\b|"
    # "This refund will incur a 15% restocking fee": the case is in the sentence before
    r"^(?:\W*)(?:this|these|that|those|such) (?:refunds?|returns?|exchanges?|items?|products?|orders?|cases?)\b|\bin (?:this|that|such|these) cases?\b|"
    # "to sales where card fees are incurred", "returns requested 31-60 days after delivery", "if you would like a refund"
    r"\bwhere\b|\d+\s*(?:-|to|and)\s*\d+ days|\bbetween \d+|\bdays? after\b|more than \d+ days|"
    r"\bif you (?:would like|want|wish|prefer|choose|opt)\b|"
    # "a 10% fee will be deducted, if a customer returns a camera as faulty, but ...": the case it names
    r",\s*if\b|\bif\b[^.]{0,80}\bbut\b|"
    # "In the event that we accept the returned merchandise, ...", "25% (exceptions apply)", "applies to most returns"
    r"\bin the event (?:that|of)\b|exceptions? apply|\bmost (?:returns|items|orders|products)\b|"
    # "Returns of $100 and up or of 3 or more items": returns over some amount
    r"\b(?:or more|and up|and over|or over|and above)\b|\d\+|\b(?:over|above) [$€£]|"
    # "We reserve the right to charge ...", "returns over 30 days"
    r"reserves? the right|\bat (?:our|its) discretion|\b(?:over|beyond|past|exceeding|older than) \d+ days"
)


# w5: "A 30% restocking fee applies to approved change-of-mind returns", "This fee does not apply to returns
# due to our shipping error": the fee is for the returns no one is at fault for, so it is waived for faults
_FEE_FOR_NO_FAULT = (
    r"\b(?:appl(?:y|ies)|charged|applicable|levied) (?:only )?(?:to|on|for) (?:all |any )?(?:approved |accepted |eligible )?"
    r"(?:change[- ]of[- ]mind|non-?fault\w*|non-?defective|buyer'?s remorse|customer remorse|unwanted)\b|"
    r"\b(?:fee|charge)s? (?:does|do|will|shall) not (?:apply|be (?:charged|applied|deducted))\b[^.;]{0,50}?(?:" + _FAULT + r")"
)


def fees(clause: Clause, text: str) -> Iterator[Fact]:
    text = re.sub(r"\brestock (fee|charge)", r"restocking \1", text)  # "a 20% restock fee" (w5)
    if _any(_FEE_FOR_NO_FAULT, text):
        yield Fact("fees.waived_when_merchant_at_fault", True)
    if _any(_CANCEL, text) and _any(r"\bfees?\b|charge|penalt|restocking", text):
        return  # a fee on cancelling an order (the cancellation reader lists it), not on returns
    if _any(r"restocking", text) and percents(text) and _any(r"(?:not|never) (?:be )?(?:charged|subject|incur)|\bno restocking fee|without (?:a |any )?restocking", text):
        yield _unheld("no restocking fee in the case it names: no setting holds that")
    elif _any(r"restocking", text) and percents(text):
        yield from _restocking_percent(clause, text)
    elif _any(r"restocking fee|handling (?:fee|charge)", text) and not amounts(text) \
            and not _any(r"\bno\b[^.]{0,25}(?:restocking|handling)|\bnever\b|waive|free of|without (?:a |any )?(?:restocking|handling)", text):
        # "any item not in the same condition may be rejected or subject to a restocking fee"
        yield _unheld("a restocking fee whose amount the sentence does not state: no setting holds it")
    yield from _fee_amounts(clause, text)
    if _any(r"any other fee of .* responsibility (?:will be |is )?returned", text):
        yield Fact("fees.merchant_fees_returned", True)
    if _any(r"no fee or deduction applies", text) or (_any(r"(?:never|no) (?:a )?restocking fee", text) and _any(_FAULT, text)) or _fee_spares_faults(text):
        yield Fact("fees.waived_when_merchant_at_fault", True)


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
    return _any(_FEE, text) and _any(_SPARES_FAULTS, text) and not _any(_CONDITIONAL_FEE, re.sub(_FEE_FLOOR, " ", text))


def _fee_for_goods(text: str) -> bool:
    """"A restocking fee applies to all custom built items": a fee for the goods it names."""
    named = re.search(r"\b(?:applies|apply|applicable|charged|levied)\s+(?:only\s+)?(?:to|on|for)\s+((?:[\w-]+\s+){0,4}?)"
                      r"(?:items?|products?|goods|merchandise|orders?|purchases?)\b", text)
    return named is not None and any(word not in _GENERIC_SUBJECT for word in named.group(1).split())


_FEE_FLOOR = r"\bminimum (?:restocking |handling |processing )?(?:fee |charge )?(?:is |of |will be )?[$€£]\s?\d[\d.,]*|\b(?:with )?an? minimum (?:fee |charge )?of [$€£]\s?\d[\d.,]*"


def _restocking_percent(clause: Clause, text: str) -> Iterator[Fact]:
    ranged = len(percents(text)) > 1 or _any(r"\d\s*%?\s*(?:-|to)\s*\d+\s*%", text)  # "a 1% - 3% fee"
    # the words of an introduction carried over the plain lines after it ("You may return any item,
    # keeping the following in mind:") are not this fee's condition; a bullet's introduction is
    said = text if clause.listed else digits(clause.body)
    # "15% (minimum restocking fee is $15.00)": a floor under the fee, which every return pays; the
    # floor itself no setting holds, so the sentence also goes to the merchant
    floor = re.search(_FEE_FLOOR, said)
    if floor:
        said = said[: floor.start()] + " " + said[floor.end() :]
        yield _unheld("a least amount for the fee: no setting holds it")
    if _any(_CONDITIONAL_FEE + r"|exceed|maximum|capped|at most|\bnot (?:returned |sent back )?(?:with|in) (?:the |its |their )?original", said) or _scoped(clause, text) or ranged or _fee_for_goods(text):
        yield _unheld("a restocking fee for some returns only: no setting holds it")
        return
    for value, _where in percents(text):
        yield Fact("fees.restocking_percent", str(value))


def _fee_amounts(clause: Clause, text: str) -> Iterator[Fact]:
    found = [a for a in amounts(text) if not _any(r"(?:orders?|over|under|above|below|less than|more than|at least|minimum|back|exceed\w*)\W*$", text[max(0, a[2].start() - 25) : a[2].start()])]
    if found and _any(r"free shipping|shipped (?:for )?free|free delivery", text) and _any(r"deduct|subtract|charge", text):
        yield Fact("fees.free_shipping_deduction", str(found[0][0]))
        if found[0][1]:
            yield Fact("currency", found[0][1])
    elif found and _any(r"(?:return|processing|handling|restocking) fee", text) and not _any(r"shipping fee|label|postage|toward", text) and not percents(text):
        if _any(_CONDITIONAL_FEE, text) or _scoped(clause, text) or len({a[0] for a in found}) > 1 or _fee_for_goods(text):
            yield _unheld("a fee for some returns only: no setting holds it")
            return
        yield Fact("fees.flat_fee", str(found[0][0]))
        if found[0][1]:
            yield Fact("currency", found[0][1])


# --- refunds ------------------------------------------------------------------------------------


def _range(low: Duration, high: Duration | None) -> dict:
    if high is None:
        return {"min_days": 0, "max_days": low.days, "unit": _day_unit(low)}
    unit = _day_unit(high if high.business is not None else low)
    return {"min_days": low.days, "max_days": high.days, "unit": unit}


def _not_a_refund_way(clause: Clause, text: str) -> list[Fact] | None:
    """What a sentence naming refunds says instead of how every refund is paid; None when it may say that."""
    if _any(r"\bnot eligible for (?:a |any )?(?:refund|store credit|credit)", text):
        return []  # "not eligible for refund, replacement, or store credit": what such returns do not get
    if _fault_section(clause) and _any(r"\breplace(?:ment)?s?\b", text) and _any(r"\b(?:or|and)\b", text):
        # "Defective or Damaged Products: ... we will offer a replacement, store credit, or refund": the remedies
        # for the shop's faults (the fault readers'), not how every refund is paid (w5)
        return [Fact("resolutions.store_credit", "MERCHANT_AT_FAULT")] if _any(r"store credit", text) else []
    return None


def refund_method(clause: Clause, text: str) -> Iterator[Fact]:
    refunds_section = "refund" in clause.heading.lower()
    if not (refunds_section or _any(r"refund|store credit|\bcredited\b|\bcredit to your\b|repay|reimburse|in-store credit|same means of payment|"
                                    r"gift (?:certificate|card)s? (?:will be|is|are) (?:issued|given|sent)|" + _CREDIT_ONLY, text)) \
            or (_any(_CANCEL, text) and not _any(r"store credit instead of (?:a |your )?refund", text)):
        return
    if _any(r"\bafter (?:\d+ days|the return (?:window|period))|outside (?:of )?the return", text) \
            or (_any(r"store credit", text) and len(durations(text)) > 1):  # "within 30 days for a refund or 60 days for store credit"
        yield _unheld("terms for returns after the window: no setting holds them")
        return
    skipped = _not_a_refund_way(clause, text)
    if skipped is not None:
        yield from skipped
        return
    # "If you wish to return a rug, ... we will refund ... to the original form of payment": the wish is the return itself (w5)
    if _any(r"\bif you (?:would like|want|wish|prefer|choose|opt for)\b(?! to (?:return|send|make a return|ship))|\bwithout (?:a |an |the |your |original )?(?:receipt|proof of purchase|invoice)|"
            r"\bif you (?:do not|don't) have (?:a |an |the |your )?(?:receipt|proof)|\bwhether\b|discretion|"
            # "If the item you want is out of stock, you can choose a refund or store credit instead": an exchange's fallback (w5)
            r"\b(?:out of stock|sold out|no longer (?:available|in stock))\b", text):
        if list(_refund_methods(text)):
            yield _unheld("how the refund is paid in some cases, or at the shop's choice: no setting holds that")
        return
    facts = list(_refund_methods(re.sub(r"\b(?:if|when|where|unless) (?:the |your )?(?:original )?payment (?:was|is|were) (?:made|paid)\b[^.;]*", " ", text)))
    if facts and _any(r"\b(?:usually|typically|generally|normally)\b[^.]*\bbut\b|other (?:payment )?methods? (?:can|may) be", text):
        yield _unheld("a usual refund way with others possible: no setting holds that")  # "usually ..., but other methods can be negotiated"
        return
    if facts and (_scoped(clause, text) or categories_in(clause.body) or _any(_CASE_OF_ITEM, _without_opening_adverb(clause.body))):
        # "No cash refunds on custom items", "If the product was bought on promotion, refunds are store credit"
        yield _unheld("how some returns are refunded: no setting holds it")
        return
    yield from facts
    if facts and _any(r"\bexcept (?:for|when|where|if)\b|\bunless\b", text):
        yield _unheld("refunds another way in the cases it names: no setting holds that")


# "We only offer store credit", "refunds are given as a credit note", "returns are refunded in the form
# of a voucher": the refund is a credit with the shop, in the words shops use for one
_SHOP_CREDIT = r"(?:store|shop|in-store|account) credit|credit notes?|(?:gift |store |shop )?vouchers?|gift (?:cards?|certificates?)"
_CREDIT_ONLY = (r"\bonly (?:offer|give|issue|provide)s? (?:an? )?(?:" + _SHOP_CREDIT + r")|"
                r"\b(?:offer|give|issue|provide)s? (?:an? )?(?:" + _SHOP_CREDIT + r") only\b|"
                r"\b(?:refunds?|returns?) (?:are|is|will be) (?:\w+ )?(?:issued|given|made|paid|provided|refunded) (?:only )?(?:in the form of|as) (?:an? )?(?:" + _SHOP_CREDIT + r")")


def _refund_methods(text: str) -> Iterator[Fact]:
    if _any(r"store credit", text) and _any(r"or (?:a )?refund|refund or|choose|choice|option|\bopt\b|instead of (?:a |your )?refund", text):
        yield Fact("refund.method", "CUSTOMER_CHOICE")
        yield Fact("resolutions.store_credit", "ALWAYS")
    elif _any(r"(?:only|issued|given|in the form of) (?:as |in |for )?store credit|store credit only|no cash refunds|issuance of a store credit|"
              r"(?:an? |in the form of (?:an? )?)gift (?:certificate|card) (?:will be|is) (?:issued|given)|refunded (?:only )?in the form of (?:an? )?gift (?:card|certificate)|"
              r"(?:only )?eligible for (?:a )?store credit|for store credit only|in-store credit will be|store credit will be (?:applied|issued|given)|" + _CREDIT_ONLY, text):
        yield Fact("refund.method", "STORE_CREDIT")
    elif _any(
        r"(?:original|initial) (?:payment|form of payment|method of payment|means of payment)|original (?:credit |debit )?card|form of original payment|credit card used|"
        r"card used (?:for|to make) (?:the |your )?(?:purchase|payment|order)|same (?:means|method|form) of payment|payment card account|"
        r"payment method (?:you )?used|same method (?:that )?you used to pay|(?:refund|credit)\w*\b[^.;]{0,60}\bto your (?:credit |debit )?card\b|"
        r"\b(?:we will|we'll|we) (?:refund|credit) (?:back )?your (?:credit |debit )?card\b", text):  # "we will refund your credit card" (w5)
        yield Fact("refund.method", "ORIGINAL_PAYMENT")


_CHARGES = r"(?:(?:shipping|delivery|postage|freight)(?: (?:and|&) (?:handling|labou?r))? (?:fee|charge|cost)s?|shipping (?:and|&) handling)"
# "a full refund less shipping", "less the actual shipping charges", "excluding any shipping": the refund
# without the order's shipping (an adjective between the determiner and the noun changes nothing)
_LESS_SHIPPING = (r"\b(?:less|minus|excluding|not including|deducting)\s+(?:any |the |all |your )?(?:(?!return)[\w-]+ ){0,2}?(?:shipping|delivery|postage)\b"
                  r"(?! (?:for|of|on) (?:the |your |a )?return)(?! (?:label|fee for return))")
# "outgoing shipping charges are your responsibility": the order's shipping stays the customer's
_OUTGOING_KEPT = (r"\b(?:outgoing|outbound|original|initial)\s+(?:shipping|delivery|postage)\b[^.;]{0,40}\b(?:your|the customer'?s|the buyer'?s) (?:own )?responsibility")
_NOT_REFUNDED = r"non-?refundable|not (?:be )?(?:refund|reimburs)|can't be (?:refunded|reimbursed)|cannot be (?:refunded|reimbursed)|no refunds? (?:of|for)"


# "We are not able to refund original shipping", "we no longer refund shipping": a negation a few words before the verb
_NEGATED_REFUND = _NEGATED + r"\s+(?:[\w-]+\s+){0,3}?(?:refund|reimburse|return)\w*\s+(?:the |your |any |all )?(?:original |outbound |initial )?(?:shipping|delivery|postage)"


def _shipping_kept(text: str) -> bool:
    """Whether the sentence says the order's shipping is not refunded."""
    return _any(_NOT_REFUNDED + r"|" + _NEGATED_REFUND + r"|"
                r"(?:do not|don't|will not|won't|never) refund (?:the |your |any )?(?:original )?(?:shipping|delivery|postage)|"
                r"(?:shipping|delivery|postage) (?:charges?|costs?|fees?) (?:will|is|are) not (?:be )?included in (?:the|your|any) refund|"
                r"(?:do not|don't|does not) qualify for (?:an? |any )?(?:\w+\s*/\s*)?refunds?|" + _OUTGOING_KEPT + "|"
                r"(?:less|minus|excluding|excludes|not for|not including|never for|refunds? (?:will |does |do )?not include) (?:any |the )?(?:original )?(?:outbound |initial )?" + _CHARGES
                + r"(?! (?:for|of) (?:the )?return)", text) or _any(_LESS_SHIPPING, text)


# w5: "refunds ..., excluding original or return shipping costs": both postages kept, the order's among them
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


def original_shipping(clause: Clause, text: str) -> Iterator[Fact]:
    clause, text = _past_a_no_fault_lead(clause, text)
    special = _original_shipping_w5(clause, text)
    if special is not None:
        yield from special
        return
    text = re.sub(r",?\s*unless (?:otherwise )?required by (?:the |applicable )?law\b", "", text)  # the law's carve-out scopes nothing
    stated = _any(_LESS_SHIPPING + "|" + _OUTGOING_KEPT, text)
    explicit = stated or _any(r"original (?:shipping|delivery|postage)", text)
    if not (_any(r"(?:original )?" + _CHARGES + "|" + _SHIPPING_REFUNDED_PASSIVE, text) or stated) or (_any(r"return (?:shipping|postage)|free shipping|to return|returning|" + _CHARGES + r" for returns?\b", text) and not explicit):
        return
    if _fault_section(clause):
        return  # "a full refund, including shipping costs" for a fault: fault.full_refund
    if _any(_CHARGES + r"\W{0,3}\(?\s*\d{1,3}(?:\.\d+)?\s*%", text):
        # "minus any shipping & handling fees (15%)": a fee in percent, not the order's shipping
        yield _unheld("a shipping fee in percent: no setting holds it")
        return
    if _any(r"\b(?:normally|usually|generally|typically|in most cases)\b", text):
        yield _unheld("shipping refunded or not as a rule with exceptions: no setting holds it")  # "we do not normally refund"
        return
    if _shipping_kept(text):
        at_fault = _any(r"(?:unless|except\w*)\b.*(?:" + _FAULT + ")", text)
        if _scoped(clause, text) or (_any(r"\b(?:unless|except)\b", text) and not at_fault):
            # "non-refundable, except when we miss our express delivery promise"
            yield _unheld("shipping refunded or not for some returns only: no setting holds it")
            return
        deducted = not _any(_NOT_REFUNDED, text)
        yield Fact("refund.original_shipping", "MERCHANT_AT_FAULT" if at_fault else "NEVER", weak=deducted)  # "less shipping" implies it
    elif _any(r"(?:we )?refund (?:the |your )?(?:original )?(?:shipping|delivery)|including (?:the )?(?:original )?(?:shipping|delivery)|" + _SHIPPING_REFUNDED_PASSIVE, text):
        yield from _shipping_refunded(clause, text)


# "Original shipping charges will be refunded if ...", "delivery costs are refundable": the order's
# shipping paid back, said in the passive
_SHIPPING_REFUNDED_PASSIVE = (r"\b(?:original |outbound |initial )?(?:shipping|delivery|postage)(?: (?:and|&) handling)? (?:costs?|charges?|fees?) "
                              r"(?:will|can|may|shall|are|is) (?:also |only )?(?:be )?(?:refunded|reimbursed|refundable)\b|"
                              r"\b(?:all|the|your) (?:original |outbound |initial )?(?:shipping|delivery|postage) (?:is|will be) (?:also |fully )?(?:refunded|reimbursed)\b")


def _shipping_refunded(clause: Clause, text: str) -> Iterator[Fact]:
    if _scoped(clause, text):
        yield _unheld("shipping refunded for some orders only: no setting holds it")
    elif not _any(_FAULT, text) and _any(r"\b(?:if|when|unless|provided|as long as|only)\b|\bin (?:such|these|those|this|that) (?:cases?|events?|situations?|instances?)\b", text):
        yield _unheld("shipping refunded in the case it names: no setting holds it")
    elif not _any(_FAULT, text):
        yield Fact("refund.original_shipping", "ALWAYS")
    elif _any(r"\b(?:if|when)\b", text):
        yield Fact("refund.original_shipping", "MERCHANT_AT_FAULT")  # "we only refund shipping if we sent the wrong item"


def _not_refund_time(text: str, where: re.Match, local: str, reporting: bool) -> bool:
    """A duration in a sentence about refunds that is some other deadline."""
    if _any(r"^\W*(?:days? |weeks? )?(?:of|after|from) requesting (?:the |a |your )?(?:refund|return)", text[where.end() : where.end() + 40]):
        return True  # "return the item within two weeks of requesting the refund": the customer's deadline (w5)
    if _any(r"\bentitled to (?:a |an )?(?:full |partial )?(?:refund|credit|replacement) within\s*$", local):
        return True  # "you will be entitled to a full refund within 30 days, ... must notify us within 30 days": a window to claim (w5)
    return _other_deadline(text, where, local, reporting)


def _other_deadline(text: str, where: re.Match, local: str, reporting: bool) -> bool:
    """The rest of `_not_refund_time`."""
    # "send it back within two weeks of delivery for a refund" is the return window; "refunded
    # within 5 days after receipt" is the refund's time (the receipt of the return)
    of_return = re.match(r"^\W*(?:of|after|from|following|upon)\s+(?:the\s+)?receipt\b(?! of (?:your |the )?(?:order|parcel|package|item|purchase|merchandise|goods|products?|delivery|shipment))",
                         text[where.end() : where.end() + 40]) and _any(r"refund|credit|process|issue", local)
    # "a refund or exchange for purchases returned within 14 days of receipt": the nearest verb is the return's,
    # so the duration is the return window, though a refund is named earlier
    if (_window_start(text, where.end()) and not of_return) or _any(r"\b(?:returned|sent back|posted back|shipped back|brought back)\s+(?:to us\s+)?(?:within|in)\s*$", local):
        return True
    if reporting and not _any(r"refund", local):
        return True  # "let us know within 7 days" is a deadline for the customer
    if _any(r"\b(?:must|should|need to|needs to|have to|has to|please)\s+(?:then\s+)?(?:be\s+)?(?:send|sent|ship|post|mail|return)\w*\b[^.]{0,40}?(?:within|in)\s*$", local):
        return True  # "you must then send the items back within 7 days": the customer's deadline
    if _any(r"\bfirst\s*$|\b(?:respond|reply|answer|get back to you)\b[^.]{0,20}$|\b(?:if|when|once|provided) (?:you |the \w+(?: \w+)? (?:is |are )|it (?:is )?|they (?:are )?)(?:return|sen[dt]|post|ship)\w*\b[^.;]{0,30}\bwithin\s*$", local):
        return True  # "a fault within the first 14 days", "we'll respond within 2 business days": other clocks
    # the parcel's journey; a minimum wait; "Store credit is valid for 12 months", "expires after 2 years": the credit's life
    if _any(r"transit|to reach us|receive your return from|in the post|\b(?:minimum|at least|no less than)\b[^.]{0,20}$|"
            r"\b(?:valid|good|redeemable|usable)(?: for| up to)?\s*$|\bexpir\w*(?: after| in| within)?\s*$", local):
        return True  # the parcel's journey, not the refund; a minimum wait is no longest time
    # "allow up to ten business days for your return to be processed" is the refund's processing
    waiting = (_any(r"\ballow (?:up to |about |around |approximately )?$", local) and _any(r"^\W*for (?:processing\b|(?:your |the )?(?:[\w-]+ ){0,3}?(?:return|refund|credit) to be processed)",
                                                                                           text[where.end() : where.end() + 60])) \
        or _any(r"^\W*to be (?:refunded|processed|credited)", text[where.end() : where.end() + 30])  # "may take up to 10 days to be refunded"
    # "may be returned for a full refund within 60 days": the refund named as the return's purpose is no refund clock
    purpose = re.sub(r"\bfor (?:a |an )?(?:full |partial )?(?:refund|exchange|store credit)\b", " ", local)
    if _any(r"\breturn(?:s|ed)?\b|sen[dt]\b|\bpost\b", local) and not _any(r"refund|process|issue|credit", purpose) and not waiting:
        return True  # "must be returned within 14 days for a refund" is the return window
    if _any(r"^\W*(?:days? )?for (?:a |an )?(?:full |partial )?(?:refund|store credit|credit|exchange)\b", text[where.end() : where.end() + 30]):
        return True  # "within 30 days for a full refund or 60 days for store credit": windows for each outcome
    if _any(r"(?:eligible for|request|ask for|apply for)\b[^.;]{0,40}\bwithin\s*$|\bafter\s*$|\b(?:accept|take)\w* (?:\w+ ){0,3}returns?\b[^.;]{0,30}\bwithin\s*$|"
            r"(?:have not|haven't|has not|hasn't|did not|didn't|do not|don't|does not) (?:yet )?(?:received|receive|seen|got|get) (?:your |the |a )?(?:refund|credit)", local):
        return True  # a window to ask for the refund in; "issued after 14 days" is no longest time
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


def _refund_time_kind(local: str, after: str) -> str | None:
    """Which refund time a duration is, from the words since the last one and those right after."""
    around = local + " " + after
    if _any(r"further|additional|another|extra|\badd\b", local):
        return "refund.additional_delay"
    if _any(r"^\W*for (?:us|our (?:team|staff|warehouse)) to process|^\W*to process (?:your |the )?(?:refund|return)|^\W*for (?:your |the )?(?:[\w-]+ ){0,3}?(?:return|refund|credit)s? to be processed", after):
        return "refund.processing"  # "allow 3-5 days for us to process your refund", however "usually" it goes
    if _any(r"\b(?:refunds?|credits?|it|they)\b[^.;,]{0,30}\b(?:be|is|are|gets?) (?:usually |typically |normally |generally )?(?:processed|issued|initiated)\s+(?:with)?in\s*$", local):
        return "refund.processing"  # "refunds will usually be processed within", "expect the refund to be issued within" (w5)
    if _any(r"typically|usually|expect|reach you|to appear|to show|show (?:up|in)|depending on|dependent on|\bbank|card issuer|"
            r"payment (?:processor|provider)|to clear|financial institution|to post", around):
        return "refund.typical_arrival"
    if _any(r"process|issue|within|credit|after (?:we )?receiv|upon receipt|once (?:we )?receiv|\b(?:received|arrived?)\b[^.]{0,80}\bto be refunded", around) \
            and _any(r"refund|credit|process|reimburs|\bissued\b|\bissue (?:a|the|your)\b|money|\bback\b|receiv|receipt|arriv", around):
        return "refund.processing"  # "6. 14-Day Hardware Issue Resolution: ... within ...": no refund named
    return None


def _chained(kind: str | None, before: list[str | None], local: str, after: str) -> str | None:
    """"processed within 1-3 days, and should appear on your card within 1-5 business days after that": the
    bank's time after the refund is issued, in the sentence that gave the processing time, is the extra delay (w5)."""
    if "refund.processing" not in before or kind not in ("refund.typical_arrival", None):
        return kind
    banks = _any(r"\bbank|card issuer|financial institution|payment (?:processor|provider)|appear|show|post\b|reflect", local)
    then = _any(r"^\W*(?:(?:business |working )?days? )?(?:after (?:that|this|which)|thereafter|afterwards)\b", after)
    if (kind == "refund.typical_arrival" and banks) or (then and (banks or kind)):
        return "refund.additional_delay"
    return kind


def _in_weekdays(value: dict, text: str) -> dict:
    """"within 7 days of receipt, excluding weekends": the unit said elsewhere in the sentence."""
    if value["unit"] == "CALENDAR" and _any(r"excluding (?:weekends|saturdays?|sundays?)|(?:not|never) (?:including|counting) weekends|weekdays only|\bweekdays\b", text):
        return {**value, "unit": "BUSINESS"}
    return value


def _plain_intro(clause: Clause) -> str:
    return clause.context[: len(clause.context) - len(clause.body)]


_ELSEWHERE = (
    r"^\W*(?:of|from|after|following)\s+(?:the (?:day|date) (?:on which |that |when )?)?(?:you |we )?"
    r"(?:giving|handing|dropping|sending|posting|notif|received? (?:the )?notification)"
)


def refund_timing(clause: Clause, text: str) -> Iterator[Fact]:
    refunds_section = "refund" in clause.heading.lower()
    processing = _any(r"\bfor processing\b|to process (?:your |the )?return|(?:return|refund) (?:to be|is|will be) processed|"
                      r"\breturn\b[^.;]{0,30}\bfor it to be processed", text)  # "from the time we receive your return for it to be processed"
    if not (_any(r"refund|store credit|credit will be issued|\bcredited\b|\byour credit\b|\bcredit to your\b", text) or refunds_section or processing) or _about_cancelling(clause, text):
        return
    if _any(r"\bbilling cycles?|statement cycles?", text):
        yield _unheld("a refund time in billing cycles: no setting holds it")  # "allow at least two billing cycles"
    late = r"\b(?:returned|received|made|requested|sent) (?:more than |after |over |beyond )\d+ days|\bafter \d+ days\b"
    if durations(text) and (_any(_REGIONAL + "|" + late, text) or _scoped(clause, text)):
        # "Refunds for transactions made outside the United States may require 1 to 3 weeks"
        yield _unheld("a refund time for some orders only: no setting holds it")
        return
    reporting = _any(r"let us know|notify us|report|contact us|inform us|tell us", text)
    kinds: list[str | None] = []
    previous = len(digits(_plain_intro(clause))) if clause.intro else 0  # a list's introduction is not this item's words
    for low, high, where in durations(text):
        local = text[previous : where.start()]  # the words since the last duration: what this one is about
        after = re.match(r"[^,;()]*(?:\([^)]*\))?", text[where.end() :]).group()  # "(processing time depends on your bank)"
        previous = where.end()
        if low.hours is not None or _not_refund_time(text, where, local, reporting):
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
    if _any(r"email confirmation|confirmation email|send you an email|email you (?:a |an )?(?:confirmation|once|when|after)|notify you by email|"
            r"(?:you will|you'll) (?:receive|get) an? e-?mail (?:when|once|after|confirming)|"
            r"notif\w* (?:you )?(?:via|by) e-?mail|an e-?mail will be sent", text):
        yield Fact("refund.confirmation_email", True)


def response_time(clause: Clause, text: str) -> Iterator[Fact]:
    if not _any(r"response|respond|reply|answer", text):
        return
    if not _any(r"return|receiv|arriv|receipt|inspect|claim", text):
        return  # "Our customer service team responds within 1 business day": any message, not a received return
    if _any(r"instructions|approv|your (?:request|enquiry|inquiry|message|e-?mail)|\bwait for\b", text) and not _any(r"receiv|arriv|receipt|inspect", text):
        yield _unheld("a reply time to a request: no setting holds it")  # "we'll respond within 2 business days with return instructions"
        return
    for low, high, _where in durations(text):
        if low.business and high is None:
            yield Fact("refund.response_business_days", low.days)
            return


def partial_refunds(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(r"partial refunds? (?:may|will|can|are|might)", text):
        yield _unheld("partial refunds: no setting holds them")


def confirmation_email(clause: Clause, text: str) -> Iterator[Fact]:
    """"An email will be sent once your item is processed", in a paragraph about the refund."""
    if _any(r"an e-?mail will be sent|we(?:'ll| will) (?:send you an e-?mail|e-?mail you) (?:when|once|after|to confirm)", text) and _any(r"refund|store credit|processed", clause.paragraph_text) \
            and not _any(r"refund", text):
        yield Fact("refund.confirmation_email", True)
    elif _any(_EMAILED_W5, text) and _any(r"refund|return|exchange|process", clause.paragraph_text + " " + _plain_intro(clause)) and not _any(r"refund", text):
        yield Fact("refund.confirmation_email", True)


# w5: "You'll receive email confirmation at each stage", "we will process your return and notify you via email"
_EMAILED_W5 = (r"\b(?:you will|you'll) (?:receive|get) (?:an? )?e-?mail (?:confirmation|updates?|notifications?)\b|"
               r"\b(?:we will|we'll) (?:\w+ ){0,6}(?:and )?notify you (?:via|by) e-?mail\b")


# "Once we've received the product back we'll check it over", "when your parcel arrives we test the
# item": the shop looks the goods over once they are back (the words shops use for an inspection)
_LOOKED_OVER = (
    r"\b(?:we|our (?:team|staff|warehouse|technicians?))(?:'ll| will| shall)? (?:then )?(?:check|look|go|test|assess|examine|evaluate)(?:s|ed)? "
    r"(?:it|them|the (?:items?|products?|goods|parcel|package|return)|your (?:items?|products?|return|parcel))(?: (?:over|out|thoroughly|carefully))?\b"
)


def _looked_over(text: str) -> bool:
    return _any(_LOOKED_OVER, text) and _any(r"\b(?:receiv\w*|arriv\w*|back|returned)\b", text)


# w5: "All items will be subject to an inspection", "The items will then be examined", "confirm that it meets our
# return eligibility criteria": the shop's check in other words
_INSPECTED_W5 = (
    r"\b(?:items?|returns?|products?|merchandise|goods|it|they)\b[^.;]{0,12}\b(?:will be|are|is|shall be) (?:\w+ )?subject to (?:an? )?inspection\b|"
    r"\b(?:items?|returns?|products?|merchandise|goods)\b[^.;]{0,12}\b(?:will|shall) (?:then )?be (?:examined|checked|tested|assessed|inspected)\b|"
    r"\bconfirm (?:that )?(?:it|they|the (?:items?|products?|package|return)) (?:meets?|compl(?:y|ies) with) (?:our|the) (?:return )?(?:eligibility|criteria|conditions|requirements|policy)"
)
# the customer inspecting the parcel, or an inspection that is a fee's purpose, is not the shop's check before refunding
_NOT_OUR_INSPECTION = r"\bopen and inspect|\bleav\w* our (?:warehouse|facility|premises|store|shop)\b|\binspected before (?:shipping|dispatch|it (?:ships|leaves))|\bto cover (?:the )?(?:cost of )?(?:\w+ )?inspection"


def inspection(clause: Clause, text: str) -> Iterator[Fact]:
    if _any(_NOT_OUR_INSPECTION, text):
        return
    if _any(_INSPECTED_W5, text) and not _any(_FAULT, text):  # "defective items are subject to inspection": a fault claim's check
        yield Fact("refund.inspection", True)
        return
    customer = _any(r"\byou inspect|please inspect|inspect (?:your|the) (?:order|parcel|package|goods|items?|product)s? (?:upon|on|when|as soon)|"
                    r"(?:packages?|parcels?|orders?|shipments?|deliver(?:y|ies)) (?:\w+ ){0,2}must be inspected", text)
    checked = _any(r"\b(?:we|our (?:team|staff|warehouse))\b[^.]{0,20}\b(?:confirm|check|verify|examine)\w* (?:that )?(?:the |your |all |each )?(?:returned|returns?\b)", text)
    said = (checked or _any(r"inspect|verification of the status|evaluation", text)) and _any(r"return|received|product|inspected by", text)
    if (said or _looked_over(text)) and not customer:
        yield Fact("refund.inspection", True)


# --- exchanges ----------------------------------------------------------------------------------


def _refused_of_some(text: str) -> bool:
    """"No returns or exchanges are accepted for used products, videos, ...", "no exchanges on any items that
    have been used": what is refused is named, so the refusal is for those goods or states only."""
    of = re.search(r"(?:\bno|" + _NEGATED + r"\s+(?:currently\s+)?(?:offer|accept|do|provide|make)) (?:any )?" + _REFUSED_KINDS +
                   r" (?:(?:are|is|will be) (?:accepted|allowed|given|offered|made) )?(?:on|of|for)\s+([^.;]*)", text)
    return of is not None and not re.match(r"(?:any |all )?(?:reasons?|grounds|(?:items?|products?|orders?|purchases?)\s*(?:$|[,!]))", of.group(1))


# A refusal said of the time past a deadline ("After 30 days, we cannot accept returns or exchanges",
# "no exchanges beyond the return window", "once the order has shipped"): the negation's scope is that
# time, not every exchange
_PAST_A_DEADLINE = (
    r"\b(?:after|beyond|past|outside(?: of)?|later than|more than|over|exceeding|once)\s+(?:the |this |that |our |your |a |an )?"
    r"(?:\d+|[a-z]+)?[- ]?(?:(?:calendar|business|working)[- ])?(?:days?|weeks?|months?|hours?|years?|(?:return |refund |exchange )?(?:window|period|deadline|time ?frame)|"
    r"(?:it|the (?:order|item|parcel|package)|your (?:order|item)) (?:has |is |was )?(?:been )?(?:shipped|dispatched|opened|used|worn|delivered))\b|"
    r"\bonce (?:an? |the |your |it |they )?(?:[\w-]+ ){0,2}?(?:has|have|is|are|was|were) (?:been )?(?:shipped|dispatched|opened|used|worn|washed|delivered|installed|altered|removed)\b"
)


def _no_exchanges(clause: Clause, text: str) -> Fact:
    if _any(_PAST_A_DEADLINE, text):
        return _unheld("no exchanges past a deadline or after some event: the window holds that")
    if _any(r"\bunless\b|\bexcept\b", text) or _refused_of_some(text):
        return _unheld("exchanges only in the cases it names: no setting holds that")
    if _scoped(clause, text) or categories_in(clause.body):
        return _unheld("no exchanges for some goods only: no setting holds that")  # "sale items: no returns, no exchanges"
    return Fact("resolutions.exchange", "NEVER")


def exchanges(clause: Clause, text: str) -> Iterator[Fact]:
    if not _any(r"exchange|\bswap", text):
        return
    if _any(r"exchange (?:an? |the |your )?items? for (?:another|any other|a different)\b", text):
        return  # what an exchange may be for (resolutions.exchange_terms), not whether there is one
    if _any(_NEGATED + r"\s+(?:currently\s+)?(?:offer|accept|do|provide|make)\s+(?:direct\s+|any\s+){0,2}(?:returns? (?:or|and|/) )?exchanges?|(?:don't|do not) offer an exchange|no exchanges|exchanges are not|exchanges? (?:are )?not (?:currently )?(?:available|offered|accepted|possible)|"
            # "Exchanges are treated as returns": an exchange is a return and a new order, no exchange of its own
            r"\bexchanges? (?:are|is|will be) (?:treated|handled|processed) as (?:an? )?(?:returns?|refunds?)\b", text):
        yield _no_exchanges(clause, text)
    elif _any(r"if you (?:need|want|wish|would like) to exchange", text):
        return  # how to ask for one, not whether there are any
    elif _any(r"exchanges? (?:are )?(?:\w+ )?only (?:for|if|when|in|on)\b|only (?:offer|accept|do|provide) exchanges", text) and not (_any(_FAULT, text) or _fault_section(clause)):
        # "We offer exchanges only for:" names its cases below (a faulty item is the shop's fault)
        only = r"exchanges? (?:are )?(?:\w+ )?only (?:for|if|when|in|on)\b|only (?:offer|accept|do|provide) exchanges"
        if _any(only, clause.body) and not clause.body.rstrip().endswith(":"):
            yield _unheld("exchanges in some cases only: no setting holds that")
    else:
        yield from _exchanges_offered(clause, text)


def _exchanges_offered(clause: Clause, text: str) -> Iterator[Fact]:
    """Exchanges offered ("we can exchange", "exchanges are free"), or implied ("your refund or exchange")."""
    offered = re.search(
        r"can exchange|may exchange or return|offer (?:free |product |item )?exchanges|offer (?:a |an )?(?:\d+[- ]day )?exchange (?:window|period)|offer (?:a |an |our )?(?:[\w-]+ ){0,4}returns? (?:and|&) exchanges?|exchange (?:it|them|your)|exchanges? (?:are|is) (?:free|available|accepted|possible)|"
        r"(?:can|may) be exchanged|choice of (?:an? )?exchange|(?:may|can) return\s*/\s*exchange|exchange\s*/\s*store credit|"
        r"store credit\s*/\s*exchange|exchange or store credit|store credit or (?:an? )?exchange|"
        r"accept (?:\w+ ){0,2}(?:returns? (?:and|&|or) )?exchanges?\b|exchanges? (?:will be|are|is) (?:processed|welcome)\b|"
        # "We do allow exchanges within 7 days", "exchanges are permitted": the verbs of allowing;
        # "returns can be refunded or exchanged"; "we're happy to swap it for another size"
        r"\b(?:allow|permit)(?:s|ted)? (?:\w+ ){0,2}exchanges?\b|exchanges? (?:are|is) (?:allowed|permitted)\b|"
        # "but can do exchanges", "Exchanges are subject to product availability": said of exchanges the shop makes
        r"\b(?:can|could|will|do|also) (?:also )?do exchanges\b|\bexchanges? (?:are|is) (?:always )?subject to (?:\w+ )?(?:availability|stock)\b|"
        r"\b(?:can|could|will|happy to|gladly|happily) swap (?:it|them|your \w+|the \w+)\b(?: \w+)? for (?:an?(?:nother)?|the|a different) ", text)
    # "your refund or exchange", "an exchange or a refund": an offer the sentence implies
    implied = None if offered else re.search(r"(?:a |your )?(?:refund|store credit),? or (?:an? )?exchange|exchange,? or (?:a )?refund|"
                                             r"(?:start|initiate|request|make|begin) (?:a |your )?returns? (?:or|/|&|and) (?:an? )?exchanges?\b", text)
    found = offered or implied
    # a negation before "but" is another clause's ("we do not do full refunds but can do exchanges")
    before = re.split(r"\b(?:but|however|although|though|instead)\b", text[: found.start()][-40:])[-1] if found else ""
    if found and not _any(_NEGATED + r"[^.,;]{0,25}$", before):  # "If you're not (happy), we offer ..."
        if _scoped(clause, text) or categories_in(clause.body) or _named_goods(clause.body, r"(?:may|can|could|will) (?:only )?be exchanged"):
            # "Items on sale are non-refundable but may be exchanged", "Gift boxes may be exchanged if unopened"
            yield _unheld("exchanges for some orders only: no setting holds it")
            return
        at_fault = (_any(_FAULT, text) or _fault_section(clause)) and _about_fault(clause, text) and not _exchange_for_a_choice(clause, text)
        # exchanges offered for faulty items say nothing against exchanges for every item, said elsewhere
        yield Fact("resolutions.exchange", "MERCHANT_AT_FAULT" if at_fault else "ALWAYS", weak=implied is not None or at_fault)


def reorder(clause: Clause, text: str) -> Iterator[Fact]:
    # "we suggest placing a new order", "returned and an alternative order created": the same hint in other words
    if _any(r"\breorder|place a (?:new|separate) order|make a (?:new|separate) purchase|new order (?:\w+ )?(?:is |be )?placed|"
            r"\bplacing a (?:new|separate) order\b|\b(?:new|alternative|separate) order (?:\w+ )?(?:is |be |being )?(?:placed|created)\b", text):
        yield Fact("resolutions.reorder_hint", True)


# --- instructions -------------------------------------------------------------------------------


# w5: "items should be carefully packed", "You're responsible for ... safe packaging": packing advice in other words
_PACKED_SAFELY = r"\b(?:carefully|securely|safely|properly|well) packed\b|\bpacked (?:carefully|securely|safely|well)\b|\b(?:safe|secure|careful|sturdy|protective) packaging\b"


def _ship_after_request(text: str) -> Iterator[Fact]:
    """"return the item within two weeks of requesting the refund": the deadline to send it, counted from the request (w5)."""
    found = re.search(r"\b(?:ship|send|return|post|mail)\w* (?:the items?|it|them|your return|the return|your package)?.{0,20}?within (\d{1,3}) (days?|weeks?) "
                      r"(?:of|after|from) requesting (?:the |a |your )?(?:refund|return)", text)
    if found:
        yield Fact("instructions.ship_within_days", int(found.group(1)) * (7 if found.group(2).startswith("week") else 1))


def instructions(clause: Clause, text: str) -> Iterator[Fact]:
    ship_by = re.search(r"(?:ship|send)\w* (?:the item|it|your return|them|the return|your package)?.{0,20}?within (\d{1,3}) days? (?:of|after|since|from) "
                        r"(?:(?:receiving|receipt of|getting) (?:the |our |your )?(?:return )?(?:instructions|approval|label)|"
                        r"(?:the |your )?(?:return )?(?:label|approval|authori[sz]ation|rma(?: number)?) (?:was |is |has been |being )?(?:issued|sent|e-?mailed|given|provided|approved)|"
                        r"requesting (?:the |a |your )?(?:refund|return))", text)  # "return the item within two weeks of requesting the refund" (w5)
    if ship_by:
        yield Fact("instructions.ship_within_days", int(ship_by.group(1)))
    else:
        yield from _ship_after_request(text)
    if (_any(r"\bpack\b|\bpackaged\b|\bpackage (?:it|them|the|your|items?)\b", text) and _any(r"secure|careful", text)) or _any(_PACKED_SAFELY, text):
        yield Fact("instructions.pack_securely", True)
    tracking = r"traceable|traceble|trackable|tracking number|tracked (?:shipping|service|postage|delivery|mail|method)|(?:add|with|use|buy|purchase|upgrad\w*)\b.{0,40}\btracking\b"
    # advice for parcels over an amount only ("If you are shipping an item over $75, ...") is no general advice
    over_an_amount = _any(r"\b(?:returns?|orders?|items?|parcels?|packages?) (?:over|above|worth (?:more than|over)|valued (?:at|over)) [$€£]?\d", text)
    # "Please return the item via a traceable method", "You may use any trackable shipping method": the way to send it
    advised = r"|please (?:return|send|ship|post|mail)\b[^.]{0,40}\b(?:via|with|using|by) (?:an? )?(?:traceable|trackable|tracked)|\buse (?:any |an? )?(?:traceable|trackable|tracked)\b"
    if _any(tracking, text) and not over_an_amount and _any(r"recommend|suggest|advise|keep|save|should|must|please use|consider|using an? (?:trackable|traceable|tracked)" + advised, text):
        yield Fact("instructions.tracked_shipping_recommended", True)
        carriers = re.search(r"such as ([A-Z][\w&]+(?:, [A-Z][\w&]+)*(?:,? (?:or|and) [A-Z][\w&]+)?)", clause.text)
        if carriers:
            yield Fact("instructions.carrier_examples", re.split(r",? (?:or|and) |, ", carriers.group(1)))
    # advice to insure the parcel, not "all shipments are insured" or "the label has no insurance"
    if _any(r"\binsured\b|insurance|\binsure\b", text) and not over_an_amount and _any(r"recommend|suggest|advise|should|consider|make sure|ensure|please [^.]{0,50}\b(?:insure|insured|insurance)|"
                                                                   r"\binsure (?:the|your)\b|purchas\w* (?:shipping )?insurance", text) \
            and not _any(r"(?:no|without) (?:tracking or )?insurance|\bwe (?:\w+ )?insure\b", text) \
            and not (_any(r"(?:are|is) (?:fully )?insured", text) and not _any(r"(?:make sure|ensure|should|please|recommend\w*)\b[^.]{0,50}(?:are|is) (?:fully )?insured", text)):
        yield Fact("instructions.insured_shipping_recommended", True)
    if _any(r"\b(?:rma|authori[sz]ation|order|return) (?:number|#|no\.?)[^.;]{0,40}\b(?:on|visible|written|marked|clearly)\b[^.;]{0,30}\b(?:outside|box|package|parcel|label|carton)", text) \
            or _any(r"\bwrite (?:the |your )?(?:rma|authori[sz]ation|order|return) (?:number|#)", text):
        yield _unheld("a number to show on the parcel: no setting holds it")
    if _any(r"address on (?:your|the) (?:package|parcel)|not our return address|"
            r"\b(?:ship|send|mail|post|return)\w* (?:\w+ ){0,3}to the address (?:provided|given|listed|shown|stated) (?:in|on) the (?:instructions|e-?mail|return authori[sz]ation|label)", text):
        yield Fact("instructions.use_address_from_instructions", True)
    # Allegra K: "contact us via email cs@... for return instruction"; the rendered page: "Email us for the return address".
    if _any(r"e-?mail us for (?:the |our )?return address|contact us (?:via |by )?e-?mail.{0,60}?for (?:the |our )?return (?:instruction|address)", text):
        yield Fact("instructions.address_on_request", True)


READERS: tuple[Reader, ...] = (
    return_window, transit_buffer, returns_closed, request_channel, request_before_shipping, condition,
    reason_required, proof_of_purchase, exclusions, fault_override, sets, sales_channel, cancellation,
    cancellation_refund_time, fault, fault_photos, fault_remedies, return_shipping, fees, refund_method, original_shipping,
    refund_timing, response_time, partial_refunds, confirmation_email, inspection, exchanges, reorder, instructions,
)


def _facts(clause: Clause, text: str) -> list[Fact]:
    return [fact for reader in READERS for fact in reader(clause, text)]


# "Occasionally, we offer exchanges for ...", "In some cases a fee applies": a rule for some occasions only.
# What it excludes still stands ("Occasionally items are sold as final sale; these are not returnable"):
# the adverb says how often goods are in the group, not how often the group is refused.
_SOME_OCCASIONS = r"^\W*(?:occasionally|sometimes|at times|on occasion|from time to time|in (?:some|certain|rare|special) (?:cases|circumstances|instances))\b"


def read(clause: Clause) -> list[Fact]:
    """Every fact `clause` states, from every reader. A list item is read with its introduction
    (so "We do not accept returns on:" makes its bullets exclusions), but what the introduction
    states on its own belongs to the introduction, not to each item."""
    facts = _read_clause(clause)
    if facts and _any(_SOME_OCCASIONS, clause.body):
        return [fact for fact in facts if fact.path == "exclusions"] + [_unheld("a rule for some occasions only: no setting holds it")]
    return facts


def _read_clause(clause: Clause) -> list[Fact]:
    if _any(r"\b(?:read more|click here|find out more)\b", clause.body):
        return []  # a pointer to another page says nothing itself
    if _any(r"^(?:q:\s*)?i(?:'d| would| want| just| need|'m)\b", clause.body) or clause.body.rstrip().endswith("?"):
        return []  # a question, or the customer's own words ("I'd like to exchange it"), states no rule
    if _any(r"partial refunds? (?:may|will|can|are|might)", _plain_intro(clause)):
        return []  # an item of "Partial refunds may be granted for:", which goes to the merchant whole
    facts = _facts(clause, digits(clause.context))
    if not clause.intro:
        return facts
    introduction = replace(clause, text=clause.intro, intro="")
    own = {repr(fact) for fact in _facts(introduction, digits(introduction.context))}
    return [fact for fact in facts if repr(fact) not in own]


__all__ = ["CATEGORIES", "Fact", "READERS", "read"]

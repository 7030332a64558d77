"""Whether the shop takes returns at all: a sentence that refuses every way of taking goods back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from plugin.policy.drafting.clauses import Clause, _plain
from plugin.policy.drafting.readers.common import Fact, _any, _unheld
from plugin.policy.drafting.readers.exclusions import _EXCLUDED_HEADING, categories_in
from plugin.policy.drafting.readers.fault import _FAULT_WIDE
from plugin.policy.drafting.readers.scope import _GENERIC_SUBJECT, _SCOPED, scoped


# "No returns or exchanges.", "Sorry, we cannot accept returns.", "We do not offer refunds or exchanges.",
# "All sales final.": a whole sentence that refuses every way of taking goods back, naming no goods, case
# or time (a refusal of refunds alone leaves exchanges and credit open, and says nothing of returns)
_CLOSED_LEAD = r"^\W*(?:(?:sorry|unfortunately|please note|note)\W+)?"
_CLOSED_KINDS = r"((?:returns?|refunds?|exchanges?)(?:\s*(?:,|or|and|/|&|nor)\s*(?:returns?|refunds?|exchanges?))*)"
_CLOSED_REFUSAL = (r"(?:we|i) (?:do not|don't|cannot|can't|can not|are (?:unable|not able) to|will not|won't) (?:accept|offer|take|give|issue|provide) (?:any )?"
                   + _CLOSED_KINDS + r"|no " + _CLOSED_KINDS + r"(?: (?:are|is|will be) (?:accepted|allowed|given|offered|issued))?")


_CLOSED_TAIL = r"(?: of any kind| at (?:this|the present) time| at (?:this|the) moment| at all)?\s*[.!]?$"


# Asked once per paragraph, not once per clause of it: the answer depends on the paragraph alone.
@lru_cache(maxsize=256)
def _paragraph_names_goods(paragraph: str) -> bool:
    return bool(categories_in(paragraph)) or _any(_SCOPED, paragraph)


def _closed_outright(clause: Clause) -> bool:
    if clause.heading and not _any(r"return|refund|exchange|polic|terms|conditions|faq|general|important|notice", clause.heading.lower()):
        return False
    if clause.intro or clause.listed or _paragraph_names_goods(clause.paragraph_text):
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


# "Because our soaps are handcrafted ..., we do not accept returns or offer refunds once a purchase has been
# made" (soapbeautiful): a refusal of every return, given with its reason (a purchase is what every return follows)
_CLOSED_FOR_A_REASON = (
    r"^(?:due to|because(?: of)?|given|since|as) [^,]{3,100}, we (?:do not|don't|cannot|can't|are unable to) (?:accept|offer|take) (?:any )?returns?"
    r"(?: (?:or|and|/) (?:(?:offer|give|issue|provide) )?(?:any )?(?:refunds?|exchanges?))?(?: once (?:a|the|your) (?:purchase|order) (?:has been|is) (?:made|placed))?\s*[.!]?$"
)


# "Model trains, boxed or loose, are final sale: nothing comes back", "Our candles are
# non-returnable, so no returns or refunds": the goods the sentence opens on are the ones refused
_FINAL_SUBJECT = r"^\W*(?:all |our |any )?([^:;]{2,60}?),? (?:are|is) (?:(?:all|also|always) )?(?:sold as )?(?:final(?: sale)?|non-?returnable|non-?refundable)\b"


def _refused_goods_first(body: str) -> bool:
    subject = re.match(_FINAL_SUBJECT, body)
    # "such as" brings examples of the goods ("Items such as candles are final sale"), not a reason
    if subject is None or _any(r"\b(?:because|since|as|due|given|is|are|was|were|sales?)\b", re.sub(r"\bsuch as\b", " ", subject.group(1))):
        return False  # "Because every piece is handmade, all sales are final": a reason, then every sale
    return any(word not in _GENERIC_SUBJECT for word in re.findall(r"[a-z][a-z'-]*", subject.group(1)))


def _closed_for_some(clause: Clause) -> bool:
    """"All sales are final, and no returns of food items will be accepted" (saltysavorysweet): the refusal
    names its goods; an item of a list under "Exceptions / Non-returnable goods" is about the goods listed."""
    return _any(r"\bno returns? (?:of|on|for) (?!any\b|all\b|items?\b|products?\b|orders?\b)\w", clause.body) \
        or (clause.listed and _any(_EXCLUDED_HEADING + r"|exception", _plain(clause.heading).lower())) or _refused_goods_first(clause.body)


# "Returns are not accepted unless the fabric we sent was the wrong one", "Everything is sold as final, with no
# returns and no refunds, except where the product we sent is incorrect or damaged", "We do not accept returns
# except when ...": every return refused but for the shop's faults (returns only at fault);
# not "All sales are final unless the item arrived damaged", which a labelled text reads with a window for returns
# ("To keep our customers safe, we take no returns and give no exchanges or refunds, except where ...", "No returns or
# refunds, except for defective items": the reason first, and the refusal said with "no")
_REFUSED_BUT = (_CLOSED_LEAD + r"(?:[a-z/& ]{2,30}:\s*)?(?:(?:to|for|due to|because(?: of)?|given|since|as|once) [^,;:]{3,60},\s*)?"
                r"(?:(?:we are|we're|i am|i'm) (?:so |very )?(?:sorry|afraid)(?: to say)?(?: that)?,?\s*)?(?:" + _CLOSED_KINDS + r" (?:are|is|will) not (?:be )?(?:accepted|offered|possible|given|allowed)|"
                r"(?:we|i) (?:do not|don't|cannot|can't|can not|will not|won't) (?:accept|take|offer) (?:any )?" + _CLOSED_KINDS + r"|"
                r"(?:(?:we|i) (?:take|accept|offer|make|give|issue) )?no " + _CLOSED_KINDS + r"(?:,? (?:and|or|nor) (?:(?:take|accept|offer|make|give|issue) )?(?:no )?" + _CLOSED_KINDS + r")?|"
                r"(?:all sales|all (?:items|products|purchases|orders)|every (?:completed |placed )?(?:sale|order|purchase|item)|everything\b[^,;:]{0,80}?) (?:are|is) (?:sold as )?final(?: sales?)?"
                # (or "is final and cannot be refunded": the sale final, its refund refused as well)
                r"(?:,? (?:with )?no " + _CLOSED_KINDS + r"(?: (?:and|or) no " + _CLOSED_KINDS + r")?| and (?:cannot|can't|can not|will not|won't) be (?:returned|refunded)(?: or (?:returned|refunded|exchanged))?))"
                r",? (?:unless|except(?: (?:where|when|if|in case|for))?)\b")
# the fault reader's words for a fault, and a bare "wrong", "incorrect", "broken" ("unless it is broken"): the
# exception names only a fault of the shop's when it says nothing else
_FAULT_CASE = _FAULT_WIDE + r"|\bwrong\b|\bincorrect\b|\bbroken\b"
_OTHER_CASE = r"unused|unopened|sealed|original|within|\bdays?\b|credit|exchange|\bsale\b|approv|authori[sz]|agree|discretion|\blaw\b|required|\bsizes?\b|\bfit\b"
# "..., so we're sorry, but we can't take returns or exchanges": the refusal of every return after its reason, the
# refusal ending the sentence; between them any word of regret ("unfortunately", "regrettably", "I'm afraid"),
# not any words (", so after 30 days, we cannot accept returns" is a window)
_CLOSED_AFTER_REASON = (r"^[^.;:]{10,160}?,? so (?:(?:(?:we're|we are|i'm|i am) (?:so |very |truly )?(?:sorry|afraid)|\w+ly),? (?:but )?)?(?:we|i) (?:do not|don't|cannot|can't|can not|are unable to|will not|won't) "
                        r"(?:accept|take|offer) (?:any )?" + _CLOSED_KINDS + r"\s*[.!]?$")


# "Unless the item you bought is defective, we take no returns and make no exchanges": the same, the exception first
_BUT_FIRST = (r"^\W*(?:unless|except (?:when|where|if))\b([^,;]{3,100}),\s*(?:(?:we|i) (?:take|accept|offer|make|give) no " + _CLOSED_KINDS
              + r"|(?:we|i) (?:do not|don't|cannot|can't|can not|will not|won't) (?:accept|take|offer) (?:any )?" + _CLOSED_KINDS + r")\b")


def _refused_but(body: str) -> tuple[str, str] | None:
    """The refusal and its exception, said either way round ("We do not accept returns unless ...", "Unless ..., we take
    no returns")."""
    first = re.match(_BUT_FIRST, body)
    if first is not None:
        return first.group(0)[first.end(1) :], first.group(1)
    refusal = re.match(_REFUSED_BUT, body)
    return (refusal.group(0), body[refusal.end() :]) if refusal else None


def _closed_but_for_faults(clause: Clause) -> bool:
    said = None if clause.intro or clause.listed else _refused_but(clause.body)
    if said is None:
        return False
    refused, exception = said
    kinds = set(re.findall(r"return|refund|exchange", refused))
    if _any(r"\bfinal\b[^,;]* and (?:cannot|can't|can not|will not|won't) be", refused):
        kinds.add("return")  # a final sale refused a refund too: nothing comes back
    return "return" in kinds and not categories_in(refused) and _any(_FAULT_CASE, exception) and not _any(_OTHER_CASE, exception)


# "We only accept returns of damaged or defective items", "Returns are accepted only when the item arrived damaged",
# "A refund is only given when the product is faulty", "We accept returns only of items that are damaged or defective"
# (the page `render` writes): returns taken, but only in the shop's faults
_ONLY_TAKEN = (_CLOSED_LEAD + r"(?:(?:we|i) (?:will |can |do )?only (?:accept|take(?: back)?|offer|give|issue|allow|process) (?:a |any )?" + _CLOSED_KINDS
               + r"|(?:we|i|[\w&'. -]{2,40}? accepts) (?:accept |take(?: back)? |offer |give |issue |allow |process )?(?:a |any )?" + _CLOSED_KINDS + r",? only"
               + r"|(?:a |any )?" + _CLOSED_KINDS + r" (?:are|is|will be|can be) (?:only )?(?:accepted|given|offered|issued|possible|allowed|processed)(?:,? only)?"
               + r"|(?:items?|products?|goods|orders?) (?:are|is|will be|can be) (?:only )?(?:returned|refunded|accepted|taken back)(?: only)?"
               + r"|(?:we|i) (?:will |can )?only (?:accept|take(?: back)?|refund) (?:items?|products?|goods|orders?|(?!(?:the |your |any )?(?:shipping|postage|delivery|freight|fees?|costs?|charges?)\b)\w+)\b"
               + r"|only (?:[\w-]+ ){0,5}?(?:items?|products?|goods|orders?) (?:[^,;:]{0,80}? )?(?:can|may|will) be (?:returned|refunded|taken back))\b")


def _taken_only_for_faults(clause: Clause) -> bool:
    if clause.intro or clause.listed:
        return False
    body = clause.body
    taken = re.match(_ONLY_TAKEN, body)
    if taken is None and ": " in body:  # "Buyer's remorse is not covered: only defective items can be returned"
        body = body.rsplit(": ", 1)[1]
        taken = re.match(_ONLY_TAKEN, body)
    if taken is None or not _any(r"\bonly\b", taken.group(0)) or not _any(r"return|refund|take back|taken back", taken.group(0)) \
            or categories_in(taken.group(0)):
        return False  # (exchanges or replacements only for faults are the faults' remedies, said of returns that stay open)
    case = body[taken.end():] if not _any(r"^only ", taken.group(0).lstrip(" *-")) else body
    if re.fullmatch(r"\W*(?:when|if|in these cases|in the following cases)?\W*:", case) and clause.introduces:
        return _faults_listed(clause.introduces)  # "We accept a return only when:", the cases listed below it
    # the window is the fault's
    case = re.split(r"[:;]|\bwe can't\b|\bwe cannot\b|,? (?:and )?(?:only )?(?:within|up to|for up to)\b", case, maxsplit=1)[0]
    return _any(_FAULT_CASE, case) and not _any(_OTHER_CASE, case)


# a reason to send something back that is the customer's, not the shop's
_CUSTOMERS_REASON = (r"changed? (?:your|their|my) mind|\bsizes?\b|\bfit\b|(?:don't|do not|didn't|did not) (?:like|want|need)|"
                     r"not (?:happy|satisfied)|any reason|\bgifts?\b")
# "we sent a different size from the one you ordered": the size is the shop's mistake
_SHOPS_DOING = r"\bwe (?:sent|shipped|delivered|packed|made)\b"


def _faults_listed(items: tuple[str, ...]) -> bool:
    """The cases of a list a return is taken only in: a fault among them and no reason of the customer's (the other
    items may be conditions every return meets, "the product is unused")."""
    return any(_any(_FAULT_CASE, item) for item in items) and not any(
        _any(_CUSTOMERS_REASON, item) and not _any(_SHOPS_DOING, item) for item in items)


def _only_at_fault_or_closed(clause: Clause, text: str) -> Fact | None:
    """Every return refused but for faults, or refused after its reason, said by the whole sentence."""
    if (_closed_but_for_faults(clause) or _taken_only_for_faults(clause)) and not scoped(clause, text):
        return Fact("returns.only_at_fault", True)
    if _any(_CLOSED_AFTER_REASON, clause.body) and not clause.intro and not clause.listed and not scoped(clause, text):
        return Fact("returns.enabled", False)
    return None


def returns_closed(clause: Clause, text: str) -> Iterator[Fact]:
    said = _only_at_fault_or_closed(clause, text)
    if said is not None:
        yield said
        return
    closed = _closed_outright(clause)
    if not closed and not _any(r"all (?:sales|purchases) are final|(?:do not|don't) (?:accept|offer) (?:any )?returns|no returns (?:or|and) no", clause.body):
        return
    if categories_in(clause.body):
        return  # "Sale and clearance items: all sales are final" closes those items only
    if scoped(clause, text):
        if _any(r"all (?:sales|purchases) are final|(?:do not|don't) (?:accept|offer) (?:any )?returns", clause.body):
            yield _unheld("no returns for some goods only: no setting holds that")
        return
    if clause.heading and not _any(r"return|refund|exchange|polic|terms|conditions|final|faq|\bsales?\b|general|important|notice|shipping", clause.heading.lower()):
        yield _unheld("no returns under a heading naming some goods or orders: no setting holds that")  # "Wholesale: All sales are final"
        return
    if _any(r"^(?:policy: )?(?:(?:due to|because(?: of)?|given|since|as) [^,]{3,100}, )?all (?:sales|purchases) are final|"
            r"we (?:do not|don't) (?:accept|offer) (?:any )?returns?(?: (?:or|and|/) exchanges?|,? (?:or |and )?(?:exchanges?|refunds?|cancell?ations?)){0,3}\s*[.!]?$|no returns (?:or|and) no (?:exchanges|refunds)", clause.body) or closed \
            or _any(_CLOSED_FOR_A_REASON, clause.body):
        if _closed_for_some(clause):
            yield _unheld("no returns for the goods of a list or a phrase: no setting holds that")
        elif _any(r"\bunless\b|\bexcept\b", text):
            yield _unheld("returns only in the cases it names: no setting holds that")
        elif _any(r"\bfinal\b\W+(?:once|after|if|when|upon|for|on)\b", text):
            yield _unheld("sales final from some event or for some orders: no setting holds that")
        else:
            yield Fact("returns.enabled", False)

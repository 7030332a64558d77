"""What every reader shares: the `Fact` a reader states, the cache its patterns are compiled in, and the
words several families of settings read alike (a fault, a negation, a refusal, a cancellation).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from plugin.policy.drafting.clauses import Clause


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


# an email address ("returns@shop.example"): its dots end no sentence, its name asks for nothing
AN_EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"


def _any(pattern: str, text: str) -> bool:
    """Whether `pattern` is found in `text`. The readers use more patterns than `re` keeps compiled
    (512), so they keep their own: recompiling them was a third of the drafting time."""
    return _compiled(pattern).search(text) is not None


# "a hardware-related issue", "a technical fault": a defect in other words
_HARDWARE_ISSUE = r"\b(?:hardware|technical|mechanical|electrical)[- ](?:related )?(?:issues?|problems?|faults?|failures?)"
# A wrong size or colour is the shop's fault only when the shop sent it, not when the customer ordered it.
_WRONG_SIZE = r"(?:sent|shipped|received|delivered|got|send) (?:you )?(?:an? |the )?wrong (?:size|colou?r)"
# (not "damage to our website": harm to the shop's site, no goods')
_FAULT = (
    r"defective|(?<!un)damage(?!s? (?:to|of) (?:our|the|this|any) (?:web ?sites?|sites?|online (?:store|shop)|systems?|servers?|content)\b)|faulty|\b(?:item|product|manufactur\w*) fault\b|flaws?\b|\bdefects?\b|wrong (?:item|product|merchandise)|_WRONG_SIZE_|sent incorrectly|"
    r"incorrect(?:,? (?:or |and )?\w+){0,3} (?:item|product|merchandise|order|goods)|wrong \(|not as described|quality (?:issue|problem)|factory defect|"
    r"\bbroken (?:items?|goods|products?|merchandise|parts?)\b|\barrives? broken\b|"
    r"does not meet the specifications|incomplete(?!(?: or \w+)? (?:\w+ )?(?:details|address(?:es)?|information|data|forms?|applications?))|\bour (?:responsibility|error|mistake)|we made (?:an? )?(?:error|mistake)|is wrong\b|"
    r"shipping error|errors? (?:made )?by (?:the seller|us|the shop|the store)|(?:error|mistake) we made|(?:the )?(?:error|mistake) (?:is|was) ours|"
    r"(?:error|mistake|fault) on our (?:part|side)|our fault|(?:sent|shipped|delivered) (?:to you )?(?:in error|by mistake)|"
    # "an error of the seller's", "where the seller made the error", "our own mistake"
    r"\b(?:error|mistake) of (?:the )?(?:seller|merchant|retailer)|\b(?:seller|merchant|retailer)'s (?:own )?(?:error|mistake)|"
    r"\bthe (?:seller|merchant|retailer) (?:made|makes) (?:the |an? )?(?:error|mistake)|\bour own (?:error|mistake|fault)\b|" + _HARDWARE_ISSUE
)
_FAULT = _FAULT.replace("_WRONG_SIZE_", _WRONG_SIZE)
# A fault set aside by name: "for any reason other than a (product) defect", "a reason unconnected with a defect or damage"
FAULT_SET_ASIDE = (r"\b(?:other than|unconnected (?:to|with)|unrelated to) (?:our |an? |the )?(?:product |manufacturing |factory )?"
                   r"(?:errors?|faults?|mistakes?|defects?|damage)(?: or (?:an? )?(?:defects?|faults?|damage))?\b")
# "We reserve (keep) the right to charge ...": what the shop may do, not what every return or order pays
RESERVED_RIGHT = r"\b(?:reserves?|keeps?|retains?) the right\b"
_CANCEL = r"cancel"
# "If you need to cancel a lesson, ...", "A class cancelled 7 days ahead ...", "Appointment cancellations ...": a booked
# time with the shop cancelled, no order (nothing is shipped, nothing comes back)
_BOOKING = r"(?:lessons?|class(?:es)?|appointments?|sessions?|bookings?|reservations?|workshops?|courses?|consultations?|fittings?|tours?)"
_BOOKING_CANCELLED = (r"\bcancel\w*\s+(?:(?:a|an|the|your|any|this|that|our)\s+)?(?:[\w-]+\s+)?" + _BOOKING + r"\b|"
                      r"\b" + _BOOKING + r"\s+(?:(?:can|may|must|cannot|can't|will|should|that (?:is|are))\s+(?:not\s+|only\s+)?(?:be\s+)?)?cancell?(?:ed|ations?)\b")
# "a partial refund", "partially refunded", "a reduced refund", "part of the price": a refund cut to a part, the cases
# of which are states a return comes back in (what the shop does about them goes to the merchant whole)
_PARTIAL_REFUND = r"\bpartial(?:ly)? refund|\b(?:reduced|smaller|lower) refund|\bpart of (?:the|its|their|your) (?:price|refund|money)\b"
_REGIONAL = r"shopping in|\bu\.s\.|\bcanada\b|\bjapan\b|\bthe eu\b|united states|international (?:orders|returns)|outside (?:of )?the"
# "a warranty claim", "under our guarantee": a claim on a warranty or guarantee, with steps and times of its own
_WARRANTY_CLAIM = r"\bwarrant(?:y|ies)\b|\bguarantee claims?\b|\bunder (?:the |our |its )?(?:[\w-]+ )?guarantee\b"
# "the postage is yours", "the cost is on you": the customer's to pay (not "is for you", said of a label to print)
_IS_YOURS = r"\b(?:is|are) (?:then |also |always |entirely |all )?(?:yours|on you)\b"
_NEGATED = r"\b(?:do not|don't|does not|doesn't|cannot|can ?not|can't|won't|will not|no longer|not|unable to)\b"


# "It is not necessary to include a receipt", "No need to contact us first", "You do not need an RMA": a
# requirement negated; the words that ask for it are there, the rule is the opposite
_NOT_REQUIRED = (r"\b(?:not (?:necessary|required|needed|mandatory|compulsory)|no need\b|unnecessary|"
                 r"(?:do not|don't|does not|doesn't|won't|will not|never) (?:\w+ )?(?:need|require|have to|ask)|without (?:needing|having) to)")
# "we do not offer refunds or exchanges on ...", "we are unable to refund ...": the shop refuses
_REFUSE_VERB = r"(?:do not|don't|cannot|can ?not|can't|won't|will not|unable to|not able to)"
_REFUSED_KINDS = r"(?:returns?|refunds?|exchanges?)(?:\s*(?:,|or|and|/|&)\s*(?:returns?|refunds?|exchanges?))*"


def _plain_intro(clause: Clause) -> str:
    return clause.context[: len(clause.context) - len(clause.body)]


# A refusal said of the time past a deadline ("After 30 days, we cannot accept returns or exchanges",
# "no exchanges beyond the return window", "once the order has shipped"): the negation's scope is that
# time, not every exchange
_PAST_A_DEADLINE = (
    r"\b(?:after|beyond|past|outside(?: of)?|later than|more than|over|exceeding|once)\s+(?:the |this |that |our |your |a |an )?"
    r"(?:\d+|[a-z]+)?[- ]?(?:(?:calendar|business|working)[- ])?(?:days?|weeks?|months?|hours?|years?|(?:return |refund |exchange )?(?:window|period|deadline|time ?frame)|"
    r"(?:it|the (?:order|item|parcel|package)|your (?:order|item)) (?:has |is |was )?(?:been )?(?:shipped|dispatched|opened|used|worn|delivered))\b|"
    r"\bonce (?:an? |the |your |it |they )?(?:[\w-]+ ){0,2}?(?:has|have|is|are|was|were) (?:been )?(?:shipped|dispatched|opened|used|worn|washed|delivered|installed|altered|removed)\b"
)
# "a 20% charge", "fees", "charged", "we deduct": a fee's words; the case a fee is charged in is no condition of a return
# (requirements' _FEE_CASE, the guesses' _CHARGE)
_FEE_WORD = r"\b(?:fees?|charge[ds]?|deduct\w*)\b"
# "30 days have gone by", "weeks have now passed": a time run out
_GONE_BY = r"(?:have|has) (?:now |already )?(?:gone by|passed|elapsed|expired)\b"
# "You have 30 days. After that we cannot give you an exchange.", "If 30 days have gone by, we can't offer you an
# exchange": a refusal for the time past a deadline, in other words than _PAST_A_DEADLINE's (read on the clause's body)
_TIME_PAST = (r"^\W*(?:after|beyond|past) (?:that|this)(?: (?:point|date|time|period|deadline))?\b|"
              r"\b(?:days?|weeks?|months?) " + _GONE_BY)


# "Gift recipients can receive store credit or an exchange", "If you received a gift, ...": the outcomes of a gift's
# return, some returns only (a gift card is the credit itself, no gift)
_GIFT_RETURN = r"\bgift(?:s|ed)?\b(?! ?(?:cards?|certificates?|vouchers?|wrap\w*|box\w*)\b)"

"""What the rules left unsaid, read by the learned reader (`learned`): which sentences it may read,
which of its guesses a setting takes, and with what.

The rules keep the first say: a guess only fills a setting no rule set, never adds to a list a rule read
from the same sentence, and never comes from a sentence the rules find narrower than a setting (some
goods, orders or customers only; another event to count from; a requirement denied), from a question,
a lead-in or a sentence that says more than any setting holds.

What it finds but may not place (under its cut, or in a sentence a guard keeps guesses from) it offers on the
sentence instead, for the merchant to take (`offer`): a suggestion sets nothing until chosen.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from plugin.policy.drafting import learned
from plugin.policy.drafting.asides import MORE, states_no_rule
from plugin.policy.drafting.clauses import Clause
from plugin.policy.drafting.quantities import digits, durations
from plugin.policy.drafting.readers import Fact
from plugin.policy.drafting.readers.common import _FEE_WORD, _any
from plugin.policy.drafting.readers.exclusions import kinds_refused
from plugin.policy.drafting.readers.fault import about_fault, damage_refused
from plugin.policy.drafting.readers.instructions import advises, order_tracked, shop_packs
from plugin.policy.drafting.readers.periods import counted_from_another_event
from plugin.policy.drafting.readers.reading import says_no_rule
from plugin.policy.drafting.readers.refund import SOME_ORDERS_SHIPPING
from plugin.policy.drafting.readers.requirements import OPENED_TAKEN_TOO
from plugin.policy.drafting.readers.resolutions import exchange_refused, same_item_asked
from plugin.policy.drafting.readers.scope import IN_THAT_CASE, names_goods, scoped
from plugin.policy.drafting.readers.window import PAYMENT_DUE, on_the_shops_time

if TYPE_CHECKING:
    from plugin.policy.drafting.draft import Reading

# a window's start is only said with its length: alone, it would move the default window
_NEEDS = {"returns.window.starts": "returns.window.days", "fault.window.starts": "fault.window.days"}


# what makes a few words a rule ("Exchanges accepted", "No refunds", "Free returns", "All sales final"), not a title
_SAYS_A_RULE = r"\b(?:no|not|never|free|final|only|must|welcome|available)\b|\s[a-z]+ed\b"


def _a_title(clause: Clause) -> bool:
    """"Return postage", "Shipping & delivery", "Damaged merchandise": a line of a few words on its own that says no rule
    names a topic (a heading the layout did not mark); a list's line says its list's rule ("- A return number")."""
    words = re.sub(r"\([^)]*\)", "", clause.body)
    return not clause.listed and len(re.findall(r"[a-z]+", words)) <= 3 and not _any(_SAYS_A_RULE, words)


def _offerable(clause: Clause) -> bool:
    """A clause that may state a setting in its own words: not a title, a lead-in to the lines below it, or a question."""
    return not _a_title(clause) and not clause.body.rstrip().endswith(":") and not states_no_rule(clause) and not says_no_rule(clause)


def _guessable(clause: Clause, reading: Reading) -> bool:
    """A clause a guess may come from: one that may state a setting, and not one the rules found states a rule no
    setting holds, nor a sentence that says more than a setting holds."""
    return clause not in reading.unheld and _offerable(clause) and not any(pattern.search(clause.body) for pattern, _why in MORE)


# the settings a sentence about a fault (damaged, defective, wrong goods) states
_FAULT_SETTINGS = re.compile(r"^fault\.|^shipping\.merchant_at_fault$|^fees\.waived_when_merchant_at_fault$|^resolutions\.replacement$")
# who bears a parcel lost or damaged on its way is the carrier's risk, not who pays the postage
_TRANSIT_RISK = re.compile(r"\b(?:loss|lost)\b")
# "Returns without their original packaging may be charged 20%": the item's state sets a charge, not a condition
_CHARGE = re.compile(_FEE_WORD)
_REFUSED = r"(?:are |is )?not (?:be )?accepted|must|should|cannot|can't|can not|will not|won't"
# "If you are sending back an item over $90, ...": goods or orders an amount singles out, anywhere in the sentence
_FOR_SOME_AMOUNT = re.compile(r"\b(?:items?|orders?|purchases?|products?|parcels?|packages?|returns?)\s+(?:over|above|under|below|exceeding|"
                              r"of (?:more|less) than|worth (?:more|less) than|valued (?:at|over|above|under))\s+(?:[$£€]\s?)?\d")
# "Items should be returned unworn if possible": advice, not a requirement
_HEDGED = re.compile(r"\b(?:if|where|when(?:ever)?) (?:at all )?possible\b|\bideally\b|\bpreferabl[ey]\b|\b(?:if|where) you can\b")
_ADVICE = ("instructions.tracked_shipping_recommended", "instructions.insured_shipping_recommended")
# "You don't need an RMA to send a return", "We never ask for a reason", "You can return items without contacting us first":
# a requirement denied
_NOT_NEEDED = re.compile(r"\b(?:don't|do not|doesn't|does not|won't|will not|never) (?:\w+ )?(?:need|require|have to|ask (?:you )?(?:for|why))\b|"
                         r"\bno need\b|\bnot (?:required|necessary|needed)\b|\bdepends? (?:up)?on (?:the |your )?reasons?\b|"  # what follows from a reason, none asked
                         r"\b(?:can|may|are free to|are welcome to)\b[^.;]{0,40}\bwithout (?:first )?(?:contacting|asking|telling|notifying|e-?mailing|calling|writing to) us\b")


def _for_some_cases(path: str, clause: Clause, text: str) -> bool:
    """A sentence for some goods, orders or amounts only, which sets no general setting (goods refused are named by any);
    "Fees for expedited shipping are not refunded": the shipping of some orders, as the rules read it."""
    if path == "refund.original_shipping" and _any(SOME_ORDERS_SHIPPING, text):
        return True
    return path != "exclusions" and bool(scoped(clause, text) or _FOR_SOME_AMOUNT.search(text))


def _fits(path: str, clause: Clause, text: str) -> bool:
    """A guess about faults only from a sentence about a fault the shop answers for (not "confirm it is
    not faulty", not the law's promise), and other guesses only from sentences that are not; goods refused
    from any sentence naming them, other settings only from a sentence for every order and item."""
    if _for_some_cases(path, clause, text) or _said_otherwise(path, clause, text):
        return False
    fault = about_fault(clause, text)
    if _FAULT_SETTINGS.search(path):
        return fault
    return not fault and not _TRANSIT_RISK.search(text)


def _said_otherwise(path: str, clause: Clause, text: str) -> bool:
    """A sentence on the setting's matter that says something else than the setting."""
    if _any(IN_THAT_CASE, text):
        return True  # "In those cases, any postage is yours to pay": the case named before, which only the rules know
    body = digits(clause.body.lower())
    if path in ("fault.reasons", "fault.remedies", "resolutions.replacement") and damage_refused(body):
        return True  # "If it arrives damaged in an envelope, no refund is given": the customer's doing
    if _FAULT_SETTINGS.search(path):
        return False
    return _another_matter(path, clause, text, body) or _not_asked(path, text)


def _another_matter(path: str, clause: Clause, text: str, body: str) -> bool:
    """Words of the setting's own matter that set something else: a refusal, the shop's own time, a charge."""
    if path == "resolutions.exchange":
        # "If you want the same item in exchange, email us": how to ask; "After 30 days we cannot give you a refund or exchange":
        # a refusal the rules read or left to the merchant (past a deadline, for some goods)
        return same_item_asked(text) or exchange_refused(text)
    if path.startswith("returns.window."):
        # "Processing a refund can last as long as 30 days": the shop's time; "The rest is payable within 15 days after your
        # gown arrives": the customer's payment; no window
        return on_the_shops_time(body) or _any(PAYMENT_DUE, body)
    # a charge for the item's state, or a rule for the goods the sentence names ("Used sleeping mats not accepted"), or a
    # paragraph that takes opened goods back too ("Unopened items ... within 30 days. Opened items carry a 15% fee.")
    return path == "requirements.condition" and bool(_CHARGE.search(text) or names_goods(clause.body, _REFUSED)
                                                     or _any(OPENED_TAKEN_TOO, clause.paragraph_text.lower()))


def _not_asked(path: str, text: str) -> bool:
    """A requirement denied or only advised, or advice the sentence does not give."""
    if _NOT_NEEDED.search(text) or (path.startswith(("requirements.", "returns.request")) and _HEDGED.search(text)):
        return True
    if path in _ADVICE and not advises(text):
        return True  # "- Comes with tracking": a delivery option the shop describes, no advice to the customer
    # "we pack every order carefully", "keep your delivery confirmation email and tracking number": the shop's packing, the order's tracking
    return (path == "instructions.pack_securely" and shop_packs(text)) or (path == "instructions.tracked_shipping_recommended" and order_tracked(text))


def _one_window(text: str) -> dict | None:
    """The length of a window a sentence states: its one duration in days (and whether business or calendar
    days, when it says); None for a range, hours, more than one length, or a length from another event."""
    said = durations(text)
    if len(said) != 1 or said[0][1] is not None or said[0][0].hours is not None or counted_from_another_event(text):
        return None  # "within 14 days of the repair" counts from no event a window can start at
    days, business = said[0][0].days, said[0][0].business
    return {"days": days} | ({} if business is None else {"unit": "BUSINESS" if business else "CALENDAR"})


def _implied(path: str, value: Any, values: dict) -> bool:
    """A guess that says again what a setting already implies: the shop pays for a fault when it pays for every return."""
    return path == "shipping.merchant_at_fault" and values.get("shipping.default.payer") == "MERCHANT"


def _ranked(reading: Reading, reader: learned.LearnedReader) -> list[tuple[learned.Guess, Clause]]:
    """The reader's guesses from the clauses it may read, windows first (a window's start needs its
    length), then the most confident first."""
    clauses = [clause for clause in reading.about if _guessable(clause, reading)]
    guesses = [(guess, clause) for clause, found in zip(clauses, reader.read([c.context for c in clauses])) for guess in found
               if _fits(guess.path, clause, digits(clause.context))]
    return sorted(guesses, key=lambda pair: (pair[0].path not in learned.FROM_WORDS, -pair[0].confidence, pair[1].start))


# who pays to send a return back, by default or for the shop's faults, and the order's own shipping paid back: a sentence
# a rule read for one is not read again for another ("In those cases we pay the cost of sending it back": the faults named
# before; "Shipping costs are non-refundable unless we sent the wrong item": the order's shipping, no return's postage)
_SHIPPING_PAID = ("shipping.default.payer", "shipping.merchant_at_fault", "refund.original_shipping")


def _open(guess: learned.Guess, clause: Clause, values: dict, ruled: set) -> bool:
    """Whether the rules (and more confident guesses) left the guess's setting open: not set, not read by
    a rule from this very sentence, not implied by another setting, and with the window it belongs to."""
    if (guess.path, clause.start) in ruled or _implied(guess.path, guess.value, values):
        return False
    if guess.path in _SHIPPING_PAID and any((paid, clause.start) in ruled for paid in _SHIPPING_PAID):
        return False
    if guess.path == "exclusions":
        return True  # goods another sentence refuses leave this one's open
    if (guess.value in values.get(guess.path, ())) if guess.path in learned.ITEMS else guess.path in values:
        return False
    return guess.path not in _NEEDS or _NEEDS[guess.path] in values


def _guessed_facts(guess: learned.Guess, clause: Clause, values: dict) -> list[Fact]:
    """The facts a guess places: a window's length, or the kinds of goods refused, taken from the sentence's words."""
    if guess.path == "exclusions":
        refused = {(item["category"], item["label"]) for item in values.get("exclusions", ())}
        return [Fact("exclusions", {"category": category, "label": label, "match": match}, each=True)
                for category, label, match in kinds_refused(clause.body)
                if (category, label) not in refused and (category == "OTHER" or category not in {kind for kind, _label in refused})]
    if guess.value == learned.ANY:
        prefix = guess.path.rsplit(".", 1)[0]
        return [Fact(f"{prefix}.{key}", value) for key, value in (_one_window(digits(clause.context)) or {}).items()]
    value = {"payer": guess.value} if guess.path == "shipping.merchant_at_fault" else guess.value
    return [Fact(guess.path, value, each=guess.path in learned.ITEMS)]


def guess(reading: Reading, reader: learned.LearnedReader) -> None:
    """What the rules left unsaid, read by likeness, only for settings no rule set; a clause a guess is
    taken from is no longer unplaced."""
    collector = reading.collector
    ruled = {(p.path, p.sentence.start) for p in collector.placed}  # a list a rule read from a sentence is that sentence's whole list
    for guess, clause in _ranked(reading, reader):
        facts = _guessed_facts(guess, clause, collector.values) if _open(guess, clause, collector.values, ruled) else []
        for fact in facts:
            collector.take(clause, fact, guess.confidence)
        if facts:
            _placed_from(reading, clause)


def _placed_from(reading: Reading, clause: Clause) -> None:
    """A clause a setting was taken from is no longer the merchant's, unless it also says what no setting holds."""
    if clause in reading.silent and clause not in reading.collector.contradicted and clause not in reading.unheld:
        reading.silent.remove(clause)


@dataclass(frozen=True)
class Suggestion:
    """What a sentence left to the merchant may state, read by likeness but not placed (under the reader's cut, or
    from a sentence a guard keeps guesses from): the merchant's to take or leave, never taken by itself."""

    facts: tuple[Fact, ...]
    confidence: float
    sentence: str
    start: int  # where the sentence starts in the text

    @property
    def id(self) -> str:
        """Stable for the same text: where the sentence is, its words and what would be set."""
        said = json.dumps([self.sentence, [[fact.path, fact.value] for fact in self.facts]], sort_keys=True)
        return f"{self.start}-{hashlib.sha256(said.encode()).hexdigest()[:10]}"


def _suggestions(reading: Reading, reader: learned.LearnedReader, read: dict[Clause, list[learned.Guess]]) -> dict[Clause, list[Suggestion]]:
    """For each clause left to the merchant, the settings still open that the reader finds there with at least its `floor`
    of confidence, most confident first; one value per setting and sentence (every item of a list). `read` keeps what the
    reader found in each clause, which choices do not change."""
    collector = reading.collector
    ruled = {(p.path, p.sentence.start) for p in collector.placed}
    # a sentence that contradicts an earlier one: which of the two is right is the merchant's call, not the reader's
    readable = [clause for clause in left_to_merchant(reading) if _offerable(clause) and clause not in collector.contradicted]
    unread = [clause for clause in readable if clause not in read]
    read.update(zip(unread, reader.read([c.context for c in unread], cut=reader.floor)))
    offered: dict[Clause, list[Suggestion]] = {}
    for clause in readable:
        seen: set[str] = set()
        for guess in read[clause]:
            if (guess.path in seen and guess.path not in learned.ITEMS) or not _fits(guess.path, clause, digits(clause.context)) \
                    or not _open(guess, clause, collector.values, ruled):
                continue
            facts = _guessed_facts(guess, clause, collector.values)
            groups = [[fact] for fact in facts] if guess.path == "exclusions" else [facts] if facts else []
            offered.setdefault(clause, []).extend(Suggestion(tuple(group), guess.confidence, clause.text, clause.start) for group in groups)
            seen.add(guess.path)
    return offered


class UnknownSuggestion(ValueError):
    """A suggestion chosen that the text's draft does not offer (another text's, or one a choice before it closed)."""

    def __init__(self, chosen: str) -> None:
        super().__init__(f"the draft offers no suggestion {chosen!r}")


def offer(reading: Reading, reader: learned.LearnedReader, chosen: Sequence[str]) -> dict[Clause, list[Suggestion]]:
    """Place the suggestions the merchant chose, in the order chosen, each one as offered once those before it were
    placed (a choice may close others), its sentence then placed as a guess's is; and what is still offered."""
    read: dict[Clause, list[learned.Guess]] = {}
    for wanted in chosen:
        offered = _suggestions(reading, reader, read)
        clause, picked = next(((c, s) for c, found in offered.items() for s in found if s.id == wanted), (None, None))
        if picked is None:
            raise UnknownSuggestion(wanted)
        for fact in picked.facts:
            reading.collector.take(clause, fact, picked.confidence, suggestion=picked.id)
        _placed_from(reading, clause)
    return _suggestions(reading, reader, read)


def left_to_merchant(reading: Reading) -> list[Clause]:
    """The clauses the draft lists as no setting's: silent ones, but a list's introduction whose items set something."""
    return [clause for clause in reading.silent if clause.text not in reading.introduced or clause in reading.unheld]

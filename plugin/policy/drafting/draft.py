"""From the merchant's written policy to a draft of their settings, every setting explained.

`draft_policy(text)` reads each clause with every reader (the `readers` package), keeps the first value each
setting is given (a later sentence that contradicts it is left for the merchant), lets the learned
reader (`learned`) read what the rules left unsaid, builds the settings document over the defaults,
and checks it with the policy model. What it returns says,
for each setting it set, the sentence it came from; which sentences about returns no setting holds;
and which settings the text is silent on, with the default that stands in. Nothing is invented: a
setting no sentence states keeps its default and is listed as such.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from pydantic import ValidationError

from plugin.policy.drafting import learned
from plugin.policy.drafting.asides import MORE, states_no_rule
from plugin.policy.drafting.clauses import Clause, split
from plugin.policy.drafting.guesses import Suggestion, guess, left_to_merchant, offer
from plugin.policy.drafting.quantities import amounts, digits, durations, percents
from plugin.policy.drafting.readers import UNHELD, Fact, read
from plugin.policy.drafting.readers.fault import ONLY_FOR_FAULTS
from plugin.policy.drafting.readers.scope import with_own_goods
from plugin.policy.model import Policy

# The settings the drafter reads, in the order a merchant meets them in the admin form.
DRAFTED: tuple[str, ...] = (
    "currency",
    "cancellation.enabled", "cancellation.window_hours", "cancellation.until_shipped",
    "cancellation.refund_percent", "cancellation.refund_time", "cancellation.request_via",
    "returns.enabled", "returns.only_at_fault", "returns.window.days", "returns.window.unit", "returns.window.starts",
    "returns.window.transit_buffer_days",
    "returns.most_items_only", "returns.request_via", "returns.request_required_before_shipping",
    "exclusions",
    "fault.reasons", "fault.overrides_exclusions", "fault.photos_min", "fault.photos_of",
    "fault.photos_requested", "fault.window", "fault.waive_condition", "fault.remedies", "fault.full_refund",
    "sets.return_whole_only",
    "sales_channels.allowed", "sales_channels.elsewhere_note",
    "requirements.proof_of_purchase", "requirements.condition", "requirements.reason_required",
    "shipping.default.payer", "shipping.merchant_at_fault", "shipping.product_page_free_returns",
    "fees.flat_fee", "fees.restocking_percent", "fees.free_shipping_deduction",
    "fees.waived_when_merchant_at_fault", "fees.merchant_fees_returned",
    "refund.method", "refund.original_shipping", "refund.processing", "refund.additional_delay",
    "refund.typical_arrival", "refund.inspection", "refund.response_business_days", "refund.confirmation_email",
    "resolutions.exchange", "resolutions.replacement", "resolutions.store_credit", "resolutions.reorder_hint",
    "instructions.ship_within_days", "instructions.pack_securely", "instructions.tracked_shipping_recommended",
    "instructions.carrier_examples", "instructions.insured_shipping_recommended",
    "instructions.use_address_from_instructions", "instructions.address_on_request",
)
# Where the model's default promises or requires something the text does not say, a silent text
# gets the value that promises and requires nothing (a draft never adds a rule the merchant did not
# write); every other silent setting keeps the model's default.
SILENT = {
    "returns.request_required_before_shipping": False,
    "requirements.reason_required": False,
    "shipping.product_page_free_returns": False,
    "refund.confirmation_email": False,
    "resolutions.reorder_hint": False,
}
_TOPICAL = re.compile(
    r"return|refund|exchang|cancel|withdraw|retract|revo[ck]|repay|non-?returnable|final sale|restock|reimburs|"
    r"shipping|postage|label|defect|damag|replace|warrant|store credit|\brma\b|authori[sz]ation|"
    r"(?:send|sent|ship|mail|post)\w* (?:\w+ ){0,3}back|\b(?:take|takes|taken|took|taking|accept|accepted) (?:\w+ ){0,2}back\b|back to the manufacturer|packing slip|return form|proof of (?:mailing|postage)|"
    r"faulty|\bflaw|re-?listing fee|\brepair|\bmanufacturer|\bcollect(?:ed|ion)s? (?:by|from) (?:our |the |a |your )?(?:courier|carrier|home|address|door)\b|"
    r"\b(?:book|arrange|schedule)\w* (?:a |the )?collection\b|\blost in (?:the )?(?:post|mail|transit)\b|\blost or stolen\b|\bmarked (?:as )?\W?delivered\b|\bwrong address\b|\bmulti-?buy\b|\bbundles?\b|(?:we|i) (?:make|made) (?:a |an )?(?:mistake|error)|"  # fault and fee synonyms
    r"\bsame (?:\w+ ){0,2}as (?:when )?(?:it was |they were )?(?:received|purchased|sold|delivered|shipped)\b|"  # the state goods come back in
    r"\b(?:must|should) not (?:have been |be )?(?:used|worn|washed|opened)\b|\b(?:has|have) not been (?:used|worn|washed|opened)\b|"
    r"deduct|\bclaims? (?:\w+ )?(?:filed|made|submitted|must|is|are|will)\b|\bseals? (?:\w+ )?intact|\bunopened\b|\bunused\b|\bunworn\b|\bunwashed\b|\bresal[e]?able\b|\bre-?sellable\b|original (?:packaging|condition|tags)|(?:our|my) (?:error|mistake)|(?:error|mistake) on (?:our|my) (?:side|part|end)|"  # a fault, a deduction from a refund
    r"\bnot (?:be )?accepted\b|"  # "Used cleats/crampons not accepted"
    r"\bsales? (?:are|is) final\b|"  # "After 14 days, all sales are final"
    # the goods coming back: "Christmas gifts get extra time to come back", "bring your order back to the shop" (not a
    # person back from somewhere, "our founder came back from Italy", nor goods back on sale: "we'll bring it back in
    # stock", "we bring back our best colours")
    r"\b(?:come|comes|coming|came) (?:(?!to\b)\w+ ){0,3}?back\b(?! (?:soon|again|for more|from|in(?:to)? stock|to (?:our|the) (?:site|store|shop)(?! with)))|"
    r"\b(?:bring|brings|bringing|brought) (?:(?!to\b)\w+ ){1,3}?back\b(?! (?:soon|again|in(?:to)? stock|on sale|to (?:our|the) (?:site|store|shop)(?! with)))|"
    # a parcel refused on arrival: "Anything that reaches us after 60 days will be refused" (goods: not a payment or an
    # application refused)
    r"\b(?:anything|it|they|items?|products?|goods|returns?|parcels?|packages?)\b[^.;]{0,20}\b(?:reach(?:es)? us|arriv\w*)\b[^.;]*\b(?:refused|rejected|turned away)\b|"
    # a season's exception to the window: "Exceptions apply during the holidays", "From November to January we allow some
    # extra time, because of festive gift giving" (time allowed: not "extra days of opening", "extended holiday hours")
    r"\b(?:holidays?|festive|christmas)\b[^.;]{0,40}\b(?:(?:extra|extended|longer|additional) (?:\w+ )?(?:time|window|period)|exceptions?)\b|"
    r"\b(?:(?:extra|extended|longer|additional) (?:\w+ )?(?:time|window|period)|exceptions?)\b[^.;]{0,40}\b(?:holidays?|festive|christmas)\b"
)
# Under a heading about returns, a sentence that states a rule ("boxes must be undamaged", "only one
# claim per order", "the parcel remains your responsibility") is about returns even without naming them.
_RULE = re.compile(r"individual basis|case[- ]by[- ]case|\bdiscretion\b|\bresponsib|\bmust\b|\bonly\b|\bcannot\b|can't|\bnot\b|\bno\b|\brequire|\bneed to\b|\bwithin\b|\bafter\b|\bbefore\b|\bfees?\b|\bcharge|\d|"
                   r"\b(?:with|send|include|attach|provide|upload)\w* (?:\w+ ){0,2}(?:photos?|pictures?|images?)\b|\bfix\b|\brepair")  # "Email us with photos", "we will fix it"
_RETURNS_HEADING = re.compile(r"return|refund|exchang|cancel|withdraw|revo[ck]|faulty|defect|damag|\bconditions?\b")
_MAX_TEXT = 200_000


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int

    @classmethod
    def of(cls, clause: Clause) -> Sentence:
        return cls(clause.text, clause.start, clause.end)


@dataclass(frozen=True)
class Placed:
    """A setting the text states, and the sentence that states it."""

    path: str
    value: Any
    sentence: Sentence
    confidence: float | None = None  # read by likeness (`learned`), not by a rule: how sure
    suggestion: str | None = None  # the id of the suggestion the merchant took it from (`draft_policy(chosen=...)`)


@dataclass(frozen=True)
class Unplaced:
    """A sentence about returns, refunds, exchanges or cancellation that no setting holds."""

    sentence: Sentence
    why: str
    suggestions: tuple[Suggestion, ...] = ()  # what it may state, for the merchant to take (`guesses.offer`)


@dataclass(frozen=True)
class Defaulted:
    """A setting the text is silent on: its default stands in."""

    path: str
    value: Any


@dataclass(frozen=True)
class Draft:
    document: dict
    placed: tuple[Placed, ...]
    unplaced: tuple[Unplaced, ...]
    defaults: tuple[Defaulted, ...]
    errors: tuple[str, ...]  # what the policy model still refuses in the document (as close as it gets)

    def as_json(self) -> dict:
        """The shape `recourse policy draft --json` prints and the admin API answers."""

        def sentence(s: Sentence) -> dict:
            return {"text": s.text, "start": s.start, "end": s.end}

        def suggestion(s: Suggestion) -> dict:
            return {"id": s.id, "confidence": s.confidence, "settings": [{"path": f.path, "value": f.value} for f in s.facts]}

        return {
            "document": self.document,
            "placed": [{"path": p.path, "value": p.value, "sentence": sentence(p.sentence), "confidence": p.confidence, "suggestion": p.suggestion}
                       for p in self.placed],
            "unplaced": [{**sentence(u.sentence), "why": u.why, "suggestions": [suggestion(s) for s in u.suggestions]} for u in self.unplaced],
            "defaults": [{"path": d.path, "value": d.value} for d in self.defaults],
        }


class TextTooLong(ValueError):
    pass


def _get(document: dict, path: str) -> Any:
    node: Any = document
    for key in path.split("."):
        node = node[key]
    return node


def _set(document: dict, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node = document
    for key in parents:
        node = node[key]
    node[last] = value


class _Collector:
    """Facts kept in the order read: the first value of a setting wins; list settings gather."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.placed: list[Placed] = []
        self.contradicted: dict[Clause, str] = {}
        self.weak: set[str] = set()  # settings whose value a clause implied rather than stated
        self.disputed: set[str] = set()  # settings two sentences give different values and neither may have

    def take(self, clause: Clause, fact: Fact, confidence: float | None = None, suggestion: str | None = None) -> bool:
        if fact.path in self.disputed or self._excluded(clause, fact):
            return False
        if fact.each:
            items = self.values.setdefault(fact.path, [])
            if fact.value not in items:
                items.append(fact.value)
            self.placed.append(Placed(fact.path, fact.value, Sentence.of(clause), confidence, suggestion))
            return True
        if _REFINES.get(fact.path) == (fact.value, self.values.get(fact.path)):
            # the rule an exception said first narrows ("we refund shipping if we erred", then "shipping is not refunded"):
            # the narrowed value stands, and this sentence is one it came from
            self.placed.append(Placed(fact.path, self.values[fact.path], Sentence.of(clause), confidence, suggestion))
            return True
        if fact.path in self.values and self.values[fact.path] != fact.value:
            refines = _REFINES.get(fact.path) == (self.values[fact.path], fact.value)
            if fact.weak and not refines:
                return False  # implied, and another sentence already said otherwise
            if fact.path in self.weak or refines:
                # said outright, it replaces what an earlier clause implied; an exception said after a rule ("minus the
                # shipping costs", then "we credit shipping costs only where the mistake was ours", even implied) narrows it
                self.placed = [p for p in self.placed if p.path != fact.path]
                del self.values[fact.path]
            else:
                self.contradicted[clause] = f"says {fact.path} is {fact.value!r}, an earlier sentence said {self.values[fact.path]!r}"
                self._dispute(fact.path)
                return False
        if fact.path not in self.values:
            if fact.weak:
                self.weak.add(fact.path)
            else:
                self.weak.discard(fact.path)
        elif not fact.weak:
            # said outright with the value a clause implied ("contact us within 3 days", then "no returns once 3 days
            # have passed"): the value is stated now, and a later sentence that says otherwise contradicts it
            self.weak.discard(fact.path)
        self.values.setdefault(fact.path, fact.value)
        self.placed.append(Placed(fact.path, fact.value, Sentence.of(clause), confidence, suggestion))
        return True

    def _excluded(self, clause: Clause, fact: Fact) -> bool:
        """Returns off after returns taken only for faults, or the other way round: the later sentence goes to the
        merchant as contradicted (the two settings together would refuse the faults the text takes back)."""
        if fact.path not in _EXCLUSIVE:
            return False
        value, other, other_value = _EXCLUSIVE[fact.path]
        if fact.value != value or self.values.get(other) != other_value:
            return False
        self.contradicted[clause] = f"says {fact.path} is {fact.value!r}, an earlier sentence said {other} is {other_value!r}"
        return True

    def _dispute(self, path: str) -> None:
        """"30 days after you receive it", then "30 days after the date of purchase": what a window counts from, said two
        ways, is neither's (the first is no more the text's than the second). The later sentence goes to the merchant
        as contradicted (by `take`); the earlier one's value is taken back here without a note of its own."""
        if path in _DISPUTED:
            self.disputed.add(path)
            self.values.pop(path)
            self.placed = [p for p in self.placed if p.path != path]

    def whole_windows(self, clause: Clause, kept: list[Fact]) -> list[Fact]:
        """A window whose length an earlier sentence contradicts gives none of its parts: "must be
        returned within 10 days of shipment" after a 14-day policy does not make it count from shipment."""
        contradiction = self.contradicted.get(clause, "")
        refused = {prefix for prefix in _WINDOWS if f"says {prefix}." in contradiction}
        if not refused:
            return kept
        dropped = [fact for fact in kept if any(fact.path.startswith(prefix + ".") for prefix in refused)]
        for fact in dropped:
            mine = [p for p in self.placed if p.path == fact.path and p.sentence.start == clause.start]
            others = [p for p in self.placed if p.path == fact.path and p.sentence.start != clause.start]
            self.placed = [p for p in self.placed if p not in mine]
            if not others:
                self.values.pop(fact.path, None)
        return [fact for fact in kept if fact not in dropped]


_WINDOWS = ("returns.window", "fault.window")
_DISPUTED = ("returns.window.starts",)
# a setting's value no sentence may give beside another's: (value, the other setting, its value)
_EXCLUSIVE = {"returns.enabled": (False, "returns.only_at_fault", True), "returns.only_at_fault": (True, "returns.enabled", False)}
# a setting's value, then the one a later sentence gives that only makes an exception of the shop's faults
_REFINES = {"refund.original_shipping": ("NEVER", "MERCHANT_AT_FAULT")}


def _exclusions(values: dict) -> list[dict]:
    found: dict[tuple, dict] = {}
    for item in values.get("exclusions", []):
        key = (item["category"], item["label"] if item["category"] == "OTHER" else "")
        found.setdefault(key, item)
    blocked = set(values.get("exclusions.not_cancellable", []))
    override = values.get("fault.overrides_exclusions", True)
    return [
        {**item, "not_cancellable": item["category"] in blocked, "fault_override": override}
        for item in found.values()
    ]


def _shipping(document: dict, values: dict) -> None:
    payer = values.get("shipping.default.payer")
    if payer:
        document["shipping"]["default"] = {**document["shipping"]["default"], "payer": payer}
    at_fault = values.get("shipping.merchant_at_fault")
    if at_fault:
        document["shipping"]["regions"] = [{
            "name": "all destinations", "countries": [], "rest_of_world": True,
            "first_return": {"payer": payer or "CUSTOMER"}, "later_returns": None, "merchant_at_fault": at_fault,
        }]


def _build(values: dict) -> dict:
    document = Policy().model_dump(mode="json")
    for path, value in SILENT.items():
        _set(document, path, value)
    for path, value in values.items():
        if path in ("exclusions", "exclusions.not_cancellable") or path.startswith("shipping.default") or path == "shipping.merchant_at_fault":
            continue
        if path.startswith("fault.window."):
            # a fault window "of delivery" counts delivery as the return window does
            window = document["fault"]["window"] or {**document["returns"]["window"], "unit": "CALENDAR"}
            document["fault"]["window"] = {**window, path.rsplit(".", 1)[1]: value}
            continue
        _set(document, path, value)
    if document["fault"]["window"] == document["returns"]["window"]:
        document["fault"]["window"] = None  # the same as the standard window: say nothing twice
    document["exclusions"] = _exclusions(values)
    if document["exclusions"] and "fault.overrides_exclusions" not in values:
        document["fault"]["overrides_exclusions"] = False  # the model's default; said so in defaults
    _shipping(document, values)
    document["cancellation"]["stated"] = any(path.startswith("cancellation.") for path in values)
    return document


def _validate(values: dict, placed: list[Placed]) -> tuple[dict, list[Placed], list[Unplaced], list[str]]:
    """Build and check the document; a fact the model refuses goes back to its default, and its
    sentence to the merchant, with the model's words."""
    refused: list[Unplaced] = []
    for _attempt in range(10):
        document = _build(values)
        try:
            Policy.model_validate(document)
            return document, placed, refused, []
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(part) for part in error["loc"])
            culprits = [p for p in values if where.startswith(p.split(".")[0]) and (where.startswith(p) or p.startswith(where))]
            if not culprits:
                return document, placed, refused, [f"{where}: {error['msg']}" for error in exc.errors()]
            for path in culprits:
                values.pop(path)
                for p in [p for p in placed if p.path == path]:
                    refused.append(Unplaced(p.sentence, f"{path}: {error['msg']}"))
                placed = [p for p in placed if p.path != path]
    return _build(values), placed, refused, ["too many refused settings"]


def _said(placed: list[Placed]) -> set[str]:
    """The settings the text states, with every enclosing setting ("fault.window" for its days)."""
    paths = set()
    for p in placed:
        parts = p.path.split(".")
        paths.update(".".join(parts[: n + 1]) for n in range(len(parts)))
    return paths


@dataclass
class Reading:
    """What reading every clause left: the facts kept, and the clauses for the merchant."""

    collector: _Collector
    silent: list[Clause]
    unheld: dict[Clause, str]  # clauses that state a rule no setting holds, besides what they set
    introduced: set[str]  # a list's introduction is placed when its items are
    about: list[Clause]  # every clause about returns, refunds, exchanges or cancellation


# "This includes any fixtures that show signs of mounting": the sentence before, carried on
_CARRIES_ON = re.compile(r"^\W*(?:this|these|that|those|such|it) (?:also |only )?(?:(?:does|do) not |doesn't |don't )?"
                         r"(?:includes?|include|applies|apply|covers?|means|extends?|excludes?)\b")


def _about_returns(clause: Clause, previous: bool = False) -> bool:
    if _TOPICAL.search(clause.body):
        return True
    if clause.listed and clause.intro and _TOPICAL.search(clause.intro.lower()):
        return True  # an item of "Cases where customers can return orders:" ("- Product expired.")
    if previous and _CARRIES_ON.search(clause.body):
        return True
    return bool(_RETURNS_HEADING.search(f"{clause.heading} {clause.intro}".lower()) and _RULE.search(clause.body))


def _numeric(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float) or (isinstance(value, dict) and ("days" in value or "max_days" in value)):
        return True
    return isinstance(value, str) and value.replace(".", "", 1).isdigit()


def _states_more(clause: Clause, kept: list[Fact]) -> str | None:
    """A sentence that sets something and says more besides (`MORE`), or states a number no setting took."""
    paths = {fact.path for fact in kept}
    for pattern, why in MORE:
        if pattern.search(clause.body) and not (why.endswith("receipt") and "requirements.proof_of_purchase" in paths):
            return why
    return _partly_read(clause, kept)


# "30 days from delivery ... within 30 days of the return request": one number, two deadlines
_ANCHOR = re.compile(r"\s*(?:of|from|after|since|following)\s+(?:the\s+|your\s+|its\s+|a\s+)?(?:original\s+)?([a-z]+)")
_SAME_EVENT = {"receipt": "delivery", "receiving": "delivery", "arrival": "delivery", "order": "purchase", "ordering": "purchase",
               "sale": "purchase", "date": "", "day": "", "when": ""}


def _durations_said(text: str) -> int:
    """How many durations `text` states: a number said twice counts twice only when counted from two events."""
    events: dict[int, set] = {}
    for low, _high, where in durations(text):
        anchor = _ANCHOR.match(text, where.end())
        event = _SAME_EVENT.get(anchor.group(1), anchor.group(1)) if anchor else ""
        events.setdefault(low.days, set()).add(event)
    return sum(max(1, len(found - {""})) for found in events.values())


def _partly_read(clause: Clause, kept: list[Fact]) -> str | None:
    """A sentence whose numbers were not all taken into settings states more than the draft holds:
    "Customer Service reviews each case within 24 hours" sets the channel, not the 24 hours."""
    text = digits(clause.body)
    said = _durations_said(text) + len({value for value, _where in percents(text)}
               | {value for value, _currency, _where in amounts(text)})  # "a 14-day policy: 14 days after delivery" says one
    taken = len({fact.path for fact in kept if _numeric(fact.value)})
    return "partly read: it states a number no setting holds" if said > taken else None


def _why_unheld(clause: Clause, facts: list[Fact], kept: list[Fact], faults_named: set, about: bool) -> str | None:
    """Why a sentence goes to the merchant though it may set something: a reader said so; it only names again faults
    earlier sentences named ("If the goods are faulty, enclose a note stating the fault": it says something else of
    them, which no setting holds); or it states more than its settings hold."""
    only_at_fault = any(fact.path == "returns.only_at_fault" for fact in kept)
    said = next((str(fact.value) for fact in facts if fact.path == UNHELD and not (only_at_fault and fact.value == ONLY_FOR_FAULTS)), None)
    if said is not None or not kept:
        return said
    if all(fact.path == "fault.reasons" and fact.value in faults_named for fact in kept):
        return "it names again faults an earlier sentence named; the rest no setting holds"
    return _states_more(clause, kept) if about else None


def _read(text: str) -> Reading:
    reading = Reading(_Collector(), [], {}, set(), [])
    collector = reading.collector
    previous = False  # whether the sentence before was about returns
    for clause in with_own_goods(split(text)):
        if clause.is_heading:
            previous = False
            continue
        facts = read(clause)
        faults_named = set(collector.values.get("fault.reasons", ()))
        kept = collector.whole_windows(clause, [fact for fact in facts if fact.path != UNHELD and collector.take(clause, fact)])
        about = _about_returns(clause, previous)
        why = _why_unheld(clause, facts, kept, faults_named, about)
        if kept and clause.intro:
            reading.introduced.update(filter(None, (clause.intro, clause.antecedent)))
        if why is not None:
            reading.unheld[clause] = why
        if (not kept and about and not states_no_rule(clause)) or clause in collector.contradicted or why is not None:
            reading.silent.append(clause)
        if about:
            reading.about.append(clause)
        previous = about
    return reading


# what a page says of the faults it answers for: a remedy, a window to report one, photos of it
_FAULT_TERMS = ("fault.remedies", "fault.window.days", "fault.photos_min", "fault.photos_requested")


def _open_for_faults(collector: _Collector) -> None:
    """"All sales are final", then "Damaged items: tell us within 48 hours for a replacement", and no other return
    (no return window, no exchange always): returns are taken only for the shop's faults, from the refusal."""
    values = collector.values
    if values.get("returns.enabled") is not False or not any(path in values for path in _FAULT_TERMS) \
            or "returns.window.days" in values or values.get("resolutions.exchange") == "ALWAYS":
        return
    del values["returns.enabled"]
    values["returns.only_at_fault"] = True
    # it comes from the refusal and from what faulty items get: the merchant sees both sentences
    terms = next(p for p in collector.placed if p.path in _FAULT_TERMS)
    collector.placed = [replace(p, path="returns.only_at_fault", value=True) if p.path == "returns.enabled" else p
                        for p in collector.placed] + [replace(terms, path="returns.only_at_fault", value=True)]


# the customer asking, telling or writing by the time ("Email us within 7 days", "Ask for a return within 48 hours")
_ASKING_BY_A_TIME = r"\b(?:ask|contact|e-?mail|tell|let us know|notify|report|requests?|get in touch|call|write)\b[^.;]{0,40}\b(?:within|no (?:later|more) than|up to)\b"


def _window_of_the_faults(collector: _Collector) -> None:
    """"We accept a return only when the item is faulty ... Email us within 7 days of receiving it": where only faults come
    back, the one window the page gives is the fault's (the engine reads a fault claim by it either way)."""
    values = collector.values
    if values.get("returns.only_at_fault") is not True or "returns.window.days" not in values or "fault.window.days" in values:
        return
    # (the time to ask or tell us, not "Refunds are available for 30 days", which may say another return than the faults')
    window = next(p for p in collector.placed if p.path == "returns.window.days")
    if not re.search(_ASKING_BY_A_TIME, window.sentence.text.lower()):
        return
    for path in [path for path in values if path.startswith("returns.window.")]:
        values[path.replace("returns.window.", "fault.window.")] = values.pop(path)
    collector.placed = [replace(p, path=p.path.replace("returns.window.", "fault.window.")) if p.path.startswith("returns.window.") else p
                        for p in collector.placed]


def _exchange_of_the_faults(collector: _Collector) -> None:
    """"We accept returns only when the item arrived damaged", then "To return or exchange, write to us": where only faults
    come back, an exchange offered in general words is the faults' exchange (convention 22: MERCHANT_AT_FAULT); one
    offered "for any return" in so many words stays as said."""
    values = collector.values
    if values.get("returns.only_at_fault") is not True or values.get("resolutions.exchange") != "ALWAYS" or any(
            p.path == "resolutions.exchange" and re.search(r"\b(?:any|every|all) returns?\b", p.sentence.text.lower()) for p in collector.placed):
        return
    values["resolutions.exchange"] = "MERCHANT_AT_FAULT"
    collector.placed = [replace(p, value="MERCHANT_AT_FAULT") if p.path == "resolutions.exchange" else p for p in collector.placed]


def draft_policy(text: str, reader: learned.LearnedReader | None = None, chosen: Sequence[str] = ()) -> Draft:
    """Read a written return policy into a settings draft; pure, deterministic, offline. `reader` reads
    what the rules leave by likeness (the shipped model unless given); `chosen` are the ids of suggestions
    the merchant took, in the order taken (`UnknownSuggestion` for one the draft does not offer)."""
    if len(text) > _MAX_TEXT:
        raise TextTooLong(f"the text is over {_MAX_TEXT:,} characters")
    reader = reader or learned.shipped()
    reading = _read(text)
    _open_for_faults(reading.collector)
    guess(reading, reader)
    _window_of_the_faults(reading.collector)
    _exchange_of_the_faults(reading.collector)
    offered = offer(reading, reader, chosen)
    collector = reading.collector
    document, placed, refused, errors = _validate(collector.values, collector.placed)
    unplaced = [
        Unplaced(
            Sentence.of(clause),
            collector.contradicted.get(clause) or reading.unheld.get(clause) or "no setting holds this sentence",
            tuple(offered.get(clause, ())),
        )
        for clause in left_to_merchant(reading)
    ]
    said = _said(placed)
    defaults = tuple(
        Defaulted(path, document["shipping"]["regions"] if path == "shipping.merchant_at_fault" else _get(document, path))
        for path in DRAFTED
        if path not in said
    )
    return Draft(
        document=document,
        placed=tuple(placed),
        unplaced=tuple(sorted(unplaced + refused, key=lambda u: u.sentence.start)),
        defaults=defaults,
        errors=tuple(errors),
    )

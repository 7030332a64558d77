"""A validated Policy flattened into plain values for the evaluator's hot path.

pydantic attribute access, enum strings and nested lookups cost more than the decision itself at
20,000 orders a second, so each document is compiled once: tag sets become frozensets, countries
a dict, refusal sentences are built ahead, amounts are Decimals ready to multiply. The compiled
form is cached per (immutable) Policy instance, so a new policy version is a new compile and an
old decision can always be replayed with its own version.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from plugin.policy import reasons as R
from plugin.policy.decision import Reason
from plugin.policy.model import (
    DayRange,
    Policy,
    ProductMatch,
    ReturnWindow,
    ShippingTerms,
)
from plugin.policy.types import expand_countries
from plugin.policy.wording import INCLUDE_PHRASES, PROOF_OF_PURCHASE, REASON_PHRASES, condition_phrase, join_words

_HUNDRED = Decimal(100)
_PROFILE_CACHE_LIMIT = 20_000


@dataclass(frozen=True, slots=True)
class Window:
    days: int
    business: bool
    starts: str  # DELIVERY | PURCHASE | SHIPMENT
    buffer: timedelta | None  # shipment + buffer stands in for a missing delivery date
    estimate: Transit | None = None  # else shipment + transit to the destination, when estimated


@dataclass(frozen=True, slots=True)
class Transit:
    """Calendar days from shipment to an estimated delivery, per destination country."""

    default: int
    by_country: tuple[tuple[str, int], ...]

    def days_to(self, country: str | None) -> int:
        for code, days in self.by_country:
            if code == country:
                return days
        return self.default


@dataclass(frozen=True, slots=True)
class Matcher:
    tags: frozenset[str]
    types: frozenset[str]
    mark: bool
    free: bool

    def matches(self, tags: frozenset[str], ptype: str | None, marked: bool, free: bool) -> bool:
        return (
            (self.mark and marked)
            or (self.free and free)
            or (ptype is not None and ptype in self.types)
            or not self.tags.isdisjoint(tags)
        )


@dataclass(frozen=True, slots=True)
class CExclusion:
    matcher: Matcher
    reason: Reason
    cancel_reason: Reason | None
    overridable: bool  # a damaged, defective or wrong item comes back through it


@dataclass(frozen=True, slots=True)
class CRule:
    matcher: Matcher
    window: Window | None
    exchange_only: bool


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything about a product that the policy decides once: exclusions, window, exchange."""

    exclusions: tuple[CExclusion, ...]
    window: Window
    exchange_only: bool


@dataclass(frozen=True, slots=True)
class Terms:
    payer: str
    label_fee: Decimal | None
    credit: Decimal | None
    reimbursed: str


@dataclass(frozen=True, slots=True)
class CRegion:
    name: str
    first: Terms
    later: Terms
    fault: Terms | None


@dataclass(frozen=True, slots=True)
class CRange:
    min_days: int
    max_days: int
    business: bool


@dataclass(slots=True)
class Compiled:
    policy: Policy
    currency: str
    returns_enabled: bool
    window: Window
    exclusions: tuple[CExclusion, ...]
    rules: tuple[CRule, ...]
    fault_reasons: frozenset[str]
    marked: CExclusion  # the platform's non-returnable mark
    only_at_fault: CExclusion | None  # every product refused but for the shop's faults
    fault_window: Window | None
    fault_photos_min: int
    fault_photos_reason: Reason | None
    waive_condition: bool
    fault_remedies: frozenset[str]
    sets_whole: bool
    channels: frozenset[str] | None
    channel_reason: Reason
    proof_required: bool
    photos_min: int
    photos_reason: Reason | None
    condition: frozenset[str]
    condition_reason: Reason | None
    regions: dict[str, CRegion]
    rest_of_world: CRegion | None
    default_terms: Terms
    first_returns: int
    label_countries: frozenset[str]
    product_page_free: bool
    flat_fee: Decimal
    restocking: Decimal  # a fraction, 0..1
    free_shipping_deduction: Decimal
    fees_waived_at_fault: bool
    refund_method: str
    original_shipping: str
    taxes_refunded: bool
    processing: CRange | None
    delay: CRange | None
    response_days: int | None
    exchange: str
    replacement: str
    store_credit: str
    # Return reason -> the resolutions it may take (resolutions.by_reason; a reason absent: any offered).
    resolution_by_reason: dict[str, frozenset[str]]
    ship_within_days: int | None
    transit_days: int
    delivery_transit: Transit | None
    receipt_confirmation: bool
    eu_enabled: bool
    eu_window: Window
    eu_countries: frozenset[str]
    eu_refund_shipping: bool
    cancel_enabled: bool
    cancel_hours: timedelta | None
    cancel_hours_reason: Reason | None
    cancel_until_shipped: bool
    cancel_percent: Decimal
    cancel_refund_time: CRange | None
    include: tuple[str, ...]
    recommendations: tuple[str, ...]
    profiles: dict[tuple, Profile] = field(default_factory=dict)
    texts: dict[tuple, object] = field(default_factory=dict)

    def profile(self, tags: frozenset[str], ptype: str | None, marked: bool, free: bool) -> Profile:
        key = (tags, ptype, marked, free)
        found = self.profiles.get(key)
        if found is None:
            if len(self.profiles) > _PROFILE_CACHE_LIMIT:
                self.profiles.clear()
            found = self.profiles[key] = self._classify(tags, ptype, marked, free)
        return found

    def _classify(self, tags: frozenset[str], ptype: str | None, marked: bool, free: bool) -> Profile:
        exclusions = tuple(e for e in self.exclusions if e.matcher.matches(tags, ptype, marked, free))
        if marked and not any(e.matcher.mark for e in exclusions):
            # The platform's non-returnable mark is honoured even if no exclusion names it.
            exclusions += (self.marked,)
        if self.only_at_fault is not None:
            exclusions += (self.only_at_fault,)
        window = self.window
        exchange_only = False
        # Product rules apply in order; the first window given wins, exchange-only accumulates.
        window_set = False
        for rule in self.rules:
            if rule.matcher.matches(tags, ptype, marked, free):
                if rule.window is not None and not window_set:
                    window, window_set = rule.window, True
                exchange_only = exchange_only or rule.exchange_only
        return Profile(exclusions, window, exchange_only)


def _window(w: ReturnWindow, transit: Transit | None = None) -> Window:
    buffer = None if w.transit_buffer_days is None else timedelta(days=w.transit_buffer_days)
    return Window(w.days, w.unit == "BUSINESS", w.starts, buffer, transit)


def _transit(p: Policy) -> Transit | None:
    d = p.delivery
    if not d.estimate_untracked:
        return None
    by_country: dict[str, int] = {}
    for region in d.regions:
        for code in sorted(expand_countries(region.countries)):
            by_country.setdefault(code, region.days)  # the first region naming a country wins
    return Transit(d.transit_days, tuple(sorted(by_country.items())))


def _fault_window(p: Policy, transit: Transit | None = None) -> Window | None:
    """The fault window, or None when it cannot differ from the windows already applied.

    Alotrop's "contact us within 28 days" equals its return window: dropping it keeps at-fault
    lines on the fast path. It matters only when it differs or product rules set other windows.
    """
    if p.fault.window is None:
        return None
    window = _window(p.fault.window, transit)
    if window == _window(p.returns.window, transit) and not any(r.window for r in p.product_rules):
        return None
    return window


def _matcher(m: ProductMatch) -> Matcher:
    return Matcher(frozenset(m.tags), frozenset(m.product_types), m.non_returnable_mark, m.free_items)


def _terms(t: ShippingTerms) -> Terms:
    return Terms(t.payer, t.label_fee, t.credit, t.postage_reimbursed)


def _range(r: DayRange | None) -> CRange | None:
    return None if r is None else CRange(r.min_days, r.max_days, r.unit == "BUSINESS")


def _photos_reason(count: int, subjects: tuple[str, ...]) -> Reason | None:
    if count <= 0:
        return None
    words = {"ISSUE": "the issue", "PACKAGING": "the packaging"}
    about = join_words([words[s] for s in subjects])
    return R.photos_required(count, f" showing {about}" if about else "")


_CACHE: dict[int, tuple[Policy, Compiled]] = {}
_CACHE_LIMIT = 512


def compile_policy(policy: Policy) -> Compiled:
    """The compiled form of ``policy``, built on first use and cached by identity.

    Keyed by ``id`` with the policy kept alongside, so a recycled id can never return another
    document's rules (and pydantic's private-attribute access, ~2 µs, stays off the hot path).
    """
    entry = _CACHE.get(id(policy))
    if entry is not None and entry[0] is policy:
        return entry[1]
    compiled = _compile(policy)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[id(policy)] = (policy, compiled)
    return compiled


def _compile(p: Policy) -> Compiled:
    """Every section of the policy flattened; each section with more than a field has a helper."""
    transit = _transit(p)
    regions, rest = _regions(p)
    req = p.requirements
    condition = tuple(req.condition)
    cancel = p.cancellation
    eu_window = Window(p.eu.withdrawal_days, False, "DELIVERY", _window(p.returns.window).buffer, transit)
    return Compiled(
        policy=p,
        currency=p.currency,
        returns_enabled=p.returns.enabled,
        window=_window(p.returns.window, transit),
        exclusions=_exclusions(p),
        rules=_rules(p, transit),
        fault_reasons=frozenset(p.fault.reasons),
        marked=CExclusion(_MARK, R.NON_RETURNABLE, None, p.fault.overrides_exclusions),
        only_at_fault=_only_at_fault(p),
        fault_window=_fault_window(p, transit),
        fault_photos_min=p.fault.photos_min,
        fault_photos_reason=_photos_reason(p.fault.photos_min, p.fault.photos_of),
        waive_condition=p.fault.waive_condition,
        fault_remedies=frozenset(p.fault.remedies),
        sets_whole=p.sets.return_whole_only,
        channels=frozenset(p.sales_channels.allowed) if p.sales_channels.allowed else None,
        channel_reason=R.sales_channel_not_eligible(p.sales_channels.elsewhere_note),
        proof_required=req.proof_of_purchase,
        photos_min=req.photos_min,
        photos_reason=_photos_reason(req.photos_min, ()),
        condition=frozenset(condition),
        condition_reason=R.condition_not_met(condition_phrase(condition)) if condition else None,
        regions=regions,
        rest_of_world=rest,
        default_terms=_terms(p.shipping.default),
        first_returns=p.shipping.first_returns,
        label_countries=expand_countries(p.shipping.label_countries),
        product_page_free=p.shipping.product_page_free_returns,
        flat_fee=p.fees.flat_fee,
        restocking=p.fees.restocking_percent / _HUNDRED,
        free_shipping_deduction=p.fees.free_shipping_deduction,
        fees_waived_at_fault=p.fees.waived_when_merchant_at_fault,
        refund_method=p.refund.method,
        original_shipping=p.refund.original_shipping,
        taxes_refunded=p.refund.taxes_refunded,
        processing=_range(p.refund.processing),
        delay=_range(p.refund.additional_delay),
        response_days=p.refund.response_business_days,
        exchange=p.resolutions.exchange,
        replacement=p.resolutions.replacement,
        store_credit=p.resolutions.store_credit,
        resolution_by_reason=_by_reason(p.resolutions.by_reason),
        ship_within_days=p.instructions.ship_within_days,
        transit_days=p.instructions.transit_days_estimate,
        delivery_transit=transit,
        receipt_confirmation=p.delivery.customer_confirms_receipt,
        eu_enabled=p.eu.enabled,
        eu_window=eu_window,
        eu_countries=expand_countries(p.eu.countries),
        eu_refund_shipping=p.eu.refund_original_shipping,
        cancel_enabled=cancel.enabled,
        cancel_hours=timedelta(hours=cancel.window_hours) if cancel.window_hours else None,
        cancel_hours_reason=(
            R.cancellation_period_ended(cancel.window_hours) if cancel.window_hours else None
        ),
        cancel_until_shipped=cancel.until_shipped,
        cancel_percent=cancel.refund_percent / _HUNDRED,
        cancel_refund_time=_range(cancel.refund_time),
        include=_include(p),
        recommendations=_recommendations(p),
    )


def _regions(p: Policy) -> tuple[dict[str, CRegion], CRegion | None]:
    """Shipping terms by destination country, and the rest-of-world region if there is one."""
    regions: dict[str, CRegion] = {}
    rest = None
    for region in p.shipping.regions:
        first = _terms(region.first_return)
        later = _terms(region.later_returns) if region.later_returns else first
        fault = _terms(region.merchant_at_fault) if region.merchant_at_fault else None
        compiled = CRegion(region.name, first, later, fault)
        if region.rest_of_world:
            rest = compiled
        for code in expand_countries(region.countries):
            regions[code] = compiled
    return regions, rest


def _exclusions(p: Policy) -> tuple[CExclusion, ...]:
    """Exclusions with their refusal sentences built once (and the cancellation one, if any); a faulty
    item passes one that allows it only while the fault rule lets faulty items through exclusions."""
    return tuple(
        CExclusion(
            _matcher(e.match),
            R.exclusion_reason(e.category, e.label),
            R.not_cancellable_reason(e.category, e.label) if e.not_cancellable else None,
            e.fault_override and p.fault.overrides_exclusions,
        )
        for e in p.exclusions
    )


_MARK = Matcher(frozenset(), frozenset(), True, False)
_EVERY = Matcher(frozenset(), frozenset(), False, False)  # never matched: the refusal joins every profile


def _only_at_fault(p: Policy) -> CExclusion | None:
    """"Returns only of damaged items": every product excluded but for a fault reason, which passes it
    whatever the fault rule says of the other exclusions (it takes the fault window, as they do)."""
    if not p.returns.only_at_fault:
        return None
    faults = join_words([REASON_PHRASES[r] for r in p.fault.reasons], "or")
    return CExclusion(_EVERY, R.only_at_fault(faults), None, True)


def _rules(p: Policy, transit: Transit | None) -> tuple[CRule, ...]:
    return tuple(
        CRule(_matcher(r.match), _window(r.window, transit) if r.window else None, r.exchange_only)
        for r in p.product_rules
    )


def _include(p: Policy) -> tuple[str, ...]:
    """What must go in the parcel: proof of purchase, then what the condition checklist implies."""
    req = p.requirements
    include = [PROOF_OF_PURCHASE] if req.proof_of_purchase else []
    include += [INCLUDE_PHRASES[c] for c in req.condition if c in INCLUDE_PHRASES]
    return tuple(include)


def _recommendations(p: Policy) -> tuple[str, ...]:
    """The instructions' advice on how to ship, as sentences."""
    instructions = p.instructions
    kinds = []
    if instructions.tracked_shipping_recommended:
        kinds.append("traceable")
    if instructions.insured_shipping_recommended:
        kinds.append("insured")
    recommendations = []
    if kinds:
        recommendations.append(f"Use a {' and '.join(kinds)} shipping method and keep the tracking number.")
    if instructions.use_address_from_instructions:
        recommendations.append(ADDRESS_GIVEN_HERE)
    return tuple(recommendations)


# The warning about the parcel's own address, for instructions that carry the return address and for
# those that don't (yet): "given here" must never stand next to "ask us for it".
ADDRESS_GIVEN_HERE = "Use the return address given here, not the address on your original package."
ADDRESS_ON_REQUEST = "Don't send your return to the address on your original package: it is not our return address."


def _by_reason(rules) -> dict[str, frozenset[str]]:
    """The first rule naming a reason decides it."""
    out: dict[str, frozenset[str]] = {}
    for rule in rules:
        for reason in rule.reasons:
            out.setdefault(reason, frozenset(rule.allowed))
    return out

"""Settings that validate but contradict each other, cannot be enforced, or break the law.

``lint`` never raises: it returns findings for the admin screen and ``recourse policy check``.
Severity ``error`` means the policy cannot work as written (or is unlawful); ``warning`` means it
probably does not do what the merchant meant; ``info`` is worth knowing.

``catalogue`` (optional) is an iterable of ``(tags, product_type)`` or
``(tags, product_type, price)`` for the shop's products, letting lint check that exclusions and
rules can match something and that fees can ever be covered by a refund.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from plugin.policy.model import DayRange, Policy, ProductMatch, RegionShipping, ShippingTerms
from plugin.policy.types import EU_COUNTRIES, expand_countries

EU_MINIMUM_DAYS = 14
Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class LintWarning:
    code: str
    path: Path
    message: str
    severity: str  # "error" | "warning" | "info"


CatalogueItem = tuple  # (tags, product_type) or (tags, product_type, price)


def lint(
    policy: Policy, catalogue: Iterable[CatalogueItem] | None = None, unknown_products: int = 0
) -> list[LintWarning]:
    """`unknown_products`: how many products the shop's order lines name that the catalogue lacks."""
    out: list[LintWarning] = []
    if unknown_products:
        out.append(LintWarning(
            "UNKNOWN_PRODUCTS", ("exclusions",),
            f"{unknown_products} product(s) on orders were never imported: no exclusion, product rule or "
            "free-return mark can match their lines. Import your product catalogue.",
            "warning",
        ))
    items = _catalogue(catalogue) if catalogue is not None else None
    _ranges(policy, out)
    _eu(policy, out)
    _cancellation(policy, out)
    _matches(policy, items, out)
    _fees(policy, items, out)
    _labels(policy, out)
    _return_addresses(policy, out)
    _faults(policy, out)
    _resolutions(policy, out)
    _resolution_terms(policy, out)
    _windows(policy, out)
    _verification(policy, out)
    _keep_item(policy, out)
    return out


def _keep_item(p: Policy, out: list[LintWarning]) -> None:
    k = p.keep_item
    if k.enabled and k.max_item_value is None and not k.reasons:
        out.append(LintWarning(
            "KEEP_ITEM_MATCHES_NOTHING", ("keep_item",),
            "Keep-the-item is on but sets neither a value limit nor reasons: no request is ever kept.", "warning",
        ))
    if k.enabled and not p.risk.enabled:
        out.append(LintWarning(
            "KEEP_ITEM_UNSCORED", ("keep_item", "enabled"),
            "Fraud scoring is off, so every request counts as low risk: every qualifying request is refunded "
            "without a return, however often its customer asks.", "warning",
        ))
    if k.stated and not k.enabled:
        out.append(LintWarning(
            "KEEP_ITEM_STATED_OFF", ("keep_item", "stated"),
            "The page would state a keep-the-item rule that is switched off: nothing is stated.", "info",
        ))


def lint_contact(policy: Policy, support_email: str | None) -> list[LintWarning]:
    """Findings that need the shop's settings: a policy whose steps say "email us" (requests or
    cancellations by email, or the abnormal-order contact) while the shop has no support email."""
    if support_email:
        return []
    out = []
    for path, by_email in (
        (("returns", "request_via"), policy.returns.enabled and policy.returns.request_via == "EMAIL"),
        (("cancellation", "request_via"), policy.cancellation.enabled and policy.cancellation.stated
         and policy.cancellation.request_via == "EMAIL"),
        (("verification", "contact_by_email"), policy.verification.contact_by_email),
    ):
        if by_email:
            out.append(LintWarning(
                "EMAIL_US_WITHOUT_SUPPORT_EMAIL", path,
                "The policy tells customers to email the shop, but the shop has no support email: set "
                "one under Settings, Contact details.", "warning",
            ))
    return out


def _verification(p: Policy, out: list[LintWarning]) -> None:
    v, risk = p.verification, p.risk
    if v.contact_by_email and not (risk.enabled and risk.on_high == "HOLD" and risk.hold_email_customer):
        out.append(LintWarning(
            "CONTACT_PROMISED_NOT_SENT", ("verification", "contact_by_email"),
            "The page promises to contact customers about abnormal orders, but the risk settings never "
            "hold a request with that email: under Fraud risk, score requests, hold them at high risk and email the customer about a hold.", "warning",
        ))
    if v.contact_by_email and not v.conditions:
        out.append(LintWarning(
            "CONTACT_WITHOUT_CONDITIONS", ("verification", "conditions"),
            "List the abnormal conditions the page names.", "info",
        ))


def errors(findings: list[LintWarning]) -> list[LintWarning]:
    return [f for f in findings if f.severity == "error"]


# --- helpers --------------------------------------------------------------------------------


def _catalogue(catalogue: Iterable[CatalogueItem]) -> list[tuple[frozenset[str], str | None, Decimal | None]]:
    out = []
    for entry in catalogue:
        tags, ptype = entry[0], entry[1]
        price = Decimal(str(entry[2])) if len(entry) > 2 and entry[2] is not None else None
        out.append(
            (
                frozenset(t.strip().lower() for t in tags),
                ptype.strip().lower() if ptype else None,
                price,
            )
        )
    return out


def _can_match(m: ProductMatch, items: list) -> bool:
    if m.non_returnable_mark or m.free_items:
        return True  # depends on order data, not on the catalogue
    tags, types = set(m.tags), set(m.product_types)
    return any(not tags.isdisjoint(t) or (p is not None and p in types) for t, p, _ in items)


def _all_terms(region: RegionShipping) -> list[tuple[str, ShippingTerms]]:
    out = [("first_return", region.first_return)]
    if region.later_returns is not None:
        out.append(("later_returns", region.later_returns))
    if region.merchant_at_fault is not None:
        out.append(("merchant_at_fault", region.merchant_at_fault))
    return out


# --- checks ---------------------------------------------------------------------------------


def _ranges(p: Policy, out: list[LintWarning]) -> None:
    ranges: list[tuple[Path, DayRange | None]] = [
        (("refund", "processing"), p.refund.processing),
        (("refund", "additional_delay"), p.refund.additional_delay),
        (("cancellation", "refund_time"), p.cancellation.refund_time),
    ]
    for path, r in ranges:
        if r is not None and r.min_days > r.max_days:
            out.append(LintWarning(
                "RANGE_INVERTED", path,
                f"The shortest time ({r.min_days} days) is longer than the longest "
                f"({r.max_days} days).", "error",
            ))


def _eu(p: Policy, out: list[LintWarning]) -> None:
    if p.eu.enabled and p.eu.withdrawal_days < EU_MINIMUM_DAYS:
        out.append(LintWarning(
            "EU_WITHDRAWAL_TOO_SHORT", ("eu", "withdrawal_days"),
            f"EU consumers may withdraw within at least {EU_MINIMUM_DAYS} days of delivery; "
            f"{p.eu.withdrawal_days} is too short.", "error",
        ))
    ships_to_eu = any(
        expand_countries(r.countries) & EU_COUNTRIES for r in p.shipping.regions
    )
    w = p.returns.window
    short = (not p.returns.enabled) or p.returns.only_at_fault or w.days < EU_MINIMUM_DAYS or w.starts != "DELIVERY"
    if ships_to_eu and not p.eu.enabled and short:
        out.append(LintWarning(
            "EU_MODE_RECOMMENDED", ("eu", "enabled"),
            "The policy has terms for EU customers but its return window is not at least 14 "
            "days from delivery: turn on EU consumer mode.", "warning",
        ))


def _cancellation(p: Policy, out: list[LintWarning]) -> None:
    c = p.cancellation
    if c.enabled and c.window_hours is None and not c.until_shipped:
        out.append(LintWarning(
            "CANCELLATION_UNBOUNDED", ("cancellation",),
            "Cancelling is allowed with no time limit and even after shipping; set hours to cancel "
            "after purchase, or allow it only until the order ships.", "warning",
        ))
    if not c.enabled and any(e.not_cancellable for e in p.exclusions):
        out.append(LintWarning(
            "NOT_CANCELLABLE_WITHOUT_CANCELLATION", ("exclusions",),
            "Some exclusions forbid cancelling, but cancellation is off for every order.", "info",
        ))


def _matches(p: Policy, items: list | None, out: list[LintWarning]) -> None:
    if items is None:
        return
    for i, e in enumerate(p.exclusions):
        if not _can_match(e.match, items):
            out.append(LintWarning(
                "EXCLUSION_MATCHES_NOTHING", ("exclusions", i, "match"),
                f"No product in the catalogue has the tags or product types of \"{e.label}\".",
                "warning",
            ))
    for i, r in enumerate(p.product_rules):
        if not _can_match(r.match, items):
            out.append(LintWarning(
                "RULE_MATCHES_NOTHING", ("product_rules", i, "match"),
                f"No product in the catalogue has the tags or product types of \"{r.label}\".",
                "warning",
            ))


def _fees(p: Policy, items: list | None, out: list[LintWarning]) -> None:
    f = p.fees
    if f.restocking_percent >= 100:
        out.append(LintWarning(
            "REFUND_ALWAYS_ZERO", ("fees", "restocking_percent"),
            "A restocking fee of 100% leaves nothing to refund.", "error",
        ))
    if f.free_shipping_deduction and p.refund.original_shipping == "ALWAYS":
        out.append(LintWarning(
            "SHIPPING_REFUND_CONTRADICTION", ("fees", "free_shipping_deduction"),
            "Original shipping is always refunded, yet free-shipping orders are charged for it.",
            "warning",
        ))
    prices = [price for _, _, price in items or () if price is not None]
    if not prices:
        return
    most = max(prices)
    fixed: list[tuple[Path, Decimal]] = [
        (("fees", "flat_fee"), f.flat_fee),
        (("fees", "free_shipping_deduction"), f.free_shipping_deduction),
    ]
    for i, region in enumerate(p.shipping.regions):
        for name, terms in _all_terms(region):
            if terms.label_fee is not None:
                fixed.append((("shipping", "regions", i, name, "label_fee"), terms.label_fee))
    for path, amount in fixed:
        if amount and amount >= most:
            out.append(LintWarning(
                "FEE_EXCEEDS_ANY_REFUND", path,
                f"{amount} is at least the price of the most expensive product ({most}): "
                "a return of one item would refund nothing.", "error",
            ))


def _labels(p: Policy, out: list[LintWarning]) -> None:
    _labels_never_usable(p, out)
    _labels_by_region(p, out)


def _labels_never_usable(p: Policy, out: list[LintWarning]) -> None:
    """A label offered in a country where every rule has the customer ship and pay unaided."""
    s = p.shipping
    regions_by_country = {}
    for region in s.regions:
        for code in expand_countries(region.countries):
            regions_by_country[code] = region
    rest = next((r for r in s.regions if r.rest_of_world), None)
    for i, code in enumerate(s.label_countries):
        for country in sorted(expand_countries((code,))):
            region = regions_by_country.get(country) or rest
            terms = [t for _, t in _all_terms(region)] if region else [s.default]
            if all(t.payer == "CUSTOMER" and t.label_fee is None for t in terms):
                out.append(LintWarning(
                    "LABEL_NEVER_USABLE", ("shipping", "label_countries", i),
                    f"A prepaid label is offered in {country}, but every shipping rule there has "
                    "the customer ship and pay themselves (no label fee), so it can never be used.",
                    "warning",
                ))
                break


def _labels_by_region(p: Policy, out: list[LintWarning]) -> None:
    """A label fee where no label is offered; the shop paying postage with no way to do it."""
    label_countries = expand_countries(p.shipping.label_countries)
    for i, region in enumerate(p.shipping.regions):
        has_label = bool(expand_countries(region.countries) & label_countries) or (
            region.rest_of_world and bool(label_countries)
        )
        for name, terms in _all_terms(region):
            path: Path = ("shipping", "regions", i, name)
            if terms.label_fee is not None and not has_label:
                out.append(LintWarning(
                    "LABEL_FEE_WITHOUT_LABEL", path + ("label_fee",),
                    f"A label fee is set for {region.name}, where no prepaid label is offered.",
                    "warning",
                ))
            if terms.payer == "MERCHANT" and not has_label and terms.postage_reimbursed == "NO":
                out.append(LintWarning(
                    "MERCHANT_PAYS_WITHOUT_MEANS", path,
                    f"The shop pays return shipping in {region.name} but offers neither a label "
                    "nor a postage reimbursement there.", "warning",
                ))


def _return_addresses(p: Policy, out: list[LintWarning]) -> None:
    """Instructions must say where the parcel goes: every shipping country needs an address."""
    addresses = p.shipping.return_addresses
    # The customer writes for the address (Allegra K's way): approving needs none, so a gap is no error.
    on_request = p.instructions.address_on_request
    if not addresses and on_request:
        return
    if not addresses:
        out.append(LintWarning(
            "RETURN_ADDRESS_MISSING", ("shipping", "return_addresses"),
            "No return address is set: approved returns cannot tell customers where to send "
            "the parcel. Add one (for a single warehouse, tick “For every other country”).", "error",
        ))
        return
    if any(a.rest_of_world for a in addresses):
        return
    covered = set().union(*(expand_countries(a.countries) for a in addresses))
    named = set().union(*(expand_countries(r.countries) for r in p.shipping.regions))
    named |= expand_countries(p.shipping.label_countries)
    missing = sorted(named - covered)
    out.append(LintWarning(
        "RETURN_ADDRESS_MISSING", ("shipping", "return_addresses"),
        (f"No return address covers {', '.join(missing[:10])}" if missing else "No return address covers "
         "countries outside those listed") + ": add one, or tick “For every other country” on one.",
        "error" if missing and not on_request else "warning",
    ))


def _faults(p: Policy, out: list[LintWarning]) -> None:
    f = p.fault
    # Photos asked for "if possible" with an inspection before any refund is the merchant's own
    # evidence rule: the claim is judged on the item itself.
    if f.overrides_exclusions and f.photos_min == 0 and not (f.photos_requested and p.refund.inspection):
        out.append(LintWarning(
            "OVERRIDE_WITHOUT_EVIDENCE", ("fault", "photos_min"),
            "Any excluded item can be returned by claiming it is damaged; require a photo.",
            "warning",
        ))
    if f.overrides_exclusions and not any(e.fault_override for e in p.exclusions):
        out.append(LintWarning(
            "OVERRIDE_HAS_NO_EFFECT", ("fault", "overrides_exclusions"),
            "No exclusion allows the fault override.", "info",
        ))
    if f.photos_of and f.photos_min == 0 and not f.photos_requested:
        out.append(LintWarning(
            "PHOTO_SUBJECTS_WITHOUT_PHOTOS", ("fault", "photos_of"),
            "Photo subjects are set but no photo is required.", "info",
        ))
    if not p.returns.enabled and (f.window is not None or f.photos_min or f.photos_requested):
        out.append(LintWarning(
            "FAULT_TERMS_WITH_RETURNS_OFF", ("returns", "enabled"),
            "Returns are off, so customers cannot send back even a damaged, defective or wrong item, though your fault "
            "settings say how such returns go (a window to report it, photos). If you take back only faulty items, turn "
            "returns on with “Only damaged, defective or wrong items”.",
            "warning",
        ))
    if f.full_refund and p.refund.original_shipping == "NEVER":
        out.append(LintWarning(
            "FULL_REFUND_WITHOUT_SHIPPING", ("fault", "full_refund"),
            "The page promises a full refund including shipping for faulty items, but original "
            "shipping is never refunded.", "error",
        ))


def _resolutions(p: Policy, out: list[LintWarning]) -> None:
    if p.resolutions.exchange == "NEVER" and "EXCHANGE" not in p.fault.remedies:
        for i, rule in enumerate(p.product_rules):
            if rule.exchange_only:
                out.append(LintWarning(
                    "EXCHANGE_ONLY_WITHOUT_EXCHANGES", ("product_rules", i, "exchange_only"),
                    f"\"{rule.label}\" can only be exchanged, but exchanges are not offered: "
                    "these products can never be returned.", "error",
                ))


def _offered_resolutions(p: Policy) -> set[str]:
    res = p.resolutions
    offered = {"REFUND"}
    if res.exchange != "NEVER" or "EXCHANGE" in p.fault.remedies:
        offered.add("EXCHANGE")
    if res.replacement != "NEVER" or "REPLACEMENT" in p.fault.remedies:
        offered.add("REPLACEMENT")
    if res.store_credit != "NEVER" or p.refund.method in ("STORE_CREDIT", "CUSTOMER_CHOICE"):
        offered.add("STORE_CREDIT")
    return offered


def _resolution_terms(p: Policy, out: list[LintWarning]) -> None:
    """Exchange and store credit terms that can never apply, and reason rules that leave nothing."""
    res, offered = p.resolutions, _offered_resolutions(p)
    credit = res.store_credit_terms
    if "STORE_CREDIT" not in offered and (credit.bonus_percent or credit.bonus_flat):
        out.append(LintWarning(
            "STORE_CREDIT_BONUS_WITHOUT_CREDIT", ("resolutions", "store_credit_terms"),
            "A store credit bonus is set, but store credit is not offered: no customer can earn it.", "warning",
        ))
    if credit.bonus_cap is not None and credit.bonus_cap == 0 and (credit.bonus_percent or credit.bonus_flat):
        out.append(LintWarning(
            "STORE_CREDIT_BONUS_CAPPED_AT_ZERO", ("resolutions", "store_credit_terms", "bonus_cap"),
            "The bonus is capped at zero: no customer ever gets it.", "warning",
        ))
    terms = res.exchange_terms
    if "EXCHANGE" in offered and terms.scope == "ANY_PRODUCT" and terms.higher_price == "NOT_ALLOWED" \
            and terms.lower_price == "NOT_ALLOWED":
        out.append(LintWarning(
            "EXCHANGE_SAME_PRICE_ONLY", ("resolutions", "exchange_terms"),
            "Exchanges for any product may neither cost more nor less: only items at exactly the returned "
            "price can be offered.", "info",
        ))
    for i, rule in enumerate(res.by_reason):
        usable = [r for r in rule.allowed if r in offered]
        if not usable:
            out.append(LintWarning(
                "REASON_RESOLUTIONS_NOT_OFFERED", ("resolutions", "by_reason", i, "allowed"),
                "None of the resolutions this rule allows is offered: returns for these reasons are always refused.",
                "error",
            ))
        elif len(usable) < len(rule.allowed):
            out.append(LintWarning(
                "REASON_RESOLUTION_NOT_OFFERED", ("resolutions", "by_reason", i, "allowed"),
                "The rule allows a resolution the shop does not offer: "
                + ", ".join(r for r in rule.allowed if r not in offered) + ".", "warning",
            ))


def _windows(p: Policy, out: list[LintWarning]) -> None:
    w, fw = p.returns.window, p.fault.window
    if fw is not None and fw.unit == w.unit and fw.starts == w.starts and fw.days < w.days:
        out.append(LintWarning(
            "FAULT_WINDOW_SHORTER", ("fault", "window", "days"),
            "Damaged items must be reported sooner than ordinary returns; at-fault items that "
            "are not excluded still get the longer window.", "info",
        ))
    if w.starts == "DELIVERY" and w.transit_buffer_days is None and not p.delivery.estimate_untracked:
        out.append(LintWarning(
            "NO_DELIVERY_FALLBACK", ("delivery", "estimate_untracked"),
            "Returns wait until a delivery is recorded or the customer confirms receipt, and most "
            "parcels are never tracked to the door; turn on the delivery estimate to count from "
            "shipment plus transit days.", "warning" if not p.delivery.customer_confirms_receipt else "info",
        ))

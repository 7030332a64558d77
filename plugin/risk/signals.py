"""The fraud signals: one pure function each, ``(settings, facts, now) -> Fact | None``.

A signal that fires returns a ``Fact`` with its stable code, a sentence that says why with the
figures behind it (staff read it in the review queue; the storefront never shows it), its weight
from the settings and its evidence as JSON-ready data. A signal that is disabled, lacks the data
it needs, or stays under its threshold returns None: missing data is never suspicious by itself.

Speed matters (an assessment for a customer with 200 orders should cost well under 1 ms): history
is walked once per signal with plain comparisons, and everything parsed from a string (emails,
phone numbers, names, addresses) is cached by that string.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel import Locale
from disposable_email_domains import blocklist as _DISPOSABLE
from email_validator import EmailNotValidError, validate_email
from rapidfuzz.fuzz import ratio, token_sort_ratio

from plugin.values.money import quantize
from plugin.risk.assessment import Fact
from plugin.risk.facts import WITHDRAWN_RETURN_STATUSES, RiskFacts
from plugin.risk.letters import COMMON_BIGRAMS
from plugin.risk.normalize import (
    PhoneInfo,
    blocklist_keys,
    fold,
    normalize_address,
    normalize_email,
    normalize_postal_code,
    phone_info,
)
from plugin.risk.settings import RiskSettings

Signal = Callable[[RiskSettings, RiskFacts, datetime], Fact | None]

_WITHDRAWN = WITHDRAWN_RETURN_STATUSES
_NOUN = {"ORDER": "order", "RETURN": "return", "CANCELLATION": "cancellation"}


# --- formatting helpers ---------------------------------------------------------------------


def _money(amount: Decimal, currency: str) -> str:
    try:
        return f"{quantize(amount, currency)} {currency}"
    except Exception:  # an unknown currency code: still say the figure
        return f"{amount} {currency}"


@lru_cache(maxsize=512)
def _country(code: str) -> str:
    name = Locale("en").territories.get(code)
    return f"{name} ({code})" if name else code


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _hours(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 1:
        return _plural(max(int(delta.total_seconds() // 60), 0), "minute")
    if hours < 48:
        return _plural(int(hours), "hour")
    return _plural(int(hours // 24), "day")


def _median(values: list[Decimal]) -> Decimal:
    values.sort()
    n = len(values)
    mid = n // 2
    return values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2


# --- RETURN_AMOUNT_ANOMALY -------------------------------------------------------------------


def return_amount_anomaly(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """The amount is many times the customer's median past return (for a return, when there are
    enough of them) or median past order total."""
    s = settings.return_amount_anomaly
    req = facts.request
    if not s.enabled or not s.weight or req.amount < s.min_amount:
        return None
    history = facts.history
    sid = req.subject_id
    baseline: list[Decimal] = []
    basis = "order"
    if req.kind == "RETURN":
        baseline = [
            r.amount
            for r in history.returns
            if r.created_at <= now
            and r.status not in _WITHDRAWN
            and (sid is None or r.return_id != sid)
        ]
        basis = "return"
    if len(baseline) < s.min_history:
        skip = facts.order.order_id if req.kind == "ORDER" else None
        baseline = [
            o.total
            for o in history.orders
            if o.placed_at <= now and (skip is None or o.order_id != skip)
        ]
        basis = "order total"
    if len(baseline) < s.min_history:
        return None
    count = len(baseline)
    median = _median(baseline)
    if median <= 0:
        return None
    # Amounts stay Decimal; only the dimensionless ratio becomes a float, for the weighting.
    times = float(req.amount / median)
    if times < s.multiplier:
        return None
    strength = 0.6 + 0.4 * min(1.0, (times - s.multiplier) / s.multiplier)
    weight = max(1, round(s.weight * strength))
    usual = median.quantize(Decimal("0.01"))
    noun = _NOUN[req.kind]
    return Fact(
        "RETURN_AMOUNT_ANOMALY",
        f"This {noun} is for {_money(req.amount, req.currency)}, {times:.1f} times the "
        f"customer's median {basis} of {_money(usual, req.currency)} over "
        f"{_plural(count, 'earlier ' + basis.split()[0])} (threshold {s.multiplier:g} times).",
        weight,
        evidence={
            "amount": str(req.amount),
            "median": str(usual),
            "basis": "RETURNS" if basis == "return" else "ORDERS",
            "history_count": count,
            "ratio": round(times, 2),
            "multiplier": s.multiplier,
        },
    )


# --- BILLING_SHIPPING_MISMATCH ---------------------------------------------------------------


def _code(value: str | None) -> str:
    return value.strip().upper() if value else ""


def billing_shipping_mismatch(
    settings: RiskSettings, facts: RiskFacts, now: datetime
) -> Fact | None:
    """Billing and shipping in different countries (heaviest), regions, or cities. Postal codes
    that differ within one city (a customer who moved across town) do not count."""
    s = settings.billing_shipping_mismatch
    billing, shipping = facts.order.billing, facts.order.shipping
    if not s.enabled or billing is None or shipping is None:
        return None
    bc, sc = _code(billing.country), _code(shipping.country)
    if not bc or not sc:
        return None
    evidence: dict[str, Any] = {"billing_country": bc, "shipping_country": sc}
    if bc != sc:
        weight, level = s.country_weight, "COUNTRY"
        text = f"The billing address is in {_country(bc)} but the order ships to {_country(sc)}."
        if s.gift_country_weight is not None and _another_person(settings, billing, shipping):
            weight, level = s.gift_country_weight, "COUNTRY_OTHER_RECIPIENT"
            text += " It goes to another person, as a gift would."
    else:
        found = _within_country(s, billing, shipping, bc, evidence)
        if found is None:
            return None
        weight, level, text = found
    if not weight:
        return None
    evidence["differs"] = level
    return Fact("BILLING_SHIPPING_MISMATCH", text, weight, evidence=evidence)


def _within_country(s: Any, billing: Any, shipping: Any, country: str, evidence: dict[str, Any]) -> tuple[int, str, str] | None:
    """(weight, level, sentence) for billing and shipping in one country: other regions, or other
    cities with other postal codes; None when they agree. Adds what it compared to `evidence`."""
    br, sr = _code(billing.region), _code(shipping.region)
    bp = normalize_postal_code(billing.postal_code, country)
    sp = normalize_postal_code(shipping.postal_code, country)
    bcity, scity = fold(billing.city or ""), fold(shipping.city or "")
    evidence |= {"billing_region": br, "shipping_region": sr}
    if br and sr and br != sr:
        return s.region_weight, "REGION", (
            f"The billing address is in region {br} but the order ships to region {sr} "
            f"(both in {_country(country)})."
        )
    if bp and sp and bp != sp and bcity and scity and bcity != scity:
        evidence |= {"billing_postal_code": bp, "shipping_postal_code": sp}
        return s.postal_weight, "CITY", (
            f"The billing address ({billing.city} {bp}) and the shipping address "
            f"({shipping.city} {sp}) are in different cities."
        )
    return None


def _another_person(settings: RiskSettings, billing: Any, shipping: Any) -> bool:
    """The shipping name is another person's than the billing name (by recipient_mismatch's bar)."""
    if not (billing.name and shipping.name):
        return False
    similarity = name_similarity(billing.name.strip(), shipping.name.strip())
    return similarity < settings.recipient_mismatch.name_similarity_percent


# --- RECIPIENT_MISMATCH ----------------------------------------------------------------------


@lru_cache(maxsize=8192)
def name_similarity(a: str, b: str) -> int:
    """0..100: how alike two person names are, ignoring case, accents, punctuation and word order.

    The lower of the whole-name score and the worst word score: each word of the shorter name
    must match some word of the other (an initial matches a word it begins). So "Jonathon Smith",
    "SMITH, Jonathan" and "J. Smith" are alike, while "Elena Echeverria" and "Leo Echeverria"
    (a relative) are not.
    """
    words_a, words_b = fold(a).split(), fold(b).split()
    if not words_a or not words_b:
        return 100  # nothing to compare (a name of punctuation): not evidence of anything
    # An initial stands for the word it begins in the other name ("J. Smith" / "John Smith").
    words_a = [_expand(w, words_b) for w in words_a]
    words_b = [_expand(w, words_a) for w in words_b]
    whole = token_sort_ratio(" ".join(words_a), " ".join(words_b))
    short, other = (words_a, words_b) if len(words_a) <= len(words_b) else (words_b, words_a)
    worst = 100.0
    for word in short:
        best = 0.0
        for candidate in other:
            if len(word) == 1 or len(candidate) == 1:
                score = 100.0 if word[0] == candidate[0] else 0.0
            else:
                score = ratio(word, candidate)
            if score > best:
                best = score
        if best < worst:
            worst = best
    return round(min(whole, worst))


def _expand(word: str, others: list[str]) -> str:
    if len(word) == 1:
        for other in others:
            if len(other) > 1 and other[0] == word:
                return other
    return word


def _phones(facts: RiskFacts) -> list[tuple[str, str, tuple[str, ...], str]]:
    """(label, number, countries to read a national number in, the country it should belong
    to). The order's phone is the buyer's: it should belong to the billing country, but a
    national number is also tried in the shipping country before it is called invalid."""
    order = facts.order
    shipping, billing = order.shipping, order.billing
    ship = _code(shipping.country) if shipping else ""
    bill = _code(billing.country) if billing else ""
    out: list[tuple[str, str, tuple[str, ...], str]] = []
    if order.phone:
        out.append(
            ("order", order.phone, tuple(c for c in dict.fromkeys((bill, ship)) if c), bill or ship)
        )
    if shipping is not None and shipping.phone:
        out.append(("shipping", shipping.phone, (ship,) if ship else (), ship))
    if billing is not None and billing.phone:
        out.append(("billing", billing.phone, (bill,) if bill else (), bill))
    return out


def _phone(raw: str, countries: tuple[str, ...]) -> PhoneInfo:
    """The first reading of ``raw`` that is valid for one of ``countries`` (else the first)."""
    first = None
    for country in countries or (None,):
        info = phone_info(raw, country)
        if info.valid:
            return info
        first = first or info
    return first


def recipient_mismatch(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """Billing and shipping names of different people; phone numbers that are not valid, or that
    belong to another country than the address they come with."""
    s = settings.recipient_mismatch
    if not s.enabled:
        return None
    weight = 0
    sentences: list[str] = []
    evidence: dict[str, Any] = {}
    billing, shipping = facts.order.billing, facts.order.shipping
    if s.name_weight and billing and shipping and billing.name and shipping.name:
        similarity = name_similarity(billing.name.strip(), shipping.name.strip())
        if similarity < s.name_similarity_percent:
            weight += s.name_weight
            sentences.append(
                f"The billing name “{billing.name.strip()}” and the shipping name "
                f"“{shipping.name.strip()}” are {similarity}% alike (below "
                f"{s.name_similarity_percent}%)."
            )
            evidence["name_similarity"] = similarity
    if s.invalid_phone_weight or s.phone_country_weight:
        invalid, foreign = _odd_phones(facts)
        if invalid and s.invalid_phone_weight:
            weight += s.invalid_phone_weight
            verb = "is not a valid number" if len(invalid) == 1 else "are not valid numbers"
            sentences.append(f"The {', '.join(invalid)} {verb}.")
            evidence["invalid_phones"] = invalid
        if foreign and s.phone_country_weight:
            weight += s.phone_country_weight
            sentences.append(f"The {'; the '.join(foreign)}.")
            evidence["foreign_phones"] = foreign
    if not weight:
        return None
    return Fact("RECIPIENT_MISMATCH", " ".join(sentences), min(weight, 100), evidence=evidence)


def _odd_phones(facts: RiskFacts) -> tuple[list[str], list[str]]:
    """The order's phone numbers that are not valid, and those of another country than the
    address they come with; each number once."""
    invalid: list[str] = []
    foreign: list[str] = []
    seen: set[str] = set()
    for label, raw, countries, home in _phones(facts):
        raw = raw.strip()
        if not raw:
            continue
        info = _phone(raw, countries)
        key = info.e164 or raw
        if key in seen:
            continue
        seen.add(key)
        if not info.valid:
            invalid.append(f"{label} phone {raw}")
        elif home and info.region and info.region != home:
            foreign.append(f"{label} phone {raw} is from {_country(info.region)}, not {_country(home)}")
    return invalid, foreign


# --- SUSPICIOUS_EMAIL ------------------------------------------------------------------------

_VOWELS = frozenset("aeiouy")
_LETTER_RUNS = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def random_local_part(local: str) -> dict[str, Any] | None:
    """Why the part before the @ looks machine-generated, or None when it looks like a person's.

    Only local parts of at least 8 letters and digits (a ``+tag`` and separators ignored) are
    judged. Machine-made if any of: letters and digits switch at least 3 times (``x7k2q9``); at
    least 3 letter pairs, 30% or more of them, are rare in the names and words of
    ``plugin.risk.letters`` (``qkzvbrtx``); under 10% vowels; 7 consonants in a row.
    ``john.smith84``, ``wojciech.szczesny`` and ``maria_garcia1990`` pass.
    """
    local = local.lower().split("+", 1)[0]
    text = "".join(c for c in local if c.isalnum())
    if len(text) < 8:
        return None
    switches = 0
    previous = text[0].isdigit()
    for c in text[1:]:
        digit = c.isdigit()
        if digit != previous:
            switches += 1
            previous = digit
    letters = vowels = pairs = unseen = longest = 0
    for run in _LETTER_RUNS.findall(local):
        letters += len(run)
        consonants = 0
        for i, c in enumerate(run):
            if c in _VOWELS:
                vowels += 1
                consonants = 0
            else:
                consonants += 1
                if consonants > longest:
                    longest = consonants
            if i:
                pairs += 1
                unseen += run[i - 1 : i + 1] not in COMMON_BIGRAMS
    why = []
    if switches >= 3:
        why.append(f"{switches} switches between letters and digits")
    if letters >= 6 and unseen >= 3 and unseen * 10 >= pairs * 3:
        why.append(f"{unseen} of {pairs} letter pairs rare in names")
    if letters >= 8 and vowels * 10 < letters:
        why.append(f"{round(vowels * 100 / letters)}% vowels")
    if longest >= 7:
        why.append(f"{longest} consonants in a row")
    if not why:
        return None
    return {"length": len(text), "why": why}


@lru_cache(maxsize=8192)
def _email_syntax(email: str) -> str | None:
    """None when the syntax is valid; otherwise email-validator's reason. Never checks DNS."""
    try:
        validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None


@lru_cache(maxsize=8192)
def _disposable(domain: str) -> str | None:
    """The listed disposable domain ``domain`` is or belongs to, else None."""
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in _DISPOSABLE:
            return candidate
    return None


def _listed(domain: str, domains: tuple[str, ...]) -> str | None:
    for listed in domains:
        if domain == listed or domain.endswith("." + listed):
            return listed
    return None


def suspicious_email(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """The order email has invalid syntax, a disposable domain, or a random-looking local part."""
    s = settings.suspicious_email
    email = (facts.order.email or "").strip()
    if not s.enabled or not email:
        return None
    weight = 0
    sentences: list[str] = []
    evidence: dict[str, Any] = {"email": email}
    problem = _email_syntax(email)
    local, _, domain = email.lower().rpartition("@")
    domain = domain.rstrip(".")
    if problem is not None and s.invalid_weight:
        weight += s.invalid_weight
        sentences.append(f"The email address {email} is not valid: {problem}")
        evidence["invalid"] = problem
    trusted = bool(domain) and _listed(domain, s.trusted_domains) is not None
    if domain and not trusted and s.disposable_weight:
        listed = _disposable(domain) or _listed(domain, s.disposable_domains)
        if listed:
            weight += s.disposable_weight
            sentences.append(f"The email domain {domain} is a disposable (throwaway) provider.")
            evidence["disposable_domain"] = listed
    if problem is None and local and not trusted and s.random_weight:
        why = random_local_part(local)
        if why:
            weight += s.random_weight
            sentences.append(
                f"The part before the @ ({local}) looks randomly generated: "
                f"{', '.join(why['why'])}."
            )
            evidence["random_local_part"] = why["why"]
    if not weight:
        return None
    return Fact("SUSPICIOUS_EMAIL", " ".join(sentences), min(weight, 100), evidence=evidence)


# --- SERIAL_RETURNER -------------------------------------------------------------------------


def serial_returner(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """Returns per order over the window (this return included) at or above the threshold, once
    the customer has enough orders in the window for the rate to mean something."""
    s = settings.serial_returner
    if not s.enabled or not s.weight:
        return None
    start = now - timedelta(days=s.window_days)
    history = facts.history
    orders = 0
    for o in history.orders:
        if start <= o.placed_at <= now:
            orders += 1
    if orders < s.min_orders:
        return None
    sid = facts.request.subject_id
    returns = 0
    for r in history.returns:
        if (
            start <= r.created_at <= now
            and r.status not in _WITHDRAWN
            and (sid is None or r.return_id != sid)
        ):
            returns += 1
    current = facts.request.kind == "RETURN"
    returns += current
    rate = returns * 100 / orders
    if returns < s.min_returns or rate < s.return_rate_percent:
        return None
    # The weight at the threshold, rising by up to half as the rate approaches 100%.
    span = max(100 - s.return_rate_percent, 1)
    weight = round(s.weight * (1 + 0.5 * min(1.0, (rate - s.return_rate_percent) / span)))
    return Fact(
        "SERIAL_RETURNER",
        f"This customer made {_plural(returns, 'return')}"
        f"{' (this one included)' if current else ''} "
        f"on {_plural(orders, 'order')} in the last {s.window_days} days: a {rate:.0f}% return "
        f"rate (threshold {s.return_rate_percent}% from {s.min_orders} orders and "
        f"{s.min_returns} returns).",
        weight,
        evidence={
            "returns": returns,
            "orders": orders,
            "rate_percent": round(rate, 1),
            "window_days": s.window_days,
        },
    )


# --- HIGH_VALUE_RETURN -----------------------------------------------------------------------


def high_value_return(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """A return worth at least the configured amount."""
    s = settings.high_value_return
    req = facts.request
    if not s.enabled or not s.weight or req.kind != "RETURN" or req.amount < s.amount:
        return None
    return Fact(
        "HIGH_VALUE_RETURN",
        f"This return is for {_money(req.amount, req.currency)}, at or above the "
        f"{_money(s.amount, req.currency)} high-value threshold.",
        s.weight,
        evidence={"amount": str(req.amount), "threshold": format(s.amount, "f")},
    )


# --- EARLY_RETURN ----------------------------------------------------------------------------


def early_return(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """A return requested before the recorded delivery (or, with none recorded, soon after
    shipment), or within a few hours after delivery. Unknown shipment and delivery: no fact."""
    s = settings.early_return
    req = facts.request
    if not s.enabled or req.kind != "RETURN":
        return None
    at = req.requested_at
    if req.delivered_at is not None:
        if at < req.delivered_at:
            weight, when = s.before_delivery_weight, "BEFORE_DELIVERY"
            text = (
                f"The return was requested {_hours(req.delivered_at - at)} before the parcel "
                "was delivered."
            )
        elif at - req.delivered_at <= timedelta(hours=s.within_hours):
            weight, when = s.within_weight, "RIGHT_AFTER_DELIVERY"
            text = (
                f"The return was requested {_hours(at - req.delivered_at)} after delivery "
                f"(within {_plural(s.within_hours, 'hour')})."
            )
        else:
            return None
        hours = (at - req.delivered_at).total_seconds() / 3600
    elif req.shipped_at is not None and at - req.shipped_at <= timedelta(hours=s.transit_hours):
        weight, when = s.before_delivery_weight, "BEFORE_DELIVERY"
        text = (
            f"The return was requested {_hours(at - req.shipped_at)} after the order shipped, "
            f"before any delivery was recorded."
        )
        hours = None
    else:
        return None
    if not weight:
        return None
    return Fact(
        "EARLY_RETURN",
        text,
        weight,
        evidence={
            "when": when,
            "hours_after_delivery": round(hours, 1) if hours is not None else None,
        },
    )


# --- REPEAT_SKU_RETURNS ----------------------------------------------------------------------


def repeat_sku_returns(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """A SKU in this return that the customer already returned ``min_previous`` times in the
    window: buying, wearing and returning the same item again (wardrobing)."""
    s = settings.repeat_sku_returns
    req = facts.request
    if not s.enabled or not s.weight or req.kind != "RETURN" or not req.skus:
        return None
    wanted = frozenset(req.skus)
    start = now - timedelta(days=s.window_days)
    sid = req.subject_id
    counts: dict[str, int] = {}
    for r in facts.history.returns:
        if (
            r.skus
            and start <= r.created_at <= now
            and r.status not in _WITHDRAWN
            and (sid is None or r.return_id != sid)
        ):
            for sku in wanted.intersection(r.skus):
                counts[sku] = counts.get(sku, 0) + 1
    repeated = sorted(
        ((sku, n) for sku, n in counts.items() if n >= s.min_previous), key=lambda x: (-x[1], x[0])
    )
    if not repeated:
        return None
    listed = ", ".join(f"{sku} ({_times(n)})" for sku, n in repeated[:5])
    more = f" and {len(repeated) - 5} more" if len(repeated) > 5 else ""
    return Fact(
        "REPEAT_SKU_RETURNS",
        f"This customer already returned {'this SKU' if len(repeated) == 1 else 'these SKUs'} in "
        f"the last {s.window_days} days: {listed}{more}.",
        s.weight,
        evidence={"skus": dict(repeated), "window_days": s.window_days},
    )


# --- LINKED_ACCOUNTS -------------------------------------------------------------------------


def linked_accounts(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """Other customers share the shipping address or a phone number and made many returns."""
    s = settings.linked_accounts
    linked = facts.linked
    if not s.enabled or not s.weight:
        return None
    parts: list[str] = []
    evidence: dict[str, Any] = {}
    if linked.address_customers >= s.min_customers and linked.address_returns >= s.min_returns:
        parts.append(
            f"{_plural(linked.address_customers, 'other customer')} use the same shipping "
            f"address and made {_plural(linked.address_returns, 'return')} between them"
        )
        evidence |= {
            "address_customers": linked.address_customers,
            "address_returns": linked.address_returns,
        }
    if linked.phone_customers >= s.min_customers and linked.phone_returns >= s.min_returns:
        parts.append(
            f"{_plural(linked.phone_customers, 'other customer')} use the same phone number and "
            f"made {_plural(linked.phone_returns, 'return')} between them"
        )
        evidence |= {
            "phone_customers": linked.phone_customers,
            "phone_returns": linked.phone_returns,
        }
    if not parts:
        return None
    text = "; ".join(parts)
    return Fact(
        "LINKED_ACCOUNTS",
        f"{text[0].upper()}{text[1:]} (thresholds: {s.min_customers} customers, "
        f"{s.min_returns} returns).",
        s.weight,
        evidence=evidence,
    )


# --- REQUEST_VELOCITY ------------------------------------------------------------------------


def request_velocity(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """Many earlier requests of the same family in the window before this one: returns and
    cancellations for a return or cancellation request, orders for an order."""
    s = settings.request_velocity
    req = facts.request
    if not s.enabled or not s.weight:
        return None
    end = min(req.requested_at, now)
    start = end - timedelta(hours=s.window_hours)
    history = facts.history
    count = 0
    if req.kind == "ORDER":
        skip = facts.order.order_id
        for o in history.orders:
            if start <= o.placed_at <= end and o.order_id != skip:
                count += 1
        what = "order"
    else:
        sid = req.subject_id
        for r in history.returns:
            if start <= r.created_at <= end and (sid is None or r.return_id != sid):
                count += 1
        for at in history.cancellations:
            if start <= at <= end:
                count += 1
        what = "return or cancellation request"
    if count < s.min_previous:
        return None
    return Fact(
        "REQUEST_VELOCITY",
        f"This is the customer's {_ordinal(count + 1)} {what} in {_plural(s.window_hours, 'hour')} "
        f"(fires from {s.min_previous} earlier ones).",
        s.weight,
        evidence={"earlier": count, "window_hours": s.window_hours},
    )


# --- BLOCKLISTED -----------------------------------------------------------------------------


def blocklisted(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """The email, a phone number, or the shipping or billing address is on the shop's blocklist
    (compared in normalized form, see ``plugin.risk.normalize``)."""
    s = settings.blocklisted
    blocklist = facts.blocklist
    if not s.enabled or not s.weight:
        return None
    if not (blocklist.emails or blocklist.phones or blocklist.addresses):
        return None
    order = facts.order
    hits: list[str] = []
    evidence: dict[str, Any] = {}
    if blocklist.emails:
        email = normalize_email(order.email)
        if email and email in blocklist.emails:
            hits.append("email address")
            evidence["email"] = email
    if blocklist.phones:
        keys = blocklist_keys(order)
        phones = sorted(keys.phones & blocklist.phones)
        if phones:
            hits.append("phone number")
            evidence["phones"] = phones
    if blocklist.addresses:
        for label, address in (("shipping", order.shipping), ("billing", order.billing)):
            key = normalize_address(address)
            if key and key in blocklist.addresses:
                hits.append(f"{label} address")
                evidence[f"{label}_address"] = key
    if not hits:
        return None
    listed = hits[0] if len(hits) == 1 else ", ".join(hits[:-1]) + " and " + hits[-1]
    return Fact(
        "BLOCKLISTED",
        f"The order's {listed} {'is' if len(hits) == 1 else 'are'} on the shop's blocklist.",
        s.weight,
        evidence=evidence,
    )


# --- ESTABLISHED_CUSTOMER (positive) ---------------------------------------------------------


def established_customer(settings: RiskSettings, facts: RiskFacts, now: datetime) -> Fact | None:
    """A POSITIVE fact: many orders over a long time with few returns."""
    s = settings.established_customer
    if not s.enabled or not s.weight:
        return None
    history = facts.history
    orders = 0
    first: datetime | None = None
    for o in history.orders:
        if o.placed_at <= now:
            orders += 1
            if first is None or o.placed_at < first:
                first = o.placed_at
    if orders < s.min_orders or first is None or (now - first).days < s.min_days:
        return None
    returns = sum(1 for r in history.returns if r.created_at <= now and r.status not in _WITHDRAWN)
    rate = returns * 100 / orders
    if rate > s.max_return_rate_percent:
        return None
    return Fact(
        "ESTABLISHED_CUSTOMER",
        f"This customer has placed {_plural(orders, 'order')} since {first:%B %Y} and made "
        f"{_plural(returns, 'return')} ({rate:.0f}% of orders).",
        s.weight,
        sentiment="POSITIVE",
        evidence={
            "orders": orders,
            "returns": returns,
            "rate_percent": round(rate, 1),
            "first_order": first.date().isoformat(),
        },
    )


# Evaluation order; also the order of codes in reports.
SIGNALS: tuple[tuple[str, Signal], ...] = (
    ("BLOCKLISTED", blocklisted),
    ("RETURN_AMOUNT_ANOMALY", return_amount_anomaly),
    ("BILLING_SHIPPING_MISMATCH", billing_shipping_mismatch),
    ("RECIPIENT_MISMATCH", recipient_mismatch),
    ("SUSPICIOUS_EMAIL", suspicious_email),
    ("SERIAL_RETURNER", serial_returner),
    ("HIGH_VALUE_RETURN", high_value_return),
    ("EARLY_RETURN", early_return),
    ("REPEAT_SKU_RETURNS", repeat_sku_returns),
    ("LINKED_ACCOUNTS", linked_accounts),
    ("REQUEST_VELOCITY", request_velocity),
    ("ESTABLISHED_CUSTOMER", established_customer),
)
SIGNAL_CODES: tuple[str, ...] = tuple(code for code, _ in SIGNALS)
NEGATIVE_CODES: tuple[str, ...] = tuple(c for c in SIGNAL_CODES if c != "ESTABLISHED_CUSTOMER")

"""A labelled synthetic set of requests for measuring the fraud signals: fixed seed, no I/O.

``generate(n, seed)`` returns ``Case`` objects: the facts of one request as the database layer
would build them, the moment it is scored, the scenario that produced it, whether it is fraud
(a request staff would want held: the HIGH level should catch it) and ``expected``, the signal
codes whose condition the generator injected.

About a fifth of the cases are fraud, from seven archetypes that combine several abnormal traits
with some probability each (a stolen card, wardrobing, a return ring, an inflated return, an
account takeover, a blocklisted customer back under a variant of their email, phone or address,
and "quiet" fraud that shows a single weak trait and is meant to be missed). The rest is benign,
and much of it deliberately noisy: customers who moved, gifts to relatives (sometimes abroad),
typos and reordered names, loyal customers returning expensive items, honest bracketers with
high return rates, quick returns of the wrong size, households sharing an address, expatriates
with foreign phone numbers, Apple relay addresses, a first big order, formatting differences
(ZIP+4, case, spacing, phone formats). Benign cases may legitimately trip a signal (a gift really
has another name on it): they are labelled with that signal but not as fraud.

Labels for the fuzzy conditions (names, emails, addresses, phones) come from how the value was
made, never from the detectors; count thresholds are those of the default ``RiskSettings``.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import phonenumbers

from plugin.risk.facts import (
    Address,
    Blocklist,
    CustomerHistory,
    LinkedAccounts,
    OrderFacts,
    PastOrder,
    PastReturn,
    RequestFacts,
    RiskFacts,
)
from plugin.risk.normalize import normalize_address, normalize_email, normalize_phone

BASE_NOW = datetime(2025, 6, 2, 15, 0, tzinfo=UTC)
SEED = 20250602
CURRENCY = "USD"
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Case:
    facts: RiskFacts
    now: datetime
    scenario: str  # "benign:gift", "fraud:wardrober", ...
    fraud: bool
    expected: frozenset[str]


# --- reference data -------------------------------------------------------------------------


# (city, region, postal code maker) per country; regions as Shopify's province codes.
def _us(prefix: str):
    return lambda r: f"{prefix}{r.randint(1, 99):02d}"


def _ca(prefix: str):
    return lambda r: (
        f"{prefix} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}"
    )


def _gb(prefix: str):
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return lambda r: (
        f"{prefix}{r.randint(1, 9)} {r.randint(1, 9)}{r.choice(letters)}{r.choice(letters)}"
    )


def _num(prefix: str, width: int):
    return lambda r: f"{prefix}{r.randint(0, 10**width - 1):0{width}d}"


PLACES: dict[str, list[tuple[str, str | None, object]]] = {
    "US": [
        ("New York", "NY", _us("100")),
        ("Brooklyn", "NY", _us("112")),
        ("Albany", "NY", _us("122")),
        ("Los Angeles", "CA", _us("900")),
        ("San Francisco", "CA", _us("941")),
        ("San Diego", "CA", _us("921")),
        ("Austin", "TX", _us("787")),
        ("Houston", "TX", _us("770")),
        ("Chicago", "IL", _us("606")),
        ("Seattle", "WA", _us("981")),
        ("Miami", "FL", _us("331")),
        ("Orlando", "FL", _us("328")),
        ("Denver", "CO", _us("802")),
        ("Boston", "MA", _us("021")),
        ("Portland", "OR", _us("972")),
        ("Atlanta", "GA", _us("303")),
    ],
    "CA": [
        ("Toronto", "ON", _ca("M5V")),
        ("Ottawa", "ON", _ca("K1P")),
        ("Montréal", "QC", _ca("H2X")),
        ("Vancouver", "BC", _ca("V6B")),
        ("Calgary", "AB", _ca("T2P")),
    ],
    "GB": [
        ("London", None, _gb("SW1A ")),
        ("Manchester", None, _gb("M")),
        ("Leeds", None, _gb("LS")),
    ],
    "DE": [
        ("Berlin", "BE", _num("10", 3)),
        ("München", "BY", _num("80", 3)),
        ("Hamburg", "HH", _num("20", 3)),
    ],
    "FR": [
        ("Paris", "IDF", _num("750", 2)),
        ("Lyon", "ARA", _num("690", 2)),
        ("Marseille", "PAC", _num("130", 2)),
    ],
    "AU": [("Sydney", "NSW", _num("20", 2)), ("Melbourne", "VIC", _num("30", 2))],
    "NL": [
        (
            "Amsterdam",
            "NH",
            lambda r: f"10{r.randint(10, 99)} {r.choice('ABCDEF')}{r.choice('KLMN')}",
        )
    ],
    "MX": [("Ciudad de México", "CMX", _num("06", 3)), ("Guadalajara", "JAL", _num("44", 3))],
    "BR": [("São Paulo", "SP", lambda r: f"0{r.randint(1000, 9999)}-{r.randint(0, 999):03d}")],
    "JP": [("Tokyo", "13", lambda r: f"1{r.randint(0, 99):02d}-{r.randint(0, 9999):04d}")],
    "ES": [("Madrid", "M", _num("280", 2)), ("Barcelona", "B", _num("080", 2))],
    "IT": [("Roma", "RM", _num("001", 2)), ("Milano", "MI", _num("201", 2))],
    "PL": [("Warszawa", "MZ", lambda r: f"0{r.randint(0, 9)}-{r.randint(0, 999):03d}")],
}
HOME_COUNTRIES = ["US"] * 10 + ["CA", "CA", "GB", "GB", "DE", "FR", "AU"]

STREETS = [
    "Main",
    "Oak",
    "Maple",
    "Cedar",
    "Elm",
    "Washington",
    "Lake",
    "Hill",
    "Park",
    "Pine",
    "Sunset",
    "Highland",
    "River",
    "Church",
    "Mill",
    "Spring",
    "Forest",
    "Meadow",
    "Union",
    "Franklin",
]
STREET_KINDS = [
    ("Street", "St"),
    ("Avenue", "Ave"),
    ("Road", "Rd"),
    ("Lane", "Ln"),
    ("Drive", "Dr"),
]

# The generator's own names (some outside plugin.risk.letters on purpose).
FIRST = (
    "liam olivia noah emma oliver ava elijah sophia lucas isabella mateo mia levi amelia sebastian "
    "harper ezra evelyn luca abigail hudson ella asher scarlett leo grayson luna chloe kai aurora "
    "nora riley zoe penelope lily layla eleanor hazel violet stella aria maya naomi elena sadie "
    "quinn ruby ivy cora hana yuki arjun wei xin thu binh oluwaseun chidi ifeoma tunde kwabena "
    "zofia wojciech grzegorz szymon bartosz dagny thorsten gudrun siobhan aoife ciaran saoirse "
    "rhys gwen dafydd ngozi jonathan katherine alexander margaret christopher josé renée søren"
).split()
LAST = (
    "okoro nwosu adebayo obi eze kowalczuk brzozowski chrzanowski szczesny przybylski thorvaldsen "
    "sigurdsson fitzpatrick mcallister vanderbilt richter hirschfeld strauss pfister nakagawa "
    "takeda nishimura hoshino nguyen truong pham zhuang xiong jiang zhou tsai chowdhury "
    "bhattacharya venkataraman krishnamurthy subramanian kuznetsova shevchenko bondarenko "
    "novotny svoboda horvath nagy szabo kovacs oconnor delacroix beauchamp lefebvre fontaine "
    "abernathy whitfield castellanos villalobos echeverria smith johnson garcia miller davis "
    "martinez anderson taylor thomas moore jackson white harris clark lewis walker müller"
).split()
PROVIDERS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "aol.com",
    "proton.me",
    "gmx.de",
    "web.de",
    "orange.fr",
    "btinternet.com",
    "comcast.net",
]
DISPOSABLE = [
    "mailinator.com",
    "guerrillamail.com",
    "yopmail.com",
    "10minutemail.com",
    "sharklasers.com",
    "trashmail.com",
    "temp-mail.org",
]
CATALOG = [
    f"{style}-{color}-{size}"
    for style in ("DRS101", "DRS204", "TOP330", "SKT415", "COT520", "JKT610", "BLZ705", "GWN880")
    for color in ("BLK", "RED", "NVY", "IVR")
    for size in ("XS", "S", "M", "L", "XL")
]


# --- small builders -------------------------------------------------------------------------


def _money(value: float) -> Decimal:
    return Decimal(str(max(value, 1.0))).quantize(CENT)


def _title(word: str) -> str:
    return word[:1].upper() + word[1:]


class _Gen:
    """One generator: all randomness flows from one seeded ``random.Random``."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.serial = 0
        self._shop_blocklist: Blocklist | None = None

    # identity ----------------------------------------------------------------------------

    def uid(self, prefix: str) -> str:
        self.serial += 1
        return f"{prefix}{self.serial}"

    def person(self) -> tuple[str, str]:
        return self.r.choice(FIRST), self.r.choice(LAST)

    def full_name(self, first: str, last: str) -> str:
        return f"{_title(first)} {_title(last)}"

    def handle(self, first: str, last: str) -> str:
        r = self.r
        first = first.replace("é", "e").replace("ø", "o").replace("ü", "u")
        last = last.replace("ü", "u")
        digits = str(r.choice([r.randint(1, 99), r.randint(1960, 2006)]))
        return r.choice(
            [
                f"{first}.{last}",
                f"{first}{last}",
                f"{first[0]}{last}",
                f"{first}_{last}{digits}",
                f"{first}{last}{digits}",
                f"{last}.{first}",
                f"{first}.{last[0]}{digits}",
                f"{first[0]}.{last}{digits}",
            ]
        )

    def email(self, first: str, last: str) -> str:
        handle = self.handle(first, last)
        if self.r.random() < 0.15:
            handle = handle.capitalize()
        return f"{handle}@{self.r.choice(PROVIDERS)}"

    def random_handle(self) -> str:
        r = self.r
        alphabet = string.ascii_lowercase + (string.digits if r.random() < 0.6 else "")
        return "".join(r.choice(alphabet) for _ in range(r.randint(9, 14)))

    def phone(self, country: str, style: int | None = None) -> str:
        r = self.r
        example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
        digits = str(example.national_number)
        for attempt in range(40):
            width = 6 if attempt < 20 else 4  # six random digits keep numbers apart
            tail = "".join(r.choice(string.digits) for _ in range(width))
            number = phonenumbers.parse(f"+{example.country_code}{digits[:-width]}{tail}")
            if phonenumbers.is_valid_number(number):
                break
        else:
            number = example
        fmt = [
            phonenumbers.PhoneNumberFormat.E164,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
        ][r.randrange(3) if style is None else style]
        return phonenumbers.format_number(number, fmt)

    def invalid_phone(self) -> str:
        return self.r.choice(
            ["+1 555 01", "000-000-0000", "+44 20 1234", "12345", "+1 (111) 111-1111"]
        )

    def place(self, country: str, city_index: int | None = None) -> tuple[str, str | None, str]:
        places = PLACES[country]
        city, region, postal = places[
            self.r.randrange(len(places)) if city_index is None else city_index
        ]
        return city, region, postal(self.r)  # type: ignore[operator]

    def address(self, country: str, name: str, phone: str | None, place=None) -> Address:
        r = self.r
        city, region, postal = place or self.place(country)
        kind = r.choice(STREET_KINDS)
        unit = r.choice([None, None, f"Apt {r.randint(1, 40)}", f"#{r.randint(100, 999)}"])
        return Address(
            name=name,
            address1=f"{r.randint(1, 9800)} {r.choice(STREETS)} {kind[r.randrange(2)]}",
            address2=unit,
            city=city,
            region=region,
            postal_code=postal,
            country=country,
            phone=phone,
        )

    def reformat(self, address: Address) -> Address:
        """The same place typed differently: case, abbreviations, ZIP+4, unit style."""
        r = self.r
        line = address.address1 or ""
        for long, short in STREET_KINDS:
            if line.endswith(" " + long):
                line = line[: -len(long)] + short + "."
            elif line.endswith(" " + short):
                line = line[: -len(short)] + long
        postal = address.postal_code
        if address.country == "US" and postal and r.random() < 0.5:
            postal = f"{postal}-{r.randint(1000, 9999)}"
        elif postal:
            postal = postal.lower().replace(" ", "") if r.random() < 0.5 else postal
        unit = address.address2
        if unit and unit.startswith("Apt "):
            unit = "Apartment " + unit[4:]
        elif unit and unit.startswith("#"):
            unit = "Unit " + unit[1:]
        return replace(
            address,
            address1=line.upper() if r.random() < 0.3 else line,
            address2=unit,
            city=(address.city or "").lower() if r.random() < 0.3 else address.city,
            region=(address.region or "").lower() or None if r.random() < 0.3 else address.region,
            postal_code=postal,
        )

    # history -----------------------------------------------------------------------------

    def orders(
        self, count: int, span_days: int, median: float, end_days_ago: int = 20
    ) -> list[PastOrder]:
        r = self.r
        out = []
        for i in range(count):
            days = end_days_ago + (span_days * (i + r.random() * 0.8) / max(count, 1))
            at = BASE_NOW - timedelta(days=days, hours=r.random() * 12)
            total = _money(median * r.lognormvariate(0, 0.35))
            out.append(PastOrder(at, total, self.uid("O")))
        return out

    def returns_on(
        self, orders: list[PastOrder], every: int, skus: list[str] | None = None
    ) -> list[PastReturn]:
        """A return on every ``every``-th order (so any window's rate stays near 1/every)."""
        r = self.r
        out = []
        start = r.randrange(every)
        for i, order in enumerate(orders):
            if (i - start) % every:
                continue
            line_skus = tuple(skus) if skus is not None else (r.choice(CATALOG),)
            out.append(
                PastReturn(
                    order.placed_at + timedelta(days=r.randint(6, 20)),
                    _money(float(order.total) * r.uniform(0.3, 1.0)),
                    line_skus,
                    r.choice(["CLOSED", "CLOSED", "CLOSED", "DECLINED"]),
                    self.uid("R"),
                )
            )
        return out

    def unrelated_blocklist(self) -> Blocklist:
        """The shop's blocklist of other people (one per generated set, as for one shop)."""
        if self._shop_blocklist is None:
            self._shop_blocklist = self._make_blocklist()
        return self._shop_blocklist

    def _make_blocklist(self) -> Blocklist:
        r = self.r
        emails = {f"{self.random_handle()}@{r.choice(PROVIDERS)}" for _ in range(30)}
        phones = {normalize_phone(self.phone(r.choice(HOME_COUNTRIES), 0)) for _ in range(20)}
        addresses = {
            normalize_address(self.address(r.choice(HOME_COUNTRIES), "x", None)) for _ in range(20)
        }
        return Blocklist(
            frozenset(normalize_email(e) for e in emails),  # type: ignore[misc]
            frozenset(p for p in phones if p),
            frozenset(a for a in addresses if a),
        )


# --- a customer and a request ---------------------------------------------------------------


@dataclass
class _Draft:
    """A mutable case under construction; scenarios tweak it, ``build`` freezes it."""

    kind: str
    first: str
    last: str
    email: str
    country: str
    billing: Address
    shipping: Address
    order_phone: str | None
    orders: list[PastOrder]
    returns: list[PastReturn]
    cancellations: list[datetime]
    order_total: Decimal
    amount: Decimal
    placed_at: datetime
    delivered_at: datetime | None
    shipped_at: datetime | None
    requested_at: datetime
    skus: tuple[str, ...]
    linked: LinkedAccounts
    blocklist: Blocklist
    expected: set[str]


def _baseline(draft: _Draft, minimum: int = 3) -> float | None:
    """About the median the amount signal compares with (as the default settings do)."""
    values = (
        [float(r.amount) for r in draft.returns if r.status != "CANCELED"]
        if draft.kind == "RETURN"
        else []
    )
    if len(values) < minimum:
        values = [float(o.total) for o in draft.orders]
    if len(values) < minimum:
        return None
    return _median(values)


def customer(
    g: _Gen,
    *,
    kind: str = "RETURN",
    orders: int | None = None,
    every: int = 5,
    median: float | None = None,
    span_days: int | None = None,
) -> _Draft:
    """A benign customer with a clean, ordinary history and a request about a recent order."""
    r = g.r
    first, last = g.person()
    name = g.full_name(first, last)
    country = r.choice(HOME_COUNTRIES)
    phone = g.phone(country)
    billing = g.address(country, name, phone)
    shipping = g.reformat(billing) if r.random() < 0.4 else billing
    count = r.choice([0, 0, 1, 2, 3, 5, 8, 12, 20]) if orders is None else orders
    median = median if median is not None else r.uniform(35, 160)
    past = g.orders(count, span_days or r.randint(120, 900), median)
    returns = g.returns_on(past, every) if past else []
    placed = BASE_NOW - timedelta(days=r.randint(8, 25), hours=r.randint(0, 20))
    total = _money(median * r.lognormvariate(0, 0.3))
    skus = tuple(r.sample(CATALOG, r.randint(1, 3)))
    delivered = placed + timedelta(days=r.randint(2, 6), hours=r.randint(0, 10))
    draft = _Draft(
        kind=kind,
        first=first,
        last=last,
        email=g.email(first, last),
        country=country,
        billing=billing,
        shipping=shipping,
        order_phone=phone if r.random() < 0.7 else None,
        orders=past,
        returns=returns,
        cancellations=[],
        order_total=total,
        amount=total,
        placed_at=placed,
        delivered_at=delivered,
        shipped_at=placed + timedelta(days=1),
        requested_at=BASE_NOW,
        skus=skus,
        linked=LinkedAccounts(),
        blocklist=g.unrelated_blocklist(),
        expected=set(),
    )
    if kind == "ORDER":
        draft.placed_at = BASE_NOW
        draft.delivered_at = draft.shipped_at = None
        draft.skus = ()
    elif kind == "CANCELLATION":
        draft.placed_at = BASE_NOW - timedelta(hours=r.randint(1, 40))
        draft.delivered_at = draft.shipped_at = None
        draft.skus = ()
    else:
        draft.amount = _money(float(total) * r.uniform(0.35, 1.0))
        if r.random() < 0.1:  # a shop that records no deliveries
            draft.delivered_at = None
        if draft.delivered_at and draft.delivered_at + timedelta(days=1) > BASE_NOW:
            draft.delivered_at = BASE_NOW - timedelta(days=2)
    _cap_amount(draft)
    return draft


def _cap_amount(draft: _Draft, factor: float = 2.5) -> None:
    """Keep a benign amount within ``factor`` times the customer's usual."""
    base = _baseline(draft)
    if base is not None and float(draft.amount) > base * factor:
        draft.amount = _money(base * factor * 0.9)
        draft.order_total = max(draft.order_total, draft.amount)


# Signals whose condition is a plain count or comparison: labelled by ``_counted`` from the final
# facts (with the default thresholds), not by the scenario, so the label is exactly the rule.
COUNTED = frozenset(
    {
        "RETURN_AMOUNT_ANOMALY",
        "SERIAL_RETURNER",
        "HIGH_VALUE_RETURN",
        "EARLY_RETURN",
        "REPEAT_SKU_RETURNS",
        "LINKED_ACCOUNTS",
        "REQUEST_VELOCITY",
    }
)


def _median(values: list[float]) -> float:
    values = sorted(values)
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def _counted(facts: RiskFacts, now: datetime) -> set[str]:
    """The counted conditions, written out plainly (the test oracle for those signals)."""
    req, history, linked = facts.request, facts.history, facts.linked
    kept = [x for x in history.returns if x.status != "CANCELED"]
    out: set[str] = set()
    if req.amount >= 50:
        base = [float(x.amount) for x in kept] if req.kind == "RETURN" else []
        if len(base) < 3:
            base = [float(o.total) for o in history.orders]
        if len(base) >= 3 and float(req.amount) >= 3 * _median(base):
            out.add("RETURN_AMOUNT_ANOMALY")
    since = now - timedelta(days=180)
    orders = sum(o.placed_at >= since for o in history.orders)
    returns = sum(x.created_at >= since for x in kept) + (req.kind == "RETURN")
    if orders >= 5 and returns >= 3 and returns * 100 >= 50 * orders:
        out.add("SERIAL_RETURNER")
    if req.kind == "RETURN" and req.amount >= 500:
        out.add("HIGH_VALUE_RETURN")
    if req.kind == "RETURN":
        if req.delivered_at is not None:
            if req.requested_at - req.delivered_at <= timedelta(hours=6):
                out.add("EARLY_RETURN")
        elif req.shipped_at is not None and req.requested_at - req.shipped_at <= timedelta(
            hours=72
        ):
            out.add("EARLY_RETURN")
        year = now - timedelta(days=365)
        for sku in set(req.skus):
            if sum(sku in x.skus and x.created_at >= year for x in kept) >= 2:
                out.add("REPEAT_SKU_RETURNS")
    if (linked.address_customers >= 2 and linked.address_returns >= 5) or (
        linked.phone_customers >= 2 and linked.phone_returns >= 5
    ):
        out.add("LINKED_ACCOUNTS")
    day = req.requested_at - timedelta(hours=24)
    if req.kind == "ORDER":
        recent = sum(day <= o.placed_at <= req.requested_at for o in history.orders)
    else:
        recent = sum(day <= x.created_at <= req.requested_at for x in history.returns)
        recent += sum(day <= at <= req.requested_at for at in history.cancellations)
    if recent >= 3:
        out.add("REQUEST_VELOCITY")
    return out


def build(g: _Gen, draft: _Draft, scenario: str, fraud: bool) -> Case:
    order_id = g.uid("O")
    subject = order_id if draft.kind == "ORDER" else g.uid("R" if draft.kind == "RETURN" else "C")
    if draft.kind != "ORDER":  # the order a return or cancellation is about is a past order
        draft.orders = [*draft.orders, PastOrder(draft.placed_at, draft.order_total, order_id)]
    order = OrderFacts(
        order_id=order_id,
        placed_at=draft.placed_at,
        total=draft.order_total,
        email=draft.email,
        phone=draft.order_phone,
        billing=draft.billing,
        shipping=draft.shipping,
        browser_ip=f"203.0.113.{g.r.randint(1, 254)}",
    )
    request = RequestFacts(
        kind=draft.kind,  # type: ignore[arg-type]
        amount=draft.amount,
        currency=CURRENCY,
        requested_at=draft.requested_at,
        delivered_at=draft.delivered_at,
        shipped_at=draft.shipped_at,
        skus=draft.skus,
        line_count=len(draft.skus) or 1,
        subject_id=subject,
    )
    history = CustomerHistory(tuple(draft.orders), tuple(draft.returns), tuple(draft.cancellations))
    facts = RiskFacts(request, order, history, draft.linked, draft.blocklist)
    expected = (draft.expected - COUNTED) | _counted(facts, BASE_NOW)
    return Case(facts, BASE_NOW, scenario, fraud, frozenset(expected))


# --- benign scenarios -----------------------------------------------------------------------


def benign_normal(g: _Gen) -> _Draft:
    kind = g.r.choices(["RETURN", "ORDER", "CANCELLATION"], [7, 2, 1])[0]
    return customer(g, kind=kind)


def benign_moved(g: _Gen) -> _Draft:
    """Billing still shows the old address: across town (nothing), another city in the same
    region (a small fact) or another region (a fact)."""
    d = customer(g)
    r = g.r
    places = PLACES[d.country]
    b = d.billing
    same_city = [i for i, p in enumerate(places) if p[0] == b.city]
    same_region = [i for i, p in enumerate(places) if p[1] == b.region and p[0] != b.city]
    other_region = [i for i, p in enumerate(places) if p[1] != b.region]
    how = r.choices(["SAME_CITY", "OTHER_CITY", "OTHER_REGION"], [5, 3, 2])[0]
    pool = {"SAME_CITY": same_city, "OTHER_CITY": same_region, "OTHER_REGION": other_region}[how]
    pool = pool or same_city
    d.shipping = g.address(d.country, b.name or "", b.phone, g.place(d.country, r.choice(pool)))
    if d.shipping.city != b.city or d.shipping.region != b.region:
        d.expected.add("BILLING_SHIPPING_MISMATCH")
    return d


def benign_gift(g: _Gen) -> _Draft:
    """Shipped to a relative or friend: another name (sometimes the same surname), their phone,
    another address — abroad three times in ten."""
    d = customer(g, kind=g.r.choice(["RETURN", "RETURN", "ORDER"]))
    _trait_gift(g, d)
    return d


def _typo(r: random.Random, word: str) -> str:
    if len(word) < 4:
        return word + word[-1]
    i = r.randrange(1, len(word) - 2)
    return r.choice(
        [
            word[:i] + word[i + 1] + word[i] + word[i + 2 :],
            word[:i] + word[i + 1 :],
            word[:i] + word[i] + word[i:],
        ]
    )


def benign_typo(g: _Gen) -> _Draft:
    """The same person, typed differently: a typo, SURNAME, First; an initial; case."""
    d = customer(g)
    r = g.r
    first, last = _title(d.first), _title(d.last)
    variant = r.choice(
        [
            f"{_title(_typo(r, d.first))} {last}",
            f"{first} {_title(_typo(r, d.last))}",
            f"{last.upper()}, {first}",
            f"{first[0]}. {last}" if len(d.first) <= 6 else f"{first} {last}",
            f"{first.lower()} {last.lower()}",
            f"  {first}  {last} ",
        ]
    )
    d.shipping = replace(d.shipping, name=variant)
    return d


def benign_loyal_high_value(g: _Gen) -> _Draft:
    """A long, clean history of expensive orders; returns one expensive item."""
    r = g.r
    d = customer(
        g,
        orders=r.randint(15, 60),
        every=r.randint(8, 15),
        median=r.uniform(350, 900),
        span_days=r.randint(500, 1800),
    )
    d.order_total = _money(r.uniform(600, 1800))
    d.amount = _money(min(float(d.order_total), (_baseline(d) or 600) * 2.2))
    return d


def benign_bracketer(g: _Gen) -> _Draft:
    """Orders several sizes and returns the rest: a high but honest return rate. Two in three
    stay under the serial threshold; one in three is over it (a fact, not fraud)."""
    r = g.r
    d = customer(g, orders=r.randint(6, 16), every=3, span_days=170)
    if r.random() < 1 / 3:
        d.returns = g.returns_on(d.orders, 1)[: max(4, int(len(d.orders) * 0.7))]
    else:
        d.returns = g.returns_on(d.orders, 4)
    d.orders.sort(key=lambda o: o.placed_at)
    _space_out(g, d)
    _cap_amount(d)
    return d


def _space_out(g: _Gen, d: _Draft) -> None:
    """No two past returns within 2 days of each other or of now (velocity stays quiet)."""
    out = []
    last_at = BASE_NOW - timedelta(days=2)
    for ret in sorted(d.returns, key=lambda x: x.created_at, reverse=True):
        at = min(ret.created_at, last_at)
        out.append(replace(ret, created_at=at))
        last_at = at - timedelta(days=2)
    d.returns = out


def benign_quick_return(g: _Gen) -> _Draft:
    """Knew at once it was the wrong size: requested a few hours after delivery (a small fact),
    or the next day (nothing)."""
    r = g.r
    d = customer(g)
    d.delivered_at = BASE_NOW - timedelta(
        hours=r.uniform(0.5, 5.5) if r.random() < 0.6 else r.uniform(8, 30)
    )
    return d


def benign_household(g: _Gen) -> _Draft:
    """Shares the address with one or two family members who return now and then."""
    d = customer(g)
    d.linked = LinkedAccounts(
        address_customers=g.r.randint(1, 2), address_returns=g.r.randint(0, 4)
    )
    return d


def benign_expat(g: _Gen) -> _Draft:
    """Lives here with a phone number from home: a small phone-country fact."""
    d = customer(g)
    home = g.r.choice(
        [
            c
            for c in PLACES
            if c != d.country and not (c in ("US", "CA") and d.country in ("US", "CA"))
        ]
    )
    phone = g.phone(home, 1)
    d.billing = replace(d.billing, phone=phone)
    d.shipping = replace(d.shipping, phone=phone)
    d.order_phone = phone
    d.expected.add("RECIPIENT_MISMATCH")
    return d


def benign_privacy_email(g: _Gen) -> _Draft:
    """Hide-my-email relay addresses are random by design; duck.com aliases are words."""
    d = customer(g)
    r = g.r
    if r.random() < 0.6:
        d.email = f"{g.random_handle()}@privaterelay.appleid.com"
    else:
        words = ["quiet", "harbor", "maple", "sunny", "river", "stone", "velvet", "amber", "cloud"]
        d.email = f"{r.choice(words)}-{r.choice(words)}-{r.choice(words)}@duck.com"
    return d


def benign_size_swap(g: _Gen) -> _Draft:
    """Returned the same SKU once before (wrong size twice): below the repeat threshold."""
    d = customer(g, orders=g.r.randint(4, 12))
    sku = d.skus[0]
    if d.returns:
        d.returns[0] = replace(d.returns[0], skus=(sku,))
    else:
        d.orders.append(PastOrder(BASE_NOW - timedelta(days=60), d.order_total, g.uid("O")))
        d.returns.append(
            PastReturn(BASE_NOW - timedelta(days=50), d.amount, (sku,), "CLOSED", g.uid("R"))
        )
    return d


def benign_two_returns_today(g: _Gen) -> _Draft:
    """Returning two recent orders the same day: below the velocity threshold."""
    d = customer(g, orders=g.r.randint(6, 15), every=6)
    for _ in range(2):
        at = BASE_NOW - timedelta(hours=g.r.uniform(0.2, 20))
        d.returns.append(
            PastReturn(at, _money(50), (g.r.choice(CATALOG),), "REQUESTED", g.uid("R"))
        )
        d.orders.append(PastOrder(at - timedelta(days=12), _money(80), g.uid("O")))
    _cap_amount(d)
    return d


def benign_first_big_order(g: _Gen) -> _Draft:
    """A new customer's first, large order: nothing to compare with, nothing to say."""
    d = customer(g, kind="ORDER", orders=0)
    d.order_total = d.amount = _money(g.r.uniform(400, 2500))
    return d


def benign_splurge(g: _Gen) -> _Draft:
    """A regular small spender returns a much dearer item once: an amount fact, not fraud."""
    r = g.r
    d = customer(g, orders=r.randint(5, 20), median=r.uniform(30, 60), every=6)
    base = _baseline(d) or 40
    d.order_total = d.amount = _money(max(base * r.uniform(4, 7), 60))
    return d


def _trait_gift(g: _Gen, d: _Draft) -> None:
    r = g.r
    first = r.choice([f for f in FIRST if f != d.first])
    last = d.last if r.random() < 0.5 else r.choice(LAST)
    country = d.country if r.random() < 0.7 else r.choice([c for c in PLACES if c != d.country])
    d.shipping = g.address(country, g.full_name(first, last), g.phone(country))
    d.expected.add("RECIPIENT_MISMATCH")
    b, s = d.billing, d.shipping
    if (
        b.country != s.country
        or (b.region and s.region and b.region != s.region)
        or b.city != s.city
    ):
        d.expected.add("BILLING_SHIPPING_MISMATCH")


def _trait_moved(g: _Gen, d: _Draft) -> None:
    others = [i for i, p in enumerate(PLACES[d.country]) if p[0] != d.billing.city]
    if others:
        place = g.place(d.country, g.r.choice(others))
        d.shipping = g.address(d.country, d.shipping.name or "", d.shipping.phone, place)
        d.expected.add("BILLING_SHIPPING_MISMATCH")


def _trait_quick(g: _Gen, d: _Draft) -> None:
    if d.kind == "RETURN":
        d.delivered_at = BASE_NOW - timedelta(hours=g.r.uniform(0.5, 5.5))


def _trait_expat(g: _Gen, d: _Draft) -> None:
    home = g.r.choice([c for c in PLACES if c not in (d.country, d.shipping.country, "US", "CA")])
    phone = g.phone(home, 1)
    d.billing = replace(d.billing, phone=phone)
    d.order_phone = phone
    d.expected.add("RECIPIENT_MISMATCH")


def _trait_dear(g: _Gen, d: _Draft) -> None:
    if d.kind == "RETURN":
        d.order_total = max(d.order_total, _money(g.r.uniform(500, 900)))
        d.amount = _money(g.r.uniform(500, float(d.order_total)))


def _trait_household(g: _Gen, d: _Draft) -> None:
    d.linked = LinkedAccounts(
        address_customers=g.r.randint(1, 2), address_returns=g.r.randint(0, 6)
    )


def _trait_bracketing(g: _Gen, d: _Draft) -> None:
    if len(d.orders) >= 5:
        d.returns = g.returns_on(d.orders, 2)
        _space_out(g, d)


def _trait_relay(g: _Gen, d: _Draft) -> None:
    d.email = f"{g.random_handle()}@privaterelay.appleid.com"


TRAITS = (
    _trait_gift,
    _trait_moved,
    _trait_quick,
    _trait_expat,
    _trait_dear,
    _trait_household,
    _trait_bracketing,
    _trait_relay,
)


def benign_mixed(g: _Gen) -> _Draft:
    """Two innocent traits at once (a gift abroad returned the day it arrived, an expatriate who
    moved, a bracketer with a dear item...): the combinations that make false alarms."""
    r = g.r
    d = customer(g, kind=r.choice(["RETURN", "RETURN", "RETURN", "ORDER"]), orders=r.randint(0, 20))
    for trait in r.sample(TRAITS, 2):
        trait(g, d)
    return d


def benign_lookalike_blocked(g: _Gen) -> _Draft:
    """Someone else with a similar email and a neighbouring address is on the blocklist."""
    d = customer(g)
    local, _, domain = d.email.partition("@")
    neighbour = replace(d.shipping, address1=f"{g.r.randint(1, 9800)} {g.r.choice(STREETS)} Rd")
    d.blocklist = Blocklist(
        frozenset({normalize_email(f"{local}2@{domain}") or ""}),
        frozenset({normalize_phone(g.phone(d.country, 0), d.country) or ""}),
        frozenset({normalize_address(neighbour) or ""}),
    )
    return d


# --- fraud archetypes -----------------------------------------------------------------------


def _fresh(g: _Gen, kind: str) -> _Draft:
    d = customer(g, kind=kind, orders=0)
    d.orders, d.returns = [], []
    return d


def _suspicious_email(
    g: _Gen, d: _Draft, p_disposable: float, p_random: float, p_invalid: float
) -> None:
    r = g.r
    roll = r.random()
    if roll < p_disposable:
        d.email = f"{g.handle(d.first, d.last)}@{r.choice(DISPOSABLE)}"
    elif roll < p_disposable + p_random:
        d.email = f"{g.random_handle()}@{r.choice(PROVIDERS)}"
    elif roll < p_disposable + p_random + p_invalid:
        handle = g.handle(d.first, d.last)
        d.email = r.choice(
            [
                f"{handle}..x@gmail.com",
                f"{handle} x@gmail.com",
                f"{handle}@gmail",
                f"{handle}@@gmail.com",
            ]
        )
    else:
        return
    d.expected.add("SUSPICIOUS_EMAIL")


def fraud_stolen_card(g: _Gen) -> _Draft:
    """A stolen card: shipped somewhere else (usually abroad) to someone else, a throwaway or
    made-up email, a fake phone, several orders in a few hours."""
    r = g.r
    d = _fresh(g, "ORDER")
    d.order_total = d.amount = _money(r.uniform(150, 1500))
    if r.random() < 0.85:
        country = r.choice([c for c in PLACES if c != d.country])
    else:
        country = d.country
    first, last = g.person()
    invalid = r.random() < 0.4
    phone = g.invalid_phone() if invalid else g.phone(country)
    if invalid:
        d.expected.add("RECIPIENT_MISMATCH")
    place = None
    if country == d.country:
        others = [i for i, p in enumerate(PLACES[country]) if p[1] != d.billing.region]
        place = g.place(country, r.choice(others)) if others else None
    name = g.full_name(first, last) if r.random() < 0.9 else d.billing.name or ""
    d.shipping = g.address(country, name, phone, place)
    d.order_phone = phone  # the fraudster's own number, in the shipping country
    if name != d.billing.name or country != d.country:
        d.expected.add("RECIPIENT_MISMATCH")
    if (
        d.shipping.country != d.billing.country
        or d.shipping.region != d.billing.region
        or d.shipping.city != d.billing.city
    ):
        d.expected.add("BILLING_SHIPPING_MISMATCH")
    _suspicious_email(g, d, 0.35, 0.35, 0.05)
    if r.random() < 0.35:
        for _ in range(r.randint(3, 6)):
            d.orders.append(
                PastOrder(
                    BASE_NOW - timedelta(hours=r.uniform(0.1, 20)),
                    _money(r.uniform(100, 900)),
                    g.uid("O"),
                )
            )
    return d


def fraud_wardrober(g: _Gen) -> _Draft:
    """Buys, wears, returns: most orders returned, the same dress again and again, often the day
    it arrived."""
    r = g.r
    d = customer(g, orders=r.randint(6, 18), every=5, span_days=170)
    d.orders.sort(key=lambda o: o.placed_at)
    sku = d.skus[0]
    serial = r.random() < 0.95
    repeat = r.random() < 0.95
    if serial:
        d.returns = g.returns_on(d.orders, 1)[: max(4, int(len(d.orders) * r.uniform(0.65, 0.95)))]
    if repeat:
        times = r.randint(2, 4)
        if len(d.returns) < times:
            d.returns += [
                PastReturn(
                    BASE_NOW - timedelta(days=30 * (i + 1)), d.amount, (sku,), "CLOSED", g.uid("R")
                )
                for i in range(times - len(d.returns))
            ]
        for i in range(times):
            d.returns[i] = replace(d.returns[i], skus=(sku,) + d.returns[i].skus[1:])
    else:
        d.returns = [
            replace(x, skus=(r.choice([c for c in CATALOG if c != sku]),)) for x in d.returns
        ]
    _space_out(g, d)
    if r.random() < 0.4:
        d.delivered_at = BASE_NOW - timedelta(hours=r.uniform(1, 5))
    _cap_amount(d)
    return d


def fraud_ring(g: _Gen) -> _Draft:
    """Several accounts at one address or phone, all returning: a return ring."""
    r = g.r
    d = customer(g, orders=r.randint(4, 10), every=5, span_days=90)
    d.linked = LinkedAccounts(
        address_customers=r.randint(3, 8) if r.random() < 0.75 else r.randint(0, 1),
        address_returns=r.randint(8, 40),
        phone_customers=r.randint(2, 6) if r.random() < 0.5 else 0,
        phone_returns=r.randint(6, 30),
    )
    if d.linked.address_customers < 2 and d.linked.phone_customers < 2:
        d.linked = replace(d.linked, phone_customers=r.randint(2, 6))
    if r.random() < 0.8:
        d.returns = g.returns_on(d.orders, 1)
        _space_out(g, d)
    if r.random() < 0.6:
        for _ in range(r.randint(3, 5)):
            d.returns.append(
                PastReturn(
                    BASE_NOW - timedelta(hours=r.uniform(0.1, 22)),
                    _money(60),
                    (r.choice(CATALOG),),
                    "REQUESTED",
                    g.uid("R"),
                )
            )
    _suspicious_email(g, d, 0.15, 0.25, 0.0)
    _cap_amount(d)
    return d


def fraud_inflated_return(g: _Gen) -> _Draft:
    """A small spender's sudden expensive return, asked for before the parcel even arrived."""
    r = g.r
    d = customer(g, orders=r.randint(3, 12), median=r.uniform(25, 70), every=4)
    base = _baseline(d) or 40
    d.order_total = d.amount = _money(max(r.uniform(550, 2000), base * 8))
    roll = r.random()
    if roll < 0.6:
        d.delivered_at = None
        d.shipped_at = BASE_NOW - timedelta(hours=r.uniform(4, 60))
    elif roll < 0.85:
        d.delivered_at = BASE_NOW - timedelta(hours=r.uniform(0.5, 5))
    if r.random() < 0.2:
        for _ in range(r.randint(3, 4)):
            d.returns.append(
                PastReturn(
                    BASE_NOW - timedelta(hours=r.uniform(0.5, 20)),
                    _money(40),
                    (r.choice(CATALOG),),
                    "REQUESTED",
                    g.uid("R"),
                )
            )
    _suspicious_email(g, d, 0.1, 0.2, 0.0)
    return d


def fraud_takeover(g: _Gen) -> _Draft:
    """A loyal customer's account, taken over: new recipient abroad, a fake phone, a dear item."""
    r = g.r
    d = customer(
        g,
        orders=r.randint(12, 40),
        every=10,
        median=r.uniform(80, 200),
        span_days=r.randint(400, 1500),
    )
    country = r.choice([c for c in PLACES if c != d.country])
    first, last = g.person()
    phone = g.invalid_phone() if r.random() < 0.6 else g.phone(country)
    d.shipping = g.address(country, g.full_name(first, last), phone)
    d.order_phone = phone
    d.expected |= {"BILLING_SHIPPING_MISMATCH", "RECIPIENT_MISMATCH"}
    d.kind = r.choice(["ORDER", "RETURN"])
    d.order_total = d.amount = _money(r.uniform(600, 2000))
    if d.kind == "ORDER":
        d.placed_at, d.delivered_at, d.shipped_at, d.skus = BASE_NOW, None, None, ()
    if r.random() < 0.3:
        d.email = f"{g.random_handle()}@{r.choice(PROVIDERS)}"
        d.expected.add("SUSPICIOUS_EMAIL")
    return d


def fraud_blocklisted(g: _Gen) -> _Draft:
    """A confirmed fraudster back with a variant of a blocked email, phone or address."""
    r = g.r
    d = customer(g, kind=r.choice(["RETURN", "ORDER", "CANCELLATION"]), orders=r.randint(0, 4))
    local, _, domain = d.email.partition("@")
    what = r.choice(["EMAIL", "PHONE", "ADDRESS"])
    extra = g.unrelated_blocklist()
    emails, phones, addresses = set(extra.emails), set(extra.phones), set(extra.addresses)
    if what == "EMAIL":
        d.email = f"{local}@gmail.com"
        emails.add(normalize_email(d.email) or "")
        variant = local.replace(".", "") if "." in local else ".".join(local)
        d.email = r.choice(
            [
                f"{variant.upper()}@gmail.com",
                f"{local}+shop{r.randint(1, 99)}@gmail.com",
                f"{variant}@googlemail.com",
            ]
        )
    elif what == "PHONE":
        phone = g.phone(d.country, 0)
        phones.add(normalize_phone(phone, d.country) or "")
        d.order_phone = phonenumbers.format_number(
            phonenumbers.parse(phone), phonenumbers.PhoneNumberFormat.NATIONAL
        )
        d.billing = replace(d.billing, phone=d.order_phone)
    else:
        addresses.add(normalize_address(d.shipping) or "")
        d.shipping = g.reformat(d.shipping)
    d.blocklist = Blocklist(frozenset(emails), frozenset(phones), frozenset(addresses))
    d.expected.add("BLOCKLISTED")
    return d


def fraud_quiet(g: _Gen) -> _Draft:
    """Fraud that shows one weak trait only: meant to stay below HIGH (the honest misses)."""
    r = g.r
    d = customer(g)
    trait = r.choice(["EARLY", "EMAIL", "REGION"])
    if trait == "EARLY":
        d.delivered_at = BASE_NOW - timedelta(hours=r.uniform(1, 5))
    elif trait == "EMAIL":
        d.email = f"{g.random_handle()}@{r.choice(PROVIDERS)}"
        d.expected.add("SUSPICIOUS_EMAIL")
    else:
        others = [i for i, p in enumerate(PLACES[d.country]) if p[1] and p[1] != d.billing.region]
        if others:
            d.shipping = g.address(
                d.country,
                d.billing.name or "",
                d.billing.phone,
                g.place(d.country, r.choice(others)),
            )
            d.expected.add("BILLING_SHIPPING_MISMATCH")
    return d


# Share of the set per scenario (benign ~80%, fraud ~20%).
SCENARIOS: tuple[tuple[str, bool, float, object], ...] = (
    ("benign:normal", False, 0.24, benign_normal),
    ("benign:moved", False, 0.06, benign_moved),
    ("benign:gift", False, 0.08, benign_gift),
    ("benign:typo", False, 0.05, benign_typo),
    ("benign:loyal_high_value", False, 0.05, benign_loyal_high_value),
    ("benign:bracketer", False, 0.05, benign_bracketer),
    ("benign:quick_return", False, 0.04, benign_quick_return),
    ("benign:household", False, 0.03, benign_household),
    ("benign:expat", False, 0.03, benign_expat),
    ("benign:privacy_email", False, 0.03, benign_privacy_email),
    ("benign:size_swap", False, 0.02, benign_size_swap),
    ("benign:two_returns_today", False, 0.02, benign_two_returns_today),
    ("benign:first_big_order", False, 0.02, benign_first_big_order),
    ("benign:splurge", False, 0.02, benign_splurge),
    ("benign:lookalike_blocked", False, 0.01, benign_lookalike_blocked),
    ("benign:mixed", False, 0.08, benign_mixed),
    ("fraud:stolen_card", True, 0.045, fraud_stolen_card),
    ("fraud:wardrober", True, 0.04, fraud_wardrober),
    ("fraud:ring", True, 0.035, fraud_ring),
    ("fraud:inflated_return", True, 0.035, fraud_inflated_return),
    ("fraud:takeover", True, 0.02, fraud_takeover),
    ("fraud:blocklisted", True, 0.03, fraud_blocklisted),
    ("fraud:quiet", True, 0.01, fraud_quiet),
)


def generate(n: int = 1500, seed: int = SEED) -> list[Case]:
    """``n`` cases (at least one per scenario), in a seeded shuffled order; same seed, same set."""
    g = _Gen(seed)
    cases: list[Case] = []
    total_share = sum(share for _, _, share, _ in SCENARIOS)
    for name, fraud, share, make in SCENARIOS:
        for _ in range(max(1, round(n * share / total_share))):
            cases.append(build(g, make(g), name, fraud))  # type: ignore[operator]
    g.r.shuffle(cases)
    return cases


def heavy_customer(
    orders: int = 200, returns: int = 50, seed: int = 7, noisy: bool = False
) -> RiskFacts:
    """A return request from a customer with a long history, for timing ``assess``. ``noisy``:
    most signals fire (recent returns of the same SKU, a burst of requests, linked accounts, a
    throwaway email, a recipient abroad, a dear item returned right after delivery)."""
    g = _Gen(seed)
    d = customer(g, orders=orders, every=max(1, orders // returns), span_days=900)
    d.returns = d.returns[:returns]
    d.skus = tuple(g.r.sample(CATALOG, 3))
    d.email = "Jonathan.Smythe+shop@googlemail.com"
    d.shipping = replace(d.shipping, name="Jonathon Smythe")
    d.billing = replace(d.billing, name="Jonathan Smythe")
    d.blocklist = g.unrelated_blocklist()
    d.linked = LinkedAccounts(1, 2, 0, 0)
    if noisy:
        d.returns = [
            replace(
                x,
                created_at=BASE_NOW - timedelta(hours=5 + i * 80),
                skus=(d.skus[0],) if i % 10 == 0 else x.skus,
            )
            for i, x in enumerate(d.returns)
        ]
        d.email = "xk7qpz93vbn@mailinator.com"
        d.shipping = g.address("FR", "Kevin Oduya", "+1 555 01")
        d.linked = LinkedAccounts(4, 20, 2, 9)
        d.order_total = d.amount = _money(1500)
        d.delivered_at = BASE_NOW - timedelta(hours=2)
    return build(g, d, "bench", False).facts

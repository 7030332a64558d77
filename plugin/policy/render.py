"""The public policy page, written from the settings, so the text and the enforced rules agree.

``render`` builds a small document (headings, paragraphs, bullet lists) from the policy and writes
it as Markdown or HTML. Every piece of text passes through the format's escaping: merchant-typed
labels, region names and the shop name are data, never markup.

Every sentence comes from a setting the merchant (or a preset) chose: the page says nothing a
setting does not, so a default nobody chose is not printed as a rule (``tests/seeds`` holds each
seed's clauses against the sentences of its preset's page). Rules are stated with their exceptions,
and soft promises ("typically") stay soft.

Every sentence is a template (``%(name)s`` for what the settings fill in) said through ``Words``:
in English as written here, in another language through the caller's catalogue (the engine is pure
and has none), template and phrases alike. The merchant's own words (labels, region names, notes)
go into the sentence as written; a preset's label is translated when the catalogue has it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency

from plugin.policy.model import (
    DayRange,
    Policy,
    RegionShipping,
    ReturnWindow,
    ShippingTerms,
)
from plugin.policy.types import EU_COUNTRIES, expand_countries
from plugin.policy.wording import (
    CONDITION_PHRASES,
    PROOF_OF_PURCHASE,
    REASON_PHRASES,
    join_words,
    money_text,
)


@dataclass(frozen=True, slots=True)
class Contact:
    """The shop's contact details (shop settings, not policy): printed under "Questions"."""

    phone: str | None = None
    address: str | None = None
    hours: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "h1" | "h2" | "p" | "ul"
    text: str = ""
    items: tuple[str, ...] = ()


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Words:
    """The page's language: ``gettext`` gives a template or phrase (its English msgid) in ``lang``;
    money, percentages and country names are written as that language writes them."""

    lang: str = "en"
    gettext: Callable[[str], str] = _same

    def __call__(self, msgid: str, **values: object) -> str:
        """The sentence `msgid` in the page's language, its ``%(name)s`` filled with `values`."""
        return self.gettext(msgid) % values

    def phrase(self, text: str) -> str:
        return self.gettext(text)

    def label(self, text: str) -> str:
        """A merchant's label: a preset's is translated (the catalogue has it, maybe capitalised),
        the merchant's own stays as written."""
        if self.lang == "en":
            return text
        capital = text[:1].upper() + text[1:]
        found = next((f for f in (self.gettext(text), self.gettext(capital)) if f not in (text, capital)), None)
        return found if found is not None else text

    def _inner_label(self, text: str) -> str:
        """A label inside a sentence: a translated one written as that language writes a noun there
        (Spanish lower-case, German as is); the merchant's own exactly as written."""
        found = self.label(text)
        return found[:1].lower() + found[1:] if found != text and self.lang == "es" else found

    def join(self, words: list[str] | tuple[str, ...], conjunction: str = "and") -> str:
        if self.lang == "en":
            return join_words(words, conjunction)
        words = [w for w in words if w]
        if len(words) < 2:
            return words[0] if words else ""
        msgid = "%(items)s or %(last)s" if conjunction == "or" else "%(items)s and %(last)s"
        return self(msgid, items=", ".join(words[:-1]), last=words[-1])

    def labels(self, labels: list[str], lower: bool = True) -> str:
        """Labels joined: "Final sale items and personalized products" (English lowers all but
        the first, as inside a sentence; other languages keep each label as written)."""
        if self.lang == "en":
            joined = join_words([labels[0]] + [l[:1].lower() + l[1:] if lower else l for l in labels[1:]])
            return joined[:1].upper() + joined[1:]
        return self.join([self._inner_label(l) for l in labels])

    def money(self, amount: Decimal, currency: str) -> str:
        return money_text(amount, currency) if self.lang == "en" else format_currency(amount, currency, locale=self.lang)

    def number(self, value: Decimal) -> str:
        text = f"{value.normalize():f}"
        return text if self.lang == "en" else text.replace(".", ",")

    def country(self, code: str) -> str:
        if self.lang == "en":
            name = Locale("en").territories.get(code, code)
            return f"the {name}" if code in _THE else name
        return Locale(self.lang).territories.get(code, code)

    def days(self, count: int, unit: str) -> str:
        """"14 days", "1 business day" (as a duration: "take 5 days", "expires 30 days after")."""
        business = unit == "BUSINESS"
        msgid = ("%(count)s business day" if business else "%(count)s day") + ("" if count == 1 else "s")
        return self(msgid, count=count)

    def within(self, count: int, unit: str) -> str:
        """"within 14 days" (a deadline: "request a return within 14 days of delivery")."""
        business = unit == "BUSINESS"
        msgid = ("within %(count)s business day" if business else "within %(count)s day") + ("" if count == 1 else "s")
        return self(msgid, count=count)

    def span(self, r: DayRange, within: bool) -> str:
        """A range of days: "5–10 business days", or "within 5–10 business days" as a deadline."""
        if r.min_days == 0 or r.min_days == r.max_days:
            return self.within(r.max_days, r.unit) if within else self.days(r.max_days, r.unit)
        business = r.unit == "BUSINESS"
        msgid = "%(min)s–%(max)s business days" if business else "%(min)s–%(max)s days"
        if within:
            msgid = "within " + msgid
        return self(msgid, min=r.min_days, max=r.max_days)


ENGLISH = Words()
_THE = {"US", "GB", "NL", "AE", "PH", "CZ", "DO", "BS", "GM"}


def render(
    policy: Policy, shop_name: str, support_email: str | None = None, fmt: str = "markdown",
    contact: Contact | None = None, *, self_service: bool = False, words: Words = ENGLISH,
) -> str:
    """The policy page as Markdown (``fmt="markdown"``) or an HTML fragment (``fmt="html"``).

    ``self_service``: the page is read inside the shop's returns portal, where returns, damage
    claims and cancellations are made on the page itself, so it never sends the reader to email.
    ``words``: the page's language (English unless the caller's catalogue is given)."""
    blocks = list(_document(policy, shop_name, support_email, contact or Contact(), self_service, words))
    if fmt == "markdown":
        return _markdown(blocks)
    if fmt == "html":
        return _html(blocks)
    raise ValueError("fmt must be 'markdown' or 'html'")


def decline_clause(policy: Policy, reason: str | None, words: Words = ENGLISH) -> str | None:
    """The rule of the page a decline rests on, in the page's own words, for the decline email: the
    period for RETURN_PERIOD_ENDED, the condition list for CONDITION_NOT_MET, the exclusions for
    FINAL_SALE and NOT_ELIGIBLE (and for NOT_ELIGIBLE, in a shop that takes back only faults, that
    rule first); None when the page has no rule for the reason (fraud, other)."""
    w = words
    if reason == "RETURN_PERIOD_ENDED":
        return next(_return_period(policy, w)).text
    if reason == "CONDITION_NOT_MET":
        conditions = policy.requirements.condition
        return w("Items must be returned %(conditions)s.", conditions=_conditions(conditions, w)) if conditions else None
    if reason in ("FINAL_SALE", "NOT_ELIGIBLE"):
        chosen = [e.label for e in policy.exclusions if reason == "NOT_ELIGIBLE" or e.category == "FINAL_SALE"]
        rules = [_only_at_fault(policy, w)] if reason == "NOT_ELIGIBLE" and policy.returns.only_at_fault else []
        if chosen:
            listed = join_words([l[:1].lower() + l[1:] for l in chosen]) if w.lang == "en" else w.labels(chosen)
            rules.append(w("We don't accept returns of: %(labels)s.", labels=listed))
        return " ".join(rules) or None
    return None


# --- output formats -------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _markdown(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        if b.kind == "h1":
            out.append(f"# {_md(b.text)}")
        elif b.kind == "h2":
            out.append(f"## {_md(b.text)}")
        elif b.kind == "p":
            out.append(_md(b.text))
        else:
            out.append("\n".join(f"- {_md(item)}" for item in b.items))
    return "\n\n".join(out) + "\n"


def _html(blocks: list[Block]) -> str:
    out = ['<article class="recourse-policy">']
    for b in blocks:
        if b.kind in ("h1", "h2", "p"):
            out.append(f"<{b.kind}>{html.escape(b.text)}</{b.kind}>")
        else:
            items = "".join(f"<li>{html.escape(item)}</li>" for item in b.items)
            out.append(f"<ul>{items}</ul>")
    out.append("</article>")
    return "\n".join(out) + "\n"


# --- words ----------------------------------------------------------------------------------

_ANCHORS = {
    "DELIVERY": "%(period)s of delivery", "PURCHASE": "%(period)s of purchase", "SHIPMENT": "%(period)s of shipment",
}


def _window(win: ReturnWindow, w: Words) -> str:
    """"within 28 days of delivery"."""
    return w(_ANCHORS[win.starts], period=w.within(win.days, win.unit))


def _money(p: Policy, amount, w: Words) -> str:  # type: ignore[no-untyped-def]
    return w.money(amount, p.currency)


def _fault_words(p: Policy, w: Words) -> str:
    return w.join([w.phrase(REASON_PHRASES[r]) for r in p.fault.reasons], "or")


def _conditions(items, w: Words) -> str:  # type: ignore[no-untyped-def]
    return w.join([w.phrase(CONDITION_PHRASES[i]) for i in items])


def _countries(codes: tuple[str, ...], w: Words) -> str:
    expanded = expand_countries(codes)
    names = []
    if EU_COUNTRIES <= expanded:
        names.append(w.phrase("the EU"))
        expanded = expanded - EU_COUNTRIES
    return w.join(names + sorted(w.country(c) for c in expanded))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_email(w: Words, email: str | None, with_it: str, without: str, **values: object) -> str:
    """The sentence that names the support email, or its variant without one."""
    return w(with_it, email=email, **values) if email else w(without, **values)


# --- the document ---------------------------------------------------------------------------


def _document(
    p: Policy, shop: str, email: str | None, contact: Contact, self_service: bool = False, w: Words = ENGLISH,
) -> Iterator[Block]:
    yield Block("h1", w("%(shop)s Return & Refund Policy", shop=shop))
    yield from _intro(p, shop, w)
    if p.cancellation.stated:
        yield from _cancellation(p, email, self_service, w)
    if p.returns.enabled:
        yield from _returns(p, email, self_service, w)
        yield from _exclusions(p, w)
        yield from _faults(p, email, self_service, w)
        yield from _shipping(p, w)
        yield from _refunds(p, w)
        yield from _exchanges(p, w)
        yield from _keep_item(p, w)
        yield from _eu(p, w)
    yield from _verification(p, email, w)
    yield Block("h2", w("Questions"))
    yield Block("p", _with_email(w, email, "Contact us at %(email)s with any question about returns and refunds.",
                                 "Contact us with any question about returns and refunds."))
    details = [
        text for text in (
            w("Phone: %(phone)s", phone=contact.phone) if contact.phone else None,
            w("Address: %(address)s", address=contact.address) if contact.address else None,
            w("Opening hours: %(hours)s", hours=contact.hours) if contact.hours else None,
        ) if text
    ]
    if details:
        yield Block("ul", items=tuple(details))


def _verification(p: Policy, email: str | None, w: Words) -> Iterator[Block]:
    v = p.verification
    if not (v.contact_by_email and v.conditions):
        return
    yield Block("h2", w("Abnormal orders"))
    yield Block("p", _with_email(
        w, email,
        "To keep your order transaction safe, in the situations below we contact you by email at %(email)s "
        "to confirm the abnormality of the order before going on, and attach our return policy. The "
        "specific solution is subject to the content of that email.",
        "To keep your order transaction safe, in the situations below we contact you by email "
        "to confirm the abnormality of the order before going on, and attach our return policy. The "
        "specific solution is subject to the content of that email.",
    ))
    # The situations are the merchant's own sentences (a preset's are in the catalogue).
    yield Block("ul", items=tuple(w.label(_sentence(c.strip().rstrip(".")) + ".") for c in v.conditions))


def _keep_item(p: Policy, w: Words) -> Iterator[Block]:
    k = p.keep_item
    if not (k.enabled and k.stated and (k.max_item_value is not None or k.reasons)):
        return
    reasons = w.join([w.phrase(REASON_PHRASES.get(r, r.lower())) for r in k.reasons], "or")
    if k.max_item_value is not None and k.reasons:
        text = w("For items worth %(amount)s or less and for items returned because they are %(reasons)s, we may "
                 "refund you without asking for the item back: your request tells you at once, and you need not "
                 "send anything.", amount=_money(p, k.max_item_value, w), reasons=reasons)
    elif k.max_item_value is not None:
        text = w("For items worth %(amount)s or less, we may refund you without asking for the item back: your "
                 "request tells you at once, and you need not send anything.", amount=_money(p, k.max_item_value, w))
    else:
        text = w("For items returned because they are %(reasons)s, we may refund you without asking for the item "
                 "back: your request tells you at once, and you need not send anything.", reasons=reasons)
    yield Block("h2", w("Keeping the item"))
    yield Block("p", text)


def _intro(p: Policy, shop: str, w: Words) -> Iterator[Block]:
    if not p.returns.enabled:
        yield Block("p", w("%(shop)s does not accept returns.", shop=shop))
        return
    if p.returns.only_at_fault:
        yield Block("p", w("%(shop)s accepts returns only of items that are %(faults)s, %(window)s.",
                           shop=shop, faults=_fault_words(p, w), window=_window(p.return_window(), w)))
        return
    msgid = ("%(shop)s accepts returns %(window)s (for most items)." if p.returns.most_items_only
             else "%(shop)s accepts returns %(window)s.")
    yield Block("p", w(msgid, shop=shop, window=_window(p.returns.window, w)))


def _cancellation(p: Policy, email: str | None, self_service: bool, w: Words) -> Iterator[Block]:
    c = p.cancellation
    yield Block("h2", w("Cancellations"))
    if not c.enabled:
        yield Block("p", w("Orders can't be cancelled online.") + " " + _with_email(
            w, email, "Contact customer service at %(email)s about an order you no longer want.",
            "Contact customer service about an order you no longer want."))
        return
    hours = c.window_hours
    if hours and c.until_shipped:
        when = w("within %(hours)s hours of purchase, as long as it has not shipped yet", hours=hours)
    elif hours:
        when = w("within %(hours)s hours of purchase", hours=hours)
    elif c.until_shipped:
        when = w("as long as it has not shipped yet")
    else:
        when = w("at any time, even after it has shipped")
    if c.refund_percent == 100:
        text = w("You can cancel an order %(when)s, for a full refund.", when=when)
    else:
        text = w("You can cancel an order %(when)s, for a refund of %(percent)s%% of the amount paid.",
                 when=when, percent=w.number(c.refund_percent))
    yield Block("p", text)
    if self_service:
        yield Block("p", w("To cancel, find your order on this page and choose Cancel order."))
    elif c.request_via == "EMAIL":
        yield Block("p", _with_email(w, email, "To cancel, email us at %(email)s with your order number.",
                                     "To cancel, email us with your order number."))
    if c.refund_time is not None:
        yield Block("p", w("The cancellation refund is made %(within)s.", within=w.span(c.refund_time, within=True)))
    if hours or c.until_shipped:
        if hours and not c.until_shipped:
            text = w("After %(hours)s hours, the order is already on its way and can no longer be cancelled: wait "
                     "for it to arrive, then return it under this policy.", hours=hours)
        else:
            text = w("Once your order has shipped, the order is already on its way and can no longer be cancelled: "
                     "wait for it to arrive, then return it under this policy.")
        yield Block("p", text)
    blocked = [e.label for e in p.exclusions if e.not_cancellable]
    if blocked:
        yield Block("p", w("%(labels)s can't be cancelled; the other items of an order can still be cancelled on "
                           "their own.", labels=w.labels(blocked)))


def _estimate_sentence(p: Policy, w: Words) -> str:
    d = p.delivery
    if not d.regions:
        return w("If the carrier reports no delivery date, the period counts from the estimated delivery: the "
                 "shipping date plus %(days)s.", days=w.days(d.transit_days, "CALENDAR"))
    regions = "; ".join(
        w("%(days)s to %(countries)s", days=w.days(r.days, "CALENDAR"),
          # English lists the codes the merchant typed; a translation names the countries.
          countries=w.join(list(r.countries) if w.lang == "en" else [w.country(c) for c in r.countries]))
        for r in d.regions
    )
    return w("If the carrier reports no delivery date, the period counts from the estimated delivery: the "
             "shipping date plus the transit time (%(regions)s; %(days)s elsewhere).",
             regions=regions, days=w.days(d.transit_days, "CALENDAR"))


def _returns(p: Policy, email: str | None, self_service: bool, w: Words) -> Iterator[Block]:
    yield Block("h2", w("Returns"))
    if p.returns.only_at_fault:
        yield Block("p", _only_at_fault(p, w))
    yield from _return_period(p, w)
    yield from _channels(p, w)
    yield Block("p", _how_to_request(p, email, self_service, w))
    if p.returns.request_required_before_shipping:
        yield Block("p", w("We don't accept returned items sent back without an approved return request."))
    yield from _return_conditions(p, w)
    yield from _inspection(p, w)


def _only_at_fault(p: Policy, w: Words) -> str:
    return w("We accept returns only of items that are %(faults)s: we can't take back an item returned for any other "
             "reason, such as a change of mind.", faults=_fault_words(p, w))


_PERIOD_ENDS = {
    "DELIVERY": "The period ends at midnight (our time) at the end of its last day; the day of delivery doesn't count.",
    "PURCHASE": "The period ends at midnight (our time) at the end of its last day; the day of purchase doesn't count.",
    "SHIPMENT": "The period ends at midnight (our time) at the end of its last day; the day of shipment doesn't count.",
}


def _return_period(p: Policy, w: Words = ENGLISH) -> Iterator[Block]:
    """How long, and from which day the period counts (with the fallbacks for a missing date)."""
    r, window = p.returns, p.return_window()
    msgid = ("You can request a return %(window)s (for most items)." if r.most_items_only
             else "You can request a return %(window)s.")
    yield Block("p", w(msgid, window=_window(window, w)))
    notes = [w(_PERIOD_ENDS[window.starts])]
    from_delivery = window.starts == "DELIVERY"
    if from_delivery and window.transit_buffer_days is not None:
        notes.append(w("If we have no delivery date for your order, the period counts from the shipping date plus "
                       "%(days)s.", days=w.days(window.transit_buffer_days, "CALENDAR")))
    elif from_delivery and p.delivery.estimate_untracked:
        notes.append(_estimate_sentence(p, w))
    if from_delivery and p.delivery.customer_confirms_receipt:
        notes.append(w(
            "You can confirm on your order page that your parcel arrived; the period then counts "
            "from that day, or from the estimated delivery if that was earlier."
        ))
    yield Block("p", " ".join(notes))


_CHANNELS = {"web": "our website", "online_store": "our website", "pos": "our stores"}


def _channels(p: Policy, w: Words) -> Iterator[Block]:
    allowed = p.sales_channels.allowed
    if not allowed:
        return
    # A channel of the merchant's own ("marketplace") is named as written.
    where = w.join([w.phrase(n) if n in _CHANNELS.values() else n
                    for n in sorted({_CHANNELS.get(ch, ch) for ch in allowed})], "or")
    text = w("Only items purchased directly on %(channels)s can be returned.", channels=where)
    if p.sales_channels.elsewhere_note:
        text += " " + w.label(f"{_sentence(p.sales_channels.elsewhere_note.rstrip('.'))}.")
    yield Block("p", text)


def _how_to_request(p: Policy, email: str | None, self_service: bool, w: Words) -> str:
    r, reason_required = p.returns, p.requirements.reason_required
    if self_service:
        said = [w("To start a return, find your order on this page and choose the items and the reason for the return."
                  if reason_required else "To start a return, find your order on this page and choose the items.")]
        if not r.auto_approve:
            said.append(w("We email you step-by-step return instructions once your request is approved."))
    elif r.request_via == "EMAIL":
        if reason_required:
            said = [_with_email(
                w, email,
                "To start a return, email us at %(email)s with your order number and a brief description of the "
                "reason for the return.",
                "To start a return, email us with your order number and a brief description of the reason for the "
                "return.")]
        else:
            said = [_with_email(w, email, "To start a return, email us at %(email)s with your order number.",
                                "To start a return, email us with your order number.")]
        said.append(w("We reply with step-by-step return instructions."))
    else:
        said = [w("Request your return through our website, saying why you are returning the item."
                  if reason_required else "Request your return through our website.")]
    if r.auto_approve:
        said.append(w("Eligible requests are approved at once, with the return instructions."))
    return " ".join(said)


def _return_conditions(p: Policy, w: Words) -> Iterator[Block]:
    req = p.requirements
    conditions = []
    if req.condition:
        conditions.append(w("Items must be returned %(conditions)s.", conditions=_conditions(req.condition, w)))
    if req.proof_of_purchase:
        conditions.append(w("Include %(proof)s with your return.", proof=w.phrase(PROOF_OF_PURCHASE)))
    if req.photos_min:
        msgid = ("Attach at least %(count)s photo to your return request." if req.photos_min == 1
                 else "Attach at least %(count)s photos to your return request.")
        conditions.append(w(msgid, count=req.photos_min))
    if conditions:
        yield Block("ul", items=tuple(conditions))


def _inspection(p: Policy, w: Words) -> Iterator[Block]:
    refund, req = p.refund, p.requirements
    if not refund.inspection:
        return
    if refund.response_business_days is not None:
        said = [w("When we receive your return, we inspect it and decide whether to accept it; you get our answer "
                  "%(within)s of our receiving it.", within=w.within(refund.response_business_days, "BUSINESS"))]
    else:
        said = [w("When we receive your return, we inspect it and decide whether to accept it.")]
    if req.condition or req.proof_of_purchase:
        said.append(w("A return that doesn't meet these conditions may be rejected."))
    yield Block("p", " ".join(said))


def _exclusions(p: Policy, w: Words) -> Iterator[Block]:
    items = [_sentence(w.label(e.label)) for e in p.exclusions]
    rules = []
    for rule in p.product_rules:
        label = w.label(_sentence(rule.label))
        if rule.window is not None and rule.exchange_only:
            rules.append(w("%(label)s can be returned %(window)s and can be exchanged but not refunded.",
                           label=label, window=_window(rule.window, w)))
        elif rule.window is not None:
            rules.append(w("%(label)s can be returned %(window)s.", label=label, window=_window(rule.window, w)))
        else:
            rules.append(w("%(label)s can be exchanged but not refunded.", label=label))
    if not (items or p.sets.return_whole_only or rules):
        return
    yield Block("h2", w("Items that can't be returned"))
    if items:
        yield Block("p", w("We don't accept returns of:"))
        yield Block("ul", items=tuple(items))
        overridable = [e.label for e in p.exclusions if e.fault_override]
        if p.fault.overrides_exclusions and overridable:
            yield Block("p", w("%(labels)s are non-refundable unless they arrive %(faults)s (see below).",
                               labels=w.labels(overridable), faults=_fault_words(p, w)))
    if p.sets.return_whole_only:
        yield Block("p", w("Sets can't be returned separately: return the whole set together."))
    if rules:
        yield Block("ul", items=tuple(rules))


def _faults(p: Policy, email: str | None, self_service: bool, w: Words) -> Iterator[Block]:
    f = p.fault
    if not f.reasons:
        return
    yield Block("h2", w("Damaged, defective or wrong items"))
    yield Block("p", _fault_contact(p, email, self_service, w))
    yield Block("p", _fault_promise(p, w))
    if f.overrides_exclusions:
        kept = [e.label for e in p.exclusions if not e.fault_override]
        if kept:
            listed = join_words(kept) if w.lang == "en" else w.labels(kept)
            yield Block("p", w("This applies even to items that otherwise can't be returned, except %(labels)s.",
                               labels=listed))
        else:
            yield Block("p", w("This applies even to items that otherwise can't be returned."))
    if f.waive_condition:
        yield Block("p", w("The condition requirements for returns don't apply to the damage you report."))


def _fault_contact(p: Policy, email: str | None, self_service: bool, w: Words) -> str:
    """Whom to tell, within which window, with which photos."""
    f = p.fault
    window = _window(f.window or p.returns.window, w)
    about = w.join([w.phrase({"ISSUE": "the issue", "PACKAGING": "the packaging"}[s]) for s in f.photos_of])
    if f.photos_min:
        if about:
            msgid = ("and include at least %(count)s photo showing %(about)s" if f.photos_min == 1
                     else "and include at least %(count)s photos showing %(about)s")
        else:
            msgid = ("and include at least %(count)s photo" if f.photos_min == 1
                     else "and include at least %(count)s photos")
        photos = " " + w(msgid, count=f.photos_min, about=about)
    elif f.photos_requested:
        photos = " " + (w("and, if possible, include photos showing %(about)s", about=about) if about
                        else w("and, if possible, include photos"))
    else:
        photos = ""
    faults = _fault_words(p, w)
    if self_service:
        return w("If an item you receive is %(faults)s, request a return on this page, giving that reason, "
                 "%(window)s%(photos)s.", faults=faults, window=window, photos=photos)
    return _with_email(
        w, email, "If an item you receive is %(faults)s, contact us at %(email)s %(window)s%(photos)s.",
        "If an item you receive is %(faults)s, contact us %(window)s%(photos)s.",
        faults=faults, window=window, photos=photos,
    )


_REMEDIES = {"REPLACEMENT": "a replacement (if available)", "REFUND": "a refund", "EXCHANGE": "an exchange"}


def _fault_promise(p: Policy, w: Words) -> str:
    """What the customer gets once the fault is confirmed, and what stays excluded."""
    f = p.fault
    full = f.full_refund and "REFUND" in f.remedies
    offered = w.join([
        w.phrase("a full refund, including shipping costs,") if full and r == "REFUND" else w.phrase(_REMEDIES[r])
        for r in f.remedies
    ], "or")
    if p.exclusions and not f.overrides_exclusions:
        # The exception belongs with the promise: excluded items stay excluded even when faulty.
        labels = [e.label for e in p.exclusions]
        kept = join_words([l[:1].lower() + l[1:] for l in labels]) if w.lang == "en" else w.labels(labels)
        msgid = ("Once we confirm the issue, we offer %(remedies)s at no extra cost, except for items that can't be "
                 "returned (%(labels)s), which stay non-returnable." if f.full_refund else
                 "Once we confirm the issue, we offer %(remedies)s, except for items that can't be returned "
                 "(%(labels)s), which stay non-returnable.")
        return w(msgid, remedies=offered, labels=kept)
    msgid = ("Once we confirm the issue, we offer %(remedies)s at no extra cost." if f.full_refund
             else "Once we confirm the issue, we offer %(remedies)s.")
    return w(msgid, remedies=offered)


_PAYS = {
    "NO": "%(situation)s, we pay the return shipping.",
    "ON_RECEIPT": "%(situation)s, we pay the return shipping (we reimburse your postage once we receive the return).",
    "AFTER_INSPECTION": "%(situation)s, we pay the return shipping (we reimburse your postage after inspecting the return).",
}


def _terms_text(t: ShippingTerms, p: Policy, situation: str, w: Words, label: bool = False) -> str:
    """Who pays in one situation ("For every return", "If an item is damaged, ..."): the
    situation is said first, then the terms, one clause each."""
    if t.payer == "MERCHANT":
        if label and t.postage_reimbursed == "NO":
            return w("%(situation)s, return shipping is free with our prepaid return label.", situation=situation)
        return w(_PAYS[t.postage_reimbursed], situation=situation)
    clauses = [w("%(situation)s, you are responsible for paying the return shipping fee", situation=situation)]
    if t.label_fee is not None:
        clauses.append(w("or you can use our return label, and %(fee)s shipping fee will be deducted from your refund",
                         fee=_money(p, t.label_fee, w)))
    if t.credit is not None:
        clauses.append(w("we pay you %(credit)s toward it, returned with your refund", credit=_money(p, t.credit, w)))
    if t.postage_reimbursed == "AFTER_INSPECTION":
        clauses.append(w("it is reimbursed with the refund if our evaluation confirms the fault"))
    elif t.postage_reimbursed == "ON_RECEIPT":
        clauses.append(w("it is reimbursed once we receive the return"))
    return "; ".join(clauses) + "."


def _region_lines(region: RegionShipping, p: Policy, w: Words) -> list[str]:
    """The region's terms, each rule with its exception in the same sentence, so no two lines of
    the page read as a contradiction."""
    first_n = p.shipping.first_returns
    first = (
        w("On your 1st return package from an order") if first_n == 1
        else w("On your first %(count)s return packages from an order", count=first_n)
    )
    later = w("If you have already returned items from an order and return more")
    faults = _fault_words(p, w)
    fault = w("If an item is %(faults)s, or otherwise our responsibility", faults=faults)
    every = w("For every return")
    label = bool(expand_countries(region.countries) & expand_countries(p.shipping.label_countries))
    if region.later_returns is None and region.merchant_at_fault is None:
        return [_terms_text(region.first_return, p, every, w, label)]
    if region.later_returns is None:
        first = every
    exception = region.merchant_at_fault is not None and region.merchant_at_fault != region.first_return
    if exception:
        first = w("%(situation)s, except for items that are %(faults)s (below)", situation=first, faults=faults)
    lines = [_terms_text(region.first_return, p, first, w, label)]
    if region.later_returns is not None:
        if region.merchant_at_fault is not None and region.merchant_at_fault != region.later_returns:
            later = w("%(situation)s, except for items that are %(faults)s (below)", situation=later, faults=faults)
        lines.append(_terms_text(region.later_returns, p, later, w, label))
    if region.merchant_at_fault is not None:
        lines.append(_terms_text(region.merchant_at_fault, p, fault, w, label))
    return lines


def _shipping(p: Policy, w: Words) -> Iterator[Block]:
    s = p.shipping
    yield Block("h2", w("Return shipping"))
    if s.label_countries:
        yield Block("p", w(
            "You can return your package with our prepaid return label (shipping addresses in %(countries)s only) "
            "or ship it on your own.", countries=_countries(s.label_countries, w)))
    for region in s.regions:
        if not (region.rest_of_world and len(s.regions) == 1):
            where = (w("Everywhere else:") if region.rest_of_world
                     else w("If you're shopping in %(region)s:", region=w.label(region.name)))
            yield Block("p", where)
        yield Block("ul", items=tuple(_region_lines(region, p, w)))
    if not any(r.rest_of_world for r in s.regions):
        prefix = w("For other destinations") if s.regions else w("For every return")
        yield Block("p", _terms_text(s.default, p, prefix, w))
    if s.product_page_free_returns:
        yield Block("p", w(
            "Return shipping costs always correspond to the customer unless otherwise specified on the product page."
            if _customer_pays_all(p) else "Items whose product page says returns are free are returned at our cost."))
    tips = _shipping_tips(p.instructions, w)
    if tips:
        yield Block("ul", items=tuple(tips))


def _shipping_tips(i, w: Words) -> list[str]:  # type: ignore[no-untyped-def]
    """How to send the parcel: the instructions' advice, as the page's list."""
    tips = []
    if i.ship_within_days:
        tips.append(w("Ship the item %(within)s of receiving our return instructions.",
                      within=w.within(i.ship_within_days, "CALENDAR")))
    if i.pack_securely:
        tips.append(w("Pack the item securely, using the original packaging."))
    if i.tracked_shipping_recommended or i.insured_shipping_recommended:
        kinds = w.join(
            ([w.phrase("traceable")] if i.tracked_shipping_recommended else [])
            + ([w.phrase("insured")] if i.insured_shipping_recommended else [])
        )
        if i.carrier_examples:
            tips.append(w("We strongly recommend a %(kinds)s shipping method (such as %(carriers)s) and keeping the "
                          "tracking number until the return reaches us.",
                          kinds=kinds, carriers=w.join(list(i.carrier_examples), "or")))
        else:
            tips.append(w("We strongly recommend a %(kinds)s shipping method and keeping the tracking number until "
                          "the return reaches us.", kinds=kinds))
    # Where the address is given on request (instructions.address_on_request), the page says so, as
    # the instructions do: never "use the address in our instructions" when those say to ask for it.
    ask = w("Email us for the return address, then send the parcel there.")
    if i.use_address_from_instructions:
        tips.append(w("Don't send your return to the address on your package: that is not our return address.")
                    + " " + (ask if i.address_on_request else w("Use the address in our return instructions.")))
    elif i.address_on_request:
        tips.append(ask)
    return tips


def _customer_pays_all(p: Policy) -> bool:
    terms = [p.shipping.default]
    for r in p.shipping.regions:
        terms += [r.first_return, r.later_returns or r.first_return, r.merchant_at_fault or r.first_return]
    return all(t.payer == "CUSTOMER" for t in terms)


_METHODS = {
    "ORIGINAL_PAYMENT": "Refunds are issued to your original payment method.",
    "STORE_CREDIT": "Refunds are issued as store credit.",
    "CUSTOMER_CHOICE": "Refunds are issued to your original payment method or as store credit, as you choose.",
}
_ORIGINAL_SHIPPING = {
    "NEVER": "The original shipping fee, if any, is non-refundable.",
    "MERCHANT_AT_FAULT": "Original shipping charges are non-refundable unless the item is %(faults)s.",
    "ALWAYS": "Original shipping charges are refunded in proportion to the items returned.",
}


def _refunds(p: Policy, w: Words) -> Iterator[Block]:
    r = p.refund
    f = p.fees
    yield Block("h2", w("Refunds"))
    items = [w(_METHODS[r.method])]
    if r.processing is not None:
        within = w.span(r.processing, within=True)
        text = (w("Refunds are processed %(within)s after we receive your return and approve it.", within=within)
                if r.inspection else w("Refunds are processed %(within)s after we receive your return.", within=within))
        if r.additional_delay is not None:
            text += " " + w("Transport or bank delays may add another %(days)s.", days=w.span(r.additional_delay, within=False))
        items.append(text)
    if r.typical_arrival is not None:
        items.append(w("Refunds typically take %(days)s to reach you, depending on your bank or payment processor.",
                       days=w.span(r.typical_arrival, within=False)))
    if r.confirmation_email:
        items.append(w("We send you an email confirmation when the refund has been issued."))
    items.append(w(_ORIGINAL_SHIPPING[r.original_shipping], faults=_fault_words(p, w)))
    if not r.taxes_refunded:
        items.append(w("Taxes paid are not refunded."))
    if f.flat_fee:
        items.append(w("A return fee of %(amount)s is deducted from each refund.", amount=_money(p, f.flat_fee, w)))
    if f.restocking_percent:
        items.append(w("A restocking fee of %(percent)s%% of the returned items' value is deducted.",
                       percent=w.number(f.restocking_percent)))
    if f.free_shipping_deduction:
        items.append(w("If your order qualified for free shipping, we deduct a flat fee of %(amount)s from your refund "
                       "to cover the original shipping cost (once per order).",
                       amount=_money(p, f.free_shipping_deduction, w)))
    label_fees = any(
        t is not None and t.label_fee is not None
        for r in p.shipping.regions
        for t in (r.first_return, r.later_returns, r.merchant_at_fault)
    )
    if f.waived_when_merchant_at_fault and (
        f.flat_fee or f.restocking_percent or f.free_shipping_deduction or label_fees
    ):
        items.append(w("When an item is our responsibility, no fee or deduction applies."))
    if f.merchant_fees_returned:
        items.append(w("Any other fee of our responsibility is returned with the refund."))
    yield Block("ul", items=tuple(items))


_AVAILABLE = {
    ("ALWAYS", "An exchange"): "An exchange is available for any return.",
    ("MERCHANT_AT_FAULT", "An exchange"): "An exchange is available when an item is %(faults)s.",
    ("ALWAYS", "A replacement"): "A replacement is available for any return.",
    ("MERCHANT_AT_FAULT", "A replacement"): "A replacement is available when an item is %(faults)s.",
    ("ALWAYS", "Store credit"): "Store credit is available for any return.",
    ("MERCHANT_AT_FAULT", "Store credit"): "Store credit is available when an item is %(faults)s.",
}


def _availability(value: str, thing: str, p: Policy, w: Words) -> str | None:
    msgid = _AVAILABLE.get((value, thing))
    return w(msgid, faults=_fault_words(p, w)) if msgid else None


def _exchanges(p: Policy, w: Words) -> Iterator[Block]:
    res = p.resolutions
    yield Block("h2", w("Exchanges"))
    lines = []
    exchange = _availability(res.exchange, "An exchange", p, w)
    if exchange:
        lines.append(exchange)
    else:
        lines.append(w("We currently do not offer direct exchanges."))
        if res.reorder_hint:
            lines.append(w("To exchange a product, first return the original item, then place a new order for the one "
                           "you want."))
    for value, thing in ((res.replacement, "A replacement"), (res.store_credit, "Store credit")):
        text = _availability(value, thing, p, w)
        if text:
            lines.append(text)
    yield Block("p", " ".join(lines))
    # The terms one sentence an item.
    terms = _exchange_terms(p, w) if exchange else []
    if res.store_credit != "NEVER" or p.refund.method in ("STORE_CREDIT", "CUSTOMER_CHOICE"):
        terms += _store_credit_terms(p, w)
    terms += _by_reason(p, w)
    if terms:
        yield Block("ul", items=tuple(terms))


_RESOLUTION_WORDS = {"REFUND": "a refund", "EXCHANGE": "an exchange", "STORE_CREDIT": "store credit",
                     "REPLACEMENT": "a replacement"}
# The options a merchant names most ("size", "color"), translated; any other stays as written.
_OPTIONS = ("size", "color", "colour", "option")


def _exchange_terms(p: Policy, w: Words) -> list[str]:
    """resolutions.exchange_terms, when exchanges are offered: what for, the price, the stock."""
    t = p.resolutions.exchange_terms
    out = []
    if t.scope == "SAME_PRODUCT":
        changeable = list(dict.fromkeys(o.lower() for o in t.changeable_options))
        if "colour" in changeable and "color" in changeable:
            changeable.remove("colour")
        what = w.join([w.phrase(o) if o in _OPTIONS else o for o in changeable] or [w.phrase("option")], "or")
        out.append(w("You can exchange an item for another %(options)s of the same product.", options=what))
    else:
        out.append(w("You can exchange an item for any other product of ours."))
    if t.higher_price == "CUSTOMER_PAYS":
        out.append(w("If the new item costs more, you pay the difference by an invoice we send you."))
    else:
        out.append(w("The new item can't cost more than the one you return."))
    if t.lower_price == "REFUND_REST":
        out.append(w("If it costs less, we refund the difference."))
    else:
        out.append(w("The new item can't cost less than the one you return."))
    out.append(w("We offer only items in stock; if your choice sells out before we ship it, we refund it instead."
                 if t.out_of_stock == "REFUND" else
                 "We offer only items in stock; if your choice sells out before we ship it, you get store credit for "
                 "it instead."))
    if t.instant_up_to is not None:
        out.append(w("For exchanges worth up to %(amount)s, we may ship the new item before your return reaches us; "
                     "if the returned item never arrives, we invoice you for it.", amount=_money(p, t.instant_up_to, w)))
    return out


def _store_credit_terms(p: Policy, w: Words) -> list[str]:
    t = p.resolutions.store_credit_terms
    out = []
    if t.bonus_percent or t.bonus_flat:
        parts = []
        if t.bonus_percent:
            parts.append(w("%(percent)s%% of the credited value", percent=w.number(t.bonus_percent)))
        if t.bonus_flat:
            parts.append(_money(p, t.bonus_flat, w))
        bonus = parts[0] if len(parts) == 1 else w("%(percent)s plus %(amount)s", percent=parts[0], amount=parts[1])
        if t.bonus_cap is not None:
            out.append(w("When you choose store credit, we add a bonus of %(bonus)s, up to %(cap)s.",
                         bonus=bonus, cap=_money(p, t.bonus_cap, w)))
        else:
            out.append(w("When you choose store credit, we add a bonus of %(bonus)s.", bonus=bonus))
    if t.expires_after_days:
        out.append(w("Store credit expires %(days)s after it is issued.", days=w.days(t.expires_after_days, "CALENDAR")))
    out.append(w("Store credit can't be exchanged for cash."))
    return out


def _by_reason(p: Policy, w: Words) -> list[str]:
    out = []
    for rule in p.resolutions.by_reason:
        # English names the reasons by their codes ("size too small"); a translation says them as the
        # page's other sentences do ("too small").
        reasons = (join_words([r.replace("_", " ").lower() for r in rule.reasons], "or") if w.lang == "en"
                   else w.join([w.phrase(REASON_PHRASES[r]) for r in rule.reasons], "or"))
        allowed = w.join([w.phrase(_RESOLUTION_WORDS[r]) for r in rule.allowed], "or")
        out.append(w("For a return because of %(reasons)s, you can choose %(allowed)s.", reasons=reasons, allowed=allowed))
    return out


def _eu(p: Policy, w: Words) -> Iterator[Block]:
    eu = p.eu
    if not eu.enabled:
        return
    yield Block("h2", w("Right of withdrawal (EU)"))
    text = w("If your shipping address is in %(countries)s, you may withdraw from your purchase %(within)s of delivery "
             "without giving a reason.", countries=_countries(eu.countries, w),
             within=w.within(eu.withdrawal_days, "CALENDAR"))
    if eu.refund_original_shipping:
        text += " " + w("We refund the standard delivery cost you paid.")
    yield Block("p", text)

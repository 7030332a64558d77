"""The public policy page, written from the settings, so the text and the enforced rules agree.

``render`` builds a small document (headings, paragraphs, bullet lists) from the policy and writes
it as Markdown or HTML. Every piece of text passes through the format's escaping: merchant-typed
labels, region names and the shop name are data, never markup.

Every sentence comes from a setting the merchant (or a preset) chose: the page says nothing a
setting does not, so a default nobody chose is not printed as a rule (``tests/seeds`` holds each
seed's clauses against the sentences of its preset's page). Rules are stated with their exceptions,
and soft promises ("typically") stay soft.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from babel import Locale

from plugin.policy.model import (
    DayRange,
    Policy,
    RegionShipping,
    ReturnWindow,
    ShippingTerms,
)
from plugin.policy.types import EU_COUNTRIES, expand_countries
from plugin.policy.wording import (
    PROOF_OF_PURCHASE,
    REASON_PHRASES,
    condition_phrase,
    days_text,
    join_words,
    money_text,
    ordinal,
    range_text,
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


def render(
    policy: Policy, shop_name: str, support_email: str | None = None, fmt: str = "markdown",
    contact: Contact | None = None, *, self_service: bool = False, words: Callable[[str], str] | None = None,
) -> str:
    """The policy page as Markdown (``fmt="markdown"``) or an HTML fragment (``fmt="html"``).

    ``self_service``: the page is read inside the shop's returns portal, where returns, damage
    claims and cancellations are made on the page itself, so it never sends the reader to email.
    ``words`` translates each sentence (the caller's catalogue; the engine writes English)."""
    blocks = list(_document(policy, shop_name, support_email, contact or Contact(), self_service))
    if words is not None:
        blocks = [Block(b.kind, words(b.text) if b.text else b.text, tuple(words(i) for i in b.items)) for b in blocks]
    if fmt == "markdown":
        return _markdown(blocks)
    if fmt == "html":
        return _html(blocks)
    raise ValueError("fmt must be 'markdown' or 'html'")


def decline_clause(policy: Policy, reason: str | None) -> str | None:
    """The rule of the page a decline rests on, in the page's own words, for the decline email: the
    period for RETURN_PERIOD_ENDED, the condition list for CONDITION_NOT_MET, the exclusions for
    FINAL_SALE and NOT_ELIGIBLE; None when the page has no rule for the reason (fraud, other)."""
    if reason == "RETURN_PERIOD_ENDED":
        return next(_return_period(policy)).text
    if reason == "CONDITION_NOT_MET":
        conditions = policy.requirements.condition
        return f"Items must be returned {condition_phrase(conditions)}." if conditions else None
    if reason in ("FINAL_SALE", "NOT_ELIGIBLE"):
        chosen = [e.label for e in policy.exclusions if reason == "NOT_ELIGIBLE" or e.category == "FINAL_SALE"]
        if not chosen:
            return None
        return "We don't accept returns of: " + join_words([l[:1].lower() + l[1:] for l in chosen]) + "."
    return None


# --- output formats -------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def markdown_text(text: str) -> str:
    """`text` escaped for the Markdown page (for a caller putting a value back into it)."""
    return _md(text)


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


def _anchor(starts: str) -> str:
    return {"DELIVERY": "delivery", "PURCHASE": "purchase", "SHIPMENT": "shipment"}[starts]


def _window(w: ReturnWindow) -> str:
    return f"{days_text(w.days, w.unit)} of {_anchor(w.starts)}"


def _range(r: DayRange) -> str:
    return range_text(r.min_days, r.max_days, r.unit)


def _money(p: Policy, amount) -> str:  # type: ignore[no-untyped-def]
    return money_text(amount, p.currency)


def _fault_words(p: Policy) -> str:
    return join_words([REASON_PHRASES[r] for r in p.fault.reasons], "or")


def _contact(email: str | None) -> str:
    return f" at {email}" if email else ""


_THE = {"US", "GB", "NL", "AE", "PH", "CZ", "DO", "BS", "GM"}


def _country_name(code: str) -> str:
    name = Locale("en").territories.get(code, code)
    return f"the {name}" if code in _THE else name


def _countries(codes: tuple[str, ...]) -> str:
    expanded = expand_countries(codes)
    names = []
    if EU_COUNTRIES <= expanded:
        names.append("the EU")
        expanded = expanded - EU_COUNTRIES
    return join_words(names + sorted(_country_name(c) for c in expanded))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _labels(labels: list[str]) -> str:
    """"Final sale items and personalized products": labels joined into one sentence start."""
    return _sentence(join_words([labels[0]] + [l[:1].lower() + l[1:] for l in labels[1:]]))


# --- the document ---------------------------------------------------------------------------


def _document(p: Policy, shop: str, email: str | None, contact: Contact, self_service: bool = False) -> Iterator[Block]:
    yield Block("h1", f"{shop} Return & Refund Policy")
    yield from _intro(p, shop)
    if p.cancellation.stated:
        yield from _cancellation(p, email, self_service)
    if p.returns.enabled:
        yield from _returns(p, email, self_service)
        yield from _exclusions(p)
        yield from _faults(p, email, self_service)
        yield from _shipping(p)
        yield from _refunds(p)
        yield from _exchanges(p)
        yield from _keep_item(p)
        yield from _eu(p)
    yield from _verification(p, email)
    yield Block("h2", "Questions")
    yield Block("p", f"Contact us{_contact(email)} with any question about returns and refunds.")
    details = [
        text for text in (
            f"Phone: {contact.phone}" if contact.phone else None,
            f"Address: {contact.address}" if contact.address else None,
            f"Opening hours: {contact.hours}" if contact.hours else None,
        ) if text
    ]
    if details:
        yield Block("ul", items=tuple(details))


def _verification(p: Policy, email: str | None) -> Iterator[Block]:
    v = p.verification
    if not (v.contact_by_email and v.conditions):
        return
    yield Block("h2", "Abnormal orders")
    yield Block(
        "p",
        f"To keep your order transaction safe, in the situations below we contact you by email{_contact(email)} "
        "to confirm the abnormality of the order before going on, and attach our return policy. The "
        "specific solution is subject to the content of that email.",
    )
    yield Block("ul", items=tuple(_sentence(c.strip().rstrip(".")) + "." for c in v.conditions))


def _keep_item(p: Policy) -> Iterator[Block]:
    k = p.keep_item
    if not (k.enabled and k.stated and (k.max_item_value is not None or k.reasons)):
        return
    cases = []
    if k.max_item_value is not None:
        cases.append(f"items worth {_money(p, k.max_item_value)} or less")
    if k.reasons:
        cases.append("items returned because they are " + join_words([REASON_PHRASES.get(r, r.lower()) for r in k.reasons], "or"))
    yield Block("h2", "Keeping the item")
    yield Block(
        "p",
        f"For {' and for '.join(cases)}, we may refund you without asking for the item back: your request "
        "tells you at once, and you need not send anything.",
    )


def _intro(p: Policy, shop: str) -> Iterator[Block]:
    if not p.returns.enabled:
        yield Block("p", f"{shop} does not accept returns.")
        return
    most = " (for most items)" if p.returns.most_items_only else ""
    yield Block("p", f"{shop} accepts returns within {_window(p.returns.window)}{most}.")


def _cancellation(p: Policy, email: str | None, self_service: bool = False) -> Iterator[Block]:
    c = p.cancellation
    yield Block("h2", "Cancellations")
    if not c.enabled:
        yield Block(
            "p",
            f"Orders can't be cancelled online. Contact customer service{_contact(email)} about "
            "an order you no longer want.",
        )
        return
    refund = (
        "a full refund" if c.refund_percent == 100
        else f"a refund of {c.refund_percent.normalize():f}% of the amount paid"
    )
    if c.window_hours and c.until_shipped:
        when = f"within {c.window_hours} hours of purchase, as long as it has not shipped yet"
    elif c.window_hours:
        when = f"within {c.window_hours} hours of purchase"
    elif c.until_shipped:
        when = "as long as it has not shipped yet"
    else:
        when = "at any time, even after it has shipped"
    text = f"You can cancel an order {when}, for {refund}."
    yield Block("p", text)
    if self_service:
        yield Block("p", "To cancel, find your order on this page and choose Cancel order.")
    elif c.request_via == "EMAIL":
        yield Block("p", f"To cancel, email us{_contact(email)} with your order number.")
    if c.refund_time is not None:
        yield Block("p", f"The cancellation refund is made {_within(c.refund_time)}.")
    if c.window_hours or c.until_shipped:
        after = (
            f"After {c.window_hours} hours" if c.window_hours and not c.until_shipped
            else "Once your order has shipped"
        )
        yield Block(
            "p",
            f"{after}, the order is already on its way and can no longer be cancelled: wait for "
            "it to arrive, then return it under this policy.",
        )
    blocked = [e.label for e in p.exclusions if e.not_cancellable]
    if blocked:
        yield Block(
            "p",
            f"{_labels(blocked)} can't be cancelled; the other items of an order can still be "
            "cancelled on their own.",
        )


def _within(r: DayRange) -> str:
    text = _range(r)
    return text if text.startswith("within") else f"within {text}"


def _estimate_sentence(p: Policy) -> str:
    d = p.delivery
    regions = "; ".join(
        f"{days_text(r.days, 'CALENDAR')} to {join_words(list(r.countries))}" for r in d.regions
    )
    where = f" ({regions}; {days_text(d.transit_days, 'CALENDAR')} elsewhere)" if regions else ""
    return (
        "If the carrier reports no delivery date, the period counts from the estimated delivery: "
        f"the shipping date plus {days_text(d.transit_days, 'CALENDAR') if not regions else 'the transit time'}{where}."
    )


def _returns(p: Policy, email: str | None, self_service: bool = False) -> Iterator[Block]:
    yield Block("h2", "Returns")
    yield from _return_period(p)
    yield from _channels(p)
    yield Block("p", _how_to_request(p, email, self_service))
    if p.returns.request_required_before_shipping:
        yield Block("p", "We don't accept returned items sent back without an approved return request.")
    yield from _return_conditions(p)
    yield from _inspection(p)


def _return_period(p: Policy) -> Iterator[Block]:
    """How long, and from which day the period counts (with the fallbacks for a missing date)."""
    r = p.returns
    most = " (for most items)" if r.most_items_only else ""
    yield Block("p", f"You can request a return within {_window(r.window)}{most}.")
    notes = [
        "The period ends at midnight (our time) at the end of its last day; the day of "
        f"{_anchor(r.window.starts)} doesn't count."
    ]
    from_delivery = r.window.starts == "DELIVERY"
    if from_delivery and r.window.transit_buffer_days is not None:
        notes.append(
            "If we have no delivery date for your order, the period counts from the shipping "
            f"date plus {days_text(r.window.transit_buffer_days, 'CALENDAR')}."
        )
    elif from_delivery and p.delivery.estimate_untracked:
        notes.append(_estimate_sentence(p))
    if from_delivery and p.delivery.customer_confirms_receipt:
        notes.append(
            "You can confirm on your order page that your parcel arrived; the period then counts "
            "from that day, or from the estimated delivery if that was earlier."
        )
    yield Block("p", " ".join(notes))


def _channels(p: Policy) -> Iterator[Block]:
    allowed = p.sales_channels.allowed
    if not allowed:
        return
    names = {"web": "our website", "online_store": "our website", "pos": "our stores"}
    where = join_words(sorted({names.get(ch, ch) for ch in allowed}), "or")
    text = f"Only items purchased directly on {where} can be returned."
    if p.sales_channels.elsewhere_note:
        text += f" {_sentence(p.sales_channels.elsewhere_note.rstrip('.'))}."
    yield Block("p", text)


def _how_to_request(p: Policy, email: str | None, self_service: bool = False) -> str:
    r, reason_required = p.returns, p.requirements.reason_required
    if self_service:
        how = "To start a return, find your order on this page and choose the items"
        how += " and the reason for the return." if reason_required else "."
        if not r.auto_approve:
            how += " We email you step-by-step return instructions once your request is approved."
    elif r.request_via == "EMAIL":
        how = f"To start a return, email us{_contact(email)} with your order number"
        how += " and a brief description of the reason for the return." if reason_required else "."
        how += " We reply with step-by-step return instructions."
    else:
        how = "Request your return through our website"
        how += ", saying why you are returning the item." if reason_required else "."
    if r.auto_approve:
        how += " Eligible requests are approved at once, with the return instructions."
    return how


def _return_conditions(p: Policy) -> Iterator[Block]:
    req = p.requirements
    conditions = []
    if req.condition:
        conditions.append(f"Items must be returned {condition_phrase(req.condition)}.")
    if req.proof_of_purchase:
        conditions.append(f"Include {PROOF_OF_PURCHASE} with your return.")
    if req.photos_min:
        noun = "photo" if req.photos_min == 1 else "photos"
        conditions.append(f"Attach at least {req.photos_min} {noun} to your return request.")
    if conditions:
        yield Block("ul", items=tuple(conditions))


def _inspection(p: Policy) -> Iterator[Block]:
    refund, req = p.refund, p.requirements
    if not refund.inspection:
        return
    text = "When we receive your return, we inspect it and decide whether to accept it"
    if refund.response_business_days is not None:
        text += (
            f"; you get our answer within {days_text(refund.response_business_days, 'BUSINESS')}"
            " of our receiving it"
        )
    text += "."
    if req.condition or req.proof_of_purchase:
        text += " A return that doesn't meet these conditions may be rejected."
    yield Block("p", text)


def _exclusions(p: Policy) -> Iterator[Block]:
    items = [f"{_sentence(e.label)}" for e in p.exclusions]
    rules = []
    for rule in p.product_rules:
        parts = []
        if rule.window is not None:
            parts.append(f"can be returned within {_window(rule.window)}")
        if rule.exchange_only:
            parts.append("can be exchanged but not refunded")
        rules.append(f"{_sentence(rule.label)} {' and '.join(parts)}.")
    if not (items or p.sets.return_whole_only or rules):
        return
    yield Block("h2", "Items that can't be returned")
    if items:
        yield Block("p", "We don't accept returns of:")
        yield Block("ul", items=tuple(items))
        overridable = [e.label for e in p.exclusions if e.fault_override]
        if p.fault.overrides_exclusions and overridable:
            yield Block(
                "p",
                f"{_labels(overridable)} are non-refundable unless they arrive "
                f"{_fault_words(p)} (see below).",
            )
    if p.sets.return_whole_only:
        yield Block("p", "Sets can't be returned separately: return the whole set together.")
    if rules:
        yield Block("ul", items=tuple(rules))


def _faults(p: Policy, email: str | None, self_service: bool = False) -> Iterator[Block]:
    f = p.fault
    if not f.reasons:
        return
    yield Block("h2", "Damaged, defective or wrong items")
    yield Block("p", _fault_contact(p, email, self_service) + ".")
    yield Block("p", _fault_promise(p) + ".")
    if f.overrides_exclusions:
        kept = [e.label for e in p.exclusions if not e.fault_override]
        text = "This applies even to items that otherwise can't be returned"
        text += f", except {join_words(kept)}." if kept else "."
        yield Block("p", text)
    if f.waive_condition:
        yield Block("p", "The condition requirements for returns don't apply to the damage you report.")


def _fault_contact(p: Policy, email: str | None, self_service: bool = False) -> str:
    """Whom to tell, within which window, with which photos."""
    f = p.fault
    window = _window(f.window) if f.window else _window(p.returns.window)
    tell = "request a return on this page, giving that reason," if self_service else f"contact us{_contact(email)}"
    text = f"If an item you receive is {_fault_words(p)}, {tell} within {window}"
    about = join_words([{"ISSUE": "the issue", "PACKAGING": "the packaging"}[s] for s in f.photos_of])
    showing = f" showing {about}" if about else ""
    if f.photos_min:
        noun = "photo" if f.photos_min == 1 else "photos"
        text += f" and include at least {f.photos_min} {noun}{showing}"
    elif f.photos_requested:
        text += f" and, if possible, include photos{showing}"
    return text


def _fault_promise(p: Policy) -> str:
    """What the customer gets once the fault is confirmed, and what stays excluded."""
    f = p.fault
    remedies = {"REPLACEMENT": "a replacement (if available)", "REFUND": "a refund", "EXCHANGE": "an exchange"}
    offered = [remedies[r] for r in f.remedies]
    if f.full_refund and "REFUND" in f.remedies:
        offered = [
            "a full refund, including shipping costs," if r == "a refund" else r for r in offered
        ]
    tail = " at no extra cost" if f.full_refund else ""
    promise = f"Once we confirm the issue, we offer {join_words(offered, 'or')}{tail}"
    if p.exclusions and not f.overrides_exclusions:
        # The exception belongs with the promise: excluded items stay excluded even when faulty.
        kept = join_words([e.label[:1].lower() + e.label[1:] for e in p.exclusions])
        promise += f", except for items that can't be returned ({kept}), which stay non-returnable"
    return promise


def _terms_text(t: ShippingTerms, p: Policy, situation: str, label: bool = False) -> str:
    if t.payer == "MERCHANT":
        if label and t.postage_reimbursed == "NO":
            return f"{situation}, return shipping is free with our prepaid return label."
        text = f"{situation}, we pay the return shipping"
        if t.postage_reimbursed == "ON_RECEIPT":
            text += " (we reimburse your postage once we receive the return)"
        elif t.postage_reimbursed == "AFTER_INSPECTION":
            text += " (we reimburse your postage after inspecting the return)"
        return text + "."
    text = f"{situation}, you are responsible for paying the return shipping fee"
    if t.label_fee is not None:
        text += (
            f"; or you can use our return label, and {_money(p, t.label_fee)} shipping fee will "
            "be deducted from your refund"
        )
    if t.credit is not None:
        text += f"; we pay you {_money(p, t.credit)} toward it, returned with your refund"
    if t.postage_reimbursed == "AFTER_INSPECTION":
        text += "; it is reimbursed with the refund if our evaluation confirms the fault"
    elif t.postage_reimbursed == "ON_RECEIPT":
        text += "; it is reimbursed once we receive the return"
    return text + "."


def _region_lines(region: RegionShipping, p: Policy) -> list[str]:
    """The region's terms, each rule with its exception in the same sentence, so no two lines of
    the page read as a contradiction."""
    first_n = p.shipping.first_returns
    first = (
        f"On your {ordinal(1)} return package from an order" if first_n == 1
        else f"On your first {first_n} return packages from an order"
    )
    later = "If you have already returned items from an order and return more"
    fault = f"If an item is {_fault_words(p)}, or otherwise our responsibility"
    label = bool(expand_countries(region.countries) & expand_countries(p.shipping.label_countries))
    if region.later_returns is None and region.merchant_at_fault is None:
        return [_terms_text(region.first_return, p, "For every return", label)]
    if region.later_returns is None:
        first = "For every return"
    exception = region.merchant_at_fault is not None and region.merchant_at_fault != region.first_return
    unless = f", except for items that are {_fault_words(p)} (below)" if exception else ""
    lines = [_terms_text(region.first_return, p, first + unless, label)]
    if region.later_returns is not None:
        unless = (
            f", except for items that are {_fault_words(p)} (below)"
            if region.merchant_at_fault is not None and region.merchant_at_fault != region.later_returns else ""
        )
        lines.append(_terms_text(region.later_returns, p, later + unless, label))
    if region.merchant_at_fault is not None:
        lines.append(_terms_text(region.merchant_at_fault, p, fault, label))
    return lines


def _shipping(p: Policy) -> Iterator[Block]:
    s = p.shipping
    yield Block("h2", "Return shipping")
    if s.label_countries:
        yield Block(
            "p",
            "You can return your package with our prepaid return label (shipping addresses in "
            f"{_countries(s.label_countries)} only) or ship it on your own.",
        )
    for region in s.regions:
        if not (region.rest_of_world and len(s.regions) == 1):
            where = "Everywhere else" if region.rest_of_world else f"If you're shopping in {region.name}"
            yield Block("p", f"{where}:")
        yield Block("ul", items=tuple(_region_lines(region, p)))
    if not any(r.rest_of_world for r in s.regions):
        prefix = "For other destinations" if s.regions else "For every return"
        yield Block("p", _terms_text(s.default, p, prefix))
    if s.product_page_free_returns:
        yield Block(
            "p",
            "Return shipping costs always correspond to the customer unless otherwise specified "
            "on the product page." if _customer_pays_all(p) else
            "Items whose product page says returns are free are returned at our cost.",
        )
    tips = _shipping_tips(p.instructions)
    if tips:
        yield Block("ul", items=tuple(tips))


def _shipping_tips(i) -> list[str]:
    """How to send the parcel: the instructions' advice, as the page's list."""
    tips = []
    if i.ship_within_days:
        tips.append(
            f"Ship the item within {days_text(i.ship_within_days, 'CALENDAR')} of receiving our "
            "return instructions."
        )
    if i.pack_securely:
        tips.append("Pack the item securely, using the original packaging.")
    if i.tracked_shipping_recommended or i.insured_shipping_recommended:
        kinds = join_words(
            (["traceable"] if i.tracked_shipping_recommended else [])
            + (["insured"] if i.insured_shipping_recommended else [])
        )
        examples = f" (such as {join_words(list(i.carrier_examples), 'or')})" if i.carrier_examples else ""
        tips.append(
            f"We strongly recommend a {kinds} shipping method{examples} and "
            "keeping the tracking number until the return reaches us."
        )
    # Where the address is given on request (instructions.address_on_request), the page says so, as
    # the instructions do: never "use the address in our instructions" when those say to ask for it.
    ask = "Email us for the return address, then send the parcel there."
    if i.use_address_from_instructions:
        tips.append(
            "Don't send your return to the address on your package: that is not our return "
            "address. " + (ask if i.address_on_request else "Use the address in our return instructions.")
        )
    elif i.address_on_request:
        tips.append(ask)
    return tips


def _customer_pays_all(p: Policy) -> bool:
    terms = [p.shipping.default]
    for r in p.shipping.regions:
        terms += [r.first_return, r.later_returns or r.first_return, r.merchant_at_fault or r.first_return]
    return all(t.payer == "CUSTOMER" for t in terms)


def _refunds(p: Policy) -> Iterator[Block]:
    r = p.refund
    f = p.fees
    yield Block("h2", "Refunds")
    method = {
        "ORIGINAL_PAYMENT": "Refunds are issued to your original payment method.",
        "STORE_CREDIT": "Refunds are issued as store credit.",
        "CUSTOMER_CHOICE": "Refunds are issued to your original payment method or as store credit, as you choose.",
    }[r.method]
    items = [method]
    if r.processing is not None:
        text = f"Refunds are processed {_within(r.processing)} after we receive your return"
        if r.inspection:
            text += " and approve it"
        text += "."
        if r.additional_delay is not None:
            text += (
                f" Transport or bank delays may add another {_range(r.additional_delay).removeprefix('within ')}."
            )
        items.append(text)
    if r.typical_arrival is not None:
        arrival = _range(r.typical_arrival).removeprefix("within ")
        items.append(
            f"Refunds typically take {arrival} to reach you, depending on your bank or payment processor."
        )
    if r.confirmation_email:
        items.append("We send you an email confirmation when the refund has been issued.")
    shipping = {
        "NEVER": "The original shipping fee, if any, is non-refundable.",
        "MERCHANT_AT_FAULT": (
            f"Original shipping charges are non-refundable unless the item is {_fault_words(p)}."
        ),
        "ALWAYS": "Original shipping charges are refunded in proportion to the items returned.",
    }[r.original_shipping]
    items.append(shipping)
    if not r.taxes_refunded:
        items.append("Taxes paid are not refunded.")
    if f.flat_fee:
        items.append(f"A return fee of {_money(p, f.flat_fee)} is deducted from each refund.")
    if f.restocking_percent:
        items.append(
            f"A restocking fee of {f.restocking_percent.normalize():f}% of the returned items' value is deducted."
        )
    if f.free_shipping_deduction:
        items.append(
            "If your order qualified for free shipping, we deduct a flat fee of "
            f"{_money(p, f.free_shipping_deduction)} from your refund to cover the original "
            "shipping cost (once per order)."
        )
    label_fees = any(
        t is not None and t.label_fee is not None
        for r in p.shipping.regions
        for t in (r.first_return, r.later_returns, r.merchant_at_fault)
    )
    if f.waived_when_merchant_at_fault and (
        f.flat_fee or f.restocking_percent or f.free_shipping_deduction or label_fees
    ):
        items.append("When an item is our responsibility, no fee or deduction applies.")
    if f.merchant_fees_returned:
        items.append("Any other fee of our responsibility is returned with the refund.")
    yield Block("ul", items=tuple(items))


def _availability(value: str, thing: str, p: Policy) -> str | None:
    if value == "ALWAYS":
        return f"{thing} is available for any return."
    if value == "MERCHANT_AT_FAULT":
        return f"{thing} is available when an item is {_fault_words(p)}."
    return None


def _exchanges(p: Policy) -> Iterator[Block]:
    res = p.resolutions
    yield Block("h2", "Exchanges")
    lines = []
    exchange = _availability(res.exchange, "An exchange", p)
    if exchange:
        lines.append(exchange)
    else:
        lines.append("We currently do not offer direct exchanges.")
        if res.reorder_hint:
            lines.append(
                "To exchange a product, first return the original item, then place a new order "
                "for the one you want."
            )
    for value, thing in ((res.replacement, "A replacement"), (res.store_credit, "Store credit")):
        text = _availability(value, thing, p)
        if text:
            lines.append(text)
    yield Block("p", " ".join(lines))
    # The terms one sentence an item, so each is translated whole (the page's catalogue is by block).
    terms = _exchange_terms(p) if exchange else []
    if res.store_credit != "NEVER" or p.refund.method in ("STORE_CREDIT", "CUSTOMER_CHOICE"):
        terms += _store_credit_terms(p)
    terms += _by_reason(p)
    if terms:
        yield Block("ul", items=tuple(terms))


_RESOLUTION_WORDS = {"REFUND": "a refund", "EXCHANGE": "an exchange", "STORE_CREDIT": "store credit",
                     "REPLACEMENT": "a replacement"}


def _or_list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _exchange_terms(p: Policy) -> list[str]:
    """resolutions.exchange_terms, when exchanges are offered: what for, the price, the stock."""
    t = p.resolutions.exchange_terms
    out = []
    if t.scope == "SAME_PRODUCT":
        changeable = list(dict.fromkeys(o.lower() for o in t.changeable_options))
        if "colour" in changeable and "color" in changeable:
            changeable.remove("colour")
        what = _or_list(changeable) if changeable else "option"
        out.append(f"You can exchange an item for another {what} of the same product.")
    else:
        out.append("You can exchange an item for any other product of ours.")
    if t.higher_price == "CUSTOMER_PAYS":
        out.append("If the new item costs more, you pay the difference by an invoice we send you.")
    else:
        out.append("The new item can't cost more than the one you return.")
    if t.lower_price == "REFUND_REST":
        out.append("If it costs less, we refund the difference.")
    else:
        out.append("The new item can't cost less than the one you return.")
    fallback = "we refund it instead" if t.out_of_stock == "REFUND" else "you get store credit for it instead"
    out.append(f"We offer only items in stock; if your choice sells out before we ship it, {fallback}.")
    if t.instant_up_to is not None:
        out.append(f"For exchanges worth up to {_money(p, t.instant_up_to)}, we may ship the new item before your "
                   "return reaches us; if the returned item never arrives, we invoice you for it.")
    return out


def _store_credit_terms(p: Policy) -> list[str]:
    t = p.resolutions.store_credit_terms
    out = []
    if t.bonus_percent or t.bonus_flat:
        parts = []
        if t.bonus_percent:
            parts.append(f"{t.bonus_percent.normalize():f}% of the credited value")
        if t.bonus_flat:
            parts.append(_money(p, t.bonus_flat))
        bonus = " plus ".join(parts)
        cap = f", up to {_money(p, t.bonus_cap)}" if t.bonus_cap is not None else ""
        out.append(f"When you choose store credit, we add a bonus of {bonus}{cap}.")
    if t.expires_after_days:
        out.append(f"Store credit expires {days_text(t.expires_after_days, 'CALENDAR')} after it is issued.")
    out.append("Store credit can't be exchanged for cash.")
    return out


def _by_reason(p: Policy) -> list[str]:
    out = []
    for rule in p.resolutions.by_reason:
        reasons = _or_list([r.replace("_", " ").lower() for r in rule.reasons])
        allowed = _or_list([_RESOLUTION_WORDS[r] for r in rule.allowed])
        out.append(f"For a return because of {reasons}, you can choose {allowed}.")
    return out


def _eu(p: Policy) -> Iterator[Block]:
    eu = p.eu
    if not eu.enabled:
        return
    yield Block("h2", "Right of withdrawal (EU)")
    text = (
        f"If your shipping address is in {_countries(eu.countries)}, you may withdraw from your "
        f"purchase within {days_text(eu.withdrawal_days, 'CALENDAR')} of delivery without giving "
        "a reason."
    )
    if eu.refund_original_shipping:
        text += " We refund the standard delivery cost you paid."
    yield Block("p", text)


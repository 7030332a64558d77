"""Decide returns and cancellations: pure functions of (policy, facts, now).

Nothing here reads a clock, a database or the network, so a stored decision can be replayed from
its facts and policy version. The functions are on the storefront's hot path (every order page
lists returnable lines; every quote re-evaluates), hence the compiled policy and the cached
calendar arithmetic.

Rules chosen where the seeds leave room:

* A window counts whole local days in the shop's timezone: the event's day is day 0 and the window
  closes at midnight after the last day (``plugin.calendar.window_end``). ``now`` equal to that
  midnight is refused; one microsecond earlier is allowed.
* A cancellation window of ``H`` hours is inclusive: at exactly ``placed_at + H`` it is allowed.
* A return is "at fault" (merchant_at_fault) when any allowed line gives an at-fault reason; the
  region's at-fault shipping terms then apply to the parcel, and flat fees/deductions are waived
  (if the policy waives them). Restocking fees are waived per at-fault line.
* An at-fault item that passes an exclusion through the fault override uses the fault window only;
  an at-fault item that is not excluded gets the later of its own window and the fault window.
* EU consumer mode extends the window to at least the withdrawal period from delivery for EU
  shipping addresses; it does not lift exclusions (personalised goods are exempt by law too).
* The "return number" counts prior returns on the order that are not DECLINED or CANCELED; the
  returnable quantity of a line is its fulfilled quantity minus what those returns hold.
* ``allowed`` is all-or-nothing for the request, but each line carries its own verdict and the
  quote covers the allowed lines, so a storefront can offer "return these two instead".
* Before the parcel arrives, response and refund dates count from an estimated receipt
  (today + ``instructions.transit_days_estimate``), flagged ``received_estimated``.
* The money rules are in ``quote.py``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from plugin.calendar import add_business_days, local_date, require_aware, window_end, zone
from plugin.money import Money, money_exact, quantum
from plugin.policy import reasons as R
from plugin.policy.cancellation import evaluate_cancellation
from plugin.policy.compiled import Compiled, Terms, compile_policy
from plugin.policy.decision import (
    Deadlines,
    Instructions,
    LineDecision,
    Quote,
    QuoteLine,
    Reason,
    ReturnDecision,
    ReturnShippingTerms,
)
from plugin.policy.eligibility import (
    ZERO,
    CurrencyMismatch,
    End,
    Version,
    add_range,
    cancellable,
    closing,
    convert,
    exclusions,
    held_quantities,
    is_eu,
    line_end,
    order_reasons,
    policy_rate,
)
from plugin.policy.facts import (
    RESOLUTIONS,
    RETURN_REASONS,
    SHIPPING_METHODS,
    LineFacts,
    OrderFacts,
    PriorReturn,
    ReturnLineRequest,
    ReturnRequestFacts,
)
from plugin.policy.instructions import return_address, shipping_summary, steps
from plugin.policy.listing import returnable_lines
from plugin.policy.model import Policy
from plugin.policy.quote import allocate, builder

__all__ = [
    "CurrencyMismatch",
    "evaluate_cancellation",
    "evaluate_return",
    "returnable_lines",
]

_REASONS = frozenset(RETURN_REASONS)
_RESOLUTIONS = frozenset(RESOLUTIONS)
_METHODS = frozenset(SHIPPING_METHODS)
# "Shipping costs always correspond to the customer unless otherwise specified on the product page"
_FREE_RETURN = Terms("MERCHANT", None, None, "ON_RECEIPT")

# One judged request line: (request, order line or None, refusals, window end, at fault,
# price x quantity - discount). The last is computed once for the free-gift test and the quote.
Judged = tuple[ReturnLineRequest, LineFacts | None, list[Reason], End | None, bool, Decimal]


def evaluate_return(
    policy: Policy,
    order: OrderFacts,
    prior_returns: tuple[PriorReturn, ...] | list[PriorReturn],
    request: ReturnRequestFacts,
    now: datetime,
    *,
    policy_version: Version = None,
    staff_override: bool = False,
) -> ReturnDecision:
    """Whether ``request`` may be returned under ``policy`` at ``now``, and on what terms.

    ``staff_override``: staff take the return despite the policy's refusals. The decision still
    says ``allowed=False`` with every reason; the quote and deadlines then cover the lines refused
    only by rules of the policy (not those refused for a fact in ``reasons.FACTUAL_CODES``).

    Raises ``CurrencyMismatch`` (a data error, not a refusal) when a fixed amount of the policy
    applies, the order's currency differs from the policy's and ``order.policy_to_order_rate`` is
    missing; ``CalendarError`` for a naive ``now``. Every refusal is data in the decision.
    """
    c = compile_policy(policy)
    require_aware(now, "now")
    currency = order.currency
    tz, country = order.shop.timezone, order.shop.country
    rate = policy_rate(c, order)
    held, active = held_quantities(prior_returns)
    number = active + 1
    eu = is_eu(c, order)

    refusals = order_reasons(c, order)
    if c.proof_required and not request.proof_of_purchase:
        refusals.append(R.PROOF_OF_PURCHASE_REQUIRED)
    if not request.lines:
        refusals.append(R.NO_LINES)
    resolution, method = request.resolution, request.shipping_method
    if resolution not in _RESOLUTIONS:
        refusals.append(R.UNKNOWN_RESOLUTION)
    if method not in _METHODS:
        refusals.append(R.UNKNOWN_SHIPPING_METHOD)

    judged = _judge_lines(c, order, request, held, now, eu, tz, country)
    allowed = [j for j in judged if not j[2]]
    at_fault = any(j[4] for j in allowed)
    quoted = [j for j in judged if not j[2] or (staff_override and not any(r.code in R.FACTUAL_CODES for r in j[2]))]

    terms, region = _terms(c, order, at_fault, number)
    if c.product_page_free and allowed and all(j[1].free_return_shipping for j in allowed):  # type: ignore[union-attr]
        terms = _FREE_RETURN
    label_available = order.shipping_country in c.label_countries and (
        terms.payer == "MERCHANT" or terms.label_fee is not None
    )
    use_label = method == "PREPAID_LABEL" and label_available
    if method == "PREPAID_LABEL" and not label_available:
        refusals.append(R.LABEL_NOT_AVAILABLE)
    customer_pays = terms.payer == "CUSTOMER" or (not use_label and terms.reimbursed == "NO")

    quote = _quote(c, order, held, quoted, eu, at_fault, terms, use_label, number, rate)
    deadlines = _deadlines(c, request, now, tz, country, [j[3] for j in quoted])
    address = return_address(c, order.shipping_country)
    lines = tuple([
        LineDecision(
            req.line_id, req.quantity, not reasons, tuple(reasons) if reasons else (),
            end[0] if end else None, end[1] if end else None, fault, req.reason,
        )
        for req, _, reasons, end, fault, _ in judged
    ])
    return ReturnDecision(
        allowed=bool(lines) and not refusals and len(allowed) == len(judged),
        reasons=tuple(refusals),
        lines=lines,
        deadlines=deadlines,
        quote=quote,
        shipping=_shipping(c, terms, region, method, label_available, customer_pays, number,
                           currency, rate),
        instructions=Instructions(
            method, steps(c, method, label_available, customer_pays, address is not None), c.include,
            c.recommendations, deadlines.ship_by, address,
        ),
        merchant_at_fault=at_fault,
        resolution=resolution,
        refund_method=_refund_method(c, resolution),
        policy_version=policy_version,
    )


def _judge_lines(
    c: Compiled, order: OrderFacts, request: ReturnRequestFacts, held: dict[str, int],
    now: datetime, eu: bool, tz: str, country: str,
) -> list[Judged]:
    """Every requested line with its refusals.

    The hot loop of the engine: helpers are inlined and globals bound to locals on purpose (each
    saves a measurable share of the 10-line benchmark).
    """
    by_id = {line.line_id: line for line in order.lines}
    fault_reasons = c.fault_reasons
    known_reasons = _REASONS
    photos_min, photos_reason = c.photos_min, c.photos_reason
    fault_photos_min = c.fault_photos_min if c.fault_photos_min > photos_min else -1
    condition, condition_reason = c.condition, c.condition_reason
    waive_condition = c.waive_condition
    resolution = request.resolution
    other_resolution = resolution != "REFUND"
    plain_window = not eu and c.fault_window is None
    profile_of = c.profile
    profiles = c.profiles
    zero = ZERO
    judged: list[Judged] = []
    append = judged.append
    seen: set[str] = set()
    sets = False
    for req in request.lines:
        line_id = req.line_id
        at_fault = req.reason in fault_reasons
        if line_id in seen:
            append((req, None, [R.DUPLICATE_LINE], None, at_fault, zero))
            continue
        seen.add(line_id)
        line = by_id.get(line_id)
        if line is None:
            append((req, None, [R.UNKNOWN_LINE], None, at_fault, zero))
            continue
        reasons: list[Reason] = []
        if req.reason not in known_reasons:
            reasons.append(R.UNKNOWN_REASON)
        if req.quantity <= 0:
            reasons.append(R.INVALID_QUANTITY)
        fulfilled = line.fulfilled_quantity
        gross = line.unit_price * line.quantity - line.discount
        profile = profiles.get((line.tags, line.product_type, line.non_returnable, gross <= zero))
        if profile is None:
            profile = profile_of(line.tags, line.product_type, line.non_returnable, gross <= zero)
        if fulfilled <= 0:
            reasons.append(R.NOT_FULFILLED if cancellable(c, profile) else R.NOT_FULFILLED_KEPT)
        elif req.quantity > fulfilled - (held.get(line_id, 0) if held else 0):
            reasons.append(R.QUANTITY_EXCEEDS_RETURNABLE)
        overridden = False
        if profile.exclusions:
            blocking, overridden = exclusions(c, profile, at_fault)
            reasons.extend(blocking)
        if plain_window and not overridden:
            window = profile.window
            if window.starts == "DELIVERY" and line.delivered_at is not None:
                end = window_end(line.delivered_at, window.days, window.business, tz, country)
            else:
                end = closing(window, line, order, tz, country)
        else:
            end = line_end(c, order, line, profile, at_fault, overridden, eu, tz, country)
        if end is None:
            if fulfilled > 0:
                reasons.append(R.NOT_DELIVERED)
        elif now >= end[1]:
            reasons.append(R.RETURN_PERIOD_ENDED)
        if at_fault and fault_photos_min > 0:
            if req.photos < fault_photos_min:
                reasons.append(c.fault_photos_reason)  # type: ignore[arg-type]
        elif req.photos < photos_min:
            reasons.append(photos_reason)  # type: ignore[arg-type]
        if condition_reason is not None and not (at_fault and waive_condition):
            if not condition <= req.condition:
                reasons.append(condition_reason)
        if other_resolution or profile.exchange_only:
            refusal = _resolution_reason(c, resolution, at_fault, profile.exchange_only)
            if refusal is not None:
                reasons.append(refusal)
        if line.set_id is not None:
            sets = True
        append((req, line, reasons, end, at_fault, gross))
    if sets and c.sets_whole:
        _check_sets(order, judged)
    return judged


def _resolution_reason(c: Compiled, resolution: str, at_fault: bool, exchange_only: bool) -> Reason | None:
    if resolution == "REFUND":
        return R.EXCHANGE_ONLY if exchange_only else None
    if resolution == "EXCHANGE":
        ok = c.exchange == "ALWAYS" or (
            at_fault and (c.exchange == "MERCHANT_AT_FAULT" or "EXCHANGE" in c.fault_remedies)
        )
        return None if ok else R.EXCHANGE_NOT_OFFERED
    if resolution == "REPLACEMENT":
        ok = c.replacement == "ALWAYS" or (
            at_fault and (c.replacement == "MERCHANT_AT_FAULT" or "REPLACEMENT" in c.fault_remedies)
        )
        return None if ok else R.REPLACEMENT_NOT_OFFERED
    if resolution == "STORE_CREDIT":
        if exchange_only:
            return R.EXCHANGE_ONLY
        ok = (
            c.store_credit == "ALWAYS"
            or c.refund_method in ("STORE_CREDIT", "CUSTOMER_CHOICE")
            or (at_fault and c.store_credit == "MERCHANT_AT_FAULT")
        )
        return None if ok else R.STORE_CREDIT_NOT_OFFERED
    return None  # an unknown resolution is refused once, at order level


def _check_sets(order: OrderFacts, judged: list[Judged]) -> None:
    """A set returns whole: every member, in the same proportion of its ordered quantity."""
    requested: dict[str, int] = {}
    touched: set[str] = set()
    for req, line, _, _, _, _ in judged:
        if line is not None and line.set_id is not None:
            requested[line.line_id] = req.quantity
            touched.add(line.set_id)
    broken: set[str] = set()
    first: dict[str, LineFacts] = {}
    for line in order.lines:
        set_id = line.set_id
        if set_id is None or set_id not in touched or set_id in broken:
            continue
        head = first.setdefault(set_id, line)
        base = requested.get(head.line_id, 0)
        # Same share of every member: req(m) / qty(m) == req(head) / qty(head).
        if base <= 0 or requested.get(line.line_id, 0) * head.quantity != base * line.quantity:
            broken.add(set_id)
    if broken:
        for _, line, reasons, _, _, _ in judged:
            if line is not None and line.set_id in broken:
                reasons.append(R.SET_MUST_RETURN_WHOLE)


def _terms(c: Compiled, order: OrderFacts, at_fault: bool, number: int) -> tuple[Terms, str | None]:
    region = c.regions.get(order.shipping_country or "") or c.rest_of_world
    if region is None:
        return c.default_terms, None
    if at_fault and region.fault is not None:
        return region.fault, region.name
    return (region.first if number <= c.first_returns else region.later), region.name


def _shipping(
    c: Compiled, terms: Terms, region: str | None, method: str, label_available: bool,
    customer_pays: bool, number: int, currency: str, rate: Decimal | None,
) -> ReturnShippingTerms:
    key = ("shipping", id(terms), method, label_available, currency, rate)
    cached = c.texts.get(key)
    if cached is None:
        fee = convert(terms.label_fee, rate, currency) if terms.label_fee is not None else None
        credit = convert(terms.credit, rate, currency) if terms.credit is not None else None
        summary = shipping_summary(terms, method, label_available, fee, credit, currency)
        cached = c.texts[key] = (
            Money(fee, currency) if fee is not None else None,
            Money(credit, currency) if credit is not None else None,
            summary,
        )
    fee_money, credit_money, summary = cached  # type: ignore[misc]
    return ReturnShippingTerms(
        payer="CUSTOMER" if customer_pays else "MERCHANT",
        method=method,
        label_available=label_available,
        label_fee=fee_money,
        credit=credit_money,
        postage_reimbursed=terms.reimbursed,
        region=region,
        return_number=number,
        summary=summary,
    )


def _refund_method(c: Compiled, resolution: str) -> str:
    if resolution == "REFUND":
        return "ORIGINAL_PAYMENT" if c.refund_method == "CUSTOMER_CHOICE" else c.refund_method
    return resolution


def _quote(
    c: Compiled, order: OrderFacts, held: dict[str, int], allowed: list[Judged], eu: bool,
    at_fault: bool, terms: Terms, use_label: bool, number: int, rate: Decimal | None,
) -> Quote:
    """The refund for the allowed lines; rules in ``quote.py``."""
    currency = order.currency
    qb = builder(currency)
    if not allowed:
        return qb.build()
    q = quantum(currency)
    taxes = c.taxes_refunded
    shipping_all = c.original_shipping == "ALWAYS" or (eu and c.eu_refund_shipping)
    shipping_fault = c.original_shipping == "MERCHANT_AT_FAULT"
    waive = c.fees_waived_at_fault
    restocking = c.restocking
    basis = ZERO
    items = qb.lines
    total = qb.items  # a zero at the currency's exponent
    half_up = ROUND_HALF_UP
    for req, line, _, _, line_fault, gross in allowed:
        assert line is not None
        take, quantity, line_id = req.quantity, line.quantity, line.line_id
        cost = gross + line.tax if taxes else gross
        if cost < ZERO:
            cost = ZERO
        already = held.get(line_id, 0) if held else 0
        if already == 0 and 0 < take <= quantity:  # the common case: nothing returned before
            amount = (cost if take == quantity else cost * take / quantity).quantize(q, half_up)
        else:
            amount = allocate(cost, quantity, already, take, q)
        total += amount
        items.append(QuoteLine("ITEM", "ITEM", line.title, money_exact(amount, currency), line_id, take))
        if shipping_all or (shipping_fault and line_fault):
            basis += gross if take == quantity else gross * take / quantity
        if restocking and not (line_fault and waive):
            qb.fee("RESTOCKING_FEE", "Restocking fee", (amount * restocking).quantize(q, ROUND_HALF_UP),
                   line.line_id)
    qb.items = total
    # Original shipping is shared pro rata to merchandise value (price - discount) against the
    # order subtotal, and never more than was paid for it.
    if basis > ZERO and order.shipping_paid > ZERO and order.subtotal > ZERO:
        share = min(order.shipping_paid, order.shipping_paid * basis / order.subtotal)
        qb.shipping_refund(share.quantize(q, ROUND_HALF_UP), "Original shipping")
    waived = at_fault and waive
    if c.flat_fee and not waived:
        qb.fee("FLAT_FEE", "Return fee", convert(c.flat_fee, rate, currency))
    if c.free_shipping_deduction and order.free_shipping and number == 1 and not waived:
        qb.fee(
            "FREE_SHIPPING_DEDUCTION",
            "Deduction for the free original shipping",
            convert(c.free_shipping_deduction, rate, currency),
        )
    if use_label and terms.payer == "CUSTOMER" and terms.label_fee is not None:
        qb.fee("LABEL_FEE", "Prepaid return label", convert(terms.label_fee, rate, currency))
    if terms.credit is not None:
        qb.credit("RETURN_SHIPPING_CREDIT", "Return shipping credit", convert(terms.credit, rate, currency))
    return qb.build()


def _deadlines(
    c: Compiled, request: ReturnRequestFacts, now: datetime, tz: str, country: str,
    ends: list[End | None],
) -> Deadlines:
    first = None
    for end in ends:
        if end is not None and (first is None or end[1] < first[1]):
            first = end
    today = now.astimezone(zone(tz)).date()  # ``now`` was checked to be aware by the caller
    ship_by = None
    if c.ship_within_days is not None:
        base = today if request.instructions_sent_at is None else local_date(request.instructions_sent_at, tz)
        ship_by = base + timedelta(days=c.ship_within_days)
    if request.received_at is not None:
        received, estimated = local_date(request.received_at, tz), False
    else:
        received, estimated = today + timedelta(days=c.transit_days), True
    response_due, expected_from, expected_to = _after_receipt(c, received, country)
    return Deadlines(
        first[0] if first else None,
        first[1] if first else None,
        ship_by,
        received,
        estimated,
        response_due,
        expected_from,
        expected_to,
    )


def _after_receipt(c: Compiled, received: date, country: str) -> tuple[date | None, date | None, date | None]:
    """(response due, refund expected from, to) for a parcel received on ``received``.

    Memoised on the compiled policy: every request on the same day estimates the same receipt.
    """
    key = ("receipt", received, country)
    found = c.texts.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    response_due = (
        add_business_days(received, c.response_days, country) if c.response_days is not None else None
    )
    expected_from = expected_to = None
    if c.processing is not None:
        p = c.processing
        expected_from = add_range(received, p, p.min_days, country)
        expected_to = add_range(received, p, p.max_days, country)
        if c.delay is not None:
            expected_to = add_range(expected_to, c.delay, c.delay.max_days, country)
    if len(c.texts) > 4096:
        c.texts.clear()
    result = c.texts[key] = (response_due, expected_from, expected_to)
    return result

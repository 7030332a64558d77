"""Properties of the refund quote, for any order, request and policy (hypothesis).

* never negative; never more than what was paid for the returned units plus refundable shipping
  (original shipping refunded and return-postage credits);
* independent of the order of lines (in the order and in the request);
* deterministic;
* partial returns of a line add up to exactly what the line cost, whatever the rounding.
"""

from dataclasses import replace
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from policy_factories import ALL_CONDITIONS, SHOP, ask, line, ny, order, prior, request

from plugin.policy.document import parse_policy, policy_to_data
from plugin.policy.evaluate import evaluate_return
from plugin.policy.presets import PRESETS, load_preset

DELIVERED = ny(2026, 3, 5, 12)
NOW = ny(2026, 3, 12, 12)
REASONS = ["UNWANTED", "DAMAGED", "DEFECTIVE", "WRONG_ITEM", "SIZE_TOO_SMALL", "LATE_DELIVERY"]
CENT = Decimal("0.01")


def _generous():
    """A policy with every kind of money line: restocking, flat fee, shipping always refunded."""
    data = policy_to_data(load_preset("allegra-k"))
    data["exclusions"] = []
    data["sets"] = {"return_whole_only": False}
    data["fees"] = {
        "flat_fee": "2.50", "restocking_percent": "15", "free_shipping_deduction": "4.99",
        "waived_when_merchant_at_fault": True,
    }
    data["refund"]["original_shipping"] = "ALWAYS"
    return parse_policy(data)


POLICIES = [load_preset(name) for name in PRESETS] + [_generous()]

money = st.decimals(min_value=0, max_value=500, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def scenarios(draw):
    n = draw(st.integers(1, 5))
    lines = []
    for i in range(n):
        quantity = draw(st.integers(1, 4))
        price = draw(money)
        discount = draw(st.decimals(min_value=0, max_value=price * quantity, places=2))
        lines.append(
            line(
                f"L{i}", price=str(price), quantity=quantity, discount=str(discount),
                tax=str(draw(st.decimals(min_value=0, max_value=50, places=2))),
                shipped_at=DELIVERED - timedelta(days=2), delivered_at=DELIVERED,
                set_id=draw(st.sampled_from([None, None, "S1"])),
                tags=draw(st.sampled_from([(), ("final sale",), ("clearance",)])),
                free_return_shipping=draw(st.booleans()),
            )
        )
    o = order(
        *lines,
        country=draw(st.sampled_from(["US", "CA", "JP", "DE", "AU"])),
        shipping_paid=str(draw(st.decimals(min_value=0, max_value=30, places=2))),
        free_shipping=draw(st.booleans()),
    )
    chosen = draw(st.lists(st.sampled_from(lines), min_size=1, max_size=n, unique_by=lambda l: l.line_id))
    asks = tuple(
        ask(l.line_id, draw(st.integers(1, l.quantity)), draw(st.sampled_from(REASONS)),
            ALL_CONDITIONS, photos=draw(st.integers(0, 2)))
        for l in chosen
    )
    priors = []
    if draw(st.booleans()):
        priors.append(prior(("ZZ", 1), status=draw(st.sampled_from(["CLOSED", "DECLINED", "OPEN"]))))
    req = request(*asks, method=draw(st.sampled_from(["PREPAID_LABEL", "CUSTOMER_SHIPPED"])))
    policy = draw(st.sampled_from(POLICIES))
    return policy, o, priors, req


def _paid(l, take):
    cost = max(l.unit_price * l.quantity - l.discount + l.tax, Decimal(0))
    return (cost * take / l.quantity).quantize(CENT, ROUND_HALF_UP)


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_quote_is_never_negative_and_never_exceeds_what_was_paid(s):
    policy, o, priors, req = s
    d = evaluate_return(policy, o, priors, req, NOW)
    q = d.quote
    assert q.total.amount >= 0
    by_id = {l.line_id: l for l in o.lines}
    allowed = [l for l in d.lines if l.allowed]
    paid = sum((_paid(by_id[l.line_id], l.quantity) for l in allowed), Decimal(0))
    assert q.items.amount == paid
    assert q.shipping.amount <= o.shipping_paid
    assert q.total.amount <= paid + q.shipping.amount + q.credits.amount
    assert q.total.amount <= paid + o.shipping_paid + q.credits.amount
    assert sum((x.amount.amount for x in q.lines), Decimal(0)) == q.total.amount
    assert q.total.amount == q.total.amount.quantize(CENT)


@settings(max_examples=200, deadline=None)
@given(scenarios(), st.randoms(use_true_random=False))
def test_quote_does_not_depend_on_line_order(s, rnd):
    policy, o, priors, req = s
    first = evaluate_return(policy, o, priors, req, NOW)
    order_lines, request_lines = list(o.lines), list(req.lines)
    rnd.shuffle(order_lines)
    rnd.shuffle(request_lines)
    second = evaluate_return(
        policy, replace(o, lines=tuple(order_lines)), priors, replace(req, lines=tuple(request_lines)), NOW
    )
    assert second.quote.total == first.quote.total
    assert second.quote.items == first.quote.items
    assert second.quote.shipping == first.quote.shipping
    assert second.quote.fees == first.quote.fees
    assert sorted((x.code, x.line_id or "", x.amount.amount) for x in second.quote.lines) == sorted(
        (x.code, x.line_id or "", x.amount.amount) for x in first.quote.lines
    )
    assert {(l.line_id, l.allowed) for l in second.lines} == {(l.line_id, l.allowed) for l in first.lines}
    assert second.allowed == first.allowed


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_evaluation_is_deterministic(s):
    policy, o, priors, req = s
    assert evaluate_return(policy, o, priors, req, NOW) == evaluate_return(policy, o, priors, req, NOW)


@settings(max_examples=200, deadline=None)
@given(
    price=money,
    quantity=st.integers(1, 7),
    tax=st.decimals(min_value=0, max_value=20, places=2),
    data=st.data(),
)
def test_partial_returns_add_up_to_exactly_what_the_line_cost(price, quantity, tax, data):
    l = line("L1", price=str(price), quantity=quantity, tax=str(tax),
             shipped_at=DELIVERED, delivered_at=DELIVERED)
    o = order(l)
    policy = load_preset("alltrendsusa")
    priors, total, returned, k = [], Decimal(0), 0, 0
    while returned < quantity:
        take = data.draw(st.integers(1, quantity - returned))
        d = evaluate_return(policy, o, priors, request(ask("L1", take)), NOW)
        assert d.allowed
        total += d.quote.items.amount
        returned += take
        k += 1
        priors.append(prior(("L1", take), return_id=f"R{k}"))
    assert total == (price * quantity + tax).quantize(CENT)


def test_shop_currency_rounding_for_zero_decimal_currencies():
    """JPY has no minor unit: amounts are whole yen."""
    data = policy_to_data(load_preset("alltrendsusa"))
    data["currency"] = "JPY"
    policy = parse_policy(data)
    l = line("L1", price="1000", quantity=3, tax="100", shipped_at=DELIVERED, delivered_at=DELIVERED)
    o = order(l, currency="JPY", shop=replace(SHOP, currency="JPY"))
    d = evaluate_return(policy, o, [], request(ask("L1", 1)), NOW)
    assert d.quote.items.amount == Decimal("1033") and d.quote.items.wire() == "1033"

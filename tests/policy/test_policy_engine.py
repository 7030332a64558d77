"""The evaluator beyond the presets: quantities, prior returns, versions, EU mode, currencies,
product rules, fees, windows from purchase and in business days."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from policy_factories import SHOP, ask, codes, line, ny, order, prior, request

from plugin.values.calendar import CalendarError
from plugin.policy.document import parse_policy, policy_to_data
from plugin.policy.evaluate import CurrencyMismatch, evaluate_return, returnable_lines
from plugin.policy.presets import load_preset

DELIVERED = ny(2026, 3, 5, 15)
NOW = ny(2026, 3, 12, 10)


def delivered(line_id="L1", **kw):
    kw.setdefault("shipped_at", ny(2026, 3, 2, 9))
    kw.setdefault("delivered_at", DELIVERED)
    return line(line_id, **kw)


def policy(name="alltrendsusa", **changes):
    data = policy_to_data(load_preset(name))
    for path, value in changes.items():
        node = data
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value
    return parse_policy(data)


P = load_preset("alltrendsusa")


def test_unknown_and_duplicate_lines_and_bad_quantities():
    o = order(delivered("L1", quantity=2))
    d = evaluate_return(P, o, [], request(ask("L1", 1), ask("L1", 1), ask("NOPE"), ask("L1", 0)), NOW)
    assert [[r.code for r in l.reasons] for l in d.lines] == [
        [], ["DUPLICATE_LINE"], ["UNKNOWN_LINE"], ["DUPLICATE_LINE"]
    ]
    assert not d.allowed and d.quote.items.amount == Decimal("40.00")


def test_invalid_quantity_and_reason():
    d = evaluate_return(P, order(delivered()), [], request(ask("L1", 0, reason="BORED")), NOW)
    assert codes(d) == {"INVALID_QUANTITY", "UNKNOWN_REASON"}


def test_returnable_quantity_counts_active_prior_returns_only():
    o = order(delivered("L1", quantity=3))
    priors = [prior(("L1", 1), status="OPEN"), prior(("L1", 1), status="DECLINED", return_id="R2"),
              prior(("L1", 1), status="CANCELED", return_id="R3")]
    assert returnable_lines(P, o, priors, NOW)[0].returnable_quantity == 2
    assert evaluate_return(P, o, priors, request(ask("L1", 2)), NOW).allowed
    assert codes(evaluate_return(P, o, priors, request(ask("L1", 3)), NOW)) == {"QUANTITY_EXCEEDS_RETURNABLE"}
    done = [prior(("L1", 3), status="CLOSED")]
    assert [r.code for r in returnable_lines(P, o, done, NOW)[0].reasons] == ["ALREADY_RETURNED"]


def test_only_fulfilled_units_can_be_returned():
    o = order(delivered("L1", quantity=3, fulfilled=1), line("L2", fulfilled=0))
    assert codes(evaluate_return(P, o, [], request(ask("L1", 2)), NOW)) == {"QUANTITY_EXCEEDS_RETURNABLE"}
    assert codes(evaluate_return(P, o, [], request(ask("L2")), NOW)) == {"NOT_FULFILLED"}


def test_shipped_but_not_delivered_without_a_buffer_or_an_estimate():
    p = policy(returns__window__transit_buffer_days=None, delivery__estimate_untracked=False)
    o = order(line("L1", shipped_at=ny(2026, 3, 2), delivered_at=None))
    assert codes(evaluate_return(p, o, [], request(), NOW)) == {"NOT_DELIVERED"}


def test_shipped_but_not_delivered_counts_from_the_estimated_delivery():
    # No buffer on the window: the delivery estimate (7 days by default) counts.
    p = policy(returns__window__transit_buffer_days=None, returns__window__days=30)
    o = order(line("L1", shipped_at=ny(2026, 1, 1), delivered_at=None))
    assert codes(evaluate_return(p, o, [], request(), ny(2026, 2, 7, 12))) == set()  # 1 Jan + 7 + 30 = 7 Feb
    assert codes(evaluate_return(p, o, [], request(), ny(2026, 2, 8, 12))) == {"RETURN_PERIOD_ENDED"}


def test_cancelled_order_cannot_be_returned():
    o = order(delivered(), cancelled_at=ny(2026, 3, 3))
    assert "ORDER_CANCELLED" in codes(evaluate_return(P, o, [], request(), NOW))


def test_decision_records_the_policy_version_and_old_decisions_replay():
    o = order(delivered())
    v1 = load_preset("alltrendsusa")
    v2 = policy(returns__window__days=5)
    first = evaluate_return(v1, o, [], request(), NOW, policy_version=1)
    second = evaluate_return(v2, o, [], request(), NOW, policy_version=2)
    assert first.policy_version == 1 and first.allowed
    assert second.policy_version == 2 and codes(second) == {"RETURN_PERIOD_ENDED"}
    # Replaying the first decision with its own version gives the same answer after v2 exists.
    assert evaluate_return(v1, o, [], request(), NOW, policy_version=1) == first


def test_eu_mode_extends_the_window_for_eu_addresses():
    p = policy(returns__window__days=7, eu__enabled=True)
    eu = order(delivered(), country="FR", shipping_paid="6.00")
    us = order(delivered(), country="US", shipping_paid="6.00")
    day_10 = ny(2026, 3, 15, 12)
    assert codes(evaluate_return(p, us, [], request(), day_10)) == {"RETURN_PERIOD_ENDED"}
    d = evaluate_return(p, eu, [], request(), day_10)
    assert d.allowed and d.lines[0].return_by == date(2026, 3, 19)
    assert d.quote.shipping.amount == Decimal("6.00")  # standard delivery refunded on withdrawal


def test_currency_mismatch_needs_a_rate():
    o = order(delivered(price="50.00"), currency="EUR", free_shipping=True)
    p = policy(fees__free_shipping_deduction="10.00")
    with pytest.raises(CurrencyMismatch):
        evaluate_return(p, o, [], request(), NOW)
    d = evaluate_return(p, replace(o, policy_to_order_rate=Decimal("0.9")), [], request(), NOW)
    assert d.quote.currency == "EUR" and d.quote.fees.amount == Decimal("9.00")
    assert d.quote.total.amount == Decimal("41.00")


def test_a_policy_without_fixed_amounts_works_in_any_currency():
    from plugin.policy.document import default_policy

    o = order(delivered(price="5000"), currency="JPY", shop=replace(SHOP, currency="JPY"))
    d = evaluate_return(default_policy(), o, [], request(), NOW)
    assert d.allowed and d.quote.total.wire() == "5000"


def test_naive_now_is_refused():
    from datetime import datetime

    with pytest.raises(CalendarError):
        evaluate_return(P, order(delivered()), [], request(), datetime(2026, 3, 12))


def test_product_rule_window_and_exchange_only():
    rules = [
        {"label": "Swimwear", "match": {"product_types": ["swimwear"]}, "exchange_only": True},
        {"label": "Electronics", "match": {"tags": ["electronics"]},
         "window": {"days": 14, "unit": "CALENDAR", "starts": "DELIVERY"}},
    ]
    p = policy(product_rules=rules, resolutions__exchange="ALWAYS")
    swim = order(delivered(product_type="swimwear"))
    assert codes(evaluate_return(p, swim, [], request(), NOW)) == {"EXCHANGE_ONLY"}
    assert evaluate_return(p, swim, [], request(resolution="EXCHANGE"), NOW).allowed
    gadget = order(delivered(tags=("electronics",)))
    assert evaluate_return(p, gadget, [], request(), ny(2026, 3, 19, 23)).allowed
    assert codes(evaluate_return(p, gadget, [], request(), ny(2026, 3, 20, 0))) == {"RETURN_PERIOD_ENDED"}


def test_restocking_and_flat_fees_are_waived_when_at_fault():
    p = policy(fees__restocking_percent="10", fees__flat_fee="3.00")
    o = order(delivered("L1", price="40.00"), delivered("L2", price="20.00"))
    plain = evaluate_return(p, o, [], request(ask("L1"), ask("L2")), NOW)
    assert plain.quote.fees.amount == Decimal("9.00")  # 4 + 2 restocking + 3 flat
    assert plain.quote.total.amount == Decimal("51.00")
    mixed = evaluate_return(p, o, [], request(ask("L1", reason="DEFECTIVE"), ask("L2")), NOW)
    assert mixed.merchant_at_fault and mixed.quote.fees.amount == Decimal("2.00")  # L2 restocking only


def test_window_from_purchase_in_business_days():
    p = policy(returns__window={"days": 3, "unit": "BUSINESS", "starts": "PURCHASE"})
    o = order(delivered(), placed_at=ny(2026, 11, 25, 9))  # Wednesday before Thanksgiving
    d = evaluate_return(p, o, [], request(), ny(2026, 12, 1, 23, 59))
    assert d.allowed and d.lines[0].return_by == date(2026, 12, 1)
    assert not evaluate_return(p, o, [], request(), ny(2026, 12, 2, 0, 0)).allowed


def test_store_credit_when_the_refund_method_allows_it():
    p = policy(refund__method="CUSTOMER_CHOICE")
    d = evaluate_return(p, order(delivered()), [], request(resolution="STORE_CREDIT"), NOW)
    assert d.allowed and d.refund_method == "STORE_CREDIT"
    assert evaluate_return(p, order(delivered()), [], request(), NOW).refund_method == "ORIGINAL_PAYMENT"


def test_partial_quantity_is_refunded_per_unit_with_discount_and_tax():
    o = order(delivered(price="10.00", quantity=3, discount="3.00", tax="2.10"))
    d = evaluate_return(P, o, [], request(ask("L1", 2)), NOW)
    assert d.quote.items.amount == Decimal("19.40")  # (30 - 3 + 2.10) * 2 / 3


def test_listing_marks_sets_and_carries_the_window():
    p = load_preset("allegra-k")
    o = order(delivered("TOP", set_id="S1"), delivered("SKIRT", set_id="S1"), delivered("L3"))
    listing = returnable_lines(p, o, [], NOW)
    assert [e.whole_set_only for e in listing] == [True, True, False]
    assert all(e.allowed and e.return_by == date(2026, 4, 4) for e in listing)


def test_shop_timezone_decides_the_last_day():
    tokyo = replace(SHOP, timezone="Asia/Tokyo", country="JP")
    o = order(delivered(), shop=tokyo)  # 15:00 New York = 05:00 next day in Tokyo
    d = evaluate_return(P, o, [], request(), NOW)
    assert d.lines[0].return_by == date(2026, 4, 5)


@pytest.mark.parametrize("through_exclusions", [False, True])
def test_returns_only_at_fault_let_a_fault_through_and_other_exclusions_decide_for_themselves(through_exclusions):
    final_sale = {"category": "FINAL_SALE", "label": "Final sale items", "match": {"tags": ["final-sale"]}, "fault_override": True}
    p = policy(returns__only_at_fault=True, exclusions=[final_sale], fault__overrides_exclusions=through_exclusions,
               fault__window={"days": 10, "unit": "CALENDAR", "starts": "DELIVERY"})
    plain = order(delivered("L1"), delivered("L2", tags=("final-sale",)))
    assert codes(evaluate_return(p, plain, [], request(ask("L1")), NOW)) == {"RETURNS_ONLY_AT_FAULT"}
    assert evaluate_return(p, plain, [], request(ask("L1", reason="DAMAGED")), NOW).allowed
    # the fault's own window, not the 30-day return window
    assert codes(evaluate_return(p, plain, [], request(ask("L1", reason="DAMAGED")), ny(2026, 3, 16, 0))) == {"RETURN_PERIOD_ENDED"}
    damaged_sale = evaluate_return(p, plain, [], request(ask("L2", reason="DAMAGED")), NOW)
    assert damaged_sale.allowed is through_exclusions
    listed = {l.line_id: l for l in returnable_lines(p, plain, [], NOW)}
    assert not listed["L1"].allowed and listed["L1"].fault_override_available
    assert listed["L2"].fault_override_available is through_exclusions

"""Session 17, after test68..71's read: a fee "for some returns" or one the shop "keeps the right to charge" is no fee of
every return or cancellation; insurance bought "at checkout" is the order's, not advice for the return parcel; and the
bank's time said in the sentence after the shop's time to issue the refund is the extra delay after it."""

from __future__ import annotations

from plugin.policy.drafting import draft_policy


def _placed(text: str) -> dict:
    return {p.path: p.value for p in draft_policy(text).placed}


def test_a_fee_for_some_returns_or_one_the_shop_may_charge_is_listed_not_set():
    assert _placed("A 30% restocking fee will apply to some returns.") == {}
    assert _placed("We keep the right to charge a 10% cancellation fee on any order.") == {}
    assert _placed("Orders cancelled before shipping pay a 10% cancellation fee.").get("cancellation.refund_percent") == "90"


def test_insurance_bought_at_checkout_is_no_advice_for_the_return_parcel():
    assert _placed("Think about paying for tracking and insurance on your parcel at checkout, to cover loss or damage.") == {}
    assert _placed("Please send your return by a tracked and insured service.") == {
        "instructions.tracked_shipping_recommended": True, "instructions.insured_shipping_recommended": True}


def test_the_banks_time_in_the_sentence_after_the_shops_is_the_extra_delay():
    placed = _placed("An item that meets our return requirements is refunded within 7-10 business days. "
                     "Depending on your payment provider, your statement may show it only 7-10 business days later.")
    assert placed["refund.additional_delay"] == {"min_days": 7, "max_days": 10, "unit": "BUSINESS"}
    assert "refund.typical_arrival" not in placed
    assert "refund.typical_arrival" in _placed("Depending on your bank, a refund may take 7-10 business days to show on your statement.")

"""Issue 26, review 9 mends (second engineer): the bugs the review found in the drafter's readers, each in
sentences of our own, with a counter-sentence where the right reading must still hold. Rules only."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


# Review 9, item 1: "a fee that covers shipping both ways" is the customer's fee, no payer named; the shop
# paying for carriage there and back still is
@pytest.mark.parametrize("text", [
    "A $30 restocking fee that covers shipping both ways applies to every return.",
    "Each return carries a handling charge which covers postage both ways.",
])
def test_a_fee_covering_shipping_both_ways_names_no_shop_paying(text):
    assert first_values(text).get("shipping.default.payer") != "MERCHANT"


@pytest.mark.parametrize("text", [
    "We cover shipping both ways on every return.",
    "We pay for postage in both directions on all returns.",
])
def test_the_shop_paying_both_ways_still_pays(text):
    assert first_values(text).get("shipping.default.payer") == "MERCHANT"


# Review 9, item 15: the refusal of every return after its reason, with any word of regret between ("so
# regrettably we cannot ...", "so I am afraid we cannot ..."), not only the three a page used
@pytest.mark.parametrize("text", [
    "Each candle is poured by hand to your order, so regrettably we cannot accept returns.",
    "Each candle is poured by hand to your order, so I am afraid we cannot accept returns.",
    "Each candle is poured by hand to your order, so unfortunately we cannot accept returns.",
])
def test_a_refusal_after_its_reason_with_a_word_of_regret_closes_returns(text):
    assert first_values(text).get("returns.enabled") is False


def test_a_refusal_after_its_reason_for_late_returns_does_not_close_returns():
    # counter: a time named before the refusal is a window, not every return refused
    assert first_values("Each candle is poured by hand to your order, so after 30 days, we cannot accept returns.").get("returns.enabled") is None

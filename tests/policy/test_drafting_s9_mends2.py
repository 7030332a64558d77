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

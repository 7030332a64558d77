"""The order's shipping kept except for the shop's faults, said in more ways: the exception in a sentence of its own before
or after the rule (even implied: "less shipping", then "... unless what arrived was damaged"), a rule for the returns that
are not defective, "refunds leave out", "only where the mistake was ours", under a "Refunds of shipping costs:" lead. Each
sentence is written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED


@pytest.mark.parametrize("text", [
    "Refunds go to your card, minus the original shipping. Shipping and handling is kept, unless what arrived was damaged or defective.",
    "For returns that are not defective, original shipping costs are not refunded.",
    "Refunds leave out any shipping or handling charges, except for faulty or damaged items.",
    "We credit shipping costs only where the shipping mistake was ours.",
    "- Refunds of shipping costs: we do not refund shipping costs, except where the item is defective or incorrect.",
])
def test_shipping_kept_but_for_the_shops_faults(text):
    assert first_values(text).get("refund.original_shipping") == "MERCHANT_AT_FAULT"


def test_the_rule_after_its_exception_is_no_contradiction():
    draft = draft_policy("We refund the shipping costs if we sent the wrong item. Shipping costs are not refunded.", UNTRAINED)
    assert {(p.path, p.value) for p in draft.placed if p.path == "refund.original_shipping"} == {("refund.original_shipping", "MERCHANT_AT_FAULT")}
    assert len([p for p in draft.placed if p.path == "refund.original_shipping"]) == 2  # both sentences lead to it
    assert not draft.unplaced


@pytest.mark.parametrize("text", [
    "They are refunded less all shipping charges, and a 20% restocking fee is taken for items that are not damaged.",
    "Shipping costs are not refunded.",
])
def test_shipping_kept_on_every_return_is_still_never(text):
    assert first_values(text).get("refund.original_shipping") == "NEVER"


def test_a_refund_for_some_goods_is_still_scoped():
    assert "refund.method" not in first_values("Refunds for sale items are given as store credit.")

"""Session 11 probe: rules for one situation of a return (an exchange, a repair, a parcel the carrier could not hand
over, a seal broken, a late return, one way of bringing the return, part of a set, a second return of what an exchange
brought) that the drafter read as every return's rule. Each sentence is written for the test, not taken from a shop's
page; it must place nothing and go to the merchant. Guards: general sentences of the same shape that must still read.
The rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import first_values, placed
from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY

SITUATIONS = [
    # one kind of exchange
    "For size exchanges, send the item back within 60 days and we pay the postage.",
    # a second return of what an exchange or a replacement brought
    "Replacement items can be returned within 14 days of receipt.",
    "If you return an item you received in exchange, return postage is at your cost.",
    # a repair, a claim on an insurance
    "Items returned from repair are covered for 90 days.",
    "For warranty repairs, the customer pays postage to the service centre.",
    "Insurance claims for lost parcels are refunded to the original payment method.",
    # a parcel the carrier could not hand over
    "Parcels that cannot be delivered and come back to us are refunded within 10 days.",
    "Orders not collected from the post office are refunded less the postage both ways.",
    "If you chose uninsured shipping, we cannot refund parcels lost by the carrier.",
    # the item's state
    "Once installed, a product is charged a 25% restocking fee.",
    "If the seal has been broken, we can only offer store credit.",
    # a late return
    "Late returns are accepted for store credit up to 60 days after delivery.",
    # one way of bringing the return
    "If you return by post, you pay the return postage.",
    "If you return in store, please bring your receipt.",
    # part of a set or an order
    "If you return one item from a set, you will receive store credit only.",
    "If you return only part of your order, the original shipping cost is not refunded.",
]


@pytest.mark.parametrize("text", SITUATIONS)
def test_a_situations_rule_places_nothing_and_goes_to_the_merchant(text):
    draft = draft_policy(text, RULES_ONLY)
    assert placed(text) == {}
    assert [u.sentence.text for u in draft.unplaced] == [text]


@pytest.mark.parametrize("text", [
    "Repairs are completed within 14 business days of receipt.",
    "Large items will be collected by our courier for a $49 fee.",
    "If your item needs to be collected, please call us to book a collection.",
    "If a product develops a fault after 30 days, please contact the manufacturer.",
    "If you keep some items from a multi-buy offer, the discount is recalculated.",
    "If you gave us the wrong address, you pay to have the parcel sent again.",
])
def test_a_situation_the_drafter_did_not_take_for_returns_goes_to_the_merchant(text):
    assert [u.sentence.text for u in draft_policy(text, RULES_ONLY).unplaced] == [text]


def test_the_second_tier_after_the_window_is_no_refund_time():
    values = first_values("Returns are accepted within 30 days for a full refund; between 31 and 60 days we issue store credit.")
    assert values.get("returns.window.days") == 30
    assert "refund.processing" not in values


def test_a_parcel_lost_in_transit_goes_to_the_merchant_beside_the_window():
    text = "Returns are accepted within 30 days. Items lost in transit on their way back to us are the customer's responsibility."
    draft = draft_policy(text, RULES_ONLY)
    assert first_values(text).get("returns.window.days") == 30
    assert [u.sentence.text for u in draft.unplaced] == ["Items lost in transit on their way back to us are the customer's responsibility."]


# --- guards: the same shapes naming every return ---------------------------------------------------------------------

def test_all_or_part_of_an_order_is_every_return():
    assert first_values("You may return all or part of your order within 30 days of delivery.").get("returns.window.days") == 30


def test_part_of_an_order_missing_is_still_a_fault():
    text = ("Faulty or missing items: if part of your order is missing or broken when it reaches you, email us within two "
            "working days of delivery.")
    assert "INCOMPLETE" in placed(text).get("fault.reasons", set())


def test_an_insurance_claim_the_shop_files_leaves_the_fault_read():
    text = "Should your order reach you damaged, email photographs of the damage and we will file the insurance claim for you."
    assert "DAMAGED" in placed(text).get("fault.reasons", set())


def test_returns_by_post_alone_are_every_return():
    text = "Returns by post need an authorization code from us first."
    assert first_values(text).get("returns.request_required_before_shipping") is True


def test_exchanges_or_refunds_are_every_return():
    assert first_values("For exchanges or refunds, send the item back within 30 days of delivery.").get("returns.window.days") == 30


def test_two_refund_times_are_no_second_tier():
    values = first_values("Store credit is issued within 2 days of receiving your return, and card refunds between 3 and 5 days.")
    assert values.get("refund.processing") is not None


def test_an_opened_item_sentence_with_the_window_beside_it():
    text = "We accept returns within 30 days. Opened products carry a 10% restocking fee."
    values = first_values(text)
    assert values.get("returns.window.days") == 30
    assert "fees.restocking_percent" not in values

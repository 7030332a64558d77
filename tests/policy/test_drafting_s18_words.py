"""Session 18, from test72..75's read: a shop that "takes back" goods in a window states the window; a refund paid "in the
same form in which you paid" goes the way it was paid; "once we have inspected the item, we refund" is the check every
refund waits for (the rules alone read these; before, only the learned reader's likeness caught some)."""

from __future__ import annotations

from drafting_helpers import holds


def test_a_shop_that_takes_back_goods_within_days_states_the_window():
    holds("Acme takes back, and refunds, new and unused products that reach us in their original packaging within 30 days "
          "of the date they were delivered.", {"returns.window.days": 30, "returns.window.starts": "DELIVERY"})


def test_a_refund_in_the_same_form_in_which_you_paid_goes_the_way_it_was_paid():
    holds("We refund the purchase price in the same form in which you paid.", {"refund.method": "ORIGINAL_PAYMENT"})


def test_a_refund_after_the_shop_has_inspected_the_item_waits_for_the_inspection():
    holds("Once we have inspected the item, we refund the purchase price in the same form in which you paid, less any "
          "restocking, shipping and handling fees (explained below).",
          {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT"})
    # the customer's own check of the delivery is no inspection before a refund
    holds("When you have checked the goods on arrival, tell us of any damage.", {"refund.inspection": None})

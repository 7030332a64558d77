"""Session 12 review probe (the return's terms): sentences of our own on the readings this session added to the window,
the refund, its processing, fees, resolutions and the return's payer, in a small ordinary policy page; those each new
pattern should read and the near misses (another sense of the same words, some goods only, a neighbouring setting) it
must not. Rules only."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

WINDOW = "We accept returns within 30 days of delivery. "
CONDITION = "Items must be unused and in their original packaging. "
METHOD = "Refunds are issued to the original payment method. "


def page(*parts: str) -> str:
    return "Returns\n\n" + "".join(parts)


# After the shop's approval, a deadline told as the step to take ("Post the goods within 14 days") is the ship-by one;
# a sentence that states the window itself after an approval, an RMA or a return label is still the window
@pytest.mark.parametrize("text", [
    "If we authorise your return, we send you an RMA number. Post the parcel within 10 days.",
    "Once approved, you will receive a return label by email. Please send the item within 5 days.",
    "We will email you a return number once we approve the request. Post the goods within 14 days.",
])
def test_a_step_after_the_approval_is_no_window(text):
    assert "returns.window.days" not in placed(page(CONDITION, METHOD, text))


@pytest.mark.parametrize(("text", "days"), [
    ("We will email you a return number. You can return any item within 60 days.", 60),
    ("Returns must be authorised by us first. Items can be returned within 60 days.", 60),
    ("All returns need an RMA number. Returns are accepted within 45 days.", 45),
    ("Refunds are approved after inspection. You may return goods within 60 days.", 60),
    ("We approve most requests. You have 60 days to return an item.", 60),
    ("Returns need our approval. We accept returns within 60 days.", 60),
    ("Each return needs a return label. Items can be sent back within 60 days.", 60),
    ("An RMA is required. Unused goods may be returned within 60 days.", 60),
])
def test_a_window_stated_after_an_approval_is_read(text, days):
    assert placed(page(CONDITION, METHOD, text)).get("returns.window.days") == days


# The order's shipping left out after a comma ("We refund the price of the item, not the original shipping charge") is
# kept; another thing the shipping names (its address, time, insurance, account) or the shipping of a return or an
# exchange is not the order's shipping cost
@pytest.mark.parametrize("text", [
    "We refund the price of the item, not the original shipping charge.",
    "Refunds cover the goods only, not the shipping you paid.",
    "We refund the cost of the products, not the delivery fee.",
    "Shipping paid on the original order is not refunded.",
])
def test_the_orders_shipping_left_out_of_the_refund_is_kept(text):
    assert placed(page(WINDOW, CONDITION, METHOD, text)).get("refund.original_shipping") == "NEVER"


@pytest.mark.parametrize("text", [
    "We refund the shipping, not the restocking fee.",
    "We refund the goods, not the shipping for the return.",
    "Refunds are made to your card, not the shipping address.",
    "We refund you in full, not the shipping of exchanges.",
    "Refunds go to the original payment, not the shipping account.",
    "Refunds are issued within 5 days, not the shipping time.",
    "We refund the item price, not shipping insurance.",
])
def test_another_thing_named_by_the_shipping_keeps_no_shipping(text):
    assert "refund.original_shipping" not in placed(page(WINDOW, CONDITION, METHOD, text))


# The shop's refund counted from the return or the goods coming in is the refund's processing; a span whose nearest verb
# is the customer's return, or another act counted from the goods arriving, is not
@pytest.mark.parametrize(("text", "days"), [
    ("Your refund is processed within 5 days from the day the return is delivered to our warehouse.", 5),
    ("We send your refund within 7 days after the parcel has arrived.", 7),
    ("We credit your card within 3 days of receiving the return.", 3),
])
def test_a_refund_counted_from_the_return_coming_in_is_processing(text, days):
    assert placed(page(WINDOW, CONDITION, METHOD, text))["refund.processing"]["max_days"] == days


@pytest.mark.parametrize("text", [
    "You can return the goods within 14 days after the items are delivered.",
    "Refunds are possible for items sent back within 14 days after the goods are delivered.",
    "We refund any item returned within 14 days of the goods arriving.",
    "We refund items you return within 21 days of receiving the goods.",
    "We refund orders cancelled within 2 days of the order being placed.",
    "Report damage within 3 days of the goods being delivered and we will refund you.",
])
def test_a_span_the_customer_acts_in_is_no_refund_processing(text):
    assert "refund.processing" not in placed(page(WINDOW, CONDITION, METHOD, text))


# The original way refused names no refund way ("We do not refund to the original payment method"); a refusal of
# something else beside the way, the conditions for a refund, and a choice of the shop's that is not among outcomes
# ("We will choose the best courier") leave the way read
@pytest.mark.parametrize(("text", "method"), [
    ("We do not refund to the original payment method; all refunds are given as store credit.", "STORE_CREDIT"),
    ("Refunds are given as store merchandise credit.", "STORE_CREDIT"),
    ("We do not charge a fee; refunds go back to the original payment method.", "ORIGINAL_PAYMENT"),
    ("Refunds are never delayed and always go back to your original payment method.", "ORIGINAL_PAYMENT"),
    ("We don't keep any of your money: refunds are paid back to your card.", "ORIGINAL_PAYMENT"),
    ("We cannot refund shipping, but the item price is refunded to the original payment method.", "ORIGINAL_PAYMENT"),
    ("We do not issue cash refunds; refunds are credited back to the card you paid with.", "ORIGINAL_PAYMENT"),
    ("To qualify for a refund, items must be unused. Refunds are made to your original payment method.", "ORIGINAL_PAYMENT"),
    ("Refunds are made to the original payment method once the conditions for a refund are met.", "ORIGINAL_PAYMENT"),
    ("Once your refund has been processed, it goes back to the original payment method.", "ORIGINAL_PAYMENT"),
    ("We will choose the best courier; refunds go to the original payment method.", "ORIGINAL_PAYMENT"),
])
def test_the_refund_way_beside_another_refusal_or_choice_is_read(text, method):
    assert placed(page(WINDOW, CONDITION, text)).get("refund.method") == method


@pytest.mark.parametrize("text", [
    "We never refund your card; refunds are issued as a gift card.",
    "Once the 30 days have passed, we can only offer store credit.",
    "Once we have confirmed the fault, we will choose to offer you a refund or store credit.",
    "We decide whether an item qualifies; approved refunds go back to your card.",
    "These conditions must be met for a refund: the item is unused and in its box.",
])
def test_a_refused_way_a_later_tier_or_the_shops_pick_names_no_way(text):
    assert placed(page(WINDOW, CONDITION, text)).get("refund.method") != "ORIGINAL_PAYMENT"

"""Session 13, last mends of the window and money readers: a shop's reply time, a window for goods made for the order
beside everyone else's, the days to claim a refund, a charge for goods kept past a deadline, and "these orders" pointing
back at every order the sentence names. Rules alone."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


def setting(text: str, path: str):
    return placed(text).get(path)


# --- the shop answering the customer's message is no return window (window._SHOP_REPLIES) -------------------------------

@pytest.mark.parametrize("text", [
    "Returns\nWe'll answer your message about a return within a day.",
    "Returns\nOur team will answer your return message within 1 day.",
    "We'll answer your message within a day and send a return label.",
    "Return questions: we'll answer your message within a day.",
    "Returns\nYou can return items. We'll answer your message within a day of receiving it.",
    "Returns\nWe always respond to your message within 24 hours of getting it.",
])
def test_the_shops_reply_time_is_no_window(text):
    assert setting(text, "returns.window.days") is None


@pytest.mark.parametrize("text,days", [
    ("Reply to your order confirmation email within 14 days to start a return.", 14),
    ("Answer our email within 7 days of delivery to return an item.", 7),
    ("If you want to return something, answer the message we sent within 10 days of delivery.", 10),
    ("Returns\nYou can return items within 30 days of delivery. We'll answer your message within a day.", 30),
    ("You can return items within 30 days. We'll answer your message within a day.", 30),
])
def test_the_customer_answering_or_a_window_beside_the_reply_stays(text, days):
    assert setting(text, "returns.window.days") == days


# --- goods made for the order have a window of their own (window._goods_have_window) -------------------------------------

@pytest.mark.parametrize("text,days", [
    ("Custom orders can be returned within 7 days. Everything else can be returned within 30 days.", 30),
    ("Personalised items may be returned within 14 days. All other items can be returned within 60 days.", 60),
    ("Bespoke pieces can be returned within 7 days.\nWe accept returns within 30 days of delivery.", 30),
    ("Personalized orders can be returned within 10 days. Everything else can be returned within 30 days.", 30),
    ("Made-to-order products can be returned within 10 days. Other items can be returned within 30 days.", 30),
])
def test_a_window_for_goods_made_for_the_order_is_not_everyones(text, days):
    assert setting(text, "returns.window.days") == days


@pytest.mark.parametrize("text,days", [
    ("Items can be returned within 30 days.", 30),
    ("Our items can be returned within 30 days of delivery.", 30),
    ("Items can be returned within 30 days. Custom orders cannot be returned.", 30),
    ("Orders can be returned within 14 days.", 14),
    ("All products can be returned within 21 days.", 21),
])
def test_every_items_window_stays(text, days):
    assert setting(text, "returns.window.days") == days


# --- the customer's days to claim a refund are no refund time (processing._CUSTOMER_CLAIMS) ------------------------------

@pytest.mark.parametrize("text", [
    "Customers can claim a refund within 14 days if an item arrives broken.",
    "Claim your refund within 21 days if the goods arrive damaged.",
    "You can make a claim for a refund within 7 days if your item is defective.",
    "If the product is faulty, you may claim a refund or replacement within 30 days.",
    "Buyers can file a claim for a refund within 10 days.",
    "You can claim a refund or store credit within 30 days if the item is faulty.",
])
def test_the_days_to_claim_a_refund_are_no_refund_time(text):
    assert setting(text, "refund.processing") is None


@pytest.mark.parametrize("text,days", [
    ("Refund claims are processed within 10 days.", 10),
    ("Once we receive your return, your refund is issued within 5 business days.", 5),
    ("We process refunds within 7 days of receiving the item.", 7),
    ("Your claim is reviewed and your refund is sent within 14 days.", 14),
    ("Refunds are processed within 5 days.", 5),
])
def test_the_shops_refund_time_stays(text, days):
    assert setting(text, "refund.processing")["max_days"] == days


# --- a charge for goods kept past a deadline is no window (window._LATE_CHARGE) ------------------------------------------

@pytest.mark.parametrize("text", [
    "A 25% fee is charged for any item not returned within 10 days.",
    "We will bill you for the full price if the rental is not returned within 10 days.",
    "A penalty of 20% applies to goods that aren't returned within 21 days.",
    "A restocking charge of 15% applies when items are not sent back within 30 days.",
    "You will be charged the full price if the loaner is not returned within 7 days.",
    "A 10% restocking fee is charged when goods are not returned within 14 days.",
])
def test_a_late_charges_days_are_no_window(text):
    assert setting(text, "returns.window.days") is None


@pytest.mark.parametrize("text,days", [
    ("Items not returned within 30 days will not be accepted.", 30),
    ("Returns within 30 days are free; a restocking fee applies to opened items.", 30),
    ("You can return items within 30 days; a 10% restocking fee is charged.", 30),
    ("Items must be returned within 14 days. A 15% restocking fee is charged on returns.", 14),
    ("Unused items can be returned within 30 days of delivery, no fee charged.", 30),
])
def test_a_window_beside_a_fee_stays(text, days):
    assert setting(text, "returns.window.days") == days


# --- "these orders" after every order the sentence names (scope._every_one_named_back) ----------------------------------

@pytest.mark.parametrize("text,days", [
    ("Send back any order within 30 days, and we refund these orders within 5 days.", 30),
    ("Every purchase can be returned within 60 days and we refund those purchases within 10 days.", 60),
    ("Any product can be sent back within 14 days of delivery, and we pay the postage on these products.", 14),
    ("You can return any item within 45 days and we will refund such items to your card within 7 days.", 45),
    ("All orders can be returned within 30 days and we refund these orders within a week.", 30),
])
def test_these_after_every_order_is_every_order(text, days):
    assert setting(text, "returns.window.days") == days


@pytest.mark.parametrize("text", [
    "Orders placed before January 1, 2025\nThese orders can be returned within 100 days.",
    "Sale items are final. These items can be exchanged within 14 days.",
    "Some items ship from our partner. These items can be returned within 14 days.",
    "Clearance goods: these goods can be returned within 7 days.",
    "Preorders are special: these orders can be returned within 10 days.",
])
def test_these_after_a_group_stays_the_groups(text):
    assert setting(text, "returns.window.days") is None

"""The refund rules by the ways shops word them (session 8, area "refund"): how the refund is paid, whether
the order's shipping is paid back, how long the refund takes, the shop's check and its email. Each case is a
sentence written for this test (not a shop's words), read by the rules alone, with the settings it must give
and, for precision, the settings it must leave unset."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED


def _ruled(text: str) -> dict:
    """The refund settings the rules place, first value of each."""
    got: dict = {}
    for p in draft_policy(text, UNTRAINED).placed:
        if p.path.startswith(("refund.", "resolutions.store_credit")):
            got.setdefault(p.path, p.value)
    return got


def _days(low: int, high: int, unit: str = "CALENDAR") -> dict:
    return {"min_days": low, "max_days": high, "unit": unit}


# --- the refund's way told as money going back to what the customer paid with ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Your money is put back on the debit card you paid with.", "ORIGINAL_PAYMENT"),
    ("Refunds are paid onto the card you used for the order.", "ORIGINAL_PAYMENT"),
    ("Once we accept the return we pay you back to the method you used.", "ORIGINAL_PAYMENT"),
    ("We credit the account you originally paid with.", "ORIGINAL_PAYMENT"),
    ("Approved refunds travel back the same way the order was paid.", "ORIGINAL_PAYMENT"),
    ("Your money is returned in the same form you used to pay.", "ORIGINAL_PAYMENT"),
    ("We refund the card or account the purchase was made with.", "ORIGINAL_PAYMENT"),
    ("Returned lamps are refunded in shop credit, never as cash.", "STORE_CREDIT"),
    ("Anything you bring back is exchanged for a gift voucher.", "STORE_CREDIT"),
    ("The value of your return is credited to your shop account.", "STORE_CREDIT"),
    ("You receive credit to spend in our store for whatever you return.", "STORE_CREDIT"),
    ("Refunds go back to the card you paid with or to a store credit, as you prefer.", "CUSTOMER_CHOICE"),
    ("Your refund goes to the payment method you used, or you take a gift voucher.", "CUSTOMER_CHOICE"),
])
def test_the_way_the_refund_is_paid(text, expected):
    assert _ruled(text).get("refund.method") == expected


@pytest.mark.parametrize("text", [
    "We can only put the money back on your card if you show us the receipt.",  # the refund's condition
    "Items may be sent back within 20 days.",  # a return, no money going back
    "Return postage goes back to the courier you used.",
])
def test_no_refund_way_from_a_condition_or_a_parcel(text):
    assert "refund.method" not in _ruled(text)


# --- the order's shipping, named by its paying, and the ways of keeping it ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("What you paid for delivery is not given back to you.", "NEVER"),
    ("The postage you paid on your order stays with us.", "NEVER"),
    ("Once a parcel comes back, we keep the delivery fees you paid on that order.", "NEVER"),
    ("We refund the price of the goods, though not the delivery.", "NEVER"),
    ("The refund leaves out what you paid to have the parcel delivered.", "NEVER"),
    ("Sorry, we don't pay back delivery charges on any order.", "NEVER"),
    ("Delivery fees are never part of a refund.", "NEVER"),
    ("What you paid for postage is not refunded, unless the law says otherwise.", "NEVER"),
    ("We only give back the shipping you paid when we sent the wrong size.", "MERCHANT_AT_FAULT"),
    ("Delivery charges are kept, unless the product arrived damaged.", "MERCHANT_AT_FAULT"),
    ("Postage costs are paid back only when the item is faulty.", "MERCHANT_AT_FAULT"),
    ("Delivery fees for your order are not handed back to you.", "NEVER"),
    ("Postage charges are not refunded by us.", "NEVER"),
    ("We repay the price of the goods, apart from the delivery.", "NEVER"),
    ("The cost of the first delivery is taken off what we refund.", "NEVER"),
    ("What we paid to send you the order is kept back, unless the lamp was faulty.", "MERCHANT_AT_FAULT"),
    ("Send it back at your cost unless it is faulty; the first delivery fee is never refunded.", "NEVER"),
])
def test_the_orders_shipping_kept_or_paid_back(text, expected):
    assert _ruled(text).get("refund.original_shipping") == expected


@pytest.mark.parametrize("text", [
    "If you upgraded to express shipping, that upgrade is not refunded.",  # an upgrade, not the order's shipping as such
    "Services such as hemming and engraving are not refunded.",  # no shipping at all
    "We do not refund the postage you spend sending a return to us.",  # the return's postage
    "The return shipping you paid stays with you.",
    "What you paid for gift wrap is not given back.",
    "If you simply changed your mind, the first delivery charge is taken off your refund.",  # read both ways
])
def test_no_original_shipping_from_other_charges(text):
    assert "refund.original_shipping" not in _ruled(text)


# --- the shop's check of what comes back -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Each returned jacket is looked over when it gets back to us.",
    "Once the boxes are back and examined, we pay you.",
    "Our warehouse staff test every item that is sent back.",
    "A member of staff will check anything brought back to the shop.",
    "Your refund starts after the parcel reaches us and we have checked that it is complete.",
])
def test_the_shop_checks_what_comes_back(text):
    assert _ruled(text).get("refund.inspection") is True


@pytest.mark.parametrize("text", [
    "Every candle is checked before it is dispatched.",  # before it leaves us
    "All bikes are tested before we send them out.",
    "Our telescopes come with an inspection period of 21 days.",  # the customer's trial
    "Open and look over each delivery on the day it reaches you.",  # the customer's check
    "Contact us first and we will confirm your return.",  # an approval, not a check
])
def test_no_inspection_from_other_checks(text):
    assert "refund.inspection" not in _ruled(text)


# --- how long the refund takes: the shop's clock, the bank's part, and windows that are no clock -----

@pytest.mark.parametrize("text,path,value", [
    ("Once your parcel is in our hands, expect the refund within three working days.", "refund.processing", _days(0, 3, "BUSINESS")),
    ("We normally pay the refund within ten days.", "refund.processing", _days(0, 10)),
    ("Refunds go out two or three working days after your return reaches us.", "refund.processing", _days(2, 3, "BUSINESS")),
    ("Your money goes back to the card you paid with, at most four working days later.", "refund.processing", _days(0, 4, "BUSINESS")),
    ("Once the goods are back with us, handling them takes between six and eight days.", "refund.processing", _days(6, 8)),
    ("Your refund should arrive one to two weeks after we receive the parcel.", "refund.processing", _days(7, 14)),
    ("Your refund usually shows on your statement within five working days.", "refund.typical_arrival", _days(0, 5, "BUSINESS")),
    ("Once the refund is issued, your card issuer then needs up to seven working days to post it.", "refund.additional_delay", _days(0, 7, "BUSINESS")),
    ("The refund shows up about three days after we process it.", "refund.additional_delay", _days(0, 3)),
    ("Once the return is with our team, allow as many as six working days for your refund.", "refund.processing", _days(0, 6, "BUSINESS")),
    ("After we check what comes back, your refund goes through in four or five working days.", "refund.processing", _days(4, 5, "BUSINESS")),
    ("We refund you within two days of receipt. Your bank may then need a further four days before it appears.",
     "refund.additional_delay", _days(0, 4)),
])
def test_the_refund_times(text, path, value):
    assert _ruled(text).get(path) == value


@pytest.mark.parametrize("text", [
    "As long as the jumper gets back to us within ten days, we will refund it in full.",  # the window
    "For ten days from purchase, a swap or a credit note is yours to choose.",
    "Within 14 days we can offer only an exchange, and we do not give refunds.",
    "Your refund reaches you within four weeks after you hand the parcel to the courier.",  # from the hand-over
    "Let our team hear from you no more than two days after the order arrives if you want a refund.",
])
def test_no_refund_time_from_a_window(text):
    assert not {"refund.processing", "refund.typical_arrival", "refund.additional_delay"} & set(_ruled(text))


# --- the shop's email about the refund ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our team will email you once the refund for your parcel has gone through.",
    "Once the refund is issued, you will get an email from us.",
    "When your parcel has arrived we email you to say whether the refund is approved.",
    "Your store credit is issued within a week, and we let you know by email once it is processed.",
])
def test_an_email_about_the_refund(text):
    assert _ruled(text).get("refund.confirmation_email") is True


@pytest.mark.parametrize("text", [
    "We check each return and email you once that is finished.",  # an email after the check only
    "We email you a prepaid label for your return.",  # the label's email
    "Keep the confirmation email of your order to get a refund.",  # the order's email, shown as proof
    "Please email us once your return is ready.",  # the customer's email
])
def test_no_confirmation_email_from_other_emails(text):
    assert "refund.confirmation_email" not in _ruled(text)


# --- "without deducting": the double negative pays the order's shipping back --------------------------

@pytest.mark.parametrize("text,expected", [
    ("We refund the full price without deducting the original shipping.", None),
    ("Your refund is made without deducting any delivery charge.", None),
    # the twins: the shipping taken off the refund
    ("We refund the full price after deducting the original shipping.", "NEVER"),
    ("Refunds are paid without the delivery charge.", "NEVER"),
])
def test_without_deducting_the_shipping_keeps_nothing_back(text, expected):
    assert _ruled(text).get("refund.original_shipping") == expected

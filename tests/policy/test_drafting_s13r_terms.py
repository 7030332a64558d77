"""Session 13 review of the terms mend (5ca1011, 5df931b, 23678c1, 7ac39c7): probes of each new or narrowed pattern, the
sentences it is meant to read and near misses of the same shape. Every sentence is written for the review, not taken from
a shop's page; the rules alone are read. Probes read wrong and not mended are strict xfails with the reason."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


def setting(text: str, path: str):
    return placed(text).get(path)


# --- the days to say a return is coming (periods.TELL_US_YOU_RETURN) ----------------------------------------------------

@pytest.mark.parametrize("text,days", [
    ("You have 30 days from delivery to tell us that you want to return your order.", 30),
    ("You have 20 days to let us know you would like to return the goods.", 20),
    ("You get 15 days to inform us that you plan to send it back.", 15),
    ("You have 14 days to notify us that you wish to send the parcel back.", 14),
    ("You have 45 days to tell us you have decided to return it.", 45),
    ("You have 60 days to let us know that you mean to return your purchase.", 60),
    ("Returns\nYou have 30 days to tell us that you want to return an item.", 30),
    ("You don't have to tell us that you want to return it; just send it back within 30 days.", 30),
])
def test_review_days_to_say_a_return_is_coming(text, days):
    assert setting(text, "returns.window.days") == days


@pytest.mark.parametrize("text", [
    # mended: a repair's clock, not the return window
    "You have 30 days to tell us that you want to return it for a warranty repair.",
    "You have 60 days to let us know you want to send it back for repair.",
    "Sale items: you have 7 days to tell us that you want to return them.",
    "You have 14 days to let us know you want to return a damaged item.",
    "After you tell us about a fault, you have 14 days to send the item back.",
    "Once you have asked for a refund, you have 7 days to return the item.",
    "Once you request a return, you have 14 days to ship it back to us.",
    "You have 7 days to tell us about anything missing from your parcel.",
])
def test_review_notices_that_are_no_return_window(text):
    assert setting(text, "returns.window.days") is None


# --- a deadline counted from the customer's notice (window._FROM_THE_NOTICE) --------------------------------------------

@pytest.mark.parametrize("text", [
    "When you contact us, you will have 10 days to send the goods.",
    "After you e-mail us, you get 14 days to post it back.",
    "From the day you notify us, you have 14 days to return the product.",
    "Once you have told us, you have 10 days to send it back.",
])
def test_review_days_from_the_notice_are_no_window(text):
    assert setting(text, "returns.window.days") is None


@pytest.mark.parametrize("text,days", [
    # mended: a window said after a notice that gives no days of its own
    ("When you contact us, remember that returns are accepted within 30 days.", 30),
    ("When you email us, you can return it within 30 days.", 30),
    ("Once you contact us, our team will help; returns are accepted within 30 days.", 30),
    ("When you contact us, please note that we accept returns within 30 days of purchase.", 30),
    ("When you ask for a return, you have 30 days from the delivery date to send it.", 30),
    ("When you contact us, include your order number. Returns are accepted within 30 days of delivery.", 30),
])
def test_review_a_window_beside_a_notice_is_read(text, days):
    assert setting(text, "returns.window.days") == days


# --- a refund expected from our receipt (processing._AFTER_ARRIVAL) -----------------------------------------------------

@pytest.mark.parametrize("text,days", [
    ("You can expect the refund within 5 days of when we get the item back.", 5),
    ("Please allow 14 days from the date we receive your return for the refund to be processed.", 14),
    ("Refunds are made within 30 days of receiving the returned goods.", 30),
])
def test_review_a_refund_from_our_receipt_is_processing(text, days):
    assert setting(text, "refund.processing") == {"min_days": 0, "max_days": days, "unit": "CALENDAR"}


@pytest.mark.parametrize("text", [
    "Your refund will reach your card within 10 days of our receiving your return.",
    "Your bank may take 5 days from our receipt of the return to show the refund.",
    "Refunds show up on your statement within 3 to 5 business days of our issuing them.",
])
def test_review_a_refund_reaching_the_bank_is_its_arrival(text):
    assert setting(text, "refund.processing") is None
    assert setting(text, "refund.typical_arrival") is not None


# --- a shop that speaks as one person (processing.refund_timing) ---------------------------------------------------------

def test_review_a_notice_to_me_is_the_window_not_a_refund_time():
    found = placed("Please let me know within 7 days if you want to return it.")
    assert found.get("returns.window.days") == 7 and found.get("refund.processing") is None


def test_review_my_own_refund_time_is_still_read():
    assert setting("I will refund you within 3 days; just let me know when it is posted.", "refund.processing") == \
        {"min_days": 0, "max_days": 3, "unit": "CALENDAR"}


# --- a fault claimed and not found (shipping.NO_FAULT_FOUND) ------------------------------------------------------------

@pytest.mark.parametrize("text,path", [
    ("If we find the item is not defective, we will send it back to you and charge a $25 fee.", "fees.flat_fee"),
    ("If our technicians find no defect, you will be charged $35 for the inspection.", "fees.flat_fee"),
    # mended: "turns out not to be" is the check's finding too
    ("If the item turns out not to be defective, you pay the shipping both ways.", "shipping.merchant_at_fault"),
])
def test_review_a_fault_not_found_sets_no_general_cost(text, path):
    assert setting(text, path) is None


@pytest.mark.parametrize("text,path,value", [
    # mended: "if the item is not defective" is every return without a fault, no claim checked
    ("If the item is not defective, return shipping is at your expense.", "shipping.default.payer", "CUSTOMER"),
    ("If the item is not faulty, the customer pays for return shipping.", "shipping.default.payer", "CUSTOMER"),
    ("If the goods are not faulty, returns are at the customer's expense and a 10% fee applies.", "shipping.default.payer", "CUSTOMER"),
    ("If we find the item is not as described, we cover return shipping.", "shipping.merchant_at_fault", {"payer": "MERCHANT"}),
    ("Returns are free for defective items. For all other returns, the customer pays return shipping.", "shipping.default.payer", "CUSTOMER"),
    ("We pay return shipping. If no problem is found with your return, we still refund you in full.", "shipping.default.payer", "MERCHANT"),
    ("We inspect every return. If no damage is found, your refund is issued within 5 days.", "refund.inspection", True),
])
def test_review_returns_without_a_fault_keep_their_costs(text, path, value):
    assert setting(text, path) == value


# --- fees for abuse, the conditions for no fee, postage under a change of mind, a fee assessed (fees.py, processing.py) --

@pytest.mark.parametrize("text", [
    "Abuse of our return policy will result in a 15% restocking fee.",
    "Customers who abuse our return policy are charged a 20% restocking fee.",
    "A 20% restocking fee is charged in cases of abuse.",
    "Excessive returns may result in a 15% restocking fee.",
    "Follow these steps so that your return has no restocking fee:",
])
def test_review_fees_for_some_customers_or_conditions_set_no_fee(text):
    assert setting(text, "fees.restocking_percent") is None


@pytest.mark.parametrize("text,percent", [
    # mended: abuse as the reason of a fee on every return
    ("A 10% restocking fee applies to every return to prevent abuse of our policy.", "10"),
    ("To discourage abuse, all returns carry a 15% restocking fee.", "15"),
    # mended: a purpose not tied to the fee
    ("So that returning stays simple, there is no restocking fee.", "0"),
    ("In order to keep things fair, we never charge a restocking fee.", "0"),
    ("There is no restocking fee. To avoid delays, include your order number.", "0"),
    ("A 10% restocking fee is charged when items are returned.", "10"),
    ("A 15% restocking fee will be assessed on all returns.", "15"),
])
def test_review_fees_on_every_return_are_read(text, percent):
    assert setting(text, "fees.restocking_percent") == percent


@pytest.mark.parametrize("text,path", [
    ("Since you changed your mind, the original delivery charge is not refunded.", "refund.original_shipping"),
    ("If you change your mind, the shipping charge is non-refundable.", "fees.waived_when_merchant_at_fault"),
    ("A 10% restocking fee is charged when returns are not in their original packaging.", "fees.restocking_percent"),
    ("A 15% restocking fee will be assessed on all returns.", "refund.inspection"),
    ("You will be assessed a $20 charge on every return.", "refund.inspection"),
])
def test_review_postage_and_assessed_fees_place_nothing_else(text, path):
    assert setting(text, path) is None


@pytest.mark.parametrize("text,path,value", [
    ("If you change your mind, a 10% restocking fee applies.", "fees.waived_when_merchant_at_fault", True),
    ("If you changed your mind, you pay the return shipping fee and a 15% restocking charge.", "fees.waived_when_merchant_at_fault", True),
    ("Because you changed your mind, we deduct a 10% restocking fee from your refund.", "fees.waived_when_merchant_at_fault", True),
    ("Every return is checked by our team when it comes back. A 10% fee will be assessed on each return.", "refund.inspection", True),
    ("Returns are inspected on arrival and a fee is assessed if the item is damaged.", "refund.inspection", True),
    ("All returns are inspected before we refund them. Items found damaged are sent to our suppliers for evaluation.", "refund.inspection", True),
])
def test_review_fees_for_no_fault_and_our_check_are_read(text, path, value):
    assert setting(text, path) == value


# --- orders before a date, "these orders", two regions leading a line (scope.py) ----------------------------------------

@pytest.mark.parametrize("text,days", [
    ("Orders placed before January 1, 2025\nThese orders can be returned within 100 days. We pay return shipping for these orders."
     "\n\nAll other orders\nYou can return items within 30 days of delivery. You pay return shipping.", 30),
    ("Orders before 1 March 2024 keep the old 60-day window.\n\nWe accept returns within 30 days of delivery.", 30),
    ("We accept returns within 30 days of delivery. Orders placed before December 1, 2025 may be returned until January 15.", 30),
    ("This policy was updated for orders placed from March 1, 2024. You can return items within 30 days of delivery.", 30),
    ("EU and UK customers have 14 days to cancel. Everyone else can return items within 30 days of delivery.", 30),
    ("UK & EU law gives you 14 days to cancel. We give you 30 days to return items from delivery.", 30),
    ("We ship within 2 days after customers place their order. Returns are accepted within 30 days.", 30),
    ("Returns: you can send back any order within 30 days of delivery, and we refund these orders within 5 days.", 30),
])
def test_review_the_general_window_beside_dated_or_regional_groups(text, days):
    assert setting(text, "returns.window.days") == days


def test_review_the_dated_group_leaves_the_general_payer():
    text = ("Orders placed before January 1, 2025\nThese orders can be returned within 100 days. We pay return shipping for these orders."
            "\n\nAll other orders\nYou can return items within 30 days of delivery. You pay return shipping.")
    assert setting(text, "shipping.default.payer") == "CUSTOMER"


@pytest.mark.parametrize("text", [
    "EU/UK orders: 14 days from delivery to return.",
    "UK and EU customers can return items within 30 days of delivery.",
])
def test_review_two_regions_leading_a_line_are_some_customers(text):
    assert setting(text, "returns.window.days") is None


# --- customers receiving the goods, the outcomes asked for in a series (periods.py, window.py) --------------------------

@pytest.mark.parametrize("text,start", [
    ("Easy returns within 30 days after customers receive their order.", "DELIVERY"),
    ("Returns are accepted within 30 days after clients place the order.", "PURCHASE"),
    ("Buyers can return items within 14 days after buyers receive them.", "DELIVERY"),
])
def test_review_customers_plural_start_the_window(text, start):
    assert setting(text, "returns.window.starts") == start


@pytest.mark.parametrize("text,days", [
    ("You can ask for a refund or exchange within 30 days of delivery.", 30),
    ("You can ask for a refund, an exchange or store credit within 14 days of delivery.", 14),
])
def test_review_outcomes_asked_for_are_the_window(text, days):
    assert setting(text, "returns.window.days") == days


@pytest.mark.parametrize("text", [
    "Sale items: you can request an exchange or store credit within 7 days.",
    "If your item arrived damaged, you can request a refund or exchange within 7 days.",
    "Damaged items: you can request a refund or a replacement within 48 hours.",
    "You can't ask for a refund or exchange within the first 24 hours.",
    "You can claim a refund or store credit within 30 days if the item is faulty.",
])
def test_review_outcomes_asked_for_some_returns_are_no_window(text):
    assert setting(text, "returns.window.days") is None


def test_review_a_faults_claim_deadline_is_no_refund_time():
    assert setting("You can claim a refund or store credit within 30 days if the item is faulty.", "refund.processing") is None


# --- store credit listed among a fault's remedies (refund._not_a_refund_way) --------------------------------------------

def test_review_store_credit_listed_under_a_fault_heading():
    text = "Defective Items\nIf your item is faulty, choose one of these:\n- A replacement\n- Store credit for future purchases\n- A refund to your card"
    assert setting(text, "resolutions.store_credit") == "MERCHANT_AT_FAULT"


@pytest.mark.parametrize("text,value", [
    ("Returns\nChoose how you want your money back:\n- Store credit (with a 10% bonus)\n- A refund to your original payment"
     "\n- A replacement of another size", "ALWAYS"),
    ("Faulty Goods\nRemedies:\n- Replacement\n- Store credit is not available for faulty goods", None),
])
def test_review_store_credit_listed_elsewhere(text, value):
    assert setting(text, "resolutions.store_credit") == value


# --- a paragraph opened by dated orders that turns to every other order (scope._DATED_ORDERS) -------------------------

@pytest.mark.parametrize("text,days", [
    # mended: the rest of the paragraph names every other order
    ("Orders placed prior to 03/01/2024 follow our old policy: 60 days.\nAll returns must be made within 30 days of delivery.", 30),
    ("Holiday orders made until December 24, 2025 can be returned until January 31, 2026. Otherwise returns are accepted within "
     "30 days of delivery.", 30),
    ("Orders placed before 2 PM ship the same day. Returns are accepted within 30 days of delivery.", 30),
])
def test_review_every_other_order_after_a_dated_opening(text, days):
    assert setting(text, "returns.window.days") == days


@pytest.mark.parametrize("text", [
    "Orders placed before June 1, 2024 can be returned within 90 days.",
    "Orders placed before June 1, 2024\nThese can be returned within 90 days of delivery.",
    "Purchases made until 12/31/2025 may be returned within 60 days.",
])
def test_review_dated_orders_are_a_group(text):
    assert setting(text, "returns.window.days") is None


# --- the event said first under a list's introduction, customers' notice (window.py, periods.py) -----------------------

@pytest.mark.parametrize("text,start", [
    ("Returns are easy:\n• Once you receive your order, you have 30 days to return it.", "DELIVERY"),
    ("Once you receive your order, please check it:\n• You have 30 days to return it.", None),
    ("From the day of delivery, please note:\n• You have 30 days to return it.", None),
])
def test_review_the_event_in_the_items_own_words(text, start):
    assert setting(text, "returns.window.starts") == start


def test_review_customers_telling_us_they_return():
    # mended: "they", the customers named before
    assert setting("Customers have 21 days to tell us they wish to return the goods.", "returns.window.days") == 21


@pytest.mark.parametrize("text,path", [
    ("Because you changed your mind, we cannot refund the original shipping.", "refund.original_shipping"),
    ("A 10% restocking fee applies when the items are not unopened.", "fees.restocking_percent"),
    ("A 15% restocking fee applies when items do not come back with all accessories.", "fees.restocking_percent"),
    ("A 10% restocking fee is charged when goods are not returned within 14 days.", "fees.restocking_percent"),
    ("Items returned under warranty may be sent to our suppliers for testing.", "refund.inspection"),
])
def test_review_some_returns_costs_and_other_checks(text, path):
    assert setting(text, path) is None


@pytest.mark.parametrize("text,path,value", [
    ("Since you changed your mind, return shipping is at your cost.", "shipping.default.payer", "CUSTOMER"),
    ("Returned items are checked by our team before the refund. Faulty items are sent to the manufacturer for repair.", "refund.inspection", True),
    ("We inspect every return on arrival. Our manufacturers' products are sent to us directly.", "refund.inspection", True),
])
def test_review_the_payer_and_our_check_still_read(text, path, value):
    assert setting(text, path) == value


def test_review_a_late_fees_days_are_no_window():
    assert setting("A 10% restocking fee is charged when goods are not returned within 14 days.", "returns.window.days") is None


@pytest.mark.parametrize("text,path,value", [
    ("When you tell us about the return, you have 30 days from delivery to send it.", "returns.window.days", 30),
    ("Once you let us know, customers have 14 days to return the item.", "returns.window.days", None),
    ("UK/EU returns: 14 days from delivery.", "returns.window.days", None),
    ("Let me know if you need help. Refunds are processed within 5 business days.", "refund.processing",
     {"min_days": 0, "max_days": 5, "unit": "BUSINESS"}),
    ("If you changed your mind, the return postage charge is yours and no restocking fee applies.", "shipping.default.payer", "CUSTOMER"),
    ("If you change your mind, you pay for return shipping and we keep the original shipping fee.",
     "fees.waived_when_merchant_at_fault", None),
])
def test_review_more_near_misses(text, path, value):
    assert setting(text, path) == value


@pytest.mark.parametrize("text,days", [
    ("Refunds are issued within 10 days of receiving your returned item.", 10),
    ("We aim to refund you within 7 days following receipt of your return.", 7),
    ("You will receive a refund within 14 days from the time we get your parcel.", 14),
])
def test_review_more_refunds_from_our_receipt(text, days):
    assert setting(text, "refund.processing") == {"min_days": 0, "max_days": days, "unit": "CALENDAR"}


@pytest.mark.parametrize("text,value", [
    ("A 20% restocking fee will be assessed on returns of opened items.", None),
    ("Any return not in its original box will be assessed a $15 fee.", None),
    ("Returned goods are assessed by our team for damage before any refund.", True),
    ("All returns are assessed on arrival; refunds follow within 5 days.", True),
])
def test_review_a_fee_assessed_beside_goods_assessed(text, value):
    assert setting(text, "refund.inspection") == value

"""Session 13, the return window, the refund's times and money, who pays return postage, and the general outcomes: each
reading mended beside near misses of the same shape. Every sentence is written for the test, not taken from a shop's
page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


def setting(text: str, path: str):
    return placed(text).get(path)


# --- the days to say a return is coming: "you have 30 days to tell us that you want to return it" ----------------------

@pytest.mark.parametrize("text,days", [
    ("You have 30 days to tell us that you want to return the product.", 30),
    ("You have 21 days to let us know that you want to return an item.", 21),
    ("You have 14 days to notify us that you wish to return your order.", 14),
    ("You get 45 days to inform us that you would like to return something.", 45),
    ("You have 28 days to tell us you intend to return it.", 28),
    ("You have 60 days to let us know that you have decided to send it back.", 60),
])
def test_days_to_say_a_return_is_coming_are_the_window(text, days):
    assert setting(text, "returns.window.days") == days


@pytest.mark.parametrize("text", [
    "You have 7 days to tell us about any damage.",
    "You have 30 days to tell us what you think of the product.",
    "You have 14 days to let us know if the parcel has not arrived.",
    "You have 3 days to notify us of a missing item.",
    "We have 5 days to tell you that your order has shipped.",
])
def test_days_to_tell_us_something_else_are_no_window(text):
    assert setting(text, "returns.window.days") is None


def test_the_notice_deadline_gives_way_to_the_returns_own_limit():
    text = "You have 30 days to tell us that you want to return it. Returns must be sent back within 60 days of delivery."
    assert setting(text, "returns.window.days") == 60


# --- a deadline counted from the customer's notice: "From the moment you tell us ..., you have 14 days to send it" ------

@pytest.mark.parametrize("text", [
    "From the moment you tell us you want to return a product, you have 14 calendar days to send it to us.",
    "Once you have contacted us, you have 7 days to send the goods back.",
    "From the moment you inform us of the return, you have 14 days to return the product.",
    "After you have told us about the return, you have 10 days to return it.",
    "Once you notify us, you have 14 days to return the item.",
    "Once you have emailed us, you have 10 days to return the goods.",
])
def test_a_deadline_from_the_notice_is_no_window(text):
    assert setting(text, "returns.window.days") is None


@pytest.mark.parametrize("text,days", [
    ("From the day your order arrives, you have 14 days to send it back.", 14),
    ("Once your parcel has reached you, you have 30 days to return it.", 30),
    ("You have 14 days to send it back after you receive it.", 14),
    ("After you receive your order, you have 21 days to return it.", 21),
    ("Please contact us within 30 days of delivery to return an item.", 30),
    ("Once you contact us, you can return it within 30 days of delivery.", 30),
])
def test_a_window_from_the_delivery_is_still_read(text, days):
    assert setting(text, "returns.window.days") == days


# --- the event said first, past a list's introduction: "These conditions apply: • Once it reached you, you have ..." ----

@pytest.mark.parametrize("text", [
    "These return conditions apply:\n• Once your order has reached you, you have 30 days to tell us that you want to return it.",
    "Our rules:\n• Once your parcel has arrived, you have 30 days to return it.",
    "To send something back:\n• From the day your order arrives, you have 30 days to return it.",
    "Please note:\n• Once your order is delivered, you get 30 days to return it.",
    "Returns work like this:\n• From the day the parcel reaches you, you have 30 days to send it back.",
])
def test_the_event_said_first_under_a_list_introduction(text):
    assert setting(text, "returns.window.starts") == "DELIVERY"


# --- two regions leading a line: "European Union and United Kingdom 14 day cooling off period" --------------------------

@pytest.mark.parametrize("text", [
    "European Union and United Kingdom 14 day cooling off period",
    "EU and UK withdrawal period: 14 days from delivery.",
    "EU & UK returns are accepted within 30 days of delivery.",
    "United Kingdom and European Union cooling-off period: 14 days.",
    "UK and EU orders can be returned within 30 days of delivery.",
])
def test_two_regions_leading_the_line_are_some_customers(text):
    assert setting(text, "returns.window.days") is None


@pytest.mark.parametrize("text,days", [
    ("You have the legal right to withdraw from this contract within 14 days.", 14),
    ("Under EU law you have a 14-day cooling-off period.", 14),
    ("The EU and UK teams accept returns within 30 days of delivery.", 30),
    ("We accept returns within 30 days of delivery, from the UK and the EU alike.", 30),
    ("You may return any item within 30 days of delivery.", 30),
])
def test_a_window_beside_regions_that_lead_nothing(text, days):
    assert setting(text, "returns.window.days") == days


# --- the refund expected from our receipt of the return: the shop's processing, not the bank's arrival -------------------

@pytest.mark.parametrize("text,expected", [
    ("The customer should expect the refund within 30 business days of our receiving the returned package.", {"min_days": 0, "max_days": 30, "unit": "BUSINESS"}),
    ("You should expect your refund within 10 days of our receipt of the return.", {"min_days": 0, "max_days": 10, "unit": "CALENDAR"}),
    ("Expect the refund within 14 days of when we receive your parcel.", {"min_days": 0, "max_days": 14, "unit": "CALENDAR"}),
    ("Customers can expect a refund within 5 business days from our receiving the goods.", {"min_days": 0, "max_days": 5, "unit": "BUSINESS"}),
    ("You should expect the refund within 7 days following our receipt of the item.", {"min_days": 0, "max_days": 7, "unit": "CALENDAR"}),
])
def test_a_refund_expected_from_our_receipt_is_processing(text, expected):
    found = placed(text)
    assert found.get("refund.processing") == expected
    assert found.get("refund.typical_arrival") is None


@pytest.mark.parametrize("text", [
    "You should expect the refund in your bank account within 5 days.",
    "Refunds usually reach you within 10 days.",
    "The refund should appear on your statement within 7 business days.",
    "Your bank typically needs 5 days to show the refund.",
    "You can expect the refund within 10 days, depending on your bank.",
])
def test_a_refund_expected_with_no_receipt_of_ours_is_its_arrival(text):
    assert setting(text, "refund.processing") is None
    assert setting(text, "refund.typical_arrival") is not None


# --- the customer's notice to a shop that speaks as one person: "the customer must notify me within 48 hours" -------------

@pytest.mark.parametrize("text", [
    "To get store credit for a return, the customer must notify me within 48 hours that he means to return it.",
    "For store credit, you must tell me within 3 days that you are sending it back.",
    "To get store credit, the buyer must notify me within 2 days.",
    "To receive store credit, customers must notify me within 24 hours.",
    "For store credit, the customer must contact me within 3 days.",
    "For store credit, just tell me within 4 days that it is coming back.",
])
def test_the_customers_notice_to_me_is_no_refund_time(text):
    found = placed(text)
    assert found.get("refund.processing") is None
    assert found.get("refund.typical_arrival") is None


@pytest.mark.parametrize("text", [
    "We will issue your refund within 3 days of receiving the item.",
    "I process refunds within 5 business days once the return reaches me.",
    "Refunds are processed within 2 days once the parcel is back with us.",
    "Your refund will be processed within 7 days.",
    "Refunds are issued within 10 days once we receive your return.",
])
def test_the_shops_own_refund_time_is_still_read(text):
    assert setting(text, "refund.processing") is not None


# --- a fault claimed and not found by the shop's check: its costs are that case's ---------------------------------------

@pytest.mark.parametrize("text,path", [
    ("If we find the item is not defective, we send it back at your cost.", "shipping.default.payer"),
    ("If no fault is found, return shipping is paid by you.", "shipping.default.payer"),
    ("If we determine that the item is not defective, you pay the return shipping.", "shipping.default.payer"),
    ("If we find that it is not faulty, return shipping is at your expense.", "shipping.default.payer"),
    ("If we find the item is NOT defective, we charge a $50.00 restocking fee.", "fees.flat_fee"),
    ("If we find no fault, a $40 restocking fee applies.", "fees.flat_fee"),
    ("If we determine the item is not defective, a 20% restocking fee applies.", "fees.restocking_percent"),
    ("If the inspection shows the product is not faulty, return postage is paid by you.", "shipping.default.payer"),
    ("If no defect is found, a 15% restocking fee will be deducted.", "fees.restocking_percent"),
])
def test_the_costs_of_a_fault_not_found_are_that_cases(text, path):
    assert setting(text, path) is None


@pytest.mark.parametrize("text,path,value", [
    ("Return shipping is paid by the customer.", "shipping.default.payer", "CUSTOMER"),
    ("You pay the cost of sending your return back to us.", "shipping.default.payer", "CUSTOMER"),
    ("A $25 restocking fee applies to every return.", "fees.flat_fee", "25"),
    ("We charge a 15% restocking fee on all returns.", "fees.restocking_percent", "15"),
    ("We cover the return shipping on every return.", "shipping.default.payer", "MERCHANT"),
])
def test_the_costs_of_every_return_are_still_read(text, path, value):
    assert setting(text, path) == value


# --- the orders of some dates, or "these orders": a group of orders, not every return -----------------------------------

@pytest.mark.parametrize("text,path", [
    ("Old Trial (Orders before March 1, 2024)\nOrders placed before March 1, 2024 can use the old trial. The original shipping costs are not refunded.", "refund.original_shipping"),
    ("Orders placed before 1 March 2024 follow our old terms. Return shipping is the customer's responsibility.", "shipping.default.payer"),
    ("For these orders, return shipping is the customer's responsibility.", "shipping.default.payer"),
    ("For these orders the original shipping costs are not refundable.", "refund.original_shipping"),
    ("On those purchases we do not refund the original shipping.", "refund.original_shipping"),
])
def test_a_group_of_orders_is_no_general_rule(text, path):
    assert setting(text, path) is None


@pytest.mark.parametrize("text,path,value", [
    ("Return shipping is the customer's responsibility.", "shipping.default.payer", "CUSTOMER"),
    ("The original shipping costs are not refundable.", "refund.original_shipping", "NEVER"),
    ("For all orders, return shipping is the customer's responsibility.", "shipping.default.payer", "CUSTOMER"),
    ("Our terms changed on March 1, 2024. The original shipping costs are not refundable.", "refund.original_shipping", "NEVER"),
    ("Terms for orders placed after March 1, 2024\nOrders placed after March 1, 2024 follow these terms. The original shipping costs are not refundable.",
     "refund.original_shipping", "NEVER"),
    ("We do not refund the original shipping on any order.", "refund.original_shipping", "NEVER"),
])
def test_every_orders_terms_are_still_read(text, path, value):
    assert setting(text, path) == value


# --- store credit listed one a line among a fault's remedies ------------------------------------------------------------

_FAULT_REMEDIES = "Defective or Damaged Items\nIf your item arrives damaged or defective, email us.\nFor an approved return you may pick one of these remedies:\n{}"


@pytest.mark.parametrize("items", [
    "- A replacement of the same item\n- Store credit for future purchases\n- A refund to your original payment method",
    "- Store credit for your next order\n- A replacement\n- A refund",
    "- A replacement item\n- Store credit\n- A refund to your card",
    "- A free replacement\n- Store credit, valid for a year",
    "- Store credit for future purchases\n- A replacement of the same item",
])
def test_store_credit_among_a_faults_listed_remedies(items):
    found = placed(_FAULT_REMEDIES.format(items))
    assert found.get("resolutions.store_credit") == "MERCHANT_AT_FAULT"
    assert found.get("refund.method") != "CUSTOMER_CHOICE"


@pytest.mark.parametrize("text,expected", [
    ("Refunds\nYou may choose store credit or a refund to your original payment method.", "ALWAYS"),
    ("Returns\nFor every return you may pick one of these:\n- Store credit for future purchases\n- A refund to your card", "ALWAYS"),
    ("Returns\nFor every return you may pick one of these:\n- Store credit\n- A refund", "ALWAYS"),
    ("Refund options\nYou can opt for store credit instead of a refund.", "ALWAYS"),
    ("Returns\nWe offer store credit or a refund on every return.", "ALWAYS"),
])
def test_store_credit_offered_for_every_return(text, expected):
    assert setting(text, "resolutions.store_credit") == expected


# --- the postage under a change of mind is no fee the shop waives for its faults -----------------------------------------

@pytest.mark.parametrize("text", [
    "For returns because you changed your mind, the original shipping fees are not refunded.",
    "If you change your mind, office furniture is subject to the return shipping fee.",
    "When you have changed your mind, the postage charge is yours.",
    "If you simply changed your mind, the delivery fee is not refunded.",
    "As you changed your mind, the return shipping charge is deducted from your refund.",
])
def test_postage_under_a_change_of_mind_waives_no_fee(text):
    assert setting(text, "fees.waived_when_merchant_at_fault") is None


@pytest.mark.parametrize("text", [
    "If you change your mind, a 10% restocking fee applies.",
    "Returns because you changed your mind carry a 15% restocking charge.",
    "When you have changed your mind, we charge a restocking fee of 20%.",
    "If you simply changed your mind, a handling fee of 10% is taken.",
    "A 25% restocking fee applies to change-of-mind returns.",
])
def test_a_fee_for_a_change_of_mind_is_waived_for_faults(text):
    assert setting(text, "fees.waived_when_merchant_at_fault") is True


@pytest.mark.parametrize("text", [
    "For returns because you changed your mind, the original shipping fees are not refunded.",
    "For returns because you changed your mind, we keep the original shipping charges.",
    "Because you have changed your mind, we do not refund the original delivery charge.",
    "For returns because you simply changed your mind, shipping costs are non-refundable.",
    "Since you have changed your mind, original shipping charges are not refunded.",
])
def test_shipping_kept_on_a_change_of_mind_is_some_returns(text):
    assert setting(text, "refund.original_shipping") is None


@pytest.mark.parametrize("text", [
    "The original shipping fees are not refunded.",
    "We do not refund the original delivery charge.",
    "Original shipping charges are non-refundable.",
    "Shipping costs are non-refundable.",
    "We refund the item's price but not the original shipping.",
])
def test_shipping_kept_on_every_return(text):
    assert setting(text, "refund.original_shipping") == "NEVER"


# --- a fee assessed, goods sent to the maker: no check of the shop's before the refund ------------------------------------

@pytest.mark.parametrize("text", [
    "(A 15% fee will be assessed on every return sent to us without approval first.)",
    "A restocking fee will be assessed on each returned item.",
    "Returns received after 30 days will be assessed a $20 charge.",
    "Any return sent back without a number is assessed a 10% penalty.",
    "A product returned because of a defect may first have to be sent to our manufacturers for evaluation.",
    "Defective items returned to us are sent on to the manufacturer for evaluation.",
])
def test_a_fee_assessed_or_a_makers_check_is_no_inspection(text):
    assert setting(text, "refund.inspection") is None


@pytest.mark.parametrize("text", [
    "Every return is assessed by our team once it arrives.",
    "Returned items are inspected when they reach us.",
    "Once your return arrives, we inspect it before issuing a refund.",
    "Each return will be checked by our warehouse staff on arrival.",
    "Our team inspects every returned product once it is received.",
])
def test_the_shops_own_check_is_an_inspection(text):
    assert setting(text, "refund.inspection") is True


# --- a fee for some returns: the goods not in the state asked, abuse of the policy, the conditions for no fee -------------

@pytest.mark.parametrize("text", [
    "A 30% restocking fee is charged when goods do not come back in fully resalable condition.",
    "A 25% restocking fee applies when products do not come back complete.",
    "A 20% restocking fee is taken when goods are not resalable.",
    "We charge a 10% restocking fee when items aren't returned with their tags.",
    "A 25% restocking fee applies when boxes are not returned sealed.",
])
def test_a_fee_when_the_goods_are_not_so_is_some_returns(text):
    assert setting(text, "fees.restocking_percent") is None


@pytest.mark.parametrize("text", [
    "Customers who abuse the return policy pay a 25% restocking fee.",
    "Abusing our return policy results in a 20% restocking fee.",
    "In cases of abuse, we charge a 25% restocking fee.",
    "Excessive returners pay a 15% restocking fee.",
    "Abuse of our company return policy means a restocking fee of 15% of the item's price.",
])
def test_a_fee_for_abuse_is_some_customers(text):
    assert setting(text, "fees.restocking_percent") is None


@pytest.mark.parametrize("text", [
    "Here is what we need from you so that a return carries no restocking fee:",
    "We need three things from you so that a return carries no restocking fee:",
    "Do this so that there is no restocking fee:",
    "Meet these conditions in order to pay no restocking fee.",
    "Read this to avoid a restocking fee: there is no restocking fee for returns that meet it.",
])
def test_the_conditions_for_no_fee_set_no_fee(text):
    assert setting(text, "fees.restocking_percent") is None


@pytest.mark.parametrize("text,expected", [
    ("An admin-and-restocking charge of 20% applies when an item comes back in perfect condition.", "20"),
    ("A 15% restocking fee applies to all returns.", "15"),
    ("There is no restocking fee.", "0"),
    ("We never charge a restocking fee.", "0"),
    ("Every return carries a 10% restocking fee.", "10"),
    ("When you return an item, a 15% restocking fee applies.", "15"),
    ("Returns are charged a 10% restocking fee.", "10"),
])
def test_a_fee_for_every_return_is_read(text, expected):
    assert setting(text, "fees.restocking_percent") == expected


# --- the customers, plural, as who receives the goods: "within 14 days after customers receive our products" ------------

@pytest.mark.parametrize("text", [
    "Easy returns within 14 days after customers receive our products.",
    "Returns are accepted within 30 days after customers receive their order.",
    "We accept returns within 21 days after buyers receive the goods.",
    "Returns are welcome within 30 days from the day customers receive the parcel.",
    "Items may be returned within 14 days after clients receive them.",
])
def test_customers_receiving_start_the_window(text):
    assert setting(text, "returns.window.starts") == "DELIVERY"


@pytest.mark.parametrize("text,expected", [
    ("Returns are accepted within 30 days of the date of your order.", "PURCHASE"),
    ("Returns are accepted within 30 days of purchase.", "PURCHASE"),
    ("Returns are accepted within 30 days of the order being shipped.", "SHIPMENT"),
    ("Refunds are issued within 14 days after customers receive the confirmation.", None),
    ("Returns are accepted within 30 days after we receive your payment.", None),
])
def test_other_events_are_not_the_delivery(text, expected):
    assert setting(text, "returns.window.starts") == expected


# --- the outcomes of every return asked for in a series: "ask for a refund, an exchange or store credit within 14 days" ---

@pytest.mark.parametrize("text,days", [
    ("If your purchase does not please you, you can ask for a refund, an exchange or store credit within 14 calendar days from the day you received it.", 14),
    ("You may request a refund, an exchange or store credit within 30 days of delivery.", 30),
    ("You can ask for a refund or store credit within 21 days of receiving your order.", 21),
    ("You can request a refund or an exchange within 30 days of receiving it.", 30),
    ("You can request an exchange or a refund within 14 days of delivery.", 14),
])
def test_outcomes_asked_for_within_days_are_the_window(text, days):
    assert setting(text, "returns.window.days") == days


@pytest.mark.parametrize("text", [
    "You can ask for a refund, an exchange or store credit by email.",
    "We process every refund, exchange or store credit within 5 days of receiving the return.",
    "You will receive a refund or store credit within 10 days of our receiving the item.",
    "Ask for a refund or an exchange and we reply within 2 days.",
    "If the item is faulty, you can ask for a refund or a replacement within 7 days of delivery.",
])
def test_outcomes_without_the_customers_deadline_are_no_window(text):
    assert setting(text, "returns.window.days") is None

"""Recall and precision of the money-area rules on unseen pages, second round (s9, area "money": refund way and
time, the order's shipping, who pays return postage, fees): ways of saying that state a money fact the rules
missed or misread, each with a counter-sentence that must still hold. Every sentence is written for this test,
read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


# --- the refund way named by the paying: "first used", "or other payment", "on file", "the same way you paid" -----

@pytest.mark.parametrize("text", [
    "Accepted refunds are paid automatically onto the card or other payment you first used.",
    "Your money is credited back to the debit card or other method you initially paid with.",
    "We send every refund to the card on file for your order.",
    "Each refund is issued the same way you paid for the purchase.",
])
def test_refund_way_named_by_the_paying(text):
    assert first_values(text).get("refund.method") == "ORIGINAL_PAYMENT"


@pytest.mark.parametrize("text", [
    # counter: the orders paid one way only
    "Orders paid by cheque are refunded to the card or other payment you first used.",
])
def test_refund_way_of_some_orders_still_declined(text):
    assert "refund.method" not in first_values(text)


# --- the order's shipping, bare ("we do not refund shipping"), as what is not refunded ---------------------------

@pytest.mark.parametrize("text", [
    "Sorry, but we never refund delivery.",
    "We don't refund postage on any order.",
])
def test_bare_shipping_not_refunded(text):
    assert first_values(text).get("refund.original_shipping") == "NEVER"


@pytest.mark.parametrize("text,value", [
    # counters: the return's own postage; the shipping of exchanges only; a fault's exception
    ("We do not refund shipping on returns you send yourself.", None),
    ("We do not refund shipping for exchanges.", None),
    ("We don't refund shipping unless the lamp you got was faulty.", "MERCHANT_AT_FAULT"),
])
def test_bare_shipping_of_a_return_or_a_case(text, value):
    assert first_values(text).get("refund.original_shipping") == value


# --- who pays: "you pay for the return", "freight charges", under a question heading -----------------------------

@pytest.mark.parametrize("text,path,payer", [
    # paying "for the return": the return's carriage
    ("You post the kettle to our depot and you pay for that return.", "shipping.default.payer", "CUSTOMER"),
    ("Customers pay for the return themselves.", "shipping.default.payer", "CUSTOMER"),
    # freight charges: the carriage in a carrier's words
    ("The buyer covers all freight charges on returned goods.", "shipping.default.payer", "CUSTOMER"),
    ("Buyers pay the freight costs of any return, unless the goods reached them damaged.", "shipping.default.payer", "CUSTOMER"),
    # a question heading ("What's your return policy?") names no kind of returns
    ("What's your return policy?\n\nYou can return anything within 30 days. The customer pays for return shipping.", "shipping.default.payer", "CUSTOMER"),
    ("What is our refund policy?\n\nReturn shipping is paid by you.", "shipping.default.payer", "CUSTOMER"),
])
def test_payer_in_more_words(text, path, payer):
    assert first_values(text).get(path) == payer


@pytest.mark.parametrize("text", [
    # counters: a heading naming a kind of returns still scopes; paying for the goods is no postage
    "Sale Returns\n\nReturn shipping is paid by you.",
    "You pay for the returned item with a new order.",
    "Customers pay for the return of a sale item themselves.",
])
def test_payer_for_some_returns_or_no_postage(text):
    assert "shipping.default.payer" not in first_values(text)


# --- a restocking fee on "undamaged" returns is every no-fault return's; one under a cancelling heading is not ----

@pytest.mark.parametrize("text,percent", [
    ("Undamaged returns carry a 25% restocking fee, worked out on the whole sale.", "25"),
    ("Undamaged goods sent back to us are charged an 18% restocking fee.", "18"),
])
def test_restocking_fee_on_undamaged_returns(text, percent):
    ruled = first_values(text)
    assert ruled.get("fees.restocking_percent") == percent
    assert ruled.get("fees.waived_when_merchant_at_fault") in (None, True)


@pytest.mark.parametrize("text", [
    # the fee of an order cancelled, under a heading about cancelling only
    "Cancellation Charges\n\nOrders stopped after dispatch carry a 12% restocking fee.",
    "Cancelling an Order\n\nOnce the parcel has left us, a 20% restocking fee is charged.",
    # counter: goods in some other state still make the fee a case
    "Unopened returns carry a 25% restocking fee.",
])
def test_restocking_fee_of_a_cancellation_or_a_case(text):
    assert "fees.restocking_percent" not in first_values(text)


def test_restocking_fee_under_returns_and_cancellations_still_read():
    assert first_values("Returns and Cancellations\n\nEvery return carries a 10% restocking fee.").get("fees.restocking_percent") == "10"


# --- the goods brought back within a span: the customer's deadline, not the refund's time --------------------------

@pytest.mark.parametrize("text", [
    "You can bring the jacket back within 21 days and swap it or get your money back.",
    "Customers may bring a kettle back within 10 days, with its receipt, and choose another one or a refund.",
])
def test_brought_back_within_is_no_refund_time(text):
    assert "refund.processing" not in first_values(text)


@pytest.mark.parametrize("text,value", [
    # counter: the refund's own time, once the goods are brought back
    ("Once you bring the item back, your refund is processed within 3 days.", {"min_days": 0, "max_days": 3, "unit": "CALENDAR"}),
])
def test_refund_time_after_bringing_back_still_read(text, value):
    assert first_values(text).get("refund.processing") == value


# --- the way you paid, "or in store credit": both ways offered -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "We pay refunds back the way you paid, or in store credit.",
    "Your refund comes back to the card you used, or in shop credit.",
])
def test_way_you_paid_or_in_store_credit_is_a_choice(text):
    assert first_values(text).get("refund.method") == "CUSTOMER_CHOICE"


def test_way_you_paid_never_in_store_credit_is_still_the_original_payment():
    assert first_values("Refunds go back to the card you paid with, never in store credit.").get("refund.method") == "ORIGINAL_PAYMENT"


# --- a heading naming the steps of returning ("Starting a Return", "Requesting a Refund") names no kind of returns ---

@pytest.mark.parametrize("text,path,value", [
    ("Starting a Return\n\n1. Write to us first.\n2. Post the box to us. Return postage is paid by the customer.\n", "shipping.default.payer", "CUSTOMER"),
    ("Making a Return\n\nThe cost of sending the parcel back is yours.", "shipping.default.payer", "CUSTOMER"),
    ("Requesting a Refund\n\nWe refund the card you paid with.", "refund.method", "ORIGINAL_PAYMENT"),
])
def test_a_heading_of_steps_names_no_kind(text, path, value):
    assert first_values(text).get(path) == value


@pytest.mark.parametrize("text,path", [
    # counter: a heading naming goods in a state still scopes
    ("Opened Item Returns\n\nReturn postage is paid by the customer.", "shipping.default.payer"),
    ("Making a Sale Return\n\nThe cost of sending the parcel back is yours.", "shipping.default.payer"),
])
def test_a_heading_of_some_goods_still_scopes(text, path):
    assert path not in first_values(text)


# --- the customer pays: carriage "in both directions", the sending-back cost "not repaid", "and pay the postage" ----

@pytest.mark.parametrize("text", [
    "Carriage in both directions is the buyer's responsibility.",
    "Freight both ways is paid by you.",
    "What it costs you to mail the vase back to us is not repaid.",
    "Whatever you spend posting a return to us is not refunded.",
    "You get back the full price of the goods, but not what you spent shipping them back to us.",
    "- Wrap the lamp well, and pay the postage to send it back.",
    "Please pay the postage when you send the goods back.",
])
def test_customer_pays_in_more_words(text):
    assert first_values(text).get("shipping.default.payer") == "CUSTOMER"


@pytest.mark.parametrize("text,payer", [
    # counters: the shop as the subject of "and pay"; the shop paying both ways
    ("We collect the sofa and pay the carriage back to our store.", "MERCHANT"),
    ("We pay the freight both ways.", "MERCHANT"),
])
def test_shop_still_pays(text, payer):
    assert first_values(text).get("shipping.default.payer") == payer


def test_a_fee_covering_carriage_both_ways_is_no_shop_paying():
    assert first_values("A $25 handling fee that covers postage in both directions applies to every return.").get("shipping.default.payer") != "MERCHANT"


# --- the order's shipping refunded "together with" / "along with" the price ----------------------------------------

@pytest.mark.parametrize("text,value", [
    ("We refund the price together with the delivery charge you paid when you ordered.", "ALWAYS"),
    ("We repay the goods along with the original shipping costs.", "ALWAYS"),
    ("We refund the goods along with the shipping costs if the item was faulty.", "MERCHANT_AT_FAULT"),
    # counter: a case that is no fault still makes it some returns'
    ("We refund the goods along with the shipping costs if you return them within 7 days.", None),
])
def test_shipping_refunded_along_with_the_price(text, value):
    assert first_values(text).get("refund.original_shipping") == value


@pytest.mark.parametrize("text", [
    "If a rowing machine reaches you damaged, Rowtech.com pays for shipping in both directions.",
])
def test_shop_by_name_pays_both_directions_for_a_fault(text):
    assert first_values(text).get("shipping.merchant_at_fault") == {"payer": "MERCHANT"}


# --- "approved refunds", "accepted returns": every return the shop takes back, no group of goods ------------------

@pytest.mark.parametrize("text,path,value", [
    ("Accepted refunds are paid out and should reach your bank account within 4-6 business days.", "refund.typical_arrival", {"min_days": 4, "max_days": 6, "unit": "BUSINESS"}),
    ("Approved returns are refunded within 5 business days.", "refund.processing", {"min_days": 0, "max_days": 5, "unit": "BUSINESS"}),
    # the money "back with you": its arrival with the customer
    ("Once your return is approved, your money should be back with you within 6 business days.", "refund.typical_arrival", {"min_days": 0, "max_days": 6, "unit": "BUSINESS"}),
])
def test_approved_returns_are_every_return(text, path, value):
    assert first_values(text).get(path) == value


@pytest.mark.parametrize("text", [
    # counter: goods in a state still make the time some returns'
    "Opened returns are refunded within 5 business days.",
])
def test_refund_time_of_goods_in_a_state_still_declined(text):
    ruled = first_values(text)
    assert "refund.processing" not in ruled and "refund.typical_arrival" not in ruled


# --- the refund "with shipping included": the order's shipping paid back ------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Your refund is the whole amount you paid, delivery included.", "ALWAYS"),
    ("Refunds are made in full, standard shipping included.", "ALWAYS"),
    # counters: the return's postage; no refund named
    ("Refunds are made in full, return shipping included.", None),
    ("Our prices are shown with shipping included.", None),
])
def test_refund_with_shipping_included(text, value):
    assert first_values(text).get("refund.original_shipping") == value


# --- a refund time in whole days told in hours ("within 48 hours") -----------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Your refund is issued within 48 hours of the parcel reaching us.", {"min_days": 0, "max_days": 2, "unit": "CALENDAR"}),
    ("Once we have checked the goods, refunds go out within 72 hours.", {"min_days": 0, "max_days": 3, "unit": "CALENDAR"}),
    # counters: hours that are no whole days; a deadline to report in hours
    ("Refunds are issued within 36 hours of receipt.", None),
    ("Tell us about a damaged parcel within 48 hours to get a refund.", None),
])
def test_refund_time_in_hours(text, value):
    assert first_values(text).get("refund.processing") == value


# --- store credit said by "we don't give money back"; a choice said with "credit in our shop", "if you prefer" -------

@pytest.mark.parametrize("text,value", [
    ("We never give money back; a return gets you store credit.", "STORE_CREDIT"),
    ("We don't give cash back: returns earn store credit or a swap.", "STORE_CREDIT"),
    ("Send it back and pick a full refund, credit in our shop, or an exchange.", "CUSTOMER_CHOICE"),
    ("Refunds go to the card you paid with, or as store credit if you prefer.", "CUSTOMER_CHOICE"),
    # counters: goods singled out; a case that is no preference
    ("We don't give cash back on sale items; they get store credit.", None),
    ("Refunds go to the card you paid with, or as store credit if you bought on sale.", None),
])
def test_store_credit_and_choice_in_more_words(text, value):
    assert first_values(text).get("refund.method") == value


@pytest.mark.parametrize("text", [
    # counter: a fault's remedies offered as a choice are not how every refund is paid
    "Should a kettle turn up broken or faulty, you can choose a new one, credit in our shop, or your money back.",
])
def test_a_faults_remedies_are_no_refund_way(text):
    assert first_values(text).get("refund.method") != "CUSTOMER_CHOICE"


# --- the customer asked to pay; the courier paid for; the goods transported back -----------------------------------

@pytest.mark.parametrize("text", [
    "We require buyers to pay for sending their parcels back to us.",
    "We ask customers to cover the postage on returns.",
    "Arranging and paying for the courier is up to you.",
    "The cost of transporting the sofa back to us is yours.",
])
def test_customer_pays_asked_or_by_the_courier(text):
    assert first_values(text).get("shipping.default.payer") == "CUSTOMER"


def test_paying_for_the_order_is_no_postage():
    assert "shipping.default.payer" not in first_values("We ask customers to pay for their orders in advance.")


# --- the goods "back at our shop": their arrival with the shop, not returns made in person --------------------------

@pytest.mark.parametrize("text,value", [
    ("We pay refunds within 4-6 business days once the goods are back at our shop.", {"min_days": 4, "max_days": 6, "unit": "BUSINESS"}),
])
def test_back_at_our_shop_is_the_arrival(text, value):
    assert first_values(text).get("refund.processing") == value


def test_returns_at_our_shop_are_still_in_person():
    assert "refund.processing" not in first_values("Returns handed in at our Leeds shop are refunded within 2 days.")

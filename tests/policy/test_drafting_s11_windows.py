"""Session 11, the return and fault windows and how a return is started: ways shops phrase a window or the
way to ask that the rules did not read, each beside a near miss they must still leave alone. Every sentence
is written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds


# --- the refund and the exchange as the two outcomes of one return: the window is every return's -------------------

@pytest.mark.parametrize("text,expected", [
    ("Unworn shoes may be refunded or exchanged within 21 days of delivery.",
     {"returns.window.days": 21, "returns.window.starts": "DELIVERY"}),
    ("For 45 days after your parcel arrives you can post things back, to be refunded in full or to exchange them.",
     {"returns.window.days": 45, "returns.window.starts": "DELIVERY"}),
    ("Within 20 days of receiving a lamp you may send it back for an exchange or for a refund of its price.",
     {"returns.window.days": 20, "returns.window.starts": "DELIVERY"}),
    # still: a window for exchanges alone is no setting's
    ("Sale items can be exchanged, not refunded, within 14 days of delivery.", {"returns.window.days": None}),
    ("Cushions can be exchanged within 10 days of delivery.", {"returns.window.days": None}),
])
def test_refund_or_exchange_window(text, expected):
    holds(text, expected)


# --- what the window counts from, said in a sentence of its own about the period ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("You can send shirts back within 40 days. The 40 days begin on the day your order is delivered.",
     {"returns.window.days": 40, "returns.window.starts": "DELIVERY"}),
    ("Returns are welcome for 60 days. The 60-day period starts on the day you place your order.",
     {"returns.window.days": 60, "returns.window.starts": "PURCHASE"}),
    ("You may withdraw from the contract within 14 days. The 14 days start once the goods come into your hands.",
     {"returns.window.days": 14, "returns.window.starts": "DELIVERY"}),
    # still: the period of a fault's report, or of an order's cancellation, is not the return window's
    ("Returns are welcome. The 5-day period for reporting damage starts on the day of delivery.", {"returns.window.starts": None}),
    ("You may cancel an order. The cancellation period starts when you place your order.", {"returns.window.starts": None}),
    # still: a clock the shop's receipt of the parcel starts is the refund's
    ("Returns are welcome. The 10 days start when we receive your parcel.", {"returns.window.starts": None}),
])
def test_window_start_said_apart(text, expected):
    holds(text, expected)


# --- the goods arriving in more words: two goods named, the present "place your order" -----------------------------

@pytest.mark.parametrize("text,expected", [
    ("You may return it up to 30 days after your sofa or armchair is delivered.", {"returns.window.starts": "DELIVERY"}),
    ("Items can be sent back within 30 days of the day you place your order.", {"returns.window.starts": "PURCHASE"}),
])
def test_more_window_starts(text, expected):
    holds(text, expected)


# --- the time past the limit said first, then the refund or the exchange refused ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("After 45 days from delivery, we are unable to offer refunds.", {"returns.window.days": 45, "returns.window.starts": "DELIVERY"}),
    ("Past 20 days after your purchase, no refund or exchange is possible.", {"returns.window.days": 20, "returns.window.starts": "PURCHASE"}),
    # still: no refusal, or the refusal for some goods or of a cancellation
    ("After 30 days, refunds may take longer to appear on a statement.", {"returns.window.days": None}),
    ("After 7 days from delivery we cannot refund damaged items.", {"returns.window.days": None}),
])
def test_refund_refused_past_the_limit(text, expected):
    holds(text, expected)


# --- a return logged, lodged or registered, an exchange arranged: how a return is started ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Log a return in the returns centre of your account.", {"returns.request_via": "WEBSITE"}),
    ("Every parcel must be posted within 5 days of lodging your return on our online portal.", {"returns.request_via": "WEBSITE"}),
    ("To arrange an exchange or a refund, drop us an email at help@lamps.example.", {"returns.request_via": "EMAIL"}),
    # still: an account or a label that starts no return, and a way of asking for some returns only
    ("Log in to your account to follow your order.", {"returns.request_via": None}),
    ("Register a return label by email if you have lost yours.", {"returns.request_via": None}),
    ("For international orders, please log your return by writing to us by email.", {"returns.request_via": None}),
])
def test_return_logged_or_arranged(text, expected):
    holds(text, expected)


# --- asked before sending, in more words -------------------------------------------------------------------------------

BEFORE = "returns.request_required_before_shipping"


@pytest.mark.parametrize("text,expected", [
    # the shop's agreement named as needed before the goods go
    ("Each return has to be approved before you post the parcel.", {BEFORE: True}),
    ("All exchanges must be cleared with us first.", {BEFORE: True}),
    # sent without asking first, then refused or left without a refund
    ("Boots sent back without contacting us first may not get a refund.", {BEFORE: True}),
    ("Please do not post anything without first filling in the request form below.", {BEFORE: True}),
    # still: an approval after the inspection, goods sent without asking on a fault's account
    ("Returns must be approved by our team after inspection.", {BEFORE: None}),
    ("Exchanges are approved once the item reaches us.", {BEFORE: None}),
])
def test_asked_before_sending(text, expected):
    holds(text, expected)


# --- a fault's deadline "no more than" days after; hours written "hrs"; goods written "item(s)", "wrong/damaged" ----------

@pytest.mark.parametrize("text,expected", [
    ("If a lamp is faulty, send us the claim form no more than 10 days after you received it.",
     {"fault.window.days": 10, "fault.window.starts": "DELIVERY"}),
    ("Should a rug arrive damaged, get in touch no more than 5 days after it was delivered.",
     {"fault.window.days": 5, "fault.window.starts": "DELIVERY"}),
    ("If a parcel arrives broken, tell us no later than 72 hrs after delivery.",
     {"fault.window.days": 3, "fault.window.starts": "DELIVERY"}),
    ("Damaged goods must be reported within 24hrs of delivery.", {"fault.window.days": 1, "fault.window.starts": "DELIVERY"}),
    ("Please email us no later than 4 days after the faulty/damaged item(s) reached you.",
     {"fault.window.days": 4, "fault.window.starts": "DELIVERY"}),
    # still: a faulty product that must be back with the shop in time keeps a ship-by limit, no report's; "HR" is no hour
    ("A faulty heater is replaced, provided it comes back to us no more than 30 days after delivery.", {"fault.window.days": None}),
    ("A defective item may be swapped no more than 2 times.", {"fault.window.days": None}),
    ("Our HR team answers calls 24 hrs a day.", {"fault.window.days": None}),
])
def test_more_fault_deadlines(text, expected):
    holds(text, expected)


# --- most of the goods, with words of their kind or state, or taken back in another verb ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Most full-price purchases can be sent back within 30 days of delivery.", {"returns.most_items_only": True}),
    ("Returning or exchanging most products is easy within 21 days of delivery.", {"returns.most_items_only": True}),
    # still: "most" of something that is not the goods taken back, or goods not taken back
    ("You can return any item within 30 days, though most customers keep theirs.", {"returns.most_items_only": None}),
    ("Most items ship within 2 days of your order.", {"returns.most_items_only": None}),
])
def test_most_goods(text, expected):
    holds(text, expected)


# --- a share of the price the customer gets is no window the goods have -----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Send an item back within 30 days and get 100% store credit.", {"returns.window.days": 30}),
    ("Post an item back within 14 days and get 100 percent of the price back.", {"returns.window.days": 14}),
    # still: goods named as having their own window
    ("Electronics have a 14-day return window.", {"returns.window.days": None}),
    ("Bikes get 60 days to come back.", {"returns.window.days": None}),
])
def test_share_is_no_goods_window(text, expected):
    holds(text, expected)


# --- any one thing the customer has, sent back ("send a purchase back", "post the kettle back") ------------------------

@pytest.mark.parametrize("text,expected", [
    ("You may post the kettle back up to 20 days after it is delivered.", {"returns.window.days": 20, "returns.window.starts": "DELIVERY"}),
    ("Send a purchase back within 30 days of the day it was shipped.", {"returns.window.days": 30, "returns.window.starts": "SHIPMENT"}),
    # still: the shop's paper sent back, or goods the shop sends back to the customer
    ("Please mail the form back within 14 days of delivery.", {"returns.window.days": None}),
    ("We send the repaired lamp back to you within 10 days of receiving it.", {"returns.window.days": None}),
])
def test_one_thing_sent_back(text, expected):
    holds(text, expected)


# --- the shop's store named beside another way of returning: every return ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Items can be returned by mail or at any of our stores within 30 days of purchase.",
     {"returns.window.days": 30, "returns.window.starts": "PURCHASE"}),
    ("Shoes can come back to us, by post or at the shop, up to 45 days after delivery.",
     {"returns.window.days": 45, "returns.window.starts": "DELIVERY"}),
    # still: one store as the only way, a way for some returns only
    ("Items can be returned at our Leeds store within 30 days of purchase.", {"returns.window.days": None}),
])
def test_store_beside_another_way(text, expected):
    holds(text, expected)


# --- "Bear in mind that", "Keep in mind that", "Remember that": an opening that names no goods ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Bear in mind that an order can't be cancelled once it has shipped.", {"cancellation.until_shipped": True}),
    ("Please keep in mind that orders can be cancelled until they ship.", {"cancellation.until_shipped": True}),
    # still: the goods named after the opening are some goods
    ("Bear in mind that custom orders can be cancelled until they ship.", {"cancellation.until_shipped": None}),
])
def test_reminder_opening_names_no_goods(text, expected):
    holds(text, expected)


# --- an RA number asked for, beside the approval it stands for: how a return is started ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Email us to get approval and an RA number.", {"returns.request_via": "EMAIL"}),
    ("Write to returns@shop.example to request an RGA.", {"returns.request_via": "EMAIL"}),
    # still: a call names no email
    ("Phone us to get approval and an RA number.", {"returns.request_via": None}),
])
def test_ra_number_asked_for(text, expected):
    holds(text, expected)


# --- the shop written to by its address before anything is sent back ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Please email help@lamps.example before sending any items back.", {"returns.request_via": "EMAIL", BEFORE: True}),
    ("Call 555-0100 or email desk@lamps.example before you post anything back.", {"returns.request_via": "EMAIL"}),
    # still: a damaged item's way back, and a question before buying
    ("Before sending back a damaged item, email help@lamps.example.", {"returns.request_via": None}),
    ("Email help@lamps.example with any question before you order.", {"returns.request_via": None}),
])
def test_address_written_before_sending(text, expected):
    holds(text, expected)


# --- store credit or an exchange as every return's outcome, where the sentence names no refund ----------------------

@pytest.mark.parametrize("text,expected", [
    ("Returns are easy. Within 20 days of receiving an order, you may ask for store credit or an exchange.",
     {"returns.window.days": 20, "returns.window.starts": "DELIVERY"}),
    ("Book your return no later than 10 days after delivery if you would like an exchange or store credit.",
     {"returns.window.days": 10, "returns.window.starts": "DELIVERY"}),
    # still: a later tier for credit beside a refund's window, and some goods' window
    ("For a refund, post it within 15 days of delivery; we take parcels within 60 days of delivery for an exchange or store credit.",
     {"returns.window.days": None}),
    ("Sale items may be returned for store credit or an exchange within 14 days of delivery.", {"returns.window.days": None}),
])
def test_credit_or_exchange_window(text, expected):
    holds(text, expected)

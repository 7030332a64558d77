"""Session 9, round 2, returns and cancellation on unseen pages: ways of saying the rules missed or misread
on the fresh pages (test21, test22) and the released ones, each beside a sentence where the legitimate
reading must still hold (or must still not fire). Every sentence is written for the test, not taken from
a shop's page; the rules alone are read (the learned reader below them is retrained after the rules change)."""

from __future__ import annotations

import pytest

from drafting_helpers import holds


# --- cancelling bounded by the goods leaving the shop, in other words than "until shipped" ----------------

@pytest.mark.parametrize("text,expected", [
    ("You are free to cancel a hamper while it has not yet left our kitchen.", True),
    ("As long as the parcel hasn't gone out yet, we can cancel the order for you.", True),
    ("Your order can be cancelled up to the moment it leaves our workshop.", True),
    ("Once a parcel is on its way to you, it can no longer be cancelled.", True),
    ("An order that has already left our depot can't be cancelled any more.", True),
    # still: a cancellation window in hours says nothing of shipment
    ("You can cancel a booking within 3 hours of placing it.", None),
])
def test_cancelling_until_the_goods_leave(text, expected):
    holds(text, {"cancellation.until_shipped": expected})


# --- a cancellation with all the money back is a full refund; a percentage fee on
# cancelling leaves the rest of the price refunded ---------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # not: no charge names no refund (the labelled texts read "free of charge" as the window only)
    ("You may cancel at no charge in the first hour after ordering.", None),
    ("Cancel before we dispatch and you get all of your money back.", "100"),
    ("Cancelling an order before dispatch costs a 15% processing fee.", "85"),
    ("Any order cancelled before it is sent out carries a 10% charge to cover card costs.", "90"),
    # not: a flat fee says no share of the price, and a fee on late cancelling is not every cancellation's
    ("Any order cancelled before it ships is refunded less a $4 handling charge.", None),
    ("Cancelling a lamp more than 5 days after ordering costs a 20% fee.", None),
])
def test_cancellation_refund_percent(text, expected):
    holds(text, {"cancellation.refund_percent": expected})


@pytest.mark.parametrize("text", [
    "Any order cancelled before it is sent out carries a 10% charge to cover card costs.",
    "Any order cancelled before it ships is refunded less a $4 handling charge.",
])
def test_a_fee_on_cancelling_keeps_the_shipment_limit(text):
    holds(text, {"cancellation.until_shipped": True})


# --- how to cancel: the medium named in a sentence about cancelling -----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Cancellations must be sent to us by email.", "EMAIL"),
    ("A pending order can be cancelled online from your account page.", "WEBSITE"),
    # not: the shop writing to the customer
    ("Once your order is cancelled, we will email you a confirmation.", None),
])
def test_cancellation_request_via(text, expected):
    holds(text, {"cancellation.request_via": expected})


# --- a return's refund under a cancellation heading is no cancellation's refund time -------------------------

@pytest.mark.parametrize("text,expected", [
    ("Cancellations\nOrders may be cancelled until they ship.\nWe issue refunds within 3-6 business days once the goods are back with us.", None),
    ("Cancellations\nOrders may be cancelled until they ship.\nWe issue refunds within 3-6 business days of the cancellation.",
     {"min_days": 3, "max_days": 6, "unit": "BUSINESS"}),
])
def test_cancellation_refund_time_not_a_returns(text, expected):
    holds(text, {"cancellation.refund_time": expected})


@pytest.mark.parametrize("text,expected", [
    # two fees, each for a time of its own: neither is every cancellation's, and shipment ends neither
    ("Cancellations\nCancelling after dispatch costs 6% of the order. Cancelling before dispatch costs a 3% fee.",
     {"cancellation.refund_percent": None, "cancellation.until_shipped": None}),
    # email beside a call names email: EMAIL (convention 1 of labels.py, decided after round 2)
    ("Cancellations can be made by phone or by email.", {"cancellation.request_via": "EMAIL"}),
])
def test_cancellation_fee_by_when_and_spoken_channel(text, expected):
    holds(text, expected)


def test_a_fee_on_orders_paid_one_way_is_not_every_cancellations():
    holds("On orders paid by bank transfer, cancelling before dispatch means a 4% fee.", {"cancellation.refund_percent": None})


# --- the return window said with "send back" before its object, and with a subject every channel shares -------

@pytest.mark.parametrize("text,expected", [
    ("You may send back any lamp that disappoints you within 21 days of receiving it.", {"returns.window.days": 21, "returns.window.starts": "DELIVERY"}),
    ("Customers can post back unwanted goods within 28 days of delivery.", {"returns.window.days": 28, "returns.window.starts": "DELIVERY"}),
    ("Returns of unused items bought in store or online are accepted for 45 days after purchase.",
     {"returns.window.days": 45, "returns.window.starts": "PURCHASE"}),
    # still: the shop sending goods back to the customer is no window, and goods bought in one channel only are some goods
    ("We send back repaired watches within 10 days of receiving them.", {"returns.window.days": None}),
    ("Returns of items bought in store are accepted for 45 days after purchase.", {"returns.window.days": None}),
])
def test_window_send_back_and_every_channel(text, expected):
    holds(text, expected)


def test_hours_that_end_cancelling_are_no_shipment_limit():
    holds("After 12 hours, your order is already on its way and can no longer be cancelled.", {"cancellation.until_shipped": False})

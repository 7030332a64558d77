"""A refund's time is the shop's (or the bank's) after the return is back; the other spans in a refund sentence are
someone else's clock: the customer's window to send, bring, report or ask, the credit's life, the order's journey or
processing, a second tier of returns. Each sentence is written for this test, read by the rules alone; next to them
the plain refund times that must still be read."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values

REFUND_TIMES = ("refund.processing", "refund.typical_arrival", "refund.additional_delay")


@pytest.mark.parametrize("text", [
    # the customer's window, however the goods travel back
    "For a refund, a swap or store credit, the parcel has to reach our warehouse within 10 days.",
    "Post unworn shoes back within 21 days and we refund the full price.",
    "We refund you as long as the box is on its way back to us within 5 days of receipt.",
    "Boots can come back to us for a refund within 30 days.",
    "Any item can be refunded in full within 3 weeks after receipt.",
    "Refunds or exchanges are accepted within 10 days of your first receiving the order.",
    "We accept unworn returns for an exchange or a refund within 15 days of the date you tell us.",
    "Goods can be returned for a full refund up to 30 days after purchase, and for store credit up to 90 days after it.",
    "Ask within 24 hours for a refund, and in 5 days at most for an exchange or store credit.",
    "Items that reach us after the 30 days have passed are refunded in store credit.",
    "From day 31 up to 60 days we issue a store credit instead of a refund.",
    # the customer reporting a fault, in the words of a refund
    "You are owed a repair, a replacement or a full refund, provided you report the fault within 5 days.",
    "Refunds for broken goods are given after contacting us with a photo no later than 10 days after the parcel arrives.",
    "If the wrong book came, you can email us at help@shop.example within 14 days for a refund.",
    # the credit's life, the order's journey and processing, goods left to collect
    "Your store credit can be spent until 180 days after it is issued.",
    "If your order has not arrived within the promised time (30 days, plus 2-4 days of processing), ask for a refund.",
    "We process and dispatch every order within 1-2 business days, and refunds go back to your card.",
    "Refused goods are not refunded; you may collect them from our shop within 14 days.",
])
def test_no_refund_time_from_someone_elses_clock(text):
    ruled = first_values(text)
    assert not [path for path in REFUND_TIMES if path in ruled], ruled


@pytest.mark.parametrize("text", [
    # counted from an event other than the return reaching the shop: no setting holds it
    "You should see your refund within three weeks of mailing the parcel.",
    "We pay the refund at the latest 14 days after the day we confirmed you are owed it.",
    "We refund the whole price no later than 30 days after your notification reaches us.",
    "Your refund should reach you within three weeks after your parcel is handed to the courier.",
])
def test_a_refund_time_from_another_event_is_not_the_processing(text):
    assert "refund.processing" not in first_values(text)


def test_a_time_for_every_way_of_paying_is_still_read():
    text = "Refunds\n\n- Processing Time: 2-4 business days\n- Credit Card/PayPal: 3-8 business days before it shows on your statement\n"
    value = first_values(text).get("refund.additional_delay")
    assert value and (value["min_days"], value["max_days"]) == (3, 8), first_values(text)


def test_a_time_for_one_way_of_paying_is_no_refund_time():
    text = "Refunds\n\nHow long your refund takes depends on how you paid:\n- Credit/Debit Cards (Visa, Amex): 2-4 business days once processed\n- PayPal: 1-2 business days once processed\n"
    ruled = first_values(text)
    assert not [path for path in REFUND_TIMES if path in ruled], ruled


@pytest.mark.parametrize("text,path,days", [
    ("The refund then reaches the debit card you paid with within 3-6 days.", "refund.typical_arrival", (3, 6)),
    ("Card refunds: 4-8 business days once processed.", "refund.additional_delay", (4, 8)),
    ("We handle returns within 3 days of receiving them, and refunds are credited within 2 to 4 days after processing.",
     "refund.additional_delay", (2, 4)),
    # the plain refund times still read
    ("We process your refund within 5 business days of receiving your return.", "refund.processing", (0, 5)),
    ("Once your return reaches us, we refund you within 7 days.", "refund.processing", (0, 7)),
    ("Refunds are issued within 10 days after we receive the item.", "refund.processing", (0, 10)),
    ("Approved refunds should reach your account within 6-9 business days.", "refund.typical_arrival", (6, 9)),
    ("We credit the refund to the card you originally used within 4-6 business days of your return arriving.", "refund.processing", (4, 6)),
])
def test_refund_times_still_read(text, path, days):
    value = first_values(text).get(path)
    assert value and (value["min_days"], value["max_days"]) == days, first_values(text)

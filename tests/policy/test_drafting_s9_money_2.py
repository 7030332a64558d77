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

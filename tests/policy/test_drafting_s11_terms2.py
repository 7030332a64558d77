"""Session 11, second recall round on the return's terms and the money back (store credit, exchanges, the window,
the way a return is asked for), rules only. Each test names a way shops phrase a rule, in sentences of our own, with
near misses that must not be read."""

from __future__ import annotations

import pytest
from drafting_helpers import placed


# The shop's credit as what a return is made for: "items can be sent back for store credit", "we take them back
# against a voucher", "returned for merchandise credit": store credit is one resolution of any return
@pytest.mark.parametrize("text", [
    "You can send your purchase back for store credit within three weeks.",
    "Anything you change your mind about may be returned for merchandise credit.",
    "We take unwanted items back against a gift voucher.",
    "Just return it for a credit note if it doesn't suit you.",
])
def test_a_return_made_for_the_shops_credit_offers_store_credit(text):
    assert placed(text).get("resolutions.store_credit") == "ALWAYS"


@pytest.mark.parametrize("text", [
    "Gifts can be returned for merchandise credit.",  # a gift's return, some returns only
    "Sale items can be returned for store credit only.",  # some goods only
    "Swimwear may be returned for a credit note.",  # some goods only
    "Items cannot be returned for store credit.",  # refused
    "We do not take anything back for store credit.",  # refused
    "After 30 days, items can be returned for store credit only.",  # late returns' terms
    "Orders paid for with a gift card are refunded to the gift card.",  # the credit as a way of paying
    "We ship orders paid for with store credit the next working day.",  # an order going out
])
def test_credit_for_some_returns_refused_or_paid_with_is_not_every_returns(text):
    assert placed(text).get("resolutions.store_credit") != "ALWAYS"

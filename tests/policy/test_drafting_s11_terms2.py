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


# The shop naming its own part in an exchange with a verb of giving: "we will provide an exchange", "we're happy to give
# you an exchange", "we can offer an exchange": exchanges offered for every return
@pytest.mark.parametrize("text", [
    "If you would rather have a different colour, we will provide an exchange.",
    "We are happy to give you an exchange within 14 days.",
    "Should the size be wrong, we can offer an exchange.",
])
def test_the_shop_providing_an_exchange_offers_exchanges(text):
    assert placed(text).get("resolutions.exchange") == "ALWAYS"


@pytest.mark.parametrize("text", [
    "We cannot provide an exchange.",  # refused
    "We do not offer an exchange on sale items.",  # refused, for some goods
    "Wedding dresses: we offer an exchange only.",  # some goods only
    "Gift recipients: we will provide an exchange.",  # some customers only
    "For gifts, we will provide an exchange.",  # some returns only
    "We will provide an exchange for items that arrive broken.",  # the shop's fault only
    "We will provide an exchange form with your parcel.",  # the word naming a form
    "We offer an exchange rate based on the day of purchase.",  # the word in another sense
    "Once your order ships, we will give you an exchange label to keep.",  # an order going out
])
def test_an_exchange_refused_for_some_returns_or_in_another_sense_is_not_every_returns(text):
    assert placed(text).get("resolutions.exchange") != "ALWAYS"


# The window said by the customer's deciding: "you have 30 days to decide", "30 days to try it out at home", "to think it
# over": the time to keep or send back what was bought, counted from the event the sentence names
@pytest.mark.parametrize("text, days", [
    ("From the day your parcel arrives, you have 30 days to decide.", 30),
    ("Once the tent arrives, you have 30 days to try it out at home.", 30),
    ("From delivery, customers have 21 days to think it over.", 21),
    ("Starting on the date your sofa is delivered, you get twenty days to try the sofa out.", 20),
])
def test_days_to_decide_are_the_return_window(text, days):
    drafted = placed(text)
    assert (drafted.get("returns.window.days"), drafted.get("returns.window.starts")) == (days, "DELIVERY")


@pytest.mark.parametrize("text", [
    "Sale items: from the day they arrive, you have 10 days to decide.",  # some goods only
    "Once delivered, you do not get 30 days to decide.",  # negated
    "Trade customers get 60 days to try the samples out.",  # some customers, no event
    "You have 14 days to try the app free.",  # a trial of a service
    "You have 7 days to decide on a replacement if the item arrives damaged.",  # the shop's fault
    "Once your order ships, you have 3 days to decide whether to add gift wrap.",  # an order going out, another choice
    "You have 30 days to decide which colour you want before we dye the fabric.",  # a choice before making
])
def test_days_to_decide_something_else_or_for_some_goods_are_no_window(text):
    assert "returns.window.days" not in placed(text)

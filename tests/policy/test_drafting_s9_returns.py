"""Session 9, the return window and its kin on unseen pages: ways of saying a window that the rules
missed or misread, each beside a sentence where the legitimate reading must still hold (or must still
not fire). Every sentence is written for the test, not taken from a shop's page; the rules alone are
read (the learned reader below them is retrained after the rules change)."""

from __future__ import annotations

import pytest

from drafting_helpers import holds

WINDOW = ("returns.window.days", "returns.window.starts")


def _window(days, starts):
    return {"returns.window.days": days, "returns.window.starts": starts}


# --- what the window counts from, with an adverb or no auxiliary between the goods and their verb ---------

@pytest.mark.parametrize("text,expected", [
    ("You may send anything back within 45 days of the day you first bought it.", _window(45, "PURCHASE")),
    ("Returns are welcome within 20 days of the date you actually ordered them.", _window(20, "PURCHASE")),
    ("You can return a rug within 25 days of the date it shipped from our warehouse.", _window(25, "SHIPMENT")),
    ("Send your boots back within 40 days of the day they dispatched.", _window(40, "SHIPMENT")),
    # still read: the goods with their auxiliary, and the order's own date
    ("You can return a kettle within 12 days of the date it was shipped.", _window(12, "SHIPMENT")),
    ("Return any blanket within 18 days of your order date.", _window(18, "PURCHASE")),
])
def test_what_the_window_counts_from_in_looser_words(text, expected):
    holds(text, expected)


# --- the start said in a sentence of its own: "The 30 days are counted from ..." -------------------------

@pytest.mark.parametrize("text,expected", [
    ("Return policy\nUnworn jackets can be returned within 40 days.\nThe 40 days are counted from the day you placed your order.",
     _window(40, "PURCHASE")),
    ("Return policy\nYou may return a plant pot within 22 days.\nThose 22 days are calculated from the date the parcel is delivered.",
     _window(22, "DELIVERY")),
    # still not: a refund's clock counted from the return's arrival
    ("Return policy\nYou may return a plant pot within 22 days.\nYour refund is counted from the day your return reaches us and takes 9 days.",
     _window(22, None)),
])
def test_a_start_stated_in_a_sentence_of_its_own(text, expected):
    holds(text, expected)


# --- "over the next 30 days": the coming days are the window ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Changed your mind at any time over the next 45 days? Send the candle back for a refund.", {"returns.window.days": None}),
    ("If your order disappoints you at some point over the next 40 days, you can send it back for your money.", {"returns.window.days": 40}),
    ("Should your purchase not suit you in the next 25 days, return it to us for a full refund.", {"returns.window.days": 25}),
    # still not: how long something takes over the coming days
    ("Over the next 10 days we will be moving our warehouse, so returns may be slower.", {"returns.window.days": None}),
])
def test_the_coming_days_as_the_window(text, expected):
    holds(text, expected)


# --- an exchange offered among other remedies is no exchange-only window -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("If a cushion disappoints you, post it back no more than 21 days after delivery and we will swap it, exchange it, give you credit, or refund the price.",
     _window(21, "DELIVERY")),
    ("We want you to love every order, so returns are easy. Contact us within 35 days of delivery if you dislike anything and we will set up a replacement, an exchange or a credit note.",
     _window(35, "DELIVERY")),
    ("Returns are easy with us. Every refund or exchange must be requested no later than 16 days after the purchase date.", _window(16, "PURCHASE")),
    # still not: a window for exchanges alone
    ("Exchanges for a different colour can be made within 60 days of delivery.", _window(None, None)),
])
def test_an_exchange_among_other_remedies(text, expected):
    holds(text, expected)


# --- a price match's days are no return window ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Returns\nIf you spot the same lantern priced lower at another store within 5 days of buying it, we will refund the difference.", _window(None, None)),
    ("Returns\nFind our desk chair sold for less elsewhere within 10 days of your order and we'll credit you the price difference.", _window(None, None)),
    # still read: the window beside a price promise in another sentence
    ("Returns\nYou can return a lantern within 30 days of delivery. We price match any store for 5 days after your order.", _window(30, "DELIVERY")),
])
def test_a_price_match_window(text, expected):
    holds(text, expected)


# --- a request for a refund made up to a limit ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Refund requests can be submitted up to 28 days after the date you received the order.", _window(28, "DELIVERY")),
    ("Return requests may be made up to 19 days after you bought the item.", _window(19, "PURCHASE")),
    # still not: a refund's processing time
    ("Refund requests are processed within 6 days of your parcel being received.", _window(None, None)),
])
def test_a_request_made_up_to_a_limit(text, expected):
    holds(text, expected)


# --- the shop sending the customer something within some days is the shop's clock --------------------------

@pytest.mark.parametrize("text,expected", [
    ("Returns\nYou can return shoes within 20 days of delivery.\nWe look over your request and, once approved, email you a return number, usually within 3 business days.",
     {"returns.window.days": 20, "returns.window.unit": None}),
    ("Returns\nYou can return hats within 20 days of delivery.\nWe go through each request and then message you the return code, normally within 2 business days.",
     {"returns.window.days": 20, "returns.window.unit": None}),
    # still read: a window in business days the customer is given
    ("Returns\nYou can return hats within 20 business days of delivery.", {"returns.window.days": 20, "returns.window.unit": "BUSINESS"}),
])
def test_the_shop_sending_something_is_not_the_window(text, expected):
    holds(text, expected)

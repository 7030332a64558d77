"""Session 13, last mends: the shop sending the customer something within some days (told of what is sent), a
deadline for sale goods said as a refusal past it, and customised goods among the goods made for the order. Rules
alone."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


def setting(text: str, path: str):
    return placed(text).get(path)


# --- what the shop sends the customer within some days is no return window (window._SHOP_SENDS_YOU) ---------------------

@pytest.mark.parametrize("text", [
    "The return label is emailed to you within 2 days.",
    "Your return number will be sent to you within 2 days.",
    "A return code is texted to you within 3 days.",
    "Your return authorization is emailed to you within 2 business days.",
    "The prepaid return label will be sent to you by email within 3 days.",
    "A return shipping label is mailed to you within 5 days.",
    "Your RMA number for the return is issued to you within 1 day.",
])
def test_what_the_shop_sends_you_is_on_its_clock(text):
    assert setting(text, "returns.window.days") is None


@pytest.mark.parametrize("text,days", [
    ("Items sent to you can be returned within 30 days.", 30),
    ("Orders are shipped to you and can be returned within 30 days.", 30),
    ("Your order is sent to you by courier and may be returned within 30 days.", 30),
    ("Anything sent to you may be returned within 30 days.", 30),
    ("Products are sent to you with a 30-day return window, return within 30 days.", 30),
    ("Goods delivered to you can be returned within 30 days.", 30),
])
def test_a_window_for_goods_sent_to_you_stays(text, days):
    assert setting(text, "returns.window.days") == days


# --- a refusal past a deadline is no exclusion of the goods (exclusions._only_a_deadline) -------------------------------

@pytest.mark.parametrize("text", [
    "Sale items cannot be returned past the 14-day window.",
    "Clearance goods can't be refunded more than 7 days after delivery.",
    "Personalized items cannot be returned beyond 30 days.",
    "Gift cards cannot be refunded more than 90 days after purchase.",
    "Swimwear cannot be returned past the 14-day window.",
    "Sale items cannot be returned more than 14 days after delivery.",
    "Items bought on sale cannot be returned outside the 14-day window.",
])
def test_a_deadline_for_some_goods_excludes_none(text):
    assert setting(text, "exclusions") is None


@pytest.mark.parametrize("text,category", [
    ("Sale items cannot be returned.", "CLEARANCE"),
    ("Sale items cannot be returned after use.", "CLEARANCE"),
    ("Gift cards cannot be refunded once redeemed.", "OTHER"),
    ("Items can be returned within 30 days, but sale items cannot be returned.", "CLEARANCE"),
    ("Sale items cannot be returned past 14 days, and gift cards cannot be returned at all.", "OTHER"),
    ("Clearance items are final sale.", "CLEARANCE"),
])
def test_goods_refused_stay_excluded(text, category):
    assert setting(text, "exclusions")["category"] == category


# --- customised goods are made for the order (scope._MADE_FOR_THE_ORDER) ------------------------------------------------

@pytest.mark.parametrize("text,days", [
    ("Customized items can be returned within 7 days. Everything else can be returned within 30 days.", 30),
    ("Customised goods may be returned within 14 days. All other items can be returned within 60 days.", 60),
    ("Customized pieces can be returned within 7 days.\nWe accept returns within 30 days of delivery.", 30),
    ("Customised orders can be returned within 10 days. Other items can be returned within 30 days.", 30),
    ("Customized products can be returned within 5 days. Everything else can be returned within 21 days.", 21),
])
def test_a_window_for_customised_goods_is_not_everyones(text, days):
    assert setting(text, "returns.window.days") == days


@pytest.mark.parametrize("text,days", [
    ("Items can be returned within 30 days. Customized items cannot be returned.", 30),
    ("We customized our policy: items can be returned within 30 days.", 30),
    ("Customers can return items within 30 days.", 30),
    ("Customizable items can be returned within 30 days.", 30),
    ("Our items can be returned within 14 days of delivery.", 14),
])
def test_every_items_window_stays(text, days):
    assert setting(text, "returns.window.days") == days

"""Session 11 review (return and fault windows, how a return is started and asked for): general sentences the recall
round's window and request patterns misread, mended; and sentences read right that guard each mend. Rules only."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values, holds


# "send X back" with any determiner: paper, money and what the shop sends back name no return
@pytest.mark.parametrize("text", [
    "Please send the signed agreement back within 7 days of delivery.",
    "Please mail the invoice back within 10 days of receipt.",
    "Please send the survey back within 30 days of purchase.",
    "Please send the paperwork back within 14 days of receiving your rental.",
    "Please send the balance back within 30 days of receiving your invoice.",
    "Please post the questionnaire back within 14 days.",
    "Please send the contract back within 7 days of purchase.",
    "If your card was charged twice, send us the statement and we will post the difference back within 5 days.",
    "We ship every order back within 3 days of receiving a warranty claim.",
    "We post each repair back within 10 days of receiving it.",
    "We will send any item back at your cost if it arrives without an RMA within 30 days.",
])
def test_paper_money_or_the_shops_own_sending_back_is_no_return_window(text):
    assert first_values(text).get("returns.window.days") is None


@pytest.mark.parametrize("text, days", [
    ("You may send a purchase back within 30 days of delivery.", 30),
    ("Simply post the lamp back within 14 days of receiving it.", 14),
    ("Please send the items back within 30 days of delivery.", 30),
    ("You can send unwanted items back within 30 days of delivery.", 30),
    ("Please send the whole set back within 30 days of delivery.", 30),
    ("You can post a gift back within 60 days of purchase.", 60),
])
def test_goods_sent_back_with_or_without_a_determiner_are_the_return(text, days):
    assert first_values(text).get("returns.window.days") == days


# store credit or an exchange: every return's outcomes, but not a later tier's
@pytest.mark.parametrize("text", [
    "Items returned after 30 days are eligible for store credit or an exchange within 60 days of purchase.",
    "Returns made after 30 days of delivery receive store credit or an exchange within 60 days.",
])
def test_credit_or_an_exchange_after_a_first_limit_is_no_window_for_every_return(text):
    assert first_values(text).get("returns.window.days") is None


def test_credit_or_an_exchange_in_the_window_sentence_is_still_every_returns():
    holds("Returns are accepted within 30 days of purchase for store credit or an exchange.",
          {"returns.window.days": 30, "returns.window.starts": "PURCHASE", "resolutions.exchange": "ALWAYS"})


# a refund and an exchange named together: every return's window, but not an order undone before it ships
def test_a_refund_or_an_exchange_before_the_order_ships_is_a_cancellation():
    assert first_values("Orders can be refunded or exchanged before they ship, within 24 hours of purchase.").get("returns.window.days") is None


@pytest.mark.parametrize("text, starts", [
    ("Items can be refunded or exchanged within 30 days of delivery.", "DELIVERY"),
    ("Items can be refunded or exchanged within 30 days of the original purchase, as long as they are unused.", "PURCHASE"),
])
def test_a_refund_or_an_exchange_is_every_returns_window(text, starts):
    holds(text, {"returns.window.days": 30, "returns.window.starts": starts})


def test_a_gift_cards_refund_or_exchange_is_no_window():
    assert first_values("Gift cards can be refunded or exchanged within 30 days of purchase.").get("returns.window.days") is None


# "the return or exchange being received" is what comes back to the shop: the refund's clock, no delivery
def test_a_return_or_exchange_received_counts_the_refunds_time():
    text = "Refunds are issued within 14 days of the return or exchange being received."
    assert first_values(text).get("refund.processing") == {"min_days": 0, "max_days": 14, "unit": "CALENDAR"}


def test_two_names_of_the_parcel_still_count_from_its_arrival():
    holds("You have 14 days after the parcel or package has arrived to start a return.",
          {"returns.window.days": 14, "returns.window.starts": "DELIVERY"})


# "by post or at the store": every return's; the refund's own time in such a sentence is no window
def test_returns_refunded_within_days_is_the_refunds_time_not_a_window():
    values = first_values("Returns of items bought online or at the store are refunded within 5 days of receipt.")
    assert values.get("returns.window.days") is None
    assert values.get("refund.processing") == {"min_days": 0, "max_days": 5, "unit": "CALENDAR"}


@pytest.mark.parametrize("text", [
    "Returns can be made by post or at the store within 30 days of purchase.",
    "Items purchased online or at our stores can be returned within 30 days of purchase.",
    "Returns can be refunded within 30 days of purchase.",
])
def test_every_returns_window_by_either_way(text):
    holds(text, {"returns.window.days": 30, "returns.window.starts": "PURCHASE"})


def test_goods_bought_in_store_keep_their_own_window():
    assert first_values("Items bought in store can be returned by post or at the store within 14 days.").get("returns.window.days") is None


# "no more than N days after": a fault's deadline to report, not the shop's own times
def test_no_more_than_days_after_delivery_is_the_faults_report_deadline():
    holds("Damaged items must be reported no more than 3 days after delivery.",
          {"fault.window.days": 3, "fault.window.starts": "DELIVERY"})


@pytest.mark.parametrize("text", [
    "If your item arrives damaged, we will refund you no more than 7 days after we receive it.",
    "Damaged items are replaced free of charge; we dispatch replacements no more than 2 days after approval.",
    "Faulty items must be sent back to us no more than 30 days after delivery.",
])
def test_no_more_than_days_for_the_shop_or_goods_back_with_it_is_no_report_deadline(text):
    assert first_values(text).get("fault.window.days") is None


# asked for or started: the RMA's names, read in one place
@pytest.mark.parametrize("text, via", [
    ("To get an RA number, email our support team.", "EMAIL"),
    ("You can log your return in your account.", "WEBSITE"),
])
def test_a_return_started_by_its_go_ahead_or_logged(text, via):
    assert first_values(text).get("returns.request_via") == via


@pytest.mark.parametrize("text", [
    "We will file the return with the carrier for you.",
    "You can get an exchange rate quote from your bank.",
    "If you want gift wrapping, email help@shop.com before we ship your order.",
])
def test_no_request_where_nothing_is_asked_for(text):
    values = first_values(text)
    assert values.get("returns.request_via") is None
    assert values.get("returns.request_required_before_shipping") is None

"""The return window and the fault window as shops word them: what the rules draft from one sentence
(rules only, no learned reader below them), and what they must leave unset."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY


def _placed(text: str) -> dict:
    return {placed.path: placed.value for placed in draft_policy(text, RULES_ONLY).placed}


def _window(days: int, starts: str | None = None, prefix: str = "returns.window") -> dict:
    return {f"{prefix}.days": days, **({f"{prefix}.starts": starts} if starts else {})}


DRAFTED = [
    # the goods reaching the customer in a verb of their own; the order named there is what arrives
    ("You can post your items back up to 21 days after your order arrives.", _window(21, "DELIVERY")),
    ("Anything may be sent back within 10 days of the parcel reaching you.", _window(10, "DELIVERY")),
    ("Returns are taken for 45 days from the day your shipment turns up.", _window(45, "DELIVERY")),
    ("You have 12 days after your order lands to return it.", _window(12, "DELIVERY")),
    ("Please return unwanted things within 20 days of getting them.", _window(20, "DELIVERY")),
    ("A blanket can be returned for 25 days after it's delivered.", _window(25, "DELIVERY")),
    # the shop shipping, the customer buying, in a clause with its own subject
    ("Items can be returned up to 20 days after we ship them.", _window(20, "SHIPMENT")),
    ("Once your order has shipped, you have 18 days to return it.", _window(18, "SHIPMENT")),
    ("You may return a candle up to 40 days after you buy it.", _window(40, "PURCHASE")),
    ("For 16 days after you buy from our shop, you can return any mug.", _window(16, "PURCHASE")),
    # "counted from", and the event said first in a clause of its own
    ("You have 9 days, counted from the day after delivery, to return a lamp.", _window(9, "DELIVERY")),
    ("Once the parcel has been delivered, you have 11 days in which to return it.", _window(11, "DELIVERY")),
    ("From the moment your order arrives, you get 24 days to send things back.", _window(24, "DELIVERY")),
    # "no more than N days" is the limit itself
    ("Let us know you want to return it no more than 6 days after it was delivered.", _window(6, "DELIVERY")),
    ("Parcels posted back no more than 13 days after delivery are refunded.", _window(13, "DELIVERY")),
    # the goods going back in other verbs
    ("You have 35 days from delivery to send the shoes back.", _window(35, "DELIVERY")),
    ("Unworn hats can come back to us within 17 days of delivery.", _window(17, "DELIVERY")),
    ("Bring your receipt and bring the kettle back within 19 days of buying it.", _window(19, "PURCHASE")),
    ("A full refund is available for 22 days from delivery.", _window(22, "DELIVERY")),
    # a return coordinated with an exchange is every return's window
    ("You get 26 days from the day your order arrives to return or exchange anything.", _window(26, "DELIVERY")),
    ("Within 27 days of delivery you can ask us for a return or an exchange.", _window(27, "DELIVERY")),
    # damage denied is a state the goods must be in, not a fault of the shop's
    ("We take a mat back within 33 days of purchase if it has not been used or damaged.", _window(33, "PURCHASE")),
    ("Goods free of damage can be sent back within 29 days of delivery.", _window(29, "DELIVERY")),
    # a refund promised after the window is no refund timing
    ("You can return it within 34 days of delivery and we will pay you back in full.", _window(34, "DELIVERY")),
    # "no more than N days have passed since": the limit, counted from the event after "since"
    ("We take a coat back if no more than 19 days have passed since we shipped it.", _window(19, "SHIPMENT")),
    ("Provided no more than 24 days have gone by since you ordered it, we accept the item back.", _window(24, "PURCHASE")),
    # the customer answering the shop's email is no reply of the shop's
    ("To open a return, reply to our confirmation email no later than 8 days after delivery.", _window(8, "DELIVERY")),
    ("For a return, answer the message we sent you within 6 days of the parcel arriving.", _window(6, "DELIVERY")),
    # a series of the kinds, the last with the customer's verb
    ("To return, exchange or ask for a refund, write to us no later than 5 days after delivery.", _window(5, "DELIVERY")),
    ("If you want to return, exchange or request a refund, email us within 9 days of delivery.", _window(9, "DELIVERY")),
    # goods going back in a participle, while sending them, for a change of mind, by a request
    ("A lamp posted back within 28 days of its arrival is refunded in full.", _window(28, "DELIVERY")),
    ("Email us no later than 13 days after delivery, saying why you are sending the goods back.", _window(13, "DELIVERY")),
    ("If you change your mind, you have 32 days after delivery.", _window(32, "DELIVERY")),
    ("Refund and exchange requests are taken for 37 days from the order date.", _window(37, "PURCHASE")),
    # the named period, with more words after it
    ("Our return window is 75 days, and we may help after that.", {"returns.window.days": 75}),
    # most items, in other words
    ("Aside from a few exceptions, goods can be returned within 41 days of delivery.", {"returns.window.days": 41, "returns.most_items_only": True}),
    ("The vast majority of our stock can be returned within 43 days of purchase.", {"returns.window.days": 43, "returns.most_items_only": True}),
    # the refund's words in a part of the sentence with no clock of its own
    ("You can return anything within 38 days of delivery; when your return arrives we refund you.", _window(38, "DELIVERY")),
    # the delivery as the carrier records it
    ("Items may be returned up to 27 days after tracking lists them as delivered.", _window(27, "DELIVERY")),
    ("Return anything within 16 days of the delivery confirmation.", _window(16, "DELIVERY")),
    ("We take returns for 44 days from the day someone signed for the parcel.", _window(44, "DELIVERY")),
    # "inside", "during a": the period the return falls in
    ("Returns are accepted inside 12 days of purchase.", _window(12, "PURCHASE")),
    # refunds said open, or goods said refundable, for a time
    ("Refunds are available for 39 days after your order is received.", _window(39, "DELIVERY")),
    ("Unused shoes can be refunded for up to 23 days after you buy them.", _window(23, "PURCHASE")),
    # the time past the limit said first, then refused
    ("After 36 days, we can no longer accept returns.", {"returns.window.days": 36}),
    ("No returns or exchanges after 18 days from delivery.", _window(18, "DELIVERY")),
    ("Once the forty-day return period has ended, we cannot take items back.", {"returns.window.days": 40}),
    # a number word joined to its unit
    ("We offer a sixty-day return window on unworn shoes.", {"returns.window.days": 60}),
    # one period said twice
    ("Send it back within a month (31 days) of delivery.", _window(31, "DELIVERY")),
    ("Anything may be returned within two weeks (15 days) of the day they reached you.", _window(15, "DELIVERY")),
    # the fault window reads its start the same way
    ("If your lamp is defective, write to us within 6 days of it arriving.", _window(6, "DELIVERY", "fault.window")),
    ("Faulty goods are replaced if you tell us within 12 days of delivery.", _window(12, "DELIVERY", "fault.window")),
    ("If a vase arrives damaged, report it within 4 days of the box reaching you.", _window(4, "DELIVERY", "fault.window")),
]


@pytest.mark.parametrize("text,expected", DRAFTED, ids=[t[0][:50] for t in DRAFTED])
def test_the_window_and_its_start_are_drafted(text, expected):
    placed = _placed(text)
    assert {path: placed.get(path) for path in expected} == expected


UNSET = [
    # "your order" arriving is no purchase; the return arriving back is the refund's clock
    ("Email us no later than 8 days after your order reaches you to start a return.", ["returns.window.starts"], {"returns.window.starts": "DELIVERY"}),
    ("Refunds are paid within 5 days of your returns arriving at our warehouse.", ["returns.window.days", "returns.window.starts"], {}),
    # a case past some limit is still no limit
    ("Items that come back more than 30 days after delivery are refused.", ["returns.window.starts"], {}),
    # the goods named as what has the window
    ("The sofa is sent back no more than two weeks after the delivery date.", ["returns.window.days"], {}),
    # a window for exchanges only is no return window
    ("Exchanges are possible for 30 days from the order date.", ["returns.window.days"], {}),
    # the money going out, counted from the return coming back to the shop
    ("Once your return has arrived, we pay you back within 4 working days.", ["returns.window.days", "returns.window.unit"], {}),
    ("After the returned parcel is back with us we credit you within 6 days.", ["returns.window.days"], {}),
    ("As soon as a return reaches us, the refund is handled within 2 business days.", ["returns.window.days", "returns.window.unit"], {}),
    ("Within 6 business days the money is sent back to your card.", ["returns.window.days"], {}),
    # damage denied among a return's conditions is no fault window
    ("A rug that has not been walked on or damaged can be sent back within 23 days of purchase.", ["fault.window.days"], {}),
    # the shop's own reply
    ("We answer every return question within 2 days of receiving it.", ["returns.window.days"], {}),
    # past the limit and still taken, with a fee or for credit: no limit
    ("After 14 days, returns are still accepted for store credit.", ["returns.window.days"], {}),
    # goods the shop sends back to the customer
    ("If a return fails inspection we send it back to you within 5 days of receiving it.", ["returns.window.days"], {}),
]


@pytest.mark.parametrize("text,unset,kept", UNSET, ids=[t[0][:50] for t in UNSET])
def test_what_is_no_return_window_stays_unset(text, unset, kept):
    placed = _placed(text)
    for path in unset:
        assert placed.get(path) == kept.get(path), f"{path} drafted {placed.get(path)!r}"


QUESTIONED = [
    # a question names the fault; the sentence after asks for its report by a deadline
    ("Did your mug arrive cracked? Tell us within 5 days of delivery and we'll refund you.", _window(5, "DELIVERY", "fault.window")),
    ("Something faulty in the box? Let us know no later than 3 days after it arrives.", _window(3, "DELIVERY", "fault.window")),
]


@pytest.mark.parametrize("text,expected", QUESTIONED, ids=[t[0][:50] for t in QUESTIONED])
def test_a_report_deadline_after_a_question_about_a_fault_is_the_fault_window(text, expected):
    placed = _placed(text)
    assert {path: placed.get(path) for path in expected} == expected
    assert "returns.window.days" not in placed


def test_a_report_deadline_after_a_question_about_a_return_is_the_return_window():
    placed = _placed("Want to return a lamp? Email us no later than 12 days after delivery.")
    assert placed.get("returns.window.days") == 12 and "fault.window.days" not in placed


def test_a_deadline_for_asking_gives_way_to_the_returns_own_limit():
    text = ("Message our team no later than 5 days after your parcel arrives. After the first 5 days a return is still "
            "possible, less a 15% fee. Once 45 days have passed since delivery, items can no longer be returned.")
    placed = _placed(text)
    assert (placed.get("returns.window.days"), placed.get("returns.window.starts")) == (45, "DELIVERY")


def test_a_deadline_for_asking_is_the_window_when_no_limit_follows():
    placed = _placed("Contact us within 11 days of delivery to start a return. Refunds go to the original card.")
    assert (placed.get("returns.window.days"), placed.get("returns.window.starts")) == (11, "DELIVERY")


@pytest.mark.parametrize("text", [
    "Past the first 10 days, returns are still taken for a 10% fee.",
    "Beyond the initial 21 days, an exchange is the only option.",
])
def test_the_time_past_the_first_days_is_no_window(text):
    assert "returns.window.days" not in _placed(text)

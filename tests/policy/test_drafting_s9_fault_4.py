"""Issue 26, precision round 9 (fourth pass) on the fault reader (readers/fault.py, outside its exchange
code), rules only. Each test names a way of saying misread on fresh pages, in sentences of our own, with a
counter-sentence where the legitimate reading must still hold (or must not fire)."""

from __future__ import annotations

import pytest
from drafting_helpers import holds


# "If something goes wrong in the post", "when things go wrong with a delivery": an event gone wrong, a
# problem of any kind, not goods the shop got wrong
@pytest.mark.parametrize("text,expected", [
    ("If something goes wrong that the courier caused and the carton reaches you damaged, we send new stock free.",
     {"fault.reasons": {"DAMAGED"}}),
    ("Should anything go wrong on the road and your lamp turns up cracked, we will replace it.",
     {"fault.reasons": {"DAMAGED"}}),
    # counter: goods the shop got wrong are still a wrong item
    ("If things went wrong at our warehouse and we sent you the wrong item, we will replace it.",
     {"fault.reasons": {"WRONG_ITEM"}}),
])
def test_an_event_gone_wrong_names_no_wrong_item(text, expected):
    holds(text, expected)


# "Got something other than what you ordered?", "a parcel that holds goods other than what you bought": the
# shop sent other goods, a wrong item
@pytest.mark.parametrize("text", [
    "Received something other than what you bought? Tell us and we will send the right one at our cost.",
    "If the box holds goods other than what you ordered, we replace them free of charge.",
])
def test_goods_other_than_what_was_ordered_are_a_wrong_item(text):
    holds(text, {"fault.reasons": {"WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"}})


def test_wanting_something_other_than_what_was_ordered_is_no_wrong_item():
    # counter: the customer's change of mind
    holds("If you would prefer something other than what you ordered, place a second order and send the first back.",
          {"fault.reasons": None})


# "you pick between new mugs and a refund", "a refund or fresh stock": new goods offered beside a refund
@pytest.mark.parametrize("text", [
    "If a mug reaches you chipped, you pick between new mugs and a refund.",
    "Should your order arrive damaged, we offer a full refund or fresh boots, as you prefer.",
])
def test_new_goods_beside_a_refund_are_a_replacement(text):
    holds(text, {"fault.remedies": {"REPLACEMENT", "REFUND"}})


def test_a_refund_alone_stays_a_refund():
    # counter: no new goods offered
    holds("If an item arrives damaged, we refund it; new orders ship as usual.", {"fault.remedies": {"REFUND"}})


# "Wrong parcel? Let Customer Service know ...": the report asked of the shop's team after a fault question
@pytest.mark.parametrize("text", [
    "Sent the wrong item? Let Customer Service know in the first 4 days after it arrives and we will post the right one.",
    "Did your lamp arrive broken? Let our care team know in the first 4 days after delivery.",
])
def test_a_report_to_the_shops_team_after_a_fault_question(text):
    holds(text, {"fault.window.days": 4, "fault.window.starts": "DELIVERY"})


def test_no_fault_question_no_fault_window():
    # counter: a plain question about returns
    holds("Changed your mind? Let Customer Service know in the first 4 days after it arrives.", {"fault.window.days": None})

"""Issue 26, precision round 9 (third pass) on the fault and resolutions readers (readers/fault.py,
resolutions.py), rules only. Each test names a way of saying missed or misread on fresh pages, in sentences
of our own, with a counter-sentence where the legitimate reading must still hold (or must not fire)."""

from __future__ import annotations

import pytest
from drafting_helpers import holds, placed


# A numbered step led by what the customer does ("Log your request:", "Tell us first:"): a verb and its
# object, not goods the rule is narrowed to; its photos and exchanges are every return's
@pytest.mark.parametrize("text,expected", [
    ("1. Message our team: Write with your order number. If you can, include a photo of the defect.\n"
     "2. Post the parcel: use any tracked service.",
     {"fault.photos_requested": True, "fault.photos_of": {"ISSUE"}}),
    ("1. Raise your claim: Tell our helpdesk what went wrong. Attach a picture that shows the defect.\n"
     "2. Wait for a reply: we answer in two days.",
     {"fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
])
def test_a_step_led_by_what_the_customer_does_names_no_goods(text, expected):
    holds(text, expected)


def test_a_line_led_by_goods_is_still_scoped():
    # counter: goods as the lead keep the rule theirs
    assert "fault.photos_min" not in placed("Glass vases: if one reaches you cracked, send us a photo of the break.")


# A return for goods that reached the customer faulty, "up to N days after" receiving them (no reporting verb,
# no "within"): the fault's window
@pytest.mark.parametrize("text", [
    "Bottles that arrive broken can be sent back up to 5 days after the day you received them.",
    "Parcels that reach you damaged may be returned no later than 5 days after delivery.",
])
def test_a_faulty_goods_return_up_to_n_days_after_delivery(text):
    holds(text, {"fault.window.days": 5, "fault.window.starts": "DELIVERY"})


def test_an_unused_or_faulty_return_up_to_n_days_keeps_its_window_the_return_windows():
    # counter: one window for every return, faulty or not
    assert "fault.window.days" not in placed("Unused or faulty lamps can be sent back up to 5 days after delivery.")


# "Any shortage or damage has to be reported ...": a fault named as the subject, the shortage first
@pytest.mark.parametrize("text", [
    "Any loss or damage must be reported within 4 days of the parcel reaching you.",
    "Shortages or damage have to be reported within 4 days after delivery.",
])
def test_a_shortage_or_damage_as_the_subject_of_a_report(text):
    holds(text, {"fault.window.days": 4, "fault.window.starts": "DELIVERY"})


# A paragraph opened on a fault, then "If that happens, tell us ...", then what the shop does: the third
# sentence is still under the fault the first one names
@pytest.mark.parametrize("text,expected", [
    ("Cakes that reach you squashed or damaged can come back. If that happens, write to us at once and we will "
     "arrange it. As you prefer, we will pay you back or post a replacement cake.",
     {"fault.remedies": {"REFUND", "REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("Sometimes a jar arrives broken. If so, send us a photo. We will then mail a new one or refund you.",
     {"fault.remedies": {"REFUND", "REPLACEMENT"}}),
])
def test_remedies_two_sentences_after_the_fault(text, expected):
    holds(text, expected)


def test_a_third_sentence_about_other_returns_is_not_the_faults():
    # counter: the third sentence turns to returns for a change of mind
    text = ("Cakes that reach you damaged can come back. If that happens, write to us at once. "
            "If you changed your mind, we refund you once the cake is back.")
    assert "REFUND" not in placed(text).get("fault.remedies", set())


@pytest.mark.parametrize("text", [
    # counters: the fault narrows one of two requests, the deadline is both's
    "Requests for a swap, or for a refund on a faulty lamp, must reach us no later than 6 days after delivery.",
    "Asks for an exchange or for a return of a damaged rug have to come in within 6 days of delivery.",
])
def test_a_deadline_for_any_exchange_and_a_faults_refund_is_no_fault_window(text):
    assert "fault.window.days" not in placed(text)


def test_postage_paid_back_is_no_refund_of_the_goods():
    # counter: "pay back" the postage is the shipping's, not the goods'
    text = "If the heater we sent is faulty, we will collect it or pay back the return postage."
    assert "REFUND" not in placed(text).get("fault.remedies", set())


# A return and an exchange granted together in verbs ("you can return or swap", "30 days to send it back or
# exchange it", "we'll take it back or swap it"): exchanges for every return
@pytest.mark.parametrize("text", [
    "You may return or swap any scarf for 20 days after it arrives.",
    "You are free to return or swap any print within 20 days.",
    "Not right? We'll take it back or swap it, no questions asked.",
])
def test_a_return_and_an_exchange_granted_together(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


@pytest.mark.parametrize("text", [
    # counters: refused, or only how to ask
    "You can't return or swap sale scarves.",
    "We can never take back or swap engraved lamps.",
])
def test_a_refused_return_or_exchange_is_no_offer(text):
    assert placed(text).get("resolutions.exchange") != "ALWAYS"

"""Issue 26, precision round 9 (second pass) on the fault and resolutions readers (readers/fault.py,
resolutions.py), rules only. Each test names a way of saying missed or misread on fresh pages, in sentences
of our own, with a counter-sentence where the legitimate reading must still hold (or must not fire)."""

from __future__ import annotations

import pytest
from drafting_helpers import holds, placed


# "incorrect" in a list of the states goods reach the customer in ("incorrect, faulty or damaged", "damaged
# or incorrect"): the shop sent the wrong goods, as much as "the wrong item" does
@pytest.mark.parametrize("text,expected", [
    ("You pay the postage back, except when the lamp we posted was incorrect, faulty or damaged.",
     {"fault.reasons": {"WRONG_ITEM", "DEFECTIVE", "DAMAGED"}}),
    ("If a parcel reaches you damaged or incorrect, email us within 5 days and we will put it right.",
     {"fault.reasons": {"WRONG_ITEM", "DAMAGED"}}),
    ("Every sale is final unless the kettle we shipped is incorrect or faulty.",
     {"fault.reasons": {"WRONG_ITEM", "DEFECTIVE"}}),
])
def test_incorrect_among_the_states_of_a_fault_is_a_wrong_item(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text", [
    # the customer's details, not the goods
    "We cannot refund parcels lost because of an incorrect or incomplete address.",
    "Orders held up by damaged or incorrect billing details are cancelled.",
])
def test_incorrect_details_are_no_wrong_item(text):
    assert "WRONG_ITEM" not in placed(text).get("fault.reasons", set())


# "If the parcel you got is the wrong one", "the item you received is incorrect": the goods themselves said to
# be the wrong ones, with the customer's receiving between
@pytest.mark.parametrize("text", [
    "If the parcel you got is the wrong one, write to us at once and keep it sealed.",
    "When the item you received is incorrect, tell us within a week and we will swap it.",
])
def test_the_goods_received_said_to_be_the_wrong_ones(text):
    assert "WRONG_ITEM" in placed(text).get("fault.reasons", set())


def test_a_size_that_is_wrong_for_the_customer_is_still_no_wrong_item():
    assert "WRONG_ITEM" not in placed("If the coat you got is the wrong size for you, you can return it within 30 days.").get("fault.reasons", set())


# Goods refused back (final sale, cannot be returned) "unless" or "except when" they are faulty, or taken back
# "only if" faulty: the fault overrides the exclusion
@pytest.mark.parametrize("text", [
    "Engraved mugs are final sale and cannot come back, unless they reach you chipped or faulty.",
    "Except when they arrive damaged, we can't accept back opened candles or custom prints.",
    "Made-to-order curtains can only be returned if they turn out to be defective.",
    "Clearance lamps are non-refundable, except where we sent the wrong one.",
])
def test_goods_refused_unless_faulty_override_the_exclusion(text):
    assert placed(text).get("fault.overrides_exclusions") is True


@pytest.mark.parametrize("text", [
    # the order's shipping, not goods refused
    "Shipping charges cannot be refunded unless the item arrived damaged.",
    # goods refused with no fault as the exception
    "Engraved mugs are final sale and cannot come back, unless we agree otherwise.",
    # every sale refused, no goods excluded
    "Everything sold in our shop or at our market stall is final, unless it reaches you faulty.",
    # a state refused (a condition of every return), no goods excluded
    "Goods that have been worn or washed cannot come back, unless they turn out to be faulty.",
    # the maker's warranty, not the shop
    "We don't take back rugs, except a faulty one that its maker's warranty covers.",
])
def test_no_override_without_goods_refused_unless_faulty(text):
    assert "fault.overrides_exclusions" not in placed(text)


# Exchanges refused in other verbs: "we can't handle exchanges", "we cannot take returns or exchanges",
# "exchanges aren't offered"
@pytest.mark.parametrize("text", [
    "At the moment our warehouse cannot handle exchanges.",
    "Sorry, but we can't take returns or exchanges.",
    "Exchanges aren't offered.",
    "We do not process exchanges of any kind.",
])
def test_exchanges_refused_in_other_verbs(text):
    holds(text, {"resolutions.exchange": "NEVER"})


def test_exchanges_still_offered():
    holds("We can exchange it for another colour within 30 days.", {"resolutions.exchange": "ALWAYS"})


# "send the one you have back, then order the item you want separately": a return and an order of one's own
@pytest.mark.parametrize("text", [
    "To get something else, send the shirt you have back to us and then order the item you want separately.",
    "Please return the pair you bought first, then order the one you'd like in a new order.",
])
def test_return_then_order_anew_is_a_reorder_hint(text):
    holds(text, {"resolutions.reorder_hint": True})


# "attach whatever photos you have", "include any pictures you can": photos welcome, not required
@pytest.mark.parametrize("text", [
    "If a vase arrives cracked, email us and attach whatever photos you have of the damage.",
    "Should a lamp reach you broken, contact us and include any pictures you can take of it.",
])
def test_whatever_photos_you_have_are_requested(text):
    holds(text, {"fault.photos_requested": True, "fault.photos_min": None})


def test_photos_asked_for_are_still_required():
    holds("If a vase arrives cracked, email us with a photo of the damage.", {"fault.photos_min": 1, "fault.photos_requested": None})

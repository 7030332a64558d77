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


# "A faulty kettle gets replaced", "Damaged candles are swapped for new ones": the fault's remedy for the goods
# named in its subject only, not every faulty item's
@pytest.mark.parametrize("text", [
    "A faulty kettle, unlike the rest of our range, gets replaced with a working one.",
    "Damaged candles are swapped for new ones at no charge.",
])
def test_a_remedy_for_faulty_goods_of_one_kind_is_scoped(text):
    holds(text, {"fault.remedies": None})


@pytest.mark.parametrize("text", [
    "A faulty item gets replaced with a working one.",
    "Damaged products are replaced at no charge.",
])
def test_a_remedy_for_any_faulty_item_still_holds(text):
    # counter: a generic faulty item is every faulty item
    holds(text, {"fault.remedies": {"REPLACEMENT"}})

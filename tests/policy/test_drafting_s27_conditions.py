"""A parcel's or a receipt's label is no tag the goods must keep, a state said not to be needed is asked of none, and a shop
named for packaging asks for none; the goods' own labels are still read. Each sentence is written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import conditions


@pytest.mark.parametrize("text,item", [
    ("After the label reaches you, the parcel has to be back with us no later than seven days afterwards, unchanged from the state in which we sent it.", "TAGS_ATTACHED"),
    ("Returns are accepted when you bring the original receipt, or the original label proving the purchase.", "TAGS_ATTACHED"),
    ("Returns: you can cancel within 24 hours, or until a mailing label has been created, and items must be unused.", "TAGS_ATTACHED"),
    ("Returns must reach us unused, with the return address label on the outside of the box.", "TAGS_ATTACHED"),
    ("Brand-new condition is not needed for a return, and you are welcome to use the items while the trial runs.", "UNUSED"),
    ("At Packaging Company, we accept returns only when the goods are unused.", "ORIGINAL_PACKAGING"),
])
def test_what_the_goods_need_not_keep_is_no_condition(text, item):
    assert item not in conditions(text), conditions(text)


@pytest.mark.parametrize("text", [
    "The label has to be intact, and please send the item back in its original packaging.",
    "Returned items must be new and unopened, with the labels still on.",
    "Items can come back only with every original label still attached.",
])
def test_the_goods_own_labels_are_still_asked_for(text):
    assert "TAGS_ATTACHED" in conditions(text), conditions(text)

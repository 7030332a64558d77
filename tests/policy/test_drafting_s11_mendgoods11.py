"""Session 11 review (area "mendgoods11": goods refused and the condition of returned items): sentences of our own that
the recall round's patterns misread, mended narrowly, and sentences they read right, kept as guards. A refusal said of
one way of sending or one place ("cannot be returned by mail", "... in store", "... for cash") refuses no goods, with a
line's lead before it or a list of goods as its subject; "You have proof of purchase" asks for it only as a condition's
whole line; "need no alterations" is the goods' fit, not a state denied. Every sentence is written for this test, read by
the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import RULES_ONLY, placed, exclusion_labels as _excluded_labels

from plugin.policy.drafting import draft_policy


@pytest.mark.parametrize("text", [
    "Store pickup: items collected in store cannot be returned by mail.",
    "Bulky items: sofas, beds and wardrobes cannot be returned by courier.",
    "Outdoor gear: tents, stoves and lanterns cannot be returned for cash.",
    "Kites, reels, spools and line cannot be returned by post.",
    "Large items cannot be returned by post.",
    "Furniture cannot be returned to our stores.",
])
def test_a_refusal_of_one_way_of_returning_refuses_no_goods(text):
    assert _excluded_labels(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Team merchandise: every scarf and mug is final sale.", ["Scarf and mug"]),
    ("Kites, reels, spools and line winders cannot be returned.", ["Kites", "Reels", "Spools", "Line winders"]),
    ("Clearance items will only be refunded where they are defective.", ["Clearance items"]),
    ("Items can be returned, but not after 30 days, and gift cards cannot.", ["Gift cards"]),
    ("For this reason, swimwear cannot be returned.", ["Swimwear"]),
])
def test_goods_refused_outright_are_still_read(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("You have proof of purchase on your account page.", None),
    ("- You have proof of purchase", True),
    ("- You can show proof of purchase (a receipt or order email)", True),
    ("Nothing can be returned without a receipt.", True),
])
def test_proof_of_purchase_as_a_conditions_line_only(text, expected):
    assert placed(text).get("requirements.proof_of_purchase") == expected


@pytest.mark.parametrize("text,expected", [
    ("Custom sizes need no alterations and are final sale.", None),
    ("Items must come back with no alterations.", "NOT_ALTERED"),
    ("Important: items must be unworn with tags attached.", "NOT_WORN"),
    ("Keep in mind that items must be unworn with tags attached.", "NOT_WORN"),
])
def test_a_state_denied_is_a_condition_the_goods_fit_is_not(text, expected):
    conditions = [setting.value for setting in draft_policy(text, RULES_ONLY).placed if setting.path == "requirements.condition"]
    assert (conditions[0] if conditions else None) == expected

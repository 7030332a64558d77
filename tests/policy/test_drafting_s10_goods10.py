"""Goods rules, round s10 (area "goods10"): an exclusion's label must name goods. Not function words ("... and
the like"), a clause ("we'll sort it out"), a description by a deed ("anything closing out a range"), a transaction,
a reason or a parcel; not a refusal said only in a condition, goods still exchanged, the examples of a kind
(after its colon, in its aside, before "and other" it), some of a kind, or the kind all the goods are said to be.
Every sentence is written for this test, read by the rules alone unless it says otherwise."""

from __future__ import annotations

import pytest
from drafting_helpers import RULES_ONLY

from plugin.policy.drafting import draft_policy


def _excluded_labels(text: str, reader=RULES_ONLY) -> list[str]:
    return [setting.value["label"] for setting in draft_policy(text, reader).placed if setting.path == "exclusions"]


def _unplaced(text: str) -> list[str]:
    return [unplaced.why for unplaced in draft_policy(text, RULES_ONLY).unplaced]


# --- words that name no goods ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We cannot take back seeds, bulbs and the like.", ["Seeds", "Bulbs"]),  # "the like" names nothing
    ("We do not accept returns of kites, hammocks, parasols and so on.", ["Kites", "Hammocks", "Parasols"]),
    ("A few things cannot be returned: anything closing out a range, kites and hammocks.", ["Kites", "Hammocks"]),  # a deed
])
def test_open_ends_and_descriptions_are_no_groups(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Every trade-in is final.",  # a transaction
    "A layaway is non-refundable.",
    "We don't refund a change of mind.",  # the customer's reason
    "We do not refund buyer's remorse.",
])
def test_transactions_and_reasons_are_no_goods(text):
    assert _excluded_labels(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Anything seasonal cannot be returned.", ["Anything seasonal"]),  # a kind, no deed
    ("Earrings, swimwear and gift cards cannot be returned.", ["Jewelry", "Swimwear", "Gift cards"]),
    ("We do not accept returns of fertiliser or seeds.", ["Fertiliser or seeds"]),
    ("Garden kneelers are not returnable.", ["Garden kneelers"]),
])
def test_goods_are_still_refused(text, expected):
    assert _excluded_labels(text) == expected


# --- a line that is a sentence, under a refusal it follows ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "- If anything in your box arrives broken, write to us and we'll sort it out.",  # a contraction
    "- If anything in your box arrives broken, write to us and we replace it.",  # the shop speaking
])
def test_a_sentence_under_a_refusal_names_no_goods(line):
    assert _excluded_labels("Gift boxes can't be refunded; every sale is final.\n" + line) == ["Gift boxes"]


def test_short_lines_under_a_refusal_are_still_goods():
    assert _excluded_labels("We never take back:\n- Hammocks\n- Samples you buy") == ["Hammocks", "Samples you buy"]


# --- a refusal said only in the condition that opens the sentence -----------------------------------------------

@pytest.mark.parametrize("text", [
    "When the buyer refuses a crate, the goods in it carry a 25% fee.",
    "If a customer refuses the delivery of a sofa, a 20% fee applies.",
])
def test_a_refusal_in_the_opening_condition_refuses_no_goods(text):
    assert _excluded_labels(text) == []


def test_a_refusal_after_an_opening_condition_still_refuses():
    assert _excluded_labels("When in doubt, remember that earrings cannot be returned.") == ["Jewelry"]

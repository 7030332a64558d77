"""Goods rules, round s10 (area "goods10"): an exclusion's label must name goods. Not function words ("... and
the like"), a clause ("we'll sort it out"), a description by a deed ("anything closing out a range"), a transaction,
a reason or a parcel; not a refusal said only in a condition, goods still exchanged, the examples of a kind
(after its colon, in its aside, before "and other" it), some of a kind, or the kind all the goods are said to be.
Every sentence is written for this test, read by the rules alone unless it says otherwise."""

from __future__ import annotations

import pytest
from drafting_helpers import RULES_ONLY, exclusion_labels as _excluded_labels

from plugin.policy.drafting import draft_policy


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


# --- goods refused a return that may still be exchanged ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("These cannot be returned:\n- Gift sets (an exchange is the only option)\n- Candles", ["Candles"]),
    ("Hammocks are final sale, exchange only.", []),
    ("Parasols cannot be refunded and can only be exchanged.", []),
])
def test_goods_still_exchanged_are_unplaced(text, expected):
    assert _excluded_labels(text) == expected
    assert any("still be exchanged" in why for why in _unplaced(text))


def test_returns_and_exchanges_only_within_a_window_refuse_goods_as_before():
    assert _excluded_labels("We accept returns and exchanges only within 30 days. Swimwear cannot be returned.") == ["Swimwear"]


# --- the examples of a kind are the kind ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We don't take back perishables: bread, cheese, cut flowers and the like.", ["Perishable goods"]),  # after its colon
    ("We cannot accept returns of personalised goods: engraved mugs, printed towels.", ["Personalized or custom-made products"]),
    ("Bread, cheese and other perishables cannot be returned.", ["Perishable goods"]),  # before "and other" it
    ("Rope, rigging and other custom products cannot be returned.", ["Personalized or custom-made products"]),
    ("Custom products (engraved pieces or special orders, for example) cannot be returned.",  # in its aside
     ["Personalized or custom-made products"]),
])
def test_a_kinds_examples_are_the_kind(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("These cannot be returned: fertiliser, seeds and compost.", ["Fertiliser", "Seeds", "Compost"]),  # no kind before the colon
    ("Kites, hammocks and other garden furniture cannot be returned.", ["Kites", "Hammocks", "Garden furniture"]),  # the shop's own kind
    ("Rope, rigging or other custom products cannot be returned.",  # "or": goods of their own
     ["Personalized or custom-made products", "Rope", "Rigging"]),
    ("Special orders (items we do not stock) cannot be returned.", ["Special orders"]),  # an aside that is no kind
    ("Gift cards, bread and other perishables cannot be returned.", ["Gift cards", "Perishable goods"]),  # a kind of its own
])
def test_goods_beside_a_kind_are_still_groups(text, expected):
    assert _excluded_labels(text) == expected


# --- some of a kind, and the kind all the goods are -----------------------------------------------------------------

def test_some_of_a_kind_is_no_kind():
    assert _excluded_labels("Some clearance items cannot be returned.") == []
    assert _excluded_labels("Some items cannot be returned: clearance items and gift cards.") == ["Clearance items", "Gift cards"]


def test_the_kind_every_good_is_said_to_be_is_no_group_for_the_learned_reader_either():
    # read with the shipped learned reader: the kind is the reason nothing comes back, not a group refused
    assert _excluded_labels("Every candle is made to order in small batches, so none can be returned or refunded.", None) == []

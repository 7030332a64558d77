"""Goods rules, round s11, second pass (area "goods2"): more of the ways a shop states the condition a returned item
must be in, each shown by sentences written for this test, with near misses the change must not read. Read by the
rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import placed


def _condition(text: str) -> set:
    return placed(text, lists=("requirements.condition",)).get("requirements.condition", set())


# --- a refusal of goods named by the accessories they lack -------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We refuse any item that is missing accessories.", {"ACCESSORIES_INCLUDED"}),
    ("Goods that are missing any of their accessories cannot be returned.", {"ACCESSORIES_INCLUDED"}),
    ("We will not accept items that are used or missing their accessories.", {"UNUSED", "ACCESSORIES_INCLUDED"}),
])
def test_goods_refused_for_missing_parts_must_come_complete(text, expected):
    assert _condition(text) == expected


@pytest.mark.parametrize("text", [
    "Please tell us if your order is missing parts; we must receive your claim within 7 days.",  # a fault to report
    "We give a partial refund only for an item with missing parts.",  # a lowered refund, the return taken
    "We are not responsible for lost or missing parts in transit.",  # a parcel's loss
    "Items missing parts on arrival will be replaced free of charge.",  # a fault's remedy
    "Sale items missing accessories cannot be returned.",  # some goods only
    "We refuse any item that is missing parts of its packaging.",  # the packaging, not the item's parts
    "Items that are damaged or missing parts will be refused.",  # goods that came incomplete: a fault
    "We give a partial refund only for an item missing accessories.",  # a lowered refund, the return taken
    "We cannot ship orders with missing parts until the supplier restocks.",  # an order shipping out
])
def test_missing_parts_outside_a_refusal_ask_for_no_accessories(text):
    assert "ACCESSORIES_INCLUDED" not in _condition(text)


# --- a wish added after what is asked hedges its own words only ----------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Items must be unworn and unwashed, ideally still in their original bag.", {"NOT_WORN", "NOT_WASHED"}),
    ("Anything you send back has to be unused, preferably with its box.", {"UNUSED"}),
])
def test_a_hedge_added_after_the_condition_leaves_the_condition(text, expected):
    assert _condition(text) == expected


@pytest.mark.parametrize("text", [
    "Items should be returned unused, if possible.",  # the whole asked for where possible
    "Items should preferably be unused and unwashed.",  # the whole hedged
    "Ideally, items must be unused and in the original packaging.",  # the hedge leads the whole
    "We prefer items to be unused, preferably in the original box.",  # a preference, nothing asked
    "Items must be returned within 30 days, preferably in the original packaging.",  # a deadline asked, the box wished
    "Items must be unused, preferably.",  # the hedge names nothing of its own
    "Sale items must be unused, preferably in their box.",  # some goods only
])
def test_a_hedged_condition_is_not_asked(text):
    assert _condition(text) == set()


# --- the customer asked to see to the state the return arrives in ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Make sure the item reaches us in its original packaging.", {"ORIGINAL_PACKAGING"}),
    ("Please check that the item comes back with all its accessories.", {"ACCESSORIES_INCLUDED"}),
    ("Be sure everything gets back to us unused and with its tags on.", {"UNUSED", "TAGS_ATTACHED"}),
])
def test_a_return_seen_to_arrive_in_a_state_states_the_condition(text, expected):
    assert _condition(text) == expected


@pytest.mark.parametrize("text", [
    "We make sure your order reaches you in its original packaging.",  # an order shipping out
    "Please make sure sale items reach us in their original packaging.",  # some goods only
    "Make sure the parcel reaches us within 14 days.",  # a deadline, no state
    "Make sure the item reaches us safely; we are not responsible for damage in transit.",  # the parcel's trip
    "Make sure your parcel reaches us in a padded envelope.",  # how to pack, no state of the item
    "If the item is faulty, make sure it reaches us with a note describing the fault.",  # a fault's case
    "Please make sure the tags are removed before you wear the item.",  # the tags in another sense: care advice
])
def test_seeing_to_something_else_states_no_condition(text):
    assert _condition(text) == set()

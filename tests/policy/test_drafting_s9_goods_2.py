"""Goods rules, round s9 part 2 (area "goods"): ways of saying found on fresh pages that named a group of goods
where there was none (a quantity, every sale, the shop's own goods given as a reason, a state after a list), or
missed one (a refusal opened by "nor"). Every sentence is written for this test, read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import exclusion_labels as _excluded_labels


# --- how many goods ("a number of", "a handful of") or every sale is no group ----------------------------------

@pytest.mark.parametrize("text", [
    "A number of products cannot be returned under any circumstances.",
    "A handful of items are not returnable.",
    "Each sale is final, except where the wrong part was packed.",
    "Every purchase is final once the parcel has been handed to the courier.",
])
def test_no_group_from_a_quantity_or_every_sale(text):
    assert _excluded_labels(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Garden hoses cannot be returned.", ["Garden hoses"]),
    ("A number of goods cannot be returned, such as garden hoses and lamp shades.", ["Garden hoses", "Lamp shades"]),
])
def test_group_still_named(text, expected):
    assert _excluded_labels(text) == expected


# --- "Nor do we take back X": a refusal with the negation moved to the front -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Nor do we take back garden hoses, doormats or lamp shades.", ["Garden hoses", "Doormats", "Lamp shades"]),
    ("Neither do we accept returns of bird feeders or seed mixes.", ["Bird feeders", "Seed mixes"]),
    ("Nor will we accept swimwear.", ["Swimwear"]),
])
def test_refusal_opened_by_nor(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Nor do we take back any item after 30 days.",
    "Nor do we accept returns without a receipt.",
])
def test_nor_refusing_a_case_names_no_goods(text):
    assert _excluded_labels(text) == []


# --- "Because our products are perishable, ...": the kind said of all the shop's goods is a reason -------------

@pytest.mark.parametrize("text", [
    "Because our products are perishable, these cannot come back:\n- cakes that have been cut",
    "Since all our goods are personalised, they cannot be returned once made.",
])
def test_no_group_from_the_shops_goods_given_as_a_reason(text):
    assert _excluded_labels(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Because they spoil, perishable goods cannot be returned.", ["Perishable goods"]),
    ("Perishable goods are not returnable.", ["Perishable goods"]),
])
def test_perishable_goods_still_refused(text, expected):
    assert [label.lower() for label in _excluded_labels(text)] == [label.lower() for label in expected]


# --- a state after a list ("... items showing signs of use") reaches back over it --------------------------------

@pytest.mark.parametrize("text", [
    "These cannot come back:\n- GLUE, PAINT & BRUSH items showing signs of use",
    "We do not accept returns of rakes, hoes and spades showing any signs of wear.",
])
def test_no_group_from_goods_showing_signs_of_use(text):
    assert _excluded_labels(text) == []


def test_goods_before_a_state_of_others_still_refused():
    assert _excluded_labels("We do not accept returns of doormats, or of rakes showing signs of use.") == ["Doormats"]


# --- the scorer: a label's word ending in -y names the group spelled in the plural (-ies) -----------------------

@pytest.mark.parametrize("key,label,hit", [
    ("OTHER:power supply", "Power supplies", True),
    ("OTHER:battery", "Spare batteries", True),
    ("OTHER:power supply", "Power cables", False),
    ("OTHER:hose", "Garden hoses", True),
])
def test_scorer_matches_a_plural_in_ies(key, label, hit):
    from bench.real_policies.score import _exclusion_matches

    assert _exclusion_matches(key, {"category": "OTHER", "label": label, "match": {"tags": [label.lower()]}}) is hit

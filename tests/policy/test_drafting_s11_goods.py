"""Goods rules, round s11 (area "goods"): more of the ways a refusal names the goods that cannot come back, each
shown by sentences written for this test, with a near miss the change must not read. Read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import RULES_ONLY, exclusion_labels as _excluded_labels

from plugin.policy.drafting import draft_policy


# --- "can never be returned" refuses as "cannot" does --------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Painted sea shells can never be returned, whatever the reason.", ["Painted sea shells"]),
    ("Hand-blown glass vases will never be refunded.", ["Hand-blown glass vases"]),
])
def test_never_returned_goods_are_excluded(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Items can never be returned after 30 days.",  # a deadline, no goods
    "Shoes may never be returned once worn outside.",  # goods refused only in a state
])
def test_never_returned_in_a_case_is_no_exclusion(text):
    assert _excluded_labels(text) == []


# --- a refusal opened by "Please be aware that", "Note:" names its goods as a bare refusal does ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Please be aware that seed packets, pressed flowers and herb bundles cannot be refunded.", ["Seed packets", "Pressed flowers", "Herb bundles"]),
    ("Please keep in mind that wooden toys and puzzle mats are final sale.", ["Wooden toys", "Puzzle mats"]),
    ("Note: kite lines are non-returnable.", ["Kite lines"]),
])
def test_a_noted_refusal_names_its_goods(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Please be aware that items cannot be returned after 14 days.",  # a deadline, no goods
    "Note: returns are accepted within 30 days.",  # a grant
])
def test_a_noted_rule_without_goods_is_no_exclusion(text):
    assert _excluded_labels(text) == []


# --- a subject that lists many goods, longer than one name may be -------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Kites, kite reels, spools of braided line, harnesses, line winders and ground stakes cannot be returned.",
     ["Kites", "Kite reels", "Spools of braided line", "Harnesses", "Line winders", "Ground stakes"]),
    ("For safety reasons, climbing ropes, carabiners and any opened packets or boxes of chalk cannot be returned.",
     ["Climbing ropes", "Carabiners", "Boxes of chalk"]),  # "opened packets" is what goods come in
])
def test_a_long_listed_subject_names_every_group(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "If you bought a kite, a reel, a spool of line, a harness or a helmet and opened it, it cannot be returned.",  # a case
    "Kites, kite reels, spools of braided line, harnesses and helmets cannot be returned once opened.",  # a state
])
def test_a_long_list_in_a_case_is_no_exclusion(text):
    assert _excluded_labels(text) == []


def test_a_hyphened_group_is_tagged_in_both_spellings():
    tags = [setting.value["match"]["tags"] for setting in draft_policy("Buy-one-get-one deals are not returnable.", RULES_ONLY).placed
            if setting.path == "exclusions"]
    assert tags == [["buy-one-get-one deals", "buy one get one deals"]]


# --- a kind without a preset category matches the products tagged with the shop's own name for it -------------------

def _tags(text: str) -> list[list[str]]:
    return [setting.value["match"]["tags"] for setting in draft_policy(text, RULES_ONLY).placed if setting.path == "exclusions"]


@pytest.mark.parametrize("text,tag", [
    ("Downloadable software cannot be refunded.", "downloadable software"),
    ("Non-returnable:\n- Gift vouchers\n- Downloadable files", "downloadable files"),
    ("We do not accept returns of digital content.", "digital content"),
    ("We cannot take back dangerous goods or flammable aerosols.", "flammable"),  # a second name of the same kind
])
def test_a_kind_is_tagged_as_the_shop_names_it(text, tag):
    assert any(tag in tags for tags in _tags(text))


@pytest.mark.parametrize("text,expected", [
    ("Perishable goods cannot be returned.", [["perishable"]]),  # its tag names it already
    ("Downloadable software can be returned within 14 days of purchase.", []),  # a grant, no refusal
])
def test_no_second_tag_where_none_is_needed(text, expected):
    assert _tags(text) == expected


# --- a refusal after a short lead and its colon ("Club merchandise: every ...") names its goods -----------------------

@pytest.mark.parametrize("text,expected", [
    ("Club merchandise: every scarf, pennant and mug is final sale.", ["Scarf", "Pennant", "Mug"]),
    ("Outlet corner: each lamp shade, cushion and throw is non-returnable.", ["Lamp shade", "Cushion", "Throw"]),
])
def test_a_refusal_after_a_lead_names_its_goods(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Returns: items cannot be returned after 30 days.",  # a deadline, no goods
    "Sale corner: every scarf and mug can be returned within 7 days.",  # a grant
])
def test_a_lead_before_no_refusal_of_goods_is_no_exclusion(text):
    assert _excluded_labels(text) == []


# --- a refusal cut short after a grant ("..., but these cannot: ...") ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Beach towels can be returned, but flip flops cannot.", ["Flip flops"]),
    ("Most garden tools can be returned unused, but these cannot: seed trays, compost bags, plant labels.",
     ["Seed trays", "Compost bags", "Plant labels"]),
])
def test_goods_cut_short_after_a_grant_are_excluded(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Items can be returned within 30 days, but they cannot be returned once worn.",  # a state
    "Items can be returned by post, but we cannot refund the shipping.",  # money
])
def test_a_grant_with_another_limit_is_no_exclusion(text):
    assert _excluded_labels(text) == []


# --- goods "neither returned nor exchanged, unless defective" are still taken back when faulty ------------------------

def _override(text: str):
    return next((setting.value for setting in draft_policy(text, RULES_ONLY).placed if setting.path == "fault.overrides_exclusions"), None)


@pytest.mark.parametrize("text", [
    "Hand-tied fishing flies can be neither returned nor exchanged unless they arrive damaged.",
    "Opened bottles of ink are neither returnable nor refundable, unless they turn out to be faulty.",
])
def test_neither_nor_unless_faulty_overrides(text):
    assert _override(text) is True


@pytest.mark.parametrize("text", [
    "Gift cards can be neither returned nor exchanged unless you contact us first.",  # no fault
    "Fishing flies can be neither returned nor exchanged.",  # no exception at all
])
def test_neither_nor_without_a_fault_is_no_override(text):
    assert _override(text) is None


# --- goods taken back only when faulty are excluded, and still taken back when faulty ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Earbuds can only come back to us if they have a manufacturing defect.", ["Earbuds"]),
    ("Outlet lamps can be returned only when they arrive damaged or the wrong item was sent.", ["Outlet lamps"]),
])
def test_goods_taken_back_only_when_faulty(text, expected):
    assert _excluded_labels(text) == expected
    assert _override(text) is True


@pytest.mark.parametrize("text", [
    "Items can only be returned if they are defective.",  # every item: no group of goods
    "Outlet lamps can be returned only if they are unused.",  # a condition, no fault
])
def test_only_when_without_goods_or_fault_is_no_exclusion(text):
    assert _excluded_labels(text) == [] and _override(text) is None


# --- a line of a non-returnable list may be long when it lists short names between commas --------------------------

@pytest.mark.parametrize("text,expected", [
    ("Non-returnable items:\n- Board games (sealed too), jigsaw puzzles, card decks, dice sets and playing mats\n- Posters",
     ["Board games", "Jigsaw puzzles", "Card decks", "Dice sets", "Playing mats", "Posters"]),
    ("Non-returnable items:\n- Gift cards, seed packets (organic too), bulbs, saplings and potting soil",
     ["Gift cards", "Seed packets", "Bulbs", "Saplings", "Potting soil"]),
])
def test_a_long_line_of_names_is_listed(text, expected):
    assert _excluded_labels(text) == expected


def test_a_long_line_of_words_is_no_list_of_names():
    text = "Non-returnable items:\n- Goods bought during our yearly warehouse event held every spring in the old mill near the river"
    assert _excluded_labels(text) == []


# --- "That is why ..." opens a refusal with its reason, and names no goods ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("That is why printable planners cannot be refunded.", ["Printable planners"]),
    ("This is why cut fabric lengths are final sale.", ["Cut fabric lengths"]),
])
def test_a_refusal_after_its_reason_names_its_goods(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "That is why items cannot be returned after 30 days.",  # a deadline, no goods
    "That is why we ask you to keep the receipt.",  # no refusal
])
def test_a_reason_before_no_refusal_of_goods_is_no_exclusion(text):
    assert _excluded_labels(text) == []

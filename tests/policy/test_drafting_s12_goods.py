"""Session 12, which goods are excluded: an exclusion's label must name goods. Each way a label was taken from
words that name none (a connective, a purpose, an exception, a bare adjective, a destination), or a kind read
where the text names it only to deny or explain it, beside sentences that must still be read. Every sentence is
written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY


def labels(text: str) -> list[str]:
    return [setting.value["label"] for setting in draft_policy(text, RULES_ONLY).placed if setting.path == "exclusions"]


# --- an opening connective ("What is more, ...", "On top of that, ..."): no goods -------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("What is more, everything from our outlet page is final sale and can't be returned.", []),
    ("What's more, anything bought in the outlet can't be sent back.", []),
    ("On top of that, whatever you buy in our warehouse sale is final.", []),
    ("On top of this, everything bought from our sale category is final sale.", []),
    ("Above all, anything bought at the trade fair can't be returned.", []),
    # still read: the goods a connective leads to
    ("What is more, candles cannot be returned.", ["Candles"]),
    ("On top of that, hair clips are non-returnable.", ["Hair clips"]),
    ("Above all, opened wine bottles can't be returned.", ["Opened wine bottles"]),
    ("What's more, gift cards are non-refundable.", ["Gift cards"]),
    ("Moreover, seed packets cannot be returned.", ["Seed packets"]),
])
def test_an_opening_connective_names_no_goods(text, expected):
    assert [label for label in labels(text) if label not in ("Final sale items", "Clearance items")] == expected


# --- words after the list that name no goods: "among others", a purpose, an exception, a destination ---------------

@pytest.mark.parametrize("text,expected", [
    ("These cannot be returned: posters, calendars and tea towels, among others.", ["Posters", "Calendars", "Tea towels"]),
    ("A few things cannot be returned: maps and atlases, amongst others.", ["Maps", "Atlases"]),
    ("Non-returnable items:\n- Ear plugs and nose clips, to protect health", ["Ear plugs", "Nose clips"]),
    ("Non-returnable items:\n- Mouthguards, to keep everyone safe", ["Mouthguards"]),
    ("Nor do we accept kettles or toasters that have been used, unless they come back under the warranty and within its terms.", []),
    ("We won't take back lamps that have been fitted, except where they come back faulty and within the guarantee.", []),
    ("Parcels sent to a wrong address or to forwarding addresses are not refunded.", []),
    ("Orders shipped to a freight forwarder or to parcel lockers are not refunded.", []),
    # still read: a new group after the state's comma, and goods led by "to" as part of a word
    ("We cannot take back ink cartridges once they are open, spare nibs, or pens we engraved.", ["Personalized or custom-made products", "Spare nibs"]),
    ("Toys and tote bags cannot be returned.", ["Toys and tote bags"]),
])
def test_a_tail_or_destination_names_no_goods(text, expected):
    assert labels(text) == expected


# --- an adjective split from the noun it shares ("special or custom size"), a part left ("partial boxes"): no group ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Anything custom made, special order, special or custom size cannot be returned.",
     ["Personalized or custom-made products", "Special orders", "Custom size"]),
    ("We cannot take back special or custom colours, or gift cards.", ["Gift cards", "Custom colours"]),
    ("Partial rolls cannot be returned.", []),
    ("Partial boxes and cut pieces cannot be returned.", ["Cut pieces"]),
    ("Incomplete kits and gift cards cannot be returned.", ["Gift cards"]),
    # still read: nouns, and adjectives that stay with their noun
    ("Specials and hampers cannot be returned.", ["Specials and hampers"]),
    ("Costumes or custom wigs cannot be returned.", ["Costumes or custom wigs"]),
    ("Special-edition vinyl cannot be returned.", ["Special-edition vinyl"]),
    ("Oversized rugs cannot be returned.", ["Oversized rugs"]),
    ("Puzzles and board games cannot be returned.", ["Puzzles and board games"]),
])
def test_an_adjective_alone_names_no_goods(text, expected):
    assert labels(text) == expected


# --- a kind named only to deny it ("non-perishable") or as the goods' reason ("as they are perishable") --------------

@pytest.mark.parametrize("text,expected", [
    ("Non-perishable items cannot be refunded.", ["Non-perishable items"]),
    ("Nonperishable goods are not returnable.", ["Nonperishable goods"]),
    ("Seedlings cannot be returned, as they are perishable.", ["Seedlings"]),
    ("Cut tulips can't be sent back because they are perishable.", ["Cut tulips"]),
    ("Fresh pasta is not returnable since it is perishable.", ["Fresh pasta"]),
    # still read: perishable goods refused as a kind
    ("Perishable goods cannot be returned.", ["Perishable goods"]),
    ("We can't take back perishable items.", ["Perishable goods"]),
    ("Perishables are non-returnable.", ["Perishable goods"]),
    ("Returns are not accepted on perishable food.", ["Perishable goods"]),
    ("All perishable products are final sale.", ["Perishable goods"]),
])
def test_a_kind_denied_or_given_as_reason_is_no_group(text, expected):
    assert [label for label in labels(text) if label != "Final sale items"] == expected


# --- an aside after goods named in the shop's words says why they are refused, no kind of its own --------------------

@pytest.mark.parametrize("text,expected", [
    ("Non-returnable items:\n- Hose fittings (cut to measure, or ordered specially for your pump)", ["Hose fittings"]),
    ("Non-returnable items:\n- Elastic straps (they may have been stretched or customized)", ["Elastic straps"]),
    ("Non-returnable items:\n- Crop tops (swimwear that counts as intimate apparel)", ["Crop tops"]),
    ("Non-returnable items:\n- Name badges (engraved to your own order)", ["Name badges"]),
    ("Non-returnable items:\n- Seat covers (made to your measurements)", ["Seat covers"]),
    ("Non-returnable items:\n- Clearance stock (sold at a discount)", ["Clearance stock (sold at a discount)"]),
    # still read: examples in the aside, a refusal of its own, a kind before the aside
    ("Some things cannot be refunded, such as those that start the moment you pay (a software download, for example).", ["Digital products"]),
    ("We take back stock items (special orders excluded) within 7 days.", ["Special orders"]),
    ("Custom orders (monograms, engraved names) cannot be returned.", ["Personalized or custom-made products"]),
    ("Non-returnable items:\n- Wall decals (printed to your measurements)", ["Wall decals"]),
    ("Non-returnable items:\n- Items that are personalized or custom-ordered", ["Items that are personalized or custom-ordered"]),
])
def test_an_aside_on_named_goods_names_no_kind(text, expected):
    assert labels(text) == expected

"""Precision of the return rules (windows, conditions, exclusions, returns closed): sentences that share
words with a rule but state something else, which must set nothing, each beside a sentence the rule
must still read. Every sentence is written for the test, not taken from a shop's page. The rules alone
are read here (the learned reader below them is retrained after the rules change)."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy, learned


def _said(text: str) -> dict:
    got: dict = {}
    for p in draft_policy(text, learned.UNTRAINED).placed:
        if p.path == "exclusions":
            got.setdefault("exclusions", []).append(p.value["label"] if p.value["category"] == "OTHER" else p.value["category"])
        elif p.path == "requirements.condition":
            got.setdefault(p.path, []).append(p.value)
        else:
            got.setdefault(p.path, p.value)
    return got


# --- exclusions: examples after a group in the shop's own words are that group's ------------------------

@pytest.mark.parametrize("text,groups", [
    ("Electronic parts, such as sensors, switches or control units, cannot be returned.", ["Electronic parts"]),
    ("We do not take back garden chemicals, for example weed killers and lawn feed.", ["Garden chemicals"]),
    ("Spare blades, such as planer knives and saw chains, are non-returnable.", ["Spare blades"]),
    # the examples stay the groups where nothing before them names a kind of goods
    ("Some goods cannot be returned, such as wind chimes, doormats, or bird feeders.", ["Wind chimes", "Doormats", "Bird feeders"]),
])
def test_examples_of_a_named_group_are_not_groups_of_their_own(text, groups):
    assert sorted(_said(text).get("exclusions", [])) == sorted(groups)


# --- exclusions: the states goods are sold in name no goods ---------------------------------------------

@pytest.mark.parametrize("text,groups", [
    ("Model trains, sealed or opened, may not be sent back for any reason.", ["Model trains"]),
    ("Vinyl records, new or used, cannot be refunded.", ["Vinyl records"]),
    ("Board games, boxed or loose, cannot be sent back.", ["Board games"]),
    ("Hats, scarves or gloves cannot be returned.", ["Hats", "Scarves", "Gloves"]),  # goods in pairs stay goods
])
def test_a_pair_of_states_after_the_goods_is_no_group(text, groups):
    assert sorted(_said(text).get("exclusions", [])) == sorted(groups)


# --- exclusions: a list going on with where the goods were bought or what the customer did ----------------

@pytest.mark.parametrize("text,groups", [
    ("We do not take back items bought from resellers, auction sites or marketplaces.", []),
    ("We cannot refund products purchased through third-party sellers, outlets or market stalls.", []),
    ("We're unable to take back anything you've assembled, installed or cut to size.", []),
    ("We do not take back anything bought on sale, hats or helmets.", ["CLEARANCE", "Hats", "Helmets"]),  # a sale is no place
    ("We do not take back candles, items bought at our markets, or gift cards.", ["Candles", "Gift cards"]),
    ("We cannot accept returns on cut flowers not purchased at our retail store.", ["Cut flowers"]),  # bought from the shop itself
    # what the goods lack, what damaged them, what was done to them
    ("We will not take back items without proof of purchase, original tags or the original box.", []),
    ("We cannot accept returns of goods damaged by pets, children or water.", []),
    ("We can't take back rugs that have been cleaned, shampooed or stained.", []),
    ("We do not accept returns of bikes that have been ridden, tyres fitted or pedals installed.", []),
    ("We do not take back daybeds, mattresses or anything missing its screws.", ["Daybeds", "Mattresses"]),
    ("We do not take back chemicals, solar covers that have been unfolded, or liners.", ["Chemicals", "Liners"]),
])
def test_places_and_deeds_after_a_clause_are_not_goods(text, groups):
    assert sorted(_said(text).get("exclusions", [])) == sorted(groups)


# --- returns closed: "no returns" said of the goods the sentence opens on ---------------------------------

@pytest.mark.parametrize("text,closed", [
    ("Model trains, sealed or opened, are final sale: nothing comes back and nothing is swapped.", False),
    ("Items such as candles are final sale: no returns and no exchanges.", False),  # examples of the goods, not a reason
    ("Our candles are non-returnable, so no returns and no refunds.", False),
    ("All our products are final sale: no returns and no exchanges.", True),
    ("No returns and no exchanges.", True),
    ("Because every piece is handmade, all sales are final.", True),  # a reason, then every sale
])
def test_no_returns_for_the_goods_named_first_leaves_returns_open(text, closed):
    assert ("returns.enabled" in _said(text)) is closed


# --- conditions: goods listed among refused goods are not parts a return must come with -------------------

@pytest.mark.parametrize("text,conditions", [
    ("We don't take back tyres, service manuals or wiring looms.", []),
    ("We cannot accept returns of owner's manuals, printed guides or gift cards.", []),
    ("Returns will not be accepted unless the original manual is included.", ["MANUALS_INCLUDED"]),
    ("We cannot refund an item that comes back without its manual.", ["MANUALS_INCLUDED"]),
])
def test_manuals_refused_as_goods_are_no_condition(text, conditions):
    assert _said(text).get("requirements.condition", []) == conditions


# --- conditions: the shop's own alteration names goods, not a state the customer must leave --------------

@pytest.mark.parametrize("text,conditions", [
    ("We don't take back anything filled with down, or items our seamstress has altered for you.", []),
    ("Curtains we have shortened or altered to your size cannot be returned.", []),
    ("We will not accept items that have been altered.", ["NOT_ALTERED"]),
    ("Items must come back unaltered and unworn.", ["NOT_WORN", "NOT_ALTERED"]),
])
def test_an_alteration_by_the_shop_is_no_condition(text, conditions):
    assert sorted(_said(text).get("requirements.condition", [])) == sorted(conditions)


# --- conditions: taken back only if ..., said of goods of one kind -----------------------------------------

@pytest.mark.parametrize("text,conditions", [
    ("We only take back sofas if they are unused and in their original packaging.", []),
    ("We accept lamps back provided the shade is intact and unused.", []),
    ("We will only refund rugs when they come back unused and rolled in their original packaging.", []),
    # any item the shop sells, named as one item or as every return, is still every return's condition
    ("We can only take an item back or swap it if it is unused and in its original packaging.", ["UNUSED", "ORIGINAL_PACKAGING"]),
    # convention 11 (session 9): "still sealed" as a rule for every return is UNUSED too
    ("We accept a bottle only if it is still sealed and in its original box.", ["ORIGINAL_PACKAGING", "UNUSED"]),
    ("We will accept returns only if the goods are unused.", ["UNUSED"]),
])
def test_a_condition_for_goods_of_one_kind_taken_back_is_theirs(text, conditions):
    assert sorted(_said(text).get("requirements.condition", [])) == sorted(conditions)


@pytest.mark.parametrize("text,conditions", [
    ("For hygiene reasons, earrings must be unused and sealed to be returned.", []),
    ("Due to safety rules, helmets must be returned unworn and in their sealed packaging.", []),
    ("For hygiene reasons, all items must be unused and in their original packaging.", ["UNUSED", "ORIGINAL_PACKAGING"]),
])
def test_a_reason_leading_the_sentence_leaves_the_goods_it_is_about(text, conditions):
    assert sorted(_said(text).get("requirements.condition", [])) == sorted(conditions)


# --- windows: a fault's deadline and another party's terms are not the return window ----------------------

@pytest.mark.parametrize("text,days", [
    ("Kettle stopped heating? Post it to us within 30 days of its arrival and we will refund it.", None),
    ("Did the parcel arrive broken? Please return it within 14 days of delivery for a replacement.", None),
    ("Changed your mind? Send it back within 30 days of delivery.", 30),
    ("Not the right size? Return it within 30 days of delivery.", 30),
    ("The manufacturer accepts returns within 60 days of purchase through its own service centre.", None),
    ("The brand's service centre takes items back within 90 days of delivery.", None),
    ("Items must be returned in the manufacturer's box within 30 days of delivery.", 30),
    # the shop's reply, or a swap counted from the replacement arriving, is no return window
    ("Our returns team replies within 2 days of receiving your request.", None),
    ("Our team gets back to you within 3 days of your request.", None),
    ("Please send the original item back within 7 days of receiving the replacement.", None),
    ("Send the first pair back within 10 days of receiving your exchange.", None),
    ("You can return items within 30 days of receiving them.", 30),
    ("Items can be returned within 30 days of receiving your order.", 30),
])
def test_a_window_that_is_not_the_shops_return_window_sets_none(text, days):
    assert _said(text).get("returns.window.days") == days


# --- exchanges: a "no" about something else leaves the exchange offered ---------------------------------

@pytest.mark.parametrize("text,exchange", [
    ("If you have lost the receipt or have no receipt at all, we offer exchanges.", "ALWAYS"),
    ("No worries \u2014 we offer exchanges on every order.", "ALWAYS"),
    ("There is no fee and we offer exchanges.", "ALWAYS"),
    # the twins: the "no" is said of the exchange itself
    ("No refund or exchange is possible once a parcel is opened.", None),
    ("Customers get no money back and no exchange for worn shoes.", None),
])
def test_a_no_about_something_else_leaves_exchanges_offered(text, exchange):
    assert _said(text).get("resolutions.exchange") == exchange

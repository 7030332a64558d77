"""Session 11, the condition a return must be in, read where the drafter missed it: each way of saying it beside a
near miss of the same shape that must not be read. Every sentence is written for the test, not taken from a shop's
page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import conditions, placed


# --- every return named plainly by the customer's act: "Items you send back must ..." ----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Items you send back must be unworn and unwashed.", {"NOT_WORN", "NOT_WASHED"}),
    ("Products returned to us must be unused and in their original packaging.", {"UNUSED", "ORIGINAL_PACKAGING"}),
    ("Item(s) sent back have to be new and unused.", {"UNUSED"}),
    # not: goods of one kind named before "items"
    ("Sale items returned must be unworn.", set()),
])
def test_every_return_named_by_the_act(text, expected):
    assert conditions(text) == expected


# --- "..., or no refund is given": the consequence of another state, the condition still asked ------------------------

@pytest.mark.parametrize("text,expected", [
    ("The lamp must come back in the condition it arrived in, or no refund is given.", {"ORIGINAL_CONDITION"}),
    ("Goods must be unworn and unwashed, otherwise no refund is issued.", {"NOT_WORN", "NOT_WASHED"}),
    # not: how refunds go
    ("Refunds are issued to the original card once the parcel is in our hands.", set()),
])
def test_condition_before_no_refund(text, expected):
    assert conditions(text) == expected


# --- the return refused for goods in a state: "the return of anything that", "for return or exchange any ..." ----------

@pytest.mark.parametrize("text,expected", [
    ("We may turn down the return of anything that has been washed or altered.", {"NOT_WASHED", "NOT_ALTERED"}),
    ("We will not accept for return or exchange any item that has been worn.", {"NOT_WORN"}),
    ("We do not take for refund any product that the buyer has modified.", {"NOT_ALTERED"}),
    # not: goods of one kind refused in that state
    ("We will not accept for return or exchange a mattress that has been slept on and washed.", set()),
])
def test_return_refused_for_goods_in_a_state(text, expected):
    assert conditions(text) == expected


# --- the goods named by a participle: "Anything worn or washed cannot be returned" ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Anything worn or washed cannot be returned.", {"NOT_WORN", "NOT_WASHED"}),
    ("Items altered in any way will be turned away.", {"NOT_ALTERED"}),
    ("Anything ridden, or showing any use, will not be refunded.", {"UNUSED"}),
    # not: a use the shop names, nor a state that is no condition
    ("Items used for business cannot be returned.", set()),
    ("Items bought on sale cannot be returned.", set()),
])
def test_goods_named_by_their_state(text, expected):
    assert conditions(text) == expected


# --- a "no" naming the state denied: "with no stains", "no alterations" --------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Returns must be in their original packaging, with no stains or smells.", {"ORIGINAL_PACKAGING", "NOT_STAINED"}),
    ("Returned goods must be unused, with no alterations made to them.", {"UNUSED", "NOT_ALTERED"}),
    ("Everything sent back must be unused; that means no marks, no stains and no signs of modification.", {"UNUSED", "NOT_STAINED", "NOT_ALTERED"}),
    # not: "wear and tear" is damage, not the item worn
    ("Items must be unused, with no chips and no signs of wear and tear.", {"UNUSED"}),
    # not: "no" about something else than the item
    ("Items must be in original condition. We offer no alteration service.", {"ORIGINAL_CONDITION"}),
])
def test_no_names_the_state(text, expected):
    assert conditions(text) == expected


# --- goods named by the state before them, or refused once in a state: "Used or altered goods cannot be returned" -----

@pytest.mark.parametrize("text,expected", [
    ("Worn or washed items will not be accepted.", {"NOT_WORN", "NOT_WASHED"}),
    ("We cannot credit opened products.", {"UNUSED"}),
    ("Once an item has been used it cannot come back to us.", {"UNUSED"}),
    ("We cannot take back or exchange anything once it has been washed.", {"NOT_WASHED"}),
    ("Anything you send back must be un-opened.", {"UNUSED"}),
    # not: goods in that state the shop sells or buys, nothing refused
    ("Used items are sold at a discount in our outlet.", set()),
    ("We buy used goods from customers.", set()),
])
def test_goods_refused_in_a_state(text, expected):
    assert conditions(text) == expected


# --- what the parcel holds: "Enclose every accessory and manual, plus ..."; "new or like new" ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Enclose every accessory and manual, plus the warranty card.", {"ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}),
    ("Enclose every manual.", {"MANUALS_INCLUDED"}),
    ("Returns have to be new or like new.", {"ORIGINAL_CONDITION"}),
    # not: a packing step on a condition, or new goods the shop sells
    ("If you still have them, enclose every accessory and manual.", set()),
    ("We sell new or like new cameras.", set()),
])
def test_parcel_contents_and_like_new(text, expected):
    assert conditions(text) == expected


# --- proof of purchase: packed in the parcel, or nothing taken back without it ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Your invoice must go in the parcel with the goods.", True),
    ("Without proof of purchase, nothing can be refunded.", True),
    ("Items sent back must come with the original receipt.", True),
    # not: the postage receipt, or a receipt that only changes the refund's form
    ("The shipping receipt has to go in the box.", None),
    ("Without a receipt, returns get store credit.", None),
])
def test_proof_of_purchase(text, expected):
    assert placed(text).get("requirements.proof_of_purchase") == expected


# --- "We refuse a return when:" a list of states -------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We refuse a return when:\n\n- the item reaches us worn\n- it has a stain on it", {"NOT_WORN", "NOT_STAINED"}),
    ("We will not accept a refund if:\n\n- the goods have been washed\n- the goods were bought on sale", {"NOT_WASHED"}),
    # not: a list of other grounds, no state of the item
    ("We refuse a return when:\n\n- the item was bought on sale\n- you ask after 30 days", set()),
])
def test_return_refused_when_list(text, expected):
    assert conditions(text) == expected


# --- "You have proof of purchase" as a condition's line ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("A return is possible only when:\n\n- It is unused\n- You have proof of purchase", True),
    ("- You can show proof of purchase (a receipt or order email)", True),
    # not: a case, the proof not asked
    ("If you have proof of purchase, we refund to the card.", None),
])
def test_you_have_proof(text, expected):
    assert placed(text).get("requirements.proof_of_purchase") == expected


# --- a refusal of goods named by a participle after them: "We cannot accept items modified ..." ------------------------

@pytest.mark.parametrize("text,expected", [
    ("We cannot accept items modified or washed.", {"NOT_ALTERED", "NOT_WASHED"}),
    ("We will not take back goods altered by a tailor.", {"NOT_ALTERED"}),
    # not: damage in transit, a fault, nor a use the shop names
    ("We cannot accept items damaged in transit unless you tell us within 2 days.", set()),
    ("We will not refund items used for business.", set()),
])
def test_refused_goods_named_by_participle(text, expected):
    assert conditions(text) == expected


# --- "We decline a request when the item ...", "We refuse a return if ...": the states the refusal names ----------------

@pytest.mark.parametrize("text,expected", [
    ("We decline a request when the item shows signs of modification.", {"NOT_ALTERED"}),
    ("We refuse a return if the item has been washed.", {"NOT_WASHED"}),
    # not: a refusal on other grounds, a serial label (a mark, not a tag), nor orders declined
    ("We refuse a refund if you ask after 30 days.", set()),
    ("We decline a request when the serial label has been removed.", set()),
    ("We decline orders from outside the EU.", set()),
])
def test_request_declined_in_a_state(text, expected):
    assert conditions(text) == expected

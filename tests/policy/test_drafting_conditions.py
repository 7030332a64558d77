"""The rules on what a return must meet (the item's condition, a reason, proof of purchase), in the many
ways shops word them: each case is a way of saying it, in sentences written for these tests.
"""

from __future__ import annotations

import pytest
from drafting_helpers import conditions as _conditions

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY


def _placed(text: str) -> dict:
    return {p.path: p.value for p in draft_policy(text, RULES_ONLY).placed}


@pytest.mark.parametrize("text,expected", [
    # the state the item came in, named by how it came: "just as we sold it", "the state it reached you in"
    ("We take a lamp back only if it is just as we delivered it.", {"ORIGINAL_CONDITION"}),
    ("Returns have to be in the state they were in when you unpacked them, or exactly as they left our workshop.",
     {"ORIGINAL_CONDITION"}),
    ("Your return must be unchanged since it arrived.", {"ORIGINAL_CONDITION"}),
    ("Please post the order back in the same condition we shipped it in.", {"ORIGINAL_CONDITION"}),
    ("Bring the goods back the way we sent them, please.", {"ORIGINAL_CONDITION"}),
    # "used" under a negation a few words back
    ("Goods come back to us only if nobody has ever used them.", {"UNUSED"}),
    ("A refund is possible as long as nobody has used the product.", {"UNUSED"}),
    ("Items that haven't been opened or used can be returned.", {"UNUSED"}),
    ("It must not have been assembled, used or installed.", {"UNUSED"}),
    # the shop's side said as what it takes, needs or refunds
    ("We can only accept a blender back if it hasn't been used.", {"UNUSED"}),
    ("We need every jacket back unworn and with its labels.", {"NOT_WORN", "TAGS_ATTACHED"}),
    ("Goods have to come back still tagged and in the box they were sent in.", {"TAGS_ATTACHED", "ORIGINAL_PACKAGING"}),
    ("We refund only items that nobody has worn or laundered.", {"NOT_WORN", "NOT_WASHED"}),
    ("A full refund is given only for goods returned unused.", {"UNUSED"}),
    # what the shop refuses, named by its state
    ("We reject any item that has been washed or altered.", {"NOT_WASHED", "NOT_ALTERED"}),
    ("Anything that has been worn can't be exchanged.", {"NOT_WORN"}),
    ("We won't accept products which have been used.", {"UNUSED"}),
    # damage the item must not have: a condition, not a fault the shop answers for
    ("Items should be returned in their original box, and the box must not be damaged.", {"ORIGINAL_PACKAGING"}),
    ("We can take a kettle back provided it is unused and without damage.", {"UNUSED"}),
    # "as new", "as good as new": the state it came in
    ("Goods should look as good as new when they reach us.", {"ORIGINAL_CONDITION"}),
    ("We can only take the jacket back as new.", {"ORIGINAL_CONDITION"}),
    # saleable said as a clause
    ("Returned goods need to be fit to be resold.", {"ORIGINAL_CONDITION"}),
    ("We only accept returns in a condition we can sell again.", {"ORIGINAL_CONDITION"}),
    # the box it came in
    ("We accept returns only in the carton they arrived in.", {"ORIGINAL_PACKAGING"}),
    # every return, named by the customer's act
    ("Whatever you return must be unworn and unwashed.", {"NOT_WORN", "NOT_WASHED"}),
    ("Anything you post back needs its swing tags attached.", {"TAGS_ATTACHED"}),
    ("Everything sent back should be in its original packaging.", {"ORIGINAL_PACKAGING"}),
    # products that can come back, named by their state
    ("Goods which have not been used may be returned for a refund.", {"UNUSED"}),
    # what the item came with: accessories, parts, nothing missing
    ("The drill has to come back complete with every part and its charger accessories.", {"ACCESSORIES_INCLUDED"}),
    ("Returns are accepted only with no pieces missing.", {"ACCESSORIES_INCLUDED"}),
    ("All returns must have accessories included.", {"ACCESSORIES_INCLUDED"}),
    ("The kit must come back with all its instructions and tools.", {"MANUALS_INCLUDED"}),
    ("Goods have to be returned with their cables, instructions or remote.", {"MANUALS_INCLUDED"}),
])
def test_a_condition_is_read_whatever_the_wording(text, expected):
    assert _conditions(text) == expected


@pytest.mark.parametrize("text", [
    # a sale or a kind of goods, not the state a return must be in
    "We sell every guitar as new and unused, straight from the maker.",
    "We never take back earrings, swimwear or anything else worn against the skin.",
    "We inspect everything that comes back within two days.",
    "Every return needs the original packing slip inside.",
    "Returns must follow the instructions we email you.",
    "As soon as it arrived, we checked the parcel.",
    # accessories as goods, not what a return comes with
    "Scarves, accessories and other goods which do not perish may be returned within a week.",
    # a case with a consequence, not a term every return must meet
    "If an item comes back washed, we may lower the refund.",
    # goods named in the sentence before ("them") keep their scope
    "We refund them in full provided the helmet is unused.",
])
def test_words_that_are_no_condition_leave_it_unset(text):
    assert _conditions(text) == set()


@pytest.mark.parametrize("text", [
    # the proof named by what it proves
    "Every exchange needs some proof that you purchased the item from us.",
    "You will have to show that you bought the goods in our shop.",
    # asked for by what the customer does with it
    "Bring the original receipt along when you return anything.",
    "Put a copy of the invoice inside the parcel with your return.",
    "Returns must be backed by a valid receipt.",
    # refused without it
    "No refund is given without your receipt.",
    "No exchange without proof that you paid for the item.",
])
def test_proof_of_purchase_is_read_whatever_the_wording(text):
    assert _placed(text).get("requirements.proof_of_purchase") is True


@pytest.mark.parametrize("text", [
    "Please keep your receipt for your own records.",
    "Returns without a receipt will receive store credit.",
    "We will confirm receipt of your parcel by email.",
])
def test_a_receipt_named_but_not_asked_for_leaves_proof_unset(text):
    assert "requirements.proof_of_purchase" not in _placed(text)


@pytest.mark.parametrize("text", [
    "Email us with your order number, telling us why you would like to return it.",
    "When you contact us, let us know which product it is and why.",
    "Send us the order number, the item and why (this helps us improve).",
    "Please tell us briefly why before you post anything back.",
    "In your message, include your name, why you are sending the goods back and your address.",
    "Write to us giving the reason you want to exchange the item.",
])
def test_a_reason_asked_for_is_read_whatever_the_wording(text):
    assert _placed(text).get("requirements.reason_required") is True


@pytest.mark.parametrize("text", [
    "We'll explain why it was refused if we cannot accept your return.",
    "That is why custom pieces cannot be returned.",
    "We never ask why you are sending something back.",
])
def test_a_why_that_asks_nothing_leaves_the_reason_unset(text):
    assert "requirements.reason_required" not in _placed(text)


@pytest.mark.parametrize("text,expected", [
    # what a refusal names by its state, damage among them
    ("Any item which has been worn or stained, or which you have broken, will be turned away.", {"NOT_WORN", "NOT_STAINED"}),
    ("We cannot take back goods that show use.", {"UNUSED"}),
    # packing steps that name what goes in the parcel
    ("Leave the original tags on everything you post to us.", {"TAGS_ATTACHED"}),
    ("Wrap the item well, adding every accessory that came with it.", {"ACCESSORIES_INCLUDED"}),
])
def test_a_refusal_or_a_packing_step_names_the_condition(text, expected):
    assert _conditions(text) == expected


# The shop's instructions (to follow or read, for the return or its parcel) are no manuals the item comes back with;
# the item's own instructions, named with it, are.
@pytest.mark.parametrize("text,expected", [
    ("Goods must come back unused, and please follow all of the instructions we give you.", {"UNUSED"}),
    ("Items are taken back unused only, so stick to all the packing instructions in our email.", {"UNUSED"}),
    ("Please read all returns instructions carefully; anything sent back must be unused.", {"UNUSED"}),
    ("Goods must come back unused, with all of their instructions and tools.", {"UNUSED", "MANUALS_INCLUDED"}),
    ("Please post the drill back unused and with its original instructions.", {"UNUSED", "MANUALS_INCLUDED"}),
])
def test_the_shops_instructions_are_no_manuals_and_the_items_own_are(text, expected):
    assert _conditions(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a refusal that excepts faulty goods sets those goods apart (a labelled text reads it so)
    ("Products that have been worn or altered cannot be exchanged unless they are defective.", set()),
    # the goods themselves, not parts a return comes with
    ("Every piece must be unused.", {"UNUSED"}),
    # what may follow a return in another state
    ("Goods that are not in the state we sent them may be refused.", set()),
    # a tag that names a sale
    ("Sale-tagged items are final sale and we do not take them back.", set()),
])
def test_goods_or_a_possible_consequence_add_no_other_condition(text, expected):
    assert _conditions(text) == expected

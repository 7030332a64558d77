"""Session 14 (goods): which goods are excluded from returns and what state a return must be in, read from sentences of
our own written for the test (the pages' sentences, rewordings a shop might write, and near misses that must keep their
reading). The rules alone are read, alone and inside an ordinary page."""

from __future__ import annotations

import pytest
from drafting_helpers import conditions, exclusion_labels, placed


PAGE = ("Returns\n\nWe accept returns within 30 days of delivery. Refunds are issued to the original payment method.\n\n")


def _read_alike(text: str, expected: list[str]) -> None:
    assert sorted(exclusion_labels(text)) == expected
    assert sorted(exclusion_labels(PAGE + text)) == expected


# --- what a shop refuses may be a return, a claim or a parcel, not goods ("We may refuse your return", "the courier
# may refuse them too"); a clause opened by "since" or "while" after a comma is no goods either -------------------------

@pytest.mark.parametrize("text,expected", [
    ("We may refuse your return and send you back you", []),
    ("We may refuse claims of damage or loss that you did not report promptly, since the courier may refuse them too.", []),
    ("We may refuse your return if it arrives without a return number.", []),
    ("The carrier may refuse late claims, and we may refuse them too.", []),
    ("We refuse parcels sent without a return number.", []),
    ("We can refuse this return if the seal is broken.", []),
    # near misses: goods refused
    ("We also refuse display pieces.", ["Display pieces"]),
    ("We refuse swimwear and earrings.", ["Jewelry", "Swimwear"]),
    ("Gift cards, since they are cash, cannot be returned.", ["Gift cards"]),
])
def test_a_refused_return_or_claim_is_no_goods(text, expected):
    _read_alike(text, expected)


# --- what a return costs (freight, expenses, insurance) is money kept, not goods refused ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Freight expense is not refunded.", []),
    ("Freight is not refunded.", []),
    ("Insurance is non-refundable.", []),
    ("Handling expenses are never refunded.", []),
    ("Travel expenses cannot be refunded.", []),
    # near misses: goods named with such a word
    ("Freight models are non-returnable.", ["Freight models"]),
    ("Expensive watches cannot be returned.", ["Expensive watches"]),
])
def test_money_kept_is_no_goods(text, expected):
    _read_alike(text, expected)


# --- a list line that refuses exchanges alone in its own words keeps the goods returnable, whatever its introduction
# says of returns ("· ... can be returned for store credit only. There are no exchanges on clearance items.") ------------

_INTRO = "Here is a short summary of the rules for returns:\n\n"


@pytest.mark.parametrize("line,expected", [
    ("· Anything bought from our clearance page can be returned for store credit only. There are no exchanges on clearance items.", []),
    ("- Clearance items can be returned for credit. We do not offer exchanges on clearance items.", []),
    ("- There are no exchanges on swimwear.", []),
    ("- We cannot exchange sale items.", []),
    # near misses: returns refused on the line
    ("- There are no returns on clearance items.", ["Clearance items"]),
    ("- Swimwear cannot be returned.", ["Swimwear"]),
])
def test_exchanges_refused_on_a_line_leave_the_goods_returnable(line, expected):
    _read_alike(_INTRO + line, expected)


# --- what the shop leaves out of its own parcels asks no receipt of a return ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("For gift shoppers: we never put a receipt, invoice or any prices in the package.", None),
    ("We don't include an invoice with gift orders.", None),
    ("We never enclose a receipt in gift parcels.", None),
    ("We do not put prices or a receipt in the box.", None),
    # near misses: the receipt asked of the return
    ("Please include your receipt with the return.", True),
    ("Returns must include the original receipt; we never send one by email.", True),
    ("We will not accept a return without a receipt.", True),
])
def test_a_receipt_the_shop_leaves_out_is_not_asked(text, expected):
    assert placed(text).get("requirements.proof_of_purchase") is expected
    assert placed(PAGE + text).get("requirements.proof_of_purchase") is expected


# --- packaging the customer keeps (for a carrier's claim, for a while) is no return asked for in it ----------------------

@pytest.mark.parametrize("text,expected", [
    ("If an item is damaged, please email us so that we can replace it. You must save your packaging.", set()),
    ("You must save your packaging.", set()),
    ("Please keep the box until the claim is settled; you must hold on to the packaging.", set()),
    ("Customers must retain all packaging for the carrier to inspect.", set()),
    # near misses: the return asked for in the packaging
    ("Items must be returned in their original packaging.", {"ORIGINAL_PACKAGING"}),
    ("Please keep the original box, as items must be returned in it.", {"ORIGINAL_PACKAGING"}),
    ("Items must be unused and kept in their original packaging.", {"UNUSED", "ORIGINAL_PACKAGING"}),
])
def test_packaging_kept_is_not_asked_of_the_return(text, expected):
    assert conditions(text) == expected
    assert conditions(PAGE + text) == expected


# --- "sale" leading a list of words that share the goods' noun is sale items ("Sale, special order and personalized
# items"), and goods "discounted" are sold at a discount ------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Sale, special order and personalized items cannot be returned or refunded.",
     ["Clearance items", "Personalized or custom-made products", "Special orders"]),
    ("Sale, custom and engraved items cannot be returned.", ["Clearance items", "Personalized or custom-made products"]),
    ("Sale & special order items are final.", ["Clearance items", "Special orders"]),
    ("Sale or personalised products cannot be refunded.", ["Clearance items", "Personalized or custom-made products"]),
    ("Non-returnable items:\n- Any item discounted by 50% or more.", ["Any item discounted by 50% or more"]),
    ("Products discounted at checkout cannot be returned.", ["Clearance items"]),
    # near misses: a sale that is no list of goods, goods taken back
    ("During our sale, items ship fast and cannot be returned after 30 days.", []),
    ("Returns are accepted on sale and full-price items alike.", []),
    ("Our sale, shoes and bags cannot be returned after 30 days.", []),
])
def test_sale_in_a_list_and_goods_discounted_are_sale_goods(text, expected):
    _read_alike(text, expected)


# --- goods with a determiner of their own ("Underwear and all seasonal items") are a group of their own, not one head
# shared ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("*Hosiery, Underwear and all Seasonal Items are final sale.", ["Hosiery", "Intimate items", "Seasonal items"]),
    ("Swimwear and all seasonal items are final sale.", ["Seasonal items", "Swimwear"]),
    ("Lingerie and any bridal items cannot be returned.", ["Bridal items", "Intimate items"]),
    ("Candles and our gift items cannot be returned.", ["Candles", "Gift items"]),
    # near misses: one name with a shared head
    ("Bath and body products cannot be returned.", ["Bath and body products"]),
    ("Intimate and sanitary products cannot be returned.", ["Intimate items"]),
])
def test_a_determiner_starts_goods_of_their_own(text, expected):
    _read_alike(text, expected)



# --- "in new condition" is the state the item was sold in, as "like new" is: the original condition (and unused, as
# before); "new" alone is not. Said of goods of one kind ("returns of ready-to-ship products only in new condition") it is
# their condition, not every return's ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The item must come back in its original packaging and in new condition.", {"ORIGINAL_CONDITION", "ORIGINAL_PACKAGING", "UNUSED"}),
    ("Items have to be in NEW condition.", {"ORIGINAL_CONDITION", "UNUSED"}),
    ("Products must be returned in brand new condition.", {"ORIGINAL_CONDITION", "UNUSED"}),
    ("Everything sent back must be in new, unused condition.", {"ORIGINAL_CONDITION", "UNUSED"}),
    ("We accept items back only in new, unused condition.", {"ORIGINAL_CONDITION", "UNUSED"}),
    # near misses: "new" said of something else, goods of one kind
    ("We sell goods in new and used condition; returns must be unused.", {"UNUSED"}),
    ("Returned items must be unused.", {"UNUSED"}),
    ("- Ready To Ship Products – We accept returns of Ready To Ship products only in new, unused condition.", set()),
    ("We accept returns of garden chairs only in new condition.", set()),
])
def test_in_new_condition_is_the_original_condition(text, expected):
    assert conditions(text) == expected
    assert conditions(PAGE + text) == expected

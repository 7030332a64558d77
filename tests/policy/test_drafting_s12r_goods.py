"""Session 12 review (goods): probes of this session's new readings of which goods are excluded and what state a
return must be in, in phrasings of our own: the new readings (a) and their near misses (b). Every sentence is
written for the test, not taken from a shop's page; the rules alone are read, alone and inside an ordinary page."""

from __future__ import annotations

import pytest
from drafting_helpers import conditions, exclusion_labels


PAGE = ("Returns\n\nWe accept returns within 30 days of delivery. Items must be unused and in their original packaging. "
        "Refunds are issued to the original payment method.\n\n")


def _read_alike(text: str, expected: list[str]) -> None:
    assert sorted(exclusion_labels(text)) == expected
    assert sorted(exclusion_labels(PAGE + text)) == expected


# --- mended: a refusing introduction that points at its list with any goods ("no refunds on any items listed
# below:") names no goods of its own; the list is the goods (only "no returns of food products (...):" names them) ---

@pytest.mark.parametrize("text,expected", [
    ("We give no refunds on any items listed below:\n- Candles\n- Soap", ["Candles", "Soap"]),
    ("We do not accept returns on the items below:\n- Candles\n- Soap", ["Candles", "Soap"]),
    ("We do not accept returns of products in these categories:\n- Candles\n- Soap", ["Candles", "Soap"]),
    ("We accept no returns of items from this list:\n- Candles\n- Soap", ["Candles", "Soap"]),
    ("We offer no refunds on the following items:\n- Candles\n- Soap", ["Candles", "Soap"]),
    ("We offer no refunds for these goods:\n- Candles\n- Soap", ["Candles", "Soap"]),
    # still: goods the introduction names itself, its list gives reasons
    ("We take no returns of food products, for these reasons:\n- hygiene\n- safety", []),
])
def test_an_introduction_pointing_at_its_list_refuses_the_list(text, expected):
    _read_alike(text, expected)


# --- mended: "What is more important, ..." is a connective too, no group "Important" -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("What is more important, candles cannot be returned.", ["Candles"]),
    ("What's more important, candles cannot be returned.", ["Candles"]),
    ("On top of that, face masks are non-returnable.", ["Face masks"]),
])
def test_a_longer_connective_names_no_goods(text, expected):
    _read_alike(text, expected)


# --- "perishable": not "non-perishable"; a kind given as the reason is no group --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We cannot take back perishable goods such as cheese.", ["Perishable goods"]),
    ("Perishable items cannot be returned.", ["Perishable goods"]),
    ("We take no returns of perishable goods.", ["Perishable goods"]),
    ("Fresh flowers cannot be returned, as they are perishable.", ["Fresh flowers"]),
    ("Cut flowers are non-returnable because they are perishable.", ["Cut flowers"]),
    ("Our cakes cannot be returned as they are perishable.", ["Cakes"]),
    ("Non-perishable pantry items can be returned within 30 days.", []),
    ("Nonperishable goods may be returned unopened.", []),
    ("Non perishable goods can be returned unopened within 14 days.", []),
])
def test_perishable_goods(text, expected):
    _read_alike(text, expected)


# --- a bare adjective, a part, a purpose or destination led by "to": no group; whole names still are --------------------

@pytest.mark.parametrize("text,expected", [
    ("Special orders cannot be returned.", ["Special orders"]),
    ("Oversized items cannot be returned.", ["Oversized items"]),
    ("Odd sizes and special orders are final sale.", ["Odd sizes", "Special orders"]),
    ("Personal care products cannot be returned.", ["Personal care items"]),
    ("Custom or personalised jewellery cannot be returned.", ["Jewelry", "Personalized or custom-made products"]),
    ("Standard or regular sizes can be exchanged; special sizes cannot be returned.", []),
    ("Partial sets cannot be returned.", []),
    ("Incomplete kits cannot be returned.", []),
    ("Toiletries cannot be returned.", ["Toiletries"]),
    ("Tools and torches cannot be returned.", ["Tools and torches"]),
    ("Top-up cards cannot be returned.", ["Top-up cards"]),
    ("Non-returnable items:\n- Face masks, to keep you safe\n- Toothbrushes", ["Face masks", "Toothbrushes"]),
    ("Earrings, to protect our customers' health, cannot be returned.", ["Jewelry"]),
    # mended: a line's one kind keeps the line as its label, without the purpose after the goods
    ("Non-returnable items:\n- Earrings, to protect our customers' health", ["Earrings"]),
    ("Non-returnable items:\n- Swimwear, to keep things hygienic", ["Swimwear"]),
    ("Non-returnable items:\n- Gift cards", ["Gift cards"]),
])
def test_a_label_names_goods(text, expected):
    _read_alike(text, expected)


# --- an exception after the state's comma, and "take no returns", "marks as", "custom-order", "... wear" ----------------

@pytest.mark.parametrize("text,expected", [
    ("We cannot accept earrings once opened, unless they arrive faulty.", []),
    ("We cannot accept candles that have been burned, except when they arrived broken.", []),
    ("We cannot accept candles that have been burned, but lamps can be returned.", []),
    ("We cannot accept helmets once worn, provided they are undamaged.", []),
    ("We cannot take back lotions once opened, nor soap, but we refund every other item.", ["Soap"]),
    ("We take no returns on sale items.", ["Clearance items"]),
    ("We take no returns after 30 days.", []),
    ("We take no exchanges for items bought in store.", []),
    ("We take returns of most items, but we take no returns of mattresses.", ["Mattresses"]),
    ("Any item the product page marks as non-returnable cannot be returned.", ["Items with non-returnable marks"]),
    ("Our system flags items that the courier marks as lost; these are refunded.", []),
    ("The carrier marks as undeliverable any parcel without a label.", []),
    ("Custom-order rugs are final sale.", ["Personalized or custom-made products"]),
    ("Custom-orders cannot be returned or cancelled.", ["Personalized or custom-made products"]),
    ("Custom-order cancellations are accepted within 24 hours.", []),
    ("Compression wear cannot be returned.", ["Compression wear"]),
    ("Eye wear cannot be returned.", ["Eye wear"]),
    ("Items with normal wear cannot be returned.", []),
    ("Sports wear cannot be returned once worn.", []),
    ("Damage from night wear and tear is not refunded.", []),
])
def test_refusals_found_and_not(text, expected):
    _read_alike(text, expected)


# --- examples set off after a named group; "apart from" an exception of goods -------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Seasonal goods, such as bulbs, seeds, onion sets and live plants, cannot be returned.", ["Seasonal goods"]),
    ("Fresh food, including bread, cakes and cheese, cannot be returned.", ["Fresh food"]),
    ("Hygiene products, like razors, toothbrushes and earplugs, are non-returnable.", ["Personal care items"]),
    ("Large furniture, e.g., sofas, beds and wardrobes, cannot be returned once assembled.", []),
    ("Anything, such as books, toys and games, cannot be returned after 30 days.", []),
    ("Everything can be returned within 30 days, apart from gift cards.", ["Gift cards"]),
    ("All items are returnable within 30 days apart from earrings and swimwear.", ["Jewelry", "Swimwear"]),
    ("We accept returns within 30 days, apart from during the holidays.", []),
    ("Returns are free, apart from bulky items.", []),
    ("We refund everything apart from the original shipping cost.", []),
    ("We accept returns within 30 days apart from in exceptional cases.", []),
])
def test_examples_and_exceptions(text, expected):
    _read_alike(text, expected)


# --- mended: "For an item to be ..., it must be ...": only what the return is for leads (and "For items to ...");
# a purpose that narrows the case ("to be refunded in full", "to be accepted after 30 days") is a rule for some returns --------------------------

@pytest.mark.parametrize("text,expected", [
    ("For an item to be eligible for an exchange, it must be unworn with its tags attached.", {"NOT_WORN", "TAGS_ATTACHED"}),
    ("For an item to be eligible for store credit, it must be unworn.", {"NOT_WORN"}),
    ("For your purchase to be refunded, it has to be unused.", {"UNUSED"}),
    ("For a product to be returnable, it needs to be unopened.", {"UNUSED"}),
    # mended: the goods in the plural, with no article
    ("For items to be accepted as returns, they must be unworn.", {"NOT_WORN"}),
    ("For items to qualify, they must be unused and in their original packaging.", {"UNUSED", "ORIGINAL_PACKAGING"}),
    ("For products to be eligible for an exchange, they must have their tags attached.", {"TAGS_ATTACHED"}),
    ("For sale items to qualify, they must be unworn.", set()),
    ("For items to ship today, they must be ordered by noon.", set()),
    ("For items to be accepted after 30 days, they must be unused.", set()),
    ("For an item to be refunded in full, it must be in its original packaging.", set()),
    ("For an item to be eligible for a full refund, it must be unworn.", set()),
    ("For an item to be accepted after 30 days, it must be unused.", set()),
    ("For an item to be returned by courier, it must be packed securely.", set()),
    ("For a return to be processed quickly, it must include your order number.", set()),
])
def test_a_purpose_lead_that_narrows_the_case(text, expected):
    assert conditions(text) == expected


# --- mended: "Every part must come back with the order number": the order's number, not the item ------------------------

@pytest.mark.parametrize("text,expected", [
    ("All components have to come back with the product.", {"ACCESSORIES_INCLUDED"}),
    ("Each part should be returned together with the item.", {"ACCESSORIES_INCLUDED"}),
    ("Every piece must be sent back with it, including the stand.", {"ACCESSORIES_INCLUDED"}),
    ("Every component must come back with them in the same box.", {"ACCESSORIES_INCLUDED"}),
    ("All parts must come back with the order number written on the box.", set()),
    ("All parts must be returned with the item's receipt.", set()),
    ("All parts must be returned with the original invoice.", set()),
    ("All pieces must come back with the packing slip.", set()),
    ("Each part must be returned with the product number we gave you.", set()),
])
def test_the_parts_that_go_back_with_the_item(text, expected):
    assert conditions(text) == expected


# --- a refused state with what befalls the return, lines of states never had, "nothing that", goods the shop finds --------

@pytest.mark.parametrize("text,expected", [
    ("Worn or washed clothing will not be accepted; such items are sent back to the customer.", {"NOT_WORN", "NOT_WASHED"}),
    ("Shoes that have been worn outside cannot be returned; we will post them back to you at your expense.", set()),
    ("Swimwear that has been worn can't be returned; we return such items to you at your cost.", set()),
    ("Sale items cannot be returned; we will send them back to you at your expense.", set()),
    ("Returns must arrive within 30 days; we will send them back to you if late.", set()),
    ("To be returned, items must be:\n- Never worn\n- Never washed", {"NOT_WORN", "NOT_WASHED"}),
    ("Washing advice:\n- Never washed with bleach\n- Never ironed on high heat", set()),
    ("Please note:\n- Never wash the item before returning it", set()),
    ("Our guarantee:\n- Never used by anyone else", set()),
    ("Items must not show any signs of use, wear or washing.", {"UNUSED", "NOT_WASHED"}),
    ("Fading after repeated washing is normal and not a fault.", set()),
    ("The fabric may show signs of washing after a few months; this is not covered by the warranty.", set()),
    ("Signs of washing are normal after use.", set()),
    ("Nothing which has been worn or used can be returned.", {"NOT_WORN", "UNUSED"}),
    ("Nothing that has been opened will be refunded.", {"UNUSED"}),
    ("Nothing that arrives damaged will be accepted without photos.", set()),
    ("Nothing that was bought on sale can be returned.", set()),
    ("Any item that has been worn cannot be processed as a refund.", {"NOT_WORN"}),
    ("Requests made after 30 days cannot be processed as a return.", set()),
    ("Items bought in store cannot be processed as a return online.", set()),
    ("Used gift cards cannot be processed as a refund.", set()),
    ("Orders that have been shipped cannot be processed as a cancellation; please return them instead.", set()),
    ("Items we consider worn or altered will not be refunded.", {"NOT_WORN", "NOT_ALTERED"}),
    ("Anything we judge used or soiled cannot be returned.", {"UNUSED"}),
    ("Products you find damaged on arrival cannot be returned without photos.", set()),
    ("Items we find damaged during shipping will be replaced.", set()),
    ("Items you consider used can be recycled with us.", set()),
    ("Please ship returns in a sturdy outer box, not in the product packaging alone.", set()),
    ("Please do not send items in the original box alone; place it inside a shipping carton.", set()),
    ("Items must be returned in their original packaging, not in a mailer alone.", {"ORIGINAL_PACKAGING"}),
])
def test_states_refused_and_not(text, expected):
    assert conditions(text) == expected


# --- mended: a list of states under "We take items back that are:" (the goods between "take" and "back") ---------------

@pytest.mark.parametrize("text,expected", [
    ("We take items back that are:\n- never worn\n- never altered", {"NOT_WORN", "NOT_ALTERED"}),
    ("We take items back that are:\n- unworn\n- unaltered", {"NOT_WORN", "NOT_ALTERED"}),
    ("We take products back when:\n- never used\n- with all tags", {"UNUSED", "TAGS_ATTACHED"}),
    ("We will take items back to the store for you.", set()),
    ("We take items back within 30 days.", set()),
    ("We take items back from customers in the UK only.", set()),
    ("We take items back that are faulty.", set()),
    ("We take items back that were damaged in transit.", set()),
])
def test_a_list_of_states_under_take_items_back(text, expected):
    assert conditions(text) == expected


# --- mended: a purpose naming goods of one kind ("For a swimsuit to qualify, it ...") is a rule for those goods ---------

@pytest.mark.parametrize("text,expected", [
    ("For a swimsuit to qualify, it must be unworn.", set()),
    ("For a swimsuit to be accepted, it must be unworn.", set()),
    ("For a mattress to be returned, it must be in its original wrapping.", set()),
    ("For bike helmets to be accepted, they must be unused.", set()),
    ("For swimsuits to be returnable, they must have the hygiene liner attached.", set()),
    # still every item's rule
    ("For an item to qualify, it must be unworn.", {"NOT_WORN"}),
    ("For items to qualify, they must be unused.", {"UNUSED"}),
    ("For your purchase to be accepted, it must be unworn.", {"NOT_WORN"}),
    ("For a refund to be given, items must be unused.", {"UNUSED"}),
])
def test_a_purpose_naming_goods_of_one_kind(text, expected):
    assert conditions(text) == expected


# --- the opening connectives before a condition: every item's rule still, a kind's rule still a kind's ----------------

@pytest.mark.parametrize("text,expected", [
    ("Above all, items must be unused.", {"UNUSED"}),
    ("On top of that, items must have their tags attached.", {"TAGS_ATTACHED"}),
    ("What is more important, items must be unworn.", {"NOT_WORN"}),
    ("What is more, sale items must be unworn.", set()),
    ("Above all items, gift cards cannot be returned.", set()),
])
def test_a_connective_before_a_condition(text, expected):
    assert conditions(text) == expected


# --- a sentence opened on a feeling ("Sadly, ...", "Regrettably, ...") names no goods ------------------------------------

@pytest.mark.parametrize(("text", "goods"), [
    ("Sadly, sale items and gift cards can't be returned.", {"Clearance items", "Gift cards"}),
    ("Regrettably, gift cards cannot be returned.", {"Gift cards"}),
    ("Alas, swimwear cannot be returned.", {"Swimwear"}),
    ("Thankfully, candles are the only goods we cannot take back.", set()),
    ("Jelly, jam and honey cannot be returned.", {"Jelly", "Jam", "Honey"}),
    ("Holly, wreaths and garlands cannot be returned.", {"Holly", "Wreaths", "Garlands"}),
])
def test_an_opening_feeling_is_no_goods(text, goods):
    labels = set(exclusion_labels(text))
    assert not labels & {"Sadly", "Regrettably", "Alas", "Thankfully"}
    assert goods <= labels

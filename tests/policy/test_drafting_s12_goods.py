"""Session 12, which goods are excluded: an exclusion's label must name goods. Each way a label was taken from
words that name none (a connective, a purpose, an exception, a bare adjective, a destination), or a kind read
where the text names it only to deny or explain it, beside sentences that must still be read. Every sentence is
written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest
from drafting_helpers import conditions, exclusion_labels as labels


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


# --- "We take no returns of ...": a refusal as "accept no returns" is -------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We take no returns on swimwear.", ["Swimwear"]),
    ("We take no returns or exchanges of any underwear product.", ["Intimate items"]),
    ("We take no refunds for candles or soaps.", ["Candles or soaps"]),
    ("We take no returns of the following:\n- Gift cards\n- Candles", ["Gift cards", "Candles"]),
    ("We take no returns or refunds on earrings.", ["Jewelry"]),
    # not: no goods
    ("We take no responsibility for parcels lost in the post.", []),
    ("We take no returns without a receipt.", []),
    ("We take no deposits on orders under $50.", []),
    ("We take no payment until your order ships.", []),
    ("We take no returns after 30 days.", []),
])
def test_take_no_returns_of_goods(text, expected):
    assert labels(text) == expected


# --- an introduction that names its goods itself lists reasons, not goods ----------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Before you order, note the points below, because we take no returns of chocolate (call us with questions):\n"
     "1. Taste: recipes change now and then.\n2. Heat: chocolate may melt.", []),
    ("Please read the points below, as we take no returns of fresh cheese:\n1. Texture: each batch differs.", []),
    ("Before you buy, note these points, because we take no returns of tea:\n- Freshness\n- Aroma", []),
    ("Mind the following, as we take no returns on honey:\n- Crystallisation\n- Colour changes", []),
    ("Note, since we take no refunds for coffee:\n- Grind size\n- Roast level", []),
    ("Bear these in mind, since we accept no returns on plants:\n- Sun: leaves may scorch.\n- Water: roots may rot.", []),
    ("Do read this first, because we offer no refunds on bread:\n- Crust: it hardens by day two.\n- Crumb: each loaf differs.", []),
    ("Know this before you buy, for we give no refunds for wine:\n- Vintage: each year tastes different.\n- Cork: some corks taint.", []),
    # still read: an introduction that leaves its goods to the list
    ("Some products can't come back, among them:\n- Helmets\n- Gloves", ["Helmets", "Gloves"]),
    ("We do not accept returns of these items:\n- Swimwear\n- Earrings", ["Swimwear", "Earrings"]),
    ("We accept no returns of the following:\n- Kites\n- Reels", ["Kites", "Reels"]),
    ("We give no refunds on:\n- Posters\n- Calendars", ["Posters", "Calendars"]),
    ("No returns on any of these:\n- Hats\n- Scarves", ["Hats", "Scarves"]),
])
def test_an_introduction_naming_its_goods_lists_reasons(text, expected):
    assert labels(text) == expected


# --- goods the shop marks as non-returnable, said with the verb in the present ("the listing marks as") --------------

@pytest.mark.parametrize("text,expected", [
    ("You can return anything you buy, apart from items the listing marks as non-returnable.", ["Items with non-returnable marks"]),
    ("Returns are welcome within 30 days, apart from anything our catalogue describes as non-returnable.", ["Items with non-returnable marks"]),
    ("You may return any item apart from the few that the product page lists as non-returnable.", ["Items with non-returnable marks"]),
    ("Anything the product page labels as non-returnable cannot be returned.", ["Items with non-returnable marks"]),
    ("Goods our site designates as non-returnable cannot be returned.", ["Items with non-returnable marks"]),
    # not: a list, a heading, an exception of days
    ("To return anything not on the list (see NON-RETURNABLE ITEMS below), ask us first.", []),
    ("Our lists of non-returnable items are below.", []),
    ("You can return anything within 30 days, apart from weekends.", []),
    ("The label marks the parcel as a return.", []),
    ("Everything is returnable apart from what we say below.", []),
])
def test_marked_non_returnable_in_the_present(text, expected):
    assert labels(text) == expected


# --- "custom-order" goods, and clothing named "... wear" ------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Custom-order items cannot be returned.", ["Personalized or custom-made products"]),
    ("Custom-orders are final sale.", ["Personalized or custom-made products"]),
    ("Items that are clearance or custom-order are not returnable.", ["Clearance items", "Personalized or custom-made products"]),
    ("Compression wear and grips cannot be returned.", ["Compression wear and grips"]),
    ("Swim wear cannot be returned.", ["Swim wear"]),
    ("Eye wear is non-returnable.", ["Eye wear"]),
    # not: wear as a state, an order form
    ("Custom order forms must be signed before we begin.", []),
    ("Foot wear that shows wear cannot be returned.", []),
    ("Items showing wear cannot be returned.", []),
    ("Goods with normal wear cannot be returned.", []),
])
def test_custom_order_and_clothing_wear(text, expected):
    assert labels(text) == expected


# --- examples set off between commas after the goods they show ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Seasonal goods, such as garlic, onion sets, seed potatoes, asparagus and rhubarb crowns, flower bulbs and bee cocoons, "
     "cannot be returned.", ["Seasonal goods"]),
    ("Fragile items, such as pressed sugars, edible flowers, edible images and gingerbread houses, cannot be refunded.", ["Fragile items"]),
    ("Bulky goods, for example, sofas, wardrobes, dining tables, bed frames and rugs, are non-returnable.", ["Bulky goods"]),
    ("Frozen foods, including ice cream, frozen pizzas, frozen vegetables and frozen desserts, cannot be returned.", ["Frozen foods"]),
    ("Live cultures, like kefir grains, kombucha scobies, sourdough starters and yoghurt cultures, are final sale.", ["Live cultures"]),
    # still read: the examples are the goods when the words before them name none
    ("Some products, such as nose studs, lip balms, hair ties and face masks, are non-returnable.",
     ["Lip balms", "Hair ties", "Face masks", "Nose studs"]),
    ("Several items, such as tents, stoves, water filters and sleeping mats, cannot be returned.",
     ["Stoves", "Water filters", "Sleeping mats", "Tents"]),
])
def test_examples_set_off_show_the_group(text, expected):
    assert labels(text) == expected


# --- what befalls a return the state refuses ("; we will ship them back to you") leaves the rule every return's ---------

@pytest.mark.parametrize("text,expected", [
    ("Items that are worn or washed can't be returned; we will ship them back to you.", {"NOT_WORN", "NOT_WASHED"}),
    ("Items that are worn, soiled, altered or washed by the customer can't be returned; we will ship them back to you at your cost.",
     {"NOT_WORN", "NOT_WASHED", "NOT_ALTERED"}),
    ("Anything used or opened cannot be returned; we will send it back to you at your expense.", {"UNUSED"}),
    ("Goods that have been washed are refused; they will be returned to you unrefunded.", {"NOT_WASHED"}),
    ("We cannot accept items that have been altered; such items will be sent back to the customer.", {"NOT_ALTERED"}),
    # still a rule for some goods, or no rule for a return's state
    ("Sale items that are worn can't be returned; we will ship them back to you.", set()),
    ("Swimwear that has been worn cannot be returned; we will send it back to you.", set()),
    ("Anything sent back to you must be unworn.", set()),
    ("Items that are worn can't be returned, and anything sent back to you is at your cost.", set()),
    ("Exchanges must be asked for within 7 days; we will ship them back to you within a week.", set()),
])
def test_a_refused_return_sent_back_keeps_the_rule(text, expected):
    assert conditions(text) == expected


# --- "For an item to qualify, it has to be ...": the purpose leads, every item is the subject --------------------------

@pytest.mark.parametrize("text,expected", [
    ("For an item to qualify, it has to be unused and in the condition it reached you in.", {"UNUSED", "ORIGINAL_CONDITION"}),
    ("For an item to qualify, it must be unused.", {"UNUSED"}),
    ("For a product to be accepted, it must be in its original packaging.", {"ORIGINAL_PACKAGING"}),
    ("For any item to be eligible for a refund, it must be unworn and unwashed.", {"NOT_WORN", "NOT_WASHED"}),
    ("For a purchase to be returnable, it has to have all its tags attached.", {"TAGS_ATTACHED"}),
    # not: goods of one kind, or no state asked
    ("For a sale item to qualify, it must be unworn.", set()),
    ("For an item to qualify, you must contact us within 14 days.", set()),
    ("For a clearance item to be accepted, it must be unworn.", set()),
    ("For an order to ship today, it must be placed by noon.", set()),
    ("For a return to be refunded, we must receive it within 30 days.", set()),
])
def test_a_purpose_lead_leaves_every_item_the_subject(text, expected):
    assert conditions(text) == expected


# --- a list's line that says the state the item was never in ("Never washed and never worn") ---------------------------

@pytest.mark.parametrize("text,expected", [
    ("Which items can come back?\n• In their original condition\n• Never washed and never worn", {"ORIGINAL_CONDITION", "NOT_WASHED", "NOT_WORN"}),
    ("Which items can come back?\n• Never washed and never worn", {"NOT_WASHED", "NOT_WORN"}),
    ("What we take back:\n- Never worn\n- Never altered", {"NOT_WORN", "NOT_ALTERED"}),
    ("Returns qualify when:\n- Never been used\n- In the original box", {"UNUSED", "ORIGINAL_PACKAGING"}),
    ("Which items can come back?\n- Never used", {"UNUSED"}),
    ("What can be returned?\n- Never laundered", {"NOT_WASHED"}),
    ("Which pieces can come back?\n- Never worn outside", {"NOT_WORN"}),
    ("What can be sent back?\n- Never altered", {"NOT_ALTERED"}),
    # not: care advice, a step of the return, what the shop promises, a question
    ("Care tips:\n- Never wash in hot water\n- Never put it through the wash", set()),
    ("Care tips:\n- Never tumble dry", set()),
    ("How to return:\n- Never send items without an RMA number", set()),
    ("Our promise:\n- Never worn by models", set()),
    ("Never used our returns portal? Here is how it works.", set()),
])
def test_a_line_of_states_never_had(text, expected):
    assert conditions(text) == expected


# --- "Nothing that shows signs of use ... can be refunded": goods in a state refused; the washing an item shows --------

@pytest.mark.parametrize("text,expected", [
    ("Nothing that shows signs of use, wear, washing, damage or modification, or that is missing a part, can be refunded.",
     {"UNUSED", "NOT_WASHED", "NOT_ALTERED"}),
    ("Nothing that shows signs of use can be refunded.", {"UNUSED"}),
    ("Nothing that has been worn can be returned.", {"NOT_WORN"}),
    ("Nothing that has been washed or altered will be accepted.", {"NOT_WASHED", "NOT_ALTERED"}),
    ("We cannot accept items that show signs of washing.", {"NOT_WASHED"}),
    # not: no state, or no refusal
    ("Nothing that you order can be returned after 30 days.", set()),
    ("Nothing that is on sale can be returned.", set()),
    ("Nothing that arrives damaged will be refused.", set()),
    ("Washing instructions are on the label.", set()),
    ("Nothing that we sell is second-hand.", set()),
])
def test_nothing_in_a_state_comes_back(text, expected):
    assert conditions(text) == expected


# --- goods the shop finds in a state, refused as "cannot be processed as a return" --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Merchandise we find dirty, stained, damaged or abused cannot be processed as a return.", {"NOT_STAINED"}),
    ("Items that are stained cannot be processed as a return.", {"NOT_STAINED"}),
    ("Items we find worn or washed cannot be returned.", {"NOT_WORN", "NOT_WASHED"}),
    ("Goods we judge used will not be accepted.", {"UNUSED"}),
    ("Products we deem altered cannot be processed as a refund.", {"NOT_ALTERED"}),
    # not: no state, or no refusal
    ("Items we find in stock will be shipped today.", set()),
    ("Returns cannot be processed as a refund after 30 days.", set()),
    ("Orders we find fraudulent cannot be processed.", set()),
    ("Items we find damaged in transit are replaced free.", set()),
    ("Gift cards cannot be processed as a return.", set()),
])
def test_goods_found_in_a_state_refused(text, expected):
    assert conditions(text) == expected


# --- the box the item came in said not to be enough for the trip ("not in the manufacturer's packaging alone") ---------

@pytest.mark.parametrize("text,expected", [
    ("Every item must come back in a shipping carton or postal-bag, not in the manufacturer's packaging alone.", set()),
    ("Items must be shipped in an outer box, not in the original box alone.", set()),
    ("Returns must travel in a sturdy carton, not just in the retail packaging by itself.", set()),
    ("Goods must come back in a shipping box, not in their original packaging alone.", set()),
    ("Products must be sent in a strong outer carton, not only in the original carton on its own.", set()),
    # still asked: the original packaging, whatever else is said of the trip
    ("Items must come back in their original packaging.", {"ORIGINAL_PACKAGING"}),
    ("Items must come back in their original packaging, not in a plastic bag.", {"ORIGINAL_PACKAGING"}),
    ("Items must be returned in the original box, not in the shipping box alone.", {"ORIGINAL_PACKAGING"}),
    ("Items must come back in their original packaging, placed inside a shipping carton.", {"ORIGINAL_PACKAGING"}),
    ("Goods must be unused and in their original box.", {"UNUSED", "ORIGINAL_PACKAGING"}),
])
def test_original_packaging_not_enough_is_not_asked(text, expected):
    assert conditions(text) == expected


# --- "Every component must come back with it": the parts that go back with the item -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Every component must come back with it: hardware, manuals and the protective materials.", {"ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}),
    ("Every component must come back with the item.", {"ACCESSORIES_INCLUDED"}),
    ("All parts must come back with it.", {"ACCESSORIES_INCLUDED"}),
    ("Each piece has to be returned with the product.", {"ACCESSORIES_INCLUDED"}),
    ("All of the components must be sent back together with the unit.", {"ACCESSORIES_INCLUDED"}),
    # not: a parts shop's goods, or what else goes with the return
    ("All parts must be returned within 30 days.", set()),
    ("Every part must come back with its receipt.", set()),
    ("Each piece must come back unused.", {"UNUSED"}),
    ("Every part we sell has to be returned with proof of purchase.", set()),
    ("All components must be returned.", set()),
])
def test_every_component_goes_back_with_the_item(text, expected):
    assert conditions(text) == expected

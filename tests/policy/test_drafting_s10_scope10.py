"""Issue 26, session 10 (area "scope"): sentences whose rule is for some goods, returns or situations only, which
the drafter read as the shop's general settings; each shape in sentences of our own, with counter-sentences of the
same shape that state a general rule and must still be read. Rules only unless a test says otherwise."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values

from plugin.policy.drafting import draft_policy


# --- anaphora to a group named before: "Each of these returns ...", "In those cases, ..." ---------------------

@pytest.mark.parametrize("text", [
    "Parcels that come back still sealed are handled as wrong-size returns. Each of these returns carries a 15% restocking fee.",
    "Some parcels reach us after the window has closed. All of these parcels carry a 10% restocking fee.",
    "We sell floor models at a discount. Those orders take a 25% restocking fee on return.",
])
def test_a_fee_for_returns_named_before_is_not_the_shops_fee(text):
    assert first_values(text).get("fees.restocking_percent") is None


@pytest.mark.parametrize("text,fee", [
    ("Items with no fault can be returned within 30 days, and such returns carry a 10% restocking fee.", "10"),  # the sentence's own subject
    ("Every return carries a 15% restocking fee.", "15"),
])
def test_a_fee_for_every_return_is_still_read(text, fee):
    assert first_values(text).get("fees.restocking_percent") == fee


def test_a_payer_in_the_case_named_before_is_not_guessed_as_every_returns():
    # the shipped learned reader below the rules: the case is the one the sentence before names
    text = "A faulty lamp gets a repair or a new one. In those cases, any postage that is needed is yours to pay."
    assert "shipping.default.payer" not in {p.path for p in draft_policy(text).placed}


def test_other_than_in_those_cases_is_every_other_return():
    text = "We pay the postage on faulty goods. Other than in those cases, return postage is up to you."
    assert first_values(text).get("shipping.default.payer") == "CUSTOMER"


def test_in_which_case_is_the_sentences_own_case():
    text = "You can have a refund less a 20% restocking fee, or an exchange, in which case no fee applies."
    assert first_values(text).get("fees.restocking_percent") == "20"


# --- one kind of order: a layaway, a special order ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cancelling a layaway costs a 15% restocking fee.",
    "Cancelling your lay-away carries a 10% charge.",
    "Cancelling a special order costs a 25% fee.",
])
def test_cancelling_one_kind_of_order_is_not_every_cancellation(text):
    assert first_values(text).get("cancellation.refund_percent") is None


@pytest.mark.parametrize("text,kept", [
    ("Cancelling an order costs a 15% fee.", "85"),
    ("Cancelling an order before it ships costs a 5% fee.", "95"),
])
def test_cancelling_any_order_still_reads_the_share_kept(text, kept):
    assert first_values(text).get("cancellation.refund_percent") == kept


# --- a situation: the return sent without being asked for ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A parcel sent without authorisation is turned away and shipped back at your expense.",
    "Unauthorized returns will be refused and sent back at the customer's cost.",
    "Items that arrive without an RMA number go back to you at your expense.",
])
def test_the_trip_back_of_an_unasked_return_is_not_who_pays_for_returns(text):
    assert first_values(text).get("shipping.default.payer") is None


@pytest.mark.parametrize("text", [
    "A return sent without authorization will be refused.",
    "Returns that arrive without an RMA number are not accepted.",
])
def test_an_unasked_return_refused_still_says_a_return_is_asked_for_first(text):
    assert first_values(text).get("returns.request_required_before_shipping") is True


@pytest.mark.parametrize("text", [
    "Returns are sent back at your expense.",
    "Once we approve your return, you send it back at your own expense.",
])
def test_returns_sent_back_at_the_customers_cost_still_read(text):
    assert first_values(text).get("shipping.default.payer") == "CUSTOMER"


# --- a condition that something is not yet done: a case of some returns ----------------------------------------

@pytest.mark.parametrize("text", [
    "When a return is approved and no exchange has been requested, we keep a 15% restocking fee.",
    "If no new size is ordered by then, a 10% restocking fee comes off the refund.",
])
def test_a_fee_in_the_case_nothing_was_done_is_not_the_shops_fee(text):
    values = first_values(text)
    assert values.get("fees.restocking_percent") is None
    assert values.get("resolutions.replacement") is None


@pytest.mark.parametrize("text,path,value", [
    ("When we approve a return, we keep a 15% restocking fee.", "fees.restocking_percent", "15"),
    ("If you are not satisfied, you can return it within 30 days.", "returns.window.days", 30),
])
def test_a_condition_on_every_return_still_reads(text, path, value):
    assert first_values(text).get(path) == value


# --- a heading that names goods, over a sentence that names them again -----------------------------------------

_SECTIONS = """Returns

Sofas

We replace any item that arrives damaged.
You can send the sofa back within 60 days of delivery, less a 15% restocking fee.

Cushions

Cushions that are unopened and unused can come back within 5 days after delivery.
"""


def test_a_rule_under_its_goods_heading_is_for_those_goods():
    values = first_values(_SECTIONS)
    for path in ("returns.window.days", "fees.restocking_percent", "requirements.condition"):
        assert values.get(path) is None, path


def test_a_sentence_under_a_goods_heading_that_names_no_goods_still_reads():
    assert first_values(_SECTIONS).get("fault.remedies") == "REPLACEMENT"


@pytest.mark.parametrize("heading,text,path,value", [
    ("Delivery", "Items can be returned within 30 days of delivery.", "returns.window.days", 30),  # a topic, no goods
    ("Change of Mind", "If you change your mind, you can return it within 30 days.", "returns.window.days", 30),
    ("Returns", "Items that are unworn and unwashed can be returned within 30 days.", "returns.window.days", 30),
    ("Accessories", "Every return carries a 10% restocking fee.", "fees.restocking_percent", "10"),  # names no accessory
])
def test_a_rule_under_a_heading_it_does_not_name_still_reads(heading, text, path, value):
    assert first_values(f"{heading}\n\n{text}\n").get(path) == value


# --- a subject narrowed by a state every return is asked to be in, or by goods excepted, still names every item ----

@pytest.mark.parametrize("text", [
    "Items in their original condition must be returned within 30 days.",
    "Items that are unworn and unwashed must be returned within 30 days.",
    "Any item other than a gift card must be returned within 30 days.",
])
def test_every_item_in_the_state_asked_or_less_the_goods_excepted_is_every_item(text):
    assert first_values(text).get("returns.window.days") == 30


@pytest.mark.parametrize("text", [
    "Items that are worn must be returned within 7 days.",  # a state some goods are in
    "Swimwear must be returned within 14 days.",
    "Any gown other than a bridal gown must be returned within 3 days.",  # still gowns
])
def test_a_subject_naming_some_goods_is_still_for_them(text):
    assert first_values(text).get("returns.window.days") is None


# --- an exchange of the goods the sentence refused first ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bridal shoes cannot be returned; still, if the size is wrong, we swap them at no charge.",
    "Wedding veils are not returnable, but we will happily exchange them.",
])
def test_an_exchange_of_goods_refused_first_is_not_every_items(text):
    assert first_values(text).get("resolutions.exchange") is None


@pytest.mark.parametrize("text", [
    "Items cannot be refunded after 14 days, but we can exchange them.",  # every item, past a time
    "If the size is wrong, we swap them at no charge.",
])
def test_an_exchange_of_every_item_still_reads(text):
    assert first_values(text).get("resolutions.exchange") == "ALWAYS"


# --- a lead whose list below names goods: its rule is for those goods -------------------------------------------

_LEAD_OVER_GOODS = """Goods we take back within 30 days of purchase:
Unworn pieces (tags still on, never washed):
- Jerseys
- Caps
- Rain jackets
"""


def test_a_condition_over_a_list_of_goods_is_for_those_goods():
    values = first_values(_LEAD_OVER_GOODS)
    assert values.get("requirements.condition") is None
    assert values.get("returns.window.days") == 30  # the window over every line still stands


@pytest.mark.parametrize("text,first", [
    ("Returns are accepted when the items are:\n- Unworn\n- Not washed\n- In their original packaging\n", "NOT_WORN"),  # states, no goods
    ("To be accepted, returns must be:\n- unused\n- with all tags attached\n", "UNUSED"),
])
def test_a_condition_over_a_list_of_states_still_reads(text, first):
    assert first_values(text).get("requirements.condition") == first


def test_the_same_conditions_as_above_are_terms_not_the_items_state():
    text = "An exchange is allowed on the same conditions and within the same time as set out above."
    assert first_values(text).get("requirements.condition") is None
    assert first_values("Items must come back in the same condition you received them.").get("requirements.condition") == "ORIGINAL_CONDITION"


def test_the_postage_of_a_replacement_sent_out_is_not_who_pays_for_returns():
    # the shipped learned reader below the rules: an exchange's trip out to the customer, no return's postage
    text = "We gladly swap unopened goods. Where sending a replacement item to you is needed, you pay for that postage."
    assert "shipping.default.payer" not in {p.path for p in draft_policy(text).placed}


# --- a return refused, on its way back to the customer --------------------------------------------------------------

@pytest.mark.parametrize("text,condition", [
    ("Anything sent back to you will be in the condition in which it reached us.", None),
    # the refusal before the semicolon still says the state every return must be in (session 12: as it does alone)
    ("Used goods are not refunded; we ship them back to the customer, who pays the postage.", "UNUSED"),
])
def test_a_refused_return_sent_back_to_the_customer_states_no_setting(text, condition):
    values = first_values(text)
    assert values.get("requirements.condition") == condition
    assert values.get("shipping.default.payer") is None


@pytest.mark.parametrize("text,path,value", [
    ("Anything you send back must be unused.", "requirements.condition", "UNUSED"),
    ("Anything sent back to us must be unused.", "requirements.condition", "UNUSED"),
])
def test_what_the_customer_sends_back_still_reads(text, path, value):
    assert first_values(text).get(path) == value


# --- a state named as the case a fee is charged in ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A 20% restocking charge applies when an item comes back in perfect condition.",
    "A 10% fee is charged if the goods are returned unopened.",
])
def test_the_state_a_fee_is_charged_in_is_no_condition(text):
    assert first_values(text).get("requirements.condition") is None


@pytest.mark.parametrize("text,condition", [
    ("Items must be unused; otherwise a 20% fee applies.", "UNUSED"),
    ("Returns must be in perfect condition, and a 20% restocking fee applies.", "ORIGINAL_CONDITION"),
])
def test_a_condition_beside_a_fee_still_reads(text, condition):
    assert first_values(text).get("requirements.condition") == condition

"""Session 11, second round on goods that arrive faulty, damaged, wrong or incomplete: ways shops phrase a fault
rule the rules did not read, each beside near misses they must still leave alone. Every sentence is written for
the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds, placed


# --- goods left out of the order named as the fault: "any missing item", "missing pieces" ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Any damage or missing item must be reported to us within 2 days of delivery.",
     {"fault.reasons": {"DAMAGED", "INCOMPLETE"}, "fault.window.days": 2, "fault.window.starts": "DELIVERY"}),
    ("Missing items must be reported to us within 3 days of delivery.",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 3, "fault.window.starts": "DELIVERY"}),
    ("Please report any missing pieces to us within 5 days of delivery.",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 5, "fault.window.starts": "DELIVERY"}),
    ("Please tell us of any missing parts within 2 days of delivery.",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 2, "fault.window.starts": "DELIVERY"}),
])
def test_missing_goods_reported(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text", [
    # the state a return comes back in
    "Returns with missing pieces will be refunded in part.",
    "Items returned with missing accessories are refunded less a 10% fee.",
    "Gift sets returned with missing items will not be refunded.",
    "Missing pieces of a puzzle returned to us mean a reduced refund.",
    # the shop's responsibility denied
    "We are not responsible for missing items after delivery.",
    # a parcel gone missing: a lost delivery, the carrier's
    "Missing parcels must be reported to the carrier within 5 days.",
    "If a missing parcel is marked delivered, contact the carrier within 5 days.",
    # orders shipping out: goods on back order, no fault
    "Missing pieces from a back order ship separately when they come into stock.",
    "Any missing parts will be sent on as soon as they are back in stock.",
    # advice before use
    "Please check the box for missing components before you install the product.",
])
def test_missing_goods_near_misses(text):
    drafted = placed(text)
    assert not any(path.startswith("fault.") for path in drafted), drafted


# --- the return's carriage free for a fault, in more words: "the whole cost of the return", "returned with free shipping"

@pytest.mark.parametrize("text,expected", [
    ("If an item arrives damaged, we will pay the whole cost of the return.",
     {"fault.reasons": {"DAMAGED"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("Where we sent the wrong product, we cover the full cost of the return.",
     {"fault.reasons": {"WRONG_ITEM"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("Defective lamps are returned with free shipping.",
     {"fault.reasons": {"DEFECTIVE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("Faulty goods can be sent back to us with free postage.",
     {"fault.reasons": {"DEFECTIVE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    # the fault denied: every other return's postage, the customer's
    ("If nothing is wrong with the chair, the cost of the return is yours.",
     {"shipping.merchant_at_fault": None, "shipping.default.payer": "CUSTOMER"}),
])
def test_return_carriage_free_for_a_fault(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text", [
    # the order's own shipping, or goods sent to the customer
    "Orders over $50 ship with free shipping.",
    "Exchanged items are sent back to you with free shipping.",
    # the price of the goods, not the carriage
    "The cost of the returned item is refunded once we receive it.",
    # negated
    "Damaged items are never returned with free shipping.",
    "Faulty goods are not sent back with free postage; you pay it.",
    # some customers only
    "Sale items are returned with free shipping only for members.",
    # no fault named
    "If you change your mind, we will pay the whole cost of the return.",
])
def test_return_carriage_near_misses(text):
    assert placed(text).get("shipping.merchant_at_fault") is None


# --- a summary list's lead ("Key Points:", "At a glance:") names no goods the lines below are narrowed to -----------

@pytest.mark.parametrize("text,expected", [
    ("Key Points:\n- Returns within 20 days of delivery\n- Defective items are returned with free shipping\n",
     {"fault.reasons": {"DEFECTIVE"}, "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("At a glance:\n- Damaged items must be reported within 3 days of delivery\n- Refunds in 5 days\n",
     {"fault.reasons": {"DAMAGED"}, "fault.window.days": 3, "fault.window.starts": "DELIVERY"}),
    ("In short:\n- Broken goods must be reported within 2 days of delivery\n- Refunds in 5 days\n",
     {"fault.window.days": 2, "fault.window.starts": "DELIVERY"}),
])
def test_summary_lead(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text", [
    # a list led by goods: those goods' rule
    "Key rings:\n- Damaged items must be reported within 3 days of delivery\n- Refunds are not given\n",
    "Garden furniture:\n- Damaged items must be reported within 3 days of delivery\n",
    "Key cutting machines:\n- Faulty units must be reported within 3 days of delivery\n",
    "Quick-dry towels:\n- Damaged items must be reported within 3 days of delivery\n",
    "Highland rugs:\n- Damaged items must be reported within 3 days of delivery\n",
])
def test_summary_lead_near_misses(text):
    assert placed(text).get("fault.window.days") is None


# --- a replacement as the goods sent again: "we resend it", "send the order again", "send out another" ---------------

@pytest.mark.parametrize("text", [
    "If a mug arrives broken, we will send the order again.",
    "If a mug arrives broken, we will resend it.",
    "If your vase reaches you damaged, we'll gladly send another at no extra charge to you.",
    "If your plates reach you chipped, we will send out new plates as soon as we can.",
    "If a mug arrives broken, we will send out a new mug straight away.",
])
def test_replacement_sent_again(text):
    holds(text, {"fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"})


@pytest.mark.parametrize("text", [
    # the shop's range, not goods sent in place of the faulty ones
    "If a mug arrives broken, tell us within 3 days; we ship out new collections every month.",
    "Damaged items must be reported before we ship new orders.",
    # negated
    "If a mug arrives broken, we will not send a new one; we refund it.",
    "Items that arrive damaged are refunded; we do not send them again.",
    "We do not resend parcels that arrive damaged; the carrier handles the claim.",
    # an undeliverable parcel: no fault
    "If a parcel comes back to us undeliverable, we will reship it once you pay the postage.",
    # the customer's own choice
    "If you received the wrong colour because you ordered it, we cannot resend the order for free.",
])
def test_replacement_sent_again_near_misses(text):
    assert placed(text).get("resolutions.replacement") is None
    assert "REPLACEMENT" not in placed(text).get("fault.remedies", set())


# --- the conditions of a return set aside for a fault: in a sentence of their own, or after "make sure"/"ensure" -----

@pytest.mark.parametrize("text", [
    "Items must be unworn with tags attached. These conditions do not apply to items that are faulty.",
    "Shoes must be unworn. The above requirements do not apply when the shoes arrive defective.",
    "Please ensure your return is unused and in its original packaging, unless it arrived damaged.",
    "Make sure the lamp is unused and in its box, unless it reached you faulty.",
])
def test_conditions_set_aside_for_a_fault(text):
    holds(text, {"fault.waive_condition": True})


@pytest.mark.parametrize("text", [
    # another exception: some goods
    "These conditions do not apply to sale items.",
    # the conditions kept for faults too
    "These conditions apply to faulty items too.",
    # a fee waived, not the conditions
    "The restocking fee does not apply to faulty goods.",
    # damage the customer caused
    "These conditions do not apply to items damaged by misuse.",
    # packing advice, not a condition of the goods
    "Please make sure the parcel is sealed, unless you are returning a damaged item by courier.",
    # a negation: damaged goods refused
    "Make sure the item is unused; we cannot accept damaged returns.",
])
def test_conditions_set_aside_near_misses(text):
    assert placed(text).get("fault.waive_condition") is None

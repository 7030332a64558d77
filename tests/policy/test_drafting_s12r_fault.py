"""Session 12 review (fault): sentences of our own through the fault readers mended this session, each set in a small
ordinary policy page: the new readings in other words, and near misses the new patterns must leave alone (goods that
reached the customer soiled, the shop contacting the maker itself, a fault that is the customer's dissatisfaction,
money or the customer's parcel sent in error, parts of the goods named like a payment system, a unit swapped for
other goods, what the shop pays back named by what the customer would pay). Rules only."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

PAGE = ("Returns\n\nWe accept returns within 30 days of delivery. Items must be unused and in their original packaging. "
        "Refunds are issued to the original payment method.\n\n")


def _fault(sentence: str) -> dict:
    drafted = placed(PAGE + sentence)
    return {path: value for path, value in drafted.items() if path.startswith("fault.")}


# --- damage beside wear: the state a return comes back in, unless the goods reached the customer so ------------------

@pytest.mark.parametrize("sentence", [
    "Returns that are worn, soiled or damaged will not be refunded.",
    "Products showing signs of wear or damage are not eligible for a refund.",
    "Any item sent back washed, damaged or with missing components will be returned to you.",
    "Items that come back used or damaged will receive a partial refund.",
])
def test_wear_and_damage_of_a_return(sentence):
    assert _fault(sentence) == {}


@pytest.mark.parametrize("sentence,expected", [
    ("If you find your item damaged or stained when you open the parcel, email us within 48 hours and we will replace it.",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}}),
    ("If the product you got is damaged or dirty, we will replace it free of charge.",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}}),
    ("If your order turns up damaged or soiled, contact us within 3 days for a replacement.",
     {"fault.reasons": {"DAMAGED"}, "fault.window.days": 3, "fault.remedies": {"REPLACEMENT"}}),
    ("If your rug shows up damaged or dirty, we will replace it free of charge.",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}}),
    ("Damaged items that have not been used can be exchanged for a new one within 14 days.", {"fault.reasons": {"DAMAGED"}}),
    # the shop sent them so, or the customer reports them
    ("If we sent you a used or damaged item, we will replace it.", {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}}),
    ("If your order contains damaged or dirty items, contact us within 2 days.", {"fault.reasons": {"DAMAGED"}, "fault.window.days": 2}),
    ("If your item is damaged, soiled or not as described, contact us within 5 days.",
     {"fault.reasons": {"DAMAGED", "NOT_AS_DESCRIBED"}, "fault.window.days": 5}),
    ("If your new shoes look worn or are damaged, we will replace them.", {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}}),
    ("If the kit is missing parts or looks used, we will send the missing parts free of charge.", {"fault.reasons": {"INCOMPLETE"}}),
])
def test_goods_that_reached_the_customer_soiled(sentence, expected):
    drafted = _fault(sentence)
    assert {path: drafted.get(path) for path in expected} == expected


# --- the carrier's claim the shop files itself, and one it says it cannot file ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "If your order arrives damaged, email us photos within 3 days of delivery so we can open a claim with the courier.",
    "If your order arrives damaged, email us photos within 3 days of delivery. We'll need them to file a claim with the carrier.",
    "If your order arrives damaged, email us photos within 3 days of delivery. We will use these to file a claim with UPS.",
])
def test_shop_files_the_claim(sentence):
    assert _fault(sentence)["fault.window.days"] == 3


@pytest.mark.parametrize("sentence", [
    "If your order arrives damaged, it is not possible for us to file a claim for you; file a claim with the carrier within 3 days.",
    "If your order arrives damaged, it is impossible for us to open a claim on your behalf: please file a claim with the courier within 3 days.",
])
def test_claim_left_to_the_customer(sentence):
    assert _fault(sentence) == {}


# --- goods sent in error, not money, messages or the customer's own parcel -------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("If an item was dispatched to you in error, contact us within 7 days and we will send the right one.",
     {"fault.reasons": {"WRONG_ITEM"}, "fault.window.days": 7, "fault.remedies": {"REPLACEMENT"}}),
    ("Items posted by mistake will be replaced at no cost to you.", {"fault.reasons": {"WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"}}),
    ("If we sent you the wrong colour due to an error on our part, we will replace it.",
     {"fault.reasons": {"WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"}}),
])
def test_goods_sent_in_error(sentence, expected):
    drafted = _fault(sentence)
    assert {path: drafted.get(path) for path in expected} == expected


@pytest.mark.parametrize("sentence", [
    "Returns sent in error to our old address will be sent back to you at your cost.",
    "If a refund was sent in error, we will ask you to pay it back within 14 days.",
    "Parcels sent by mistake to our shop instead of the warehouse will be forwarded at your cost.",
    "If you ordered the wrong size by mistake, you can exchange it within 30 days.",
    "If you picked the wrong colour by mistake, we can swap it for a fee.",
    "If an order confirmation email was sent to you in error, please ignore it.",
])
def test_sent_in_error_names_no_wrong_goods(sentence):
    assert "fault.reasons" not in _fault(sentence)


# --- an unwanted return and a faulty one under one deadline; a dissatisfaction that is the fault ---------------------

@pytest.mark.parametrize("sentence", [
    "If you are not happy with your purchase, or it arrived damaged, please contact us within 14 days.",
    "Whether you changed your mind, or the item is faulty, send us a return request within 30 days.",
    "If the product is not what you hoped for, or it is defective, you can return it within 30 days.",
    "If you change your mind or your item arrives damaged, return it within 30 days.",
])
def test_one_deadline_for_both(sentence):
    assert "fault.window.days" not in _fault(sentence)


@pytest.mark.parametrize("sentence,days", [
    ("If you are not satisfied with a product because it is faulty or damaged, contact us within 7 days for a replacement.", 7),
    ("If you are unhappy because your order arrived late or damaged, contact us within 5 days of delivery.", 5),
    ("If you are dissatisfied with an item that is defective or damaged, let us know within 3 days of delivery.", 3),
    ("Change of mind returns are accepted within 30 days. If the item arrives damaged, tell us within 3 days.", 3),
])
def test_dissatisfied_with_a_fault(sentence, days):
    assert _fault(sentence)["fault.window.days"] == days


# --- the maker answers for the fault, unless the shop contacts it itself ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "If your item is faulty after 30 days, please contact the manufacturer directly.",
    "For defective books, the publisher has to be contacted for replacement pages.",
    "Faulty electronics: please get in touch with the manufacturer for repairs.",
])
def test_maker_answers(sentence):
    assert _fault(sentence) == {}


@pytest.mark.parametrize("sentence,reason", [
    ("If your item is faulty, we will contact the manufacturer and send you a replacement.", "DEFECTIVE"),
    ("If your item arrives defective, there is no need to contact the manufacturer: we will replace it.", "DEFECTIVE"),
    ("If your item arrives damaged, you don't have to contact the brand; we replace it free of charge.", "DAMAGED"),
    ("If your item arrives faulty, we reach out to the maker and send a new one.", "DEFECTIVE"),
])
def test_shop_contacts_the_maker(sentence, reason):
    assert _fault(sentence) == {"fault.reasons": {reason}, "fault.remedies": {"REPLACEMENT"}}


def test_shop_contacts_the_maker_before_a_deadline():
    assert _fault("If your item arrives faulty, we'll get in touch with the manufacturer and replace it within 7 days.") == {
        "fault.reasons": {"DEFECTIVE"}}


# --- trouble with the shop's payments or site, not a part of the goods -----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "If a technical problem with our payment system delays your refund, contact us.",
    "If a technical issue on our website stops your return request, email us.",
])
def test_trouble_with_the_shop(sentence):
    assert _fault(sentence) == {}


@pytest.mark.parametrize("sentence", [
    "If your laptop develops a hardware fault in the system board within 30 days, we will replace it.",
    "If the terminal has a technical fault with the card slot on arrival, we will send a replacement.",
    "If the console has a hardware issue with the card slot when it arrives, we will replace it.",
    "If your card reader arrives with a technical fault, we will replace it free of charge.",
])
def test_fault_in_a_part_of_the_goods(sentence):
    assert _fault(sentence) == {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"}}


# --- no refund "in these cases": a refusal only when the cases are listed after it ----------------------------------

@pytest.mark.parametrize("sentence", [
    "We give no refund or replacement in the following cases:\n- Items damaged by the customer\n- Items worn or washed",
    "We give no refund or replacement in any of these cases:\n- Wrong items were chosen when ordering\n- Items damaged by the customer",
    "No refunds or exchanges will be given in these cases: wrong size ordered, change of mind.",
])
def test_no_refund_in_these_cases(sentence):
    assert _fault(sentence) == {}


def test_no_remedy_in_such_cases_then_a_fault_refunded():
    assert _fault("We issue no replacement in such cases; damaged goods are refunded.") == {
        "fault.reasons": {"DAMAGED"}, "fault.remedies": {"REFUND"}}


@pytest.mark.parametrize("sentence,expected", [
    ("We give a full refund or replacement in the following cases:\n- The item arrived damaged\n- We sent the wrong item",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT", "REFUND"}}),
    ("There is no restocking fee in these cases: damaged items and wrong items sent by us, which we replace free of charge.",
     {"fault.reasons": {"DAMAGED", "WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"}}),
])
def test_remedies_in_these_cases(sentence, expected):
    assert _fault(sentence) == expected


# --- a list line led by its outcome names no goods; goods named like one still do -----------------------------------

@pytest.mark.parametrize("item", [
    "Resolution: We will replace the item or refund you in full.",
    "The outcome: we replace the item.",
])
def test_outcome_lead(item):
    assert _fault(f"If your order reaches you damaged:\n  • {item}\n")["fault.remedies"] == {"REPLACEMENT"} | (
        {"REFUND"} if "refund" in item else set())


@pytest.mark.parametrize("item", [
    "Remedy: contact us no later than 3 days after your delivery arrives.",
    "Immediately: contact us no later than 3 days after your delivery arrives.",
])
def test_step_lead_keeps_the_deadline(item):
    assert _fault(f"If your order reaches you damaged:\n  • {item}\n")["fault.window.days"] == 3


@pytest.mark.parametrize("item", [
    "High resolution prints: contact us no later than 3 days after your delivery arrives.",
    "Remedy Balm: you have to contact us no later than 3 days after your delivery arrives.",
])
def test_goods_named_like_an_outcome(item):
    assert "fault.window.days" not in _fault(f"If your order reaches you damaged:\n  • {item}\n")


# --- "we can swap the unit": a replacement, unless swapped for other goods or money ----------------------------------

@pytest.mark.parametrize("sentence", [
    "If your charger arrives faulty, we will swap out the unit straight away.",
    "If a unit stops working within 30 days, we swap the unit.",
])
def test_unit_swapped(sentence):
    assert _fault(sentence)["fault.remedies"] == {"REPLACEMENT"}


@pytest.mark.parametrize("sentence,remedies", [
    ("If the unit is defective, we can swap the unit for any other product in our store.", {"EXCHANGE"}),
    ("If the unit arrives damaged, we can swap the unit for a newer model for the difference in price.", {"EXCHANGE"}),
    ("If your unit is faulty, you can swap the unit for store credit.", {"EXCHANGE"}),
])
def test_unit_swapped_for_other_goods(sentence, remedies):
    assert _fault(sentence)["fault.remedies"] == remedies


# --- who pays the postage for a fault: the customer "would still pay"; not "what you would pay", "pay nothing" -------

@pytest.mark.parametrize("sentence,payer", [
    ("If the item is damaged, you would still pay the return postage.", "CUSTOMER"),
    ("Even for faulty goods, customers will still pay the shipping both ways.", "CUSTOMER"),
    ("If we sent the wrong item, we refund the return shipping and drop the restocking fee.", "MERCHANT"),
    ("If the item arrived damaged, we cover what customers would normally pay for return shipping.", "MERCHANT"),
    ("If we made a mistake, we will refund what you would pay for return shipping.", None),
    ("If your item arrives faulty, we will reimburse whatever you'll pay for the return postage.", None),
    ("If your item arrives faulty, you'd pay nothing for return shipping.", None),
    ("If your item arrives damaged, you will pay nothing for the return.", None),
])
def test_postage_payer_for_a_fault(sentence, payer):
    assert (placed(PAGE + sentence).get("shipping.merchant_at_fault") or {}).get("payer") == payer


@pytest.mark.parametrize("sentence", [
    "You pay the return shipping, though if we sent the wrong item we cancel the restocking fee.",
    "Customers cover return postage; where the goods are faulty we remove any handling fee.",
])
def test_fault_excepting_a_fee(sentence):
    assert "shipping.merchant_at_fault" not in placed(PAGE + sentence)


# --- a fault's deadline "at the latest"; a date that is no report's ---------------------------------------------------

@pytest.mark.parametrize("sentence,days", [
    ("If your goods arrive damaged, notify us at the latest 5 days after delivery.", 5),
    ("Damage must be reported within 2 days of delivery, or the claim will be void.", 2),
])
def test_fault_deadline(sentence, days):
    assert _fault(sentence)["fault.window.days"] == days


@pytest.mark.parametrize("sentence", [
    "If your item arrives damaged, we will send the replacement at the latest 10 days after you tell us.",
    "If your item arrives damaged, you have 2 options: a refund or a replacement.",
    "If we send a replacement, you have 14 days to send the faulty item back to us.",
    "If your item arrives faulty, we refund you at the latest 14 days after we receive it.",
    "If an item is defective, you have 2 years to claim under the manufacturer's warranty.",
])
def test_no_report_deadline(sentence):
    assert "fault.window.days" not in _fault(sentence)


# --- every return's refund, its shipping changed for a fault: no refund remedy of the fault's --------------------------

@pytest.mark.parametrize("sentence", [
    "We refund the item price, not the shipping, unless the item was faulty.",
    "Refunds do not include postage except where the parcel arrived damaged.",
    "We offer a refund or exchange on all orders, excluding shipping, unless the item is defective.",
])
def test_every_returns_refund(sentence):
    assert "fault.remedies" not in _fault(sentence)


@pytest.mark.parametrize("sentence,remedies", [
    ("We refund the item price, not the shipping, unless the item was faulty, in which case we also refund the shipping.", {"REFUND"}),
    ("We refund the goods but not the shipping, unless the goods were damaged in transit, in which case we refund both.", {"REFUND"}),
    ("Shipping is not refunded unless the item is faulty; faulty items are replaced.", {"REPLACEMENT"}),
    ("If your order arrives damaged, we refund the goods and the shipping, unless the damage was caused by you.", {"REFUND"}),
])
def test_fault_remedy_beside_the_shipping(sentence, remedies):
    assert _fault(sentence)["fault.remedies"] == remedies


# --- a list's introduction names the fault its steps are for ----------------------------------------------------------

def test_introduction_names_the_fault():
    assert _fault("If we sent you the wrong item:\n- Email us within 7 days of delivery\n- We will send the right item")[
        "fault.reasons"] == {"WRONG_ITEM"}


@pytest.mark.parametrize("sentence", [
    "If you ordered the wrong size:\n- Email us within 30 days\n- We will exchange it",
    "If you picked the wrong colour:\n- Email us within 30 days\n- We will swap it",
])
def test_introduction_of_the_customers_mistake(sentence):
    assert _fault(sentence) == {}

"""Session 12, the fault readers mended: ways shops phrase what they do about goods that reach the customer faulty,
each beside near misses the rules must leave alone. Every sentence is written for the test, not taken from a shop's
page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds, placed


def _no_fault(text: str) -> None:
    drafted = placed(text)
    assert not any(path.startswith("fault.") for path in drafted), drafted


# --- damage listed beside the wear a customer causes: the state a return comes back in, no fault of the shop's ------

@pytest.mark.parametrize("text", [
    "Items that are used, damaged or missing parts may get a reduced refund.",
    "Merchandise we find dirty, stained, damaged or abused cannot be processed as a return.",
    "Where a product comes back used, not fully re-saleable, or is missing parts, we may refuse to refund it.",
    "Nothing that shows signs of wear, washing, damage or modification can be refunded.",
    "Goods that are worn, washed or damaged will be sent back to you at your cost.",
    "Anything not in its original condition, damaged, or missing pieces will get only part of its price back.",
])
def test_damage_among_the_states_of_a_return(text):
    _no_fault(text)


@pytest.mark.parametrize("text,expected", [
    # the goods arrived so: the shop's fault, though wear is named too
    ("If an item arrives damaged or looks used, contact us within 3 days of delivery.",
     {"fault.reasons": {"DAMAGED"}, "fault.window.days": 3}),
    ("Items damaged in transit, or that reach you used, will be replaced free of charge.",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}}),
    # the damage is the exception to a refusal of used goods
    ("Opened or used candles can't come back unless they are damaged or faulty.",
     {"fault.overrides_exclusions": True}),
    ("If your order is damaged, tell us within 2 days of delivery.",
     {"fault.reasons": {"DAMAGED"}, "fault.window.days": 2}),
    ("If parts are missing from your order, contact us within 5 days of delivery and we will send them.",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 5}),
])
def test_damage_the_shop_answers_for(text, expected):
    holds(text, expected)


# --- the shop files the carrier's claim itself: the customer still reports the fault to the shop ---------------------

@pytest.mark.parametrize("text", [
    "If your order arrives damaged, email us photos within 3 days of delivery. We need these to make a claim with the carrier.",
    "If your order arrives damaged, email us photos within 3 days of delivery, so that we can file a claim with the courier.",
    "If your order arrives damaged, email us photos within 3 days of delivery. We use them to open a claim with the shipping company.",
    "If your order arrives damaged, email us photos within 3 days of delivery; it is for us to file a claim with the carrier.",
    "If your order arrives damaged, email us photos within 3 days of delivery. We require these photos to submit a claim with FedEx.",
])
def test_shop_files_the_carrier_claim(text):
    holds(text, {"fault.reasons": {"DAMAGED"}, "fault.window.days": 3, "fault.photos_min": 1})


@pytest.mark.parametrize("text", [
    "If your order arrives damaged, you must file a claim with the carrier within 3 days of delivery.",
    "Damaged parcels: please file a claim with the courier within 3 days of delivery.",
    "If your order arrives damaged, contact the carrier within 3 days and make a claim with them.",
    "If the parcel arrives damaged, keep the packaging and file a claim with USPS within 3 days.",
    "Any damage in transit is a matter for the carrier: file your claim with them within 3 days of delivery.",
])
def test_carrier_claim_near_misses(text):
    assert "fault.window.days" not in placed(text)


# --- a list line led by the step it asks for ("Get in Touch Straight Away:") names no goods -------------------------

@pytest.mark.parametrize("item", [
    "Get in Touch Straight Away: You have to contact us no later than 3 days after your delivery arrives.",
    "Get in touch quickly: you have to contact us no later than 3 days after your delivery arrives.",
    "Act Fast: You have to contact us no later than 3 days after your delivery arrives.",
    "Reach out immediately: you have to contact us no later than 3 days after your delivery arrives.",
    "Tell Us Promptly: You have to contact us no later than 3 days after your delivery arrives.",
])
def test_step_lead_is_no_goods(item):
    holds(f"If your order reaches you damaged:\n  • {item}\n", {"fault.window.days": 3, "fault.window.starts": "DELIVERY"})


@pytest.mark.parametrize("item", [
    "Live Plants: You have to contact us no later than 3 days after your delivery arrives.",
    "Glass Ornaments: You have to contact us no later than 3 days after your delivery arrives.",
    "Frozen food: you have to contact us no later than 3 days after your delivery arrives.",
    "Furniture deliveries: you have to contact us no later than 3 days after your delivery arrives.",
    "Handmade ceramics: you have to contact us no later than 3 days after your delivery arrives.",
    "Quick-release buckles: you have to contact us no later than 3 days after your delivery arrives.",
    "Fast chargers: you have to contact us no later than 3 days after your delivery arrives.",
])
def test_goods_lead_still_scopes(item):
    assert "fault.window.days" not in placed(f"If your order reaches you damaged:\n  • {item}\n")


# --- goods "sent in error", a size or colour wrong "because of a mistake of ours": the shop sent the wrong goods -----

@pytest.mark.parametrize("text", [
    "We refund the shipping too when we find the product defective or sent in error.",
    "If an item was sent in error, we pay the return shipping.",
    "Items dispatched to you by mistake can be returned at our cost.",
    "If the goods were shipped in error, we will send the right ones.",
    "We pay the return postage for the wrong size because of a mistake of ours.",
    "If we sent the wrong colour due to an error on our part, we replace it.",
])
def test_sent_in_error(text):
    assert "WRONG_ITEM" in placed(text).get("fault.reasons", set())


@pytest.mark.parametrize("text", [
    "If you ordered the wrong size, you pay the return shipping.",
    "Items sent to a wrong address in error are not refunded.",
    "Money sent in error is returned to your card.",
    "Payments sent in error to our account will be refunded.",
    "Wrong size? You can exchange it, but you pay the postage.",
    "If the size is wrong for you, you may exchange it within 30 days.",
])
def test_sent_in_error_near_misses(text):
    assert "WRONG_ITEM" not in placed(text).get("fault.reasons", set())


# --- the steps under "If we send you the wrong product:" are for the fault their introduction names, not the heading's

@pytest.mark.parametrize("text,reasons", [
    ("Damaged Goods\n\nIf we send you the wrong product by mistake:\n  1. Phone us.\n  2. We send you the right product.\n", {"WRONG_ITEM"}),
    ("Defective or Damaged Product\n\nIf you think your product is defective:\n  - Don't install it.\n  - Contact us straight away.\n", {"DEFECTIVE"}),
    ("Damaged or Faulty Items\n\nIf a part is missing from your order:\n  - Email us.\n  - We post the missing part to you.\n", {"INCOMPLETE"}),
    ("Problems With Your Order\n\nIf your parcel arrives damaged:\n  - Take photos.\n  - Contact us within 2 days.\n", {"DAMAGED"}),
    ("Faulty or Wrong Goods\n\nIf you received an item you did not order:\n  - Email us.\n  - We send a return label.\n", {"WRONG_ITEM"}),
])
def test_reasons_from_the_introduction(text, reasons):
    assert placed(text).get("fault.reasons") == reasons


@pytest.mark.parametrize("text,reasons", [
    # the line names its own fault: its own words win over the introduction's
    ("Damaged Goods\n\nIf something is wrong with your order:\n  - Faulty items: contact us within 7 days.\n", {"DEFECTIVE"}),
    ("Damaged or Defective Items\n\nWhat to do:\n  - Contact us within 3 days.\n", {"DAMAGED", "DEFECTIVE"}),
    ("Faulty Goods\n\nPlease follow these steps:\n  - Email us with your order number.\n", {"DEFECTIVE"}),
    ("Damaged Items\n\nWe are sorry if this happens:\n  - Contact us within 3 days.\n", {"DAMAGED"}),
    ("Wrong Items\n\nHere is how it works:\n  - Contact us within 3 days.\n", {"WRONG_ITEM"}),
])
def test_reasons_from_the_heading_when_the_introduction_names_none(text, reasons):
    assert placed(text).get("fault.reasons") == reasons


# --- the unwanted return and the faulty one under one deadline: the return window, no fault window or remedy --------

@pytest.mark.parametrize("text", [
    "If your skateboard doesn't satisfy you, or the item you received is defective or damaged, please send us a refund request no later than 14 days after you receive it.",
    "If you are not happy with your order, or it arrived damaged, contact us within 30 days of delivery for a refund.",
    "If you change your mind, or the product is faulty, you can return it within 14 days for a refund.",
    "If the jacket does not suit you, or it is defective, send it back within 30 days of delivery and we refund you.",
    "If you're dissatisfied with your purchase, or it reached you damaged, you may return it within 21 days for a refund.",
])
def test_one_deadline_for_unwanted_and_faulty(text):
    drafted = placed(text)
    assert "fault.window.days" not in drafted and "fault.remedies" not in drafted, drafted


@pytest.mark.parametrize("text,expected", [
    ("If the item you received is defective, please send us a refund request no later than 14 days after you receive it.",
     {"fault.window.days": 14, "fault.remedies": {"REFUND"}}),
    ("If your order arrives damaged, contact us within 3 days of delivery.", {"fault.window.days": 3}),
    ("If you're not satisfied with the replacement we sent for your damaged item, contact us within 7 days.", {"fault.window.days": 7}),
    ("If your order arrives damaged, we refund you in full.", {"fault.remedies": {"REFUND"}}),
    ("If a product is faulty, tell us within 5 days of delivery and we will refund you.", {"fault.window.days": 5, "fault.remedies": {"REFUND"}}),
])
def test_fault_deadline_of_its_own(text, expected):
    holds(text, expected)


# --- a shipping refund named by its service ("we refund ground shipping"): the postage paid back, no refund remedy ----

@pytest.mark.parametrize("text", [
    "We refund ground shipping only when our team made the mistake and the order arrived damaged.",
    "We refund standard shipping when an item arrives defective.",
    "We will refund the express delivery charges if your order arrives damaged.",
    "If the wrong item was sent, we refund your expedited shipping.",
    "We refund the original ground shipping when a product reaches you faulty.",
])
def test_shipping_refund_by_service(text):
    assert "fault.remedies" not in placed(text)


@pytest.mark.parametrize("text", [
    "If your order arrives damaged, we refund you in full.",
    "If a product arrives defective, we refund the item and the ground shipping.",
    "If the wrong item was sent, we give you a full refund.",
    "Faulty goods are refunded in full.",
    "If your order reaches you damaged, we will refund your purchase.",
])
def test_goods_refund_still_read(text):
    assert placed(text).get("fault.remedies") == {"REFUND"}


# --- the cases a shop gives no refund or replacement in: a refusal, no fault it answers for --------------------------

@pytest.mark.parametrize("item", [
    "Wrong items, quantity or address were given when ordering",
    "The packaging is damaged but the contents are not affected",
    "The wrong size was picked at checkout",
    "The box arrived dented but the product inside is fine",
    "Items were damaged after delivery",
])
def test_cases_given_no_remedy(item):
    _no_fault(f"We give no refund or replacement in any of these cases:\n- {item}\n")


@pytest.mark.parametrize("text,expected", [
    ("We give a refund or replacement in these cases:\n- The item arrived damaged\n", {"fault.reasons": {"DAMAGED"}}),
    ("No refund is given in these cases unless the item arrived damaged:\n- Opened packs\n", {}),
    ("If your order arrives damaged, we give you a replacement.", {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}}),
    ("We offer a replacement in the following cases:\n- Wrong item sent\n", {"fault.reasons": {"WRONG_ITEM"}}),
    ("A refund is given in these cases:\n- Defective products\n", {"fault.reasons": {"DEFECTIVE"}}),
])
def test_cases_given_a_remedy(text, expected):
    holds(text, expected)


# --- a technical problem with the shop's payments or site, and a fault the maker answers for: no fault of the shop's --

@pytest.mark.parametrize("text", [
    "If a technical problem stops us paying the money back to the source, we will contact you to agree another way.",
    "If a technical issue with our website prevents your return, email us and we will refund you.",
    "A system error with the payment may delay your refund.",
    "When a game has a defect or a component missing, the publisher has to be contacted for replacement parts.",
    "For a faulty appliance, please contact the manufacturer, who will repair or replace it.",
    "If the product has a defect, get in touch with the brand directly for a replacement.",
])
def test_trouble_the_shop_does_not_answer_for(text):
    assert "fault.reasons" not in placed(text)


@pytest.mark.parametrize("text,reasons", [
    ("If your item has a technical fault, contact us within 30 days and we will replace it.", {"DEFECTIVE"}),
    ("If the product has a defect, we contact the manufacturer for you and send a replacement.", {"DEFECTIVE"}),
    ("If your game is missing a component, contact us and we will send the missing part.", {"INCOMPLETE"}),
    ("Products with a hardware fault are replaced free of charge.", {"DEFECTIVE"}),
    ("If your order arrives damaged, contact us and we will refund you.", {"DAMAGED"}),
])
def test_faults_the_shop_answers_for(text, reasons):
    assert placed(text).get("fault.reasons") == reasons


# --- a fault that excepts a fee ("... though if the item was incorrect, we drop the restocking fee"), not the postage --

@pytest.mark.parametrize("text", [
    "Opened cases carry a $15 restocking fee, and you pay the return shipping – though if the item you got was incorrect or damaged, we drop the restocking fee.",
    "You pay the return postage; if the item arrived damaged, we waive the restocking fee.",
    "Customers pay the return shipping, but when the goods were faulty we don't charge the handling fee.",
    "You cover the return shipping, and where we sent the wrong item we refund the restocking fee.",
    "You pay the return shipping; if the product was defective, we remove the processing fee.",
])
def test_fault_excepting_a_fee(text):
    assert "shipping.merchant_at_fault" not in placed(text)


@pytest.mark.parametrize("text,payer", [
    ("If the item arrived damaged, we pay the return shipping and waive the restocking fee.", "MERCHANT"),
    ("If we sent the wrong item, we cover the return postage.", "MERCHANT"),
    ("If you get a plan that doesn't work on your router, you would still pay shipping both ways.", "CUSTOMER"),
    ("If an item is damaged or defective, you will still pay the return shipping.", "CUSTOMER"),
    ("Even when an item arrives faulty, you'd still pay the return postage.", "CUSTOMER"),
])
def test_postage_for_a_fault(text, payer):
    assert placed(text).get("shipping.merchant_at_fault") == {"payer": payer}


# --- "we can swap the units": the faulty unit changed for another of its kind, a replacement --------------------------

@pytest.mark.parametrize("text", [
    "If you get an item that is damaged or defective, we can swap the units.",
    "If your speaker arrives faulty, we swap out the faulty unit free of charge.",
    "If the router is defective, we swap the unit for a new one.",
    "If a unit is defective, we'll swap the unit within 5 days.",
    "If a unit arrives broken, we will swap your unit.",
])
def test_unit_swapped(text):
    assert placed(text).get("fault.remedies") == {"REPLACEMENT"}


@pytest.mark.parametrize("text", [
    "If the router is defective, we swap the unit for a different model.",
    "If the item arrives damaged, we can swap it for another colour.",
    "If the item arrives damaged, we will swap it.",
    "If your item is faulty, you may swap it for another product.",
    "If the unit is defective, we swap the unit for another model of your choice.",
])
def test_swap_for_other_goods(text):
    assert placed(text).get("fault.remedies") == {"EXCHANGE"}


# --- a fault's deadline "at the latest 7 days after", and a claim "void" when late: still the fault's window ---------

@pytest.mark.parametrize("text,days", [
    ("Should a product reach you damaged, tell us by email straight away, and at the latest 7 days after receiving the package.", 7),
    ("If an item arrives defective, let us know at the latest 3 days after delivery.", 3),
    ("Should a product reach the customer defective, the customer must tell Acme Trading by email, at the latest 4 days after receiving the package.", 4),
    ("Damage must be reported by email no later than 48 hours after delivery, or the request is void.", 2),
    ("Faulty goods must be reported within 5 days of delivery, otherwise the claim becomes invalid.", 5),
    ("Missing items must be reported within 3 days of delivery, or your claim will be void.", 3),
])
def test_fault_deadline_phrasings(text, days):
    holds(text, {"fault.window.days": days, "fault.window.starts": "DELIVERY"})


@pytest.mark.parametrize("text", [
    "Damaged items are void of any warranty.",
    "Returns must reach us at the latest 30 days after delivery.",
    "At the latest, your refund is issued 7 days after the return arrives.",
    "Items that are damaged by misuse void the return, so report them within 7 days.",
    "Please return unwanted items at the latest 14 days after delivery.",
])
def test_fault_deadline_near_misses(text):
    assert "fault.window.days" not in placed(text)


# --- every return's refund, its shipping changed for a fault named after "unless": no refund remedy of the fault's ----

@pytest.mark.parametrize("text", [
    "We refund only the cost of the goods, not the original shipping fee, unless you are returning a defective product or a wrong delivery.",
    "Refunds cover the item price only, not the shipping, except when the item arrived damaged.",
    "We refund the goods but not the delivery charge, unless we sent the wrong item.",
    "Only the product price is refunded, not the postage, unless the product is faulty.",
    "We refund your purchase less the shipping, except where the goods reached you broken.",
])
def test_refund_of_every_return_with_a_fault_exception(text):
    assert "fault.remedies" not in placed(text)


@pytest.mark.parametrize("text,remedies", [
    ("Personalised items cannot be refunded unless faulty, in which case we refund you in full.", {"REFUND"}),
    ("If an item arrives damaged we refund the goods and the shipping.", {"REFUND"}),
    ("We do not refund shipping unless the item is defective, in which case we send a replacement.", {"REPLACEMENT"}),
    ("We refund the goods and the shipping when an item arrives faulty.", {"REFUND"}),
    ("Faulty goods are refunded in full, shipping included, unless they were damaged by misuse.", {"REFUND"}),
])
def test_fault_refund_still_read(text, remedies):
    assert placed(text).get("fault.remedies") == remedies

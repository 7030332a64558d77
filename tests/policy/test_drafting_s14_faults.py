"""Session 14, the fault readers mended for precision on test40..43: photos named only in an address, a warranty's
terms, the state a return comes back in, the claim on a fault as the subject of its deadline, the other returns set
apart from a fault claim, and the lines under an introduction that refuses them. Each page sentence stands beside
rewordings a shop might write and near misses that must still be read as before; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


# --- "photo" or "image" in an email or web address asks for no photos -------------------------------------------------

@pytest.mark.parametrize("text", [
    "If you need to make a return because of damage, a defect or the wrong item being sent, please tell us straight away "
    "by email at customerservice@photobookshop.example, giving the reason for the return.",
    "If your order arrives damaged, email support@pictureperfectframes.com within 7 days of delivery.",
    "If an item reaches you broken, write to returns@imageworks.co.uk and we will replace it.",
    "If the wrong item was sent, contact us through www.photoprints.example/help and we will put it right.",
])
def test_photos_in_an_address_are_not_asked_for(text):
    drafted = placed(text)
    assert "fault.photos_min" not in drafted and "fault.photos_of" not in drafted, drafted


@pytest.mark.parametrize("text", [
    "If your order arrives damaged, email support@pictureperfectframes.com with a photo of the damage.",
    "If your item arrives faulty, email us at help@shop.example and attach pictures of the fault.",
    "If an item reaches you broken, send 2 photos of it to returns@imageworks.co.uk.",
])
def test_photos_asked_for_beside_an_address(text):
    drafted = placed(text)
    assert drafted.get("fault.photos_min") in (1, 2) and "ISSUE" in drafted.get("fault.photos_of", set()), drafted


# --- what a warranty gives, under its terms, is not the shop's remedy for goods that arrive faulty ------------------------

@pytest.mark.parametrize("text", [
    "Under the terms of that warranty, Electric Bike Store may replace or repair faulty items where appropriate.",
    "Under the terms of our limited warranty, we may repair or replace defective parts.",
    "Under the terms of the manufacturer's warranty, faulty units are replaced or repaired.",
    "Under the terms of this warranty, a defective frame may be replaced at our discretion.",
])
def test_a_warranty_terms_give_no_fault_remedy(text):
    drafted = placed(text)
    assert "fault.remedies" not in drafted and "resolutions.replacement" not in drafted and "fault.reasons" not in drafted, drafted


@pytest.mark.parametrize("text", [
    "If your bike arrives faulty, we will replace or repair it.",
    "Under the terms of our returns policy, we replace any item that arrives faulty.",
    "If a part arrives defective, we send a replacement free of charge.",
])
def test_the_shops_own_remedy_for_a_fault(text):
    assert "REPLACEMENT" in placed(text).get("fault.remedies", set())


# --- a return that comes back missing parts or damaged: the state it reaches the shop in, no fault --------------------------

@pytest.mark.parametrize("text", [
    "(Note: a return that is missing parts or the original packaging is only eligible for a 50% refund.)",
    "A return that arrives missing parts is only eligible for a partial refund.",
    "Returned items that arrive damaged are refunded at half their price.",
    "Returns that come back incomplete get a reduced refund.",
])
def test_a_return_in_some_state_names_no_fault(text):
    assert "fault.reasons" not in placed(text)


@pytest.mark.parametrize("text,reason", [
    ("If your order is missing parts, contact us within 5 days.", "INCOMPLETE"),
    ("If the item you received is damaged, we will send a replacement.", "DAMAGED"),
    ("Returns for items that arrive missing parts are free, and we send the missing parts.", "INCOMPLETE"),
])
def test_goods_received_in_a_faulty_state(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


# --- "Any damage claim has to be made within 15 days": the claim on the fault is its subject, no goods ----------------------

@pytest.mark.parametrize("text,days", [
    ("Any damage claim has to be made within 15 days of the delivery date.", 15),
    ("Damage claims must be made within 3 days of delivery.", 3),
    ("Any defect report should reach us within 10 days of receiving your order.", 10),
    ("All damage claims must be filed within 7 days of delivery.", 7),
])
def test_a_fault_claims_deadline(text, days):
    drafted = placed(text)
    assert drafted.get("fault.window.days") == days and drafted.get("fault.window.starts") == "DELIVERY", drafted


@pytest.mark.parametrize("text", [
    "Any claim for a lamp damaged in transit must be made within 5 days of delivery.",
    "Any claim for custom furniture damaged in shipping has to be made within 2 days of delivery.",
])
def test_a_claim_for_some_goods_is_no_general_window(text):
    assert "fault.window.days" not in placed(text)


# --- "Items that are not a warranty or damage claim must reach us within 30 days": the other returns, no fault ------------

@pytest.mark.parametrize("text", [
    "Items that are not a warranty or damage claim must reach us within 30 days of the original purchase date.",
    "Returns other than damage claims must be sent back within 30 days of purchase.",
    "Anything that is not a defect claim has to be returned within 14 days of delivery.",
    "Orders that are not a damage or warranty claim must come back within 21 days of purchase.",
])
def test_the_other_returns_set_apart_from_a_fault_claim(text):
    assert "fault.window.days" not in placed(text)


@pytest.mark.parametrize("text,days", [
    ("Damaged items must be reported within 2 days of delivery.", 2),
    ("Damage claims, not other returns, must be made within 5 days of delivery.", 5),
    ("If your order arrives damaged, and it is not a gift, tell us within 5 days of delivery.", 5),
])
def test_a_fault_window_beside_a_negation(text, days):
    assert placed(text).get("fault.window.days") == days


# --- lines under an introduction that refuses what it lists: states refused, no fault of the shop's ------------------------

@pytest.mark.parametrize("text", [
    "We give no refunds or exchanges for:\n- Products whose packaging is damaged (for example torn open)\n"
    "- Products not sent back complete (with pieces missing)",
    "We do not accept returns of:\n- Items with damaged packaging\n- Items not sent back complete (with pieces missing)",
    "We cannot refund:\n- Products damaged after delivery\n- Products returned with parts missing",
    "Refunds are not available for:\n- Goods whose box is damaged\n- Sets not sent back complete",
])
def test_lines_under_a_refusal_name_no_fault(text):
    assert "fault.reasons" not in placed(text)


@pytest.mark.parametrize("text,reason", [
    ("We give refunds for:\n- Items that arrive damaged\n- Items sent with pieces missing", "DAMAGED"),
    ("Please contact us within 3 days if:\n- your item arrives damaged\n- parts are missing from your order", "DAMAGED"),
])
def test_lines_under_a_fault_introduction(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


# --- the fault excepted before the condition it sets aside ("Unless they are defective, items must be unworn") ----------

@pytest.mark.parametrize("text", [
    "Unless they are defective, items must be unworn, unwashed and in their original packaging.",
    "Except where the product arrived damaged, a product you send back has to be new, unused and not altered.",
    "Except for faulty goods, all items must be returned in their original packaging.",
    "Unless the item is damaged, it should be unused and in its original condition.",
    "Other than defective items, returns must be unopened and in resalable condition.",
    "Our return policy:\n\nUnless they are defective, items must be unworn, unwashed and in their original packaging.",
    "Conditions: Except for faulty goods, items must be unused.",
])
def test_condition_waived_for_a_fault_named_first(text):
    assert placed(text).get("fault.waive_condition") is True


@pytest.mark.parametrize("text", [
    "Unless agreed otherwise, items must be unworn and in their original packaging.",
    "Except for sale items, products must be unused and in their original packaging.",
    "Unless they are defective, items cannot be returned after 30 days.",
    "Conditions: Except for sale items, items must be unused.",
])
def test_other_exceptions_first_waive_no_condition(text):
    assert "fault.waive_condition" not in placed(text)

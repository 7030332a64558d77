"""Session 13, the fault readers mended for precision: sentences that name a fault, a remedy or photos without
stating what the shop does about goods that reach the customer faulty, each beside near misses that do state it.
Every sentence is written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds, placed


def _remedies(text: str) -> set:
    return placed(text).get("fault.remedies", set())


# --- a remedy refused once a deadline has passed, or set aside by a comparison, is not offered ------------------------

@pytest.mark.parametrize("text,refused", [
    ("If your item arrives faulty, contact us within 7 days of delivery; after that it can no longer be replaced.", "REPLACEMENT"),
    ("If the wrong item reaches you, tell us within 14 days of delivery; past that date it can no longer be swapped.", "EXCHANGE"),
    ("If your lamp arrives defective, we offer a replacement part, which is much easier than a whole exchange.", "EXCHANGE"),
    ("If your table arrives damaged, we send the damaged leg on its own, which is quicker than a full replacement or an exchange.",
     "REPLACEMENT"),
    ("If a kettle arrives faulty, we offer a repair, which is faster than a refund.", "REFUND"),
])
def test_remedy_no_longer_offered_or_compared_against(text, refused):
    assert refused not in _remedies(text)


@pytest.mark.parametrize("text,offered", [
    ("If a faulty item is reported within 5 days of delivery, we will exchange it.", "EXCHANGE"),
    ("If your goods arrive damaged, we will exchange them within 10 days of delivery.", "EXCHANGE"),
    ("If a lamp arrives defective, we will replace it.", "REPLACEMENT"),
    ("If your item arrives faulty, we offer an exchange, which is the quickest way to put it right.", "EXCHANGE"),
    ("If your order is damaged, we send a replacement, and we find that better than a long wait.", "REPLACEMENT"),
])
def test_remedy_offered_beside_a_deadline_or_comparison(text, offered):
    assert offered in _remedies(text)


# --- photos advised, or asked for only at times: requested, not a condition of every claim ----------------------------

@pytest.mark.parametrize("text", [
    "If your parcel arrives damaged, we strongly recommend recording the damage in photos.",
    "We advise taking photos of any defect before you contact us about a faulty item.",
    "If an item arrives broken, we suggest you take a picture of it.",
    "For damaged goods we may or may not ask for photos of the damage.",
    "If your order is defective, we encourage you to send us pictures of the fault.",
])
def test_photos_advised(text):
    drafted = placed(text)
    assert drafted.get("fault.photos_requested") is True and "fault.photos_min" not in drafted, drafted


@pytest.mark.parametrize("text", [
    "If your parcel arrives damaged, send us photos of the damage.",
    "For a defective item, email us a photo of the defect within 3 days of delivery.",
    "If an item arrives broken, you must send us a picture of it.",
    "Damaged goods: we ask for photos of the damage before we replace them.",
    "If your order is faulty, please attach pictures of the fault to your email.",
])
def test_photos_required(text):
    holds(text, {"fault.photos_min": 1, "fault.photos_requested": None})


def _no_fault(text: str) -> None:
    drafted = placed(text)
    assert not any(path.startswith("fault.") for path in drafted), drafted


# --- damage the shop says it answers not for: no liability, no responsibility -----------------------------------------

@pytest.mark.parametrize("text", [
    "We accept no liability for damage or defects caused by events beyond our reasonable control.",
    "We take no responsibility for any damage to goods caused by floods, strikes or other events we cannot control.",
    "The shop accepts no liability for delays, or for damaged goods, where the cause is outside its control.",
    "We bear no responsibility for defects caused by power cuts at your home, so please report them to your energy supplier.",
    "The shop holds no liability for any defect caused by a flood after delivery; email us with any other question.",
])
def test_no_liability_for_damage(text):
    _no_fault(text)


@pytest.mark.parametrize("text,reason", [
    ("We accept liability for goods that arrive faulty and refund them.", "DEFECTIVE"),
    ("If your item arrives damaged, we take full responsibility and replace it.", "DAMAGED"),
    ("If your order arrives damaged, email us; we take responsibility for the return postage.", "DAMAGED"),
    ("We are liable for goods that reach you defective, and we replace them.", "DEFECTIVE"),
    ("Damage in transit is our responsibility: tell us and we send a new one.", "DAMAGED"),
])
def test_liability_taken(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


# --- the shop's inspection of a return for damage or wear: no fault it answers for, no remedy for one -----------------

@pytest.mark.parametrize("text", [
    "When a return arrives, we inspect it for damage or wear. As long as it is unused, we refund the price.",
    "Every returned lamp is checked for defects and signs of use. If it passes, we refund you within 5 days.",
    "Each returned item is inspected for damage; if it is in resaleable condition, we refund it.",
    "We check every return for defects and wear before we refund it.",
    "Our warehouse team inspects each return for damage, and then we refund the full price.",
])
def test_return_inspected_for_damage(text):
    _no_fault(text)


@pytest.mark.parametrize("text,reason", [
    ("Check your parcel for damage when it arrives and tell us within 48 hours if anything is broken.", "DAMAGED"),
    ("If the item is found damaged on arrival, we replace it.", "DAMAGED"),
    ("Please inspect your order for damage as soon as it arrives and email us photos of any damage.", "DAMAGED"),
    ("If you find any damage when you open the box, email us within 2 days.", "DAMAGED"),
    ("If your lamp arrives defective, we test it for faults and send you a new one.", "DEFECTIVE"),
])
def test_goods_checked_on_arrival(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


# --- a return that reaches the shop damaged or incomplete: the state it comes back in, no fault of the shop's ---------

@pytest.mark.parametrize("text", [
    "If a returned item reaches us damaged, a 20% fee is taken off the refund.",
    "If the products do not come back complete, we deduct the missing parts from the refund.",
    "Any return that reaches us damaged gets only a partial refund.",
    "If a returned lamp arrives back at us damaged, we deduct a 15% fee.",
    "Where goods did not arrive back complete, the refund is reduced by the parts missing.",
])
def test_return_reaching_the_shop_damaged(text):
    _no_fault(text)


@pytest.mark.parametrize("text,reason", [
    ("If your order reaches you damaged, we replace it.", "DAMAGED"),
    ("If parts are missing when your order reaches you, we send them at no cost.", "INCOMPLETE"),
    ("If your parcel reaches you broken, email us and we will refund you.", "DAMAGED"),
    ("Tell us if an item you ordered arrives damaged, and we will send a new one.", "DAMAGED"),
    ("If the goods we sent you come damaged, contact us within 3 days.", "DAMAGED"),
])
def test_order_reaching_the_customer_damaged(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


# --- every order refused with a fault as the exception: no goods excluded, nothing for a fault to override ------------

@pytest.mark.parametrize("text", [
    "Every completed order is final and cannot be refunded, except when the item arrives damaged.",
    "Every processed order is final, except where the goods arrive defective.",
    "All confirmed purchases are final sale unless they reach you broken.",
    "All paid orders cannot be refunded unless the goods arrive damaged.",
    "Every placed order is final, except when the item reaches you faulty.",
])
def test_every_order_refused_unless_faulty(text):
    assert "fault.overrides_exclusions" not in placed(text)


@pytest.mark.parametrize("text", [
    "Custom orders are final and cannot be refunded, except when the item arrives damaged.",
    "Every sale item is final, except when it arrives damaged.",
    "Engraved mugs are final sale unless they reach you faulty.",
    "Clearance lamps are final, except where they arrive defective.",
    "Opened candles cannot be refunded unless they reach you broken.",
])
def test_some_goods_refused_unless_faulty(text):
    holds(text, {"fault.overrides_exclusions": True})


# --- cover for parcels lost, damaged or stolen: a protection plan, not the shop's terms for faulty goods ---------------

@pytest.mark.parametrize("text", [
    "Our optional cover protects lost, damaged or stolen parcels for a small fee.",
    "Our delivery guarantee covers parcels that are lost, damaged or stolen.",
    "Package protection: lost, stolen, or damaged orders are covered.",
    "Shipping protection pays out when a parcel is lost, damaged, or stolen in transit.",
    "Route protection covers damaged, lost and stolen packages.",
])
def test_protection_for_lost_damaged_or_stolen_parcels(text):
    _no_fault(text)


@pytest.mark.parametrize("text,reason", [
    ("If your lamp is damaged in transit, email us photos and we will send a new one.", "DAMAGED"),
    ("If your order arrives damaged, we replace it free of charge.", "DAMAGED"),
    ("If a parcel arrives damaged or faulty, contact us within 3 days.", "DAMAGED"),
    ("Items that reach you damaged are replaced at our cost.", "DAMAGED"),
    ("If your mug arrives broken, tell us and we refund it.", "DAMAGED"),
])
def test_damage_the_shop_makes_good(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


# --- damage reported to the carrier alone: the customer's claim with the carrier, not a report to the shop -------------

@pytest.mark.parametrize("text", [
    "If the box is damaged when it arrives, refuse it and report it to the delivery company as damaged.",
    "If your parcel arrives crushed or damaged, please notify the courier straight away.",
    "Damaged parcels must be reported to the carrier at the time of delivery.",
    "If the parcel is damaged, please inform the shipping company and keep the box.",
    "If your order arrives damaged, report the damage to the postal service within 24 hours.",
])
def test_damage_reported_to_the_carrier(text):
    _no_fault(text)


@pytest.mark.parametrize("text", [
    "If your parcel arrives damaged, report it to the carrier and email us photos.",
    "If the courier delivers a damaged box, tell us within 2 days.",
    "If the parcel is damaged, note it with the driver and contact us straight away.",
    "If your order arrives damaged, report it to us within 48 hours.",
    "If your parcel arrives damaged, notify the courier and let us know so we can send a new one.",
])
def test_damage_reported_to_the_shop(text):
    assert "DAMAGED" in placed(text).get("fault.reasons", set())


# --- damage the shop says it cannot answer for ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We can't answer for parcels that arrive broken after they leave our warehouse; please contact the carrier.",
    "We will not be accountable for goods damaged once they have been delivered to your porch, so email the courier.",
    "We do not answer for damage to parcels left outside your door; contact us only about other problems.",
    "We cannot answer for defects that appear after you have used the product for a year; please call the maker.",
    "We won't answer for a parcel that arrives damaged after a wrong address was given; contact us about other issues.",
])
def test_damage_not_answered_for(text):
    _no_fault(text)


@pytest.mark.parametrize("text,reason", [
    ("If your parcel arrives damaged, we answer for it and send a new one.", "DAMAGED"),
    ("We are accountable for goods that reach you faulty, and we replace them.", "DEFECTIVE"),
    ("If a parcel arrives broken, email us: we will answer within a day and replace it.", "DAMAGED"),
    ("If your order arrives damaged, we cannot wait to put it right: contact us.", "DAMAGED"),
    ("If your item is faulty, we will not keep you waiting: we replace it at once.", "DEFECTIVE"),
])
def test_damage_answered_for(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


# --- flaws the customer accepts as the goods' nature: no fault the shop answers for ------------------------------------

@pytest.mark.parametrize("text", [
    "By buying our reusable copybooks you accept that the printing can leave small flaws or minor mistakes.",
    "You acknowledge that natural stone can have irregularities and flaws; please email us with any question.",
    "You accept that vintage pieces can have small flaws; contact us if you have questions.",
    "By ordering, you understand that hand-thrown bowls may have tiny defects in the glaze; email us with questions.",
    "You agree that reclaimed wood can show flaws and knots, which we will not replace.",
])
def test_flaws_accepted(text):
    _no_fault(text)


@pytest.mark.parametrize("text,reason", [
    ("If your mug arrives with a flaw, email us and we will replace it.", "DEFECTIVE"),
    ("If you find a defect when the item arrives, you can return it for a refund.", "DEFECTIVE"),
    ("Please accept our apologies if your order arrives faulty: we will replace it at once.", "DEFECTIVE"),
    ("If you receive a faulty item, you understand that we will need photos before we replace it.", "DEFECTIVE"),
    ("If your bowl arrives with a defect in the glaze, you may return it and we will refund you.", "DEFECTIVE"),
])
def test_flaws_reported(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


# --- an exchange for another size beside a fault: the customer's choice, no remedy for the fault (a colour is the fault's:
# test_drafting_s12_fault) -----------------------

@pytest.mark.parametrize("text", [
    "If you want to send something back because it is faulty, or to swap it for another size, read these steps:",
    "If you wish to return a faulty item, or to exchange it for a different size, email us first.",
    "Whether your item is defective or you want to swap it for another size, start with the returns form.",
    "If a shirt arrives damaged, or you want to swap the shirt for another size, contact us.",
    "If your shoes are faulty or you would like to exchange them for a different fit, email us.",
])
def test_exchange_for_a_size_beside_a_fault(text):
    drafted = placed(text)
    assert "EXCHANGE" not in drafted.get("fault.remedies", set()) and drafted.get("resolutions.exchange") != "MERCHANT_AT_FAULT", drafted


@pytest.mark.parametrize("text", [
    "If your toaster is defective, we will exchange it for another model.",
    "If your item arrives faulty, we can swap it for any other product you like.",
    "If your order arrives damaged, you may swap it for another item of the same value.",
    "If the wrong item reaches you, we will exchange it for the one you ordered.",
    "If your jumper arrives damaged, we can swap it for another colour.",
])
def test_exchange_as_the_remedy_of_a_fault(text):
    assert "EXCHANGE" in _remedies(text)


# --- the policy named ("this Refund and Returns Policy") offers no refund ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Damaged or Wrong Items\nIf your item arrived damaged, get in touch within 7 days of delivery.\n"
    "For any question about this Refund and Returns Policy, contact us at help@shop.example.",
    "Faulty Goods\nTell us within 3 days of delivery if your goods arrive faulty.\nOur refund policy is set out below; contact us with any question about it.",
    "Damaged Items\nIf your order arrives damaged, contact us within 2 days.\nPlease read the whole of this refund policy before you contact us.",
    "Wrong Items\nIf we send you the wrong item, tell us within 10 days.\nThis Returns and Refund Policy was last updated in May; contact us about it.",
    "Damaged Items\nIf your order arrives damaged, contact us within 2 days.\nThe full text of our Refunds Policy is below; contact us with questions.",
])
def test_policy_named_offers_no_refund(text):
    assert "REFUND" not in _remedies(text)


@pytest.mark.parametrize("text", [
    "Damaged Items\nIf your order arrives damaged, contact us within 2 days.\nWe will then refund you in full.",
    "Defective Items\nIf your item is defective, email us within 5 days of delivery.\nUnder this policy we refund the price.",
    "Faulty Goods\nTell us within 3 days of delivery if your goods arrive faulty.\nOur team will then refund or replace them.",
    "Wrong Items\nIf we send you the wrong item, tell us within 10 days.\nWe refund you under our Refund Policy.",
    "Damaged or Wrong Items\nIf your item arrived damaged, get in touch within 7 days of delivery.\nWe will refund it, as this Refund Policy says.",
])
def test_refund_offered_beside_the_policy_named(text):
    assert "REFUND" in _remedies(text)


# --- "we can swap the units": a replacement, no exchange (resolutions agrees with the fault reader) --------------------

@pytest.mark.parametrize("text", [
    "If your device is faulty, we will swap the unit, so contact us within 7 days.",
    "If you get an item that is damaged or defective, we can swap the units.",
    "If your printer arrives broken, we will swap the unit within 5 days of your email.",
    "Should your router arrive damaged, we'll swap the unit at our cost.",
    "If a heater stops working in the first week, we can swap your unit.",
])
def test_unit_swapped_is_no_exchange(text):
    drafted = placed(text)
    assert "resolutions.exchange" not in drafted and "REPLACEMENT" in drafted.get("fault.remedies", set()), drafted


@pytest.mark.parametrize("text", [
    "If your item arrives faulty, we can swap it for any other product you like.",
    "If your lamp arrives broken, we can exchange it for a different lamp.",
    "If your order is damaged, we can swap the units for a newer model.",
    "If your router arrives damaged, we can swap it for another router of your choice.",
    "If a heater arrives faulty, we can exchange it for a fan of the same price.",
])
def test_swap_for_other_goods_is_an_exchange(text):
    assert placed(text).get("resolutions.exchange") == "MERCHANT_AT_FAULT"


# --- "you have N days from delivery to make a claim": the fault's deadline, counted from an event named before it ----

@pytest.mark.parametrize("text,days", [
    ("You have 15 days from receiving your order to make a claim with us for damage or defects.", 15),
    ("If your item arrives faulty, you have 10 days from delivery to open a case with our support desk.", 10),
    ("If the wrong item reaches you, you have 5 days after delivery to request a replacement.", 5),
    ("If your parcel arrives damaged, you have 3 days from receiving it to file a complaint with us.", 3),
    ("If your lamp arrives defective, you have 7 days after delivery to raise a claim through our website.", 7),
])
def test_days_from_delivery_to_claim(text, days):
    holds(text, {"fault.window.days": days, "fault.window.starts": "DELIVERY"})


@pytest.mark.parametrize("text", [
    "If you open a shipment and find something damaged, you have 7 days from delivery to ask the carrier to inspect it.",
    "If your parcel arrives damaged, you have 5 days from delivery to file a claim with the courier.",
    "You have 30 days from receiving your order to return it for a refund.",
    "You have 14 days from delivery to change your mind.",
    "If an item is faulty, you have 2 years from purchase under the warranty.",
])
def test_days_for_another_deadline(text):
    assert "fault.window.days" not in placed(text)

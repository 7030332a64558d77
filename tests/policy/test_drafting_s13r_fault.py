"""Session 13 review of the fault readers' mend (commits 3382d95 f5ceac4 1918489 5b6fe81): probes of every new or
narrowed pattern, sentences it is meant to read and near misses it must read otherwise. Every sentence is written
for the review, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


def _fault(text: str) -> dict:
    return {path: value for path, value in placed(text).items() if path.startswith(("fault.", "resolutions."))}


R, D, F = "REPLACEMENT", "DAMAGED", "DEFECTIVE"
REPLACED = {"resolutions.replacement": "MERCHANT_AT_FAULT"}


# --- "no longer": a remedy refused past a deadline, not goods that no longer work ------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("If an item arrives damaged, tell us within 3 days of delivery; after 3 days it can no longer be refunded or replaced.",
     {"fault.reasons": {D}, "fault.window.days": 3, "fault.window.starts": "DELIVERY"}),
    ("If your blender arrives faulty or no longer works we will replace it.",
     {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
    ("If your blender is defective and no longer switches on we will replace it.",
     {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
])
def test_no_longer(text, expected):
    assert _fault(text) == expected


# --- a remedy compared against is not offered; the one compared is -------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("If your order arrives damaged, we will send a replacement, which is faster than a refund.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("If your item arrives faulty, we refund you in full, which is simpler than an exchange.",
     {"fault.reasons": {F}, "fault.remedies": {"REFUND"}}),
    ("If a part arrives broken, we will replace the part, which is cheaper than a new unit, or refund you.",
     {"fault.reasons": {D}, "fault.remedies": {R, "REFUND"}, **REPLACED}),
    ("If your item arrives damaged we offer an exchange or a refund; nothing is better than a happy customer.",
     {"fault.reasons": {D}, "fault.remedies": {"EXCHANGE", "REFUND"}, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("If goods arrive faulty we will replace them, and a replacement is quicker than a refund.",
     {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
])
def test_remedy_compared(text, expected):
    assert _fault(text) == expected


# --- photos advised are requested; advice about something else leaves photos required -------------------------------

@pytest.mark.parametrize("text", [
    "It is recommended that you send photos of any damage when your item arrives broken.",
    "If your parcel arrives damaged, photos of the damage are recommended.",
    "If your goods arrive broken, we advise you to take photos before unpacking further.",
])
def test_photos_advised(text):
    drafted = _fault(text)
    assert drafted.get("fault.photos_requested") is True and "fault.photos_min" not in drafted, drafted


@pytest.mark.parametrize("text", [
    "Please advise us within 48 hours if your item arrives damaged and include photos of the damage.",
    "If your item arrives damaged, you must send photos of the damage; we advise keeping the packaging too.",
    "If an item arrives faulty, send us two photos of the fault; we recommend using daylight.",
    "Photos of the damage are required for damaged items; we suggest you contact us within 2 days.",
    "If an item arrives broken, photos are required; we encourage you to keep the box.",
    "If your order arrives damaged, please send photos of the damage. We suggest packing the item back in its box.",
])
def test_photos_required_beside_other_advice(text):
    drafted = _fault(text)
    assert drafted.get("fault.photos_min") == 1 and "fault.photos_requested" not in drafted, drafted


# --- the shop's inspection of goods for damage ----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Orders are checked for defects before dispatch; if anything still arrives faulty, we will replace it.",
     {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
    ("Every item is inspected for damage before it leaves us, so if your order arrives damaged please email us and we will send a replacement.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("We check every parcel for damage before shipping. If your item arrives damaged, we will refund you in full.",
     {"fault.reasons": {D}, "fault.remedies": {"REFUND"}}),
    ("If your item arrives damaged, we will inspect it for damage and send a replacement.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("Returned items are inspected for wear or damage before a refund is issued.", {}),
    ("Check your parcel for damage when it arrives and tell us within 48 hours if it is damaged; we will replace it.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
])
def test_inspected_for_damage(text, expected):
    assert _fault(text) == expected


# --- damage the shop does not answer for: its own denial, not the customer's -----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We accept no liability for any damage caused by events beyond our control.", {}),
    ("We cannot answer for damage caused after delivery.", {}),
    ("We cannot answer for damage caused by improper use. If your item arrives defective, we will refund you.",
     {"fault.reasons": {F}, "fault.remedies": {"REFUND"}}),
    ("If your item arrives damaged, there is no responsibility on you to pay for the return; we will replace it.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("If an item arrives broken, you bear no responsibility and we will refund you in full.",
     {"fault.reasons": {D}, "fault.remedies": {"REFUND"}}),
])
def test_no_liability(text, expected):
    assert _fault(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("We take no responsibility for damage caused by misuse, but if an item arrives faulty we will replace it.",
                 marks=pytest.mark.xfail(strict=True, reason="the damage caused by misuse, named in the sentence, sets the "
                                         "whole sentence aside, as it did before the mend")),
    "We accept no liability for damage caused by the courier; if your order arrives damaged, contact us and we will send a new one.",
])
def test_no_liability_beside_an_offer(text):
    assert R in _fault(text).get("fault.remedies", set())


# --- a return that reaches the shop damaged ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("If a returned item reaches us damaged, we cannot refund it.", {}),
    ("If the products do not come back complete, we will deduct the missing parts from your refund.", {}),
    ("Should a faulty item get back to us damaged by poor packing, we may reduce the refund.", {}),
    ("If your item reaches you damaged, we will replace it.", {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("If the faulty item reaches us within 14 days, we will refund you in full.",
     {"fault.reasons": {F}, "fault.remedies": {"REFUND"}}),
    ("If your order arrives damaged, send it back; once it reaches us we will send a replacement.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
])
def test_reaches_us_damaged(text, expected):
    assert _fault(text) == expected


# --- lost, damaged or stolen parcels ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("If your parcel is lost, damaged or stolen in transit, our delivery protection covers it.", {}),
    ("If your item arrives damaged, we will replace it; lost or stolen parcels are covered by the carrier.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("If your order arrives damaged we will replace it, and if it is stolen from your doorstep, contact the police.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
])
def test_lost_or_stolen(text, expected):
    assert _fault(text) == expected


# --- damage reported to the carrier: the carrier's alone unless the shop is told or names its remedy -----------------

@pytest.mark.parametrize("text,expected", [
    ("If your item arrives damaged, report it to the delivery company as damaged.", {}),
    ("If your parcel arrives damaged, report it to the courier and email our support team photos; we will send a replacement.",
     {"fault.reasons": {D}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}, "fault.remedies": {R}, **REPLACED}),
    ("If your item arrives damaged, please notify the carrier and let us know within 48 hours; we will replace it.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("If your parcel arrives damaged, inform the courier and our team, and we will send a new one.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("If your item arrives damaged, report it to the carrier; we will then replace it.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
])
def test_reported_to_the_carrier(text, expected):
    assert _fault(text) == expected


# --- flaws the customer accepts as the goods' nature, not a fault the customer reports --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("By ordering you accept that handmade pieces may show small imperfections, which are not defects.", {}),
    ("You agree to tell us about any defects within 7 days of delivery; we will then replace the item.",
     {"fault.reasons": {F}, "fault.window.days": 7, "fault.window.starts": "DELIVERY", "fault.remedies": {R}, **REPLACED}),
    ("You acknowledge that defective items must be reported within 14 days of delivery for a refund.",
     {"fault.reasons": {F}, "fault.window.days": 14, "fault.window.starts": "DELIVERY"}),
    ("You understand that our prints can have slight colour differences; if your print arrives damaged we will replace it.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
])
def test_flaws_accepted(text, expected):
    assert _fault(text) == expected


def test_mistake_of_ours_understood_is_still_replaced():
    assert R in _fault("You understand that if we made a mistake with your order, we will replace it free of charge.")["fault.remedies"]


# --- every order final except when damaged ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Every completed order is final, except when it arrives damaged.", {"fault.reasons": {D}}),
    ("All sale items are final, except when they arrive damaged.", {"fault.overrides_exclusions": True}),
    ("Every order is final and cannot be refunded, except when it arrives damaged, in which case we replace it.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
])
def test_every_order_final(text, expected):
    assert _fault(text) == expected


# --- an exchange for another size beside a fault ----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("If your jacket arrives faulty, we will exchange it for the same size or refund you.",
     {"fault.reasons": {F}, "fault.remedies": {"EXCHANGE", "REFUND"}, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
])
def test_exchanged_for_the_same_size(text, expected):
    assert _fault(text) == expected


def test_replacement_beside_a_size_swap():
    text = "If your shoes arrive damaged we will replace them, or you can swap them for another size within 30 days."
    assert R in _fault(text).get("fault.remedies", set())


# --- "swap the units": a replacement where a fault is named, an exchange where none is --------------------------------

@pytest.mark.parametrize("text,expected", [
    ("If your device is faulty, we can swap the units.", {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
    ("If you change your mind within 30 days, we can swap your unit for another model.", {"resolutions.exchange": "ALWAYS"}),
    ("If you change your mind, we can swap the unit within 30 days.", {"resolutions.exchange": "ALWAYS"}),
])
def test_units_swapped(text, expected):
    assert _fault(text) == expected


# --- the policy's own name is no remedy -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("For any question about this Refund and Returns Policy, contact us.", {}),
    ("If an item arrives faulty, we will resolve it under our refund policy.", {"fault.reasons": {F}}),
    ("Our exchange policy covers faulty goods: if an item arrives faulty, we exchange it.",
     {"fault.reasons": {F}, "fault.remedies": {"EXCHANGE"}, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("If your item arrives damaged, we offer a refund as set out in this Refund and Returns Policy.",
     {"fault.reasons": {D}, "fault.remedies": {"REFUND"}}),
    ("If an item arrives damaged, our refund policy applies and you will receive a full refund.",
     {"fault.reasons": {D}, "fault.remedies": {"REFUND"}}),
])
def test_policy_name(text, expected):
    assert _fault(text) == expected


# --- "you have N days from delivery to make a claim": the fault's deadline, not the carrier's nor the return window ----

W = {"fault.window.starts": "DELIVERY"}


@pytest.mark.parametrize("text,expected", [
    ("If your item arrives damaged, you have 15 days from receiving your order to make a claim.",
     {"fault.reasons": {D}, "fault.window.days": 15, **W}),
    ("Damaged goods: you have 7 days after delivery to send us a complaint.", {"fault.reasons": {D}, "fault.window.days": 7, **W}),
    ("If your item is defective, you have 30 days from the delivery date to contact us.",
     {"fault.reasons": {F}, "fault.window.days": 30, **W}),
    ("If the wrong item arrives, you have 5 business days from delivery to let us know.",
     {"fault.reasons": {"WRONG_ITEM"}, "fault.window.days": 5, "fault.window.unit": "BUSINESS", **W}),
    ("If something arrives broken, you have 48 hours from delivery to report it.", {"fault.reasons": {D}, "fault.window.days": 2, **W}),
    ("If your parcel arrives damaged, you have 7 days from delivery to ask the carrier to inspect it.", {}),
    ("If your parcel arrives damaged, you have 7 days from delivery to file a claim with the courier.", {}),
    ("If your parcel arrives damaged, you have 3 days from delivery to contact the delivery company.", {"fault.reasons": {D}}),
    ("You have 30 days from delivery to return unworn items; damaged items are replaced free of charge.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("If your item arrives faulty, you have 14 days from the date we confirm the fault to send it back.", {"fault.reasons": {F}}),
    ("If your item is faulty, you have two years from purchase to make a warranty claim.", {}),
])
def test_days_from_delivery_to_claim(text, expected):
    assert _fault(text) == expected


def test_case_opened_from_delivery():
    drafted = _fault("If your order arrives faulty, you have 10 days from delivery to open a case with us.")
    assert (drafted.get("fault.window.days"), drafted.get("fault.window.starts")) == (10, "DELIVERY")


@pytest.mark.parametrize("text,days", [
    ("If your order arrives damaged, you have 4 days from delivery to ask for a replacement.", 4),
    ("If the wrong item arrives, you have 6 days after delivery to request an exchange.", 6),
])
def test_days_from_delivery_to_ask_for_a_remedy(text, days):
    assert _fault(text).get("fault.window.days") == days


@pytest.mark.parametrize("text,remedies", [
    ("If your boots arrive faulty we will refund you, or you may exchange them for a different size.", {"REFUND"}),
    ("If a dress arrives damaged, we send a new one; if it does not fit, swap it for another size.", {R}),
    ("If a shirt arrives damaged, or you want to swap the shirt for another size, contact us.", set()),
    ("If your shoes are faulty or you would like to exchange them for a different fit, email us.", set()),
])
def test_remedy_beside_a_size_swap(text, remedies):
    assert _fault(text).get("fault.remedies", set()) == remedies


def test_size_swap_in_a_lists_introduction_leaves_its_items_no_remedy():
    text = ("If you want to send something back because it is faulty, or to swap it for another size, read these points:\n"
            "- Once the first item is back with us, we refund its price to your card.\n- Shipping is paid by the customer.")
    assert "fault.remedies" not in _fault(text)


# --- more: what the shop "cannot answer for", photos asked for at times, every order final, lost or stolen ------------

@pytest.mark.parametrize("text,expected", [
    ("If your order arrives damaged, we can't answer for the courier's delays, but we will replace the item.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("We will not be accountable for damage caused by pets. If an item arrives faulty, we replace it.",
     {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
    ("We may or may not ask for photos of the damage; if your item arrives damaged we will replace it.",
     {"fault.reasons": {D}, "fault.photos_requested": True, "fault.photos_of": {"ISSUE"}, "fault.remedies": {R}, **REPLACED}),
    ("If your parcel arrives damaged, please email us photos. We may or may not need the packaging back.",
     {"fault.reasons": {D}, "fault.photos_min": 1, "fault.photos_of": {"ISSUE"}}),
    ("All orders are final unless they arrive damaged, in which case we will refund you.",
     {"fault.reasons": {D}, "fault.remedies": {"REFUND"}}),
    ("Every purchase is final except faulty items, which we replace.", {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
    ("All clearance items are final unless they arrive faulty.", {"fault.overrides_exclusions": True}),
    ("Every paid order is final, except when it arrives damaged.", {"fault.reasons": {D}}),
    ("If a returned item reaches us used, no refund is given.", {}),
    ("If the item reaches us damaged because of poor packaging, we cannot accept it.", {}),
    ("If your parcel was lost or arrived damaged, we will send a replacement.", {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
])
def test_more_near_misses(text, expected):
    assert _fault(text) == expected


@pytest.mark.xfail(strict=True, reason="'damaged or stolen' is read as a protection plan's lost-or-damaged parcels "
                   "(as 'lost or damaged' was before the mend), though the shop takes the damage report itself")
def test_damaged_or_stolen_reported_to_the_shop():
    text = "If your order arrives and is damaged or stolen from the box, contact us within 2 days."
    assert _fault(text).get("fault.reasons") == {D}


@pytest.mark.xfail(strict=True, reason="advice in the past tense ('we recommended photos in the past') reads as advice now; "
                   "'it is recommended that you send photos' needs the same -ed form")
def test_photos_once_recommended_now_required():
    drafted = _fault("We recommended photos in the past, but now photos of the damage are required for every damaged item.")
    assert drafted.get("fault.photos_min") == 1


# --- more near misses: comparisons, the shop's checks, returns reaching the shop, the policy named, unit swaps ----------

@pytest.mark.parametrize("text,expected", [
    ("If your speaker arrives faulty we will repair it, as that is faster than a refund.", {"fault.reasons": {F}}),
    ("If your item arrives damaged, a refund is often better than a replacement, so we refund you.",
     {"fault.reasons": {D}, "fault.remedies": {"REFUND"}}),
    ("If the goods arrive faulty, we replace them rather than refund them.", {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
    ("Our technicians test every unit for faults before dispatch; faulty units that still reach you are replaced.",
     {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
    ("Every return is inspected for signs of use before we refund it.", {}),
    ("Returns will be checked for damage; damaged returns are refused.", {}),
    ("Our warehouse team inspects each return for wear; if your item arrives faulty we will refund you.",
     {"fault.reasons": {F}, "fault.remedies": {"REFUND"}}),
    ("We pack and check every order for damage. Anything that arrives broken will be replaced.",
     {"fault.reasons": {D}, "fault.remedies": {R}, **REPLACED}),
    ("If your return gets back to us broken, we cannot refund it.", {}),
    ("If a faulty item comes back to us incomplete, we charge for the missing parts.", {}),
    ("Faulty items must reach us within 30 days; we then refund them.", {"fault.reasons": {F}, "fault.remedies": {"REFUND"}}),
    ("If the goods do not arrive complete, tell us within 3 days and we send the missing parts.",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 3}),
    ("For help with our Returns & Exchanges Policy, email us.", {}),
    ("Faulty goods are covered by this refund policy: we refund them in full.", {"fault.reasons": {F}, "fault.remedies": {"REFUND"}}),
    ("If your router is faulty, we can swap your unit for a new one.",
     {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("If your console is defective, we swap out the faulty unit within 5 days.", {"fault.reasons": {F}, "fault.remedies": {R}, **REPLACED}),
])
def test_more_probes(text, expected):
    assert _fault(text) == expected


@pytest.mark.xfail(strict=True, reason="every order refused with damaged items excepted: the exception names goods, and "
                   "neither its reason nor its remedy is read (a miss from before the mend, which only took the override away)")
def test_every_order_final_except_damaged_items_replaced():
    drafted = _fault("All confirmed orders are final, except damaged items, which we replace.")
    assert drafted.get("fault.reasons") == {D} and R in drafted.get("fault.remedies", set())


@pytest.mark.xfail(strict=True, reason="the exclusions reader's fault_override (another area) reads an override in every "
                   "order refused; _EVERY_ORDER holds only for the fault reader's own")
def test_every_placed_order_non_refundable_unless_faulty():
    assert "fault.overrides_exclusions" not in _fault("Every placed order is non-refundable unless it arrives faulty, in which case we refund it.")


@pytest.mark.parametrize("text", [
    "We take no responsibility for goods damaged in transit; please claim from the carrier.",
    "We accept no liability for damage after delivery, but we will help you contact the maker.",
    "The shop accepts no liability for defects caused by floods; email us with any other question.",
])
def test_no_liability_without_an_offer_after_it(text):
    assert "fault.reasons" not in _fault(text) and "fault.remedies" not in _fault(text)

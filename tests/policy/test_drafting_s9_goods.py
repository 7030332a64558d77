"""Precision of the goods rules (round s9, area "goods": exclusions, requirements, instructions): ways of
saying that share words with a condition, a proof of purchase, a packing or insurance tip or an excluded
group but state something else, which must set nothing; and the plain wording next to each, which must still
be read. Every sentence is written for this test, read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import conditions as _conditions, placed, exclusion_labels as _excluded_labels

LISTS = ("exclusions", "requirements.condition")


def _excluded(text: str) -> set:
    return {item["label"] for item in placed(text, LISTS).get("exclusions", ())} if "exclusions" in placed(text, LISTS) else set()


# --- a partial refund's cases: the states listed under "partial refunds" lower the refund, they refuse nothing --

@pytest.mark.parametrize("text", [
    "Partial refunds\n- Boots that come back scuffed, or that are no longer in their original condition.\n- Parcels sent after the window.",
    "Partial refunds are given for:\n- Jackets that are not in original condition or have been worn.\n- Returns that arrive late.",
    "We may offer a partial refund for a lamp that is not in its original condition.",
])
def test_no_condition_from_a_partial_refunds_case(text):
    assert _conditions(text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Refunds\n- Items must be unused and in original condition.", {"UNUSED", "ORIGINAL_CONDITION"}),
    ("Items must be unworn and in their original condition to receive a full refund.", {"NOT_WORN", "ORIGINAL_CONDITION"}),
])
def test_condition_still_read(text, expected):
    assert _conditions(text) == expected


# --- a receipt for the postage (shipping, tracking, courier) proves the parcel was sent, not the purchase ------

@pytest.mark.parametrize("text", [
    "Send us a copy of your postage receipt so we know the parcel is on the move.",
    "Please include a scan of the courier receipt showing the parcel was handed over.",
    "Email us the shipping receipt once the box has gone.",
])
def test_no_proof_of_purchase_from_a_shipping_receipt(text):
    assert "requirements.proof_of_purchase" not in placed(text)


@pytest.mark.parametrize("text", [
    "Send us a copy of your receipt so we can find the order.",
    "Please include the original purchase receipt in the parcel.",
])
def test_proof_of_purchase_still_read(text):
    assert placed(text).get("requirements.proof_of_purchase") is True


# --- insurance left to the customer, or a cost the customer bears: no advice to insure ---------------------

@pytest.mark.parametrize("text", [
    "Insuring the parcel is entirely up to you; we are not liable for lost returns.",
    "Whether you insure your parcel or not is your own choice.",
    "Return postage is paid by you, together with any customs charges and insurance fees.",
    "Return costs are yours, as are duties and insurance.",
])
def test_no_insurance_advice_when_optional_or_a_cost(text):
    assert "instructions.insured_shipping_recommended" not in placed(text)


@pytest.mark.parametrize("text", [
    "Please insure the parcel for its full value.",
    "Return the goods by insured post.",
    "We recommend insuring your return.",
])
def test_insurance_advice_still_read(text):
    assert placed(text).get("instructions.insured_shipping_recommended") is True


# --- "a record that was packed properly": how the goods were packed (a description), no packing advice -------

@pytest.mark.parametrize("text", [
    "A ceramic vase that was packed properly will not crack on the way to you.",
    "Glassware which has been wrapped carefully rarely breaks in transit.",
])
def test_no_packing_advice_from_a_description(text):
    assert "instructions.pack_securely" not in placed(text)


@pytest.mark.parametrize("text", [
    "Please make sure the vase is packed properly before you send it.",
    "Items must be packed carefully for the trip back.",
    "Wrap the glassware carefully.",
])
def test_packing_advice_still_read(text):
    assert placed(text).get("instructions.pack_securely") is True


# --- the shop as the subject of a refusal ("Our outlets do not accept returns of ..."): not goods --------------

@pytest.mark.parametrize("text", [
    "Exclusions:\n- Gift cards\n- Orders paid by voucher go back by post; our outlets do not take returns of them.\n- Our branches do not accept returns of goods paid for in cash.",
    "Non-returnable items:\n- Our shops do not accept returns of goods bought with store points.",
])
def test_no_exclusion_named_by_the_shop_itself(text):
    assert [label for label in _excluded_labels(text) if label != "Gift cards"] == []


def test_goods_as_subject_still_excluded():
    assert _excluded_labels("Our candles cannot be returned.") == ["Candles"]


# --- a deposit kept on some goods is money kept, not the goods refused ------------------------------------

@pytest.mark.parametrize("text", [
    "Deposits paid on special order furniture are not refundable.",
    "Deposits taken for custom orders are not refundable.",
])
def test_no_exclusion_from_a_deposit_kept(text):
    assert _excluded_labels(text) == []


def test_goods_refused_with_their_deposit_still_excluded():
    assert _excluded_labels("Special orders cannot be returned.") == ["Special orders"]


# --- "X are sold as is", "X are all final sale": said of the goods named, no group of its own ---------------

@pytest.mark.parametrize("text,expected", [
    ("Display samples are sold as is and cannot be returned.", ["Display samples"]),
    ("Cushions, throws and vases are all final sale.", ["Cushions", "Throws", "Vases"]),
    ("Ex-demo units are also final sale.", ["Ex-demo units"]),
])
def test_no_extra_group_from_a_state_said_of_named_goods(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Items sold as-is cannot be returned.", ["As-is items"]),
    ("Final sale items cannot be returned.", ["Final sale items"]),
])
def test_as_is_and_final_sale_groups_still_read(text, expected):
    assert _excluded_labels(text) == expected


# --- "of every brand", "of any make": how widely the group reaches, not part of its name ----------------------

@pytest.mark.parametrize("text,expected", [
    ("The following cannot be returned: lamps, chargers of every brand, and cables.", ["Lamps", "Chargers", "Cables"]),
    ("We do not accept returns of batteries of all makes, tyres or rims.", ["Batteries", "Tyres", "Rims"]),
])
def test_group_without_its_reach(text, expected):
    assert _excluded_labels(text) == expected


# --- a kind named by another of its names ("gift certificates", "second-hand"): products tagged so match too ----

def _tags_of(text: str) -> list[list[str]]:
    from plugin.policy.drafting import draft_policy
    from drafting_helpers import RULES_ONLY

    return [setting.value["match"]["tags"] for setting in draft_policy(text, RULES_ONLY).placed if setting.path == "exclusions"]


@pytest.mark.parametrize("text,tag", [
    ("Gift certificates cannot be refunded.", "gift certificate"),
    ("Second-hand bikes are final sale.", "second-hand"),
    ("We do not take back anything second hand.", "second hand"),
])
def test_kind_matched_by_the_name_the_text_uses(text, tag):
    assert any(tag in tags for tags in _tags_of(text))


def test_gift_cards_still_matched_as_gift_cards():
    assert any("gift card" in tags for tags in _tags_of("Gift cards cannot be refunded."))


# --- "flammable liquids or gases" in a longer list: the bare noun after "or" shares the adjective --------------

@pytest.mark.parametrize("text,expected", [
    ("We cannot take back: candles; toxic paints and corrosive acids or bases; rugs.", ["Candles", "Toxic paints", "Corrosive acids or bases", "Rugs"]),
    ("We cannot take back: candles; toxic paints and wax melts or reed diffusers; rugs.", ["Candles", "Toxic paints", "Wax melts", "Reed diffusers", "Rugs"]),
])
def test_shared_adjective_after_or(text, expected):
    assert _excluded_labels(text) == expected


# --- a sentence its colon details ("Goods should come back as new: ...") is no "Goods:" lead naming some goods ---

@pytest.mark.parametrize("text,expected", [
    ("Refunds:\n- Goods should come back as new: original condition, tags on, packaging undamaged.", {"ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING"}),
    ("Exchanges:\n- Anything you return must arrive like new: unworn, tags attached.", {"NOT_WORN", "TAGS_ATTACHED"}),
])
def test_condition_detailed_after_a_colon(text, expected):
    assert _conditions(text) == expected


@pytest.mark.parametrize("text", [
    "Hoodies should come back as new: original condition, tags on.",
    "Tents: must come back with every pole and unused.",
])
def test_condition_for_named_goods_still_scoped(text):
    assert _conditions(text) == set()


# --- the states a refusal lists ("We will not accept a return for anything that: - has been laundered"), and a
# return refused once the item is in a state ("Once a product has been worn, it cannot be refunded") ----------

@pytest.mark.parametrize("text,expected", [
    ("We will not accept a return for anything that:\n- has been laundered\n- has had its labels cut off", {"NOT_WASHED", "TAGS_ATTACHED"}),
    ("Once a product has been worn or washed, it cannot be refunded.", {"NOT_WORN", "NOT_WASHED"}),
    ("If an item has already been used, it can't be returned.", {"UNUSED"}),
    # "for a refund to be given": the purpose of the condition, not where the refund goes
    ("Each parcel has to arrive unused and in its original box for a refund to be given.", {"UNUSED", "ORIGINAL_PACKAGING"}),
])
def test_condition_from_a_state_refused(text, expected):
    assert _conditions(text) == expected


@pytest.mark.parametrize("text", [
    "If it has been used, it can still be returned for store credit.",
    "Once we have shipped the order, it cannot be cancelled.",
    "Your refund will be credited to the card you used.",
])
def test_no_condition_without_a_state_refused(text):
    assert _conditions(text) == set()


# --- the return address given on request: "we'll reply with ... the address to send it to" ---------------------

@pytest.mark.parametrize("text", [
    "Once we have looked at your request, we will email you a label and the address to ship the parcel to.",
    "Our team will reply with a return number, plus our returns address.",
    "Message us first for an RMA and the address for returns.",
    "Within two days we will reply with:\n- a return number\n- the address to post it to",
])
def test_address_given_on_request(text):
    assert placed(text).get("instructions.address_on_request") is True


@pytest.mark.parametrize("text", [
    "We will send the replacement to the address you gave at checkout.",
    "Please give us your address so we can send a label.",
    "Our returns address is 5 Mill Lane, Leeds.",
])
def test_no_address_on_request_when_the_address_is_a_destination_or_given(text):
    assert "instructions.address_on_request" not in placed(text)


# --- the reason named by the act ("your reason for sending them back"); the ship-by deadline counted from the
# return's number ("within 5 days of getting your RMA") -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Write to us with the order number and your reason for sending the goods back.",
    "Tell us the reason for returning it when you fill in the form.",
])
def test_reason_named_by_the_act(text):
    assert placed(text).get("requirements.reason_required") is True


def test_no_reason_when_none_is_asked():
    assert "requirements.reason_required" not in placed("You don't need to give a reason for sending it back.")


@pytest.mark.parametrize("text,days", [
    ("Box up the item and send it to our warehouse within 5 days of getting your RMA.", 5),
    ("Please ship it within 10 days of receiving the return number.", 10),
])
def test_ship_by_counted_from_the_return_number(text, days):
    assert placed(text).get("instructions.ship_within_days") == days


def test_no_ship_by_from_the_delivery():
    assert "instructions.ship_within_days" not in placed("Send it back within 14 days of getting your order.")

"""Session 14, how a return is asked for and sent: each reading mended beside near misses of the same shape. Every
sentence is written for the test, not taken from a shop's page; the rules alone are read unless the learned reader's
guess is what is mended."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.drafting import draft_policy


def setting(text: str, path: str):
    return placed(text).get(path)


def drafted(text: str, path: str):
    """The setting as the full drafter (rules and the shipped learned reader) places it."""
    return next((p.value for p in draft_policy(text).placed if p.path == path), None)


# --- the goods' packing told as a fact: "Goods are packed securely to travel safely" ------------------------------------

@pytest.mark.parametrize("text", [
    "Goods are packed securely to travel safely.",
    "Items are carefully packed so they reach you in one piece.",
    "The products are securely wrapped to travel safely.",
    "Orders are packed with care to travel safely.",
    "Parcels are well packed to survive the journey.",
])
def test_the_goods_packing_told_is_no_advice(text):
    assert setting(text, "instructions.pack_securely") is None


@pytest.mark.parametrize("text", [
    "Goods must be packed securely to travel safely.",
    "Items should be carefully packed so they reach us in one piece.",
    "Please make sure items are packed securely before you send them.",
    "Returned goods are to be packed securely.",
    "Pack the goods securely so they travel safely.",
])
def test_packing_asked_of_the_customer_is_advice(text):
    assert setting(text, "instructions.pack_securely") is True


# --- the return's number "so that it can be tracked": the shop follows the return by it --------------------------------

@pytest.mark.parametrize("text", [
    "Please send the item back with its RMA number so it can be tracked.",
    "Please ship it back with your return number so that it can be tracked.",
    "You must return the goods with the RA number so that they can be traced.",
    "Please post the parcel with the order number so it can be traced.",
    "Items should be sent back marked with the RMA number so they can be tracked.",
])
def test_the_returns_number_that_tracks_it_is_no_tracked_service(text):
    assert setting(text, "instructions.tracked_shipping_recommended") is None


@pytest.mark.parametrize("text", [
    "Please send it back by a tracked service so it can be tracked.",
    "Please ship it back with the RMA number, by a service that can be tracked.",
    "Please send it back with its RMA number and keep the tracking number.",
])
def test_a_tracked_service_beside_the_number_is_still_advised(text):
    assert setting(text, "instructions.tracked_shipping_recommended") is True


# --- the learned reader: the shop's own packing, the order's own tracking ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Damaged or faulty items: we pack every order carefully, so goods damaged in transit or faulty items hardly ever happen.",
    "Damaged items: we pack each order carefully, so goods broken in transit hardly ever happen.",
    "Damaged or defective goods: we pack all parcels securely, so transit damage is very rare.",
    "Items damaged in transit: we always pack orders with care, so this rarely happens.",
    "Damaged in transit: we pack every parcel securely, so it hardly ever happens.",
])
def test_the_shops_own_packing_is_no_guessed_advice(text):
    assert drafted(text, "instructions.pack_securely") is None


@pytest.mark.parametrize("text", [
    "Returns: please pack the item carefully so it is not damaged on the way back.",
    "Damaged items: pack the goods securely and send them back to us.",
    "We ask that you pack your return securely, so nothing breaks on the way.",
])
def test_packing_advice_is_still_drafted(text):
    assert drafted(text, "instructions.pack_securely") is True


@pytest.mark.parametrize("text", [
    "Keep your delivery confirmation email and tracking number handy for when you start a return.",
    "Have your shipping confirmation email and tracking number ready when you start a return.",
    "Keep the dispatch confirmation and its tracking number for when you ask for a return.",
])
def test_the_orders_tracking_is_no_guessed_advice(text):
    assert drafted(text, "instructions.tracked_shipping_recommended") is None


@pytest.mark.parametrize("text", [
    "Please keep the tracking number of your return parcel until your refund arrives.",
    "Send your return with a tracked service and keep the tracking number.",
    "We recommend a tracked service for returns; keep your tracking number.",
])
def test_the_returns_tracking_is_still_drafted(text):
    assert drafted(text, "instructions.tracked_shipping_recommended") is True


# --- the go-ahead asked for, in more words ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a desk named in several words: "contact our customer service team for a return authorization"
    "To start a return, please contact our customer service team for a return authorization and instructions.",
    "Please email our customer care team for a return authorization number.",
    "To return an item, call our friendly customer service team for a return authorization number.",
    # the go-ahead named as a return request number
    "Contact us within 7 days of receiving your order and ask for a Return Request Number (RRN).",
    "Send us your order number and ask for a return request number.",
    "Email us to get a return request number before you post anything.",
    # the approval of a return request, with "if", and its instructions further on
    "If your return request is approved and the item needs shipping, you will get an email with shipping instructions and a return shipping label.",
    "Once your return is approved, we will reply within 24-48 hours at the address you gave us, with further instructions.",
    "If your return is approved, we will email you a prepaid label.",
    "Once your return request is approved, our team will get back to you within two working days with the return instructions.",
    # the request named for either of two resolutions
    "We do not accept items sent back without a return or replacement request first.",
    "Parcels sent without an exchange or return request will be refused.",
    "We cannot accept goods returned without a refund or exchange request.",
])
def test_the_go_ahead_comes_first_in_more_words(text):
    assert setting(text, "returns.request_required_before_shipping") is True


@pytest.mark.parametrize("text", [
    # the approval of a return that has arrived: what happens to the money, no go-ahead before sending
    "If your return is approved, your refund will be processed within 5 days.",
    "If your return request is approved after inspection, the refund goes back to your card within 10 days.",
    "Once your return is approved, the money is credited to your original payment method within 14 days.",
    # "if we approve it": the request meant may be one for some goods, named before
    "If we approve it, we'll tell you by email or text and explain how to send the item back.",
    # a team asked for something else
    "Contact our customer service team for a refund.",
    "Contact our customer service team for any questions about returns.",
    "Email our customer care team for a copy of your invoice.",
])
def test_no_go_ahead_asked_for(text):
    assert setting(text, "returns.request_required_before_shipping") is None


# --- the shop's address after "email us at": its dots end no sentence ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Please email us at info@shop.example before returning any merchandise.",
    "Email us at help@shop.co.uk before sending anything back.",
    "Contact us at returns@my-shop.example before you send the item back.",
    "Write to us at care@shop.example.com before returning any item.",
])
def test_an_address_after_email_us_before_sending(text):
    assert placed(text).get("returns.request_via") == "EMAIL"
    assert setting(text, "returns.request_required_before_shipping") is True


@pytest.mark.parametrize("text", [
    "Please email us at info@shop.example with any questions.",
    "Email us at info@shop.example to ask about a product.",
    "Our address is info@shop.example; we answer within a day.",
])
def test_an_address_with_no_return_asks_nothing(text):
    drafted = placed(text)
    assert drafted.get("returns.request_via") is None
    assert drafted.get("returns.request_required_before_shipping") is None


# --- wrapped or packaged with care, told to the customer: "must be sent back to us securely wrapped" --------------------

@pytest.mark.parametrize("text", [
    "The product must also be sent back to us securely wrapped, with the freight prepaid.",
    "Please return the item securely wrapped.",
    "Make sure the goods are properly wrapped before you post them.",
    "Returned goods need to be securely packaged.",
    "Please make sure your return is safely packaged.",
])
def test_wrapped_with_care_is_advised(text):
    assert setting(text, "instructions.pack_securely") is True


@pytest.mark.parametrize("text", [
    # the shop's own wrapping
    "All our jewellery is carefully wrapped in tissue.",
    "Your order will arrive securely wrapped.",
    "Gifts are carefully wrapped at no extra charge.",
    "We send every item securely wrapped.",
    "Please note that gifts are carefully wrapped.",
    # the goods' state, not how to pack them
    "Items must be returned in their carefully wrapped original packaging.",
])
def test_wrapped_told_of_the_shop_or_the_goods_is_no_advice(text):
    assert setting(text, "instructions.pack_securely") is None


# --- insured after an adverb and the packing: "must also be sent back to us securely wrapped, ... and insured" ----------

@pytest.mark.parametrize("text", [
    "The product must also be sent back to us securely wrapped, with the freight prepaid and insured against loss or damage.",
    "Returns must also be shipped back with postage prepaid and fully insured.",
    "Items must then be posted back to us, well packed and insured for their full value.",
    "The parcel must also be returned to us with tracking, packed well and insured.",
])
def test_insured_after_the_packing_is_advised(text):
    assert setting(text, "instructions.insured_shipping_recommended") is True


@pytest.mark.parametrize("text", [
    "Items must also be sent back at your own cost; we are not responsible for insurance claims.",
    "Items must also be shipped back within 30 days, and every order we send is insured.",
    "Returns must also be sent back in the original box; insurance is up to you.",
    "Items must also be sent back by the buyer, who pays for shipping and any insurance he chooses to buy.",
])
def test_insurance_named_but_not_asked(text):
    assert setting(text, "instructions.insured_shipping_recommended") is None

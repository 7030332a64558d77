"""Session 14 review, how a return starts and is sent: probes of the mends in 235ae67, 1e99b25, b75599b and 4dde104.
Each pattern the mends added is probed with rewordings a shop might write (read) and near misses of the same words
(the shop's own packing, the order on its way to the customer, a rule for some goods, a charge, a choice of carrier)
that must not be read. Every sentence is written for the test, not taken from a shop's page; the rules alone are
read unless the learned reader's guess is what is probed."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.drafting import draft_policy

PACK = "instructions.pack_securely"
TRACKED = "instructions.tracked_shipping_recommended"
INSURED = "instructions.insured_shipping_recommended"
ASK_FIRST = "returns.request_required_before_shipping"
VIA = "returns.request_via"


def drafted(text: str, path: str):
    """The setting as the full drafter (rules and the shipped learned reader) places it."""
    return next((p.value for p in draft_policy(text).placed if p.path == path), None)


# --- 235ae67: the goods' packing told as a fact is the shop's; the return's number "so it can be tracked" -------------

@pytest.mark.parametrize("text", [
    "Goods must be packed securely before you send them back.",
    "Returned items need to be packed securely in a sturdy box.",
    "Please ensure the items are securely packed.",
    "Items are your responsibility until they reach us, so pack them carefully.",
])
def test_packing_asked_of_the_customer_is_still_read(text):
    assert placed(text).get(PACK) is True


@pytest.mark.parametrize("text", [
    "All items are packaged carefully in recycled paper.",
    "Products are packed by hand in our studio.",
    "Pieces are carefully wrapped in tissue before dispatch.",
    "Packages are securely packed and shipped within two days.",
    "Each item is carefully wrapped by hand.",
    "Orders are securely packaged and sent with tracking.",
    # (mended: the customer's own order told as packed on its way out is the shop's packing too)
    "Your order is carefully packed and dispatched within 24 hours.",
])
def test_the_shops_packing_told_as_a_fact_is_no_advice(text):
    assert placed(text).get(PACK) is None


@pytest.mark.parametrize("text", [
    # (mended: "are to be" tells the customer, as the 235ae67 message names it)
    "Items are to be carefully wrapped before they are returned.",
    "Returned goods are to be securely packaged in the original box.",
])
def test_goods_that_are_to_be_wrapped_with_care_is_advice(text):
    assert placed(text).get(PACK) is True


@pytest.mark.parametrize("text", [
    "Please send the item back by tracked post so it can be traced.",
    "We recommend a tracked service; include the RMA number so we can find it.",
    "Please use a trackable shipping method and write the RMA number on the box.",
    "We advise you to use a tracked service so that your return can be tracked.",
])
def test_a_tracked_service_asked_is_still_read_beside_the_number(text):
    assert placed(text).get(TRACKED) is True


@pytest.mark.parametrize("text", [
    "Write the RMA number on the parcel so that we can trace it.",
    "Please quote your order number so we can trace your return.",
    "Mark the box with the return number so that the return can be tracked in our warehouse.",
    "Include the RA number so that it can be tracked.",
])
def test_the_returns_number_by_which_it_is_traced_is_no_tracked_service(text):
    assert placed(text).get(TRACKED) is None


@pytest.mark.parametrize("text, path", [
    ("We pack every order carefully, so it arrives safely.", PACK),
    ("Every item we ship is wrapped with care in our studio.", PACK),
    ("Keep your delivery confirmation email and tracking number.", TRACKED),
    ("You will receive a tracking number once your order has shipped.", TRACKED),
])
def test_the_learned_guess_is_not_taken_from_the_shops_packing_or_the_orders_tracking(text, path):
    assert drafted(text, path) is None


@pytest.mark.parametrize("text, path", [
    ("Please pack the item carefully so it is not damaged on its way back.", PACK),
    ("We recommend sending your return by tracked post.", TRACKED),
])
def test_the_full_drafter_still_reads_the_advice(text, path):
    assert drafted(text, path) is True


# --- 1e99b25: the go-ahead before sending, in more words ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Please contact our friendly customer care team for a return authorization before sending anything.",
    "Contact our returns department for an RMA number.",
    "Email our customer service team for a return authorization.",
    "Please ask for a Return Request Number (RRN) before sending your item back.",
    "If your return request is approved, we will email you the shipping instructions and a prepaid label.",
    "If your request is accepted, we will send you a label and instructions for sending it back.",
    "Please write to us at returns@shop.example.com before sending anything back.",
    "Email us at help@my-shop.co.uk prior to returning any item.",
])
def test_the_go_ahead_asked_before_sending_is_read(text):
    assert placed(text).get(ASK_FIRST) is True


@pytest.mark.parametrize("text", [
    "Contact our customer service team for a return authorization if you want to return a sale item.",
    "Contact our team for an RMA number for orders shipped outside the US.",
    "If your return request is approved, your refund will be processed within 5 days.",
    "If your return is approved, the refund goes to your original payment method within 10 days.",
    "Email us at help@shop.example if you have any questions about your order.",
    "Email us at help@shop.example before placing your order to ask about sizing.",
    "You do not need a return request number; just send it back.",
    "If your return request is approved within 14 days of delivery, you will be refunded.",
    "If your exchange request is approved, we will ship the new size to you.",
])
def test_near_misses_of_the_go_ahead_are_not_read(text):
    assert placed(text).get(ASK_FIRST) is None


def test_the_address_written_to_before_sending_gives_the_channel():
    assert placed("Please email us at info@shop.example before returning any merchandise.").get(VIA) == "EMAIL"
    assert placed("Email us at info@shop.example if you have any questions.").get(VIA) is None


@pytest.mark.xfail(strict=True, reason="RRN is read as the go-ahead only beside asking or getting it, not after "
                   "'you need ... before you ship' (the older needed-before pattern names RMA words only)")
def test_a_return_request_number_needed_before_shipping_is_read():
    assert placed("You need a return request number before you ship anything back.").get(ASK_FIRST) is True


@pytest.mark.parametrize("text", [
    # (mended: "No item/parcel will be accepted" is a refusal as "No returns" is)
    "No item will be accepted without a return or exchange request first.",
    "No parcels will be accepted without an approved return request.",
    # (mended: "send us an email" after the sending named is asking, as "email us" is)
    "Before returning anything, send us an email at returns@shop.example.org.",
    "Prior to sending your return, send us an email with your order number.",
])
def test_the_refusal_and_the_asking_in_other_words_are_read(text):
    assert placed(text).get(ASK_FIRST) is True


@pytest.mark.parametrize("text", [
    "After sending your return, send us an email with the tracking number.",
    # (mended: "even without" a request is the request not needed)
    "No items will be accepted after 30 days, even without a return request.",
])
def test_an_email_after_sending_or_a_request_not_needed_is_no_asking_first(text):
    assert placed(text).get(ASK_FIRST) is None


def test_goods_to_be_wrapped_by_the_shop_are_no_advice():
    # (mended: "are to be ... wrapped by our team", the shop's wrapping, as "packed by us" was)
    assert placed("Gifts are to be carefully wrapped by our team before dispatch.").get(PACK) is None


@pytest.mark.parametrize("text", [
    # (mended: a kind of goods or orders leading the sentence keeps the go-ahead theirs, as "Wholesale customers" is)
    "Custom orders cannot be returned without a return or exchange request first.",
    "Custom orders cannot be returned without an RMA number.",
    "For wholesale orders, please email us at trade@shop.example before returning any merchandise.",
    "Orders over $500: email us at sales@shop.example before returning anything.",
    "Wholesale customers must contact our wholesale account team for a return authorization.",
    # (mended: the approval after the goods came, or the reply about the refund, is no go-ahead before sending)
    "If your return request is approved, the refund will be issued and you will receive an email with the label used for our records.",
    "If your return is approved after we inspect the item, we will email you instructions for your refund.",
    "If your return is accepted after inspection, we will send the refund and a label for your next order.",
    "If your return is approved, we will refund the original shipping charge; for exchanges we will send the new item back to you.",
    "If your request for a custom piece is approved, we will send you instructions for payment.",
    # (mended: a question about a go-ahead already given)
    "Contact our customer service team for a return authorization status update.",
    "Your return request number will be emailed to you after we receive the item.",
    "Email us at info@shop.example before the 30 days are up if you want a refund.",
    "You do not need a return or exchange request; just send the item back.",
])
def test_the_go_ahead_for_some_goods_or_after_arrival_is_not_every_returns(text):
    assert placed(text).get(ASK_FIRST) is None


@pytest.mark.parametrize("text", [
    "Once your return request has been approved, we will reply by email within two working days with the address to send it to and instructions.",
    "Please contact our customer service team for an RMA before returning anything.",
    "Items returned without a refund or exchange request will be refused.",
    "We do not accept returns without a return or refund request first.",
])
def test_the_go_ahead_in_more_words_is_still_read(text):
    assert placed(text).get(ASK_FIRST) is True




@pytest.mark.xfail(strict=True, reason="a refusal denied ('will not refuse a parcel sent without ...') still reads the "
                   "refusal (older, as with 'without an RMA number')")
@pytest.mark.parametrize("text", [
    "We will not refuse a parcel sent without a return or exchange request.",
    "No item is refused just because it came without a return request.",
])
def test_a_refusal_denied_is_no_request_required(text):
    assert placed(text).get(ASK_FIRST) is None


# --- b75599b: wrapped or packaged with care, told to the customer -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Items must be returned carefully wrapped.",
    "Please send the goods back securely packaged.",
    "Make sure the items are safely wrapped before posting.",
    "Returns need to be properly packaged to avoid damage in transit.",
    "Ensure that every item is well wrapped.",
])
def test_wrapped_with_care_told_to_the_customer_is_advice(text):
    assert placed(text).get(PACK) is True


@pytest.mark.parametrize("text", [
    "Gifts are carefully wrapped.",
    "We send every item securely wrapped.",
    "Please note that all orders are carefully wrapped.",
    "Items must be returned in their carefully wrapped original packaging.",
    "Please contact us if your order did not arrive properly wrapped.",
    # (mended: the telling word past a colon, a reason, or about the order the customer waits for)
    "Please allow 3 days for your order to be carefully wrapped and shipped.",
    "Please be patient: every piece is carefully wrapped by hand.",
    "You should receive your order securely wrapped within a week.",
    # (mended: the goods packed on their way to the customer, older misreadings of the same class)
    "Please enjoy your purchase, which arrives securely packaged.",
    "Items must be unused and are sent to you carefully packaged.",
    "Make sure to check that your order arrived securely packaged.",
    "Should your item not arrive well packaged, contact us.",
])
def test_the_shops_wrapping_and_the_order_on_its_way_are_no_advice(text):
    assert placed(text).get(PACK) is None


# --- 4dde104: insurance asked after an adverb and the packing -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Items must also be sent back to us securely wrapped, with freight prepaid and insured.",
    "Returns must still be sent with tracking to our address, fully insured.",
    "Returns have to be sent back prepaid, in the original box and insured for their full value.",
    # (mended: the carrier of the customer's choice is no choice about the insurance)
    "The goods must then be shipped back to our warehouse by a carrier of your choice and insured.",
])
def test_insurance_asked_with_the_sending_is_read(text):
    assert placed(text).get(INSURED) is True


@pytest.mark.parametrize("text", [
    "Items must also be sent back within 30 days; any insurance you wish to buy is up to you.",
    "Items must be returned within 14 days; we are not responsible for insurance.",
    "Items must also be sent back unused, and if you wish to add insurance you may.",
    "The item must be returned in its original packaging; shipping insurance fees are not refunded.",
    "Items must also be returned with all tags; insurance charges paid on the original order are not refunded.",
    "Returns must be shipped at your cost; we do not require them to be insured.",
    "Parcels must also be sent back prepaid; uninsured returns are at your own risk.",
    "Items must also be sent back prepaid; the customer chooses to buy insurance or not.",
    # (mended: the insurance within the longer reach, named as a charge the refund keeps)
    "Items must be sent back within 30 days, and the original shipping and insurance are not refunded.",
    "Returns must be sent back within 14 days and insurance fees are non-refundable.",
])
def test_insurance_as_a_charge_or_a_choice_is_no_advice(text):
    assert placed(text).get(INSURED) is None

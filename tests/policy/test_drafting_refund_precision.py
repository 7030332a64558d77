"""Precision of the refund-area rules (round 2, area "p-refund"): sentences that share words with a refund,
return-postage, request, packing or cancellation rule but state something else (a scope of some returns, a
warranty claim, the order's own shipping, help offered, the shop's own packing), which must set nothing; and the
plain wording next to each, which must still be read. Every sentence is written for this test, read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


# --- who pays return postage: for an exchange or store credit chosen instead, or the order's own shipping ---

@pytest.mark.parametrize("text", [
    "If you would rather swap the item for another size, the postage to send it back is on us.",
    "If you choose store credit, return shipping is on us.",
    "When you opt for a voucher, we cover the cost of sending the goods back.",
    "You pay the shipping cost shown at checkout.",
    "We cover shipping costs on your first order.",
    "Customers pay the delivery charge when placing an order.",
])
def test_no_return_payer_for_a_choice_or_the_orders_shipping(text):
    ruled = first_values(text)
    assert "shipping.default.payer" not in ruled and "shipping.merchant_at_fault" not in ruled


@pytest.mark.parametrize("text,payer", [
    ("The cost of sending the item back is on us.", "MERCHANT"),
    ("To post a return back, you pay the postage.", "CUSTOMER"),
])
def test_return_payer_still_read(text, payer):
    assert first_values(text).get("shipping.default.payer") == payer


# --- how the refund is paid: late returns and warranty claims are settled their own way --------------------

@pytest.mark.parametrize("text", [
    "Late returns receive store credit only.",
    "Returns that arrive late are refunded as a gift voucher.",
    "For warranty claims, we replace the product or refund the original payment method.",
    "Goods sent back under our two-year guarantee are refunded to the card you paid with.",
    # the shop picks by the case: no way for every refund
    "We settle it with a refund or a store credit, depending on what went wrong.",
    "Refunds go to your card or to store credit, decided case by case.",
])
def test_no_refund_way_for_late_returns_or_warranty_claims(text):
    assert "refund.method" not in first_values(text)


def test_refund_way_still_read():
    assert first_values("We refund the card you paid with once the parcel is back.").get("refund.method") == "ORIGINAL_PAYMENT"


# --- the order's shipping kept: international or express shipping, or on exchanges only ------------------

@pytest.mark.parametrize("text", [
    "Shipping fees on international orders are non-refundable.",
    "Overseas delivery charges cannot be refunded.",
    "For exchanges, original shipping charges are not refunded.",
    "On exchanges the first delivery fee is kept by us.",
])
def test_no_original_shipping_for_some_orders(text):
    assert "refund.original_shipping" not in first_values(text)


@pytest.mark.parametrize("text", [
    "Original shipping charges are not refunded by us.",
    "What you paid for delivery, including express upgrades, is not refunded.",
])
def test_original_shipping_kept_still_read(text):
    assert first_values(text).get("refund.original_shipping") == "NEVER"


# --- the shop's check: a warranty claim's check is not the one before a refund -------------------------

@pytest.mark.parametrize("text", [
    "Warranty claims are inspected by the manufacturer.",
    "Products returned under guarantee are tested by our technicians.",
])
def test_no_inspection_for_a_warranty_claim(text):
    assert "refund.inspection" not in first_values(text)


def test_inspection_still_read():
    assert first_values("Once your return arrives, we inspect it.").get("refund.inspection") is True


# --- how to ask: help offered in a question, and returns of some goods -----------------------------------

@pytest.mark.parametrize("text", [
    "Need help with your return? Email us at help@example.com.",
    "Got questions about returning something? Drop us a line at hello@example.com.",
    "Not sure if your item can be returned? Send us an email first.",
    "Questions about the return process? Our customer service team is here to help by email.",
])
def test_no_request_way_from_help_offered(text):
    assert "returns.request_via" not in first_values(text)


@pytest.mark.parametrize("text", [
    "Please contact us before sending back any large items.",
    "Before returning a damaged item, email us photos so we can approve the claim.",
    "Please wait for our approval before sending back a faulty product.",
    "Call us before you ship back bulky furniture.",
])
def test_no_request_rule_for_some_goods(text):
    ruled = first_values(text)
    assert "returns.request_via" not in ruled and "returns.request_required_before_shipping" not in ruled


@pytest.mark.parametrize("text,expected", [
    ("Want to return something? Email us at returns@example.com.", {"returns.request_via": "EMAIL"}),
    ("Please contact us before sending anything back.", {"returns.request_required_before_shipping": True}),
])
def test_request_still_read(text, expected):
    ruled = first_values(text)
    assert all(ruled.get(path) == value for path, value in expected.items())


# --- packing: the shop's own packing is no advice to the customer ------------------------------------

@pytest.mark.parametrize("text", [
    "We pack every order securely so it arrives safe.",
    "Our products are packaged carefully in recyclable boxes.",
    "Every order is packed with care in our workshop.",
])
def test_no_packing_advice_from_the_shops_packing(text):
    assert "instructions.pack_securely" not in first_values(text)


@pytest.mark.parametrize("text", [
    "We ask that you pack the item securely.",
    "Returns must be packed securely in a sturdy box.",
])
def test_packing_advice_still_read(text):
    assert first_values(text).get("instructions.pack_securely") is True


# --- cancelling: the refund's time is not the time left to cancel ----------------------------------------

@pytest.mark.parametrize("text", [
    "Cancellation refunds are issued within 48 hours.",
    "If you cancel, your money is credited back within 24 hours.",
])
def test_no_cancellation_window_from_the_refunds_time(text):
    assert "cancellation.window_hours" not in first_values(text)


@pytest.mark.parametrize("text,hours", [
    ("Orders can be cancelled for a full refund within 24 hours.", 24),
    ("You can cancel within 12 hours of ordering.", 12),
])
def test_cancellation_window_still_read(text, hours):
    assert first_values(text).get("cancellation.window_hours") == hours


# --- round 2, second pass: a gift, an exchange under way, a repair's carriage, a fee for named goods
# (a fault's case still says how to ask: test_drafting_classes.test_a_fault_case_still_says_how_to_ask)

@pytest.mark.parametrize("text", [
    "To return an item you received as a gift, email us with the gift receipt.",
    "Before sending back a gift, contact us for an authorisation number.",
])
def test_no_request_way_for_a_gift(text):
    ruled = first_values(text)
    assert "returns.request_via" not in ruled and "returns.request_required_before_shipping" not in ruled


def test_request_way_of_a_wish_still_read():
    assert first_values("If you would like to return an item, email us.").get("returns.request_via") == "EMAIL"


@pytest.mark.parametrize("text", [
    "If you are exchanging for a different size, we pay the postage both ways.",
    "If you're swapping colours, the cost of sending the first one back is on us.",
    "The cost of sending the item to the manufacturer is yours.",
    "You pay to post the unit to our repair centre.",
])
def test_no_return_payer_for_an_exchange_or_a_repair(text):
    ruled = first_values(text)
    assert "shipping.default.payer" not in ruled and "shipping.merchant_at_fault" not in ruled


@pytest.mark.parametrize("text", [
    "A restocking fee of 15% applies to returns of furniture.",
    "We charge a 20% restocking fee on returns of opened software.",
])
def test_no_restocking_fee_for_named_goods(text):
    assert "fees.restocking_percent" not in first_values(text)


@pytest.mark.parametrize("text,percent", [
    ("Every return carries a 10% restocking fee.", "10"),
    ("There is a 20% restocking fee on returns of any product.", "20"),
])
def test_restocking_fee_for_every_return_still_read(text, percent):
    assert first_values(text).get("fees.restocking_percent") == percent


# --- cancelling orders of a kind (subscriptions, pre-orders, made to order), and a warranty claim's reply ---

@pytest.mark.parametrize("text", [
    "To cancel your subscription, email us.",
    "To cancel a pre-order, contact us before it ships.",
    "Made-to-order pieces can be cancelled until production starts.",
])
def test_no_cancellation_terms_for_orders_of_a_kind(text):
    assert not any(path.startswith("cancellation.") for path in first_values(text))


@pytest.mark.parametrize("text,expected", [
    ("Orders can be cancelled until they ship, except custom orders.", {"cancellation.until_shipped": True}),
    ("To cancel your order, email us before it ships.", {"cancellation.until_shipped": True, "cancellation.request_via": "EMAIL"}),
])
def test_cancellation_terms_for_every_order_still_read(text, expected):
    ruled = first_values(text)
    assert all(ruled.get(path) == value for path, value in expected.items())


@pytest.mark.parametrize("text", [
    "We respond to warranty claims within 3 business days.",
    "Claims under the warranty get an answer within 2 working days of reaching us.",
])
def test_no_reply_time_for_a_warranty_claim(text):
    assert "refund.response_business_days" not in first_values(text)


def test_reply_time_to_a_return_still_read():
    assert first_values("We reply within 2 business days of receiving your return.").get("refund.response_business_days") == 2


# --- the shop paying the refund "usually" within a time is its processing, not the bank's arrival time ----

@pytest.mark.parametrize("text,days", [
    ("We check what comes back and usually pay the refund within two weeks.", 14),
    ("We normally issue your refund within 5 days.", 5),
])
def test_the_shops_usual_refund_time_is_processing(text, days):
    ruled = first_values(text)
    assert ruled.get("refund.processing") == {"min_days": 0, "max_days": days, "unit": "CALENDAR"}
    assert "refund.typical_arrival" not in ruled


def test_the_money_reaching_you_is_still_the_arrival_time():
    assert first_values("Refunds usually reach you within 10 days.").get("refund.typical_arrival") == {"min_days": 0, "max_days": 10, "unit": "CALENDAR"}

"""Session 14, windows, money and outcomes: each reading mended beside near misses of the same shape. Every sentence is
written for the test (the first of each list after the page's own wording); the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


def setting(text: str, path: str):
    return placed(text).get(path)


# --- a fee for the orders of one destination or one way of paying, or a second fee on top: no general fee ------------

@pytest.mark.parametrize("text", [
    "For shipping addresses in the US, a $5 restocking fee is charged when the item is in working condition and the return was approved.",
    "There will be a $5.00 restocking fee per item, plus another $5.00 fee if you purchased the product with a credit card.",
    "For delivery addresses in Canada, a $10 restocking fee applies to every return.",
    "A $4 handling fee applies if you paid by PayPal.",
    "Returns paid with a debit card carry a $4 handling fee.",
    "A $15 restocking fee applies, plus a further $10 fee for items without their box.",
])
def test_a_fee_of_some_orders_is_no_flat_fee(text):
    assert setting(text, "fees.flat_fee") is None


@pytest.mark.parametrize("text,fee", [
    ("A $5 restocking fee is charged on every return.", "5"),
    ("A $10 restocking fee applies to all returns, no matter how you paid.", "10"),
    ("Refunds go back to the credit card you paid with, less a $10 restocking fee.", "10"),
])
def test_a_fee_of_every_order_is_the_flat_fee(text, fee):
    assert setting(text, "fees.flat_fee") == fee


def test_a_percent_fee_of_one_way_of_paying_is_no_restocking_percent():
    assert setting("A 3% restocking fee applies if you paid by PayPal.", "fees.restocking_percent") is None
    assert setting("A 15% restocking fee applies to all returns.", "fees.restocking_percent") == "15"


# --- a window counted from the day the order "was originally shipped": the shipment, not the order ---------------------

@pytest.mark.parametrize("text", [
    "We accept returns within 90 days of the date the order was originally shipped.",
    "Returns are accepted within 30 days of the day your order was first shipped.",
    "You may return items within 60 days from the date the order was originally dispatched.",
    "Returns are accepted within 45 days after your order was actually shipped.",
])
def test_a_window_from_the_order_originally_shipped_starts_at_shipment(text):
    assert setting(text, "returns.window.starts") == "SHIPMENT"


@pytest.mark.parametrize("text,starts", [
    ("We accept returns within 90 days of the date the order was originally placed.", "PURCHASE"),
    ("Returns are accepted within 30 days of the date the order was originally delivered.", "DELIVERY"),
    ("Returns are accepted within 30 days of the day your order was first delivered.", "DELIVERY"),
])
def test_a_window_from_the_order_originally_placed_or_delivered_is_not_the_shipment(text, starts):
    assert setting(text, "returns.window.starts") == starts


# --- an email whose news is the parcel's arrival only: no refund confirmation ------------------------------------------

@pytest.mark.parametrize("text", [
    "Refunds:\nWhen your return reaches us, we will email you to say that the returned item has arrived.",
    "Refunds:\nOnce your parcel is back, we'll email you to let you know we've received it.",
    "Refunds:\nWhen the package reaches us we will email you to confirm that your item has arrived.",
    "When your items arrive and meet the return conditions, we email you to confirm we received them and issue your refund within 7 business days.",
])
def test_an_email_that_the_return_arrived_is_no_refund_confirmation(text):
    assert setting(text, "refund.confirmation_email") is None


@pytest.mark.parametrize("text", [
    "Refunds:\nWhen your return arrives, we will email you to say it has arrived and whether your refund is approved.",
    "We will email you to confirm we received your return and that your refund is on its way.",
    "Once your return has been inspected, we will email you to let you know your refund has been processed.",
    "Once your parcel has arrived and the return is processed, we email you about your refund.",
])
def test_an_email_about_the_refund_is_the_refund_confirmation(text):
    assert setting(text, "refund.confirmation_email") is True


# --- the shop issuing the refund "within 7 business days": the refund's time, no return window ------------------------

@pytest.mark.parametrize("text,days", [
    ("When your items arrive and meet the return conditions, we email you to confirm we received them and issue your refund within 7 business days.", 7),
    ("When your items arrive and pass our return checks, we issue your refund within 5 business days.", 5),
    ("If the goods meet our return conditions on arrival, we send your refund within 10 days.", 10),
    ("When your package arrives and meets the return requirements, we'll issue a full refund within 3 working days.", 3),
])
def test_the_shop_issuing_the_refund_within_days_is_no_window(text, days):
    drafted = placed(text)
    assert drafted.get("returns.window.days") is None
    assert drafted["refund.processing"]["max_days"] == days


@pytest.mark.parametrize("text,days", [
    ("When your items arrive and meet the return conditions, you may return them within 7 days.", 7),
    ("Items can be returned within 30 days of delivery, and we issue your refund within 5 days of receiving them.", 30),
    ("You may request a refund within 30 days of delivery.", 30),
])
def test_the_customer_returning_within_days_is_still_the_window(text, days):
    assert setting(text, "returns.window.days") == days


# --- the refused deliveries named beside every return ("returned or refused items"): the fee is every return's ---------

@pytest.mark.parametrize("text,fee", [
    ("Eligible returned or refused items carry a 10% restocking fee, and the buyer pays the return shipping.", "10"),
    ("Refused deliveries or returned orders are charged a 15% restocking fee.", "15"),
    ("Returned or refused items carry a 20% restocking fee.", "20"),
    ("All returned and refused shipments are subject to a 25% restocking fee.", "25"),
])
def test_a_fee_on_returned_or_refused_goods_is_the_restocking_fee(text, fee):
    assert setting(text, "fees.restocking_percent") == fee


@pytest.mark.parametrize("text", [
    "Refused deliveries are charged a 25% restocking fee.",
    "Any order refused upon delivery is charged a 25% restocking fee.",
    "Opened or refused items carry a 20% restocking fee.",
])
def test_a_fee_on_refused_goods_alone_is_no_restocking_fee(text):
    assert setting(text, "fees.restocking_percent") is None


# --- a bare "No exchanges or refunds." after goods named as final: those goods' refusal, no general setting ------------

@pytest.mark.parametrize("text", [
    "All custom, made-to-order and print-on-demand sales are final. NO exchanges or refunds.",
    "Engraved rings are final. No exchanges.",
    "Clearance and custom pieces are final sale. No refunds, no exchanges.",
    "Personalized items are final sale. No exchanges or returns.",
])
def test_a_bare_refusal_after_goods_named_final_is_those_goods(text):
    assert setting(text, "resolutions.exchange") is None


@pytest.mark.parametrize("text", [
    "All sales are final. No exchanges or refunds.",
    "We want you to love your order. No exchanges.",
    "Personalized items are final sale. We do not offer exchanges on any order.",
])
def test_a_refusal_of_every_sale_is_no_exchanges(text):
    assert setting(text, "resolutions.exchange") == "NEVER"

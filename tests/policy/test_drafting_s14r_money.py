"""Session 14 review, windows, money and outcomes: probes of the mend round's patterns (4ed3325 1571fd2 8063a83 bbe0a45
107e583 07e5e27), each rule in other words beside near misses of the same words that must not be read. Every sentence is
written for the test; the rules alone are read. A strict xfail is a misreading found and not yet mended."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


def setting(text: str, path: str):
    return placed(text).get(path)


def _xfail(*values, why: str):
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=why))


# --- 4ed3325: a fee for the orders of one destination or one way of paying, or a second fee on top -------------------

@pytest.mark.parametrize("text", [
    "Orders shipped to addresses outside the EU carry a $10 restocking fee.",
    "If you paid with Klarna, a $5 restocking fee applies.",
    "Purchases made by check incur a $15 restocking fee.",
    "Customers paying via PayPal are charged a $3 restocking fee.",
    "A $5 restocking fee is charged on each return, plus an additional $5 fee for items returned without tags.",
    "For international addresses a $20 restocking fee applies.",
])
def test_a_fee_of_some_orders_in_other_words_is_no_flat_fee(text):
    assert setting(text, "fees.flat_fee") is None


@pytest.mark.parametrize("text,path,fee", [
    # the way of paying a concession: every order still pays the fee
    ("A $5 restocking fee applies to all returns, whether you paid by credit card or PayPal.", "fees.flat_fee", "5"),
    ("A 15% restocking fee applies to all returns, however you paid by card or cash.", "fees.restocking_percent", "15"),
    ("A 10% restocking fee applies to all returns; refunds are issued to the original payment method, even if you paid with PayPal.",
     "fees.restocking_percent", "10"),
    # the addresses in another clause or sentence than the fee
    ("Return shipping is free for addresses in the US; a $5 restocking fee applies to every return.", "fees.flat_fee", "5"),
    ("We ship to addresses in the US only. A $5 restocking fee applies to every return.", "fees.flat_fee", "5"),
    ("A $10 restocking fee applies to every return, and refunds go back to the card you paid with.", "fees.flat_fee", "10"),
])
def test_a_fee_of_every_order_beside_a_way_of_paying_or_an_address_is_read(text, path, fee):
    assert setting(text, path) == fee


@pytest.mark.xfail(strict=True, reason="older than the mend round: 'which is credited to the card you paid by' unplaces the fee")
def test_a_fee_beside_the_card_refunded_is_the_flat_fee():
    assert setting("A $10 restocking fee is deducted from every refund, which is credited to the card you paid by.", "fees.flat_fee") == "10"


# --- 107e583: refused deliveries named beside every return ------------------------------------------------------------

@pytest.mark.parametrize("text,fee", [
    ("Returns and refused packages are subject to a 15% restocking fee.", "15"),
    ("Refused or returned shipments incur a 20% restocking fee.", "20"),
    ("Refused packages and returns carry a 15% restocking fee.", "15"),
    ("All returned and/or refused merchandise is charged a 10% restocking fee.", "10"),
])
def test_returned_or_refused_goods_in_other_words_carry_the_restocking_fee(text, fee):
    assert setting(text, "fees.restocking_percent") == fee


@pytest.mark.parametrize("text", [
    "Returned or refused items that are damaged carry a 20% restocking fee.",
    "Returned or refused international orders carry a 20% restocking fee.",
    "Returned or refused items are not subject to a restocking fee.",
    "Returned items are refunded in full; refused deliveries are charged a 25% restocking fee.",
    "Returned or refused items after 30 days carry a 20% restocking fee.",
    "Refused or returned items that are damaged carry a 20% restocking fee.",
])
def test_returned_or_refused_goods_of_some_kind_or_no_fee_carry_no_restocking_fee(text):
    assert setting(text, "fees.restocking_percent") is None


# --- 8063a83: an email whose news is the parcel's arrival only ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Refunds:\nOnce we get your parcel, we'll email you to let you know that your parcel has reached us.",
    "Refunds:\nWhen your return arrives we will email you to confirm we have received it, then process your refund.",
    "Once received, we email you to say your return has come back to us and issue the refund.",
    "We'll email you to tell you we got your return, and then refund you within 5 days.",
])
def test_an_email_of_the_arrival_in_other_words_is_no_refund_confirmation(text):
    assert setting(text, "refund.confirmation_email") is None


@pytest.mark.parametrize("text", [
    # the refund the news's own subject beside the arrival
    "We will email you to confirm we have received your return and your refund has been processed.",
    "We'll email you to say the item has arrived and your refund is on its way.",
    "Once your return arrives, we will email you to let you know it has arrived and been refunded.",
    "We will email you to confirm we received your return and the refund has been issued.",
    "We will email you to confirm we received your return and when your refund will be issued.",
])
def test_an_email_of_the_arrival_and_the_refund_is_the_refund_confirmation(text):
    assert setting(text, "refund.confirmation_email") is True


# --- bbe0a45: the shop issuing the refund within some days is the refund's time ----------------------------------------

@pytest.mark.parametrize("text", [
    "Once your return arrives, we will issue you a refund within 10 business days.",
    "After inspection we'll then send the refund to your card within 5 days.",
    "When the goods reach us and pass inspection, we complete refunds within 7 days.",
    "When your item arrives back, we will make your refund within 14 days.",
])
def test_the_shop_refunding_within_days_in_other_words_is_no_window(text):
    assert setting(text, "returns.window.days") is None


@pytest.mark.parametrize("text,days", [
    # a refund within days of the customer's purchase or delivery: a guarantee's window
    ("If you are not satisfied, we will issue a full refund within 30 days of purchase.", 30),
    ("Return any unworn item and we will issue a refund within 30 days of purchase.", 30),
    _xfail("Not happy? We will send you a full refund within 60 days of delivery, no questions asked.", 60,
           why="older than the mend round: the refund sent within days of delivery reads as the refund's time"),
    _xfail("We issue refunds within 30 days of delivery for unopened items.", 30,
           why="older than the mend round: the refund issued within days of delivery reads as the refund's time"),
    _xfail("We send return labels within 2 days, and items can be returned within 30 days of delivery.", 30,
           why="older than the mend round: the label's time is read as the window"),
])
def test_a_refund_within_days_of_purchase_or_delivery_is_the_window(text, days):
    assert setting(text, "returns.window.days") == days


# --- 07e5e27: a bare refusal after goods named as final ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Custom orders are final. No returns or exchanges.",
    "Made-to-order pieces are all final. NO EXCHANGES.",
    "Bespoke items are considered final. No exchanges.",
    "Sale items are final sale. No exchanges, no refunds.",
    "Monogrammed towels, engraved jewelry and custom prints are final. No exchanges.",
])
def test_a_bare_refusal_after_goods_named_final_in_other_words_is_those_goods(text):
    assert setting(text, "resolutions.exchange") is None


@pytest.mark.parametrize("text", [
    "All orders are final. No exchanges.",
    "All sales made on this site are final. No exchanges.",
    "All purchases are final. No exchanges or refunds.",
    "All items are final sale. No exchanges.",
    "Every sale in our store is final. No exchanges.",
    "All of our products are final. No exchanges.",
    "Once shipped, all orders are final. No exchanges.",
])
def test_a_bare_refusal_after_every_sale_named_final_is_no_exchanges(text):
    assert setting(text, "resolutions.exchange") == "NEVER"

# --- 1571fd2: an adverb before the shipping keeps the shipment's date ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Returns are accepted within 30 days of the date your items were initially shipped.",
    "Items may be returned within 14 days of the order being originally shipped.",
    "We accept returns within 30 days of the date the products were physically shipped.",
    "You can return it within 30 days from when your order was first dispatched.",
    _xfail("Returns are accepted within 30 days after your package was originally sent.",
           why="older than the mend round: 'sent' is not read as the shipment (it is also the customer's sending back)"),
])
def test_a_window_from_the_goods_first_shipped_starts_at_shipment(text):
    assert setting(text, "returns.window.starts") == "SHIPMENT"


@pytest.mark.parametrize("text,starts", [
    ("Returns are accepted within 30 days of the date your order was initially placed.", "PURCHASE"),
    ("Returns are accepted within 30 days of the order being first delivered.", "DELIVERY"),
    ("Returns are accepted within 30 days of the original order date.", "PURCHASE"),
    ("Returns are accepted within 30 days from the date you first ordered.", "PURCHASE"),
    ("Returns are accepted within 30 days of the date the item was actually received.", "DELIVERY"),
    ("Returns are accepted within 30 days of the date your parcel actually arrived.", "DELIVERY"),
    ("You can return it within 30 days from when you first placed your order.", "PURCHASE"),
    ("You can return it within 30 days from when your order was first delivered.", "DELIVERY"),
])
def test_an_adverb_before_placing_or_delivery_is_not_the_shipment(text, starts):
    assert setting(text, "returns.window.starts") == starts


"""Session 30's rules, each from a miss of the least-mended development pages: a "Shipping Returns" heading names the
topic of the lines below it, not a kind of returns; the exchange named before the return ("you can exchange it, or return
it within 30 days") leaves the window every return's; a purchase that "was delivered" counts from the delivery."""

from __future__ import annotations

import pytest
from drafting_helpers import placed


@pytest.mark.parametrize("heading", ["Shipping Returns", "Postage Returns"])
def test_the_customers_postage_under_a_heading_that_names_the_shipping_of_returns(heading):
    drafted = placed(f"{heading}\nReturn shipping is yours to pay, unless the item was defective.")
    assert drafted["shipping.default.payer"] == "CUSTOMER"
    assert drafted["shipping.merchant_at_fault"] == {"payer": "MERCHANT"}


def test_a_heading_that_names_a_kind_of_returns_still_keeps_its_postage_to_that_kind():
    drafted = placed("In-Store Returns\nReturn shipping is yours to pay.")
    assert "shipping.default.payer" not in drafted


@pytest.mark.parametrize("text, days, starts", [
    ("If the print does not please you, you can exchange it, or return it within 30 days of receiving it.", 30, "DELIVERY"),
    ("Within 14 days from receipt, items can be exchanged, or returned for their full credit.", 14, "DELIVERY"),
    ("You can return it, exchange it, or take store credit, as long as you do so within 10 days of the shipping date.", 10, "SHIPMENT"),
])
def test_an_exchange_named_before_the_return_leaves_the_window_every_returns(text, days, starts):
    drafted = placed(text)
    assert (drafted.get("returns.window.days"), drafted.get("returns.window.starts")) == (days, starts)
    assert drafted["resolutions.exchange"] == "ALWAYS"


def test_a_window_for_exchanges_alone_is_still_no_return_window():
    assert "returns.window.days" not in placed("Items can be exchanged within 10 days of delivery.")


@pytest.mark.parametrize("text, starts", [
    ("A return has to reach us no later than 30 days after your purchase was delivered.", "DELIVERY"),
    ("Once more than 7 days have gone by since your purchase was delivered, no refund is possible.", "DELIVERY"),
    ("Returns are accepted within 30 days after your purchase was shipped.", "SHIPMENT"),
    ("Returns are accepted within 30 days of your purchase.", "PURCHASE"),
])
def test_a_purchase_that_was_delivered_counts_from_the_delivery(text, starts):
    assert placed(text)["returns.window.starts"] == starts

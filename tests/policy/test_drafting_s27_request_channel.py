"""The shop answering by email is not how the customer asks for a return (the customer's own way is still read), and "no cash
refunds" said of a refund that goes back to the card is the original payment. Each sentence is written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


@pytest.mark.parametrize("text", [
    "Returns\n\nTo return an item, fill in this form, and someone will reply to you by email within a few business days.",
    "Returns\n\nTo start a return, use the returns portal on our website. One of our associates will get in touch by email once your request has been reviewed.",
])
def test_the_shop_answering_by_email_is_no_way_to_ask(text):
    assert first_values(text).get("returns.request_via") != "EMAIL", first_values(text)


def test_the_customers_email_is_still_read():
    assert first_values("Returns\n\nTo start a return, email us at help@example.com and we will reply within 2 days.").get("returns.request_via") == "EMAIL"


@pytest.mark.parametrize("text,method", [
    ("We give no cash refunds: a refund always goes back to the form of payment you originally used.", "ORIGINAL_PAYMENT"),
    ("We give no cash refunds.", "STORE_CREDIT"),
])
def test_no_cash_refunds_back_to_the_card_is_the_original_payment(text, method):
    assert first_values(text).get("refund.method") == method

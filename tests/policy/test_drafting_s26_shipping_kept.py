"""The order's shipping kept, said with "no" or as a deduction from the refund, is never refunded: not read as refunded
because the words "shipping fees are refunded" appear in it; free returns denied name no payer. Each sentence is
written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


@pytest.mark.parametrize("text", [
    "No shipping fees are refunded.",
    "- No delivery charge is refunded.",
    "No postage and handling costs will be refunded.",
    "We deduct from the refund the shipping costs we paid on your order.",
])
def test_shipping_kept_said_with_no_or_as_a_deduction(text):
    assert first_values(text).get("refund.original_shipping") == "NEVER"


def test_shipping_refunded_still_read():
    assert first_values("Shipping costs are refunded in full.").get("refund.original_shipping") == "ALWAYS"


@pytest.mark.parametrize("text", [
    "Our low prices do not leave room for free returns.",
    "Returns that do not qualify for a free return:",
])
def test_free_returns_denied_name_no_payer(text):
    assert "shipping.default.payer" not in first_values(text)


def test_free_returns_offered_still_read():
    assert first_values("We offer free returns on every order.").get("shipping.default.payer") == "MERCHANT"

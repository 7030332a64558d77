"""The customer's check of a delivery and an inspection a fee pays for are no check the shop makes before refunding; the
shop's own check is still read. Each sentence is written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


@pytest.mark.parametrize("text", [
    "Returns\n\nPlease understand that products need inspecting when they arrive.",
    "Returns\n\n- Every lamp has to be inspected when it is delivered.",
    "Returns\n\n- When the product arrives, whoever receives it is obliged to inspect it immediately.",
    "Returns\n\nAn approved return may carry a restocking fee of 15%, which covers inspection, repacking and administration.",
    "Returns\n\nReturns of birds carry a fee of $40, which covers caring for, inspecting and rehoming the bird.",
])
def test_a_check_that_is_not_the_shops_before_refunding_is_no_inspection(text):
    assert "refund.inspection" not in first_values(text), first_values(text)


@pytest.mark.parametrize("text", [
    "Returns\n\nEvery return is inspected when it reaches us, and then we refund you.",
    "Returns\n\nOnce we have inspected the item, we refund your card.",
])
def test_the_shops_check_is_still_read(text):
    assert first_values(text).get("refund.inspection") is True

"""A span the shop takes over a return, a refund or an order is no return window: the rules and the learned reader
leave it, and the customer's window beside the same words is still read. Each sentence is written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values

from plugin.policy.drafting import draft_policy


@pytest.mark.parametrize("text", [
    "Returns\n\nOnce the returned item has reached us in good order, we will ship the new size within three working days.",
    "Returns\n\nWe deal with every return as fast as we can, usually within 4 working days.",
    "Returns\n\nIf no replacement is in stock, we give your money back within 10 days.",
    "Returns\n\nThe refund is paid the same day, though your bank may need up to six days to show it in your account.",
])
def test_the_shops_own_time_is_no_window_to_the_rules(text):
    assert "returns.window.days" not in first_values(text), first_values(text)


@pytest.mark.parametrize("text", [
    "Refunds\n\nProcessing a refund can last up to 30 days.",
    "Returns\n\nSending back a parcel is easy.\nWe will refund what you paid within 12 days of getting the item back.",
])
def test_the_shops_own_time_is_no_window_to_the_learned_reader(text):
    draft = draft_policy(text)
    assert not [p for p in draft.placed if p.path.startswith("returns.window")], draft.placed
    assert not [s for u in draft.unplaced for s in u.suggestions for f in s.facts if f.path.startswith("returns.window")]


@pytest.mark.parametrize("text,days", [
    ("We give you a full refund if you return the item within 30 days.", 30),
    ("We will happily give a full refund within 45 days of purchase.", 45),
    ("Every hat we ship can be returned within 14 days.", 14),
])
def test_the_customers_window_is_still_read(text, days):
    assert first_values(text).get("returns.window.days") == days

"""Session 9, round 4, returns windows on unseen pages: ways of saying the rules missed on the dev pages, each
beside a sentence where the legitimate reading must still hold (or must still not fire). Every sentence is written
for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds


# --- an exchange "or a refund" in the same sentence: both remedies of every return, not an exchange-only window ----

@pytest.mark.parametrize("text,expected", [
    ("If the lamp comes back to us within 10 days, we will gladly exchange it or give you a full refund.", 10),
    ("Return the kit within 20 days to swap it for another model or for a refund.", 20),
    # still: an exchange alone in a window is not the return window
    ("You can exchange a lamp within 10 days of delivery.", None),
])
def test_exchange_or_refund_window(text, expected):
    holds(text, {"returns.window.days": expected})


# --- a refund asked for within a time: "as long as you ask within 7 days" -------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("You can get a refund on any rug, provided you ask within 9 days of receiving it.", {"returns.window.days": 9, "returns.window.starts": "DELIVERY"}),
    ("A refund is yours if you request it within 12 days of delivery.", {"returns.window.days": 12, "returns.window.starts": "DELIVERY"}),
    # still: the days a refund takes are not a window
    ("Once you ask, a refund takes 9 days to reach your card.", {"returns.window.days": None}),
])
def test_refund_asked_within(text, expected):
    holds(text, expected)

"""Session 11, the return and fault windows and how a return is started: ways shops phrase a window or the
way to ask that the rules did not read, each beside a near miss they must still leave alone. Every sentence
is written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds


# --- the refund and the exchange as the two outcomes of one return: the window is every return's -------------------

@pytest.mark.parametrize("text,expected", [
    ("Unworn shoes may be refunded or exchanged within 21 days of delivery.",
     {"returns.window.days": 21, "returns.window.starts": "DELIVERY"}),
    ("For 45 days after your parcel arrives you can post things back, to be refunded in full or to exchange them.",
     {"returns.window.days": 45, "returns.window.starts": "DELIVERY"}),
    ("Within 20 days of receiving a lamp you may send it back for an exchange or for a refund of its price.",
     {"returns.window.days": 20, "returns.window.starts": "DELIVERY"}),
    # still: a window for exchanges alone is no setting's
    ("Sale items can be exchanged, not refunded, within 14 days of delivery.", {"returns.window.days": None}),
    ("Cushions can be exchanged within 10 days of delivery.", {"returns.window.days": None}),
])
def test_refund_or_exchange_window(text, expected):
    holds(text, expected)

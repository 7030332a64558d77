"""Session 11, second round on goods that arrive faulty, damaged, wrong or incomplete: ways shops phrase a fault
rule the rules did not read, each beside near misses they must still leave alone. Every sentence is written for
the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds, placed


# --- goods left out of the order named as the fault: "any missing item", "missing pieces" ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("Any damage or missing item must be reported to us within 2 days of delivery.",
     {"fault.reasons": {"DAMAGED", "INCOMPLETE"}, "fault.window.days": 2, "fault.window.starts": "DELIVERY"}),
    ("Missing items must be reported to us within 3 days of delivery.",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 3, "fault.window.starts": "DELIVERY"}),
    ("Please report any missing pieces to us within 5 days of delivery.",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 5, "fault.window.starts": "DELIVERY"}),
    ("Please tell us of any missing parts within 2 days of delivery.",
     {"fault.reasons": {"INCOMPLETE"}, "fault.window.days": 2, "fault.window.starts": "DELIVERY"}),
])
def test_missing_goods_reported(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text", [
    # the state a return comes back in
    "Returns with missing pieces will be refunded in part.",
    "Items returned with missing accessories are refunded less a 10% fee.",
    "Gift sets returned with missing items will not be refunded.",
    "Missing pieces of a puzzle returned to us mean a reduced refund.",
    # the shop's responsibility denied
    "We are not responsible for missing items after delivery.",
    # a parcel gone missing: a lost delivery, the carrier's
    "Missing parcels must be reported to the carrier within 5 days.",
    "If a missing parcel is marked delivered, contact the carrier within 5 days.",
    # orders shipping out: goods on back order, no fault
    "Missing pieces from a back order ship separately when they come into stock.",
    "Any missing parts will be sent on as soon as they are back in stock.",
    # advice before use
    "Please check the box for missing components before you install the product.",
])
def test_missing_goods_near_misses(text):
    drafted = placed(text)
    assert not any(path.startswith("fault.") for path in drafted), drafted

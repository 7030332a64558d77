"""Session 13, the fault readers mended for precision: sentences that name a fault, a remedy or photos without
stating what the shop does about goods that reach the customer faulty, each beside near misses that do state it.
Every sentence is written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds, placed


def _remedies(text: str) -> set:
    return placed(text).get("fault.remedies", set())


# --- a remedy refused once a deadline has passed, or set aside by a comparison, is not offered ------------------------

@pytest.mark.parametrize("text,refused", [
    ("If your item arrives faulty, contact us within 7 days of delivery; after that it can no longer be replaced.", "REPLACEMENT"),
    ("If the wrong item reaches you, tell us within 14 days of delivery; past that date it can no longer be swapped.", "EXCHANGE"),
    ("If your lamp arrives defective, we offer a replacement part, which is much easier than a whole exchange.", "EXCHANGE"),
    ("If your table arrives damaged, we send the damaged leg on its own, which is quicker than a full replacement or an exchange.",
     "REPLACEMENT"),
    ("If a kettle arrives faulty, we offer a repair, which is faster than a refund.", "REFUND"),
])
def test_remedy_no_longer_offered_or_compared_against(text, refused):
    assert refused not in _remedies(text)


@pytest.mark.parametrize("text,offered", [
    ("If a faulty item is reported within 5 days of delivery, we will exchange it.", "EXCHANGE"),
    ("If your goods arrive damaged, we will exchange them within 10 days of delivery.", "EXCHANGE"),
    ("If a lamp arrives defective, we will replace it.", "REPLACEMENT"),
    ("If your item arrives faulty, we offer an exchange, which is the quickest way to put it right.", "EXCHANGE"),
    ("If your order is damaged, we send a replacement, and we find that better than a long wait.", "REPLACEMENT"),
])
def test_remedy_offered_beside_a_deadline_or_comparison(text, offered):
    assert offered in _remedies(text)


# --- photos advised, or asked for only at times: requested, not a condition of every claim ----------------------------

@pytest.mark.parametrize("text", [
    "If your parcel arrives damaged, we strongly recommend recording the damage in photos.",
    "We advise taking photos of any defect before you contact us about a faulty item.",
    "If an item arrives broken, we suggest you take a picture of it.",
    "For damaged goods we may or may not ask for photos of the damage.",
    "If your order is defective, we encourage you to send us pictures of the fault.",
])
def test_photos_advised(text):
    drafted = placed(text)
    assert drafted.get("fault.photos_requested") is True and "fault.photos_min" not in drafted, drafted


@pytest.mark.parametrize("text", [
    "If your parcel arrives damaged, send us photos of the damage.",
    "For a defective item, email us a photo of the defect within 3 days of delivery.",
    "If an item arrives broken, you must send us a picture of it.",
    "Damaged goods: we ask for photos of the damage before we replace them.",
    "If your order is faulty, please attach pictures of the fault to your email.",
])
def test_photos_required(text):
    holds(text, {"fault.photos_min": 1, "fault.photos_requested": None})

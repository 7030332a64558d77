"""Goods rules, round s10 mended (area "mendgoods"): the patterns that keep a group or a refusal out are read
narrowly, so the general rule is read again where they do not apply. Goods excepted from a refusal "exchange only"
are the other goods, not the ones refused; a carrier noun names no goods only alone ("gift packages" do); goods
described by what they hold ("anything containing lithium batteries") are a group. Every sentence is written for
this test, read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import exclusion_labels as _excluded_labels


def test_the_other_goods_exchanged_leave_the_refusal_whole():
    assert _excluded_labels("Pierced earrings are not returnable, and everything else is exchange only.") == ["Jewelry"]


@pytest.mark.parametrize("text,expected", [
    ("We cannot accept returns of gift packages or care packages.", ["Gift packages", "Care packages"]),
    ("We cannot accept returns of consignment items.", ["Consignment items"]),
    ("We cannot accept returns of anything containing lithium batteries.", ["Anything containing lithium batteries"]),
])
def test_goods_named_by_a_carrier_noun_or_their_contents_are_groups(text, expected):
    assert _excluded_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Subscription items (an exchange is the only option).",  # still exchanged: no exclusion
    "We do not accept returns of a package.",  # the parcel alone names no goods
])
def test_goods_still_exchanged_and_a_bare_parcel_stay_out(text):
    assert _excluded_labels(text) == []

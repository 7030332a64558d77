"""Session 16, after test60..63's read: the work charged beside the postage ("shipping, handling or processing fees"),
how much of an item was used ("used, even partly") and whose system it is ("apart from ours") name no goods; and how
long the shop takes over a return it has ("we process the return within 5 business days") and its own dispatch ("we
usually send packages within 2 days of receiving payment") are no return window."""

from __future__ import annotations

from drafting_helpers import exclusion_labels

from plugin.policy.drafting import draft_policy


def test_fees_a_state_and_a_pronoun_name_no_goods():
    assert exclusion_labels("We do not refund shipping, handling or processing fees.") == []
    assert exclusion_labels("Nothing that has been used, even partly, can be returned.") == []
    assert exclusion_labels("Orders bought on a marketplace are returned there, since its system runs apart from ours.") == []


def test_the_time_the_shop_takes_over_a_return_is_no_return_window():
    draft = draft_policy("You can return unused yarn. When our team receives your parcel, we process the return within 5 business days.")
    assert {p.path for p in draft.placed} == {"requirements.condition"}
    assert [u.sentence.text for u in draft.unplaced] == ["When our team receives your parcel, we process the return within 5 business days."]


def test_the_shops_own_dispatch_in_a_returns_paragraph_is_no_return_window():
    draft = draft_policy("We accept a return only if it is sent within 30 days of delivery. "
                         "We usually send packages within 2 days of receiving payment, by UPS or USPS.")
    assert {p.path: p.value for p in draft.placed if p.path.startswith("returns.window")} == {
        "returns.window.days": 30, "returns.window.starts": "DELIVERY"}
    draft = draft_policy("Our returns desk is here to help. We usually send packages within 2 days of receiving payment.")
    assert not [p for p in draft.placed if p.path.startswith("returns.window")]

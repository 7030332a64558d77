"""Damage or parts missing taken off the refund is no fault the shop answers for, and damage refused sets no fault remedy
either, to the rules or the learned reader; a deduction the shop drops for a fault still names the fault. Each sentence is
written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.drafting import draft_policy


@pytest.mark.parametrize("text", [
    "Returns\n\nIf accessories are missing, the value of the missing items is deducted from your refund.",
    "Partial refunds\n\nPartial Refunds: if signs of use show or parts are missing, only a partial refund is given.",
    "Returns\n\nWe may deduct costs from the refund when accessories are missing or the item shows signs of use.",
    "Returns\n\n(Any damage done to a returned bike is taken off the amount we refund.)",
])
def test_what_is_missing_or_damaged_taken_off_the_refund_is_no_fault(text):
    assert "fault.reasons" not in placed(text), placed(text)


def test_a_deduction_dropped_for_a_fault_still_names_it():
    text = "Returns\n\nThe return shipping deduction is dropped ONLY IF we find the return was caused by a manufacturing problem with your product."
    assert placed(text).get("fault.reasons") == {"DEFECTIVE"}


@pytest.mark.parametrize("text", [
    "Damage\n\nFor décor damaged due to environmental factors we give no returns, refunds or free replacements.",
    "Damage\n\nFor lamps damaged by a fall we give no refunds and no replacements.",
])
def test_damage_refused_sets_no_fault_remedy(text):
    draft = draft_policy(text)
    said = [p.path for p in draft.placed] + [f.path for u in draft.unplaced for s in u.suggestions for f in s.facts]
    assert not [path for path in said if path.startswith("fault.") or path == "resolutions.replacement"], said


def test_a_remedy_for_a_fault_is_still_read():
    assert placed("Damage\n\nIf your lamp arrives damaged, we give you a free replacement.").get("fault.remedies") == {"REPLACEMENT"}


def test_a_faulty_item_exchanged_for_a_replacement_is_replaced():
    text = "Faults\n\nDefective merchandise carries no restocking fee, so long as the defective product is exchanged for a replacement."
    assert "EXCHANGE" not in placed(text).get("fault.remedies", set()), placed(text)

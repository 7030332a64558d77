"""Damage or parts missing that a return is refused or charged for is the customer's doing, no fault the shop answers
for: no fault reason from it, by the rules or the learned reader; a fault the shop makes good is still read. Each
sentence is written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.drafting import draft_policy


@pytest.mark.parametrize("text", [
    "If a game gets damaged while it is with you, we cannot take it back.",
    "Parcels that are poorly packed and get damaged on the way back are not our responsibility.",
    "A return may be turned down if the product or its box is damaged.",
    "Where damaged packaging means the item can no longer be sold as new, a restocking fee applies.",
    "If accessories are missing, you will receive a reduced refund.",
    "Take care opening the box, since damaged packaging could count against your return being accepted.",
    "Items that fail our inspection (worn, scratched or damaged) are sent back to you with no refund.",
    "We will not accept merchandise that is damaged or dented.",
    "If a print posted in a plain envelope arrives damaged, no refund or exchange is given.",
])
def test_damage_refused_is_no_fault_reason(text):
    assert "fault.reasons" not in placed(text), placed(text)


@pytest.mark.parametrize("text,reasons", [
    ("If your parcel arrives damaged, we will send a replacement.", {"DAMAGED"}),
    ("Damaged or defective items can be returned for a full refund.", {"DAMAGED", "DEFECTIVE"}),
    ("Returns carry a restocking fee, but if the item was wrong or damaged we waive the fee.", {"DAMAGED", "WRONG_ITEM"}),
    ("If the item was damaged in transit, there is no restocking fee and we pay the postage.", {"DAMAGED"}),
])
def test_a_fault_made_good_is_still_read(text, reasons):
    assert placed(text).get("fault.reasons") == reasons, placed(text)


def test_the_learned_reader_offers_no_fault_reason_for_damage_refused():
    draft = draft_policy("Returns\n\nWe are happy to take back unused goods.\nWe won't take back merchandise that is damaged or scratched.\n")
    offered = [fact for u in draft.unplaced for s in u.suggestions for fact in s.facts]
    assert not [p for p in draft.placed if p.path == "fault.reasons"] and not [f for f in offered if f.path == "fault.reasons"]

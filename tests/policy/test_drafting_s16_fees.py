"""Session 16: a restocking fee on the returns no one is at fault for, however the page names them ("goods that are not
faulty", "items returned that are not exchanged and not damaged", "new and not defective", "change-of-mind returns",
"returned without cause"), is the fee of every return, waived when the shop is at fault; a fee of 0% or of a range has
no one fee to waive."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy


def fees(text: str) -> dict:
    return {p.path: p.value for p in draft_policy(text).placed if p.path.startswith("fees.")}


@pytest.mark.parametrize("text", [
    "Goods that are not faulty carry a 12% restocking fee.",
    "• Products that are not damaged carry a 12% restocking fee.",
    "Returned goods that are not exchanged and not defective carry a 12% restocking fee.",
    "Returns that are new and not faulty are refunded less a 12% restocking fee.",
    "- Every change-of-mind return carries a 12% restocking fee.",
    "A 12% restocking fee applies to any lamps you send back without cause.",
])
def test_a_fee_on_the_returns_no_one_is_at_fault_for_is_every_returns_fee_waived_for_faults(text):
    assert fees(text) == {"fees.restocking_percent": "12", "fees.waived_when_merchant_at_fault": True}


def test_a_fee_of_nothing_or_of_a_range_has_no_one_fee_to_waive():
    assert fees("There is a 0% restocking fee on returned goods that are not being exchanged and are not damaged.") == {
        "fees.restocking_percent": "0"}
    assert fees("Returned goods that are not exchanged and not damaged carry a restocking fee of 10 - 25%.") == {}


def test_a_fee_on_goods_in_a_state_stays_the_merchants_to_place():
    # the state the goods are in, not the fault they lack: some returns only
    assert fees("Items that are not in their original packaging carry a 12% restocking fee.") == {}
    assert fees("Goods returned without their manual carry a 12% restocking fee.") == {}

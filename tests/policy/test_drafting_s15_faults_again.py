"""Session 15: a sentence that only names again a fault an earlier sentence named ("If the item is damaged, send it
back with a fully completed Returns Form", "We cannot refund stock damaged in transit back to us") says something else
of it, which no setting holds: it is listed for the merchant, with the fault kept. A sentence that says its fault's
remedy again is read as before, and the first naming of a fault is no repetition."""

from __future__ import annotations

from plugin.policy.drafting import draft_policy

FIRST = "If your product arrives damaged, tell us within 2 days of delivery."


def _listed(text: str) -> list[str]:
    return [u.sentence.text for u in draft_policy(text).unplaced]


def test_a_sentence_naming_again_a_fault_is_listed():
    again = "If the item is damaged, send it back to us promptly with a fully completed Returns Form."
    draft = draft_policy(f"{FIRST}\n\n{again}")
    assert [u.sentence.text for u in draft.unplaced] == [again]
    assert "again" in draft.unplaced[0].why
    assert {p.value for p in draft.placed if p.path == "fault.reasons"} == {"DAMAGED"}


def test_a_refusal_naming_a_fault_again_is_listed():
    refusal = "We cannot process refunds or exchanges for stock damaged in transit back to us."
    assert _listed(f"Items that arrive damaged or faulty can be returned for a refund.\n\n{refusal}") == [refusal]


def test_a_remedy_said_again_and_a_fault_named_first_are_read_not_listed():
    assert _listed("If an item is faulty, we will replace it.\n\nIf an item is faulty, we will replace it.") == []
    assert _listed(FIRST) == []

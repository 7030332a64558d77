"""Returns taken only for the shop's faults (`returns.only_at_fault`), not returns off: a refusal with a fault
exception, or an acceptance limited to faults; an exchange or a replacement limited to faults is the faults' remedy,
said of returns that stay open; a refusal of some goods, or with a window, leaves the setting alone."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.document import parse_policy
from plugin.policy.drafting import draft_policy


@pytest.mark.parametrize("text", [
    "We only accept returns of damaged or defective items.",
    "Returns are accepted only when the item arrived damaged.",
    "Note: Returns are accepted only for items that arrive damaged, defective or incorrect.",
    "A refund is only given when the product is faulty.",
    "Items are refunded only when they are defective or damaged.",
    "We only take back cosmetics and skin care when the goods are damaged or incorrect.",
    "Only items that are damaged can be returned.",
    "We do not accept returns except when an item reaches you damaged or defective.",
    "Once an order is placed, we are sorry to say we cannot take returns or exchanges, except where we made a mistake or "
    "the product was damaged in shipping.",
    "Returns are accepted only for defective apparel products, and only up to 30 days from the date of purchase.",
    "Buyer's remorse is not covered by our return policy: only defective or damaged items can be returned and refunded.",
    # the cases listed under the sentence, with conditions every return meets beside the faults
    "We accept a return only when:\n- the wrong item was delivered\n- the item arrived damaged",
    "We accept a return only when:\n- the item arrived damaged, defective or incorrect.\n- the product is unused and in its "
    "original packaging.",
    "We take returns only if:\n- the product arrived damaged\n- we sent a different size from the one you ordered",
    # the page `render` writes
    "Shop accepts returns only of items that are damaged or defective, within 30 days of delivery.",
    "We accept returns only of items that are damaged or defective: we can't take back an item returned for any other "
    "reason, such as a change of mind.",
])
def test_returns_taken_only_for_faults(text):
    facts = placed(text)
    assert facts.get("returns.only_at_fault") is True and "returns.enabled" not in facts


@pytest.mark.parametrize("text", [
    "We only accept returns within 30 days.",
    "We only accept returns of unused items.",
    "We only accept returns of sale items when damaged.",
    "Returns are only accepted for items that are unused and in original packaging.",
    "We only replace items that are defective or damaged.",
    "We accept exchanges only for defective items.",
    "We will only refund shipping charges if we have sent the wrong item.",
    "Only unused items can be returned.",
    "Only sale items that are damaged can be returned.",
    # a reason of the customer's among the cases listed
    "We accept a return only when:\n- you changed your mind within 14 days\n- the item arrived damaged",
    "We accept a return only when:\n- you ordered the wrong size\n- the item arrived damaged",
    "We accept a return only when:\n- it is unused\n- it is within 30 days",
])
def test_other_limits_and_the_faults_remedies_leave_returns_open(text):
    facts = placed(text)
    assert "returns.only_at_fault" not in facts and "returns.enabled" not in facts


def test_a_draft_of_returns_only_for_faults_takes_a_damaged_item_back():
    draft = draft_policy("We only accept returns of damaged or defective items. Tell us within 7 days of delivery.")
    policy = parse_policy(draft.document)
    assert policy.returns.enabled and policy.returns.only_at_fault
    assert {"DAMAGED", "DEFECTIVE"} <= set(policy.fault.reasons)
    assert [p.sentence.text for p in draft.placed if p.path == "returns.only_at_fault"] == [
        "We only accept returns of damaged or defective items."]


@pytest.mark.parametrize("text,kept,listed", [
    ("All sales are final. We only accept returns of damaged or defective items.",
     ("returns.enabled", False), "We only accept returns of damaged or defective items."),
    ("We only accept returns of damaged or defective items. All sales are final.",
     ("returns.only_at_fault", True), "All sales are final."),
])
def test_returns_off_and_returns_only_for_faults_are_never_drafted_together(text, kept, listed):
    """Together they would refuse the faults the text takes back: the later sentence goes to the merchant."""
    draft = draft_policy(text)
    placed = {p.path: p.value for p in draft.placed}
    assert kept in placed.items() and not {"returns.enabled", "returns.only_at_fault"} - {kept[0]} & placed.keys()
    assert [u.sentence.text for u in draft.unplaced if "an earlier sentence said" in u.why] == [listed]


def test_a_sentence_read_as_returns_only_for_faults_is_not_also_listed_as_held_by_no_setting():
    assert draft_policy("We only accept returns of damaged items. Returns are accepted within 30 days.").unplaced == ()


def test_a_page_that_refuses_returns_and_says_what_faulty_items_get_takes_returns_only_for_faults():
    text = ("All sales are final.\n\nIf your item arrives damaged, email us within 48 hours of delivery and we will send a "
            "replacement.")
    draft = draft_policy(text)
    assert [p.sentence.text for p in draft.placed if p.path == "returns.only_at_fault"] == [
        "All sales are final.", text.split("\n\n")[1]]
    assert "returns.enabled" not in {p.path for p in draft.placed} and draft.unplaced == ()
    assert parse_policy(draft.document).returns.only_at_fault


@pytest.mark.parametrize("other", [
    "You can return unworn items within 30 days.",  # a return window for every item
    "We are happy to exchange any item for another size.",  # exchanges for any reason
])
def test_a_page_that_also_takes_other_returns_is_not_read_as_returns_only_for_faults(other):
    text = f"All sales are final.\n\nIf your item arrives damaged, email us within 48 hours for a replacement.\n\n{other}"
    assert "returns.only_at_fault" not in {p.path for p in draft_policy(text).placed}

"""Session 15, after the held-out read: a list line's marker ("a)", "b)") is no part of the goods it names; a bare word
before the goods ("Last, custom made and special order items") or "gifts made ..." names no group; goods "exchanged
only for the same item" are refused a return but still exchanged; and the learned reader takes no original-shipping
rule from the shipping of some orders ("Fees for expedited shipping are not refunded"), as the rules do not."""

from __future__ import annotations

from drafting_helpers import exclusion_labels

from plugin.policy.drafting import draft_policy


def test_a_list_lines_letter_is_no_part_of_its_goods():
    text = "The following cannot be returned:\na) Gifts made or personalised especially for you.\nb) Gift cards."
    assert exclusion_labels(text) == ["Gifts made or personalised especially for you", "Gift cards"]


def test_a_bare_word_before_the_goods_names_no_group():
    assert exclusion_labels("Last, custom made and special order items cannot be returned.") == [
        "Personalized or custom-made products", "Special orders"]


def test_goods_exchanged_only_for_the_same_item_are_listed_not_excluded():
    draft = draft_policy("Non-returnable:\n- Opened computer software or DVDs can be exchanged only for the same item.")
    assert [p for p in draft.placed if p.path == "exclusions"] == []
    assert "exchanged" in draft.unplaced[0].why
    # "returned or exchanged only when it is unused": a condition of every return, no exchange-only goods
    placed = {p.path: p.value for p in draft_policy("A product can be returned or exchanged only when it is unused.").placed}
    assert placed.get("resolutions.exchange") == "ALWAYS"


def test_the_shipping_of_some_orders_is_no_original_shipping_rule():
    draft = draft_policy("Returns are accepted within 30 days of delivery.\n\nFees for expedited shipping are not refunded.")
    assert "refund.original_shipping" not in {p.path for p in draft.placed}
    assert [u.sentence.text for u in draft.unplaced] == ["Fees for expedited shipping are not refunded."]

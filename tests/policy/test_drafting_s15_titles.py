"""Session 15: a line of a few words on its own that says no rule ("Return postage", "Shipping & delivery", "Exchange
(if applicable)", "Damaged Merchandise .") is a topic's title the layout did not mark: the learned reader guesses no
setting from it, where a few words that say a rule ("Exchanges accepted", "Free returns") and a list's lines keep their
guesses. And goods sent back to the sender ("Return-to-sender packages") are some orders only."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy

RULE = "We accept returns within 30 days of delivery."


def _placed(text: str) -> dict:
    return {p.path: p.value for p in draft_policy(text).placed if not p.path.startswith("returns.window")}


@pytest.mark.parametrize("title", ["Return postage", "Shipping & delivery", "Exchange (if applicable)", "Damaged Merchandise ."])
def test_a_title_of_a_few_words_sets_nothing(title):
    assert _placed(f"Returns\n\n{title}\n\n{RULE}") == {}


@pytest.mark.parametrize("line,expected", [
    ("Exchanges accepted.", {"resolutions.exchange": "ALWAYS"}),
    ("Free returns.", {"shipping.default.payer": "MERCHANT"}),
])
def test_a_few_words_that_say_a_rule_are_read(line, expected):
    assert _placed(f"{RULE}\n\n{line}") == expected


def test_a_lists_short_lines_are_read():
    placed = _placed("To return an item you need:\n- A return authorization number (RMA)\n- Proof of purchase")
    assert placed == {"requirements.proof_of_purchase": True, "returns.request_required_before_shipping": True}


def test_parcels_returned_to_the_sender_are_some_orders_only():
    draft = draft_policy("Return-to-sender packages do not get their original shipping charges refunded.")
    assert draft.placed == () and len(draft.unplaced) == 1

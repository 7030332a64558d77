"""Exchanges the shop does not make: one done as a return and a new order of the customer's own (said in one sentence or
two), how to ask for the same item again, and an exchange refused, which the learned reader no longer takes for an
exchange offered. Each sentence is written for this test."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values

from plugin.policy.drafting import draft_policy


@pytest.mark.parametrize("text", [
    "To exchange an item, send the original back and place a new order for the one you want.",
    "To swap an item for another colour, please send it back by following the steps above and place a new order for it.",
    "To exchange an item, ask for a refund first, and then put in a new order for the item you want.",
    "To exchange a product, finish the return and then order the item you want as a new purchase.",
    "To exchange an item, we suggest that you first return the original product. Once the return has been approved, you can order the item you want instead.",
    "To swap a product, return it through our portal. You can then place a new order whenever you like.",
])
def test_an_exchange_done_as_a_return_and_a_new_order_is_none(text):
    assert first_values(text).get("resolutions.exchange") == "NEVER"


@pytest.mark.parametrize("text", [
    "To exchange an item, send it back and we will ship the new size, or place a new order if you prefer.",
    "To exchange an item, we suggest that you first return the original product. We then send the new one within 3 days.",
    "To exchange an item, email us and we will arrange it.",
])
def test_an_exchange_the_shop_makes_is_still_offered(text):
    assert first_values(text).get("resolutions.exchange") == "ALWAYS"


@pytest.mark.parametrize("text", [
    "To swap it for an identical item, open a ticket asking for an even exchange.",
    "To exchange a mug for the same one, email us and we will tell you how to go on.",
    "If you want the same item in exchange for your lamp, email us at help@example.com and we will begin.",
])
def test_how_to_ask_for_the_same_item_again_offers_no_exchange(text):
    draft = draft_policy(text)
    assert not [p for p in draft.placed if p.path == "resolutions.exchange"], draft.placed


@pytest.mark.parametrize("text", [
    "Returns\n\nOnce 30 days have passed since your purchase, we will not be able to give you a refund or exchange.",
    "Returns\n\nAfter two weeks, we can no longer offer a refund or an exchange for your order.",
])
def test_an_exchange_refused_is_no_exchange_offered_to_the_reader(text):
    draft = draft_policy(text)
    assert not [p for p in draft.placed if p.path == "resolutions.exchange" and p.value != "NEVER"], draft.placed
    assert not [f for u in draft.unplaced for s in u.suggestions for f in s.facts if f.path == "resolutions.exchange" and f.value != "NEVER"]

"""Session 14: goods refused only in a state said before them ("Once opened, perfumes cannot be returned", "Opened
items, including perfume and body spray, are non-returnable") are refused only in that state, as "perfumes cannot be
returned once opened" says: the sentence is listed for the merchant, never an exclusion of the whole kind (which would
refuse the unopened perfume too). Near misses keep their exclusions: goods refused outright, an opened good named as
a group of its own, an event of the order before the goods."""

from __future__ import annotations

import pytest
from drafting_helpers import exclusion_labels

from plugin.policy.drafting import draft_policy

PAGE = "Returns\n\nWe accept returns within 30 days of delivery. Refunds are issued to the original payment method.\n\n"


@pytest.mark.parametrize("text", [
    "Once opened, perfumes cannot be returned.",
    "If opened, cosmetics are non-returnable.",
    "Once used, razors cannot be returned for hygiene reasons.",
    "Once the seal is broken, supplements cannot be returned.",
    "After use, earrings can't be returned.",
    "When worn, swimwear cannot be returned.",
    "Once they have been opened, food and treats are not returnable.",
    "If the bag has been opened, substrate cannot be returned.",
    "Opened items, including perfume and body spray, are non-returnable.",
    "Used products, such as brushes and sponges, cannot be returned.",
    "Opened or used goods, e.g. makeup and skin care, cannot be returned.",
])
def test_goods_refused_in_a_state_said_first_are_listed_not_excluded(text):
    for page in (text, PAGE + text):
        assert exclusion_labels(page) == []
        draft = draft_policy(page)  # the learned reader below the rules places none either
        assert [p for p in draft.placed if p.path == "exclusions"] == []
        assert any(text[:30] in unplaced.sentence.text for unplaced in draft.unplaced)


@pytest.mark.parametrize("text,expected", [
    ("Perfumes cannot be returned.", ["Perfumes"]),
    ("For hygiene reasons, earrings cannot be returned.", ["Jewelry"]),
    ("Opened perfumes cannot be returned.", ["Opened perfumes"]),  # an opened good named as a group of its own
    ("Gift cards, including e-gift cards, are non-returnable.", ["Gift cards"]),
    ("Once your order has shipped, custom items cannot be returned.", ["Personalized or custom-made products"]),
    ("If you change your mind, sale items cannot be returned.", ["Clearance items"]),
])
def test_goods_refused_outright_keep_their_exclusion(text, expected):
    assert exclusion_labels(text) == expected
    assert exclusion_labels(PAGE + text) == expected

"""Session 15: goods refused only once opened or used, with the state after the list ("makeup, skin care or sponges
that have been opened or used", "perfumes, body sprays or any other products that have been opened") are refused only
in that state: the sentence is listed for the merchant, never an exclusion of each kind (which would refuse the unopened
perfume too). And a line of a list of exclusions names its group before "such as", as a refusal's sentence does ("Hair
styling products such as shampoo, combs": one group, not each example)."""

from __future__ import annotations

import pytest
from drafting_helpers import exclusion_labels

from plugin.policy.drafting import draft_policy

PAGE = "Returns\n\nWe accept returns within 30 days of delivery. Refunds are issued to the original payment method.\n\n"


@pytest.mark.parametrize("text", [
    "For hygiene reasons we do not take back any makeup products, skin care, brushes, brush sets or sponges that have been opened or used.",
    "For hygiene reasons we cannot take back perfumes, body sprays or any other products that have been opened or used.",
    "Soaps, candles and bath bombs that have been opened cannot be returned.",
    "We cannot accept candles or diffusers or other items that have been used.",
])
def test_goods_refused_once_opened_with_the_state_after_them_are_listed_not_excluded(text):
    for page in (text, PAGE + text):
        assert exclusion_labels(page) == []
        draft = draft_policy(page)
        assert [p for p in draft.placed if p.path == "exclusions"] == []
        assert any(text[:30] in unplaced.sentence.text for unplaced in draft.unplaced)


@pytest.mark.parametrize("text,expected", [
    ("Perfumes and body sprays cannot be returned.", ["Perfumes and body sprays"]),
    ("We cannot take back perfumes, body sprays or any other fragrances.", ["Perfumes", "Body sprays"]),
    ("We do not take back makeup products, skin care, brushes and sponges.", ["Makeup products", "Skin care", "Brushes", "Sponges"]),
])
def test_goods_refused_outright_stay_excluded(text, expected):
    assert exclusion_labels(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Final Sale, not returnable:\n- Hair styling products such as shampoo, conditioner, sea salt spray, wig sprays, combs and brushes.",
     ["Final sale items", "Hair styling products"]),
    ("Non-returnable items:\n- Electronic parts, for example sensors and switches\n- Gift cards", ["Electronic parts", "Gift cards"]),
])
def test_a_listed_group_with_examples_is_the_group(text, expected):
    assert exclusion_labels(text) == expected

"""A refusal's words that say why, or what someone did, name no goods: no exclusion is labelled with them. Each
sentence is written for this test, read by the rules alone; next to them the goods such a sentence names, still read."""

from __future__ import annotations

import pytest
from drafting_helpers import exclusion_labels


@pytest.mark.parametrize("text", [
    "We give no refunds where:\n- You changed your mind.\n- The sizes you gave us were wrong.\n- The photo was misunderstood.",
    "Lamps returned for any other reason, such as \"I changed my mind\", carry a 20% fee.",
    "We offer no refunds if a mechanic repaired the bike before you wrote to us.",
    "Goods we find unsellable cannot be refunded.",
    "Whatever happens, they cannot come back for anything but a repair.",
    "Given what the product is, every sale is final.",
    "We do not give refunds for slight shade variations between screens.",
    "The guarantee does not cover wear and tear or a wrong fit or size.",
    "As a rule we do not allow returns, except for a complaint.",
])
def test_a_reason_or_a_deed_is_no_goods(text):
    assert exclusion_labels(text) == []


@pytest.mark.parametrize("text,label", [
    ("We cannot take back swimwear, for hygiene reasons.", "Swimwear"),
    ("Items you personalised cannot be returned.", "Personalized or custom-made products"),
])
def test_goods_refused_still_named(text, label):
    assert label in exclusion_labels(text)

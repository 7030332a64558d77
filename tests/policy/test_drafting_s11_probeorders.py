"""Session 11 probe (rules for some customers or some orders only): sentences the drafter read as every return's rule
though they name some customers (abroad, in a region, new), some kinds of orders (overseas, marketplace, custom-made),
a way of paying, an order amount or a sale period; and the general rules beside them that must still read. Rules only."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY

GENERAL = "Returns\n\nWe accept returns within 30 days of delivery. Items must be unused and in their original packaging.\n\n"


@pytest.mark.parametrize("sentence", [
    "Overseas orders can be returned within 14 days of delivery.",
    "Customers outside the UK must pay for return postage.",
    "If you live outside the United States, returns must be sent back within 45 days.",
    "For customers outside Australia, refunds are issued as store credit only.",
    "Customers shipping from overseas should allow 30 days for their refund to be processed.",
    "EU customers have the right to cancel their order within 14 days of receipt.",
    "Returns from outside the EU must be sent by tracked mail at the customer's expense.",
    "Marketplace orders are refunded by the marketplace within 5 business days.",
    "If your order was custom made, we will repair rather than refund any defect.",
    "If you paid by bank transfer, refunds will be made by bank transfer within 10 working days.",
    "If you paid with PayPal, your refund will appear within 3 to 5 days.",
    "During our summer sale, returns are accepted within 7 days only.",
    "Free returns apply to orders above $75.",
    "If your order total is more than $200, we will send a prepaid return label.",
    "Your first order comes with free returns.",
    "New customers can return their first order for free within 30 days.",
])
def test_a_rule_for_some_customers_or_orders_places_nothing(sentence):
    assert placed(sentence) == {}
    assert any(sentence in u.sentence.text for u in draft_policy(sentence, RULES_ONLY).unplaced)
    assert placed(GENERAL + sentence) == placed(GENERAL)


def test_the_remedy_set_aside_is_not_offered():
    text = "If your item arrives faulty, we will repair it rather than refund it."
    assert "REFUND" not in placed(text).get("fault.remedies", set())


# guards: the general rule beside the situation, and general sentences that name no subset
@pytest.mark.parametrize(("text", "expected"), [
    ("Returns are accepted within 30 days; international customers pay return postage.", {"returns.window.days": 30}),
    ("We accept returns within 30 days of delivery. Overseas customers pay for their own return shipping.", {"returns.window.days": 30}),
    ("You have 30 days to return any item, except wholesale orders, which are final.", {"returns.window.days": 30}),
    ("Returns are accepted within 14 days. Pre-orders can be cancelled any time before dispatch.", {"returns.window.days": 14}),
    ("What you paid for delivery on your first order is not given back, unless the law says otherwise.", {"refund.original_shipping": "NEVER"}),
    ("We will email you a prepaid return label for every return.", {"shipping.default.payer": "MERCHANT"}),
    ("You have the right to cancel this contract within 14 days of receiving the goods.", {"returns.window.days": 14}),
    ("We recommend sending your return by tracked mail.", {"instructions.tracked_shipping_recommended": True}),
])
def test_a_general_rule_still_reads(text, expected):
    drafted = placed(text)
    assert {path: drafted.get(path) for path in expected} == expected

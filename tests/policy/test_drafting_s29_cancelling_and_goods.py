"""A sentence that says on what terms an order may be cancelled says that customers may cancel (convention 24), on
the same sentence; goods picked out by a clause of their own ("items that are personalized") and refusals said as
returns that "cannot be made" or goods "not included in" the policy are exclusions."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY


@pytest.mark.parametrize("text, term", [
    ("You can cancel an order only within 12 hours of placing it.", "cancellation.window_hours"),
    ("You may cancel your order at any time before it ships.", "cancellation.until_shipped"),
    ("Once your items have shipped, we cannot cancel your order.", "cancellation.until_shipped"),
    ("To cancel an order, email us at help@shop.example.", "cancellation.request_via"),
    ("Every cancellation is charged a 10% processing fee.", "cancellation.refund_percent"),
])
def test_a_term_for_cancelling_says_that_customers_may_cancel_on_its_sentence(text, term):
    drafted = draft_policy(text, RULES_ONLY)
    sentences = {setting.path: setting.sentence.text for setting in drafted.placed}
    assert term in sentences and sentences.get("cancellation.enabled") == sentences[term] == text
    assert drafted.document["cancellation"]["enabled"] is True


@pytest.mark.parametrize("text", [
    "Orders cannot be cancelled once placed.",
    "We do not accept returns, exchanges or cancellations.",
])
def test_cancelling_refused_is_still_refused(text):
    assert placed(text).get("cancellation.enabled") is False


@pytest.mark.parametrize("text", [
    "Custom orders cannot be cancelled once placed.",  # some goods only
    "If we have to cancel your order, you get a full refund.",  # the shop cancelling
    "We accept returns within 30 days of delivery.",
])
def test_no_term_for_the_customer_cancelling_says_nothing_of_cancelling(text):
    assert "cancellation.enabled" not in placed(text)


def _categories(text: str) -> list[str]:
    return [s.value["category"] for s in draft_policy(text, RULES_ONLY).placed if s.path == "exclusions"]


@pytest.mark.parametrize("text, category", [
    ("Items that are personalized cannot be returned.", "PERSONALIZED"),
    ("Any item that is personalised is final sale.", "PERSONALIZED"),
    ("Items which are custom made cannot be returned.", "PERSONALIZED"),
    ("Items that are on sale cannot be returned.", "CLEARANCE"),
    ("Products which were on sale are final sale.", "CLEARANCE"),
    ("Returns cannot be made on gift cards.", "OTHER"),
    ("Swimwear is not included in our returns policy.", "OTHER"),
])
def test_goods_picked_out_or_left_out_of_the_policy_are_excluded(text, category):
    assert _categories(text) == [category]


@pytest.mark.parametrize("text", [
    "Our products are custom made, so they cannot be returned.",  # what all the shop's goods are: no group
    "Items that are damaged by the customer cannot be returned.",  # a state
    "Items that are on sale can be returned within 14 days.",  # no refusal
    "Refunds are not given for the items in the list below unless faulty: candles, soaps.",
])
def test_goods_said_of_all_or_in_a_state_or_not_refused_are_no_exclusion(text):
    assert _categories(text) == []

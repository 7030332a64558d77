"""Session 16: the shop saying it will not pay back or waive the return postage ("As a rule we don't refund return
shipping costs", "we cannot waive return shipping fees") says the customer pays it, as "return shipping is
non-refundable" does; a fault excepted still goes to the shop."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy


def payers(text: str) -> dict:
    return {p.path: p.value for p in draft_policy(text).placed if p.path.startswith("shipping.")}


@pytest.mark.parametrize("text", [
    "As a rule we don't refund return shipping costs.",
    "We are sorry, but we cannot waive return postage fees.",
    "We will not reimburse the cost of return shipping.",
])
def test_the_shop_declining_to_pay_back_return_postage_is_the_customer_paying(text):
    assert payers(f"You may return unused items within 30 days. {text}") == {"shipping.default.payer": "CUSTOMER"}


def test_a_fault_excepted_is_the_shops_to_pay():
    assert payers("We don't refund return shipping costs unless the item arrived damaged.") == {
        "shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}

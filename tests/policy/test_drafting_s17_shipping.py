"""Session 17: the shop paying the return postage in the sentence after one that opens on a fault ("If you receive a
damaged item, send it back within 30 days. The return shipping is on us.") pays it for the faults; the customer paying
there, or the shop paying "on all orders", is every return's rule."""

from __future__ import annotations

from plugin.policy.drafting import draft_policy


def _shipping(text: str) -> dict:
    return {p.path: p.value for p in draft_policy(text).placed if p.path.startswith("shipping")}


def test_the_shop_paying_after_a_fault_case_pays_for_the_faults():
    assert _shipping("If you receive a damaged or defective item, send it back within 30 days of receiving it. "
                     "The return shipping is on us.") == {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}


def test_paying_after_a_fault_case_with_a_case_of_its_own_or_by_the_customer_is_every_returns_rule():
    assert _shipping("If your item is damaged, contact us within 3 days. We pay return shipping on all orders.") == {
        "shipping.default.payer": "MERCHANT"}
    assert _shipping("If your item is damaged, contact us within 3 days. The customer pays for return shipping.") == {
        "shipping.default.payer": "CUSTOMER"}

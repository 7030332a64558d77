"""Session 10 review (scope.py): sentences the scope reader took for a rule of some goods or returns only, and whose
general rule must still be read; the sentences each narrowing was made for stay unplaced (test_drafting_s10_scope10.py).
Rules only."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


def test_the_shops_replacement_posted_to_you_is_still_the_faults_remedy():
    values = first_values("If your item arrives damaged, we will send a replacement to you at no extra cost.")
    assert values.get("fault.reasons") == "DAMAGED"
    assert values.get("fault.remedies") == "REPLACEMENT"
    assert values.get("resolutions.replacement") == "MERCHANT_AT_FAULT"


def test_the_shop_posting_a_replacement_and_the_postage_still_reads_who_pays():
    text = "If your item arrives damaged, we will post a replacement to you and cover the return postage."
    assert first_values(text).get("shipping.merchant_at_fault") == {"payer": "MERCHANT"}


def test_a_return_without_authorization_allowed_is_every_returns_window():
    values = first_values("You may return any item without prior authorization within 30 days of delivery.")
    assert values.get("returns.window.days") == 30


def test_money_sent_back_to_you_is_the_refunds_time():
    text = "Your money will be sent back to you within 5 business days of receiving your return."
    assert first_values(text).get("refund.processing") == {"min_days": 0, "max_days": 5, "unit": "BUSINESS"}


def test_returns_named_in_the_sentence_before_keep_their_window():
    text = "We accept returns of unused items. These returns must reach us within 30 days of delivery."
    assert first_values(text).get("returns.window.days") == 30


def test_a_list_of_reasons_is_not_a_list_of_goods():
    text = "We accept returns within 30 days of delivery for any of these reasons:\n- Wrong size\n- Wrong colour\n- Not as expected\n"
    assert first_values(text).get("returns.window.days") == 30


@pytest.mark.parametrize("heading", ["Inspection", "Sizing", "Hygiene", "The Fine Print"])
def test_a_heading_that_names_no_goods_leaves_the_rule_below_general(heading):
    text = f"{heading}\n\nOnce your return arrives, refunds are issued within 5 business days after the inspection.\n"
    assert first_values(text).get("refund.processing") is not None


def test_a_refund_when_no_exchange_is_requested_is_every_refunds_time():
    text = "If no exchange is requested, we refund your original payment method within 5 days of receiving the return."
    assert first_values(text).get("refund.processing") == {"min_days": 0, "max_days": 5, "unit": "CALENDAR"}

"""Session 11 probe (senses): sentences about other things than returns that use the returns words (a deposit or a
charge given back, a price promise, goods sent in for repair, the order's own tracking, damage to the shop's site)
place nothing and go to the merchant; the general rules beside them still read. Rules only (the learned reader's
misreadings of this family are in bench/real_policies/negatives.py)."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values, placed

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY

PAGE = ("Returns\n\nWe accept returns within 30 days of delivery. Items must be unused and in their original packaging. "
        "Refunds are issued to the original payment method.\n\n")


def _unplaced(text: str) -> list[str]:
    return [u.sentence.text for u in draft_policy(text, RULES_ONLY).unplaced]


MISREAD = [
    # money given back that no return brings: a deposit, a charge made in error, a price promise
    "Rental deposits are refunded within 7 days of the equipment being returned in good condition.",
    "Deposits on rental gear are returned within 5 business days once the gear is checked.",
    "Your deposit will be refunded to your card within 3 days after the rental ends.",
    "Please allow 2 weeks for your refund request on a rental deposit to be processed.",
    "If a price drops within 7 days after you buy, we refund the difference to your card.",
    "If we lower the price within 14 days of your order, we will refund the difference to your original payment method.",
    "Price adjustments are refunded to the original payment method within 5 business days.",
    "Price match refunds are issued as store credit.",
    "Overcharges are refunded to your original card within 3 days.",
    "If you were charged twice, we will refund the duplicate payment within 5 business days.",
    "Duplicate charges are refunded automatically within 48 hours.",
    "We will refund any shipping overpayment within 7 days.",
    # goods sent in for repair or servicing, on their way back to the customer
    "Watches sent for servicing are returned to you within 4 weeks.",
    "Repaired items will be returned to you within 14 days of receiving them at our workshop.",
    "Instruments sent in for a setup are shipped back within 2 weeks.",
    # the order's own tracking on its way to the customer
    "Please keep your tracking number until your order arrives.",
    # damage to the shop's site, no goods
    "Damage to our website caused by hacking attempts will be reported.",
]


@pytest.mark.parametrize("sentence", MISREAD)
def test_a_sentence_about_something_else_places_nothing(sentence):
    assert placed(sentence) == {}
    assert placed(PAGE + sentence + "\n") == placed(PAGE)


@pytest.mark.parametrize("sentence", MISREAD[:3] + MISREAD[8:11] + MISREAD[12:14])
def test_a_sentence_about_other_money_or_a_repair_goes_to_the_merchant(sentence):
    assert sentence in _unplaced(sentence)


# guards: general rules with the same words still read
def test_a_refund_by_direct_deposit_is_still_every_refunds_time():
    text = "Refunds are paid by direct deposit within 5 business days of receiving your return."
    assert first_values(text).get("refund.processing") == {"min_days": 0, "max_days": 5, "unit": "BUSINESS"}


def test_a_refund_to_the_card_is_still_every_refunds_method():
    text = "Once we receive your return, we will refund your original payment method within 10 days."
    values = first_values(text)
    assert values.get("refund.method") == "ORIGINAL_PAYMENT"
    assert values.get("refund.processing") == {"min_days": 0, "max_days": 10, "unit": "CALENDAR"}


def test_a_damaged_item_is_still_a_fault():
    assert "DAMAGED" in placed("If your item arrives damaged, please contact us within 7 days.").get("fault.reasons", set())


def test_tracking_advised_for_the_return_still_reads():
    text = "Please use a tracked service and keep your tracking number until your return reaches us."
    assert first_values(text).get("instructions.tracked_shipping_recommended") is True


def test_defective_items_repaired_or_replaced_keep_their_remedies():
    values = placed("Defective items will be repaired or replaced free of charge.")
    assert "REPAIR" in values.get("fault.remedies", set()) or "REPLACEMENT" in values.get("fault.remedies", set())


@pytest.mark.parametrize("text, path, value", [
    ("Returns are accepted within 30 days of delivery; orders are dispatched within 2 business days.", "returns.window.days", 30),
    ("You have 30 days to return your items. Your credit card will be charged when the order ships.", "returns.window.days", 30),
    ("Shipping is free on orders over $100, and returns are free within 30 days.", "returns.window.days", 30),
    ("Items may be returned within 14 days. Orders usually arrive within 3 to 5 days.", "returns.window.days", 14),
    ("Returns must be requested within 14 days. Repairs are made within 4 weeks.", "returns.window.days", 14),
    ("We'll refund your purchase within 10 days of receiving your return. Repairs take 2-3 weeks.",
     "refund.processing", {"min_days": 0, "max_days": 10, "unit": "CALENDAR"}),
    ("Refunds are issued to your original payment method within 5 business days; we accept Visa and Mastercard.",
     "refund.processing", {"min_days": 0, "max_days": 5, "unit": "BUSINESS"}),
    ("Customers are responsible for return shipping costs. Shipping fees on the original order are non-refundable.",
     "shipping.default.payer", "CUSTOMER"),
])
def test_a_general_rule_beside_another_topic_still_reads(text, path, value):
    assert first_values(text).get(path) == value


@pytest.mark.parametrize("text", [
    "Any refund or price adjustment is credited only to the payment method or account used for the order.",
    "Price adjustments and refunds are credited to the original card within 5 days.",
])
def test_a_price_adjustment_named_beside_every_refund_leaves_the_refunds_method(text):
    assert first_values(text).get("refund.method") == "ORIGINAL_PAYMENT"

"""Session 29's rules, each from what the least-mended development pages say: a sentence that says on what terms an
order may be cancelled says that customers may cancel (convention 24), on the same sentence; goods picked out by a clause
of their own ("items that are personalized") are exclusions; the customer paying only when the shop is not at fault has
the shop pay when it is; what is refused past a limit makes the limit a window; a faulty item's refund said as "can be
refunded"; the address the shop hands out for a return; a return and an order of one's own; the customer's postage, the
return asked for by email, and the shop's go-ahead, each in more words."""

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


@pytest.mark.parametrize("text", [
    "When the seller is not at fault, the customer pays all shipping costs.",
    "If the item you're returning isn't defective, the cost of shipping it back is on you.",
    "We pay return shipping for defective items; for returns that aren't defective, the customer pays it.",
    "If the return is not due to our error, you pay for the return shipping.",
    "The customer pays for return shipping, except when the return results from an error of the seller's.",
])
def test_the_customer_paying_only_when_the_shop_is_not_at_fault_has_the_shop_pay_when_it_is(text):
    drafted = placed(text)
    assert drafted.get("shipping.default.payer") == "CUSTOMER"
    assert drafted.get("shipping.merchant_at_fault") == {"payer": "MERCHANT"}


def test_a_reason_of_the_customers_says_nothing_of_what_a_fault_costs():
    assert "shipping.merchant_at_fault" not in placed("If you changed your mind, you pay the return shipping.")


@pytest.mark.parametrize("text, remedies", [
    ("Items that arrive damaged and unusable can be refunded.", {"REFUND"}),
    ("Damaged items can be sent back for a full refund.", {"REFUND"}),
    ("If a product reaches you defective, we are glad to take it back for an exchange or a refund of what you paid.",
     {"EXCHANGE", "REFUND"}),
])
def test_a_refund_or_exchange_a_faulty_item_may_have_is_its_remedy(text, remedies):
    assert placed(text).get("fault.remedies") == remedies


def test_a_heading_that_asks_what_can_be_exchanged_offers_no_remedy():
    assert "fault.remedies" not in placed("What can be exchanged:\n- damaged items")


@pytest.mark.parametrize("text, window", [
    ("Returns will not be accepted more than 30 days after delivery.", ("returns.window", 30)),
    ("We do not accept returns more than 30 days after delivery.", ("returns.window", 30)),
    ("Once more than 40 days have passed since delivery, returns are refused.", ("returns.window", 40)),
    ("Returns\n\nClaims for damaged products will not be accepted more than 10 days after the item was delivered.", ("fault.window", 10)),
    ("Returns\n\nClaims for damaged or missing items that are reported more than 15 days after delivery will not be accepted.",
     ("fault.window", 15)),
    ("Returns\n\nA claim for factory-defective merchandise must reach us within 3 days of the date of delivery.", ("fault.window", 3)),
])
def test_what_is_refused_past_a_limit_makes_the_limit_a_window(text, window):
    prefix, days = window
    drafted = placed(text)
    assert drafted.get(f"{prefix}.days") == days and drafted.get(f"{prefix}.starts") == "DELIVERY"


def test_a_case_past_a_limit_that_is_not_refused_is_no_window():
    assert "returns.window.days" not in placed("If it arrives more than 30 days after delivery, a 20% fee applies.")


@pytest.mark.parametrize("text", [
    "Send the item to the address we give you.",
    "Pack the socks securely and post them to the address we gave you.",
    "You receive the address for your return once we have approved the request.",
    "Once it is accepted, you get an RMA number together with the address for returns.",
    "Before you return anything, tell us, so that we can authorize it and give you the right return address.",
    "Before sending the unit back, write to us to get the return address.",
    "To return something, email us and we will tell you how and where to send the product back.",
])
def test_the_address_the_shop_hands_the_customer_for_the_return_is_sent_on_request(text):
    assert placed(text).get("instructions.address_on_request") is True


def test_the_customers_own_address_is_no_return_address():
    assert "instructions.address_on_request" not in placed("We ship your order to the address you give us.")


@pytest.mark.parametrize("text", [
    "Just place an order for the right size on our website, then let us know so the first one can come back for a refund.",
    "Return the original for a refund and then place a fresh order on our website.",
    "To get the same result as an exchange of a keyboard, send the original keyboard back and buy a new one.",
    "For another item or size, please place a separate new order.",
])
def test_a_return_and_an_order_of_ones_own_in_place_of_an_exchange_is_the_reorder_hint(text):
    assert placed(text).get("resolutions.reorder_hint") is True


@pytest.mark.parametrize("text", [
    "Every shipping/handling cost, in both directions, is yours to pay.",
    "The return delivery fee is then yours to pay.",
    "Please note that the cost of posting your return is not refunded.",
    "For these returns we ask every customer to pay the cost of sending it back.",
])
def test_the_customer_pays_the_return_postage_in_more_words(text):
    assert placed(text).get("shipping.default.payer") == "CUSTOMER"


@pytest.mark.parametrize("text", [
    "If you want a return, email us within 30 days after your delivery arrives.",
    "Just email us asking for a return and giving your order number.",
    "Every return needs our approval, so write to us at help@shop.example and we will explain what to do.",
    "Email your refund request to support@shop.example, and we will send you the return authorization number.",
    "To return or exchange, write to service@shop.example.",
    "Email your problem to support@shop.example, and we will reply with instructions for returning the products.",
])
def test_a_return_asked_for_in_other_words_is_asked_by_email(text):
    assert placed(text).get("returns.request_via") == "EMAIL"


@pytest.mark.parametrize("text", [
    "Nothing can come back unless we have authorized it in writing.",
    "You must contact us before you make a return, so that we can check it is eligible.",
    "Please send no returns until you have contacted us and had return confirmation from us.",
    "Before sending a product back, the buyer must get in touch with our customer service.",
    "We do not accept returns that have no RMA number.",
    "A return or exchange needs a return authorization, and the product must not have been used.",
    "Returns that turn up at our warehouse unannounced cannot be accepted.",
])
def test_the_shops_go_ahead_needed_in_more_words(text):
    assert placed(text).get("returns.request_required_before_shipping") is True

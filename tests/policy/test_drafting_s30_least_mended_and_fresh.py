"""Session 30's rules, each from a miss of the least-mended development pages or of the fresh sets that joined them: a
"Shipping Returns" heading names the topic of the lines below it, not a kind of returns; the exchange named before the
return ("you can exchange it, or return it within 30 days") leaves the window every return's; a purchase that "was
delivered" counts from the delivery; the state asked after a topic ("Condition - ...") and a refusal said before the state;
cancelling refused from the order, advice on when to cancel, a fee on some customers' requests, goods named only to say
which were made to order, a refund asked for by a limit, a fault in a contraction, and what is no remedy for a fault; a
payment's term, checks that are no inspection of returns, and the customer's legal rights over faulty goods."""

from __future__ import annotations

import pytest
from drafting_helpers import placed

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY


@pytest.mark.parametrize("heading", ["Shipping Returns", "Postage Returns"])
def test_the_customers_postage_under_a_heading_that_names_the_shipping_of_returns(heading):
    drafted = placed(f"{heading}\nReturn shipping is yours to pay, unless the item was defective.")
    assert drafted["shipping.default.payer"] == "CUSTOMER"
    assert drafted["shipping.merchant_at_fault"] == {"payer": "MERCHANT"}


def test_a_heading_that_names_a_kind_of_returns_still_keeps_its_postage_to_that_kind():
    drafted = placed("In-Store Returns\nReturn shipping is yours to pay.")
    assert "shipping.default.payer" not in drafted


@pytest.mark.parametrize("text, days, starts", [
    ("If the print does not please you, you can exchange it, or return it within 30 days of receiving it.", 30, "DELIVERY"),
    ("Within 14 days from receipt, items can be exchanged, or returned for their full credit.", 14, "DELIVERY"),
    ("You can return it, exchange it, or take store credit, as long as you do so within 10 days of the shipping date.", 10, "SHIPMENT"),
])
def test_an_exchange_named_before_the_return_leaves_the_window_every_returns(text, days, starts):
    drafted = placed(text)
    assert (drafted.get("returns.window.days"), drafted.get("returns.window.starts")) == (days, starts)
    assert drafted["resolutions.exchange"] == "ALWAYS"


def test_a_window_for_exchanges_alone_is_still_no_return_window():
    assert "returns.window.days" not in placed("Items can be exchanged within 10 days of delivery.")


@pytest.mark.parametrize("text, starts", [
    ("A return has to reach us no later than 30 days after your purchase was delivered.", "DELIVERY"),
    ("Once more than 7 days have gone by since your purchase was delivered, no refund is possible.", "DELIVERY"),
    ("Returns are accepted within 30 days after your purchase was shipped.", "SHIPMENT"),
    ("Returns are accepted within 30 days of your purchase.", "PURCHASE"),
])
def test_a_purchase_that_was_delivered_counts_from_the_delivery(text, starts):
    assert placed(text)["returns.window.starts"] == starts


@pytest.mark.parametrize("text, conditions", [
    ("- Condition – Items have to be unused and brand-new, still in their original packaging.", {"UNUSED", "ORIGINAL_PACKAGING"}),
    ("Conditions - the items must be unworn.", {"NOT_WORN"}),
    ("Items cannot be returned once they have been used.", {"UNUSED"}),
    ("An item cannot be returned or exchanged once it has been worn or altered.", {"NOT_WORN", "NOT_ALTERED"}),
])
def test_the_state_asked_after_a_topic_and_the_refusal_said_before_the_state(text, conditions):
    assert placed(text, ("requirements.condition",))["requirements.condition"] == conditions


def test_a_refusal_of_some_goods_in_a_state_is_still_no_condition_of_every_return():
    assert "requirements.condition" not in placed("Swimwear cannot be returned once it has been worn.")


@pytest.mark.parametrize("text, expected", [
    ("Once placed, an order cannot be cancelled or changed before it ships.", {"cancellation.enabled": False}),
    ("For the quickest handling, we suggest cancelling within 24 hours of ordering.", {}),
    ("You can cancel within 24 hours of ordering.", {"cancellation.enabled": True, "cancellation.window_hours": 24}),
    ("You may cancel your order at any time before it ships.", {"cancellation.enabled": True, "cancellation.until_shipped": True}),
])
def test_cancelling_refused_from_the_order_and_advice_on_when_to_cancel_are_no_terms(text, expected):
    assert {path: value for path, value in placed(text).items() if path.startswith("cancellation.")} == expected


def test_a_fee_on_the_requests_of_some_customers_is_no_fee_of_every_return():
    assert "fees.flat_fee" not in placed("• International refund requests: we take a $7.95 handling fee off the refund.")
    assert placed("We take a $7.95 handling fee off every refund.")["fees.flat_fee"] == "7.95"


def test_the_shops_goods_named_only_to_say_which_were_made_to_order_are_not_refused_themselves():
    lines = "Items that cannot be returned:\n- {}\n- Goods sold as final sale"
    picked_out = draft_policy(lines.format("Swimwear orders that were custom made or personalized"), RULES_ONLY).document["exclusions"]
    assert [exclusion["category"] for exclusion in picked_out] == ["PERSONALIZED", "FINAL_SALE"]
    both = draft_policy(lines.format("Swimwear and personalized items"), RULES_ONLY).document["exclusions"]
    assert [exclusion["category"] for exclusion in both] == ["OTHER", "PERSONALIZED", "FINAL_SALE"]


def test_a_refund_asked_for_by_a_limit_is_the_return_window():
    drafted = placed("Refunds can be requested up to 30 days after delivery.")
    assert (drafted["returns.window.days"], drafted["returns.window.starts"]) == (30, "DELIVERY")


def test_a_fault_said_with_a_contraction_is_named():
    drafted = placed("If your accessory arrives faulty or isn't as described, we refund you.")
    assert drafted["fault.reasons"] == {"DEFECTIVE", "NOT_AS_DESCRIBED"} and drafted["fault.remedies"] == {"REFUND"}


@pytest.mark.parametrize("text", [
    "Items modified in any way, including parts added, removed or replaced, are not accepted unless defective.",
    "We refund or cover the postage only when the item sent back is faulty.",
    "If a faulty item is swapped for a cheaper one, you will be refunded any difference.",
])
def test_what_the_customer_did_the_postage_and_a_price_difference_are_no_remedy_for_a_fault(text):
    assert not {"REFUND", "REPLACEMENT"} & placed(text).get("fault.remedies", set())


@pytest.mark.parametrize("reader", [RULES_ONLY, None], ids=["rules", "with the learned reader"])
def test_a_payment_term_is_no_return_window(reader):
    """A bridal shop's page (test118, rewritten) whose returns paragraph says "The rest is payable within 15 days after
    your gown arrives"."""
    from bench.real_policies.rewritten import pages

    drafted = {setting.path for setting in draft_policy(pages("test118")["amarabridal"][0], reader).placed}
    assert "returns.window.days" not in drafted and "fault.window.days" in drafted
    assert "returns.window.days" in {setting.path for setting in draft_policy("You may return your gown within 15 days after it arrives.", reader).placed}


@pytest.mark.parametrize("text", [
    "We check every item with great care before it ships.",
    "When the request has been checked and approved, we send you return instructions.",
    "Light bulbs that have been used or tested cannot be returned.",
    "Every instrument is checked carefully when it arrives from the maker.",
])
def test_checks_before_shipping_of_requests_and_by_the_customer_are_no_inspection_of_returns(text):
    assert "refund.inspection" not in placed(text)


def test_the_inspection_of_what_comes_back_is_still_read():
    assert placed("Every return is inspected when it reaches us.")["refund.inspection"] is True


def test_the_customers_legal_rights_over_faulty_goods_are_the_laws_not_the_shops_faults():
    text = ("This returns policy leaves untouched your legal right to cancel (set out below) and your legal rights over products "
            "that are faulty or not as described.")
    assert "fault.reasons" not in placed(text)
    assert placed("If your item is faulty or not as described, we will refund you.")["fault.reasons"] == {"DEFECTIVE", "NOT_AS_DESCRIBED"}

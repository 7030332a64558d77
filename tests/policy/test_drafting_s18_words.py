"""Session 18, from test72..79's reads: a shop that "takes back" goods in a window states the window; a refund paid "in the
same form in which you paid" goes the way it was paid; "once we have inspected the item, we refund" is the check every
refund waits for; "unless the mistake was ours" is the shop's fault. A refusal names goods, not the reasons a customer may
have ("Dislike of the scent"), the rules it cites, a service bought with the order ("package protection"), the words after
its ", but", or a list line that is a sentence of its own."""

from __future__ import annotations

from drafting_helpers import exclusion_labels, holds


def test_a_shop_that_takes_back_goods_within_days_states_the_window():
    holds("Acme takes back, and refunds, new and unused products that reach us in their original packaging within 30 days "
          "of the date they were delivered.", {"returns.window.days": 30, "returns.window.starts": "DELIVERY"})


def test_a_refund_in_the_same_form_in_which_you_paid_goes_the_way_it_was_paid():
    holds("We refund the purchase price in the same form in which you paid.", {"refund.method": "ORIGINAL_PAYMENT"})


def test_a_refund_after_the_shop_has_inspected_the_item_waits_for_the_inspection():
    holds("Once we have inspected the item, we refund the purchase price in the same form in which you paid, less any "
          "restocking, shipping and handling fees (explained below).",
          {"refund.inspection": True, "refund.method": "ORIGINAL_PAYMENT"})
    # the customer's own check of the delivery is no inspection before a refund
    holds("When you have checked the goods on arrival, tell us of any damage.", {"refund.inspection": None})


def test_unless_the_mistake_was_ours_names_the_shops_fault():
    holds("Please remember that shipping fees are not refunded unless the mistake was ours.",
          {"refund.original_shipping": "MERCHANT_AT_FAULT"})


def test_a_refusal_names_goods_not_reasons_rules_services_or_a_clause_after_but():
    # from test76..79's wrong facts: these lines refuse soap and, by the lead under the heading, batteries; nothing else
    text = ("We don't take returns on soap, but we still want to hear your questions, worries or problems.\n\n"
            "We do not refund shipping fees or package protection.\n\n"
            "3. Non-Returnable Items\n"
            "- Batteries: batteries that have been opened or used cannot come back, because of the shipping rules for hazardous materials.\n\n"
            "General Policy\nWe give no refund and take no return in these cases:\n- Dislike of the scent.\n"
            "- Misunderstanding how the product works.\n- Our FAQs, blog and packaging give full instructions and resources for use.\n")
    assert exclusion_labels(text) == ["Soap", "Batteries"]

"""Session 21, from test100..103's read: a window counted from when the customer "took possession", "from the invoice
date" with "at most" between, or said after its event with no comma ("After delivery you have 7 days"); goods "free of any
quality problem or damage" and items that "have to reach us" within the days; a "returnable item" is every item and a
"Stock Items:" lead every item in stock; "Everything can be returned except:" over short title-case lines, under a
numbered title in capitals, refuses each line; "among them" lists the goods a refusal names; a rule written in capitals on
a line of its own ("GIFT CARDS CANNOT BE REFUNDED") is read; return postage "not covered by us" or "the customer's job" is
the customer's, and the postage paid "for those items" after a fault is the fault's; a later exception for the shop's
mistakes narrows the original shipping kept; goods that "can come back within 30 days" with a defect give the fault's
days, no refund time; an exchange "offered for another size or colour", or sizes the shop exchanges, is any return's; a
way to cancel by "our contact form" is the site's, and a sentence that gives one way to cancel or return gives both; an
email with "why you want a refund" and "For every refund, please send us an email" are how to ask."""

from __future__ import annotations

from drafting_helpers import conditions, exclusion_labels, holds, placed

from plugin.policy.drafting import draft_policy
from plugin.policy.drafting.clauses import split


def test_a_window_counted_from_possession_the_invoice_or_an_event_said_first():
    holds("You may return your order up to 14 days after you took possession of it.",
          {"returns.window.days": 14, "returns.window.starts": "DELIVERY"})
    holds("After you take possession you have 7 days to exchange or return what you bought.",
          {"returns.window.days": 7, "returns.window.starts": "DELIVERY"})
    holds("After delivery you have 7 days to return it.", {"returns.window.days": 7, "returns.window.starts": "DELIVERY"})
    holds("You have 10 days at most from the invoice date to get a Return Authorization number.",
          {"returns.window.days": 10, "returns.window.starts": "PURCHASE"})
    holds("Returns are accepted within 14 days of the invoice date.", {"returns.window.days": 14, "returns.window.starts": "PURCHASE"})
    # an event no setting knows still stands for none
    holds("Returns are accepted within 14 days of the repair.", {"returns.window.days": None})


def test_goods_sent_back_free_of_damage_or_reaching_the_shop_within_the_days():
    holds("If your purchase does not satisfy you for any reason, you may send the package back, free of any quality problem "
          "or damage, at the latest 7 business days after you receive it.",
          {"returns.window.days": 7, "returns.window.unit": "BUSINESS", "returns.window.starts": "DELIVERY"})
    holds("Items have to reach us within 14 days of your receiving them.", {"returns.window.days": 14, "returns.window.starts": "DELIVERY"})
    holds("Returns must reach us within 7 days of the return being approved.", {"returns.window.days": None})


def test_a_returnable_item_and_stock_items_are_every_item():
    assert conditions("A returnable item has to be unused, in the condition you received it, and in its original packaging.") == {
        "UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}
    holds("Stock Items: new, unopened items can come back to us for a full refund, up to 30 days after delivery.",
          {"returns.window.days": 30, "returns.window.starts": "DELIVERY"})
    holds("In-stock items: returns are accepted within 30 days of delivery.", {"returns.window.days": 30})
    holds("Electronics: returns are accepted within 30 days of delivery.", {"returns.window.days": None})


def test_a_grant_with_its_exceptions_listed_on_title_case_lines():
    text = ("3. ITEMS EXCLUDED.\nEverything can be returned except:\nClearance Items\nFinal sale Items\nPerishable goods\n"
            "Gift cards\nWe may refuse any return that does not meet these terms.\n4. IN-STORE RETURNS.\n"
            "In store we take returns for 30 days.\n")
    assert exclusion_labels(text) == ["Clearance Items", "Final sale items", "Perishable goods", "Gift cards"]
    clauses = split(text)
    assert [c.text for c in clauses if c.is_heading] == ["3. ITEMS EXCLUDED.", "4. IN-STORE RETURNS."]
    # a title over prose after a colon stays a heading
    titled = split("Copy this template and paste it into your email:\nAbout Refunds\nWhen your return has arrived and been inspected:\n"
                   "- How you're refunded: to the payment method you used\n")
    assert titled[1].is_heading and titled[1].text == "About Refunds"


def test_the_goods_a_refusal_lists_among_them():
    assert exclusion_labels("Some items are never refunded, among them tubes, tires, bibs and underwear.") == [
        "Intimate items", "Tubes", "Tires", "Bibs"]
    assert "Products for hearing protection" in exclusion_labels(
        "For hygiene reasons some items cannot be returned, among them custom-made products and products for hearing protection.")


def test_a_rule_in_capitals_on_its_own_line_is_read_and_a_title_naming_goods_is_not():
    assert exclusion_labels("GIFT CARDS AND MASSAGE SERVICES CANNOT BE REFUNDED\n") == ["Gift cards"]
    clauses = split("Items That Cannot Be Returned\n- Gift cards\n")
    assert clauses[0].is_heading


def test_who_pays_return_postage_in_more_words():
    holds("The cost of shipping the returned unit back is not covered by us.", {"shipping.default.payer": "CUSTOMER"})
    holds("Return shipping is covered by us.", {"shipping.default.payer": "MERCHANT"})
    holds("Return shipping is the customer's job.", {"shipping.default.payer": "CUSTOMER"})
    holds("If a product reaches you damaged or defective, please contact us straight away. We will refund 100% of the purchase "
          "price and pay the return shipping costs for those items.",
          {"shipping.merchant_at_fault": {"payer": "MERCHANT"}, "shipping.default.payer": None})


def test_an_exception_for_the_shops_faults_narrows_the_shipping_kept():
    drafted = draft_policy("Refunds are for the price of the goods; we do not refund the original shipping charges.\n\n"
                           "If the item is faulty, we will refund your original shipping costs.\n")
    assert {p.path: p.value for p in drafted.placed}["refund.original_shipping"] == "MERCHANT_AT_FAULT"
    assert not drafted.unplaced or all("faulty" not in u.sentence.text for u in drafted.unplaced)


def test_faulty_goods_that_can_come_back_within_days():
    drafted = placed("Goods with a manufacturer's defect, or the result of a mistake by us, can come back within 30 days, for "
                     "either a refund or a replacement, with no penalty.")
    assert drafted["fault.window.days"] == 30 and "refund.processing" not in drafted
    holds("Defective goods can be returned within 30 days.", {"fault.window.days": 30})
    holds("Faulty goods are covered by our warranty and can be returned within 365 days.", {"fault.window.days": None})


def test_an_exchange_for_another_size_beside_a_fault_is_any_returns():
    text = ("Returns in Brief\nReturn Period: 15 days from the day it was delivered\nFree Returns: when the item is defective "
            "or the mistake was ours\nExchanges: offered for another size or colour\n")
    holds(text, {"resolutions.exchange": "ALWAYS"})
    holds("If your toaster is defective, we will exchange it for another model.", {"resolutions.exchange": "MERCHANT_AT_FAULT"})
    holds("We exchange sizes for free.", {"resolutions.exchange": "ALWAYS"})


def test_a_contact_form_to_cancel_and_one_way_for_both():
    holds("To cancel your order, please use our contact form.", {"cancellation.request_via": "WEBSITE"})
    holds("To cancel your order, email us or use our contact form.", {"cancellation.request_via": "EMAIL"})
    holds("You can tell us you intend to cancel an order or send a product back by phoning us or by using our contact form.",
          {"cancellation.request_via": "WEBSITE"})


def test_how_to_ask_said_with_the_reason_or_for_every_refund():
    holds("Start by emailing support@shop.example with your order number and why you want a refund.", {"returns.request_via": "EMAIL"})
    holds("For every refund, please send us an email.", {"returns.request_via": "EMAIL"})
    holds("No later than 15 days after delivery, email our support team at help@shop.example with your order number and why "
          "you want a return or exchange.", {"returns.request_via": "EMAIL", "returns.window.days": 15})


def test_damage_the_customer_did_or_a_refusal_with_neither_nor_is_no_fault():
    assert "fault.reasons" not in placed("Take special care of the frames, since we can neither refund nor exchange an order "
                                         "that has been damaged.")
    assert "fault.reasons" not in placed("We cannot refund you when you have used the product or damaged the goods after they "
                                         "reached you.")

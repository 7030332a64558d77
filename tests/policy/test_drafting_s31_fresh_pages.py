"""Session 31's rules, each from a wrong or missed fact of the fresh sets (test120 .. test123) once they joined the
development pages: the time a fault comes to light, the customer's time to send goods back and goods that pass the
maker's checks are no refund times nor inspections; an error of ours denied leaves the postage the customer's; goods put
in wrong are not the wrong goods; a fee the shop may charge spares no faults, and a fee-free return in one programme or
after the period is no fee of every return; the shop's own tracking number asks for no tracked service; the telling
before the sending, exchanging as a remedy, photos of the packaging beside the photos, their accessories as goods, the
goods "neither taken back nor exchanged", the sorts of a refused kind, a business's orders and a return's refund after
the goods reached us; then the return window in other words and a claim's limit, a lead that names a state, the parts made
sure of in the box, the rules for non-food items, proof the customer gives, the reason said briefly, the condition checked,
returns refused by a time, credit in a later tier, words that name no goods, the fault's window where only faults come
back, a fee on goods with no defect, carriers in brackets and an approval asked by email."""

from __future__ import annotations

import pytest
from drafting_helpers import conditions, exclusion_labels, holds, placed


def test_problems_that_show_up_after_the_fault_window_are_no_refund_time():
    drafted = placed("Refunds are paid back to your card.\n• When a product you receive is defective, we replace it provided you tell "
                     "us by email within 7 days of its arrival. Problems that show up after those 7 days are covered only by the "
                     "manufacturer's warranty.\n• When you send an item back and the return was not caused by an error of ours, "
                     "the cost of return shipping is taken off your refund.")
    assert "refund.typical_arrival" not in drafted
    assert drafted["fault.window.days"] == 7


def test_a_refund_that_shows_on_the_statement_is_still_the_banks_time():
    assert placed("Your refund usually shows up on your statement within 2 to 7 days.")["refund.typical_arrival"] == {
        "min_days": 2, "max_days": 7, "unit": "CALENDAR"}


def test_an_error_of_ours_denied_leaves_the_postage_the_customers():
    holds("When you send an item back on our label and the return was not caused by an error of ours, the cost of return "
          "shipping is taken off your refund.", {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}})


@pytest.mark.parametrize("text, wrong_item", [
    ("Some manufacturers send their own technician to your home to find out whether the product is defective or just wrongly "
     "installed (the usual case).", False),
    ("If your delivery contains damaged socks, or socks that were packed wrongly, we pay all shipping costs.", True),
    ("If we sent you the wrong item, we pay the return postage.", True),
])
def test_goods_installed_wrongly_are_not_the_wrong_goods(text, wrong_item):
    assert ("WRONG_ITEM" in placed(text).get("fault.reasons", set())) is wrong_item


def test_a_fee_the_shop_may_charge_on_change_of_mind_returns_spares_no_faults():
    assert "fees.waived_when_merchant_at_fault" not in placed("For returns because you changed your mind:\n- We may charge a 15% restocking fee")
    assert placed("Returns because you changed your mind carry a 30% restocking charge.")["fees.waived_when_merchant_at_fault"] is True


def test_goods_that_pass_the_makers_checks_are_no_inspection_of_returns():
    assert "refund.inspection" not in placed("Each strap we sell passes several inspections against our product standards.")
    assert placed("Returns are refunded once the item is back with us and has been inspected.")["refund.inspection"] is True


def test_no_fee_in_one_programme_is_no_fee_of_every_return():
    assert "fees.restocking_percent" not in placed("Projectors returned through this program pay no restocking fee.")
    assert placed("There is no restocking fee on returns.")["fees.restocking_percent"] == "0"


def test_a_fee_on_returns_the_shop_takes_after_the_period_is_not_every_returns():
    text = ("You have to tell us within 7 days of delivery. We decide at our own discretion whether to accept a return after that "
            "period, and any such return carries a re-stocking charge equal to 20% of what you paid.")
    assert "fees.restocking_percent" not in placed(text)
    assert placed("Except when the product is defective (which we decide at our sole discretion), the return carries a restocking "
                  "fee of 15% of the purchase price.")["fees.restocking_percent"] == "15"


def test_the_customers_time_to_send_a_faulty_item_back_and_a_days_guarantee_are_no_refund_time():
    for text in ("Our 30-day guarantee, a 100% exchange or refund: send back a defective cartridge within 30 days and you get a "
                 "complete exchange or a complete refund.",
                 "Our 30-day guarantee: send back a defective cartridge within 30 days and you get a complete exchange or a complete refund."):
        assert "refund.processing" not in placed(text)
    assert placed("We send your refund back within 5 days of receiving the return.")["refund.processing"] == {
        "min_days": 0, "max_days": 5, "unit": "CALENDAR"}


def test_the_shops_own_tracking_number_asks_for_no_tracked_service():
    assert "instructions.tracked_shipping_recommended" not in placed(
        "Usually we'll give you a label or a tracking number; write it on or print it out, then post the parcel to us.")
    assert placed("Please return the item using a tracked service.")["instructions.tracked_shipping_recommended"] is True


def test_do_not_send_anything_back_before_telling_us_asks_first():
    assert placed("Whatever the problem, first tell us about it by email. Please do not send any item back to us before telling us, "
                  "and pack it back in its box.")["returns.request_required_before_shipping"] is True


def test_collecting_the_item_and_exchanging_it_is_an_exchange_for_a_fault():
    drafted = placed("If something we supplied is defective, damaged or not what you ordered, we will put it right at no cost to you, by a "
                     "replacement, a refund, or by collecting the item and exchanging it.")
    assert drafted["fault.remedies"] == {"REPLACEMENT", "REFUND", "EXCHANGE"}


def test_photos_ask_for_the_packaging_only_when_they_name_it():
    assert placed("If your item arrives damaged, send photos of the damaged product and of its packaging.")["fault.photos_of"] == {"PACKAGING", "ISSUE"}
    drafted = placed("A return or exchange request has to meet every one of these conditions: 1) the product is unused and in its original "
                     "packaging; 2) you give valid proof: the order number, with clear photos or videos of the defect.")
    assert drafted["fault.photos_of"] == {"ISSUE"}


def test_goods_named_with_their_accessories_are_goods_not_a_condition():
    assert conditions("Items we do not take back:\n- Cosmetics and makeup\n- Prosthetics and their accessories (ears, teeth, fangs)") == set()
    assert conditions("Items must be returned unused and complete with their accessories.") == {"UNUSED", "ACCESSORIES_INCLUDED"}


def test_goods_we_neither_take_back_nor_exchange_are_refused():
    assert exclusion_labels("Items we neither take back nor exchange:\n- Cosmetics and makeup\n- Latex balloons") == [
        "Cosmetics and makeup", "Latex balloons"]


def test_the_sorts_of_a_refused_kind_are_not_kinds_refused_on_their_own():
    labels = exclusion_labels("Custom orders are never refunded, whether finished jewelry, handmade beads, or beads ordered specially for you.")
    assert labels == ["Personalized or custom-made products"]
    assert "Jewelry" in exclusion_labels("Gift cards and jewelry are final sale.")


def test_a_business_orders_refused_unless_faulty_lift_no_exclusions():
    assert "fault.overrides_exclusions" not in placed(
        "All such sales are final: for goods you order on behalf of your company we give no refunds unless they are faulty.")
    assert placed("Sale items are non-refundable unless faulty.")["fault.overrides_exclusions"] is True


def test_a_refund_counted_from_the_goods_reaching_us_is_a_returns_under_a_cancelling_heading():
    drafted = placed("You may cancel the order and get a full refund before it is despatched. We pay refunds owed to you as soon as we "
                     "can, normally within 5-10 days of the day the product(s) reached us back.")
    assert "cancellation.refund_time" not in drafted
    assert drafted["refund.processing"] == {"min_days": 5, "max_days": 10, "unit": "CALENDAR"}


@pytest.mark.parametrize("text, days, starts", [
    ("We will happily exchange it or give you back the price you paid, as long as you ask no later than 30 days after the purchase.", 30, "PURCHASE"),
    ("We will happily refund it, as long as you ask no later than 30 days after the purchase.", 30, "PURCHASE"),
    ("To be refunded to the payment method you used, your purchase has to reach our facility no later than 30 days after it was "
     "delivered.", 30, "DELIVERY"),
])
def test_a_refund_offered_by_a_limit_on_asking_and_goods_back_at_our_facility_are_the_return_window(text, days, starts):
    drafted = placed(text)
    assert (drafted.get("returns.window.days"), drafted.get("returns.window.starts")) == (days, starts)


def test_a_claim_that_has_to_reach_us_by_a_limit_is_the_faults_window_not_the_returns():
    drafted = placed("Every claim of damage, discrepancy or late delivery, and any other kind of issue, has to reach us no later than 3 "
                     "business days after the gift arrives, without exception.")
    assert "returns.window.days" not in drafted
    assert drafted["fault.window.days"] == 3


def test_any_issue_to_be_reported_by_a_limit_after_a_damaged_order_is_the_faults_window():
    drafted = placed("Should the recipient get a damaged order, contact us at once. Please be aware that any issue must be reported to us "
                     "within 2 days of delivery.")
    assert (drafted.get("fault.window.days"), drafted.get("fault.window.starts")) == (2, "DELIVERY")
    assert "fault.window.days" not in placed("Contact us about anything. Any issue must be reported within 30 days.")


def test_an_item_that_has_to_reach_us_by_a_limit_is_the_return_window():
    drafted = placed("• The item has to reach us no later than 30 days after you received it")
    assert (drafted.get("returns.window.days"), drafted.get("returns.window.starts")) == (30, "DELIVERY")


@pytest.mark.parametrize("text, expected", [
    ("A return qualifies only when these conditions are met:\n- Unopened and Undamaged: The wine has to be unopened, still in its "
     "original condition, packaging included.", {"UNUSED", "ORIGINAL_CONDITION", "ORIGINAL_PACKAGING"}),
    ("3.1 Return Conditions\n• Unused and Undamaged: the item has to be unused, free of damage, and in the same state as when it "
     "reached you.", {"UNUSED", "ORIGINAL_CONDITION"}),
])
def test_a_lead_that_names_the_state_asked_names_no_goods(text, expected):
    assert conditions(text) == expected


def test_every_part_made_sure_of_in_the_box_is_asked_of_the_return():
    assert conditions("Make sure every accessory, manual and free gift is in the box.") == {"ACCESSORIES_INCLUDED", "MANUALS_INCLUDED"}
    assert conditions("Please ensure all original parts are included.") == {"ACCESSORIES_INCLUDED"}


def test_the_rules_for_non_food_items_are_every_returns_where_food_is_refused():
    drafted = placed("For non-food items:\nWhen your order has already shipped and we approve your return, you have to send the order "
                     "back to us, at your own cost, in its new, unopened condition.\nWe do not refund the original shipping charge. Please "
                     "be aware that food items cannot be returned once they have shipped.")
    assert drafted["shipping.default.payer"] == "CUSTOMER"
    assert drafted["refund.original_shipping"] == "NEVER"
    assert exclusion_labels("Please be aware that food items cannot be returned once they have shipped.") == ["Food items"]


def test_proof_of_purchase_the_customer_gives_and_not_the_receipt_we_give():
    assert placed("You give proof of purchase (the receipt or the order confirmation).")["requirements.proof_of_purchase"] is True
    assert "requirements.proof_of_purchase" not in placed("We give you a receipt with every order.")


def test_say_briefly_why_asks_for_the_reason():
    assert placed("2. Give your order number and say briefly why you want the refund.")["requirements.reason_required"] is True


def test_the_condition_we_have_checked_before_the_refund_is_an_inspection():
    assert placed("When your returned item has arrived and we have checked its condition, the refund is processed within 7-10 "
                  "business days.")["refund.inspection"] is True


def test_returns_refused_by_a_time_unless_faulty_lift_no_exclusions():
    drafted = placed("Returns for a refund are not accepted after 7 days and/or before 14 days; once 14 days from purchase have passed, no "
                     "return is accepted unless the equipment bought is defective for the use the product was meant for.")
    assert "fault.overrides_exclusions" not in drafted


def test_credit_in_a_later_tier_is_not_how_every_refund_is_paid():
    assert "refund.method" not in placed("From 30 to 60 days after the original purchase, they can be exchanged for credit to spend in the store.")
    assert placed("Refunds are given as store credit only.")["refund.method"] == "STORE_CREDIT"


@pytest.mark.parametrize("text, labels", [
    ("We cannot take back anything that has been in the water, even a single time, or dragged so that it got dirty.", []),
    ("No refund is given for items that never reach you through your failure to claim them, your refusal, or an address that is not sufficient.", []),
    ("- Any part we find to have been installed or used, or that fails these conditions, we may refuse and send back.", []),
    ("Some items cannot be returned: used items, and items whose tags, branded materials or original packaging are missing.", []),
    ("Some products, namely ebikes and batteries, may not be returnable because of what they are.", ["Ebikes and batteries"]),
    ("Kiln shelves, dry materials and the like cannot be returned.", ["Kiln shelves", "Dry materials"]),
])
def test_how_often_a_failure_the_shops_act_and_missing_parts_name_no_goods(text, labels):
    assert exclusion_labels(text) == labels


def test_where_only_faults_come_back_the_time_to_ask_is_the_faults_window():
    drafted = placed("We accept a return only when the item is faulty or damaged. Email us within 7 days of receiving the item to ask for a return.")
    assert (drafted.get("fault.window.days"), drafted.get("fault.window.starts")) == (7, "DELIVERY")
    assert "returns.window.days" not in drafted
    kept = placed("We accept a return only when the item is faulty or damaged. Refunds are available for 30 days from the day your order is delivered.")
    assert kept.get("returns.window.days") == 30


def test_items_sent_back_for_a_taste_are_no_group_of_goods():
    assert exclusion_labels("Items We Don't Refund:\n- Items that have been used or damaged\n- Figures/collectibles that have been opened, or "
                            "items sent back because of personal taste (a colour difference, say)") == []



def test_a_fee_on_products_that_have_no_defect_is_every_no_fault_returns():
    holds("A 10% restocking charge is taken off the refund of any return of a product that has no manufacturing defect and was not "
          "sent because of a mistake by Telescopes Canada.", {"fees.restocking_percent": "10", "fees.waived_when_merchant_at_fault": True})


def test_whose_part_a_lead_names_is_no_goods():
    holds("Shipping:\nCustomer Responsibility: The customer pays for return shipping, unless the return comes from our error (a wrong item "
          "shipped or a damaged product, for example).", {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}})


def test_carriers_named_before_their_for_example_in_brackets():
    assert placed("We recommend tracked shipping (USPS or FedEx, for example) to ensure safe arrival.")["instructions.carrier_examples"] == [
        "USPS", "FedEx"]


def test_a_return_to_be_approved_by_phone_or_email_is_asked_by_email():
    assert placed("Each return has to be approved first, by phone or by email, and must come back exactly as it was when it left our "
                  "store.")["returns.request_via"] == "EMAIL"


@pytest.mark.parametrize("text, path", [
    ("If an issue arises with your refund, note that refunds are processed within 5 business days.", "refund.processing"),
    ("We always send your refund back within 5 days of receiving the return.", "refund.processing"),
    ("Refunds are given as store credit only, usually from 3 to 5 days after we receive your return.", "refund.method"),
    ("The item has to reach us no later than 30 days after you received it, or your refund claim will be refused.", "returns.window.days"),
])
def test_the_guards_of_this_session_leave_the_refunds_own_terms(text, path):
    assert path in placed(text)


def test_the_guards_of_this_session_leave_goods_and_payers_alone():
    assert "requirements.proof_of_purchase" not in placed("Our cashier will give you a receipt with every order.")
    assert exclusion_labels("Custom orders cannot be returned whether they were worn or not, and gift cards are not refundable "
                            "either.") == ["Personalized or custom-made products", "Gift cards"]
    assert exclusion_labels("Branded clothing cannot be returned.") == ["Branded clothing"]
    assert "shipping.default.payer" not in placed("Non-UK orders:\n- Return shipping is paid by the customer.")
    assert "WRONG_ITEM" not in placed("A technician checks whether the product is defective or just installed wrongly.").get("fault.reasons", set())

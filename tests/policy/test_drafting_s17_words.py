"""Session 17, from test64..71's reads: what a sentence's words, its lead or its heading name. "There", refused credit and
a refusal only in a store name no goods; goods made or configured to order are personalized; a lead or heading naming a
mishap, a message, a note, a step or a remedy ("Breakages:", "Keep in mind:", "Email body:", "5. Replacements") names no
goods; a message template's fields state no rules. Fees for goods that lost value are no fee of every return, while goods
that "may be returned, subject to" a fee pay it. Faults listed under "What Can Be Returned" are fault reasons; a state
the return must not be in names none. A consumer law's title states no rule; "unless defective, no returns" closes
returns; refunds "back to the account the order was placed from" go the way it was paid; a misaddressed order's
delivery charge is no rule for every order."""

from __future__ import annotations

from drafting_helpers import exclusion_labels

from plugin.policy.drafting import draft_policy


def test_a_pointer_refused_credit_and_a_refusal_in_a_store_name_no_goods():
    assert exclusion_labels("Clearance items and special orders are final sale: there is no exchange or refund on them.") == [
        "Clearance items", "Special orders"]
    assert exclusion_labels("We may refuse credit, at our sole discretion, for any returned item that does not meet our return conditions.") == []
    assert exclusion_labels("Online purchases cannot be refunded in a store.") == []


def test_a_charge_for_goods_that_lost_value_is_no_restocking_fee_of_every_return():
    draft = draft_policy("We make a 25% restocking charge if handling the goods has reduced their value, for example by removing the film.")
    assert not [p for p in draft.placed if p.path == "fees.restocking_percent"]
    assert len(draft.unplaced) == 1
    draft = draft_policy("We charge a 25% restocking fee on every return.")
    assert [p.value for p in draft.placed if p.path == "fees.restocking_percent"] == ["25"]


def _reasons(text: str) -> set:
    return {p.value for p in draft_policy(text).placed if p.path == "fault.reasons"}


def test_faults_listed_as_cases_the_shop_takes_back_are_fault_reasons():
    text = ("What Can Be Returned\n\n  • Products not yet opened, in their original packaging\n"
            "  • Items that do not match their description\n  • The wrong item, sent by mistake\n")
    assert _reasons(text) == {"NOT_AS_DESCRIBED", "WRONG_ITEM"}
    assert _reasons("When We Exchange\n- You received the wrong item\n- Quality problems\n") >= {"WRONG_ITEM"}


def test_faults_listed_under_a_refusal_or_a_page_title_are_not():
    assert _reasons("What Cannot Be Returned\n  • The wrong item, if you chose it\n") == set()
    assert _reasons("Returns Policy\n- the product or its packaging shows any damage\n") == set()


def test_a_consumer_laws_title_states_no_rule_of_the_shops():
    draft = draft_policy("Under the Consumer Contracts (Information, Cancellation and Additional Charges) Regulations 2013, you may "
                         "cancel your purchase of goods from us within 14 days of the day you received them.")
    assert {p.path: p.value for p in draft.placed}.get("returns.window.days") == 14
    assert not [p for p in draft.placed if p.path.startswith(("cancellation", "fees"))]


def test_a_state_the_return_must_not_be_in_names_no_fault():
    text = ('TO QUALIFY FOR A REFUND, THE ITEM MUST BE:\n- In "as new" condition (if you opened the box, neither the product nor '
            'its packaging may be damaged in any way)\n')
    assert "DAMAGED" not in {p.value for p in draft_policy(text).placed if p.path == "fault.reasons"}


def test_goods_made_to_order_in_other_words_are_personalized():
    text = "What Cannot Be Returned\n\n  • Smart home systems configured to order (custom-configured)\n"
    assert [p.value["category"] for p in draft_policy(text).placed if p.path == "exclusions"] == ["PERSONALIZED"]


def test_a_line_under_goods_the_shop_will_not_take_back_is_listed_when_no_setting_holds_it():
    draft = draft_policy("Items We Cannot Take Back:\n- Items bought at live events.\n- Items bought from other retailers.\n")
    assert {"- Items bought at live events.", "- Items bought from other retailers."} <= {u.sentence.text for u in draft.unplaced}


def test_no_exchange_of_returned_items_is_no_exchange_at_all():
    draft = draft_policy("Exchanges:\n- We do not exchange returned items. Everything sent back to us is refunded.\n")
    assert {p.path: p.value for p in draft.placed}.get("resolutions.exchange") == "NEVER"


def test_goods_that_may_be_returned_subject_to_a_fee_pay_it():
    draft = draft_policy("Any non-defective product may be returned, subject to a 15% restocking fee, as is standard in the industry.")
    assert [p.value for p in draft.placed if p.path == "fees.restocking_percent"] == ["15"]
    assert not [p for p in draft_policy("A 15% restocking fee may apply to returns.").placed if p.path == "fees.restocking_percent"]


def test_no_returns_but_for_faults_said_with_the_exception_first_takes_returns_only_at_fault():
    placed = {p.path: p.value for p in draft_policy("Unless the item you bought is defective, we take no returns and make no exchanges.").placed}
    assert placed.get("returns.only_at_fault") is True and "returns.enabled" not in placed
    on_sale = {p.path for p in draft_policy("Unless you bought it on sale, we do not accept returns.").placed}
    assert not on_sale & {"returns.enabled", "returns.only_at_fault"}


def test_refunds_back_to_the_account_the_order_was_placed_from_go_the_way_it_was_paid():
    assert [p.value for p in draft_policy("Refunds go back to the account the order was placed from.").placed if p.path == "refund.method"] == [
        "ORIGINAL_PAYMENT"]


def test_the_delivery_charge_of_a_misaddressed_order_is_no_rule_for_every_order():
    draft = draft_policy("If you gave us incorrect delivery details, we cannot refund the delivery.")
    assert not draft.placed and len(draft.unplaced) == 1


def test_a_lead_naming_a_mishap_is_no_goods():
    draft = draft_policy("Breakages:\n\nShould your gift arrive broken or damaged, we will replace it free of charge, as long as you tell us "
                         "within 24 hours of delivery.\n")
    placed = {p.path: p.value for p in draft.placed}
    assert placed["fault.window.days"] == 1 and placed["fault.reasons"] == "DAMAGED"
    wrong = draft_policy("Wrong Items:\n\nIf we sent you the wrong item, email us within 7 days of delivery.\n")
    assert {p.path: p.value for p in wrong.placed}.get("fault.window.days") == 7


def test_a_lead_naming_a_message_a_note_or_a_step_is_no_goods():
    placed = {p.path: p.value for p in draft_policy("Keep in mind: you can return any item within 30 days of delivery.").placed}
    assert placed.get("returns.window.days") == 30
    placed = {p.path: p.value for p in draft_policy("Change of mind: you pay for return shipping.").placed}
    assert placed.get("shipping.default.payer") == "CUSTOMER"
    placed = {p.path: p.value for p in draft_policy("Not accepted: items you return after 30 days of delivery.").placed}
    assert placed.get("returns.window.days") == 30


def test_the_fields_of_a_message_the_customer_is_to_write_are_no_rules():
    text = "Return Request Template\nEmail Content:\n- Order number:\n- Reason for return: (size issue, wrong item, change of mind, etc.)\n"
    assert not [p for p in draft_policy(text).placed if p.path == "fault.reasons"]


def test_a_heading_naming_the_remedy_is_no_goods():
    text = "5. Replacements\nIf an item arrives damaged, we send a replacement at no cost once we have checked it.\n"
    placed = {(p.path, str(p.value)) for p in draft_policy(text).placed}
    assert ("fault.remedies", "REPLACEMENT") in placed

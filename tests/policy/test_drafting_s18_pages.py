"""Session 18, from test76..79's misses (after their read): who pays return postage in more words ("Please prepay the
postage", "you arrange and pay for shipping the returned items", "the label is free", "a free Collect+ returns label"), a
free label that is no tag; email named beside a live chat is the channel; a return asked for as "approval" or as wishing
"to send a product back" starts one; the goods a whole page is about (socks on a sock shop's page) are every item, so a
rule naming them is the shop's, while a page that divides its goods keeps each rule to its own. Goods refused by a lead
under a non-returnable heading, by "X: cannot be returned", or "only when faulty"; goods excepted in brackets leave the
window every other item's; when to ask after a late refund is no refund time; the go-ahead before sending, in more
words ("without arranging it with us first", "once it is approved, send the product back"). What befalls goods (a state, a
cause, a quality named bare: "Moisture", "connected to the mains") is no goods refused; a carrier's "call tag" or the
parcel's label is no tag of the goods; the customer's details wrong are no fault of the goods; an exchange offered for the
customer's choice beside a fault ("a different design, or ... faulty") is every return's; the time allowed "for us to
process it" is the refund's processing; store credit "instead" of money refused before is how refunds are paid, while store credit refused, given to
late returns or ticked on a form is not."""

from __future__ import annotations

from drafting_helpers import conditions, exclusion_labels, holds, placed


def test_the_customer_pays_the_return_postage_in_more_words():
    for text in ("You must prepay and insure the shipping of every return yourself.",
                 "Please prepay the postage on any item you return.",
                 "5. Shipping Responsibility: you arrange and pay for shipping the returned item(s).",
                 "You then pay the return delivery yourself, and a 20% restocking fee is taken from the refund."):
        holds(text, {"shipping.default.payer": "CUSTOMER"})


def test_a_free_label_is_the_shop_paying_and_no_tag():
    for text in ("For every eligible return the label is free.",
                 "Step 3: We send you a label with the return postage already paid",
                 "To return it to our warehouse, you can make a free Collect+ returns label here."):
        holds(text, {"shipping.default.payer": "MERCHANT"})
    assert conditions("For every eligible return the label is free.") == set()


def test_email_named_beside_a_live_chat_is_the_channel():
    holds("To ask for a refund, reach our customer support team by email, phone or live chat.", {"returns.request_via": "EMAIL"})
    holds("To start a return, message us on our live chat.", {"returns.request_via": "WEBSITE"})


def test_a_return_asked_for_as_approval_or_as_sending_a_product_back_names_its_channel():
    holds("We must approve every return in advance, and you must ask for that approval by e-mail or by phone no later than "
          "7 days after the goods arrive.", {"returns.request_via": "EMAIL"})
    holds("Email sales@shop.example saying you wish to send a product back to us.", {"returns.request_via": "EMAIL"})


_SOCK_SHOP = """Returns
We want you to love your socks. A return is accepted when these conditions are met:
- Unworn and Unwashed: returned socks must be in their original condition, unworn and unwashed.
- Hygiene: we cannot take back socks that were worn or used.
Please try new socks on at home first, and keep your socks in their packaging until you are sure.
"""

_DIVIDED_SHOP = """Returns
Mattresses must be unused and come back within 100 days. Mattresses are collected by our courier.
Pillows must be unused. Pillows come back in their packaging. Pillows are sold with a sleep trial.
"""


def test_the_goods_the_whole_page_is_about_are_every_item():
    assert {"NOT_WORN", "NOT_WASHED", "ORIGINAL_CONDITION"} <= conditions(_SOCK_SHOP)
    # the same rule on a page that names two kinds as often keeps to its goods
    assert "requirements.condition" not in placed(_DIVIDED_SHOP)


def test_a_lead_under_a_non_returnable_heading_names_the_goods():
    text = ("3. Non-Returnable Items\n- Software Licenses: enterprise software licenses or digital keys, once redeemed.\n"
            "- Custom Builds: any drone modified or custom-built to what a client asked for.\n")
    assert {"Software Licenses: enterprise software licenses or digital keys, once redeemed", "Custom builds"} <= set(exclusion_labels(text))
    # under a list's refusing lead, a line whose own rule takes the goods back on terms refuses nothing by its lead
    assert exclusion_labels("We take no returns of:\n- DVDs: DVDs are refunded only when they are still sealed.\n") == []


def test_goods_refused_but_for_faults_or_by_a_lead():
    assert exclusion_labels("Special order items, phono cartridges and styli come back only when they are faulty.") == [
        "Special orders", "Phono cartridges and styli"]
    assert exclusion_labels("Swatch/Sample Booklets: cannot be returned.") == ["Swatch/sample booklets"]


def test_goods_excepted_in_brackets_leave_the_window_every_other_items():
    text = "Any new and unused item (final sale items excepted) can be exchanged or refunded within 30 days of receipt."
    holds(text, {"returns.window.days": 30, "returns.window.starts": "DELIVERY", "refund.processing": None})


def test_when_to_ask_after_a_late_refund_is_no_refund_time():
    holds("Refund not received within 7 days.\nCheck with your bank first, then write to us.", {"refund.processing": None})


def test_the_go_ahead_before_sending_in_more_words():
    for text in ("Please send no product back to us without arranging it with us first.",
                 "Once it is approved, send the product back as the instructions tell you.",
                 "If you decide to send it back, ask our customer service for an RA# first; you may then send the product to our warehouse.",
                 "We may refuse any return or exchange that was not authorized.",
                 "Once your refund request has been approved, our team will take you through the return process."):
        holds(text, {"returns.request_required_before_shipping": True})


def test_what_befalls_goods_is_no_goods_refused():
    for text in ("We cannot accept returns of items taken out of its packaging.",
                 "No refunds for damage from moisture or time.",
                 "We do not refund products whose seals are broken.",
                 "No returns for anything connected to the mains.",
                 "We give no refunds for timber quality."):
        assert exclusion_labels(text) == [], text


def test_a_carriers_call_tag_or_the_parcels_label_is_no_tag_of_the_goods():
    for text in ("You will then need to phone us so we can issue a new call tag, and UPS will try to collect again.",
                 "A return sent with this label costs you nothing as long as the order balance stays above $69.95.",
                 "If we make a mistake, such as putting on the wrong label, we send the right goods at once."):
        assert "TAGS_ATTACHED" not in conditions(text), text
    assert "TAGS_ATTACHED" in conditions("Items must be returned with their tags attached.")


def test_the_customers_details_wrong_are_no_fault_of_the_goods():
    for text in ("Information that is incomplete or wrong can delay the return, so please check it when you ask for a return.",
                 "If delivery fails because the address was wrong or incomplete, you can ask for a reprint at an extra cost."):
        assert "fault.reasons" not in placed(text), text


def test_an_exchange_offered_for_a_choice_beside_a_fault_is_every_returns():
    for text in ("If you would like a different design, or the lamp you received is faulty, you can exchange it for a different lamp.",
                 "Or, if you accidentally bought an incorrect item, you can ask to exchange it for another product of the same or lower value."):
        holds(text, {"resolutions.exchange": "ALWAYS"})
    holds("If the lamp you received is faulty, you can exchange it for a different lamp.", {"resolutions.exchange": "MERCHANT_AT_FAULT"})


def test_time_allowed_for_us_to_process_a_return_is_the_refunds_processing():
    holds("Once your return has reached us, allow 5-10 business days for us to process it.",
          {"refund.processing": {"min_days": 5, "max_days": 10, "unit": "BUSINESS"}})
    # an exchange's processing is no refund's
    holds("Please allow up to 5 business days for us to process your exchange after it reaches us.", {"refund.processing": None})


def test_store_credit_instead_of_money_refused_before():
    holds("We give no refunds in money. Instead, you get store credit as a voucher to spend on any later purchase.",
          {"refund.method": "STORE_CREDIT"})


def test_store_credit_refused_given_to_late_returns_or_ticked_on_a_form_is_no_refund_method():
    for text in ("Anything returned with signs of wear or tear will not be given store credit or an exchange.",
                 "Items that arrive after the 30 days have passed are refunded in store credit.",
                 "When items come back more than thirty days after the date of purchase, the refund is given as store credit.",
                 "What you would like instead:\n• [ ] Store credit\n• [ ] Exchange\n"):
        holds(text, {"refund.method": None})
    holds("Refunds are given as store credit only.", {"refund.method": "STORE_CREDIT"})

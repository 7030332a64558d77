"""Precision of the money-area rules on unseen pages (round s9, area "money": refund timing and method, who pays
return postage, fees): ways of saying that read as a refund time, a reply time or a payer but state something
else, each with a counter-sentence that must still be read. Every sentence is written for this test, read by the
rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


# --- a duration that dates the purchase, or the customer's asking, is no refund time ----------------------------

@pytest.mark.parametrize("text", [
    # the goods bought within a span: which purchases can be refunded, the return window
    "Anything ordered in the past 21 days may be refunded if it reaches us unused.",
    "Gadgets purchased within 45 days can still be refunded in full.",
    # the customer's asking within a span: a window to ask in
    "Should a set qualify for its money back, requesting it within 12 days makes sure you receive it.",
    "Asking within nine days keeps your refund safe.",
    # the goods that have to come back within a span: the customer's deadline, whatever the refund is for
    "Boxes need to come back sealed within 20 days for us to refund them.",
    "The lamp has to arrive back with us within 25 days for us to pay you back.",
    # the return sent for an exchange or a refund: the refund named as the return's purpose
    "You may post a rug back for a swap or a refund within 40 days of buying it.",
    "Ship any tool back for an exchange or store credit or a refund within 60 days after you ordered it.",
    "Send your boots back for an exchange or a refund within 30 days of the day you first bought them.",
])
def test_a_window_is_no_refund_time(text):
    assert "refund.processing" not in first_values(text)


@pytest.mark.parametrize("text,value", [
    ("When your parcel gets back to us, we settle the refund or swap within 2-3 business days.", {"min_days": 2, "max_days": 3, "unit": "BUSINESS"}),
    ("Refunds are sent within 6 days of the return reaching us.", {"min_days": 0, "max_days": 6, "unit": "CALENDAR"}),
    ("Allow as many as 8 business days for your refund to be processed once we receive the box.", {"min_days": 0, "max_days": 8, "unit": "BUSINESS"}),
])
def test_refund_time_still_read(text, value):
    assert first_values(text).get("refund.processing") == value


# --- a reply that brings the return's authorisation, or comes in hours, is the request's answer -------------

@pytest.mark.parametrize("text", [
    "Within 2 business days you will have our answer to your return, with an RMA number and where to ship your parcel.",
    "Our team will reply to your return request within 3 business days, giving you a return authorisation code.",
    "We try to respond in under 5 business hours after an item has been received, sending the next steps.",
])
def test_a_request_answer_is_no_response_time(text):
    assert "refund.response_business_days" not in first_values(text)


def test_a_reply_listed_under_its_time_is_not_read_again():
    text = "Step 3\n\nIn 2 business days we write back with:\n\n- the code for your return\n- where to post it\n"
    assert "refund.response_business_days" not in first_values(text)


@pytest.mark.parametrize("text,days", [
    ("Once your return arrives, we reply within 3 business days to say whether it is accepted.", 3),
])
def test_response_time_still_read(text, days):
    assert first_values(text).get("refund.response_business_days") == days


# --- who pays return postage: a case named by the sentence is not every return ---------------------------------

@pytest.mark.parametrize("text", [
    # postage on a replacement or an exchange: some returns only
    "Any further postage on a replacement or an exchange is paid by the buyer.",
    "Shipping costs for a swap or a replacement are the customer's responsibility.",
    # an order the customer refuses, or that the carrier cannot deliver: no return at all
    "If you refuse a delivery, you pay the shipping costs in both directions.",
    "Parcels that cannot be delivered to the address given are sent back at the customer's expense for postage both ways.",
    # a label sent only in a case, and the postage yours without it
    "We will only issue a prepaid label if the goods are in their original carton; otherwise, the cost of getting them to us is yours.",
    "We can only email a return label when the parcel is packed in our own box; without that box the postage to send it back is yours.",
])
def test_no_default_payer_for_a_case(text):
    assert "shipping.default.payer" not in first_values(text)


@pytest.mark.parametrize("text", [
    # the goods said not to be faulty: the returns no one is at fault for, paid by the customer
    "If the lamp you send back is not faulty, the cost of posting it back is yours.",
    "Where a returned item isn't damaged or defective, return shipping is paid by you.",
    # the return postage not refunded, whatever "we pay back" the sentence names after
    "Neither return postage nor the packing fee is refunded; both are taken off what we pay back.",
])
def test_customer_pays_when_the_goods_are_not_faulty_or_postage_is_kept(text):
    ruled = first_values(text)
    assert ruled.get("shipping.default.payer") == "CUSTOMER"
    assert ruled.get("shipping.merchant_at_fault") in (None, {"payer": "MERCHANT"})


@pytest.mark.parametrize("text,path,payer", [
    ("You pay the return shipping, unless we sent you the wrong item.", "shipping.default.payer", "CUSTOMER"),
    ("If the item is faulty, we cover the cost of sending it back.", "shipping.merchant_at_fault", {"payer": "MERCHANT"}),
    ("Return postage is paid by the customer.", "shipping.default.payer", "CUSTOMER"),
    ("We pay return shipping on every order.", "shipping.default.payer", "MERCHANT"),
    # a replacement for a faulty item, named alone, is the fault's remedy, not some returns
    ("Every return is posted back at your cost, even when a broken item comes back for a replacement.", "shipping.merchant_at_fault", {"payer": "CUSTOMER"}),
])
def test_payer_still_read(text, path, payer):
    assert first_values(text).get(path) == payer


# --- the order's shipping refunded "both" with the price -----------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("If a lamp arrives damaged, we refund both what it cost and the delivery charges.", "MERCHANT_AT_FAULT"),
    ("When we sent the wrong size, we refund both the shoes' price and your shipping costs.", "MERCHANT_AT_FAULT"),
    ("For every return we refund both the price of the goods and the delivery charge.", "ALWAYS"),
    # counter: the shipping left out of the refund
    ("We refund the price of the goods, but not the delivery charges.", "NEVER"),
])
def test_shipping_refunded_both_with_the_price(text, value):
    assert first_values(text).get("refund.original_shipping") == value


# --- a check inside a list whose lead-in is the procedure for faulty goods is the fault claim's -----------------

@pytest.mark.parametrize("text", [
    "How to claim for a faulty item:\n1) Email us a photo of the fault.\n2) Our service centre then tests the product and sends you an inspection report.\n",
    "Steps for a defective product:\n- Post it to our repair desk.\n- Our technicians inspect the returned product and tell you what they found.\n",
])
def test_a_fault_procedure_check_is_no_inspection(text):
    assert "refund.inspection" not in first_values(text)


@pytest.mark.parametrize("text", [
    "How returns work:\n1) Post the item back to us.\n2) Our service centre then tests the product and sends you an inspection report.\n",
    "Every returned product is inspected before we refund it.",
])
def test_inspection_still_read(text):
    assert first_values(text).get("refund.inspection") is True


# --- a refund way under a heading naming one way of paying is for those payments only ---------------------------

@pytest.mark.parametrize("text", [
    "Refunds\n\nCredit Card Refunds\n- For 10 days from purchase: the whole sum is refunded onto the credit card you paid with\n",
    "Refunds\n\nPayPal Payments\n\nA returned item is refunded to the original payment method.\n",
])
def test_a_refund_way_for_one_way_of_paying(text):
    assert "refund.method" not in first_values(text)


@pytest.mark.parametrize("text", [
    "Refunds\n\nFor 10 days from purchase: the whole sum is refunded onto the credit card you paid with\n",
    "How Refunds Are Paid\n\nMoney for a returned item goes back to the original payment method.\n",
])
def test_refund_way_under_a_plain_heading_still_read(text):
    assert first_values(text).get("refund.method") == "ORIGINAL_PAYMENT"


# --- a span counted from the purchase is the window, however the purchase is named ------------------------------

@pytest.mark.parametrize("text", [
    "Ordered the wrong colour? Buy the right one now, then post us the first to be refunded within 20 days of that original order.",
    "Mail the unwanted pair back to be refunded within 15 days of your first purchase.",
])
def test_a_span_from_the_purchase_is_no_refund_time(text):
    assert "refund.processing" not in first_values(text)


@pytest.mark.parametrize("text,value", [
    ("Your refund is issued within 5 days of receiving your return.", {"min_days": 0, "max_days": 5, "unit": "CALENDAR"}),
    ("We pay the refund within 9 days of the return reaching us.", {"min_days": 0, "max_days": 9, "unit": "CALENDAR"}),
])
def test_refund_time_from_the_return_still_read(text, value):
    assert first_values(text).get("refund.processing") == value


# --- "if all is in order": the return accepted, the refund's own condition, not a case of some goods -------------

@pytest.mark.parametrize("text", [
    "If everything is in order, the refund is paid back to the payment method you used.",
    "When all is satisfactory, we refund the card you paid with.",
])
def test_refund_way_after_the_return_is_accepted(text):
    assert first_values(text).get("refund.method") == "ORIGINAL_PAYMENT"


@pytest.mark.parametrize("text", [
    # counter: a case of the item itself still scopes the refund way
    "If the box has been opened, the refund is paid back to the payment method you used.",
])
def test_refund_way_for_a_case_of_the_item_still_declined(text):
    assert "refund.method" not in first_values(text)


# --- the payer said with "also" or an apposition between the payer and "pay" --------------------------------

@pytest.mark.parametrize("text", [
    "You also pay the cost of posting the goods back.",
    "You, the customer, pay what it costs to ship the parcel back.",
    "Customers, as the senders, pay the cost of sending a return.",
])
def test_customer_pays_with_also_or_an_apposition(text):
    assert first_values(text).get("shipping.default.payer") == "CUSTOMER"


@pytest.mark.parametrize("text", [
    # counter: "also" on the shop's side keeps the shop the payer
    "We also pay the cost of posting the goods back.",
])
def test_merchant_still_pays_with_also(text):
    assert first_values(text).get("shipping.default.payer") == "MERCHANT"


# --- the order's shipping kept, said beside the return postage in one sentence ------------------------------

@pytest.mark.parametrize("text", [
    "The postage back is paid by you, and we do not refund delivery charges.",
    "Return shipping is yours to pay; we don't refund shipping fees either.",
])
def test_original_shipping_kept_beside_return_postage(text):
    ruled = first_values(text)
    assert ruled.get("refund.original_shipping") == "NEVER"
    assert ruled.get("shipping.default.payer") == "CUSTOMER"


@pytest.mark.parametrize("text", [
    # counter: the kept shipping is the return's own
    "We do not refund return shipping costs, and you pay them yourself.",
])
def test_return_postage_kept_is_not_the_orders(text):
    assert "refund.original_shipping" not in first_values(text)


# --- a restocking fee on the goods "that are not faulty", "without exception": every no-fault return pays it -----

@pytest.mark.parametrize("text,percent", [
    ("Every item that is not faulty and is sent back for a refund is charged a 12% restocking fee, without exception.", "12"),
    ("Any order that is not damaged and is returned to us pays a 9% restocking fee, without any exception.", "9"),
])
def test_restocking_fee_for_the_no_fault_returns(text, percent):
    ruled = first_values(text)
    assert ruled.get("fees.restocking_percent") == percent
    assert ruled.get("fees.waived_when_merchant_at_fault") in (None, True)


@pytest.mark.parametrize("text", [
    # counter: goods singled out by another state still make the fee a case
    "Items that are not in their original box carry a 12% restocking fee.",
])
def test_restocking_fee_for_goods_in_a_state_is_still_a_case(text):
    assert "fees.restocking_percent" not in first_values(text)


# --- the refund told as "you get back the full amount" --------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Once your parcel is back with us, you get back the whole sum you paid within 4-6 business days.", {"min_days": 4, "max_days": 6, "unit": "BUSINESS"}),
    ("When the boots reach us, you will receive back the full amount within 8 days.", {"min_days": 0, "max_days": 8, "unit": "CALENDAR"}),
])
def test_amount_got_back_is_the_refund(text, value):
    assert first_values(text).get("refund.processing") == value


@pytest.mark.parametrize("text", [
    # counter: the span is the window to send the goods back in
    "You get back the whole sum you paid if you send the item back within 30 days.",
])
def test_amount_got_back_with_a_window_is_no_refund_time(text):
    assert "refund.processing" not in first_values(text)


# --- the shipping of some orders only ("what you paid for express delivery") is no rule for every order -----------

@pytest.mark.parametrize("text", [
    "Bear in mind that what you paid for next-day delivery is never given back.",
    "What you paid for expedited shipping is not refunded.",
])
def test_some_orders_shipping_kept_sets_nothing(text):
    from plugin.policy.drafting import draft_policy
    draft = draft_policy(text)  # with the learned reader: the rules' reason keeps it from guessing
    assert "refund.original_shipping" not in {setting.path for setting in draft.placed}


def test_order_shipping_paid_kept_still_read():
    assert first_values("What you paid for delivery is never given back.").get("refund.original_shipping") == "NEVER"

"""Session 11, recall round on what the customer gets back and what happens when the shop is at fault (store credit,
exchanges, the refund's way, the fault's terms, the return address given on request), rules only. Each test names
a way shops phrase a rule, in sentences of our own, with near misses that must not be read."""

from __future__ import annotations

import pytest
from drafting_helpers import placed


# The return address named as what a reply of the shop's holds (convention 10): "the address given in your approval
# email", "the address we send you once the return is approved", "each authorisation tells you the address to ship it
# to", "ask our service desk for the return address", "instructions on where to send it"
@pytest.mark.parametrize("text", [
    "Post the parcel to the address given in your return approval email.",
    "Ship the boots to the address we send you once the return is approved.",
    "Your authorisation number tells you the address to send the heater to.",
    "Customer Care will email you the address to ship your rug to.",
    "Please ask our service team for the return address before posting anything.",
    "After accepting your request we will write with instructions on where to send the lamp.",
    "We will then send you a return address and a packing checklist.",
])
def test_the_address_given_in_a_reply_is_on_request(text):
    assert placed(text).get("instructions.address_on_request") is True


@pytest.mark.parametrize("text", [
    "Send it to the address shown on our contact page.",  # printed on the page
    "We will ship the replacement to the address you gave us.",  # where the shop sends goods, not returns
    "Please check that the address in your order confirmation email is correct.",  # the customer's own address
])
def test_an_address_on_the_page_or_the_customers_is_not_on_request(text):
    assert "instructions.address_on_request" not in placed(text)


# The shop's credit named among what a return gets the customer, beside a refund or an exchange: store credit is one
# resolution of any return ("a refund, a credit or a swap", "store credit or an exchange", "an exchange or a credit note")
@pytest.mark.parametrize("text", [
    "Whatever the reason, we can give you a refund, a credit, or a swap for something else.",
    "Within 20 days of delivery you may ask for merchandise credit or an exchange.",
    "For a return in good order we offer an exchange or a credit note, not a refund.",
])
def test_store_credit_among_the_outcomes_of_a_return(text):
    assert placed(text).get("resolutions.store_credit") == "ALWAYS"


@pytest.mark.parametrize("text", [
    "We cannot offer a refund or store credit on opened goods.",  # refused
    "Clearance candles can be exchanged or returned for store credit only.",  # some goods only
    "We will make it right with a refund or store credit, depending on what happened.",  # the shop's pick per case
    "With a receipt, items can be exchanged for a Harbour Exchange store credit.",  # a name, not a list
])
def test_store_credit_refused_or_for_some_cases_is_not_offered_for_every_return(text):
    assert placed(text).get("resolutions.store_credit") != "ALWAYS"


def test_store_credit_among_a_faults_remedies_is_for_faults():
    # near miss: the same list for goods that arrive broken is a fault's remedy
    drafted = placed("If a vase arrives broken, we will send you a refund, store credit or an exchange.")
    assert drafted.get("resolutions.store_credit") == "MERCHANT_AT_FAULT"


# An exchange named by its terms or by the shop's part in one ("to qualify for a refund or an exchange, ...", "we will
# happily arrange a swap", "we take exchange requests within 30 days"): an exchange is an outcome of any return (convention 12)
@pytest.mark.parametrize("text", [
    "To qualify for a refund or an exchange, lamps must come back unused and boxed.",
    "To be eligible for an exchange, the item must be returned within 21 days.",
    "Tell our team what you need and we will happily arrange a swap.",
    "We accept exchange requests for 30 days after delivery.",
])
def test_an_exchange_named_by_its_terms_is_offered(text):
    assert placed(text).get("resolutions.exchange") == "ALWAYS"


@pytest.mark.parametrize("text", [
    "Clearance items are not eligible for an exchange.",  # some goods, refused
    "Only items that arrive faulty qualify for an exchange.",  # the shop's faults only
    "We cannot arrange an exchange for engraved rings.",  # refused, for some goods
])
def test_an_exchange_refused_or_for_some_goods_is_not_offered_for_every_return(text):
    assert placed(text).get("resolutions.exchange") != "ALWAYS"


# The shop's credit where the money is refused ("We don't refund in cash; ...", "we give no refunds", "..., not a refund"):
# every refund is store credit
@pytest.mark.parametrize("text", [
    "We don't refund in cash: a return earns you a voucher or a swap.",
    "We give no refunds, but you can have store credit or an exchange.",
    "What you get for a return is an exchange or a credit note, not a refund.",
])
def test_the_shops_credit_where_money_is_refused_is_the_refund_way(text):
    assert placed(text).get("refund.method") == "STORE_CREDIT"


@pytest.mark.parametrize("text", [
    "We do not refund shipping charges; gift cards bought with an order are refunded too.",  # a charge kept, not the money
    "We give no refunds on sale items, only store credit or an exchange.",  # some goods only
])
def test_a_charge_kept_or_some_goods_is_not_every_refund_as_credit(text):
    assert placed(text).get("refund.method") != "STORE_CREDIT"


# The way the customer paid, named by its paying ("matching the way you paid", "in the form it was paid"), and a
# refund's own step before it ("When the refund has been processed, the money goes back to ..."): the original payment
@pytest.mark.parametrize("text", [
    "Refunds are made by bank transfer or card, matching the way you paid for the order.",
    "Your refund comes back in the same form the payment was made.",
    "Once the refund is issued, the money goes back to the card you paid with.",
])
def test_the_way_you_paid_is_the_original_payment(text):
    assert placed(text).get("refund.method") == "ORIGINAL_PAYMENT"


def test_a_case_of_some_goods_before_the_way_is_still_a_case():
    # near miss: a state of the goods, not a step of the refund, leads the sentence
    assert "refund.method" not in placed("When the box has been opened, the money goes back to the card you paid with.")


# Goods other than described ("does not match its description", "differs from the listing"), sent wrong ("an incorrect
# shipment") or short ("a shortage", "short of parts"): the fault's reasons in the words claims name them by
@pytest.mark.parametrize("text,reason", [
    ("If a jacket does not match its description on our site, tell us within 10 days and we will refund it.", "NOT_AS_DESCRIBED"),
    ("Should the lamp differ materially from the listing, write to us and we will take it back.", "NOT_AS_DESCRIBED"),
    ("Where a return follows an incorrect shipment, we pay the postage both ways.", "WRONG_ITEM"),
    ("Report any shortage to us within 48 hours of delivery.", "INCOMPLETE"),
    ("If a kit turns up short of parts, contact us and we will send what is missing.", "INCOMPLETE"),
])
def test_a_faults_reason_in_the_words_of_a_claim(text, reason):
    assert reason in placed(text).get("fault.reasons", set())


@pytest.mark.parametrize("text,reason", [
    ("Please read each listing carefully: the colours may differ slightly from the photos.", "NOT_AS_DESCRIBED"),  # no claim acted on
    ("Is something missing? Email us a picture of the parcel.", "INCOMPLETE"),  # maybe a parcel lost, not an order short
    ("Please make sure your order details are correct to avoid an incorrect address.", "WRONG_ITEM"),  # the customer's details
])
def test_no_faults_reason_without_a_claim_or_goods_sent_wrong(text, reason):
    assert reason not in placed(text).get("fault.reasons", set())


# Who pays the return's carriage in more words: the customer named as a user or shopper ("The user pays for return
# shipping"), the shop by its name declining it ("Harbour Home does not pay return delivery charges"), the carriage
# named as the return's delivery
@pytest.mark.parametrize("text", [
    "The user pays for return shipping.",
    "Shoppers pay the return postage themselves.",
    "Harbour Home does not pay return delivery charges.",
])
def test_the_customer_pays_the_returns_carriage(text):
    assert placed(text).get("shipping.default.payer") == "CUSTOMER"


@pytest.mark.parametrize("text", [
    "A user who changes their mind can cancel the order before dispatch.",  # no carriage named
    "Harbour Home does not pay return delivery charges on sofas and beds.",  # some goods only
])
def test_no_payer_without_the_returns_carriage_or_for_some_goods(text):
    assert placed(text).get("shipping.default.payer") != "CUSTOMER"


# The shop pays the return's carriage for its faults in more words: its own error with the article ("unless we made the
# mistake"), the postage named after the remedy ("refunded in full, return shipping included")
@pytest.mark.parametrize("text", [
    "You cover the return postage, unless we made the error.",
    "Return shipping is paid by the buyer unless we have made the mistake.",
    "Lamps that arrive broken are refunded in full, return postage included.",
    "A faulty kettle is replaced, return shipping included, within 30 days of delivery.",
])
def test_the_shop_pays_the_carriage_of_its_faults(text):
    assert placed(text).get("shipping.merchant_at_fault") == {"payer": "MERCHANT"}


@pytest.mark.parametrize("text", [
    "If you made the mistake when ordering, the return postage is yours to pay.",  # the customer's mistake
    "Returns are refunded in full, return postage included, within 14 days.",  # every return, no fault named
])
def test_no_fault_carriage_without_the_shops_fault(text):
    assert "shipping.merchant_at_fault" not in placed(text)


# The shop's check of what comes back, by more inspectors ("Management inspects every item", "a returns specialist
# checks the parcel", "our team has checked it") and verbs ("once it has reached us and been verified", "we check
# whether it has been worn")
@pytest.mark.parametrize("text", [
    "Management inspects every item and approves the refund.",
    "When a return reaches us, a returns specialist checks the parcel for completeness.",
    "Once the boots have come back and been verified, we refund your card.",
    "When the jacket comes back, we check whether it has been worn or washed.",
    "After the return arrives and our team has checked the item, we send the refund.",
])
def test_the_shops_check_of_what_comes_back(text):
    assert placed(text).get("refund.inspection") is True


@pytest.mark.parametrize("text", [
    "We inspect every item before it leaves our warehouse.",  # before it ships
    "Please check your parcel when it arrives and tell us of any damage.",  # the customer's check
])
def test_no_inspection_before_shipping_or_by_the_customer(text):
    assert "refund.inspection" not in placed(text)


# A remedy given "free of charge" for a fault is still the fault's remedy: "free of" a price is no state of the goods
# ("free from damage" is)
@pytest.mark.parametrize("text", [
    "We will send you a replacement free of charge for the defective item.",
    "A cracked bowl is replaced free of charge, and we collect the damaged one.",
])
def test_a_remedy_free_of_charge_is_the_faults(text):
    drafted = placed(text)
    assert "REPLACEMENT" in drafted.get("fault.remedies", set()) and drafted.get("resolutions.replacement") == "MERCHANT_AT_FAULT"


def test_free_from_damage_is_a_state_of_the_return_not_a_fault():
    # near miss: the state a return must be in names no fault
    assert "fault.reasons" not in placed("Returns must be free from any damage or defects, or they will be sent back.")


# A rule's lead that names its timing ("Timing:", "Turnaround:") is about the rule, not goods the rule is for
@pytest.mark.parametrize("text", [
    "Timing: we process refunds within 3-5 business days of receiving your return.",
    "Turnaround: we process refunds within 3-5 business days of receiving your return.",
])
def test_a_timing_lead_scopes_nothing(text):
    assert placed(text).get("refund.processing") == {"min_days": 3, "max_days": 5, "unit": "BUSINESS"}


def test_a_goods_lead_still_scopes_the_refund_time():
    # near miss: a lead naming goods keeps the time for those goods only
    assert "refund.processing" not in placed("Large furniture: we process refunds within 3-5 business days of receiving your return.")

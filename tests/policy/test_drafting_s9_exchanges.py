"""Issue 26, precision round 9 (fourth pass) on resolutions.exchange (readers/resolutions.py), rules only.
Convention 12 (bench/real_policies/labels.py): ALWAYS when the page offers an exchange as an outcome of any
return, in any form; MERCHANT_AT_FAULT when only for faulty, damaged or wrong goods; NEVER only when refused.
Each test names a way of saying, in sentences of our own, with counter-sentences that must still not fire."""

from __future__ import annotations

import pytest
from drafting_helpers import holds, placed


# An exchange named as a noun among the outcomes of a return ("a refund, a credit or an exchange", "your money
# back or a swap", "a return or an exchange"): exchanges for every return
@pytest.mark.parametrize("text", [
    "Once the goods are back with us, you may pick between a refund, a gift voucher and a swap.",
    "Within three weeks of delivery you can ask for your money back or an exchange.",
    "Anything that comes back unused earns you a credit note or an exchange, as you prefer.",
    "A return or an exchange may be asked for up to 21 days after the parcel reaches you.",
    "Whether you'd like a swap or a refund, the lamp must come back within 14 days.",
])
def test_an_exchange_named_among_the_outcomes_of_a_return(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


@pytest.mark.parametrize("text", [
    "After 21 days have passed we are unable to give you a refund or an exchange.",
    "Past the deadline, neither your money back nor a swap is possible.",
    "Sale items can only come back for a credit note or an exchange.",
])
def test_an_exchange_refused_or_for_some_goods_is_no_offer(text):
    assert placed(text).get("resolutions.exchange") != "ALWAYS"


def test_an_exchange_among_a_faults_remedies_is_the_faults():
    # counter: offered only for goods that arrive broken
    holds("If a teapot arrives cracked, tell us and you can have your money back or a swap.",
          {"resolutions.exchange": "MERCHANT_AT_FAULT"})


# Returns and exchanges as the subject of a rule ("Returns and exchanges are taken for 45 days", "Refunds and
# exchanges must be requested within ..."): both are offered
@pytest.mark.parametrize("text", [
    "Returns and exchanges are taken for 45 days after purchase.",
    "Refunds and exchanges can be requested up to 10 days after the parcel arrives.",
    "Exchanges and returns can be sent to us for a month after delivery.",
])
def test_returns_and_exchanges_as_the_subject_of_a_rule(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


def test_returns_and_exchanges_refused_as_the_subject():
    # counter: the same subject, refused
    assert placed("We are sorry: returns and exchanges are not accepted.").get("resolutions.exchange") != "ALWAYS"


# The way to return or exchange something ("To send back or exchange a purchase, write to ...", "if you'd like
# to return or swap something, ...", "whether you are returning or exchanging it"): exchanges are on offer
@pytest.mark.parametrize("text", [
    "To send back or exchange a purchase, write to help@shop.example with your order number.",
    "If you'd like to return or swap something, let us know within 14 days of delivery.",
    "In your message, tell us whether you are returning or exchanging the piece.",
])
def test_the_way_to_return_or_exchange_something(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


@pytest.mark.parametrize("text", [
    "Personalised mugs can't be returned or exchanged.",
    "To return or exchange engraved goods, you must first call us.",
])
def test_a_return_or_exchange_refused_or_for_some_goods_only(text):
    assert placed(text).get("resolutions.exchange") != "ALWAYS"


# Exchanges as the subject of what the shop does with them ("Exchanges are dispatched ...", "Exchanges are also
# arranged within two days"): the shop makes them
@pytest.mark.parametrize("text", [
    "Exchanges are dispatched on the day your return reaches us.",
    "Exchanges are usually arranged within two days of the parcel coming back.",
])
def test_exchanges_as_what_the_shop_sends(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


def test_exchanges_not_sent_is_no_offer():
    assert placed("Exchanges are not dispatched for clearance lines.").get("resolutions.exchange") != "ALWAYS"


# The shop swapping the goods in a verb of its own ("We'll swap it for you", "we're glad to swap an item for
# another size"): exchanges for every return
@pytest.mark.parametrize("text", [
    "Ordered the wrong colour? We'll gladly swap it for you.",
    "We are glad to swap a jumper for another size, if it is unworn.",
])
def test_the_shop_swaps_the_goods(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


def test_the_shop_swaps_goods_that_arrive_broken():
    # counter: the swap is for a fault
    holds("If the vase arrives broken, we'll swap it for you.", {"resolutions.exchange": "MERCHANT_AT_FAULT"})


# Exchanges refused in other words ("We don't swap items directly", "There are no direct exchanges")
@pytest.mark.parametrize("text", [
    "We don't swap items directly: return the first one and buy the other yourself.",
    "There are no direct exchanges, so send it back for a refund and order again.",
])
def test_direct_exchanges_refused(text):
    holds(text, {"resolutions.exchange": "NEVER"})


@pytest.mark.parametrize("text", [
    "We don't swap sale goods.",
    "There are no direct exchanges on clearance lines.",
])
def test_exchanges_refused_for_some_goods_only(text):
    assert placed(text).get("resolutions.exchange") is None


# Returns and exchanges under an obligation ("must be made within N days", "have to be made", "have to happen"):
# the rule is of both, so exchanges are offered (convention 12; bench/policy_texts.py
# w1-returns-and-exchanges-must-be-made labels it so)
@pytest.mark.parametrize("text", [
    "All returns and exchanges have to be made within 15 days of delivery.",
    "Exchanges and returns must be made in the first fortnight after the order lands.",
    "Returns or exchanges have to be sorted out within 25 days of the parcel arriving.",
    "Refunds and exchanges need to be asked for within a month of receipt.",
])
def test_returns_and_exchanges_under_an_obligation(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


@pytest.mark.parametrize("text,expected", [
    # counters: of some goods only, only for faults, refused, a heading alone
    ("Returns and exchanges of swimwear must be made within 7 days of delivery.", None),
    ("If a toaster turns up faulty, returns and exchanges must be made within 10 days.", "MERCHANT_AT_FAULT"),
    ("Returns and exchanges must not be made once the tags are off.", None),
    ("Returns and Exchanges\nWe accept returns within 30 days of delivery.", None),
])
def test_returns_and_exchanges_under_an_obligation_keep_their_guards(text, expected):
    assert placed(text).get("resolutions.exchange") == expected


# A longer list of outcomes ("a full refund, credit in our shop, or an exchange") and a return, an exchange and a
# refund named together as the way to ask ("If you'd like to return, exchange or ...")
@pytest.mark.parametrize("text", [
    "Send it back within a month and choose a refund, a voucher for our shop or a swap.",
    "If you would like to send back, swap or cancel an order, write to us within 10 days.",
    "To swap an item, open the returns page in your account.",
])
def test_longer_lists_and_the_way_to_ask(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


@pytest.mark.parametrize("text", [
    # an exchange named as what is refused when the number is missing
    "Any return or exchange that turns up without its RA number will be refused.",
])
def test_an_exchange_named_in_a_refusal_is_no_offer(text):
    assert placed(text).get("resolutions.exchange") != "ALWAYS"


def test_a_swap_for_a_new_one_after_a_fault_is_a_replacement():
    # "swap it for a new one" after a fault: the same goods again, no exchange setting
    assert placed("If the kettle reaches you broken, we swap it for a new one.").get("resolutions.exchange") is None


# A return or exchange named in a step of processing ("once your return or exchange is registered", "the refund
# or exchange is dealt with in 3 days"): an exchange is an outcome of a return, so offered (convention 12)
@pytest.mark.parametrize("text", [
    "As soon as your return or exchange is registered, we email you a label.",
    "Every refund or exchange is dealt with within three working days of arrival.",
    "We finalise your refund or exchange once the parcel has been checked.",
])
def test_a_return_or_exchange_being_processed_is_offered(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


@pytest.mark.parametrize("text,expected", [
    # counters: processing said of some goods only, of faulty goods, or beside a refusal of exchanges
    ("The refund or exchange of engraved rings is handled by our workshop.", None),
    ("If the lamp arrives broken, your refund or exchange is handled within two days.", "MERCHANT_AT_FAULT"),
    ("We do not offer exchanges. Your refund is processed within 5 days.", "NEVER"),
])
def test_a_return_or_exchange_being_processed_keeps_its_guards(text, expected):
    assert placed(text).get("resolutions.exchange") == expected

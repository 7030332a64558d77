"""Remedies rules, round s11 mended (area "mendremedies11": remedies, refunds, fault reasons, who pays the return's
carriage, the return address). The recall round's readings are kept where they apply and read narrowly where a general
sentence says something else: the return's delivery charges are no shipping of the order's; the shop's check whether a
return is faulty names no fault; a customer spared the postage does not pay it; a shortage of stock and a wrong address
are no goods sent short or wrong; the customer's own return address is none the shop gives. Every sentence is written
for this test, read by the rules alone."""

from __future__ import annotations

import re

import pytest
from drafting_helpers import holds

from plugin.policy.drafting.readers.fault import _FAULT_ONLY


@pytest.mark.parametrize("text,expected", [
    # the return's delivery charges declined by the shop's name: the return's carriage, not the order's shipping kept
    ("SmartHome does not pay return delivery charges.", {"shipping.default.payer": "CUSTOMER", "refund.original_shipping": None}),
    ("Return delivery charges are refunded if the item is faulty.", {"refund.original_shipping": None}),
    # the order's own delivery charges still read
    ("We do not refund delivery charges.", {"refund.original_shipping": "NEVER"}),
    ("We refund the original delivery charges, but return delivery is at your cost.", {"refund.original_shipping": "ALWAYS"}),
])
def test_return_delivery_charges_are_the_returns_carriage(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # the customer spared the return's carriage is no customer paying it
    ("The customer does not pay return shipping.", {"shipping.default.payer": None}),
    ("The customer does not pay for return shipping on faulty goods.", {"shipping.merchant_at_fault": None}),
    # the shop declining it, by its name or as "the shop", still reads
    ("The shop does not pay return shipping.", {"shipping.default.payer": "CUSTOMER"}),
    ("The store does not pay for return shipping unless the item is faulty.",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
])
def test_who_declines_the_return_postage(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # the shop's check asks about a fault; it names none it answers for
    ("When the returned product arrives, we check whether it is faulty.", {"fault.reasons": None, "refund.inspection": True}),
    ("When your return arrives, we check whether it is damaged or used.", {"fault.reasons": None, "refund.inspection": True}),
    ("We inspect every item to see if it is defective before issuing a refund.", {"fault.reasons": None}),
    # the check followed by what the shop does then is about the fault
    ("We check whether it is faulty and, if so, send you a replacement.",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"}}),
    ("If the item is faulty, we will replace it.", {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"}}),
])
def test_a_check_for_a_fault_names_no_fault(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # a shortage of stock is the shop's, no order sent short; a wrong address is no wrong item
    ("A shortage of stock may delay your replacement.", {"fault.reasons": None, "fault.remedies": None, "resolutions.replacement": None}),
    ("Shortage of stock may delay your exchange.", {"fault.reasons": None}),
    ("Orders sent to a wrong address you entered are not our responsibility.", {"fault.reasons": None}),
    ("If the product was sent to the wrong address because of our error, we will resend it.", {"fault.reasons": None}),
    # goods sent short or wrong still read
    ("Please report any shortage in your order within 48 hours.", {"fault.reasons": {"INCOMPLETE"}}),
    ("If you received the wrong item, we will send the correct one.", {"fault.reasons": {"WRONG_ITEM"}}),
    ("If the item does not match its description, we will refund you in full.",
     {"fault.reasons": {"NOT_AS_DESCRIBED"}, "fault.remedies": {"REFUND"}}),
    ("Colours may differ slightly from the photos on our website.", {"fault.reasons": None}),
])
def test_goods_sent_short_or_wrong(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # "no replacement" is a remedy refused or not to be had, so not offered
    ("If you receive a faulty item, we offer a refund only; no replacements.", {"fault.remedies": {"REFUND"}}),
    ("If your item arrives damaged, we will send a replacement at no extra cost, or a refund if no replacement is available.",
     {"fault.remedies": {"REPLACEMENT", "REFUND"}}),
])
def test_no_replacement_is_a_remedy_not_offered(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # the outcomes refused after them, or a gift's outcomes only
    ("Once your refund has been processed, store credit or an exchange cannot be requested.",
     {"resolutions.store_credit": None, "resolutions.exchange": None}),
    ("Gift recipients can receive store credit or an exchange.", {"resolutions.store_credit": None}),
    ("If you received a gift, you can have an exchange or store credit.", {"resolutions.store_credit": None}),
    # offered to every return, still read
    ("If you'd prefer store credit or an exchange, let us know in your return note.",
     {"resolutions.store_credit": "ALWAYS", "resolutions.exchange": "ALWAYS"}),
])
def test_store_credit_among_outcomes(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # the customer's own return address on the parcel is none the shop's instructions give
    ("Please include a return address on your parcel.", {"instructions.use_address_from_instructions": None}),
    ("Please do not send your return to the address on your package.", {"instructions.use_address_from_instructions": True}),
    ("Ask our customer service for the return address.", {"instructions.address_on_request": True}),
])
def test_the_return_address(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # a check of the return window is no inspection of the goods; a check of the goods, or one before the refund, is
    ("We check whether the return window has passed.", {"refund.inspection": None}),
    ("When your return arrives, we check whether the items are unworn.", {"refund.inspection": True}),
    ("We inspect each return before a refund is issued.", {"refund.inspection": True}),
    ("We inspect every item before it is shipped to you.", {"refund.inspection": None}),
])
def test_the_shops_inspection(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,restricted", [
    # returns or refunds only for a fault: one pattern with the exchanges' only_for_faults
    ("refunds are only given if the item is damaged.", True),
    ("returns are only accepted when the goods arrive faulty.", True),
    ("we only accept returns of defective products.", True),
    ("we accept returns within 30 days; refunds for damaged goods are issued within 5 days.", False),
])
def test_returns_only_for_faults(text, restricted):
    assert bool(re.search(_FAULT_ONLY, text)) is restricted

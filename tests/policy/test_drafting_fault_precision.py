"""Precision of the fault and exchange rules (readers/fault.py, readers/resolutions.py), rules only: the
words of a fault or an exchange used for something else (a return's required state, a refusal, a step of
processing, the shop's own inspection) set nothing, and the rule they guard is still read."""

from __future__ import annotations

import pytest
from drafting_helpers import holds, placed


# A return's required state ("with no parts missing") or a refusal of returns in a bad state ("returns with
# pieces missing are refused") names no fault the shop answers for.
@pytest.mark.parametrize("text", [
    "To be refunded, a mixer must come back with no scratches or faults and with no parts missing.",
    "A blender sent back without any pieces missing and in its box is refunded in full.",
    "Returns that arrive scuffed or with accessories missing may be rejected.",
    "A kit sent back with components missing is refused.",
    "We can refuse a refund when the item is scratched, is damaged or has pieces missing.",
])
def test_a_returns_required_state_names_no_fault(text):
    assert "fault.reasons" not in placed(text)


@pytest.mark.parametrize("text,expected", [
    ("Should a piece be missing from the delivery, tell us within a week.", {"fault.reasons": {"INCOMPLETE"}}),
    ("Should a piece be missing from the parcel, let us know and we will post it to you.", {"fault.reasons": {"INCOMPLETE"}}),
])
def test_parts_missing_from_what_the_shop_sent_is_still_a_fault(text, expected):
    holds(text, expected)


# Photos that "help" or are "welcome" are asked for, not a condition of the claim.
@pytest.mark.parametrize("text", [
    "If your order arrived broken, email us within 3 days; a photo of the damage is always helpful.",
    "Got a faulty lamp? Write to us and we will sort it out; pictures of the fault help.",
])
def test_photos_that_help_are_requested_not_required(text):
    drafted = placed(text)
    assert drafted.get("fault.photos_requested") is True and "fault.photos_min" not in drafted


def test_photos_asked_for_are_still_required():
    assert placed("If your order arrived broken, email us within 3 days with a photo of the damage.").get("fault.photos_min") == 1


# The shop photographing the returns it inspects records their state; it asks nothing of the customer.
@pytest.mark.parametrize("text", [
    "We inspect returns and photograph any damage before refunding.",
    "Our warehouse team takes pictures of any damage found on returned goods.",
])
def test_the_shops_own_photos_of_a_return_are_no_fault_setting(text):
    drafted = placed(text)
    assert not {"fault.reasons", "fault.photos_min", "fault.photos_of"} & set(drafted)


@pytest.mark.parametrize("text", [
    "If your order arrives damaged, send us a photo and we will replace it.",
    "If your order arrives damaged, we ask that you take photos of it within two days.",
])
def test_photos_the_customer_takes_are_still_read(text):
    assert placed(text).get("fault.photos_min") == 1


# A refund or exchange named as a step of processing a return ("handled", "approved"): the exchange is an
# outcome of a return, so exchanges are offered (convention 12, bench/real_policies/labels.py).
@pytest.mark.parametrize("text", [
    "When a parcel reaches our depot, the refund or exchange is handled within four working days.",
    "We check the goods first and then handle your refund or exchange.",
    "You will hear from us by email whether your refund or exchange has been approved or declined.",
])
def test_a_refund_or_exchange_being_processed_offers_exchanges(text):
    assert placed(text).get("resolutions.exchange") == "ALWAYS"


@pytest.mark.parametrize("text", [
    "Returns are processed within 5 days and you can choose a refund or an exchange.",
    "We process every return within a week, so you can pick a refund or an exchange.",
])
def test_a_choice_of_exchange_beside_processing_is_still_offered(text):
    assert placed(text).get("resolutions.exchange") == "ALWAYS"


# An exchange whose fault is only the exception to the rule is the rule's, not the fault's remedy: exchanges
# of goods as sold are every return's; "swap ... only if" with nothing to swap for is no offer of exchanges.
@pytest.mark.parametrize("text,exchange", [
    ("We exchange or refund goods only while they are exactly as sold; a factory fault is the exception.", "ALWAYS"),
    ("We swap or refund pieces only if they come back unworn; goods that arrived damaged are an exception.", None),
])
def test_an_exchange_with_the_fault_as_its_exception_is_no_faults_remedy(text, exchange):
    drafted = placed(text)
    assert (drafted.get("resolutions.exchange"), drafted.get("fault.remedies")) == (exchange, None)


# Their twins: a clause that leads with the fault and then says what the shop does is the fault's remedy.
@pytest.mark.parametrize("text,expected", [
    ("A factory fault is the exception: we will exchange the goods or refund them in full.",
     {"fault.remedies": {"EXCHANGE", "REFUND"}, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("Pieces that arrive damaged are the exception: we will swap them for new ones.",
     {"fault.remedies": {"EXCHANGE"}, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    ("Goods that arrived damaged are an exception, and we will send a replacement at no cost.",
     {"fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT", "resolutions.exchange": None}),
])
def test_a_fault_that_is_the_exception_gets_the_remedy_after_it(text, expected):
    holds(text, expected)


# Exchanges for goods that arrive chipped, torn or not working, or that are not what was ordered, are the fault's.
@pytest.mark.parametrize("text", [
    "If a mug arrives chipped or cracked, we will exchange it.",
    "If the item you received is not what you ordered, we will exchange it.",
    "Should your lamp stop working in the first week, we can exchange it.",
])
def test_an_exchange_for_a_fault_in_wider_words_is_not_every_returns(text):
    assert placed(text).get("resolutions.exchange") == "MERCHANT_AT_FAULT"


# No exchanges for goods named as final sale refuses them for those goods only; "all sales are final" for all.
@pytest.mark.parametrize("text", [
    "Gift hampers of any size are final sale: no exchanges and no refunds.",
    "Concert posters, framed or unframed, are final: we do not offer exchanges.",
])
def test_no_exchanges_for_goods_named_final_is_no_refusal_for_every_return(text):
    assert placed(text).get("resolutions.exchange") is None


@pytest.mark.parametrize("text", [
    "All sales are final: no returns and no exchanges.",
    "Everything we sell is final sale: no exchanges.",
])
def test_every_sale_final_still_refuses_exchanges(text):
    assert placed(text).get("resolutions.exchange") == "NEVER"


# Counter-sentences: the words of a fault, a photo or a swap used for something the shop does not answer for.
@pytest.mark.parametrize("text", [
    "Please pack your return carefully so it does not arrive broken at our warehouse.",
    "We are not responsible for items that get broken in the post on their way back to us.",
    "If something is missing from your return, we will deduct its value from your refund.",
    "Items returned broken or with parts missing will not be refunded.",
    "If your return is damaged in the post, we cannot refund it.",
    "Take a photo of the item before you pack it, in case it gets damaged on the way back.",
    "Send us a photo of the receipt if you lost the packing slip.",
    "We can repair broken straps for a small fee; bring the bag to any store.",
])
def test_fault_words_about_something_else_set_no_fault(text):
    drafted = placed(text)
    assert not {p for p in drafted if p.startswith("fault.")}, drafted


# The customer's own mistake in an order ("you made a mistake", "an error in your order details") is no wrong item.
@pytest.mark.parametrize("text", [
    "If you made a mistake in your order, email us before it ships and we will change it.",
    "If you notice an error in your order details, contact us within 24 hours.",
])
def test_the_customers_own_mistake_in_an_order_is_no_wrong_item(text):
    assert "fault.reasons" not in placed(text)


@pytest.mark.parametrize("text", [
    "If we made a mistake with your order, we will send the right item at our cost.",
    "If there is an error in your order, tell us within 7 days and we will put it right.",
])
def test_a_mistake_in_the_order_the_shop_sent_is_still_a_wrong_item(text):
    assert placed(text).get("fault.reasons") == {"WRONG_ITEM"}


@pytest.mark.parametrize("text", [
    "If your lamp arrives damaged, email pictures to help@example.com within two days.",
    "Broken on arrival? Send photos to our help desk and we will replace it.",
])
def test_photos_sent_to_a_help_address_are_still_required(text):
    assert placed(text).get("fault.photos_min") == 1


# Shoes "broken in" are worn until they fit; a size "wrong for you" does not suit: neither is the shop's fault.
@pytest.mark.parametrize("text", [
    "If the item is broken in, we will not take it back.",
    "Boots that have been broken in cannot be returned, so try them on indoors first.",
    "If the size is wrong for you, we will happily swap it.",
    "If the colour turns out to be wrong for your room, you can return it within 30 days.",
])
def test_broken_in_or_wrong_for_you_is_no_fault(text):
    drafted = placed(text)
    assert "fault.reasons" not in drafted and drafted.get("resolutions.exchange") != "MERCHANT_AT_FAULT"


@pytest.mark.parametrize("text,expected", [
    ("If your order arrived broken in transit, email us within 3 days.", {"DAMAGED"}),
    ("If something was broken in the parcel, we will send a new one.", {"DAMAGED"}),
    ("If we sent the wrong size, we will exchange it at our cost.", {"WRONG_ITEM"}),
])
def test_broken_in_transit_or_the_wrong_size_sent_is_still_a_fault(text, expected):
    assert placed(text).get("fault.reasons") == expected

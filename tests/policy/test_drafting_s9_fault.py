"""Issue 26, precision round 9 on the fault and resolutions readers (readers/fault.py, resolutions.py), rules
only. Each test names a way of saying that misled the readers on unseen pages, in sentences of our own,
with a counter-sentence where the legitimate reading must still hold."""

from __future__ import annotations

import pytest
from drafting_helpers import holds, placed


# A state the shop denies being to blame for ("damaged for reasons that are not our fault", "where we were
# not to blame") names no fault the shop answers for: it is the customer's, a cut in the refund.
@pytest.mark.parametrize("text", [
    "We keep back part of the refund for a lamp that is scratched or has bits missing through no doing of ours, as it is not our fault.",
    "A smaller refund is paid for boots that are damaged or missing laces where we are not to blame.",
    "Kettles returned broken or without their lid, when that was not our fault, get part of their price back.",
])
def test_a_state_the_shop_denies_causing_names_no_fault(text):
    assert "fault.reasons" not in placed(text)


@pytest.mark.parametrize("text,expected", [
    ("If a kettle reaches you damaged, that is our fault and we will send a new one.", {"fault.reasons": {"DAMAGED"}}),
    ("Should your lamp arrive broken through our mistake, we will replace it.", {"fault.reasons": {"DAMAGED"}}),
])
def test_a_fault_the_shop_owns_is_still_read(text, expected):
    holds(text, expected)


# The items of a list introduced as the cases of a partial refund are states a return comes back in, which cut
# the refund: "Reduced refunds apply to: - goods with parts missing" names no fault of the shop's.
@pytest.mark.parametrize("text", [
    "Only part of the price is refunded for:\n- Jackets that have been worn or have pieces missing\n- Bags sent back late",
    "Partial refunds may be given for:\n- Toys that are incomplete or have been played with\n- Boxes sent back without their lid",
])
def test_the_cases_of_a_partial_refund_name_no_fault(text):
    assert "fault.reasons" not in placed(text)


@pytest.mark.parametrize("text,expected", [
    ("We replace, free of charge:\n- Anything that reaches you damaged\n- Orders with pieces missing", {"fault.reasons": {"DAMAGED", "INCOMPLETE"}}),
])
def test_a_list_of_faults_under_another_introduction_is_still_read(text, expected):
    holds(text, expected)


# A lead that names the section ("Exchanges:", "Swaps (where offered):") over a sentence that offers a
# replacement: the remedy is the sentence's own, not the lead's word. (Session 10: the section's exchanges are
# then those replacements, for faults only, as the labels of the four pages with this section have it:
# MERCHANT_AT_FAULT, see test_drafting_s10_remedies10.py.)
@pytest.mark.parametrize("text", [
    "Exchanges:\n- We only replace rugs that reach you defective.",
    "Exchanges (if any): Replacements are given only for mugs that prove faulty.",
])
def test_an_exchanges_lead_over_a_replacement_is_a_replacement(text):
    drafted = placed(text)
    assert drafted.get("fault.remedies") == {"REPLACEMENT"}
    assert drafted.get("resolutions.exchange") == "MERCHANT_AT_FAULT"


@pytest.mark.parametrize("text,expected", [
    ("Exchanges: if your rug arrives faulty, we will exchange it.", {"fault.remedies": {"EXCHANGE"}}),
    ("Exchanges: if your mug arrives cracked, we will replace it or exchange it for another design.", {"fault.remedies": {"REPLACEMENT", "EXCHANGE"}}),
])
def test_an_exchange_the_sentence_itself_offers_is_still_read(text, expected):
    holds(text, expected)


# "If nothing is wrong with it", "when there is nothing wrong with the goods": the fault is denied, so what
# follows is the rule for every other return.
@pytest.mark.parametrize("text", [
    "If there is nothing wrong with the item, we offer an exchange or store credit instead of a refund.",
    "When nothing is wrong with your order, you can exchange it for something else.",
])
def test_nothing_wrong_names_no_fault(text):
    drafted = placed(text)
    assert "fault.remedies" not in drafted and "fault.reasons" not in drafted
    assert drafted.get("resolutions.exchange") == "ALWAYS"


def test_something_wrong_with_its_quality_is_still_a_fault():
    holds("If there is something wrong with its quality, we will replace the lamp.", {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REPLACEMENT"}})


# A remedy's word inside a longer word (a shop named "Bestreplacementbits", "Replacementlamps Ltd") offers nothing.
@pytest.mark.parametrize("text", [
    "Take a picture of the faulty part and send it to BESTREPLACEMENTBITS support.",
    "Report a defective lamp to the Lampreplacements helpdesk with your order number.",
])
def test_a_remedy_word_inside_a_name_offers_nothing(text):
    assert "fault.remedies" not in placed(text)


def test_a_replacement_named_on_its_own_is_still_offered():
    holds("Report a defective lamp and a replacement is on its way.", {"fault.remedies": {"REPLACEMENT"}})


# "The best thing is to send photos", "it is best to attach a picture": photos recommended, not required.
@pytest.mark.parametrize("text", [
    "To report a broken vase, the best way is to email us pictures of the damage.",
    "If your order arrives faulty, it is best to send us a photo of the problem with your message.",
])
def test_photos_recommended_as_best_are_requested(text):
    drafted = placed(text)
    assert drafted.get("fault.photos_requested") is True and "fault.photos_min" not in drafted


def test_photos_asked_for_plainly_are_still_required():
    holds("To report a broken vase, email us 2 pictures of the damage.", {"fault.photos_min": 2})

"""The fault and exchange rules (readers/fault.py, readers/resolutions.py), rules only: which faults put the
shop at fault, what it offers for them, and whether it offers exchanges, in the many ways shops word them,
and what must stay unset when the words are there but the shop states no such rule."""

from __future__ import annotations

import pytest
from drafting_helpers import holds, placed


@pytest.mark.parametrize("text,expected", [
    # a question that names a fault is the condition of the answer after it
    ("Has your lamp shown up cracked? Drop us a line and we'll post a new one out to you.",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("Got a kettle that won't switch on? Tell us about it and you'll have your money back.",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"REFUND"}}),
    ("Was your parcel missing pieces, or not the one you ordered? Get in touch and we'll put it right.",
     {"fault.reasons": {"INCOMPLETE", "WRONG_ITEM"}}),
    ("Did we ship you the wrong thing? Send us a snapshot of it and we'll send the right one as a replacement.",
     {"fault.reasons": {"WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"}}),
])
def test_a_question_naming_a_fault_is_the_condition_of_its_answer(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # a sentence that points back to the fault the sentence before names goes on under it
    ("Our heaters are guaranteed against factory faults. If you find one, contact us and we will post you a new heater.",
     {"fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("A courier sometimes drops a parcel and the goods inside arrive broken. Should this happen, email us and we then refund you.",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REFUND"}}),
    ("Was your rug delivered damaged? Email us a photo of the damage. You can then pick a fresh one or your money back.",
     {"fault.remedies": {"REPLACEMENT", "REFUND"}}),
])
def test_a_sentence_pointing_back_to_a_fault_goes_on_under_it(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # the fault's condition after a contrast, or after a lead line in sentence case
    ("Each chair is inspected before dispatch, but should yours arrive damaged, send us a photo. Once we have checked it we will ship a replacement.",
     {"fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("Faulty goods\nIf a heater you bought turns out to be faulty, tell us through the portal. We'll either repair it or send you a new one.",
     {"fault.remedies": {"REPLACEMENT"}}),
])
def test_a_fault_condition_inside_the_sentence_before_carries_on(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # broken goods, in the verbs of arriving and the places of the journey
    ("If your vase reached you broken, write to us and we will ship a fresh one.", {"fault.reasons": {"DAMAGED"}}),
    ("Anything smashed in the box when you opened it? Let us know within 5 days and we'll replace it.", {"fault.reasons": {"DAMAGED"}}),
    ("Should a mug turn up faulty or broken, contact us and we'll refund you.", {"fault.reasons": {"DEFECTIVE", "DAMAGED"}}),
    # goods other than those ordered
    ("If what came isn't what you ordered, contact us and we'll swap it for the correct item.", {"fault.reasons": {"WRONG_ITEM"}}),
    ("If we made a mistake with your order, tell us and we'll send the right goods.", {"fault.reasons": {"WRONG_ITEM"}}),
    # a defect named by where it comes from
    ("Contact us if your jacket has a factory fault and we will refund it.", {"fault.reasons": {"DEFECTIVE"}}),
    ("Anything with a quality defect can be sent back to us for a refund.", {"fault.reasons": {"DEFECTIVE"}}),
    ("If we got the order wrong, tell us and we will refund you.", {"fault.reasons": {"WRONG_ITEM"}}),
    # parts missing, and damage found on opening
    ("Should any part be damaged or missing, write to us within 3 days.", {"fault.reasons": {"DAMAGED", "INCOMPLETE"}}),
    ("If you spot damage when unpacking, let our support team know within 2 days.", {"fault.reasons": {"DAMAGED"}}),
    ("Noticed damage on your sofa at delivery? Let our care team know the same day.", {"fault.reasons": {"DAMAGED"}}),
])
def test_faults_said_in_other_words(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,expected", [
    # a replacement and a refund called by other names
    ("If your order arrives damaged, you can pick between a new one and your money back.",
     {"fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("When a defective blender comes back to us, we dispatch a fresh unit in its place.",
     {"fault.remedies": {"REPLACEMENT"}}),
    ("If an item is faulty, get in touch and we'll arrange a swap.",
     {"fault.remedies": {"EXCHANGE"}, "resolutions.exchange": "MERCHANT_AT_FAULT"}),
    # one remedy offered, one refused
    ("Faulty goods are replaced free of charge; we cannot refund them.",
     {"fault.remedies": {"REPLACEMENT"}}),
    ("A lamp that arrives damaged is repaired or replaced, not refunded.",
     {"fault.reasons": {"DAMAGED"}, "fault.remedies": {"REPLACEMENT"}}),
    ("A defective tool can only be swapped for another; we won't refund it.",
     {"fault.reasons": {"DEFECTIVE"}, "fault.remedies": {"EXCHANGE"}}),
    ("If a chair is faulty, we sort it out by replacing it or refunding you.",
     {"fault.remedies": {"REPLACEMENT", "REFUND"}, "resolutions.replacement": "MERCHANT_AT_FAULT"}),
    ("We issue full refunds whenever an item arrives defective.", {"fault.remedies": {"REFUND"}}),
    # the same goods again is a replacement, not an exchange
    ("A faulty kettle is exchanged for an identical one at no cost.", {"fault.remedies": {"REPLACEMENT"}}),
    ("If your toaster arrives broken, we will swap it for the same model.", {"fault.remedies": {"REPLACEMENT"}}),
    # the remedy in the passive
    ("Goods that do not match what you ordered are replaced at our cost.", {"fault.reasons": {"WRONG_ITEM"}, "fault.remedies": {"REPLACEMENT"}}),
    ("Defective cables will be refunded once they are back with us.", {"fault.remedies": {"REFUND"}}),
    # a full refund with the shipping paid back
    ("If a lamp is defective we refund it in full, including the original shipping.", {"fault.full_refund": True}),
    ("Faulty boots get a full refund, shipping included.", {"fault.full_refund": True}),
])
def test_remedies_said_in_other_words(text, expected):
    holds(text, expected)


@pytest.mark.parametrize("text,unset", [
    # the remedies a negation takes are refused, not offered
    ("Engraved rings can neither be returned nor exchanged unless they are faulty.", ("fault.remedies", "resolutions.exchange")),
    ("Burns and any other physical damage are covered neither by a refund nor by a replacement.", ("fault.remedies", "resolutions.replacement", "fault.reasons")),
    # another's remedy, not the shop's
    ("The makers of our printers repair or replace a faulty unit under their own terms.", ("fault.remedies", "resolutions.replacement")),
    # damage that is not the shop's fault
    ("We can't accept anything that is scratched or damaged.", ("fault.reasons",)),
    ("Any loss or damage while your return is on its way to us is the customer's responsibility.", ("fault.reasons",)),
    ("Partial refunds apply to goods damaged where the cause wasn't a mistake of ours.", ("fault.reasons", "fault.remedies")),
    ("A refund is reduced when the product comes back incomplete.", ("fault.reasons",)),
    ("Glasses are refunded in full if they come back with no damage.", ("fault.remedies", "fault.full_refund")),
    ("Defective goods are refunded in full if you tell us within 10 days of delivery.", ("fault.full_refund",)),
    ("Postage fees are only refunded when the return is down to a slip of ours.", ("fault.remedies",)),
    ("Postage costs get refunded only when we sent the wrong item.", ("fault.remedies",)),
    ("When a parcel reaches you damaged, all postage is refunded.", ("fault.remedies",)),
    # one rule for every return, faulty or not, and a fault named only as a rule's exception
    ("Any unworn or faulty hat can come back within 30 days and we refund the full price.", ("fault.remedies",)),
    ("We replace or refund goods only when they come back as sold; a factory fault is the exception.", ("fault.remedies",)),
    ("We swap items only in their original state, and damaged deliveries are an exception.", ("fault.remedies",)),
    ("We refund a product returned within 14 days that has not been worn or damaged.", ("fault.reasons", "fault.window.days")),
    # the maker's warranty, not the shop's terms
    ("Returns of wardrobes are refused, except a faulty wardrobe that its maker's warranty still covers.", ("fault.reasons",)),
    ("A defective laptop is handled under the brand's warranty.", ("fault.reasons", "fault.remedies")),
    # advice against damage, not a fault
    ("Pack the bottles tightly so that nothing is damaged in the post.", ("fault.reasons",)),
    ("Use a tracked service, and insure the box in case it is lost or gets damaged.", ("fault.reasons",)),
    # a vague problem, and the customer's own mistake
    ("If anything is wrong with an order you collected in store, we will try to arrange a replacement.", ("fault.reasons", "fault.remedies")),
    ("To arrange a return, email us and tell us what is wrong.", ("fault.reasons",)),
    ("Describe what went wrong in the return form.", ("fault.reasons",)),
    ("Ordered the wrong model or changed your mind? You have 14 days to tell us you want to send it back.", ("fault.reasons",)),
    ("You can swap a coat when it is the wrong size, or faulty.", ("fault.reasons", "fault.remedies")),
])
def test_no_fault_or_remedy_where_the_shop_states_none(text, unset):
    drafted = placed(text)
    assert {path: drafted.get(path) for path in unset} == dict.fromkeys(unset)


@pytest.mark.parametrize("text,expected", [
    # exchanges offered: passives and the verbs of swapping
    ("Boots may be sent back or exchanged up to 21 days after they arrive.", "ALWAYS"),
    ("Anything bought online can be returned, or swapped for a different colour, within 30 days.", "ALWAYS"),
    ("Within a month you are welcome to swap it for something else.", "ALWAYS"),
    ("Swaps can be arranged for two weeks after delivery.", "ALWAYS"),
    ("You have 45 days to send a jumper back or swap it for another.", "ALWAYS"),
    ("Within 30 days, choose between a refund and a swap for something else.", "ALWAYS"),
    # refused in other words
    ("Exchanges aren't something we do: return the item and buy the one you want.", "NEVER"),
    ("We cannot swap one size for another.", "NEVER"),
])
def test_exchanges_said_in_other_words(text, expected):
    assert placed(text).get("resolutions.exchange") == expected


# Exchanges refused only late, for worn or named goods, or for a parcel that never arrives: no refusal of
# exchanges for every return, and no offer either.
@pytest.mark.parametrize("text", [
    "After 60 days, no refund or exchange can be given.",
    "An item that has been worn loses any right to a refund or an exchange.",
    "We will not take handmade pieces back, either for a refund or for an exchange.",
    "Nothing can be refunded or exchanged unless it reaches our warehouse.",
])
def test_no_exchange_setting_where_exchanges_are_refused_only_in_part(text):
    assert placed(text).get("resolutions.exchange") is None


# An exchange named in a step of the process is an outcome of a return, so offered (convention 12,
# bench/real_policies/labels.py); refused outright, it is NEVER.
@pytest.mark.parametrize("text,expected", [
    ("Once your return or exchange is logged, a label is emailed to you.", "ALWAYS"),
    ("Please note that we don't do exchanges.", "NEVER"),
])
def test_an_exchange_named_in_a_step_is_offered_and_one_refused_outright_is_never(text, expected):
    assert placed(text).get("resolutions.exchange") == expected


@pytest.mark.parametrize("text", [
    "Want a different colour? Return the first one, then order the one you would like.",
    "To change sizes, send the pair back and buy the new one in a separate order.",
    "The quickest way to a different model is to put in a fresh order and return the first.",
])
def test_a_return_and_an_order_of_ones_own_is_the_reorder_hint(text):
    assert placed(text).get("resolutions.reorder_hint") is True

"""Issue 26, precision round 10 on a fault's remedies (`fault.remedies`) and the exchange and replacement offers
(`resolutions.exchange`, `resolutions.replacement`), rules only. Convention 12 (bench/real_policies/labels.py):
exchanges ALWAYS when offered as an outcome of any return, MERCHANT_AT_FAULT when only for faulty, damaged or wrong
goods. Each test names a way of saying, in sentences of our own, with counter-sentences of the same shape that must
still be read."""

from __future__ import annotations

import pytest
from drafting_helpers import holds, placed


# A swap for new goods ("we swap it for a brand-new unit", "swapped for a direct replacement") is a replacement,
# not an exchange for other goods
@pytest.mark.parametrize("text", [
    "If your amplifier proves defective, we swap it for a brand-new unit, or refund you if you would rather not take one.",
    "A teapot that arrives cracked is swapped for a direct replacement as soon as it is back with us.",
])
def test_a_swap_for_new_goods_is_a_replacement(text):
    drafted = placed(text)
    assert "REPLACEMENT" in drafted["fault.remedies"] and "EXCHANGE" not in drafted["fault.remedies"]
    assert drafted["resolutions.replacement"] == "MERCHANT_AT_FAULT"


def test_a_swap_for_other_goods_is_still_an_exchange():
    # counter: a swap for another model is an exchange
    holds("If your kettle arrives broken, we will swap it for another model of your choice.",
          {"fault.remedies": {"EXCHANGE"}, "resolutions.exchange": "MERCHANT_AT_FAULT"})


# A remedy a fault claim may come to ("that could end with it swapped for a new one, though other steps may come
# first", "this may lead to a repair"): a possibility, not what the shop offers; the sentence goes to the merchant
@pytest.mark.parametrize("text", [
    "If a lamp reaches you faulty, that could end with it swapped for a new one, though other steps may come first.",
    "When a heater stops working under guarantee, our assessment might result in a refund, or in something else.",
])
def test_a_remedy_the_claim_may_come_to_is_no_offer(text):
    drafted = placed(text)
    assert "fault.remedies" not in drafted and "resolutions.replacement" not in drafted and "resolutions.exchange" not in drafted


@pytest.mark.parametrize("text,remedies", [
    # counter: the shop's own "may offer" is an offer; a possibility said of something else leaves the remedy
    ("If a lamp reaches you faulty, we may offer a replacement or a refund.", {"REPLACEMENT", "REFUND"}),
    ("If your order arrives damaged, we will send a new one, which can mean a short wait.", {"REPLACEMENT"}),
])
def test_an_offer_with_a_may_is_still_read(text, remedies):
    assert placed(text)["fault.remedies"] == remedies


# A fault the sentence before excepts from its rule ("You pay the postage, except where it arrived damaged") is
# no condition the next sentence goes on under: that one is about the other returns
def test_a_fault_excepted_before_is_no_condition_of_the_next_sentence():
    text = ("You pay the return postage, except where the item was damaged when it arrived or we made a mistake. "
            "When we approve a return and no new order has been placed, we charge a 20% restocking fee, taken off the amount refunded.")
    drafted = placed(text)
    assert "fault.remedies" not in drafted and "resolutions.replacement" not in drafted


@pytest.mark.parametrize("text,remedies", [
    # counter: a paragraph that opens on a fault, after a contrast, still goes on under it
    ("Every jar is checked before it leaves, but if one arrives cracked, tell us within 3 days. We will send a new one.", {"REPLACEMENT"}),
    ("If your order arrives damaged, contact us within 3 days. We will then send you a new one.", {"REPLACEMENT"}),
])
def test_a_paragraph_opened_on_a_fault_goes_on_under_it(text, remedies):
    assert placed(text)["fault.remedies"] == remedies


# A policy's title as the lead of a sentence ("Return and Exchange Policy: ...") names no remedy, and what
# follows "otherwise" after a fault's part that names none is for the other returns
def test_a_title_lead_and_what_follows_otherwise_are_no_remedy_of_the_fault():
    text = "Return and Exchange Policy:\nWe only take back goods that arrive damaged or defective; otherwise, we are happy to swap items for you."
    drafted = placed(text)
    assert drafted["fault.reasons"] == {"DAMAGED", "DEFECTIVE"} and "fault.remedies" not in drafted


def test_otherwise_after_a_remedy_is_still_the_faults():
    # counter: "otherwise" after the fault's own remedy offers the other remedy, for the same fault
    holds("If a mug arrives chipped, we will replace it if we have stock; otherwise, we refund you in full.",
          {"fault.remedies": {"REPLACEMENT", "REFUND"}})


def test_a_remedy_after_no_is_refused():
    holds("If your order arrives damaged, there is no refund, but we send a new one.", {"fault.remedies": {"REPLACEMENT"}})


# The requests a shop accepts, a return among them ("We accept returns, exchanges and refunds when ..."), name the
# cases it takes them in, not what the fault gets
@pytest.mark.parametrize("text", [
    "We accept returns, exchanges and refunds when you receive blinds that are defective or damaged on arrival.",
    "Returns and exchanges are accepted only if the lamp you receive arrives broken.",
])
def test_the_requests_accepted_with_a_return_among_them_are_no_remedy(text):
    drafted = placed(text)
    assert drafted["fault.reasons"] and "fault.remedies" not in drafted


@pytest.mark.parametrize("text,remedies", [
    # counter: the remedies themselves, offered for the fault (the seed pages' "you can exchange or refund")
    ("If the product you receive has flaws, you can exchange or refund it.", {"EXCHANGE", "REFUND"}),
    ("We accept exchanges when you receive defective items.", {"EXCHANGE"}),
    ("We accept returns of damaged items: you get a full refund or an exchange.", {"EXCHANGE", "REFUND"}),
])
def test_the_remedies_a_fault_gets_are_still_read(text, remedies):
    assert placed(text)["fault.remedies"] == remedies


# "Misuse rules out any return, exchange or refund": the exchange is refused; "send it back, or swap it for
# something similar": an exchange for any return
def test_an_exchange_ruled_out_is_no_offer():
    assert "resolutions.exchange" not in placed("Damage the buyer causes through misuse rules out any return, exchange or refund.")


@pytest.mark.parametrize("text", [
    "If you want to send your lamp back, or to swap it for something similar, we give you a return label.",
    "You can exchange your order for a similar item within 30 days.",
])
def test_a_swap_for_something_similar_is_an_exchange_for_any_return(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


# A list introduced by a sentence that points back to a fault's steps ("Should it arrive broken, write to us. Send
# photos. We will then offer you one of these: - a new one - a swap - your money back"): the fault's remedies
def test_a_list_after_a_faults_steps_is_the_faults_remedies():
    text = ("Should your vase turn up broken, write to us no later than 10 days after delivery.\n"
            "Send us your order number with a photo.\nWe will then offer you one of these:\n"
            "- a replacement vase, where we have one,\n- a swap for another vase of the same price,\n- or your money back.\n")
    holds(text, {"fault.remedies": {"REPLACEMENT", "EXCHANGE", "REFUND"}, "resolutions.exchange": "MERCHANT_AT_FAULT",
                 "resolutions.replacement": "MERCHANT_AT_FAULT"})


def test_a_list_after_other_sentences_is_no_faults():
    # counter: the same list after steps of any return
    text = ("You may send any vase back no later than 10 days after delivery.\n"
            "Send us your order number first.\nWe will then offer you one of these:\n"
            "- a swap for another vase of the same price,\n- or your money back.\n")
    drafted = placed(text)
    assert "fault.remedies" not in drafted and drafted["resolutions.exchange"] == "ALWAYS"


# Faults the words name none of: damage use caused, a list of states a return must not be in, "if anything is
# wrong"; damage a manufacturing fault caused is a defect
@pytest.mark.parametrize("text", [
    "We cannot take back items that have been used, or that use has damaged.",
    "Every return must be unregistered, with no serial number missing, damaged or altered.",
    "We care that you're happy: if anything is wrong, email us.",
])
def test_no_fault_is_named(text):
    assert "fault.reasons" not in placed(text)


@pytest.mark.parametrize("text,reasons", [
    # counter: the fault itself, and what the customer has
    ("If you have damaged items, email us within 3 days for a replacement.", {"DAMAGED"}),
    ("If the parcel arrives with pieces missing or damaged, email us for a replacement.", {"INCOMPLETE", "DAMAGED"}),
    ("If anything is wrong with the quality, email us and we will replace it.", {"DEFECTIVE"}),
    ("When a racket is damaged or broken by a manufacturing fault, we exchange it once it is back with us.", {"DEFECTIVE"}),
])
def test_the_fault_is_still_named(text, reasons):
    assert placed(text)["fault.reasons"] == reasons


# The parcel's arrival ("after the package reaches you") is nothing to photograph; the packaging named is
@pytest.mark.parametrize("text,shown", [
    ("If your order arrives damaged, email us within 2 days after the package reaches you with a photo of the damage.", {"ISSUE"}),
    ("If your order arrives damaged, email us photos of the item and its packaging.", {"ISSUE", "PACKAGING"}),
    ("If your order arrives damaged, email us a photo of the damage and of the package.", {"ISSUE", "PACKAGING"}),
])
def test_photos_of_the_packaging_only_when_it_is_named(text, shown):
    assert placed(text)["fault.photos_of"] == shown


# A title with one word left in lower case ("Bridal Gown, Flower girl and Evening Dress Returns") is a heading (as
# clauses.py now has it): the paragraph below it is no longer under the fault heading before it, and its refund or
# exchange is no remedy of the fault
def test_a_title_with_one_lower_case_word_is_a_heading():
    text = ("Damaged or Faulty Gowns\n\nShould your gown arrive damaged, tell us within 2 days of delivery.\n\n"
            "Bridal Gown, Flower girl and Evening Dress Returns\n\n"
            "Any gown can come back either for a refund, less a 30% restocking fee, or for a single exchange.\n")
    drafted = placed(text)
    assert drafted["fault.reasons"] == {"DAMAGED"} and "fault.remedies" not in drafted
    assert drafted.get("resolutions.exchange") != "MERCHANT_AT_FAULT"


# New goods sent in the passive ("new merchandise is sent to you") are a replacement
def test_new_goods_sent_to_you_are_a_replacement():
    holds("If your dress arrives damaged, tell us within 2 days. Once we confirm the damage, new merchandise is sent to you.",
          {"fault.remedies": {"REPLACEMENT"}, "resolutions.replacement": "MERCHANT_AT_FAULT"})


def test_new_goods_sent_out_to_everyone_are_no_replacement():
    # counter: new stock sent out on a day names no goods sent in place of the damaged ones
    assert "fault.remedies" not in placed("If your order arrives damaged, tell us. New items are sent out every Monday.")


# Exchanges restricted to the shop's faults, said outright ("Exchanges are only offered for damaged goods", "Only
# defective items can be exchanged"): MERCHANT_AT_FAULT, which outranks an exchange another sentence only implies
@pytest.mark.parametrize("text", [
    "Most items can be sent back unopened within 30 days for a full refund or an exchange. Exchanges are only offered for defective or damaged items.",
    "You may send anything back within 30 days for your money back or a swap. Only faulty items can be exchanged, though.",
])
def test_exchanges_only_for_faults_said_outright(text):
    holds(text, {"resolutions.exchange": "MERCHANT_AT_FAULT"})


@pytest.mark.parametrize("text", [
    # counter: the "only" restricts returns, and the exchange after "otherwise" is for the other items
    "Return and Exchange Policy:\nWe take returns only of items that reach you damaged; otherwise, we are glad to swap items for you.\n"
    "If a different size is needed, we will happily exchange it.",
    # counter: exchanges for any return, with a fault rule of another remedy beside them
    "You can exchange any item within 30 days. Only damaged items are refunded.",
])
def test_exchanges_for_any_return_stay_always(text):
    holds(text, {"resolutions.exchange": "ALWAYS"})


# A numbered title run into its first sentence ("5. Exchanges Replacements are only for ..."), as a page flattened
# to text has it: the title names the section, the sentence offers a replacement (as "Exchanges:" does, see
# test_drafting_s9_fault.py); the section's exchanges are those replacements, for faults only, and outrank an
# exchange another sentence implies
def test_a_run_in_exchanges_title_is_no_exchange_remedy():
    text = ("1. Returns Most items can come back unopened within 30 days for a full refund or an exchange.\n"
            "5. Exchanges Replacements are only for items that arrive defective.\n")
    drafted = placed(text)
    assert drafted["fault.remedies"] == {"REPLACEMENT"} and drafted["resolutions.exchange"] == "MERCHANT_AT_FAULT"


def test_an_exchanges_lead_over_a_replacement_for_any_item_says_nothing_of_exchanges():
    # counter: a replacement not restricted to faults is no exchange rule
    assert "resolutions.exchange" not in placed("Exchanges: Replacements are sent out within 5 days.")


@pytest.mark.parametrize("text", [
    # counter: exchanges named in the sentence itself, beside a replacement
    "Exchange or replacement is offered for defective items.",
    "Exchanges and replacements are offered for defective items.",
])
def test_an_exchange_named_in_the_sentence_is_still_a_remedy(text):
    assert placed(text)["fault.remedies"] == {"EXCHANGE", "REPLACEMENT"}


# "We cannot give you a refund or an exchange": an exchange refused in the verbs of giving; after a deadline ("After
# that", pointing back to the time the sentence before gives) it is the window's, and the sentence goes to the merchant
def test_an_exchange_refused_in_the_verbs_of_giving():
    holds("We cannot give you an exchange.", {"resolutions.exchange": "NEVER"})


@pytest.mark.parametrize("text", [
    "You have 30 days from delivery. After that we cannot give you a refund or an exchange.",
    "After 21 days have passed we are unable to give you a refund or an exchange.",
    "Our policy lasts 14 days. If 14 days have gone by since delivery, we can't offer you a refund or an exchange.",
])
def test_an_exchange_refused_past_a_deadline_is_the_windows(text):
    from plugin.policy.drafting import draft_policy
    from plugin.policy.drafting.learned import UNTRAINED

    draft = draft_policy(text, UNTRAINED)
    assert "resolutions.exchange" not in {p.path for p in draft.placed}
    assert any("exchange" in u.sentence.text for u in draft.unplaced)


def test_a_refund_refused_beside_an_exchange_refuses_no_exchange():
    # counter: the refusal is the refund's
    assert placed("We cannot give you a refund, but we can offer an exchange.").get("resolutions.exchange") != "NEVER"


def test_a_return_or_exchange_refused_for_the_goods_a_list_names_is_no_never():
    # counter: "We can't accept a return or exchange for anything that:" refuses the cases its list names
    assert "resolutions.exchange" not in placed("We can't accept a return or exchange for anything that:\n- has been worn\n- has no tags\n")


# Goods sent twice by mistake ("when you get two identical curtains", "we shipped you a duplicate order") are goods the
# shop got wrong
@pytest.mark.parametrize("text", [
    "If you receive two identical lamps, tell us and we will collect one.",
    "If we shipped you a duplicate order, email us within 7 days.",
])
def test_goods_sent_twice_are_a_wrong_item(text):
    assert placed(text)["fault.reasons"] == {"WRONG_ITEM"}


@pytest.mark.parametrize("text", [
    # counter: the customer's own double purchase, a copy of a document
    "Please check your order history so you don't buy the same pattern twice.",
    "Send a duplicate of the original invoice with your return.",
])
def test_a_double_purchase_or_a_copy_is_no_wrong_item(text):
    assert "fault.reasons" not in placed(text)

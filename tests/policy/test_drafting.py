"""The drafter: a written policy in, settings out, every setting traced to its sentence.

Held three ways: the labelled texts of bench/policy_texts.py (each fact drafted, none invented),
the seed stores' own pages against their presets (the differences that remain are listed here with
why), and the round trip through `render` (drafting the page a preset publishes gives the preset).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.policy_texts import TEXTS, drafted_facts
from plugin.policy import load_preset, render
from plugin.policy.drafting import DRAFTED, TextTooLong, draft_policy
from plugin.policy.drafting.learned import UNTRAINED as RULES_ONLY
from plugin.policy.model import Policy

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "texts"  # the seed stores' own pages


@pytest.mark.parametrize("name,text,expected", TEXTS, ids=[t[0] for t in TEXTS])
def test_each_stated_fact_is_drafted_and_nothing_else(name, text, expected):
    draft = draft_policy(text)
    facts = drafted_facts(draft)
    assert {path: facts.get(path) for path in expected} == expected
    invented = {path: value for path, value in facts.items() if path not in expected}
    assert invented == {}, f"{name}: drafted facts the text does not state"
    Policy.model_validate(draft.document)  # always a valid settings document


def test_every_placed_setting_points_at_its_words():
    text = (SEEDS / "alotrop-return-policy.txt").read_text()
    draft = draft_policy(text)
    assert draft.placed
    for placed in (*draft.placed, *(u for u in draft.unplaced)):
        sentence = placed.sentence
        assert text[sentence.start:sentence.end] == sentence.text


def test_silence_keeps_the_defaults_and_says_so():
    draft = draft_policy("We love our customers. Get in touch any time.")
    assert draft.placed == () and draft.unplaced == ()
    defaults = {d.path: d.value for d in draft.defaults}
    assert set(defaults) == set(DRAFTED)
    assert defaults["returns.window.days"] == 30 and defaults["fees.restocking_percent"] == "0"


def test_sentences_no_setting_holds_are_listed_word_for_word():
    text = "Returns are accepted within 30 days of delivery. Returns to our Berlin store get a free coffee."
    draft = draft_policy(text)
    assert [u.sentence.text for u in draft.unplaced] == ["Returns to our Berlin store get a free coffee."]


def test_a_rule_under_a_returns_heading_is_about_returns_without_naming_them():
    text = "Returns\n\nWe accept returns within 30 days of delivery.\nThe outer box must be undamaged.\nWe love our customers."
    assert [u.sentence.text for u in draft_policy(text).unplaced] == ["The outer box must be undamaged."]


def test_a_fault_heading_lends_its_reason_only_to_a_line_that_acts_on_it():
    text = ("Damaged Parcels\nPlease be aware that not every flaw counts as a fault.\nWe look at each case on an individual basis.\n"
            "Email us within 5 days of delivery.")
    draft = draft_policy(text)
    assert [(p.path, p.value, p.sentence.text) for p in draft.placed if p.path == "fault.reasons"] == [
        ("fault.reasons", "DAMAGED", "Email us within 5 days of delivery.")]
    assert [u.sentence.text for u in draft.unplaced] == [
        "Please be aware that not every flaw counts as a fault.", "We look at each case on an individual basis."]


@pytest.mark.parametrize("text,listed", [
    # a rule for some returns only is no general setting: listed, and nothing set from it
    ("Opened items are subject to a 15% restocking fee.", "Opened items are subject to a 15% restocking fee."),
    ("You can return sale items within 14 days.", "You can return sale items within 14 days."),
    ("Over Christmas please allow up to 15 working days for refunds to be processed.",
     "Over Christmas please allow up to 15 working days for refunds to be processed."),
    # partly held: the reasons are set, and the sentence still goes to the merchant
    ("All sales are final unless damaged or defective.", "All sales are final unless damaged or defective."),
    ("Refund is only eligible for damaged items.", "Refund is only eligible for damaged items."),
    ("Defective items will be replaced within the warranty period or 365 days of the order date, whichever is longer.",
     "Defective items will be replaced within the warranty period or 365 days of the order date, whichever is longer."),
    ("Expect your refund within 15 days of giving your package to the carrier.",
     "Expect your refund within 15 days of giving your package to the carrier."),
    # partly read: the channel is set, the 24 hours no setting holds
    ("Email us to start a return; we review every request within 24 hours.",
     "Email us to start a return; we review every request within 24 hours."),
    # the legal withdrawal period counted from the contract, and a deadline counted from the notice
    ("The withdrawal period is 14 days from the day the contract is concluded.",
     "The withdrawal period is 14 days from the day the contract is concluded."),
    ("If you withdraw from this contract, we shall repay you within 14 days of your notice.",
     "If you withdraw from this contract, we shall repay you within 14 days of your notice."),    ("Please send your purchase back within 14 days of the repair date.", "Please send your purchase back within 14 days of the repair date."),
    # a wait in billing cycles: the way back is read, the wait goes to the merchant
    ("Please allow two billing cycles for us to issue a credit to your card.",
     "Please allow two billing cycles for us to issue a credit to your card."),
])
def test_a_rule_no_setting_holds_is_listed_even_when_the_sentence_sets_something(text, listed):
    draft = draft_policy(text)
    assert [u.sentence.text for u in draft.unplaced] == [listed]
    assert not {p.path for p in draft.placed} & {"fees.restocking_percent", "returns.window.days", "refund.processing", "returns.enabled", "fault.window.days"}


_BY_NAME = {name: text for name, text, _facts in TEXTS}


@pytest.mark.parametrize("name,listed", [
    # a fault rule for one product line (the line led by its goods) or for some orders only
    ("fault-rule-for-one-product-line", ["If your bouquet arrives wilted or damaged, email us within 12 hours with a photo.",
                                         "For wholesale orders, exchanges are only offered for damaged units."]),
    # damage the shop does not take back: a claim with the courier, a charge for a damaged box
    ("damage-the-shop-does-not-take-back", ["If a parcel is damaged on its way to you, please open a claim with the courier directly.",
                                            "Returns with a damaged or missing box are subject to a 20% restocking fee."]),
    ("carrier-claims-paragraph", ["Damage claims on goods shipped by freight must be made within 2 days.",
                                  "A photo of the damaged goods must go with every claim."]),
    # fees on cancelling, on returns without a receipt ("such returns"), on pieces not in sellable condition
    ("fees-for-some-cases", ["Later cancellations carry a 10% restocking fee.", "Such returns incur a 20% restocking fee.",
                             "Pieces returned that are not in sellable condition will be charged a 25% restocking fee."]),
    # a method with an exception, a fee's condition, goods named as the subject, a sentence carrying on the one before
    ("how-it-was-paid-is-no-refund-method", ["We send refunds to the original form of payment, except for orders paid on collection, "
                                             "which are refunded by cheque."]),
    ("gift-and-accessory-rules", ["Spare parts such as hinges, knobs and screws must be sealed.",
                                  "Pieces that are not in the condition we sent them may be refused or subject to a restocking fee.",
                                  "This includes any desks that show drill holes.",
                                  "If the piece was received as a gift, a gift certificate will be issued.",
                                  "Delivery charges are non-refundable, except when we miss the delivery date we promised."]),
    # a window, a condition or a fee for the goods a sentence names; fees that depend on the case
    ("a-later-window-for-some-goods", ["Pianos priced over $5,000 must be returned within 7 days of shipment."]),
    ("goods-named-as-the-subject", ["Please note: All strollers must be returned folded and with their manuals.",
                                    "Returned hats incur a $5 restocking fee.", "Blankets such as throws and quilts must be unwashed."]),
    ("fees-for-some-returns-only", ["A 2% - 4% re-stocking fee applies to orders where card fees were charged to us.",
                                    "Returns made 31-45 days after delivery will be subject to a 10% restocking fee.",
                                    "If you would like a cash refund, every return is charged a 5% restocking fee.",
                                    "If you would like store credit, your credit will be issued as store credit with no fee."]),
    ("refusal-lists-of-other-shapes", ["Face creams that have been opened are not returnable."]),
    ("who-pays-and-how-to-ask", ["If a return arrives more than 30 days after delivery, you pay the return shipping as well."]),
    ("refund-ways-in-some-cases", ["Without a receipt, the refund is given as store credit.",
                                   "It is at our discretion whether a refund or store credit will be issued for worn items.",
                                   "Standard stock returned within 45 days of purchase will not be charged a restocking fee of 20%."]),
    ("a-list-under-a-goods-name", ["- A receipt is needed along with the tree in the condition it was sold."]),
    ("damage-the-customer-caused", ["A handling fee of $6 is deducted from refunds for NZ returns."]),
    ("fault-list-under-its-heading", ["\u2022 Stoves: must include the regulator", "\u2022 Used sleeping mats not accepted"]),
])
def test_a_scoped_or_conditional_rule_goes_to_the_merchant(name, listed):
    unplaced = [u.sentence.text for u in draft_policy(_BY_NAME[name]).unplaced]
    assert [sentence for sentence in listed if sentence not in unplaced] == []


def test_an_implied_setting_gives_way_to_one_stated_outright():
    draft = draft_policy("If your item arrives damaged, we offer a refund or an exchange.\nWe offer free exchanges for another size.")
    assert draft.document["resolutions"]["exchange"] == "ALWAYS"
    assert [u.sentence.text for u in draft.unplaced] == []


def test_a_contradiction_keeps_the_first_and_leaves_the_second_for_the_merchant():
    draft = draft_policy("Returns are accepted within 30 days of delivery.\nReturns are accepted within 60 days of delivery.")
    assert draft.document["returns"]["window"]["days"] == 30
    assert [u.sentence.text for u in draft.unplaced] == ["Returns are accepted within 60 days of delivery."]
    assert "earlier sentence" in draft.unplaced[0].why


def test_a_value_the_model_refuses_goes_back_to_the_merchant():
    draft = draft_policy("We accept returns within 9000 days of delivery.")  # the model allows 3650 at most
    assert draft.document["returns"]["window"]["days"] == 30
    assert draft.unplaced[0].sentence.text.startswith("We accept returns within 9000 days")
    Policy.model_validate(draft.document)


def test_too_long_a_text_is_refused():
    with pytest.raises(TextTooLong):
        draft_policy("Returns within 30 days. " * 10_000)


# --- the seeds ---------------------------------------------------------------------------------

def _effective(document: dict, path: str):
    node = document
    for key in path.split("."):
        node = node[key]
    return node


def _differences(document: dict, preset: dict) -> dict:
    """Settings where the draft and the preset differ, compared as the page and engine read them:
    an empty fault window is the standard one; cancellation terms the page does not state are not
    compared; lists as sets; region-by-region shipping is compared whole."""
    doc, want = Policy.model_validate(document).model_dump(mode="json"), preset
    found = {}
    for path in DRAFTED:
        if path == "shipping.merchant_at_fault":
            a, b = doc["shipping"]["regions"], want["shipping"]["regions"]
        elif path == "fault.window":
            a, b = doc["fault"]["window"] or doc["returns"]["window"], want["fault"]["window"] or want["returns"]["window"]
        else:
            a, b = _effective(doc, path), _effective(want, path)
        if path.startswith("cancellation.") and not (doc["cancellation"]["stated"] or want["cancellation"].get("stated", True)):
            continue
        if isinstance(a, list) and isinstance(b, list) and path != "exclusions" and path != "shipping.merchant_at_fault":
            a, b = sorted(map(str, a)), sorted(map(str, b))
        if path == "exclusions":
            a, b = sorted(e["category"] for e in a), sorted(e["category"] for e in b)
        if a != b:
            found[path] = (a, b)
    return found


@pytest.mark.parametrize("preset", ["alotrop", "alltrendsusa", "allegra-k"])
def test_a_preset_s_published_page_drafts_back_to_the_preset(preset):
    policy = load_preset(preset)
    draft = draft_policy(render(policy, "Shop", "help@shop.example"))
    differences = _differences(draft.document, policy.model_dump(mode="json"))
    # Shipping terms per country and per return number are not drafted: those sentences are
    # listed for the merchant instead (Allegra K's U.S./Canada/Japan/EU terms).
    allowed = {"allegra-k": {"shipping.merchant_at_fault"}}.get(preset, set())
    assert set(differences) == allowed, differences
    if allowed:
        assert any("1st return" in u.sentence.text for u in draft.unplaced)


# What each seed text leaves different from its preset, and why. Where the words alone do not
# settle a setting, the preset took a reading its notes file explains (plugin/policy/presets/*.notes.txt);
# the draft keeps to the words and lists the rest for the merchant.
TRANSIT = {
    # No text says when the window runs if no delivery date is known: the preset's days of transit
    # are the merchant's choice (notes 8), and the fault window inherits them.
    "returns.window.transit_buffer_days", "fault.window",
}
SEED_DIFFERENCES = {
    "alotrop": TRANSIT | {
        # The policy page says "Include photos"; the FAQ "a photo if possible". The preset takes the
        # kinder reading (no photo required); the draft reads the page first.
        "fault.photos_min",
        # Notes 5 and 6: return postage and the condition waiver for faulty items are the preset's
        # readings of "a full refund, including shipping costs" and of "in original condition".
        "shipping.merchant_at_fault", "fault.waive_condition",
        # "Items that show wear or damage not caused during shipping" are not accepted: the preset
        # reads it as a "not worn" condition; the draft lists the sentence for the merchant.
        "requirements.condition",
    },
    "alltrendsusa": TRANSIT | {
        # "does not meet the specifications, has flaws, has shipping delays, or is simply incomplete":
        # the preset adds damaged and wrong items as faults, which the text never names.
        "fault.reasons",
        # The preset puts a comma in the retailer sentence it quotes.
        "sales_channels.elsewhere_note",
        # "the maximum time to make the request is 24 hours after purchasing": the preset reads the hours as
        # the only limit (until_shipped False); the draft implies nothing of shipment from a window in hours
        # (real pages' labels never state it), so it keeps the default.
        "cancellation.until_shipped",
    },
    "allegra-k": TRANSIT | {
        # "quality issues, or Allegra K responsibility": the preset spells this out as five reasons.
        "fault.reasons",
        # The page asks for a return request, not for a reason; the preset asks for one.
        "requirements.reason_required",
        # "as long as they are in new condition": the draft reads the original condition too (the labels' convention 3,
        # as "like new"), the preset unused alone.
        "requirements.condition",
        # U.S./Canada/Japan/EU return postage by return number: not drafted, listed as unplaced.
        "shipping.merchant_at_fault",
    },
}
SEED_TEXTS = {
    "alotrop": ["alotrop-return-policy.txt", "alotrop-faq.txt"],
    "alltrendsusa": ["alltrendsusa-guarantees.txt"],
    "allegra-k": ["allegra-k-return-policy.txt"],
}


@pytest.mark.parametrize("preset", sorted(SEED_TEXTS))
def test_a_seed_text_drafts_close_to_its_preset(preset):
    text = "\n\n".join((SEEDS / name).read_text() for name in SEED_TEXTS[preset])
    draft = draft_policy(text)
    differences = _differences(draft.document, load_preset(preset).model_dump(mode="json"))
    assert set(differences) == SEED_DIFFERENCES[preset], differences


def test_allegra_k_differs_on_condition_only_by_the_original_condition():
    """"as long as they are in new condition": the draft reads the original condition beside every item the preset
    asks for, and nothing else (SEED_DIFFERENCES names the setting, this says how it differs)."""
    text = "\n\n".join((SEEDS / name).read_text() for name in SEED_TEXTS["allegra-k"])
    drafted = draft_policy(text).document["requirements"]["condition"]
    preset = load_preset("allegra-k").model_dump(mode="json")["requirements"]["condition"]
    assert sorted(drafted) == sorted([*preset, "ORIGINAL_CONDITION"])


# --- the round trip over random policies --------------------------------------------------------

CONDITIONS = ("UNUSED", "NOT_WORN", "NOT_WASHED", "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING",
              "ACCESSORIES_INCLUDED", "MANUALS_INCLUDED")


@st.composite
def drafted_settings(draw) -> dict:
    """A preset with the settings the drafter reads changed at random."""
    base = load_preset(draw(st.sampled_from(["alotrop", "alltrendsusa", "allegra-k"]))).model_dump(mode="json")
    base["returns"]["window"] = {
        "days": draw(st.integers(1, 365)), "unit": draw(st.sampled_from(["CALENDAR", "BUSINESS"])),
        "starts": draw(st.sampled_from(["DELIVERY", "PURCHASE", "SHIPMENT"])), "transit_buffer_days": None,
    }
    base["fault"]["window"] = None
    base["fees"]["restocking_percent"] = str(draw(st.integers(0, 50)))
    base["refund"]["method"] = draw(st.sampled_from(["ORIGINAL_PAYMENT", "STORE_CREDIT", "CUSTOMER_CHOICE"]))
    base["requirements"]["condition"] = draw(st.lists(st.sampled_from(CONDITIONS), unique=True, max_size=5))
    base["resolutions"]["exchange"] = draw(st.sampled_from(["NEVER", "ALWAYS"]))
    base["returns"]["only_at_fault"] = draw(st.booleans())
    return base


ROUND_TRIP = ("returns.enabled", "returns.only_at_fault", "returns.window.days", "returns.window.unit", "returns.window.starts", "fees.restocking_percent",
              "refund.method", "requirements.condition", "resolutions.exchange")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafted_settings())
def test_drafting_the_page_render_publishes_gives_back_its_settings(document):
    policy = Policy.model_validate(document)
    draft = draft_policy(render(policy, "Shop", "help@shop.example"))
    drafted = Policy.model_validate(draft.document).model_dump(mode="json")
    want = policy.model_dump(mode="json")
    for path in ROUND_TRIP:
        a, b = _effective(drafted, path), _effective(want, path)
        if isinstance(a, list):
            a, b = sorted(a), sorted(b)
        assert a == b, (path, render(policy, "Shop", "help@shop.example"))


@pytest.mark.parametrize("text,unset", [
    # a line broken after "within" goes on on the next line: no return window read from its second half
    ("Broken, faulty or mis-sent goods must all be reported to us within\n5 days of delivery, unused, or we cannot take them back.",
     {"returns.window.days", "requirements.condition"}),
    # who pays shipping under a heading that names one kind of returns
    ("Trade-In Returns\nCustomers pay the shipping charges to send the trade-in to our depot.", {"shipping.default.payer"}),
    # damage that makes the shop refuse the return is no fault it answers for
    ("If an item comes back damaged through rough packing, we will deny the return.", {"fault.reasons"}),
    ("Damaged vases are not returnable. Tell us at once if you receive a damaged vase so we can claim it from the courier.",
     {"fault.reasons"}),
    # a refund time for orders from one region
    ("Refunds on orders paid outside the United Kingdom can take 2 to 4 weeks to reach your bank.",
     {"refund.typical_arrival", "refund.processing"}),
    # a person is no product group, whatever the heading over the sentence
    ("Non-Returnable Items\nBuyers are responsible for the postage, which is non-refundable.", {"exclusions"}),
    # a fee charged in the case the sentence names, and the fault it names only as the customer's claim
    ("A 12% restocking fee is deducted, if a buyer sends a blender back as broken but it works when we test it.",
     {"fault.reasons", "fees.restocking_percent"}),
    # a refund method for one kind of goods
    ("No cash refunds on personalised mugs.", {"refund.method"}),
    # a shipping fee in percent is a fee, not the order's shipping
    ("You get the price back minus shipping and handling fees (12%).", {"refund.original_shipping"}),
    # a condition for faulty goods only
    ("Damaged goods must be sent back unused and in the original box.", {"requirements.condition"}),
    # refusing damaged goods a refund is no fault the shop answers for
    ("Opened tins or damaged jars cannot be refunded.", {"fault.reasons"}),
    # how a refund goes for one way of paying, and a minimum wait that is no longest time
    ("If the order was paid by cheque, there is a minimum 21-day wait before a refund cheque is sent.",
     {"refund.typical_arrival", "refund.processing"}),
    ("Cheque Purchases\nRefunds reach you within 9 days of the return.", {"refund.processing", "refund.typical_arrival"}),
    # a returns label booked through the shop is no tag to keep attached
    ("Outside of Canada, you must book a returns label through us and pay for it.", {"requirements.condition"}),
    # the refund for returns sent back late is a case, not the shop's refund time
    ("For parcels returned after 45 days, but within 75 days, the refund will be store credit only.",
     {"refund.processing", "refund.method"}),
    # a refused delivery, a fee in a case the sentence names or with exceptions, a cancelled order's shipping
    ("If a delivery is refused, we may take the goods back if they are unused.", {"requirements.condition"}),
    ("In the event that we accept a late return, a 20% restocking fee applies.", {"fees.restocking_percent"}),
    ("Restocking fee: 30% (exceptions apply)", {"fees.restocking_percent"}),
    ("If you cancel after dispatch, you pay the return shipping.", {"shipping.default.payer"}),
    # a fault's deadline is no return window; the customer's deadline to send back is no refund time
    ("If your item is faulty and 20 days have passed since delivery, we cannot refund it.", {"returns.window.days"}),
    ("Once approved, you must then send the goods back within 5 days for your refund.", {"refund.processing"}),
    ("Parcels must be posted within 10 days of receiving your return number.", {"returns.window.days"}),
    # states of an item listed under non-returnable items are no product groups
    ("Non-Returnable Items\n- Items that have been sanded, painted or used", {"exclusions"}),
    # the risk of the parcel is not who pays its postage; damage that leads to a declined or uncredited return
    ("The buyer is responsible for loss or damage during return shipping.", {"shipping.merchant_at_fault", "shipping.default.payer"}),
    ("Returns of items that are scratched, damaged or missing parts may be declined.", {"fault.reasons"}),
    ("We cannot credit goods that are damaged on their way back to us.", {"fault.reasons"}),
    # examples of a category named are no product groups of their own
    ("Items that are personalised in any way, including engraved initials, are not returnable.", {"exclusions.OTHER"}),
    # a refusal to refund damaged goods; a deduction from the refund is no fault remedy
    ("If a bottle is found damaged or open, we are not able to issue a refund.", {"fault.reasons"}),
    ("The free-shipping saving is deducted from the refund amount unless the return was due to our error.", {"fault.remedies"}),
    # the refund for one way of paying
    ("Payments made via credit card are credited back to the original card.", {"refund.method"}),
    # "non-faulty returns" are every return the shop is not at fault for: no fault, no fault window
    ("Non-Faulty Returns\nWe accept any product back within 14 days of you receiving it and issue a refund.",
     {"fault.reasons", "fault.window.days"}),
    # where the email says the address is not how to ask for a return
    ("How to return a product:\n- Ship your unused product to the address identified in our email.", {"returns.request_via"}),
    # a list's introduction lends its return window to no fault line under it
    ("You can return most items within 30 days of delivery, as noted below:\n- If the return is due to defective products, contact us to start it.",
     {"fault.window.days"}),
    # what returns without approval do not get is no refund method
    ("Goods sent back without approval are not eligible for refund, replacement, or store credit.", {"refund.method"}),
    # a fee on returns over an amount or count
    ("Returns of $150 and up or of 4 or more items are charged a 12% restocking fee.", {"fees.restocking_percent"}),
    # no cancelling for one category of goods
    ("NO CANCELLATIONS ON CLEARANCE ITEMS.", {"cancellation.enabled"}),
    # the customer inspecting the parcel is no inspection by the shop
    ("All parcels received must be inspected within 3 days of delivery.", {"refund.inspection"}),
    # "insured for damage or loss" is the parcel's risk, not a fault
    ("Postage is your responsibility, and every parcel must be insured for damage or loss.", {"shipping.merchant_at_fault"}),
    # a list in the part of a sentence that refuses nothing; a pronoun is no product group
    ("We do not accept partial returns of kits; if you buy a kit that includes several tools, you must return all of it.",
     {"exclusions.OTHER"}),
    # returns processed once the parcel arrives: the refund's time, not a return window
    ("Once our warehouse receives your parcel, returns are processed within 4 business days.", {"returns.window.days"}),
    # a warranty's cover is no fault the return policy names
    ("Our two-year warranty covers defects in materials under normal use.", {"fault.reasons"}),
    # the shop insuring its own parcels is no advice to insure a return; a hedged rule is no rule
    ("Please call us if a parcel arrives broken, because we insure everything we send.", {"instructions.insured_shipping_recommended"}),
    ("We do not normally refund the delivery cost.", {"refund.original_shipping"}),
    # return postage is no original shipping; no exchanges on discounted goods is no general rule
    ("All postage costs for returns must be covered by the customer and will not be refunded.", {"refund.original_shipping"}),
    ("Everything bought in our 40% off sale is final: no returns, no exchanges.", {"resolutions.exchange"}),
    # no reason needed is no reason required; a usual refund way with others open; what the law promises
    ("You may send goods back within 14 days without needing to give any reason for the return.", {"requirements.reason_required"}),
    ("Refunds usually go to the original payment method, but other methods can be agreed.", {"refund.method"}),
    ("Under UK law, a seller must repair or replace goods that turn out to be faulty.", {"fault.reasons", "fault.remedies"}),
    ("Consumer Rights\n- Buyers get a full refund if the product is defective.", {"fault.reasons"}),
    # a refund counted from the returned parcel's arrival, beside a sentence about cancelling
    ("Orders can be cancelled within 12 hours.\nRefunds reach your card within 3-5 business days of our receiving the returned parcel.",
     {"cancellation.refund_time"}),
    # the customer's deadline to ship is no refund time, nor a return window
    ("Parcels must be shipped back within 6 days since the return label was issued, or your refund is delayed.",
     {"refund.processing", "returns.window.days"}),
    # a fault denied or disclaimed is no fault the shop answers for
    ("On arrival we check that the returned watch has not been damaged.", {"fault.reasons"}),
    ("By accepting the parcel you confirm that it is not faulty, damaged or not as described.", {"fault.reasons"}),
    ("We cannot be responsible for damaged flowers if nobody is home to take them in.", {"fault.reasons"}),
    # a warranty's terms for a fault that arises later; the customer's wrong details
    ("The warranty means that if your kettle becomes faulty within a year, you can send it to us at your cost.",
     {"shipping.merchant_at_fault", "shipping.default.payer", "fault.reasons"}),
    ("Orders placed with incomplete or incorrect address details cannot be cancelled once packed.", {"fault.reasons"}),
    # a window for exchanges only; a fee for the goods it names; no exchanges for goods in some state
    ("Our returns terms are simple.\nExchanges are handled as long as the parcel is post marked within 40 days from the date received.",
     {"returns.window.days"}),
    ("A 15% restocking fee applies to all special-build bicycle orders.", {"fees.restocking_percent"}),
    ("There are no exchanges or refunds on any shoes that have been worn outside.", {"resolutions.exchange"}),
    # a period in the goods' life, a reply to a request: no refund time, no answer on a received return
    ("7. 10-Day Repair Promise: If a fault appears within the first 10 days, we will fix it or issue a refund.", {"refund.processing"}),
    ("Wait for our approval: we will reply within 3 business days with return instructions.",
     {"refund.processing", "refund.response_business_days"}),
    # the customer's receipt of the goods is the window's start, not the refund's clock
    ("Most items can be sent back for a refund within 21 days of receipt of the goods with an approved return number.",
     {"refund.processing"}),    # what a warranty covers is its cover, not a fault the return policy names
    ("Please note that this warranty only covers electrical faults, not accidental damage.", {"fault.reasons"}),    # a window counted from an event no setting knows
    ("Please send your purchase back within 14 days of the repair date.", {"returns.window.days"}),    # a deposit kept names no goods; free return postage for exchanges only; shipping refunded in a case
    ("Made-to-order sofas need a 30% non-refundable deposit.", {"exclusions"}),
    ("Return postage is free for exchanges.", {"shipping.default.payer"}),
    ("We refund the delivery charge if the parcel arrived late.", {"refund.original_shipping"}),
    # any message answered, not a received return; accepting returns within days is no refund time
    ("Our help desk replies within 2 business days.", {"refund.response_business_days"}),
    ("We only take returns for a refund within 21 days; after that, exchanges only up to 45 days.", {"refund.processing"}),    ("Parcels must come back within 20 days for a full refund or 50 days for store credit.", {"refund.processing", "refund.method"}),
    ("You may ask for a refund or a swap within 10 days.", {"refund.processing"}),
    # a fee the shop reserves the right to charge, a fee on late returns, the shop's own handling time
    ("We reserve the right to charge a 12% restocking fee.", {"fees.restocking_percent"}),
    ("A restocking fee of 25% applies to returns over 45 days.", {"fees.restocking_percent"}),
    ("We check all returns within 72 hours of arrival.", {"returns.window.days"}),
    # exchanges offered for one category of goods only
    ("Clearance items are non-refundable but may be exchanged.", {"resolutions.exchange"}),    # "all sales are final" under a heading naming some orders; goods that have their own window;
    # a refused return sent back to the customer is no return postage
    ("Trade Accounts\nAll sales are final.", {"returns.enabled"}),
    ("Bicycles have a 10-day return window; everything else has 30 days.", {"returns.window.days"}),
    ("Parcels that fail our checks will be sent back to you at your expense.", {"shipping.default.payer"}),    # one region's terms
    ("Within the UK we offer a free 21 day returns service.", {"returns.window.days"}),    # goods bought on sale; a reason is no product group
    ("Items bought on sale can be returned for store credit only.", {"refund.method"}),
    ("Earrings, for hygiene reasons, are final sale.", {"exclusions.OTHER"}),    # the next clause's words are no window's start; a bare "refunds within" beside an exchange window; gift returns
    ("Returns are only accepted for unworn items within 20 days; shipping costs are non-refundable.", {"returns.window.starts"}),
    ("Exchanges can be made within 40 days, refunds within 20 days.", {"refund.processing"}),
    ("Gift returns: store credit only", {"refund.method"}),    # a start needs a word that counts from it; who pays for some goods (named, or in the heading)
    ("Returns for Credit\nItems returned within 60 days receive store credit.", {"returns.window.starts"}),
    ("Return postage for sofas is paid by the customer.", {"shipping.default.payer"}),
    ("Bulky Items\nReturn shipping is paid by the customer.", {"shipping.default.payer"}),    ("We pay the return postage on orders over $80.", {"shipping.default.payer"}),
    ("Return postage is free when you exchange for another colour.", {"shipping.default.payer"}),    # the shop cancelling is no term of the customer's cancelling
    ("If we have to cancel your order because of a pricing error, you will receive a full refund.", {"cancellation.refund_percent"}),    # the deadline the reporting verb takes, counted from an event no setting knows; the shop's own testing time
    ("If a kettle arrives damaged or stops working within 60 days, email us within 5 days of noticing the fault.", {"fault.window.days"}),
    ("Once your return reaches our warehouse, we test it within 4 business days.", {"returns.window.days"}),
    # who pays "in these cases" with no fault named: the case is elsewhere
    ("Returns are welcome.\nWe will cover the shipping cost in these cases.", {"shipping.default.payer", "shipping.merchant_at_fault"}),    ("Hampers may be exchanged for another flavour if unopened, within 5 days.", {"resolutions.exchange"}),    ("Overseas customers pay their own return postage.", {"shipping.default.payer"}),    # a refund of "your postage" when faulty is the return's postage; a refund if you return within days; advice for parcels over an amount
    ("If it turns out faulty, we'll refund your postage costs as well.", {"refund.original_shipping"}),
    ("We'll refund the first delivery charge if you return the whole order within 12 days.", {"refund.processing", "refund.original_shipping"}),
    ("If you are sending back an item over $90, consider a trackable service or buying shipping insurance.",
     {"instructions.tracked_shipping_recommended", "instructions.insured_shipping_recommended"}),    # a charge refunded when a part comes back in time; a deposit kept; returns and exchanges refused for some goods
    ("Core deposits are refunded when the old pump is returned within 45 days.", {"returns.window.days", "refund.processing"}),
    ("Bespoke rings need a 30% deposit, which is non-refundable.", {"exclusions"}),
    ("We are unable to accept returns or exchanges on goods damaged by the customer.", {"resolutions.exchange"}),    # counted from receiving the shop's authorisation, not the goods
    ("Please send it back within 20 days of receiving your refund authorisation.", {"returns.window.starts", "returns.window.days"}),
])
def test_a_sentence_about_some_returns_only_leaves_the_setting_alone(text, unset):
    draft = draft_policy(text)
    # "exclusions.OTHER": no product group in the merchant's own words (a named category may stand)
    said = {p.path for p in draft.placed} | {"exclusions.OTHER" for p in draft.placed if p.path == "exclusions" and p.value["category"] == "OTHER"}
    assert not said & unset


@pytest.mark.parametrize("text,expected", [
    # the ways shops say what this drafter reads, in words of no one page
    ("Your items must arrive back unworn and unaltered.", {"requirements.condition": ["NOT_WORN", "NOT_ALTERED"]}),
    ("Return costs are the responsibility of the buyer.", {"shipping.default.payer": "CUSTOMER"}),
    ("If we sent you the wrong item, the return postage will be borne by us.", {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("Return postage costs are non-refundable.", {"shipping.default.payer": "CUSTOMER"}),
    ("Approved refunds go back to your original debit card.", {"refund.method": "ORIGINAL_PAYMENT"}),
    ("You have 21 days to return anything you bought.", {"returns.window.days": 21}),
    ("Please send the goods back within 20 days of delivery.", {"returns.window.days": 20, "returns.window.starts": "DELIVERY"}),
    ("Start your return within 10 days from the day after delivery.", {"returns.window.days": 10, "returns.window.starts": "DELIVERY"}),
    ("To swap sizes, return the pair and make a separate purchase for the new one.", {"resolutions.reorder_hint": True}),
    ("You should make sure the parcel is insured for its full value.", {"instructions.insured_shipping_recommended": True}),
    ("Refunds are sent within 4 business days of receiving a return.",
     {"refund.processing": {"min_days": 0, "max_days": 4, "unit": "BUSINESS"}}),
    ("All non-defective returns carry a 12% restocking fee.", {"fees.restocking_percent": "12"}),
    ("Products listed as non-returnable on their page cannot be sent back.", {"exclusions": ["NON_RETURNABLE_MARK"]}),
    ("You may cancel your order up until the time it is shipped.", {"cancellation.until_shipped": True}),
    ("Incorrect, scratched or broken goods must be reported to us within 3 days of delivery.",
     {"fault.reasons": ["WRONG_ITEM"], "fault.window.days": 3, "fault.window.starts": "DELIVERY"}),
    ("We do not take back used items.", {"requirements.condition": ["UNUSED"]}),  # (used pumps only: a rule for pumps)
    ("Email us to initiate a return or exchange.", {"resolutions.exchange": "ALWAYS"}),
    ("We accept returns within 12 days of delivery.", {"returns.window.days": 12, "returns.window.starts": "DELIVERY"}),
    ("Your refund will not include the original delivery charges.", {"refund.original_shipping": "NEVER"}),
    ("To start a return, contact me through the form.", {"returns.request_via": "EMAIL"}),
    ("Anything bought at a discounted price or from our sale section is final sale.", {"exclusions": ["CLEARANCE"]}),
    ("Please allow 2-4 days for us to process your refund, though it usually happens sooner.",
     {"refund.processing": {"min_days": 2, "max_days": 4, "unit": "CALENDAR"}}),
    ("Unworn shoes can be returned under our 45 day easy return policy.", {"returns.window.days": 45}),
    ("Items may be returned or exchanged within 21 days of purchase.", {"returns.window.days": 21, "returns.window.starts": "PURCHASE"}),
    ("Please return goods at your own expense.", {"shipping.default.payer": "CUSTOMER"}),
    ("It can take between 3 weeks - 4 weeks for the refund to show on your card statement.",
     {"refund.typical_arrival": {"min_days": 21, "max_days": 28, "unit": "CALENDAR"}}),
    ("Request a return authorization within 45 days of your order ship date.", {"returns.window.days": 45, "returns.window.starts": "SHIPMENT"}),
    ("Returns are credited in full when made within 40 days from the time of purchase.", {"returns.window.days": 40, "returns.window.starts": "PURCHASE"}),
    ("You may return any item, keeping the following in mind:\nA 4% restocking fee is charged on all returns.", {"fees.restocking_percent": "4"}),
    ("Visit our returns portal to request a return.", {"returns.request_via": "WEBSITE"}),
    ("Kits are returnable only whole: return all or none of the kit.", {"sets.return_whole_only": True}),
    ("You may send items back within 25 days from the date on which the order was placed.",
     {"returns.window.days": 25, "returns.window.starts": "PURCHASE"}),
    ("Purchases of marked-down items are always final.", {"exclusions": ["CLEARANCE"]}),
    # a plain line of prose after a sentence ending in a colon is no item of its list
    ("To send an item back, please post it to:\nYou are responsible for the cost of your own postage when sending it. "
     "Original delivery costs are non-refundable.", {"refund.original_shipping": "NEVER"}),
    ("We do not refund the original delivery charge.", {"refund.original_shipping": "NEVER"}),
    ("Your original postage charge will not be included in the refund.", {"refund.original_shipping": "NEVER"}),
    ("We happily take unwanted items back within 20 days of delivery for a refund.",
     {"returns.window.days": 20, "returns.window.starts": "DELIVERY"}),
    ("I don't accept cancellations, but do write to me if something is wrong.", {"cancellation.enabled": False}),
    ("Exchanges are not currently available.", {"resolutions.exchange": "NEVER"}),
    ("The buyer must pay to return items.", {"shipping.default.payer": "CUSTOMER"}),
    ("We offer no refunds or returns for digital downloads.", {"exclusions": ["OTHER"]}),
    # "un-used" is no "used": these are every return, not used goods
    ("We refund un-used returns minus a 12% restocking fee.", {"fees.restocking_percent": "12"}),
    # a heading that lists topics ("pickup" among them) scopes nothing
    ("Shipping, Pickup and Delivery Costs\nYou are responsible for the shipping costs of returning your order.",
     {"shipping.default.payer": "CUSTOMER"}),
    ("Refunds are made within 6 business days of receiving and checking the return.",
     {"refund.processing": {"min_days": 0, "max_days": 6, "unit": "BUSINESS"}}),
    ("Parcels must be shipped back within 6 days since the return label was issued.", {"instructions.ship_within_days": 6}),
    ("Orders that have not yet been dispatched can be cancelled. Cancellation requests are expected within 48 hours of payment.",
     {"cancellation.until_shipped": True, "cancellation.window_hours": 48}),
    ("You may return items within thirty (30_ days of delivery.", {"returns.window.days": 30, "returns.window.starts": "DELIVERY"}),
    ("We refund any returned item that is posted back by the 21st day from your receiving it.",
     {"returns.window.days": 21, "returns.window.starts": "DELIVERY"}),
    ("Most items can be sent back for a refund within 21 days of receipt of the goods with an approved return number.",
     {"returns.window.days": 21, "returns.window.starts": "DELIVERY"}),
    ("If you change your mind, The Tea Exchange will refund your order as long as it is returned within 25 days of delivery.",
     {"returns.window.days": 25}),    # asking first, in the words shops use for it
    ("Please do not send parcels back without first obtaining a return authorisation.", {"returns.request_required_before_shipping": True}),
    ("Goods will not be accepted without an RA number.", {"returns.request_required_before_shipping": True}),
    ("To send something back, you should email us first.", {"returns.request_required_before_shipping": True}),
    ("Wait for our approval before posting anything back.", {"returns.request_required_before_shipping": True}),
    ("Start by visiting our Returns Centre to print a label.", {"returns.request_via": "WEBSITE"}),
    # the refund: its email, its way back, the order's freight
    ("You will receive an email when your refund has been processed.", {"refund.confirmation_email": True}),
    ("Refunds are credited back to your credit card within 10 days of our receiving the goods.", {"refund.method": "ORIGINAL_PAYMENT"}),
    ("Freight and handling charges are not reimbursed.", {"refund.original_shipping": "NEVER"}),
    # a heading listing return words names no kind of returns
    ("Returns and Exchanges Policy\nAny shipping cost you pay when returning goods will not be refunded.", {"shipping.default.payer": "CUSTOMER"}),
    ("We accept exchanges within 30 days of delivery.", {"resolutions.exchange": "ALWAYS"}),
    ("Once the parcel arrives, our team will check that the returned goods are unworn.", {"refund.inspection": True}),
    ("Gift certificates are non-refundable.", {"exclusions": ["OTHER"]}),
    ("Goods must come back in resalable condition.", {"requirements.condition": ["ORIGINAL_CONDITION"]}),    # a subject that is a clause ("you may incur") or the item's parts names no goods
    ("Any shipping charges you may incur when returning an order will not be refunded.", {"shipping.default.payer": "CUSTOMER"}),
    ("All tags and plastic wrappings must stay intact.", {"requirements.condition": ["TAGS_ATTACHED"]}),
    ("Please return the goods in their original packaging within 10 days of delivery.", {"requirements.condition": ["ORIGINAL_PACKAGING"]}),
    ("Card refunds: 2-4 business days after approval (the time depends on your bank).",
     {"refund.typical_arrival": {"min_days": 2, "max_days": 4, "unit": "BUSINESS"}}),
    ("You can opt for store credit instead of a refund.", {"refund.method": "CUSTOMER_CHOICE"}),
    ("Returns are accepted if received within 10 days of order being received.", {"returns.window.days": 10, "returns.window.starts": "DELIVERY"}),
    ("You may return goods within 14 calendar days from the day they receive the product.", {"returns.window.starts": "DELIVERY"}),
    ("Returns are accepted within 30 days of the sale.", {"returns.window.days": 30, "returns.window.starts": "PURCHASE"}),
    ("We will refund your delivery charge if the item was sent in error.", {"refund.original_shipping": "MERCHANT_AT_FAULT"}),
    ("Buyers who receive a damaged lamp must tell us within 3 days of delivery.", {"fault.reasons": ["DAMAGED"]}),
    ("Goods must be sent back at the customer's expense.", {"shipping.default.payer": "CUSTOMER"}),
    ("If a bike is damaged, we may require photos of it.", {"fault.photos_requested": True}),
    ("The following items are excluded: rugs, lamps and mirrors.", {"exclusions": ["OTHER", "OTHER", "OTHER"]}),
    ("You can cancel your order at any time before it is dispatched.", {"cancellation.until_shipped": True}),
    ("Because every piece is handmade, all sales are final.", {"returns.enabled": False}),
    ("We do not accept returns or exchanges.", {"returns.enabled": False, "resolutions.exchange": "NEVER"}),
    ("Goods sent back without an RGA will be refused.", {"returns.request_required_before_shipping": True}),
    ("The customer is responsible for return freight.", {"shipping.default.payer": "CUSTOMER"}),
    ("Once we receive your parcel back, please allow 8 business days for processing.",
     {"refund.processing": {"min_days": 0, "max_days": 8, "unit": "BUSINESS"}}),
    ("You have 10 days from the day your sofa is delivered to tell us you want to return it.",
     {"returns.window.days": 10, "returns.window.starts": "DELIVERY"}),
    ("If you received a broken or incorrect item, email us within 2 days of delivery. We will cover the shipping cost in these cases.",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("Please allow 6-9 business days from the time we receive your return for it to be processed.",
     {"refund.processing": {"min_days": 6, "max_days": 9, "unit": "BUSINESS"}}),
    ("Please return items within 21 days of the date on your receipt.", {"returns.window.days": 21, "returns.window.starts": "PURCHASE"}),
    ("Faulty Goods\nIf your goods are faulty, we will replace them.\nWe will pay the return postage.",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("No Returns & Exchanges on rugs, lamps, or beds and bed frames for safety reasons.", {"exclusions": ["OTHER", "OTHER", "OTHER"]}),
    ("Please allow 4-6 business days for your return to be processed and 2-3 days for the refund to reach your bank.",
     # the bank's time after the shop's processing: the extra delay once the refund is issued
     {"refund.processing": {"min_days": 4, "max_days": 6, "unit": "BUSINESS"}, "refund.additional_delay": {"min_days": 2, "max_days": 3, "unit": "CALENDAR"}}),
    ("If a technical fault shows within 10 days of delivery, we will send a replacement.", {"fault.reasons": ["DEFECTIVE"]}),
    ("Tell us about any damage to your order within 2 days of delivery.", {"fault.reasons": ["DAMAGED"]}),
    ("If your item arrives faulty, we will collect it at our expense.", {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("No returns are accepted for vinyl records, posters or gift wrap.", {"exclusions": ["OTHER", "OTHER", "OTHER"]}),
    ("Items must come back in their original condition. This includes, but is not limited to: perfume, stains, alterations or signs of wear.",
     {"requirements.condition": ["ORIGINAL_CONDITION", "NOT_STAINED", "NOT_ALTERED", "NOT_WORN"]}),
])
def test_a_general_rule_is_read_whatever_the_wording(text, expected):
    draft = draft_policy(text)
    got: dict = {}
    for p in draft.placed:
        value = p.value["category"] if p.path == "exclusions" else p.value
        if p.path in ("requirements.condition", "fault.reasons", "exclusions"):
            got.setdefault(p.path, []).append(value)
        else:
            got.setdefault(p.path, value)
    assert {path: got.get(path) for path in expected} == expected


def test_a_number_to_write_on_the_parcel_goes_to_the_merchant():
    text = "Pack the item securely with the return number clearly marked on the outside of the box."
    draft = draft_policy(text)
    assert [u.sentence.text for u in draft.unplaced] == [text]
    assert {p.path for p in draft.placed} == {"instructions.pack_securely"}


def test_an_indented_numbered_item_keeps_its_number_and_is_one_sentence():
    from plugin.policy.drafting.clauses import split

    text = "Follow these steps to return an item:\n\n  1. Email us within 9 days of delivery. Then wait.\n  2. Post it back"
    clauses = split(text)
    assert [c.text for c in clauses] == ["Follow these steps to return an item:", "1. Email us within 9 days of delivery.",
                                         "Then wait.", "2. Post it back"]
    assert all(text[c.start:c.end] == c.text for c in clauses)


# clausec: a sentence that sets something and says more besides goes to the merchant as well; and the
# vocabulary that makes a sentence about returns (shipped back, faulty, our error, deducted; photos, a fix)
@pytest.mark.parametrize("text,listed", [
    # a charge kept back from the refund that is neither shipping nor restocking
    ("Returns are accepted within 30 days of delivery for a full refund, less card processing fees.",
     "Returns are accepted within 30 days of delivery for a full refund, less card processing fees."),
    ("You get your money back minus shipping and gift wrapping.", "You get your money back minus shipping and gift wrapping."),
    # the case of a return without a receipt
    ("Without a receipt, unworn pieces get store credit.", "Without a receipt, unworn pieces get store credit."),
    ("If you do not have a receipt, an exchange may be offered at our discretion.",
     "If you do not have a receipt, an exchange may be offered at our discretion."),
    # faults left to the maker's warranty; what is not a fault
    ("Defective lamps are covered by the manufacturer's warranty.", "Defective lamps are covered by the manufacturer's warranty."),
    ("A scuffed outer box is not in itself a defect.", "A scuffed outer box is not in itself a defect."),
    # a return that fails the rules is forfeited; a fee that depends on the item's state
    ("Returns that arrive used risk forfeiture of the refund.", "Returns that arrive used risk forfeiture of the refund."),
    ("A 10% restocking fee applies for items not returned in their original box.",
     "A 10% restocking fee applies for items not returned in their original box."),
    # an exception that is no fault and no shipping charge; orders bought some way; goods no longer to be had
    ("Items must be returned unworn, with the exception of shoes tried on indoors.",
     "Items must be returned unworn, with the exception of shoes tried on indoors."),
    ("We pay the return postage if you paid for express delivery.", "We pay the return postage if you paid for express delivery."),
    ("Refunds go to your original card, or to the retailer if you purchased through a retailer.",
     "Refunds go to your original card, or to the retailer if you purchased through a retailer."),
    ("If the size you want is sold out, you may choose store credit instead.",
     "If the size you want is sold out, you may choose store credit instead."),    # damage the customer caused
    ("You pay for repairing returns damaged in transit due to poor packing.",
     "You pay for repairing returns damaged in transit due to poor packing."),
])

def test_clausec_a_sentence_that_sets_something_and_says_more_is_listed(text, listed):
    assert listed in [u.sentence.text for u in draft_policy(text).unplaced]


@pytest.mark.parametrize("text", [
    "Return shipping is paid by the customer, except for items that arrive damaged.",
    "Refunds are sent to the original payment method, excluding shipping costs.",
])
def test_clausec_an_exception_a_setting_holds_is_not_listed_again(text):
    assert text not in [u.sentence.text for u in draft_policy(text).unplaced]


@pytest.mark.parametrize("text,listed", [
    ("Candles must be shipped back in their tin lids.", "Candles must be shipped back in their tin lids."),
    ("Should anything be faulty, tell us within a week of opening.", "Should anything be faulty, tell us within a week of opening."),
    ("If it was an error on our side, we remake the print at no charge.", "If it was an error on our side, we remake the print at no charge."),
    ("Any wear will be deducted from the price.", "Any wear will be deducted from the price."),
    ("Returns\n\nWe accept returns within 30 days of delivery.\nEmail us with photos and your order number.",
     "Email us with photos and your order number."),
    ("Returns\n\nWe accept returns within 30 days of delivery.\nIf a strap comes loose, we will always fix it.",
     "If a strap comes loose, we will always fix it."),
    # a claim's deadline, the state goods must come back in
    ("We cannot accept claims filed more than ten days after delivery.", "We cannot accept claims filed more than ten days after delivery."),
    ("Winter Notes\n- Thermal socks must have their seal intact", "- Thermal socks must have their seal intact"),
    ("Sale Notes\n- Bags must be unused and carry their original tags", "- Bags must be unused and carry their original tags"),
    # fault and fee synonyms; the state goods come back in; a sentence that narrows the one before
    ("If we made an error with your engraving, we redo it for free.", "If we made an error with your engraving, we redo it for free."),
    ("A flawed seam is repaired at our cost.", "A flawed seam is repaired at our cost."),
    ("There is no re-listing fee on kayaks.", "There is no re-listing fee on kayaks."),
    ("Plants must arrive in the same health as when they were delivered.",
     "Plants must arrive in the same health as when they were delivered."),
    ("Filters must not have been used with paint fumes.", "Filters must not have been used with paint fumes."),
    ("Unworn items may be returned within 30 days of delivery.\nThis does not apply to engraved rings.",
     "This does not apply to engraved rings."),
])
def test_clausec_words_that_make_a_sentence_about_returns(text, listed):
    # the rules alone: which sentences are about returns is theirs to say ("Email us with photos and
    # your order number" is then the learned reader's to read, as the way to ask)
    assert listed in [u.sentence.text for u in draft_policy(text, RULES_ONLY).unplaced]


def test_clausec_a_greeting_under_a_returns_heading_is_not_listed():
    draft = draft_policy("Returns\n\nWe accept returns within 30 days of delivery.\nWe hope you love the photos of your new shoes!\n"
                         "Thank you for shopping with us.")
    assert [u.sentence.text for u in draft.unplaced] == []


def test_clausec_a_lead_line_or_an_invitation_to_ask_is_not_listed():
    text = ("Exchanges:\nWe exchange unworn shoes within 30 days of delivery.\n"
            "If you have any questions about returns, feel free to contact us.\n"
            "If you have any questions, note that returns must be booked before you ship them.")
    unplaced = [u.sentence.text for u in draft_policy(text).unplaced]
    assert "Exchanges:" not in unplaced and "If you have any questions about returns, feel free to contact us." not in unplaced
    assert "If you have any questions, note that returns must be booked before you ship them." in unplaced


@pytest.mark.parametrize("text,listed", [
    # one number, two deadlines counted from two events: the second is a rule no setting holds
    ("Returns are accepted within 30 days of delivery, and the parcel must reach us within 30 days of the return request.", True),
    # one number said twice for the same event is one deadline
    ("We offer a 30-day return policy: items may be returned within 30 days of delivery.", False),
    ("Items may be returned within 30 days of receipt (30 days from delivery for gift orders too).", False),
])
def test_clausec_the_same_number_counted_from_two_events_is_two_deadlines(text, listed):
    assert (text in [u.sentence.text for u in draft_policy(text).unplaced]) == listed

"""The drafter's rules by linguistic class (round 3 of issue 26): each class is a way a sentence's scope
or structure differs from a plain general rule, and each case below is a sentence written for the test,
not taken from a shop's page."""

from __future__ import annotations

import pytest

from plugin.policy.drafting import draft_policy


def _said(text: str) -> dict:
    got: dict = {}
    for p in draft_policy(text).placed:
        value = p.value["label"] if p.path == "exclusions" and p.value["category"] == "OTHER" else p.value
        if p.path == "exclusions" and p.value["category"] != "OTHER":
            value = p.value["category"]
        if p.path in ("requirements.condition", "fault.reasons", "exclusions", "fault.remedies", "fault.photos_of"):
            got.setdefault(p.path, []).append(value)
        else:
            got.setdefault(p.path, value)
    return got


# --- class: a sentence-opening adverb or connective is no noun ---------------------------------------

@pytest.mark.parametrize("text,groups", [
    ("Additionally, engraved lighters are final sale.", None),  # a category, no group of the shop's words
    ("Furthermore, spare blades cannot be returned.", ["Spare blades"]),
    ("Occasionally items are sold as clearance stock and are final sale.", None),
    ("Sometimes products are marked final sale on their page.", None),
    ("Unfortunately opened puzzles are non-returnable.", ["Opened puzzles"]),
    ("Please note, gift wrap is non-refundable.", ["Gift wrap"]),
    ("Family board games are final sale.", ["Family board games"]),  # "family" ends in -ly and is a noun
])
def test_an_opening_adverb_is_not_taken_for_the_goods_refused(text, groups):
    own = [p.value["label"] for p in draft_policy(text).placed if p.path == "exclusions" and p.value["category"] == "OTHER"]
    assert own == (groups or [])


# --- class: an amount or a case restricts the subject to some returns --------------------------------

@pytest.mark.parametrize("text,unset", [
    ("Returns over $200 must have an RMA number before they are sent.", {"returns.request_required_before_shipping"}),
    ("Orders valued at more than $1,000 need prior authorization before any return is accepted.", {"returns.request_required_before_shipping"}),
    ("If the jacket has been worn, email us first and tell us the reason for the return.",
     {"requirements.reason_required", "returns.request_required_before_shipping"}),
    ("When a product is opened, please state the reason for the return on the form.", {"requirements.reason_required"}),
    ("Additionally, items above $75 must be returned with prior authorization.", {"returns.request_required_before_shipping"}),
])
def test_a_subject_an_amount_or_a_case_restricts_sets_no_general_rule(text, unset):
    assert not set(_said(text)) & unset


@pytest.mark.parametrize("text,expected", [
    ("All returns must have an RMA number before they are sent.", {"returns.request_required_before_shipping": True}),
    ("If you would like to return an item, please tell us the reason for the return.", {"requirements.reason_required": True}),
    ("If your return is approved, you must obtain an RMA number first.", {"returns.request_required_before_shipping": True}),
])
def test_a_general_rule_still_reads_beside_the_scoped_ones(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: the scope of a negation is the time or case it names -------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Exchanges are welcome. Beyond 45 days, we are unable to accept returns or exchanges.", {"resolutions.exchange": "ALWAYS"}),
    ("After the return window, we do not offer exchanges.", {"resolutions.exchange": None}),
    ("We do not offer exchanges.", {"resolutions.exchange": "NEVER"}),
    ("Orders cannot be cancelled once they have been dispatched.", {"cancellation.until_shipped": True}),
    ("Cancel within 12 hours of purchase. You cannot cancel an order after it has shipped.",
     {"cancellation.window_hours": 12, "cancellation.until_shipped": True}),
])
def test_a_negation_said_of_a_time_or_case_is_no_general_refusal(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: words between the determiner and the noun ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Please allow up to five days for your store credit refund to be processed.",
     {"refund.processing": {"min_days": 0, "max_days": 5, "unit": "CALENDAR"}}),
    ("Once we have your parcel, allow 3-4 business days for your partial or full refund to be processed.",
     {"refund.processing": {"min_days": 3, "max_days": 4, "unit": "BUSINESS"}}),
])
def test_a_modified_noun_is_still_the_noun(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: the refund without the order's shipping, however the shipping is qualified --------------

@pytest.mark.parametrize("text,expected", [
    ("Unworn boots can be returned within 20 days of delivery for a refund, less the actual delivery charges.",
     {"refund.original_shipping": "NEVER"}),
    ("You will get a full refund less shipping and any gift box charges.", {"refund.original_shipping": "NEVER"}),
    ("The most we refund is the price of the item, excluding any shipping.", {"refund.original_shipping": "NEVER"}),
    ("Return and outgoing shipping charges are your responsibility.", {"refund.original_shipping": "NEVER", "shipping.default.payer": "CUSTOMER"}),
    ("Things that do not qualify for a refund:\n- Delivery costs", {"refund.original_shipping": "NEVER"}),
    ("You will get a refund less the return shipping label fee.", {"refund.original_shipping": None}),  # the return's postage, not the order's
    ("Clearance items are refunded less shipping.", {"refund.original_shipping": None}),  # some goods only
])
def test_a_refund_less_the_order_s_shipping_is_read_whatever_qualifies_it(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: who pays, said with another verb, and a fault the sentence negates --------------------

@pytest.mark.parametrize("text,expected", [
    ("The buyer must incur the cost of sending the goods back to us.", {"shipping.default.payer": "CUSTOMER"}),
    ("Customers absorb the return shipping costs.", {"shipping.default.payer": "CUSTOMER"}),
    # the customer's paying limited to returns that are not the shop's fault: the shop pays when it is (as the labels read it)
    ("If the return is for any reason not related to a defect, you will be responsible for the return postage.",
     {"shipping.default.payer": "CUSTOMER", "shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("For a change of mind or a wrong size you ordered, you pay the return shipping.", {"shipping.default.payer": "CUSTOMER"}),
    ("If we sent a faulty item, we will cover the return shipping.", {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
])
def test_who_pays_is_read_from_the_paying_verb_and_the_fault_s_negation(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: the shop issuing an authorisation, whatever the verb -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Every return must be issued an RMA number by our service desk.", {"returns.request_required_before_shipping": True}),
    ("Email our team to start a return. They will provide you with a return authorization number.",
     {"returns.request_required_before_shipping": True}),
    ("Call us to request a return authorization.", {"returns.request_required_before_shipping": True}),
    ("Return authorizations must be requested before anything is posted.", {"returns.request_required_before_shipping": True}),
    ("Parcels must be accompanied by an RMA form.", {"returns.request_required_before_shipping": True}),
])
def test_an_authorisation_the_shop_issues_is_asked_for_before_shipping(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: a sentence led by returns or orders a qualifier singles out -------------------------------

@pytest.mark.parametrize("text,unset", [
    ("For returns by courier, we will send you an RMA number.", {"returns.request_required_before_shipping"}),
    ("For orders shipped outside Europe, you pay the return postage.", {"shipping.default.payer"}),
    ("On purchases made in our showroom, items must be unused and in their original box.", {"requirements.condition"}),
])
def test_a_sentence_led_by_qualified_returns_sets_no_general_rule(text, unset):
    assert not set(_said(text)) & unset


def test_returns_led_by_the_shop_s_own_site_are_every_return():
    assert _said("For orders from our website, you pay the return postage.").get("shipping.default.payer") == "CUSTOMER"


# --- the same classes met again in sentences written to probe them -----------------------------------

@pytest.mark.parametrize("text,unset", [
    ("If the blender was bought at a markdown, refunds are issued as store credit.", {"refund.method"}),
    ("Sometimes we offer exchanges on sized goods.", {"resolutions.exchange"}),
    ("In some cases, return shipping is paid by us.", {"shipping.default.payer"}),
    ("Past 20 days, we do not accept cancellations.", {"cancellation.enabled"}),
    ("Swaps are welcome, but no exchanges once a shirt has been washed.", {"resolutions.exchange"}),
    ("Returns from Mexico must have an RMA number.", {"returns.request_required_before_shipping"}),
    ("If you are sending back more than 5 items, email us first for an RMA.", {"returns.request_required_before_shipping"}),
    ("For exchanges by post, we will email you a prepaid label.", {"shipping.default.payer"}),
])
def test_probe_sentences_of_each_class_set_no_general_rule(text, unset):
    assert not set(_said(text)) & unset


def test_a_frequency_adverb_leaves_the_goods_it_excludes():
    text = "Occasionally, clearance items are marked final sale; these cannot be returned."
    assert "exclusions" in _said(text)


def test_sales_final_past_a_deadline_is_listed_for_the_merchant():
    draft = draft_policy("After 21 days, all sales are final.")
    assert not draft.placed and [u.sentence.text for u in draft.unplaced] == ["After 21 days, all sales are final."]


# --- class: structure — a sentence under a list heading, a lead that is only a window, a coordinated verb ---

@pytest.mark.parametrize("text,expected", [
    ("Items We Cannot Take Back:\nFor hygiene reasons we cannot accept returns for pierced earrings and lip balms.",
     {"exclusions": ["JEWELRY", "Lip balms"]}),
    ("Returns and Refunds\nWithin 21 days of delivery:\nYou may send back any unworn pair for a refund.",
     {"returns.window.days": 21, "returns.window.starts": "DELIVERY"}),
    ("If we sent you the wrong size, we'll post you the correct one and pay the return postage.",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),
    ("If your lamp arrives damaged, we'll send you a new lamp at no charge.", {"fault.remedies": ["REPLACEMENT"]}),
])
def test_a_rule_is_read_through_the_page_s_structure(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


@pytest.mark.parametrize("text,unset", [
    # a lead window under a heading that is not about returns, or a lead with more than a window
    ("Delivery\nWithin 5 days of purchase:\nWe ship every order by courier.", {"returns.window.days"}),
    # repair or replace names a fault the sentence before stated: the default payer is not what it sets
    ("We will repair or replace the watch and cover the return postage.", {"shipping.default.payer"}),
])
def test_the_structure_lends_nothing_beyond_its_reach(text, unset):
    assert not set(_said(text)) & unset


# --- class: a subject a participle, an "of" phrase or a kind of order narrows -------------------------

@pytest.mark.parametrize("text,unset", [
    ("Items bought with a voucher are refunded as store credit only.", {"refund.method"}),
    ("Returns of laptops within 10 days receive a full refund; after that, store credit.",
     {"returns.window.days", "refund.processing"}),
    ("Pre-orders can be cancelled within 24 hours.", {"cancellation.window_hours", "cancellation.until_shipped"}),
    ("Gift subscriptions may be cancelled at any time before they ship.", {"cancellation.until_shipped"}),
    ("We cannot offer exchanges on swimwear.", {"exclusions"}),  # exchanges refused, returns not
    ("Preorders ship in March.", {"resolutions.reorder_hint"}),  # "preorder" is no reorder
])
def test_a_narrowed_subject_sets_no_general_rule(text, unset):
    assert not set(_said(text)) & unset


@pytest.mark.parametrize("text,expected", [
    ("Items purchased from our website can be returned within 30 days of delivery.", {"returns.window.days": 30}),
    ("Returns for reasons other than a defect are welcome; you pay the return shipping.", {"shipping.default.payer": "CUSTOMER"}),
    ("An order or part of an order may be cancelled until it has shipped.", {"cancellation.until_shipped": True}),
    ("If your order is cancelled for any reason, you will get a full refund.", {"cancellation.refund_percent": "100"}),
    ("No returns or exchanges on swimwear.", {"exclusions": ["Swimwear"]}),
])
def test_a_subject_that_names_every_order_still_reads(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: two clocks in one sentence, each duration to its own -------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Goods must be sent back within 21 days; refunds are processed within 6 days.",
     {"returns.window.days": 21, "refund.processing": {"min_days": 0, "max_days": 6, "unit": "CALENDAR"}}),
    ("Store credit is valid for 6 months.", {"refund.processing": None}),  # the credit's life
    ("Gift vouchers expire after 1 year.", {"refund.processing": None}),
])
def test_each_duration_goes_to_its_own_clock(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


@pytest.mark.parametrize("text,unset", [
    ("Return shipping is free for loyalty members.", {"shipping.default.payer"}),
    ("Returns are covered by us for VIP customers.", {"shipping.default.payer"}),
])
def test_free_returns_for_some_customers_set_no_payer(text, unset):
    assert not set(_said(text)) & unset


def test_free_returns_for_every_order_still_set_the_payer():
    assert _said("Return shipping is free for all orders.").get("shipping.default.payer") == "MERCHANT"


# --- class: a negated requirement or promise is the opposite rule, never the rule ---------------------

@pytest.mark.parametrize("text,unset", [
    ("It is not necessary to include your receipt.", {"requirements.proof_of_purchase"}),
    ("You don't need an RMA to send a return.", {"returns.request_required_before_shipping"}),
    ("We never ask for a reason for the return.", {"requirements.reason_required"}),
    ("We no longer offer free return shipping.", {"shipping.default.payer"}),
])
def test_a_negated_requirement_or_promise_sets_nothing(text, unset):
    assert not set(_said(text)) & unset


@pytest.mark.parametrize("text,expected", [
    ("We are not able to refund original shipping charges.", {"refund.original_shipping": "NEVER"}),
    ("Sadly we cannot reimburse the original delivery costs.", {"refund.original_shipping": "NEVER"}),
    ("We refund the original shipping charges.", {"refund.original_shipping": "ALWAYS"}),
])
def test_a_negated_shipping_refund_is_never(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: goods named as the subject of a window; advice hedged as advice ---------------------------

@pytest.mark.parametrize("text,unset", [
    ("Books can be returned within 14 days.", {"returns.window.days"}),
    ("Outerwear may be returned within 60 days, all other items within 30 days.", {"returns.window.days"}),
    ("Items should be returned unworn if possible.", {"requirements.condition"}),
    ("We prefer items back in the original box, but it is not required.", {"requirements.condition"}),
])
def test_goods_windows_and_hedged_advice_set_no_general_rule(text, unset):
    assert not set(_said(text)) & unset


@pytest.mark.parametrize("text,expected", [
    ("Everything except gift cards can be returned within 30 days.", {"returns.window.days": 30}),
    ("Unopened items can be returned within 20 days of delivery.", {"returns.window.days": 20}),
    ("Items must be returned unworn.", {"requirements.condition": ["NOT_WORN"]}),
])
def test_every_item_s_window_and_condition_still_read(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- class: refunds narrowed by what they are for; a unit said elsewhere; a fault in other words ----------

@pytest.mark.parametrize("text,expected", [
    ("Refunds are issued within 5 days of receipt, excluding weekends.",
     {"refund.processing": {"min_days": 0, "max_days": 5, "unit": "BUSINESS"}}),
    ("Refunds for gift purchases are processed within 4 days.", {"refund.processing": None}),
    ("Refunds for returned items are processed within 4 days.",
     {"refund.processing": {"min_days": 0, "max_days": 4, "unit": "CALENDAR"}}),
    ("Broken goods must be sent back within 10 days for a full refund.", {"returns.window.days": None}),
])
def test_refund_times_and_windows_keep_to_their_own_scope(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


@pytest.mark.parametrize("text,expected", [
    ("Returns received at our warehouse may take up to 6 business days to be refunded.",
     {"refund.processing": {"min_days": 0, "max_days": 6, "unit": "BUSINESS"}}),
    ("Approved returns may take up to 6 business days to be refunded.", {"refund.processing": None}),  # from approval: no clock the settings know
    ("Please send the parcel back via a tracked service.", {"instructions.tracked_shipping_recommended": True}),
    ("You may use any traceable carrier to return your order.", {"instructions.tracked_shipping_recommended": True}),
    ("Tracking numbers are emailed when your order ships.", {"instructions.tracked_shipping_recommended": None}),
])
def test_the_clock_and_the_advice_are_read_in_other_words(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


# --- from a whole page written to probe (a pet shop): a prepaid label charged for; a typical time --------

@pytest.mark.parametrize("text,unset", [
    ("We'll email you a prepaid return label. Orders under $80 have $5.95 deducted from the refund for it.",
     {"shipping.default.payer"}),
    ("Orders can be cancelled until they are packed, usually within 3 hours of ordering.",
     {"cancellation.window_hours", "cancellation.until_shipped"}),
])
def test_a_prepaid_label_charged_for_and_a_typical_time_set_nothing(text, unset):
    assert not set(_said(text)) & unset


def test_a_free_prepaid_label_still_sets_the_merchant_paying():
    assert _said("We'll email you a free prepaid return label.").get("shipping.default.payer") == "MERCHANT"


# --- from a second whole page written to probe (an electronics shop) -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Original shipping charges are non-refundable. If the return is due to our error, we will provide a prepaid label.",
     {"shipping.merchant_at_fault": {"payer": "MERCHANT"}}),  # a charge in the paragraph that is not the label's
    ("Goods that are faulty on arrival must be reported within 5 days of delivery.",
     {"fault.window.days": 5, "fault.reasons": ["DEFECTIVE"]}),
    ("Orders can be cancelled at no cost before they ship.", {"cancellation.until_shipped": True}),
    ("After 10 days, faulty products are handled by the manufacturer's warranty.", {"fault.reasons": None}),
])
def test_a_second_probe_page_s_sentences_read_as_their_class_says(text, expected):
    said = _said(text)
    assert {path: said.get(path) for path in expected} == expected


def test_a_duration_after_returned_is_the_window_though_a_refund_is_named_first():
    said = _said("We offer a refund or exchange for full-price purchases returned within 21 days of receipt. "
                 "Please allow up to 8 working days from when we receive your return for it to be processed.")
    assert said.get("returns.window.days") == 21
    assert said.get("refund.processing") == {"min_days": 0, "max_days": 8, "unit": "BUSINESS"}


@pytest.mark.parametrize("text,listed", [
    ("If the coat has been worn, please email us to request a return.", True),
    ("Fitting fees are not refundable, and custom items are not returnable.", True),
])
def test_a_case_or_a_fee_kept_goes_to_the_merchant(text, listed):
    draft = draft_policy(text)
    assert "returns.request_via" not in {p.path for p in draft.placed}
    assert bool(draft.unplaced) == listed


def test_a_fee_kept_does_not_hide_the_category_the_sentence_refuses():
    said = _said("Fitting fees are not refundable, and custom items are not returnable.")
    assert said.get("exclusions") == ["PERSONALIZED"]


def test_a_fault_case_still_says_how_to_ask():
    assert _said("If your item is damaged, please email us to start a return.").get("returns.request_via") == "EMAIL"


# --- from a fourth probe page (an outdoor shop) -----------------------------------------------------------

def test_a_refund_named_as_the_return_s_purpose_is_no_refund_clock():
    said = _said("Items in new condition may be returned for a full refund within 45 days.")
    assert said.get("returns.window.days") == 45 and "refund.processing" not in said


@pytest.mark.parametrize("text,unset", [
    ("Members of our Paddle Club enjoy free return shipping.", {"shipping.default.payer"}),
    ("VIP customers get a prepaid return label at no cost.", {"shipping.default.payer"}),
])
def test_some_customers_as_the_subject_set_no_general_rule(text, unset):
    assert not set(_said(text)) & unset


def test_a_second_clause_for_subscribers_leaves_the_first_general():
    said = _said("You can return any item within 90 days of delivery, 180 days for newsletter subscribers.")
    assert said.get("returns.window.days") == 90


# --- a last probe (exchanges, refused parcels, in-store returns) ------------------------------------------

@pytest.mark.parametrize("text,unset", [
    ("Exchanges must be requested within 10 days; refunds within 20 days.", {"refund.processing"}),
    ("Parcels sent back after 45 days will be returned to you at your expense.", {"shipping.default.payer"}),
    ("We'll pay the return shipping for your first exchange.", {"shipping.default.payer"}),
    ("You may return items in person at our Leeds shop within 28 days.", {"returns.window.days"}),
])
def test_a_last_probe_s_sentences_set_no_general_rule(text, unset):
    assert not set(_said(text)) & unset


def test_the_shop_s_discretion_at_the_store_names_no_store():
    said = _said("Returns are accepted within 30 days of delivery, at the store's discretion.")
    assert said.get("returns.window.days") == 30

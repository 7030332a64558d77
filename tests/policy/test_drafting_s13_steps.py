"""Session 13, how a return is asked for and sent: each reading mended beside near misses of the same shape. Every
sentence is written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest
from drafting_helpers import RULES_ONLY, placed

from plugin.policy.drafting import draft_policy


def setting(text: str, path: str):
    return placed(text).get(path)


# --- the site's form named beside an unnamed medium: "contact us through the contact form on our website" -------------

@pytest.mark.parametrize("text", [
    "To start a return, contact us through the contact form on our website.",
    "To start a return, get in touch using the returns form on our site.",
    "To request a return, reach out to customer service via the online portal.",
    "Returns are started by contacting us through our website's contact page.",
    "To request a return, contact our team via the form on our website, and customer service will email you the next steps.",
    "To start a return, speak to customer service or use our online returns portal.",
])
def test_the_sites_form_beside_contact_us_is_the_website(text):
    assert setting(text, "returns.request_via") == "WEBSITE"


@pytest.mark.parametrize("text,expected", [
    # email named beats the site
    ("To start a return, contact customer service at returns@shop.example or through our website.", "EMAIL"),
    ("To start a return, email us through the contact details on our website.", "EMAIL"),
    # an account or a page where something is read, not where the return is asked for
    ("To start a return, contact us with the order number shown in your account.", "EMAIL"),
    ("To start a return, contact us quoting the number listed on your order page.", "EMAIL"),
    ("To start a return, contact us; refunds go to your account within 5 days.", "EMAIL"),
    ("To start a return, contact us with the order number from our website.", "EMAIL"),
])
def test_contact_us_without_the_sites_form_stays_email(text, expected):
    assert setting(text, "returns.request_via") == expected


# --- a lesson or an appointment cancelled: "If you need to cancel a lesson, do so 8 hours in advance" -------------------

@pytest.mark.parametrize("text", [
    "If you need to cancel a lesson, you must do so 12 hours in advance, unless agreed beforehand by email.",
    "To cancel an appointment, email us at least 24 hours ahead.",
    "You may cancel your fitting session by email up to 48 hours before it starts.",
    "To cancel a booked workshop, send us an email no later than 3 days before, or as agreed in advance with the studio.",
    "Please email us if you must cancel your consultation; we ask for 24 hours notice unless approved beforehand.",
])
def test_a_booking_cancelled_is_no_order(text):
    drafted = placed(text)
    assert not any(path.startswith("cancellation.") for path in drafted)
    assert drafted.get("returns.request_required_before_shipping") is None


@pytest.mark.parametrize("text,path,expected", [
    ("To cancel your order, email us before it ships.", "cancellation.request_via", "EMAIL"),
    ("You can cancel your order within 24 hours; just email us.", "cancellation.window_hours", 24),
    ("Cancel your order online in your account before it is dispatched.", "cancellation.request_via", "WEBSITE"),
    ("If you need to cancel, email us within 2 hours of ordering.", "cancellation.window_hours", 2),
    ("Every return must be approved in advance, before you send the item back.", "returns.request_required_before_shipping", True),
])
def test_an_order_cancelled_or_a_return_approved_is_still_read(text, path, expected):
    assert setting(text, path) == expected


# --- a document asked beside the fault's evidence: "add your proof of purchase and a description of the defect" --------

@pytest.mark.parametrize("text", [
    "Please add your proof of purchase and a description of the defect when you start the return.",
    "Send us your receipt together with photos of the damage.",
    "Include the invoice and a short video showing the fault.",
    "Email the proof of purchase and pictures of any visible damage to our team.",
    "Attach your receipt and a photo of the defect to your claim.",
])
def test_a_document_beside_the_faults_evidence_is_the_claims(text):
    assert setting(text, "requirements.proof_of_purchase") is None


@pytest.mark.parametrize("text", [
    "Please include your proof of purchase when you start the return.",
    "Include your receipt and a description of why you are returning it.",
    "Send us your receipt and a photo of the item's label.",
    "Include the invoice with your return, and tell us if anything is damaged.",
    "Every return must come with the original receipt.",
])
def test_a_document_for_every_return_is_still_asked(text):
    assert setting(text, "requirements.proof_of_purchase") is True


# --- no returns at all, said with a long reason or as a final sale whose refund is refused ------------------------------

@pytest.mark.parametrize("text", [
    "Because of strict hygiene rules and because mattresses are such personal things, all sales are final.",
    "Since every candle is poured by hand in small batches and cannot be resold once it leaves us, all sales are final.",
    "Every completed order is final and cannot be refunded, except when the item arrives damaged or defective.",
    "Every order is final and cannot be returned, unless we sent the wrong item.",
    "All purchases are final and cannot be refunded, except where the goods reach you faulty.",
])
def test_every_sale_final_is_no_returns(text):
    assert setting(text, "returns.enabled") is False


@pytest.mark.parametrize("text", [
    "All sales are final unless the item arrived damaged.",
    "Every order is final and cannot be refunded, except within 14 days of delivery.",
    "Every completed order is final and cannot be refunded, except when the item is unused.",
    "Because of hygiene rules, all sales of earrings are final.",
    "Because these are made to order for you, all sales are final once production starts.",
])
def test_a_final_sale_with_a_way_back_is_not_closed(text):
    assert setting(text, "returns.enabled") is None


@pytest.mark.parametrize("text,expected", [
    ("We do not accept returns, exchanges or cancellations.", False),
    ("We don't accept refunds, exchanges and cancellations.", False),
    ("We do not accept exchanges, refunds or cancellations.", False),
    ("We do not accept refunds or cancellations.", False),
    ("Please note we do not accept returns, exchanges or cancellations.", False),
    # not: cancelling refused for some time or some goods only
    ("We do not accept returns or cancellations once the order has shipped.", None),
    ("We do not accept returns, exchanges or cancellations on sale items.", None),
    ("We do not accept cancellations of custom orders.", None),
    ("We do not accept returns or cancellations after 24 hours.", None),
    ("We do not accept cancellations, but you may return the goods within 14 days.", False),
])
def test_cancelling_refused_with_the_rest(text, expected):
    assert setting(text, "cancellation.enabled") is expected


# --- the shop's go-ahead in more words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our Customer Service has to issue an authorization before any item is returned.",
    "Our team must give you an RMA number before anything is sent back.",
    "The returns desk needs to grant approval before the goods are shipped to us.",
    "Without that authorization we will not take in any returns.",
    "You must contact us within 14 days if you mean to return an item.",
])
def test_the_go_ahead_comes_first(text):
    assert setting(text, "returns.request_required_before_shipping") is True


@pytest.mark.parametrize("text", [
    "We must issue a refund before the goods are returned to the bank.",
    "Customer service must issue a replacement before the item is sent.",
    "Without that receipt we cannot give a refund.",
    "You must contact us if you mean to return an item bought with a gift card.",
    "If you mean to return something, you have 30 days.",
])
def test_no_go_ahead_named(text):
    assert setting(text, "returns.request_required_before_shipping") is None


# --- a return claim is the return's request: "Every return claim has to be emailed to ..." ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Every return claim has to be made in writing and emailed to returns@shop.example.", "EMAIL"),
    ("Return claims must be emailed to help@shop.example.", "EMAIL"),
    ("Send your return claim by email to returns@shop.example.", "EMAIL"),
    ("Return claims are made through the portal on our website.", "WEBSITE"),
    ("All return claims should be sent by email.", "EMAIL"),
    # not: a carrier's or a fault's claim, or a claim's deadline
    ("Damage claims must be emailed to claims@shop.example.", None),
    ("Return claims for damaged goods must be emailed to us.", None),
    ("Return claims made after the 14-day period will be turned down.", None),
    ("File a claim with the carrier by email.", None),
    ("Insurance claims are emailed to the courier.", None),
])
def test_a_return_claim_is_asked_for(text, expected):
    assert setting(text, "returns.request_via") == expected


# --- what a sentence that sets a step says besides, listed for the merchant ---------------------------------------------

def listed(text: str) -> bool:
    return bool(draft_policy(text, RULES_ONLY).unplaced)


@pytest.mark.parametrize("text", [
    "We advise buying shipping insurance, as we are not responsible for lost or damaged returns.",
    "Send it insured, since we cannot be held responsible for returns that go missing.",
    "Please send returns by insured post, as we can't be held liable for parcels lost or damaged on the way.",
    "A parcel that arrives without an RMA number will be thrown away.",
    "Returns sent without authorization first will be refused, and we will not pay for the item to be shipped back to you.",
    "Returns without a return number are refused and disposed of.",
    "To return an item, please email us and bring your item in to the school office.",
    "To start a return, email us, then bring the goods back to our shop on the high street.",
    "We are not responsible for orders that are lost or stolen after the carrier has marked them as delivered.",
    "Should a package be marked delivered by the carrier but never reach you, email us within 7 days.",
])
def test_what_no_setting_holds_is_listed(text):
    assert listed(text)


@pytest.mark.parametrize("text", [
    "Please use a tracked and insured service for your return.",
    "Every return needs an RMA number.",
    "To return an item, please email us with the receipt.",
    "Pack your return securely so it reaches us in one piece.",
    "To start a return, log in to your account.",
])
def test_a_step_alone_is_not_listed(text):
    assert not listed(text)


# --- cancelling ended by the order's handling: "once they have been processed or shipped" ------------------------------

def handling_noted(text: str) -> bool:
    return any("processed or packed" in u.why for u in draft_policy(text, RULES_ONLY).unplaced)


@pytest.mark.parametrize("text", [
    "Orders cannot be cancelled once they have been processed or shipped.",
    "You can cancel your order until it is packed.",
    "Orders may be cancelled by email before they are processed.",
    "Once your order is in production it cannot be cancelled.",
    "Cancellations are possible until the order has been processed or dispatched.",
])
def test_cancelling_ended_by_handling_is_noted(text):
    assert handling_noted(text)


@pytest.mark.parametrize("text", [
    "Orders cannot be cancelled once they have shipped.",
    "You can cancel until your order is dispatched.",
    "Cancellations are processed within 2 business days.",
    "If you cancel, your refund is processed within 5 days.",
    "Once your cancellation is processed, the refund goes back to your card.",
])
def test_cancelling_ended_by_shipment_is_not(text):
    assert not handling_noted(text)

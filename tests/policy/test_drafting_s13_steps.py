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
])
def test_every_sale_final_is_no_returns(text):
    assert setting(text, "returns.enabled") is False


@pytest.mark.parametrize("text", [
    "Every completed order is final and cannot be refunded, except when the item arrives damaged or defective.",
    "Every order is final and cannot be returned, unless we sent the wrong item.",
    "All purchases are final and cannot be refunded, except where the goods reach you faulty.",
])
def test_every_sale_final_but_for_faults_takes_returns_only_at_fault(text):
    assert setting(text, "returns.only_at_fault") is True and setting(text, "returns.enabled") is None


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
    ("We do not accept returns or cancellations once the order has shipped.", True),  # cancelling until then (convention 24)
    ("We do not accept returns, exchanges or cancellations on sale items.", None),
    ("We do not accept cancellations of custom orders.", None),
    ("We do not accept returns or cancellations after 24 hours.", True),  # cancelling until then (convention 24)
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


# --- the site as the way to ask, in more words: a link, a contact form, a reply with the go-ahead ------------------------

@pytest.mark.parametrize("text,expected", [
    ("Click here to file a return claim.", "WEBSITE"),
    ("To begin a return, click here and fill in a Return Request.", "WEBSITE"),
    ("Click here to start your return.", "WEBSITE"),
    ("Returns are made online through our returns portal.", "WEBSITE"),
    ("To start a return, message us using the contact form.", "WEBSITE"),
    ("Returns are made through the web form on our site.", "WEBSITE"),
    # not: a pointer to reading, a warranty's go-ahead, a message named without the site
    ("Click here to read more about our warranty.", None),
    ("For warranty service, get in touch with us to receive an RMA number.", None),
    ("To start a return, send us a message with your order number.", "EMAIL"),
    ("Returns are made within 30 days of delivery.", None),
    ("Click here to find out more about returns.", None),
])
def test_the_site_in_more_words(text, expected):
    assert setting(text, "returns.request_via") == expected


@pytest.mark.parametrize("heading,line,expected", [
    ("How a Return Works", "Start by writing to our customer support team with the contact form on our website.", "WEBSITE"),
    ("How a Return Works", "Start by writing to our team at help@shop.example.", "EMAIL"),
    ("How do I ask for a return?", "Please write to our customer service team with the Contact Us form.", "WEBSITE"),
    ("How do I ask for a return?", "Please email our customer service team.", "EMAIL"),
    ("How a Return Works", "Start by writing to our customer support team.", "EMAIL"),
    # not: a heading about something else
    ("How Shipping Works", "Start by writing to our customer support team with the contact form on our website.", None),
    ("How do I track my order?", "Please email our customer service team.", None),
])
def test_the_steps_under_a_return_heading(heading, line, expected):
    assert setting(f"{heading}\n\n{line}", "returns.request_via") == expected


# --- the return address sent in the shop's reply, in more words ---------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We'll answer your return request within 2 business days and send you a return address with the instructions.", True),
    ("When we approve your request, we send you full instructions together with the right address for the return.", True),
    ("Our team will send you the instructions for returning your product, with the return shipping address.", True),
    ("Once approved, we will reply and then give you the correct address for returns.", True),
    ("Customer service will reply within a day and email you the return shipping address.", True),
    # not: the customer's address, the page's own address, a label
    ("We will check your order and send the replacement to the address you gave.", None),
    ("We'll review your photos and then send you a prepaid label.", None),
    ("Our return address is 1 High Street, London.", None),
    ("We will refund you and send an email to the address on file.", None),
    ("We'll answer within 2 days and send the new item to your shipping address.", None),
])
def test_the_address_in_the_reply(text, expected):
    assert setting(text, "instructions.address_on_request") is expected


# --- tracked sending advised in more words ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We can't promise your return will reach us, so please send it with a tracking number.", True),
    ("Ship the box well packed, insured in advance and tracked.", True),
    ("Please send your items back with a mail service that gives delivery confirmation.", True),
    ("Return it by a courier that offers delivery confirmation, please.", True),
    ("Parcels go missing now and then, so please post it with a tracking number.", True),
    # not: the order's own notice, a number to pass on, the shop's tracking
    ("You will get a delivery confirmation email when your order ships.", None),
    ("We can't guarantee delivery, so please give us the tracking number of your order.", None),
    ("Once your order has shipped, we send a shipping confirmation with tracking.", None),
    ("We packed and tracked every order we sent.", None),
    ("Keep the delivery confirmation email of your order.", None),
])
def test_tracked_sending_advised(text, expected):
    assert setting(text, "instructions.tracked_shipping_recommended") is expected


# --- the time to send it, counted from the customer's own request -------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Once you have told us you wish to return your order, the items have to be sent back within 7 days of telling us.", 7),
    ("Send products back in their original packaging no later than 7 days after your return request.", 7),
    ("The customer has 15 days from receiving the return authorization number to send the item back to us.", 15),
    ("Please send the goods back within 10 days of your request.", 10),
    ("Return it within 14 days of contacting us.", 14),
    # not: the shop's sending, photos, a window from delivery, another notice
    ("We send the refund within 10 days of your request.", None),
    ("Refunds are sent within 10 days of your return request.", None),
    ("Send us photos within 3 days of your return request.", None),
    ("You must return items within 30 days of delivery.", None),
    ("Ship it within 5 days of the notice of delivery.", None),
])
def test_the_time_to_send_from_the_request(text, expected):
    assert setting(text, "instructions.ship_within_days") == expected


# --- packing advised in more words: "suitably", "with lots of padding", a second box -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Please pack every return suitably.", True),
    ("Pack the item the way it came to you, with lots of padding, so it is not harmed on the way.", True),
    ("Put the product in its own box inside a second, outer box, and stick the label on the outer one.", True),
    ("You are responsible for making sure every product is boxed and fit to be transported.", True),
    ("Wrap the parcel adequately before you post it.", True),
    # not: the shop's own packing, the goods' own boxes
    ("Our products come inside a second, outer box for protection.", None),
    ("Your order is shipped inside a second box.", None),
    ("We add plenty of padding to every order we ship.", None),
    ("The lamp is suitably packed by our team.", None),
    ("Every order we send is suitably packed.", None),
])
def test_packing_advised_in_more_words(text, expected):
    assert setting(text, "instructions.pack_securely") is expected


# --- the shop's own packing, the goods' own wrapping, an email kept: no step of the customer's --------------------------

@pytest.mark.parametrize("text,path,expected", [
    ("Damaged items: we pack every order carefully, so damage in transit hardly ever happens.", "instructions.pack_securely", None),
    ("Faulty goods are rare: we wrap each piece securely before it leaves us.", "instructions.pack_securely", None),
    ("Items taken out of their protective packaging cannot be returned.", "instructions.pack_securely", None),
    ("Goods removed from its protective packaging are not accepted back.", "instructions.pack_securely", None),
    ("Keep your delivery confirmation email handy for when you start a return.", "returns.request_via", None),
    ("Save your order confirmation email for when you start a return.", "returns.request_via", None),
    # still read: the customer told to pack, an email written to the shop
    ("Please pack your return securely.", "instructions.pack_securely", True),
    ("Please send your return in secure packaging.", "instructions.pack_securely", True),
    ("Use protective packaging for your return.", "instructions.pack_securely", True),
    ("To start a return, reply to your order confirmation email.", "returns.request_via", "EMAIL"),
    ("To start a return, keep your order confirmation email and email us at returns@shop.example.", "returns.request_via", "EMAIL"),
])
def test_no_step_of_the_customers(text, path, expected):
    assert setting(text, path) == expected

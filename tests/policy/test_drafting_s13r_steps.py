"""Session 13 review of the steps area's mend round (fb70137 9d373ab b0f68d4 89a569a): sentences written for the review,
each pattern's own readings beside near misses, the rules alone read. The ones read right are kept too."""

from __future__ import annotations

import pytest
from drafting_helpers import RULES_ONLY, placed

from plugin.policy.drafting import draft_policy


def check(text: str, expected: dict) -> None:
    drafted = placed(text)
    assert {path: drafted.get(path) for path in expected} == expected


def listed(text: str) -> bool:
    return bool(draft_policy(text, RULES_ONLY).unplaced)


V = "returns.request_via"


# --- the site's form or the site beside an unnamed "contact us" (requests._SITE_NAMED) ---------------------------------

@pytest.mark.parametrize("text,expected", [
    ("To start a return, contact us via the online form.", "WEBSITE"),
    ("To request a return, get in touch through our website.", "WEBSITE"),
    ("To begin a return, reach out to us using the web form.", "WEBSITE"),
    ("Returns are requested by contacting customer service through the site's returns page.", "WEBSITE"),
    ("To return an item, contact us using our contact form.", "WEBSITE"),
    ("To start a return, get in touch via the Contact Us form.", "WEBSITE"),
    ("If you want to return something, contact us at our site and we will help.", "WEBSITE"),
    ("Send us a message through the contact page on our website to start a return.", "WEBSITE"),
    # near misses: the site named for something else, in another clause or as where a thing is read
    ("To return an item, contact us. Our website also lists our store hours.", "EMAIL"),
    ("To start a return, contact us; you can track your refund on our website.", "EMAIL"),
    ("To start a return, contact us; order details are visible on our website.", "EMAIL"),
    ("To start a return, contact us. Prices on our website include VAT.", "EMAIL"),
    ("To start a return, contact us with the order number printed on our website's order page.", "EMAIL"),
    ("To start a return, contact us; full terms are on our website.", "EMAIL"),
    ("To start a return, contact us; you can find our phone number on our site.", "EMAIL"),
    ("To start a return, contact us, with the details found on our website.", "EMAIL"),
    ("To start a return, contact us with photos, as explained on our site.", "EMAIL"),
    ("To start a return, contact us with the code from your online account page.", "EMAIL"),
    ("To start a return, contact us; your refund will be credited to your web account page.", "EMAIL"),
    ("To start a return, contact us with the order number shown on your order confirmation.", "EMAIL"),
    ("Send us a message with your order number to start a return.", "EMAIL"),
    ("Send us a message through email to start a return.", "EMAIL"),
    ("To start a return, reply to your order confirmation email.", "EMAIL"),
    ("Keep your order confirmation email and email us at help@shop.example to start a return.", "EMAIL"),
    ("Keep the receipt email and contact us to start a return.", "EMAIL"),
    # only some returns, a paper form, a page kept: no way to ask for every return
    ("For international returns, use the online form; other returns, contact us.", None),
    ("Send us a message on the form in your parcel to start a return.", None),
    ("Keep your delivery confirmation email handy for when you start a return.", None),
    ("Send us a message via our Facebook page to start a return.", None),
])
def test_the_way_to_ask(text, expected):
    check(text, {V: expected})


def test_a_phone_request_beside_an_faq_page_names_no_channel():
    check("To start a return, contact us by phone; see the FAQ page on our website for hours.", {V: None})


def test_support_team_on_the_website():
    check("For a return, please contact our support team on our website.", {V: "WEBSITE"})


# --- a link that starts a return (reading.says_no_rule) and "returns are made online" -------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Click here to start your return.", "WEBSITE"),
    ("To begin a return, click here and fill in the form.", "WEBSITE"),
    ("Click here to request a return authorization.", "WEBSITE"),
    ("Returns are made online through our returns portal.", "WEBSITE"),
    ("Returns are made by email to returns@shop.example.", "EMAIL"),
    ("Click here to read our full returns policy.", None),
    ("Click here to make a payment.", None),
    ("Click here to file a warranty claim for items older than a year.", None),
    ("Click here to start a return for international orders.", None),
    ("Click here to make sure you understand our shipping terms.", None),
    ("Click here to open our size guide before you order.", None),
    ("Returns are made in store only.", None),
    ("Exchanges are made online; returns for refunds are not accepted.", None),
])
def test_a_link_or_online_return(text, expected):
    check(text, {V: expected})


def test_returns_made_within_a_window_is_no_way_to_ask():
    check("Returns are made within 30 days of delivery.", {"returns.window.days": 30, V: None})
    check("Returns are made through the post at your own cost.", {V: None})


def test_returns_made_within_a_window():
    check("Returns are made within 30 days of delivery.", {"returns.window.days": 30})


# --- a lesson or an appointment cancelled (common._BOOKING_CANCELLED) and the order processed (cancellation) -------------

@pytest.mark.parametrize("text,expected", [
    ("If you need to cancel a class, tell us 24 hours before.", {"cancellation.window_hours": None, "cancellation.enabled": None}),
    ("Appointments cancelled less than 24 hours ahead are charged in full.", {"cancellation.window_hours": None, "cancellation.enabled": None}),
    ("To cancel an order for a course book, email us within 24 hours of ordering.",
     {"cancellation.window_hours": 24, "cancellation.request_via": "EMAIL"}),
    ("You may cancel any order by email within 24 hours, including orders for lessons.",
     {"cancellation.window_hours": 24, "cancellation.request_via": "EMAIL"}),
    ("Orders can be cancelled within 24 hours; booked sessions are non-refundable.", {"cancellation.window_hours": 24}),
    ("You can cancel your order within 2 hours; course materials already shipped cannot be returned.", {"cancellation.window_hours": 2}),
    ("Cancel the order before it ships; tours of our workshop can be booked on our site.", {"cancellation.until_shipped": True}),
    ("Orders for workshop kits can be cancelled within 24 hours.", {"cancellation.window_hours": None}),
    ("Orders can be cancelled until they have been processed.", {"cancellation.until_shipped": None}),
    ("You can cancel your order by email before it is packed.", {"cancellation.request_via": "EMAIL", "cancellation.until_shipped": None}),
    ("Once your order is prepared, it cannot be cancelled.", {"cancellation.enabled": None}),
    ("Cancel within 24 hours; refunds are sent after the return is processed.", {"cancellation.window_hours": 24}),
    ("Orders can be cancelled within 12 hours; after that, once it is being prepared we cannot stop it.", {"cancellation.window_hours": 12}),
])
def test_a_booking_or_an_order_cancelled(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,is_listed", [
    ("If you need to cancel a class, tell us 24 hours before.", True),
    ("Orders can be cancelled until they have been processed.", True),
    ("Once your order is prepared, it cannot be cancelled.", True),
    # a refund's handling, not the order's: all read, nothing left
    ("You may cancel your order any time before it ships; refunds for cancelled orders are issued once they are processed.", False),
    ("Cancel within 24 hours; refunds are sent after the return is processed.", False),
])
def test_what_cancelling_leaves_unplaced(text, is_listed):
    assert listed(text) is is_listed


# --- cancelling refused with returns and exchanges; no returns with a long reason; "final and cannot be refunded" but for faults ---

@pytest.mark.parametrize("text,expected", [
    ("We do not accept returns, exchanges or cancellations.", {"cancellation.enabled": False, "returns.enabled": False}),
    ("We do not accept returns or cancellations.", {"cancellation.enabled": False, "returns.enabled": False}),
    ("We don't accept returns, refunds, or cancellations.", {"cancellation.enabled": False, "returns.enabled": False}),
    ("We do not accept refunds or cancellations.", {"cancellation.enabled": False}),
    ("We do not accept exchanges or cancellations.", {"cancellation.enabled": False}),
    ("We don't accept returns or cancellations on custom orders.", {"cancellation.enabled": None, "returns.enabled": None}),
    ("We do not accept returns, exchanges or cancellations after 30 days.", {"cancellation.enabled": None, "returns.enabled": None}),
    ("We do not accept returns or cancellations on sale items.", {"cancellation.enabled": None, "returns.enabled": None}),
    ("Because every piece is cut and finished by hand to the measurements you send us when you order, all sales are final.",
     {"returns.enabled": False}),
    ("Due to hygiene rules that apply to cosmetics sold in the European Union and beyond, all sales are final.", {"returns.enabled": False}),
    ("Because of the holiday rush, all sales are final on orders placed between December 20 and December 24 this year.",
     {"returns.enabled": None}),
    ("Every completed order is final and cannot be refunded, except when the item arrives damaged or defective.",
     {"returns.enabled": None, "returns.only_at_fault": True}),
    ("Every order is final and cannot be returned, except when it arrived broken.", {"returns.enabled": None, "returns.only_at_fault": True}),
    ("Every placed order is final and cannot be refunded, except for store credit.", {"returns.enabled": None}),
    ("Every completed order is final and cannot be refunded after 30 days, except when damaged.",
     {"returns.enabled": None, "returns.only_at_fault": None}),
])
def test_refusals(text, expected):
    check(text, expected)


# --- the go-ahead first, a return claim emailed (requests._AGREED_BEFORE_SENDING, _NAMED_START) --------------------------

R = "returns.request_required_before_shipping"


@pytest.mark.parametrize("text,expected", [
    ("Our support team has to issue an authorization before any item is returned.", {R: True}),
    ("We must first grant approval before goods are sent back.", {R: True}),
    ("The warehouse needs to give an RMA before the parcel is shipped.", {R: True}),
    ("You must contact us if you mean to return something.", {R: True}),
    ("Parcels sent without that authorization will be refused.", {R: True}),
    ("Items returned without such authorization will be refused.", {R: True}),
    ("Every return claim has to be filled in and emailed to returns@shop.example.", {V: "EMAIL"}),
    ("We have to issue an authorization before the refund is sent.", {R: None}),
    ("We must issue approval before any item is returned if it was bought on sale.", {R: None}),
    ("You need to contact us if you mean to return an item bought with a voucher.", {R: None}),
    ("A return claim for damaged goods must be emailed to us with photos.", {V: None}),
    ("Return claims are handled by phone only.", {V: None}),
    ("If you need to cancel a lesson, tell us 8 hours ahead unless agreed beforehand.", {R: None}),
])
def test_the_go_ahead_and_the_claim(text, expected):
    check(text, expected)


def test_a_claim_emailed_within_a_time():
    check("Each return claim must be emailed to us within 14 days.", {V: "EMAIL"})


# --- what the merchant is shown (asides.MORE, draft._TOPICAL) ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We are not responsible for lost or damaged returns, so please use a tracked service.",
    "We cannot be held liable for parcels lost in transit on the way back to us.",
    "Returns sent without an RMA will be discarded.",
    "Returns without a receipt will be thrown away after 30 days.",
    "You can bring your item back to the shop within 14 days.",
    "Bring it in to our store with your receipt for an exchange.",
    "If your parcel is marked delivered but you have not received it, contact us within 48 hours.",
    "Items lost or stolen after delivery are not covered.",
    "We are not responsible for items damaged by misuse.",
    "Bring your bike in to the workshop for repairs.",
])
def test_listed_for_the_merchant(text):
    assert listed(text)


@pytest.mark.xfail(strict=True, reason="'lost items' is no topical word: the sentence is dropped, not listed (older than this round)")
def test_lost_items_untracked_is_listed():
    assert listed("We are not responsible for lost items if you choose an untracked service.")


def test_what_the_listed_sentences_still_place():
    check("We are not responsible for lost or damaged returns, so please use a tracked service.",
          {"instructions.tracked_shipping_recommended": True})
    check("You can bring your item back to the shop within 14 days.", {"returns.window.days": 14})
    check("Please bring your proof of purchase to the store when collecting your refund.", {"requirements.proof_of_purchase": True})


# --- a document beside a fault's evidence (requirements._FAULT_EVIDENCE) -----------------------------------------------

P = "requirements.proof_of_purchase"


@pytest.mark.parametrize("text,expected", [
    ("To return an item, add your proof of purchase and a description of the defect.", None),
    ("Please include your receipt and photos of the damage.", None),
    # the document asked of every return, the evidence only when there is a fault
    ("All returns need a receipt. Photos of any damage help us process faulty claims.", True),
    ("All returns must include proof of purchase; if the item is faulty, add photos of the fault too.", True),
    ("Include your receipt with every return, and a description of the fault if there is one.", True),
    ("Every return needs the original receipt and an explanation of any defect.", True),
    ("Please include a copy of your receipt with your return and a note showing any damage.", True),
    ("Please include your receipt with your return.", True),
])
def test_proof_beside_a_faults_evidence(text, expected):
    check(text, {P: expected})


# --- packing advised (instructions._PACK_ADVICE, _PACKED_SAFELY, _pack_advised) ---------------------------------------

K = "instructions.pack_securely"


@pytest.mark.parametrize("text,expected", [
    ("Please pack the item suitably for its journey back to us.", True),
    ("Wrap fragile parts adequately before you ship them.", True),
    ("Use lots of bubble wrap around the glass.", True),
    ("Put the product in its own box inside a second, outer box.", True),
    ("Make sure the goods are boxed and fit to be transported.", True),
    ("Unsuitable packaging voids the return; goods must be packed adequately.", True),
    ("Please use protective packaging for your return.", True),
    ("Please return items in their protective packaging, packed securely.", True),
    ("We pack every order suitably for transport.", None),
    ("Orders come inside a second box to protect them.", None),
    ("Our products are shipped with plenty of padding.", None),
    ("If the item was not packed suitably by us, contact us.", None),
    ("We pack every order carefully so it arrives safe.", None),
    ("Items taken out of their protective packaging cannot be returned.", None),
    ("Goods must be returned in its protective packaging.", None),
    ("Items must be returned adequately insured.", None),
])
def test_packing(text, expected):
    check(text, {K: expected})


# --- sent within days of the request (instructions._DAYS_FROM_THE_REQUEST) ---------------------------------------------

S = "instructions.ship_within_days"


@pytest.mark.parametrize("text,expected", [
    ("Once your return is approved, send it back within seven days of telling us.", 7),
    ("Items must be sent back no later than 7 days after your return request.", 7),
    ("The consumer has 15 days from receiving the return authorization number to send the goods back.", 15),
    ("We will send your refund within 10 days of your request.", None),
    ("Send us photos within 3 days of your request.", None),
    ("We ship the replacement within 5 days of your notice.", None),
    ("Faulty items must be sent back within 14 days of telling us about the fault.", None),
    ("Return the item within 30 days of your request for sale items only.", None),
    ("Send the item back within 14 days of notifying us of a defect.", None),
    ("Please send the goods within 14 days after your request of a refund.", None),
])
def test_days_from_the_request(text, expected):
    check(text, {S: expected})


# --- tracked sending (instructions._TRACKED, _TOLD, _SERVICE_CONFIRMS) -------------------------------------------------

T = "instructions.tracked_shipping_recommended"


@pytest.mark.parametrize("text,expected", [
    ("The return must reach us in good order, so please send it with a tracking number.", True),
    ("Ship the box insured in advance and tracked.", True),
    ("Use a mail service that gives delivery confirmation.", True),
    ("Returns are at your risk, so we suggest you send them with a tracking number.", True),
    ("We dispatch every order by a service with delivery confirmation.", None),
    ("Orders over $100 must be returned insured and tracked.", None),
    ("You will get an email with delivery confirmation when your order arrives.", None),
    ("We send all orders with a tracking number, so returns without one are at your risk.", None),
])
def test_tracked_sending(text, expected):
    check(text, {T: expected})


def test_the_orders_tracking_then_keep_the_box():
    check("Your order ships with tracking, so please keep the box.", {T: None})


# --- the return address in the reply (instructions._ADDRESS_GIVEN, _RETURN_ADDRESS) -------------------------------------

A = "instructions.address_on_request"


@pytest.mark.parametrize("text,expected", [
    ("We'll answer your return request within 2 days and send you a return address.", True),
    ("Our team will reply to your email and give you the right address for the return.", True),
    ("Customer service will get back to you and then email you the return shipping address.", True),
    ("We'll reply within 2 days and send you a replacement to your address.", None),
    ("We will answer your question and send you a return label.", None),
    ("The return shipping address is printed on the invoice.", None),
    ("We will answer your request and send the refund to the address on file.", None),
    ("We will respond within 48 hours and send you the right address for the exchange item to be shipped.", None),
])
def test_the_address_in_the_reply(text, expected):
    check(text, {A: expected})


# --- the steps under a return heading (requests._PROCESS_HEADING, _ASKS_TO_WRITE) --------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("How Returns Work\n\nContact us by email with your order number.", "EMAIL"),
    ("How do I ask for a return?\n\nContact our customer care team.", "EMAIL"),
    ("How to return for a refund\n\nContact our team.", None),
    # near misses: some returns only, the shop writing, another heading, a phone
    ("How do I ask for a return of a gift?\n\nContact our customer care team.", None),
    ("How a Return Works\n\nFor orders from abroad, contact us first.", None),
    ("How a Return Works\n\nWe will contact you once your parcel is received.", None),
    ("How Our Warranty Works\n\nWrite to our team with photos.", None),
    ("How Refunds Work\n\nWrite to our team and we will check your refund.", None),
    ("How a Return Works\n\nCall us on 555 1234 to start.", None),
    ("How a Return Works\n\nSend the parcel back; our team will be writing to you once it arrives.", None),
    ("How your return works\n\nYou will receive your refund within 5 days of our writing to our warehouse.", None),
    ("How a return works\n\nIf you would like to cancel, write to our team.", None),
])
def test_the_steps_under_a_return_heading(text, expected):
    check(text, {V: expected})


@pytest.mark.xfail(strict=True, reason="'Write to our team and tell us what you would like to send back' under the heading names no start the reader knows")
def test_write_to_our_team_under_the_heading():
    check("How a Return Works\n\nWrite to our team and tell us what you would like to send back.", {V: "EMAIL"})


# --- the address in the reply and a return made online, for some returns only -----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Our team will answer your request and give you a return address and a prepaid label.", {A: True}),
    ("For international orders, we will reply and send you a return address.", {A: None}),
    ("We reply to every email and send you the return address for faulty items only.", {A: None}),
    ("We'll answer your message within a day and send you the correct address for the return if it is a warranty case.", {A: None}),
    ("Returns are made by post to our warehouse; email us first.", {V: "EMAIL", R: True}),
    ("Returns are handled in store or by email at help@shop.example.", {V: "EMAIL"}),
    ("Returns made by email will get a reply within 2 days.", {V: None}),
    ("Warranty returns are made online through the portal.", {V: None}),
    ("Click here and fill in the warranty form if your item is faulty.", {V: None}),
    ("Click here to start a return; returns are accepted within 30 days.", {V: "WEBSITE", "returns.window.days": 30}),
    ("Click here and submit your details to join our newsletter.", {V: None}),
    ("Submit a return claim on our website within 14 days.", {V: "WEBSITE"}),
    ("A return claim has to be emailed to us if the item arrived damaged.", {V: None}),
    ("Your return claim will be emailed back to you with a label.", {V: None}),
])
def test_some_returns_and_the_reply(text, expected):
    check(text, expected)


# --- a booking cancelled in another clause beside the order's own cancelling (cancellation, common._BOOKING_CANCELLED) -----

@pytest.mark.parametrize("text,expected", [
    ("Orders can be cancelled within 24 hours by email; lessons cancelled by us are rescheduled.",
     {"cancellation.window_hours": 24, "cancellation.request_via": "EMAIL"}),
    ("You can cancel your order within 24 hours by email, but a cancelled lesson is not refunded.",
     {"cancellation.window_hours": 24, "cancellation.request_via": "EMAIL"}),
    # some goods' orders: no general setting
    ("You can cancel your course book order within 24 hours by email.", {"cancellation.window_hours": None}),
    ("To cancel any class materials order, email us within 24 hours.", {"cancellation.window_hours": None}),
    ("Bookings of delivery slots can be cancelled, and orders can be cancelled within 24 hours by email.", {"cancellation.window_hours": None}),
])
def test_a_booking_beside_the_orders_cancelling(text, expected):
    check(text, expected)

"""Session 9, round 3, returns, cancellation and sales channels on unseen pages: ways of saying the rules missed
or misread on the fresh pages (test21, test22), each beside a sentence where the legitimate reading must still
hold (or must still not fire). Every sentence is written for the test, not taken from a shop's page; the rules
alone are read (the learned reader below them is retrained after the rules change)."""

from __future__ import annotations

import pytest

from drafting_helpers import holds


# --- convention 1: "phone or email us" names email, so EMAIL; a call alone, or an unnamed medium beside a call, is
# no email ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("To start a return, ring or email our help desk within a week of delivery.", "EMAIL"),
    ("Please call us or email our care team before sending any parcel back.", "EMAIL"),
    # still: a phone call alone, and "contact us" beside a call, name no email
    ("To start a return, give our help desk a call.", None),
    ("To start a return, call or contact our help desk.", None),
])
def test_request_via_email_beside_a_phone(text, expected):
    holds(text, {"returns.request_via": expected})


@pytest.mark.parametrize("text,expected", [
    ("Cancellations are taken by phone or by email.", "EMAIL"),
    ("Drop us an email asking to cancel while the lamp is still in the workshop.", "EMAIL"),
    ("Write me a short email to cancel your order before it ships.", "EMAIL"),
    # not: the shop's email about a cancelled order
    ("If we have to cancel your order, we will send you an email to say so.", None),
    # still: a phone alone names no email
    ("Cancellations are taken by phone only.", None),
])
def test_cancellation_request_via_email_beside_a_phone(text, expected):
    holds(text, {"cancellation.request_via": expected})


# --- the shop's authorisation before sending, in other shapes: a step to wait for it, a reply that carries it,
# a parcel arriving "with no" number, an authorisation "from us" needed, a return "arranged first" ------------

@pytest.mark.parametrize("text,expected", [
    ("How to send an item back\n- Write to us\n- Wait for approval from our team\n- Post the parcel", True),
    ("Step 2: wait for authorisation before you post anything.", True),
    ("Our staff will get back to you with a prepaid label and the return authorisation number.", True),
    ("Once we have read your request, we reply within 3 working days with:\n- an RMA number\n- the address to use", True),
    ("We can turn away any parcel that turns up with no RMA number on it.", True),
    ("An authorisation from us is required before any item is sent back.", True),
    ("We won't refund parcels posted without arranging the return first.", True),
    ("Never ship a lamp back before you receive our approval.", True),
    ("Please don't mail anything to us before you have this number.", True),
    ("Do get in touch before posting anything back to us, so we can agree the return.", True),
    ("We take back swaps and returns only after our support desk has approved them.", True),
    ("Please register a return on our site before you post anything to us.", True),
    ("Not happy with it? Ask us for an RMA number within a month of delivery.", True),
    ("Parcels posted without a return having been requested first are refused.", True),
    # still: a wait for the refund, a parcel with no note inside, a fault's authorisation
    ("Get in touch with any questions about our lamps.", None),
    ("When you ask for an RMA number, tell us the fault.", None),
    ("Don't worry if your parcel arrives before you have the refund.", None),
    ("Wait for the refund to show on your statement before you contact us.", None),
    ("Parcels that arrive with no note inside are still processed.", None),
])
def test_authorised_before_sending(text, expected):
    holds(text, {"returns.request_required_before_shipping": expected})


# --- cancelling: "the first hour", a refund started within hours, "before it has been sent" ---------------------

@pytest.mark.parametrize("text,expected", [
    ("Orders may be cancelled within the first hour after checkout.", 1),
    ("You can cancel a basket in the first hour of placing it.", 1),
    # not: the hours the refund takes to start
    ("After a cancellation is approved, we begin the refund within 48 hours.", None),
    ("Once we accept a cancellation, we start your refund within 12 hours.", None),
    ("Cancel within 12 hours of ordering for a full refund.", 12),
    # not: hours counted back from another event
    ("Cancel a fitting at least 48 hours ahead of the booked time and we refund the deposit.", None),
])
def test_cancellation_window_hours(text, expected):
    holds(text, {"cancellation.window_hours": expected})


@pytest.mark.parametrize("text,expected", [
    ("An order cancelled before it has been sent is refunded in full.", True),
    ("You may cancel until the parcel is sent out.", True),
    # still: a window in hours alone says nothing of shipment
    ("Cancel within 6 hours of ordering.", None),
])
def test_cancelling_before_it_is_sent(text, expected):
    holds(text, {"cancellation.until_shipped": expected})


# --- returns taken for the shop's own website's orders only ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("We only take back goods bought directly through our own webshop.", ["web"]),
    ("Refunds are restricted to orders placed on our website; anything bought elsewhere can't be refunded.", ["web"]),
    ("If you got our jam at a market or anywhere other than our website, take the return back to the seller you bought it from.", ["web"]),
    # not: every channel, or a perk for web orders only
    ("Items bought in our shops or on our website can come back within 30 days.", None),
    ("Only orders placed on our website get a free returns label.", None),
    ("Our returns policy covers only orders placed on our website and orders taken by phone.", None),
    ("Lamps can be sent back only if you ordered them from our website, not from a reseller.", ["web"]),
])
def test_sales_channels_web_only(text, expected):
    holds(text, {"sales_channels.allowed": expected})


@pytest.mark.parametrize("text,expected", [
    # a fault's full refund beside a cancellation paragraph is no cancellation's refund
    ("Orders can be cancelled within a day of purchase. If a lamp reaches you broken, you get a full refund.", None),
    ("Cancel before dispatch and you receive a full refund.", "100"),
])
def test_a_faults_full_refund_is_no_cancellations(text, expected):
    holds(text, {"cancellation.refund_percent": expected})


# --- goods named by what they are not ("non-food items") are every item the shop takes back -------------------

@pytest.mark.parametrize("text,expected", [
    ("Any return of non-sale goods must reach us within 21 days of the original purchase.", 21),
    ("Non-perishable products can be sent back up to 45 days after delivery.", 45),
    # still: goods named by a kind are some goods only
    ("Electric heaters can be sent back up to 45 days after delivery.", None),
])
def test_goods_named_by_what_they_are_not(text, expected):
    holds(text, {"returns.window.days": expected})


# --- "send back most items", "send back goods": the verb before its object, with "most" or no determiner ----------

@pytest.mark.parametrize("text,expected", [
    ("Customers may post back most products within 20 days of delivery.", {"returns.window.days": 20, "returns.most_items_only": True}),
    ("You may post back goods up to 25 days after they arrive.", {"returns.window.days": 25, "returns.most_items_only": None}),
    # not: the shop sending goods back to the customer is no return window
    ("We post back repaired goods within 10 days of receiving them.", {"returns.window.days": None, "returns.most_items_only": None}),
])
def test_send_back_most_items(text, expected):
    holds(text, expected)


def test_a_clock_time_on_cancelling_is_listed_and_the_shipment_limit_stands():
    from plugin.policy.drafting import draft_policy
    from plugin.policy.drafting.learned import UNTRAINED
    text = "Cancel the same day, before 6 p.m. and before the parcel is posted, and the refund is automatic."
    holds(text, {"cancellation.until_shipped": True})
    assert any("6 p.m." in u.sentence.text for u in draft_policy(text, UNTRAINED).unplaced)

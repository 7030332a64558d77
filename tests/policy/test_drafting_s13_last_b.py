"""Session 13 last mends (b, goods and steps): a deadline for some goods is no refusal of them, a list pointed at from
further on, goods named after the customer, "For a return, ..." and a claim "emailed to us". Sentences our own, the
rules alone read."""

from __future__ import annotations

import pytest
from drafting_helpers import exclusion_labels, placed

V = "returns.request_via"


# --- a deadline after the refusal's verb: a time limit for those goods, no exclusion (exclusions._PAST_A_DEADLINE) ------

@pytest.mark.parametrize("text", [
    "Bikes cannot be returned more than 14 days after delivery.",
    "Bikes cannot be returned later than 14 days after delivery.",
    "Helmets may not be returned beyond 30 days.",
    "Bikes are not returnable more than 14 days after delivery.",
    "Tents cannot be refunded more than a month after purchase.",
])
def test_a_deadline_for_some_goods_is_no_exclusion(text):
    assert exclusion_labels(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Bikes cannot be returned.", ["Bikes"]),
    ("Bikes cannot be returned, even within 14 days.", ["Bikes"]),
    ("Gift cards cannot be refunded beyond their value.", ["Gift cards"]),
    ("Helmets are non-returnable.", ["Helmets"]),
    ("Tents cannot be refunded for any reason.", ["Tents"]),
])
def test_a_refusal_with_no_deadline_still_excludes(text, expected):
    assert exclusion_labels(text) == expected


# --- a list pointed at from further on ("... are indicated in the list below: ...") -----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Items that cannot be returned are indicated in the list below: candles, soaps.", ["Candles", "Soaps"]),
    ("Products which cannot be refunded are set out in the following list: candles, soaps.", ["Candles", "Soaps"]),
    ("Products that are final sale are named in the short list just below: face masks, perfume.", ["Face masks", "Perfume"]),
    ("Items that cannot be returned are detailed for you in the list below: candles, soaps.", ["Candles", "Soaps"]),
    ("Items which may not be refunded are spelled out in the following list: candles, soaps.", ["Candles", "Soaps"]),
])
def test_a_refused_list_pointed_at(text, expected):
    assert sorted(exclusion_labels(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Items that can be returned are indicated in the list below: candles, soaps.", []),
    ("Returned items are checked in the list below: candles, soaps.", []),
    ("Items that cannot be returned are indicated on the product page.", ["Items with non-returnable marks"]),
    ("Refunds are not given for the items in the list below unless faulty: candles, soaps.", []),
    ("Items that can be exchanged are set out in the following list: socks, scarves.", []),
])
def test_a_list_pointed_at_with_no_refusal(text, expected):
    assert sorted(exclusion_labels(text)) == expected


# --- goods named after the customer (names.MADE_FOR_THE_CUSTOMER) ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Client commissions cannot be refunded.", ["Client commissions"]),
    ("Customer designed prints cannot be returned.", ["Customer designed prints"]),
    ("Customer supplied fabrics cannot be returned.", ["Customer supplied fabrics"]),
    ("Client requested alterations are non-refundable.", ["Client requested alterations"]),
    ("Buyer specified engravings are final sale.", ["Buyer specified engravings"]),
    ("Customer made moulds are non-returnable.", ["Customer made moulds"]),
])
def test_goods_named_after_the_customer(text, expected):
    assert exclusion_labels(text) == expected


@pytest.mark.parametrize("text", [
    "Clients who change their mind cannot be refunded.",
    "Customers are responsible for return shipping costs, which are non-refundable.",
    "Customers designed the prints and cannot be refunded.",
    "Buyers cannot be refunded.",
    "Clients cannot be refunded for commissions.",
    "Clients commissioned the work, which is non-refundable.",
])
def test_the_customer_is_no_goods(text):
    assert exclusion_labels(text) == []


# --- "For a return, ..." starts a return; a claim "emailed to us" is asked by email ----------------------------------

@pytest.mark.parametrize("text,expected", [
    ("For a return, please contact our support team on our website.", "WEBSITE"),
    ("For a return, please contact our support team via our website.", "WEBSITE"),
    ("For a return, email us at help@shop.example.", "EMAIL"),
    ("For a return, fill in the form on our website.", "WEBSITE"),
    ("For a return, please contact us.", "EMAIL"),
    ("Each return claim must be emailed to us within 14 days.", "EMAIL"),
    ("Return claims must be emailed to us.", "EMAIL"),
    ("Each return request must be emailed to us.", "EMAIL"),
    ("Return requests should be e-mailed to our support team.", "EMAIL"),
    ("Your return request can be emailed to us at any time.", "EMAIL"),
    # photos asked for a fault beside every return's email: no claim for a fault
    ("To start a return, email us your order number, with photos if the item is damaged.", "EMAIL"),
])
def test_the_way_to_ask(text, expected):
    assert placed(text).get(V) == expected


@pytest.mark.parametrize("text", [
    "For a return of a sale item, contact our team on our website.",
    "For a return outside the EU, email us.",
    "For a return, we charge a fee of 5 euros.",
    "For a refund, please contact our support team on our website.",
    "Your refund confirmation will be emailed to you.",
    "Photos of the damage must be emailed to us within 48 hours.",
    "Invoices are emailed to us by the courier.",
    # a claim for a fault: the way some returns are asked for (requests._FAULT_CLAIM)
    "Return claims for faulty items must be emailed to us.",
    "A return claim has to be sent by email if the item arrived damaged.",
    "Claims for damaged goods should be emailed to our team.",
])
def test_no_way_to_ask(text):
    assert placed(text).get(V) is None

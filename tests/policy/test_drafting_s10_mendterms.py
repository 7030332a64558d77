"""Session 10's review (REVIEW10.md, A8-A11, A15, A16): sentences of the same shape as those the session's rules were
made for that are general rules and must still be read. Every sentence is written for the test, not taken from a
shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import holds


# --- a heading with one lower-case word: not a rule in title case with a time in it (A8) ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Returns\n\nReturns Accepted within 30 Days of Delivery", {"returns.window.days": 30}),
    ("Returns Accepted after Delivery for 30 Days\n\nPlease keep the tags on.", {"returns.window.days": 30}),
])
def test_title_case_rule_no_heading(text, expected):
    holds(text, expected)


# --- "then" as the step after the request: not a step of the customer's own (A9) ----------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Changed your mind? Then simply send it back within 30 days.", {"returns.window.days": 30, "instructions.ship_within_days": None}),
    ("Just email us and then send the item back within 30 days.", {"returns.window.days": 30, "instructions.ship_within_days": None}),
])
def test_then_of_the_customers_own(text, expected):
    holds(text, expected)


# --- a restocking fee beside an exchange's cost in a part of its own (A10); no fee on returned items (A16) -------------

@pytest.mark.parametrize("text,expected", [
    ("Returns are subject to a 15% restocking fee, and you pay any price difference for an exchange.", "15"),
    ("Every return carries a 20% restocking fee; exchanges cost the difference in price.", "20"),
    ("We never charge a restocking fee for returned items.", "0"),
])
def test_fee_read_again(text, expected):
    holds(text, {"fees.restocking_percent": expected})


# --- "even if": no case the money terms are for (A11) ------------------------------------------------------------------

def test_even_if_changes_nothing():
    holds("Returns are accepted within 30 days. Original shipping charges are non-refundable, even if the item does not fit.",
          {"refund.original_shipping": "NEVER"})


# --- store credit placed "in your account": the shop's act, not the bank's time (A15) ----------------------------------

def test_store_credit_in_your_account():
    holds("Once your return is approved, store credit will be placed in your account within 2 days.",
          {"refund.processing": {"min_days": 0, "max_days": 2, "unit": "CALENDAR"}, "refund.typical_arrival": None})

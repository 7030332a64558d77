"""Review 9 mends of the cancellation reader: the shop's own emails name no channel, signing in is read like
logging in but only beside cancelling, "costs 5%" and "cancel"/"cancellations" give a fee's refund share, and
"the first N <unit>" is a window in any unit. Every sentence is written for this test, read by the rules alone."""

from __future__ import annotations

import pytest
from drafting_helpers import first_values


# --- the shop writing names no way for the customer to cancel ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Orders can be cancelled until they ship; we will confirm your cancellation by email.",
    "Orders can be cancelled until they ship, and we email our customers a confirmation.",
])
def test_the_shop_emailing_is_no_cancellation_channel(text):
    assert first_values(text).get("cancellation.request_via") is None


@pytest.mark.parametrize("text", [
    "To cancel an order before it ships, email us with your order number.",
    "Cancellation requests must reach us by email before the parcel ships.",
])
def test_the_customer_emailing_still_is(text):
    assert first_values(text).get("cancellation.request_via") == "EMAIL"


# --- signing in, and only beside cancelling -------------------------------------------------------------------

def test_signing_in_to_cancel_is_the_website():
    assert first_values("You can cancel an order until it ships by signing in to your account.").get("cancellation.request_via") == "WEBSITE"


def test_logging_in_for_something_else_is_no_channel():
    text = "Orders can be cancelled until they ship. Log in to track your parcel."
    assert first_values(text).get("cancellation.request_via") is None
    assert first_values("Cancelled orders are refunded in full; log in to track your refund.").get("cancellation.request_via") is None


# --- the fee's share: "costs 5%", "cancel", "cancellations" --------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Cancelling an order before it ships costs 5%.", "95"),
    ("A 5% fee applies if you cancel before the order ships.", "95"),
])
def test_a_fee_on_every_cancellation_gives_the_refund_share(text, value):
    assert first_values(text).get("cancellation.refund_percent") == value


# --- "the first N <unit>" after ordering ----------------------------------------------------------------------

@pytest.mark.parametrize("text,hours", [
    ("Orders may be cancelled within the first two hours after checkout.", 2),
    ("Orders may be cancelled within the first 30 minutes after checkout.", None),
    ("Orders may be cancelled within the first hour after checkout.", 1),
])
def test_the_first_n_units_is_the_window(text, hours):
    assert first_values(text).get("cancellation.window_hours") == hours

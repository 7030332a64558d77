"""Session 13, how a return is asked for and sent: each reading mended beside near misses of the same shape. Every
sentence is written for the test, not taken from a shop's page; the rules alone are read."""

from __future__ import annotations

import pytest

from drafting_helpers import placed


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

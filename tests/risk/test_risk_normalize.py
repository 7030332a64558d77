"""Normalized emails, phones and addresses: the keys of blocklist rows and linked accounts."""

import pytest
from risk_factories import address, order

from plugin.risk import Address, blocklist_keys, normalize_address, normalize_email, normalize_phone


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("J.Doe+Shop@GoogleMail.com", "jdoe@gmail.com"),
        ("  jdoe@gmail.com ", "jdoe@gmail.com"),
        ("Jane.Doe+x@Outlook.com", "jane.doe@outlook.com"),  # dots matter outside Gmail
        ("jane@example.com.", "jane@example.com"),
        ("not-an-email", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_email(raw, key):
    assert normalize_email(raw) == key


@pytest.mark.parametrize(
    ("raw", "region", "key"),
    [
        ("(212) 555-0134", "US", "+12125550134"),
        ("+1 212.555.0134", None, "+12125550134"),
        ("07400 123456", "GB", "+447400123456"),
        ("+44 7400 123456", "US", "+447400123456"),
        ("12", "US", None),
        ("", "US", None),
    ],
)
def test_normalize_phone(raw, region, key):
    assert normalize_phone(raw, region) == key


def test_normalize_address_ignores_formatting_name_and_phone():
    base = normalize_address(address())
    assert base == "US|10001|123 main st #4"
    same = Address(
        name="Someone Else",
        address1="123 MAIN ST.",
        address2="Apartment 4",
        city="new york",
        region="ny",
        postal_code="10001-1234",
        country="us",
        phone=None,
    )
    assert normalize_address(same) == base
    assert normalize_address(address(address1="123 Main Street, #4", address2=None)) == base


def test_flats_and_missing_parts_stay_apart():
    assert normalize_address(address(address2="Apt 5")) != normalize_address(address())
    assert normalize_address(address(address1=None)) is None
    assert normalize_address(address(country=None)) is None
    assert normalize_address(address(postal_code=None)) == "US|new york|123 main st #4"


def test_blocklist_keys_cover_every_value_of_the_order():
    keys = blocklist_keys(order(shipping=address(phone="+44 7400 123456", address2="Apt 9")))
    assert keys.emails == {"jonathansmith84@gmail.com"}
    assert keys.phones == {"+12125550134", "+447400123456"}
    assert keys.addresses == {"US|10001|123 main st #4", "US|10001|123 main st #9"}

"""Each signal: a case where it fires (with the figures in its sentence) and a near miss."""

from dataclasses import replace

import pytest
from risk_factories import (
    NOW,
    SETTINGS,
    address,
    ago,
    facts,
    order,
    orders,
    ret,
    returns,
    with_settings,
)

from plugin.risk import Blocklist, CustomerHistory, LinkedAccounts, normalize_address
from plugin.risk.signals import (
    billing_shipping_mismatch,
    blocklisted,
    early_return,
    established_customer,
    high_value_return,
    linked_accounts,
    name_similarity,
    random_local_part,
    recipient_mismatch,
    repeat_sku_returns,
    request_velocity,
    return_amount_anomaly,
    serial_returner,
    suspicious_email,
)


def run(signal, f, settings=SETTINGS):
    return signal(settings, f, NOW)


# --- RETURN_AMOUNT_ANOMALY -------------------------------------------------------------------


def test_amount_anomaly_fires_far_above_usual_returns():
    history = CustomerHistory(orders(8), returns(5, amount="40.00"))
    fact = run(return_amount_anomaly, facts(ret("400.00"), history=history))
    assert fact.code == "RETURN_AMOUNT_ANOMALY" and fact.sentiment == "NEGATIVE"
    assert "400.00 USD" in fact.description and "10.0 times" in fact.description
    assert "median return of 40.00 USD over 5 earlier returns" in fact.description
    assert fact.weight == SETTINGS.return_amount_anomaly.weight  # 10x: full weight
    assert fact.evidence["basis"] == "RETURNS" and fact.evidence["ratio"] == 10.0


def test_amount_anomaly_falls_back_to_order_totals_and_scales_weight():
    history = CustomerHistory(orders(6, total="50.00"), ())
    fact = run(return_amount_anomaly, facts(ret("160.00"), history=history))
    assert (
        fact.evidence["basis"] == "ORDERS" and "median order total of 50.00 USD" in fact.description
    )
    assert 0 < fact.weight < SETTINGS.return_amount_anomaly.weight  # 3.2x: just over


def test_amount_anomaly_near_misses():
    history = CustomerHistory(orders(8), returns(5, amount="40.00"))
    assert run(return_amount_anomaly, facts(ret("110.00"), history=history)) is None  # 2.75x
    small = CustomerHistory(orders(8, total="8.00"), returns(5, amount="5.00"))
    assert run(return_amount_anomaly, facts(ret("45.00"), history=small)) is None  # under min
    thin = CustomerHistory(orders(2, total="20.00"), ())
    assert run(return_amount_anomaly, facts(ret("400.00"), history=thin)) is None  # no baseline


def test_amount_anomaly_ignores_withdrawn_and_future_returns():
    history = CustomerHistory(
        orders(8, total="300.00"),
        returns(5, amount="40.00", status="CANCELED") + returns(2, amount="40.00", start_days=-5),
    )
    # Withdrawn and not-yet-happened returns do not make a baseline: the orders' 300 do.
    assert run(return_amount_anomaly, facts(ret("400.00"), history=history)) is None


# --- BILLING_SHIPPING_MISMATCH ---------------------------------------------------------------


def test_country_mismatch_weighs_most():
    shipping = address(country="CA", region="ON", city="Toronto", postal_code="M5V 2T6")
    fact = run(billing_shipping_mismatch, facts(order_=order(shipping=shipping)))
    assert fact.weight == SETTINGS.billing_shipping_mismatch.country_weight
    assert "United States (US)" in fact.description and "Canada (CA)" in fact.description
    region = address(region="CA", city="Los Angeles", postal_code="90001")
    region_fact = run(billing_shipping_mismatch, facts(order_=order(shipping=region)))
    assert region_fact.evidence["differs"] == "REGION" and region_fact.weight < fact.weight


def test_other_city_same_region_is_a_small_fact():
    shipping = address(city="Albany", postal_code="12207")
    fact = run(billing_shipping_mismatch, facts(order_=order(shipping=shipping)))
    assert fact.evidence["differs"] == "CITY" and fact.weight == 4


def test_customer_who_moved_across_town_is_not_a_mismatch():
    shipping = address(address1="77 Oak Avenue", address2=None, postal_code="10013")
    assert run(billing_shipping_mismatch, facts(order_=order(shipping=shipping))) is None


def test_formatting_differences_are_not_a_mismatch():
    shipping = address(city="new york", region=" ny", postal_code="10001-4456")
    assert run(billing_shipping_mismatch, facts(order_=order(shipping=shipping))) is None


# --- RECIPIENT_MISMATCH ----------------------------------------------------------------------


def test_different_recipient_name_fires():
    shipping = address(name="Kevin Oduya")
    fact = run(recipient_mismatch, facts(order_=order(shipping=shipping)))
    assert fact.weight == SETTINGS.recipient_mismatch.name_weight
    assert "“Jonathan Smith”" in fact.description and "% alike" in fact.description


@pytest.mark.parametrize(
    "variant",
    ["Jonathon Smith", "SMITH, Jonathan", "J. Smith", "jonathan  smith", "Jonathan Smíth"],
)
def test_typos_and_reordered_names_are_the_same_person(variant):
    assert run(recipient_mismatch, facts(order_=order(shipping=address(name=variant)))) is None


def test_relative_with_the_same_surname_is_another_person():
    assert name_similarity("Elena Echeverria", "Leo Echeverria") < 70
    assert name_similarity("Maria Garcia", "Maria Garcia Lopez") >= 70


def test_invalid_phone_fires():
    fact = run(recipient_mismatch, facts(order_=order(phone="000-000-0000")))
    assert fact.weight == SETTINGS.recipient_mismatch.invalid_phone_weight
    assert "order phone 000-000-0000 is not a valid number" in fact.description


def test_phone_from_another_country_than_the_buyer_is_small():
    fact = run(recipient_mismatch, facts(order_=order(phone="+44 7400 123456")))
    assert fact.weight == SETTINGS.recipient_mismatch.phone_country_weight
    assert "United Kingdom (GB)" in fact.description


def test_national_phone_formats_are_valid():
    for phone in ("(212) 555-0134", "212.555.0134", "+1 212 555 0134", "+12125550134"):
        assert run(recipient_mismatch, facts(order_=order(phone=phone))) is None


def test_gift_recipient_abroad_with_local_phone_only_differs_by_name():
    shipping = address(
        name="Amelia Richter",
        country="FR",
        region="IDF",
        city="Paris",
        postal_code="75011",
        phone="06 12 34 56 78",
    )
    fact = run(recipient_mismatch, facts(order_=order(shipping=shipping)))
    assert fact.weight == SETTINGS.recipient_mismatch.name_weight  # the French number is fine


# --- SUSPICIOUS_EMAIL ------------------------------------------------------------------------


def test_disposable_domain_fires():
    fact = run(suspicious_email, facts(order_=order(email="jonathan.smith@mailinator.com")))
    assert fact.weight == SETTINGS.suspicious_email.disposable_weight
    assert "mailinator.com is a disposable" in fact.description


def test_subdomain_of_a_disposable_domain_and_merchant_list():
    assert run(suspicious_email, facts(order_=order(email="a.b@x.mailinator.com")))
    s = with_settings("suspicious_email", disposable_domains=("burner.example",))
    assert run(suspicious_email, facts(order_=order(email="jsmith@burner.example")), s)


def test_invalid_syntax_fires_without_dns():
    fact = run(suspicious_email, facts(order_=order(email="jonathan..smith@gmail.com")))
    assert (
        fact.weight == SETTINGS.suspicious_email.invalid_weight and "not valid" in fact.description
    )


def test_random_local_part_fires():
    fact = run(suspicious_email, facts(order_=order(email="xk7qpz93vbn@gmail.com")))
    assert fact.weight == SETTINGS.suspicious_email.random_weight
    assert "looks randomly generated" in fact.description


@pytest.mark.parametrize(
    "email",
    [
        "jonathan.smith84@gmail.com",
        "maria_garcia1990@yahoo.com",
        "wojciech.szczesny@gmail.com",
        "nguyen.thanh@outlook.com",
        "oluwaseun.adebayo@gmail.com",
        "krishnamurthy.venkataraman@proton.me",
        "J.Smith+orders@GoogleMail.com",
        "x7k2mq9pzt4w@privaterelay.appleid.com",  # random by design, trusted
        "quiet-harbor-maple@duck.com",
    ],
)
def test_ordinary_addresses_pass(email):
    assert run(suspicious_email, facts(order_=order(email=email))) is None


def test_random_local_part_heuristics():
    assert random_local_part("qkzvbrtx")
    assert random_local_part("a1b2c3d4")
    assert random_local_part("jsmith1990") is None
    assert random_local_part("short1") is None


# --- SERIAL_RETURNER -------------------------------------------------------------------------


def test_serial_returner_fires_with_the_rate():
    history = CustomerHistory(orders(8, every_days=15), returns(5, every_days=15))
    fact = run(serial_returner, facts(history=history))
    assert "6 returns (this one included) on 8 orders" in fact.description
    assert "75% return rate" in fact.description
    assert fact.weight > SETTINGS.serial_returner.weight  # well over the threshold weighs more


def test_serial_returner_near_misses():
    # 3 of 8 (this one included) = 37.5%.
    history = CustomerHistory(orders(8, every_days=15), returns(2, every_days=15))
    assert run(serial_returner, facts(history=history)) is None
    # 2 of 4: too few orders and returns to call it a pattern.
    small = CustomerHistory(orders(4, every_days=15), returns(1, every_days=15))
    assert run(serial_returner, facts(history=small)) is None
    # The same high rate, but long ago (outside the 180-day window).
    old = CustomerHistory(
        orders(8, every_days=15, start_days=400) + orders(5, every_days=30),
        returns(7, every_days=15, start_days=400),
    )
    assert run(serial_returner, facts(history=old)) is None


def test_cancelled_returns_do_not_count():
    history = CustomerHistory(
        orders(8, every_days=15), returns(5, every_days=15, status="CANCELED")
    )
    assert run(serial_returner, facts(history=history)) is None


# --- HIGH_VALUE_RETURN -----------------------------------------------------------------------


def test_high_value_return():
    fact = run(high_value_return, facts(ret("500.00")))
    assert fact.weight == SETTINGS.high_value_return.weight
    assert "500.00 USD, at or above the 500.00 USD" in fact.description
    assert run(high_value_return, facts(ret("499.99"))) is None
    assert run(high_value_return, facts(ret("900.00", kind="ORDER"))) is None  # returns only


# --- EARLY_RETURN ----------------------------------------------------------------------------


def test_return_requested_before_delivery():
    fact = run(early_return, facts(ret(delivered_at=NOW + (NOW - ago(hours=5)))))
    assert fact.weight == SETTINGS.early_return.before_delivery_weight
    shipped = run(early_return, facts(ret(no_delivery=True, shipped_at=ago(hours=20))))
    assert shipped.evidence["when"] == "BEFORE_DELIVERY"
    assert (
        "20 hours after the order shipped, before any delivery was recorded" in shipped.description
    )


def test_return_right_after_delivery_is_smaller():
    fact = run(early_return, facts(ret(delivered_at=ago(hours=2))))
    assert fact.weight == SETTINGS.early_return.within_weight
    assert "2 hours after delivery" in fact.description


def test_early_return_near_misses():
    assert run(early_return, facts(ret(delivered_at=ago(hours=7)))) is None
    # No delivery recorded, shipped a week ago: the delivery went unrecorded.
    assert run(early_return, facts(ret(no_delivery=True, shipped_at=ago(days=7)))) is None
    # Nothing known about shipping at all: no fact.
    unknown = replace(ret(no_delivery=True), shipped_at=None)
    assert run(early_return, facts(unknown)) is None


# --- REPEAT_SKU_RETURNS ----------------------------------------------------------------------


def test_same_sku_returned_again_and_again():
    history = CustomerHistory(orders(10), returns(3, skus=("DRS101-BLK-M", "TOP330-RED-S")))
    fact = run(repeat_sku_returns, facts(ret(skus=("DRS101-BLK-M",)), history=history))
    assert "DRS101-BLK-M (3 times)" in fact.description
    assert fact.evidence["skus"] == {"DRS101-BLK-M": 3}


def test_same_sku_once_before_is_a_size_swap_not_wardrobing():
    history = CustomerHistory(orders(10), returns(1, skus=("DRS101-BLK-M",)))
    assert run(repeat_sku_returns, facts(ret(skus=("DRS101-BLK-M",)), history=history)) is None
    other = CustomerHistory(orders(10), returns(4, skus=("DRS101-BLK-L",)))  # another size
    assert run(repeat_sku_returns, facts(ret(skus=("DRS101-BLK-M",)), history=other)) is None


# --- LINKED_ACCOUNTS -------------------------------------------------------------------------


def test_linked_accounts_fire():
    fact = run(
        linked_accounts, facts(linked=LinkedAccounts(address_customers=4, address_returns=17))
    )
    assert "4 other customers use the same shipping address and made 17 returns" in fact.description
    phone = run(linked_accounts, facts(linked=LinkedAccounts(phone_customers=3, phone_returns=9)))
    assert phone.evidence == {"phone_customers": 3, "phone_returns": 9}


def test_household_sharing_an_address_is_not_linked():
    household = LinkedAccounts(
        address_customers=2, address_returns=3, phone_customers=1, phone_returns=8
    )
    assert run(linked_accounts, facts(linked=household)) is None


# --- REQUEST_VELOCITY ------------------------------------------------------------------------


def test_many_requests_in_a_day():
    history = CustomerHistory(orders(10), returns(3, every_days=0.2, start_days=0.1))
    fact = run(request_velocity, facts(history=history))
    assert "4th return or cancellation request in 24 hours" in fact.description


def test_velocity_counts_cancellations_and_orders_by_kind():
    history = CustomerHistory(orders(10), returns(1, start_days=0.1), (ago(hours=2), ago(hours=3)))
    assert run(request_velocity, facts(history=history))
    burst = CustomerHistory(orders(3, every_days=0.1, start_days=0.05), ())
    assert run(request_velocity, facts(ret("300.00", kind="ORDER"), history=burst))


def test_two_returns_today_is_not_velocity():
    history = CustomerHistory(orders(10), returns(2, every_days=0.2, start_days=0.1))
    assert run(request_velocity, facts(history=history)) is None
    spread = CustomerHistory(orders(10), returns(5, every_days=2, start_days=1.5))
    assert run(request_velocity, facts(history=spread)) is None


# --- BLOCKLISTED -----------------------------------------------------------------------------


def test_blocklisted_email_phone_and_address_variants():
    blocked = Blocklist(
        emails=frozenset({"jonathansmith84@gmail.com"}),
        phones=frozenset({"+12125550134"}),
        addresses=frozenset({normalize_address(address())}),
    )
    variant = order(
        email="Jonathan.Smith84+shop@googlemail.com",
        phone="212.555.0134",
        shipping=address(address1="123 MAIN ST.", address2="Apartment 4", postal_code="10001-2345"),
    )
    fact = run(blocklisted, facts(order_=variant, blocklist=blocked))
    assert fact.weight == 100
    assert (
        "email address, phone number, shipping address and billing address are" in fact.description
    )


def test_similar_but_different_values_are_not_blocklisted():
    blocked = Blocklist(
        emails=frozenset({"jonathan.smith85@yahoo.com"}),
        phones=frozenset({"+12125550135"}),
        addresses=frozenset({normalize_address(address(address2="Apt 5"))}),
    )
    assert run(blocklisted, facts(blocklist=blocked)) is None


# --- ESTABLISHED_CUSTOMER (positive) ---------------------------------------------------------


def test_established_customer_is_positive():
    history = CustomerHistory(orders(30, every_days=30), returns(2, start_days=100))
    fact = run(established_customer, facts(history=history))
    assert fact.sentiment == "POSITIVE" and "30 orders" in fact.description
    young = CustomerHistory(orders(30, every_days=5), returns(2))
    assert run(established_customer, facts(history=young)) is None  # under a year
    returner = CustomerHistory(orders(30, every_days=30), returns(10, every_days=30))
    assert run(established_customer, facts(history=returner)) is None


# --- settings switch signals off -------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "signal", "f"),
    [
        ("high_value_return", high_value_return, facts(ret("900.00"))),
        ("suspicious_email", suspicious_email, facts(order_=order(email="a.b@mailinator.com"))),
        ("linked_accounts", linked_accounts, facts(linked=LinkedAccounts(5, 20, 0, 0))),
    ],
)
def test_disabled_signals_never_fire(section, signal, f):
    assert run(signal, f) is not None
    assert run(signal, f, with_settings(section, enabled=False)) is None

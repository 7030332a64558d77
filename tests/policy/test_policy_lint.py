"""lint: settings that validate but contradict each other or cannot be enforced."""

import pytest

from plugin.policy.document import parse_policy, policy_to_data
from plugin.policy.lint import errors, lint
from plugin.policy.presets import PRESETS, load_preset


def variant(name="alotrop", **changes):
    data = policy_to_data(load_preset(name))
    for path, value in changes.items():
        node = data
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[int(key)] if key.isdigit() else node[key]
        node[keys[-1]] = value
    return parse_policy(data)


def found(policy, catalogue=None):
    return {(w.code, w.path, w.severity) for w in lint(policy, catalogue)}


# The seeds that give no return address leave the merchant one finding: add yours. Allegra K's
# customers write for the address (instructions.address_on_request), so approving needs none there.
ADDRESS_GIVEN = {"alltrendsusa", "allegra-k"}


@pytest.mark.parametrize("name", PRESETS)
def test_presets_are_clean(name):
    expected = set() if name in ADDRESS_GIVEN else {("RETURN_ADDRESS_MISSING", ("shipping", "return_addresses"), "error")}
    assert found(load_preset(name)) == expected


MIAMI = {"name": "Miami", "recipient": "Shop Returns", "address1": "1 Main St", "city": "Miami", "country": "US"}


def test_return_address_missing_is_an_error():
    assert ("RETURN_ADDRESS_MISSING", ("shipping", "return_addresses"), "error") in found(variant())


def test_return_address_must_cover_every_region():
    # Allegra K ships to the US (label) and the rest of the world: a US-only address leaves gaps.
    policy = variant("allegra-k", shipping__return_addresses=[{**MIAMI, "countries": ["US"]}], instructions__address_on_request=False)
    assert ("RETURN_ADDRESS_MISSING", ("shipping", "return_addresses"), "error") in found(policy)
    # Customers who write for the address are told it by email: the gap is a warning only.
    policy = variant("allegra-k", shipping__return_addresses=[{**MIAMI, "countries": ["US"]}])
    assert ("RETURN_ADDRESS_MISSING", ("shipping", "return_addresses"), "warning") in found(policy)
    policy = variant("allegra-k", shipping__return_addresses=[
        {**MIAMI, "countries": ["US"]}, {**MIAMI, "name": "EU hub", "rest_of_world": True, "country": "DE"}])
    assert not any(code == "RETURN_ADDRESS_MISSING" for code, _, _ in found(policy))


def test_return_addresses_must_not_overlap():
    with pytest.raises(Exception, match="both return addresses"):
        variant(shipping__return_addresses=[{**MIAMI, "countries": ["US"]}, {**MIAMI, "name": "B", "countries": ["US", "CA"]}])


def test_eu_window_under_14_days_is_an_error():
    policy = variant(eu__enabled=True, eu__withdrawal_days=10)
    assert ("EU_WITHDRAWAL_TOO_SHORT", ("eu", "withdrawal_days"), "error") in found(policy)


def test_eu_terms_without_eu_mode_and_a_short_window():
    policy = variant("allegra-k", returns__window__days=10)
    assert ("EU_MODE_RECOMMENDED", ("eu", "enabled"), "warning") in found(policy)


def test_exclusion_that_matches_no_product():
    catalogue = [({"summer"}, "Dress"), ({"final sale"}, "Dress")]
    codes = found(load_preset("alotrop"), catalogue)
    assert ("EXCLUSION_MATCHES_NOTHING", ("exclusions", 1, "match"), "warning") in codes  # clearance
    assert ("EXCLUSION_MATCHES_NOTHING", ("exclusions", 2, "match"), "warning") in codes  # personalized
    assert not any(c[1] == ("exclusions", 0, "match") for c in codes)


def test_exclusions_on_marks_or_free_items_always_may_match():
    catalogue = [(set(), "Dress")]
    codes = {c[1] for c in found(load_preset("allegra-k"), catalogue)}
    assert ("exclusions", 5, "match") not in codes and ("exclusions", 6, "match") not in codes
    assert ("exclusions", 0, "match") in codes


def test_flat_fee_larger_than_any_refund():
    policy = variant(fees__flat_fee="60")
    catalogue = [(set(), "Dress", "49.99"), (set(), "Coat", "59.99")]
    assert ("FEE_EXCEEDS_ANY_REFUND", ("fees", "flat_fee"), "error") in found(policy, catalogue)
    assert not any(c[0] == "FEE_EXCEEDS_ANY_REFUND" for c in found(policy, [(set(), "Coat", "80")]))


def test_full_restocking_fee_refunds_nothing():
    assert ("REFUND_ALWAYS_ZERO", ("fees", "restocking_percent"), "error") in found(
        variant(fees__restocking_percent="100")
    )


def test_label_offered_where_the_customer_always_self_ships():
    policy = variant("allegra-k", shipping__label_countries=["US", "DE"])
    assert ("LABEL_NEVER_USABLE", ("shipping", "label_countries", 1), "warning") in found(policy)


def test_label_fee_where_no_label_is_offered():
    policy = variant("allegra-k", shipping__label_countries=[])
    codes = found(policy)
    assert ("LABEL_FEE_WITHOUT_LABEL", ("shipping", "regions", 0, "later_returns", "label_fee"), "warning") in codes
    assert ("MERCHANT_PAYS_WITHOUT_MEANS", ("shipping", "regions", 0, "first_return"), "warning") in codes


def test_refund_time_min_over_max():
    policy = variant(refund__processing={"min_days": 10, "max_days": 5, "unit": "BUSINESS"})
    assert ("RANGE_INVERTED", ("refund", "processing"), "error") in found(policy)
    assert errors(lint(policy))


def test_unbounded_cancellation():
    policy = variant(cancellation__until_shipped=False)
    assert ("CANCELLATION_UNBOUNDED", ("cancellation",), "warning") in found(policy)


def test_exchange_only_products_without_exchanges():
    rule = {"label": "Swimwear", "match": {"product_types": ["swimwear"]}, "exchange_only": True}
    policy = variant(product_rules=[rule])
    assert ("EXCHANGE_ONLY_WITHOUT_EXCHANGES", ("product_rules", 0, "exchange_only"), "error") in found(policy)


def test_fault_override_without_photos():
    policy = variant(fault__photos_min=0, fault__photos_requested=False)
    assert ("OVERRIDE_WITHOUT_EVIDENCE", ("fault", "photos_min"), "warning") in found(policy)
    # Photos asked for "if possible", with an inspection before the refund: the merchant's choice.
    assert "OVERRIDE_WITHOUT_EVIDENCE" not in {f[0] for f in found(variant(fault__photos_min=0))}


def test_email_us_without_a_support_email():
    from plugin.policy.lint import lint_contact

    alotrop = load_preset("alotrop")
    assert lint_contact(alotrop, "support@alotrop.com") == []
    paths = [(w.code, w.path) for w in lint_contact(alotrop, None)]
    assert paths == [("EMAIL_US_WITHOUT_SUPPORT_EMAIL", ("returns", "request_via")),
                     ("EMAIL_US_WITHOUT_SUPPORT_EMAIL", ("cancellation", "request_via"))]
    assert [w.path for w in lint_contact(load_preset("allegra-k"), None)] == [
        ("returns", "request_via"), ("verification", "contact_by_email")]
    assert lint_contact(load_preset("alltrendsusa"), None) == []


def test_promised_contact_that_the_risk_settings_never_send():
    policy = variant("allegra-k", risk__on_high="INSPECT_BEFORE_REFUND", risk__on_medium="INSPECT_BEFORE_REFUND")
    assert ("CONTACT_PROMISED_NOT_SENT", ("verification", "contact_by_email"), "warning") in found(policy)


def test_full_refund_promise_without_shipping_refund():
    policy = variant(refund__original_shipping="NEVER")
    assert ("FULL_REFUND_WITHOUT_SHIPPING", ("fault", "full_refund"), "error") in found(policy)


def test_no_delivery_fallback_is_reported_as_info():
    assert "NO_DELIVERY_FALLBACK" not in {w[0] for w in found(variant(returns__window__transit_buffer_days=None))}
    policy = variant(returns__window__transit_buffer_days=None, delivery__estimate_untracked=False)
    assert ("NO_DELIVERY_FALLBACK", ("delivery", "estimate_untracked"), "info") in found(policy)
    policy = variant(returns__window__transit_buffer_days=None, delivery__estimate_untracked=False,
                     delivery__customer_confirms_receipt=False)
    assert ("NO_DELIVERY_FALLBACK", ("delivery", "estimate_untracked"), "warning") in found(policy)


def test_returns_off_with_a_window_for_faults_is_flagged():
    """"Returns only of damaged items, reported within 3 days" drafts as returns off (no setting holds "only for
    faults"), and returns off refuses those too: the merchant is told before saving."""
    no_fault_terms = {"fault__window": None, "fault__photos_min": 0, "fault__photos_requested": False}
    off = {**no_fault_terms, "returns__enabled": False, "fault__window": {"days": 3, "starts": "DELIVERY"}}
    assert ("FAULT_TERMS_WITH_RETURNS_OFF", ("returns", "enabled"), "warning") in found(variant(**off))
    assert "FAULT_TERMS_WITH_RETURNS_OFF" not in {code for code, _path, _severity in found(variant(**no_fault_terms, returns__enabled=False))}
    assert "FAULT_TERMS_WITH_RETURNS_OFF" not in {code for code, _path, _severity in found(variant(fault__window={"days": 3, "starts": "DELIVERY"}))}

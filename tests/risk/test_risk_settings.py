"""The policy's ``risk`` section: defaults, strictness, and that the storefront never sees it."""

import json

import pytest

from plugin.policy import (
    PRESETS,
    Policy,
    PolicyInvalid,
    load_preset,
    parse_policy,
    policy_json_schema,
    policy_to_data,
    render,
)
from plugin.risk import RiskSettings


def test_documents_without_a_risk_section_get_the_defaults():
    policy = parse_policy({"currency": "USD"})
    assert policy.risk == RiskSettings()
    assert Policy().risk.on_high == "HOLD" and Policy().risk.on_medium == "INSPECT_BEFORE_REFUND"
    # Alotrop and AllTrendsUSA say nothing of fraud: the defaults. Allegra K's seed lists its own
    # abnormal-order conditions, so its preset has a risk section (tests/risk_flow/test_allegra_k_abnormal.py).
    for name in PRESETS:
        assert (load_preset(name).risk == RiskSettings()) is (name != "allegra-k")


def test_a_partial_section_round_trips():
    data = {"currency": "USD", "risk": {"high_score": 70, "high_value_return": {"amount": "250"}}}
    policy = parse_policy(data)
    assert policy.risk.high_score == 70 and str(policy.risk.high_value_return.amount) == "250"
    assert policy.risk.serial_returner == RiskSettings().serial_returner
    stored = json.loads(json.dumps(policy_to_data(policy)))
    assert stored["risk"]["high_value_return"]["amount"] == "250"
    assert parse_policy(stored) == policy


@pytest.mark.parametrize(
    ("risk", "path"),
    [
        ({"hihg_score": 70}, ("risk", "hihg_score")),
        ({"serial_returner": {"rate": 50}}, ("risk", "serial_returner", "rate")),
        ({"high_value_return": {"amount": 500.0}}, ("risk", "high_value_return", "amount")),
        ({"blocklisted": {"weight": 101}}, ("risk", "blocklisted", "weight")),
        ({"on_high": "BAN"}, ("risk", "on_high")),
        (
            {"suspicious_email": {"disposable_domains": ["not a domain"]}},
            ("risk", "suspicious_email", "disposable_domains"),
        ),
    ],
)
def test_the_section_is_strict(risk, path):
    with pytest.raises(PolicyInvalid) as error:
        parse_policy({"currency": "USD", "risk": risk})
    assert [p for p, _, _ in error.value.errors] == [path]


def test_levels_and_consequences_must_be_ordered():
    with pytest.raises(PolicyInvalid):
        parse_policy({"currency": "USD", "risk": {"medium_score": 60, "high_score": 50}})
    with pytest.raises(PolicyInvalid):
        parse_policy({"currency": "USD", "risk": {"on_medium": "HOLD", "on_high": "NONE"}})


def test_domains_are_normalized():
    settings = RiskSettings.model_validate(
        {"suspicious_email": {"disposable_domains": [" @Burner.Example "]}}
    )
    assert settings.suspicious_email.disposable_domains == ("burner.example",)


def test_every_risk_setting_is_described_in_the_schema():
    schema = policy_json_schema()
    assert schema["properties"]["risk"]["description"]
    risk_defs = [
        name
        for name in schema["$defs"]
        if name in {"RiskSettings", "SerialReturner", "EarlyReturn"}
    ]
    assert len(risk_defs) == 3
    for name, definition in schema["$defs"].items():
        for key, prop in definition.get("properties", {}).items():
            assert prop.get("description"), f"{name}.{key}"


@pytest.mark.parametrize("name", PRESETS)
def test_the_public_page_never_mentions_risk_rules(name):
    policy = load_preset(name)
    changed = policy.model_copy(
        update={"risk": RiskSettings(high_score=80, on_medium="HOLD", on_high="HOLD")}
    )
    for fmt in ("markdown", "html"):
        page = render(policy, "Shop", "help@shop.example", fmt=fmt)
        assert render(changed, "Shop", "help@shop.example", fmt=fmt) == page
        # The store's own public words (Allegra K's abnormal-order conditions, "fraudulent and
        # false") are its page, not risk settings.
        for condition in policy.verification.conditions:
            page = page.replace(condition, "")
        lowered = page.lower()
        for word in ("fraud", "blocklist", "serial", "risk score", "wardrob", "disposable"):
            assert word not in lowered

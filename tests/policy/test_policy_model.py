"""The settings document: validation with paths, money as strings, the JSON Schema, presets."""

import json
import re
from decimal import Decimal

import jsonschema
import pytest

from plugin.policy.document import (
    PolicyInvalid,
    default_policy,
    dumps,
    parse_policy,
    policy_json_schema,
    policy_to_data,
)
from plugin.policy.model import Policy
from plugin.policy.presets import PRESETS, UnknownPreset, load_preset, preset_data, preset_notes

MINIMAL = {"currency": "USD", "returns": {"window": {"days": 30}}}


def errors_of(data):
    with pytest.raises(PolicyInvalid) as caught:
        parse_policy(data)
    return caught.value.errors


def test_minimal_document_gets_defaults():
    policy = parse_policy(MINIMAL)
    assert policy.returns.window.days == 30 and policy.returns.window.unit == "CALENDAR"
    assert policy.fees.flat_fee == Decimal("0") and policy.cancellation.enabled


def test_errors_carry_the_path_into_the_document():
    data = {
        "currency": "USD",
        "returns": {"window": {"days": 0, "unit": "WEEKS"}},
        "fees": {"flat_fee": 1.5},
        "colour": "blue",
        "shipping": {"regions": [{"name": "US", "countries": ["US"], "first_return": {"payer": "MERCHANT", "label_fee": "1"}}]},
    }
    found = {path: code for path, _, code in errors_of(data)}
    assert found[("returns", "window", "days")] == "GREATER_THAN_EQUAL"
    assert found[("returns", "window", "unit")] == "NOT_ALLOWED"
    assert found[("fees", "flat_fee")] == "INVALID"
    assert found[("colour",)] == "UNKNOWN_FIELD"
    assert found[("shipping", "regions", 0, "first_return")] == "INVALID"


def test_empty_document_is_the_default_policy():
    assert parse_policy({}) == Policy() == default_policy("USD")
    assert Policy().returns.window.days == 30 and Policy().returns.window.starts == "DELIVERY"
    assert default_policy("EUR").currency == "EUR"


def test_missing_required_fields_are_reported():
    found = {path: code for path, _, code in errors_of({"returns": {}, "exclusions": [{"label": "x"}]})}
    assert found == {
        ("returns", "window"): "REQUIRED",
        ("exclusions", 0, "category"): "REQUIRED",
        ("exclusions", 0, "match"): "REQUIRED",
    }


@pytest.mark.parametrize("amount", ["NaN", "Infinity", "-1", "1e3", "1.23456", "10000000000000", "", " "])
def test_bad_amounts_are_refused(amount):
    errors = errors_of({**MINIMAL, "fees": {"flat_fee": amount}})
    assert [p for p, _, _ in errors] == [("fees", "flat_fee")]


def test_floats_are_refused_with_a_hint():
    (path, message, _), = errors_of({**MINIMAL, "fees": {"flat_fee": 9.99}})
    assert path == ("fees", "flat_fee") and "decimal strings" in message


def test_percentages_stay_within_100():
    assert errors_of({**MINIMAL, "fees": {"restocking_percent": "100.01"}})
    assert parse_policy({**MINIMAL, "fees": {"restocking_percent": "15.5"}}).fees.restocking_percent == Decimal("15.5")


def test_unknown_currency_and_country_are_refused():
    assert [p for p, _, _ in errors_of({**MINIMAL, "currency": "XYZ"})] == [("currency",)]
    data = {**MINIMAL, "shipping": {"label_countries": ["USA"]}}
    assert [p for p, _, _ in errors_of(data)] == [("shipping", "label_countries", 0)]


def test_a_country_in_two_regions_is_refused():
    terms = {"payer": "CUSTOMER"}
    data = {**MINIMAL, "shipping": {"regions": [
        {"name": "Europe", "countries": ["EU"], "first_return": terms},
        {"name": "France", "countries": ["FR"], "first_return": terms},
    ]}}
    (path, message, _), = errors_of(data)
    assert path == ("shipping",) and "FR" in message


def test_nul_characters_are_refused():
    data = {**MINIMAL, "exclusions": [{"category": "OTHER", "label": "a\x00b", "match": {"tags": ["x"]}}]}
    assert [p for p, _, _ in errors_of(data)] == [("exclusions", 0, "label")]


def test_match_needs_a_criterion():
    data = {**MINIMAL, "exclusions": [{"category": "OTHER", "label": "Nothing", "match": {}}]}
    assert [p for p, _, _ in errors_of(data)] == [("exclusions", 0, "match")]


def test_policy_is_immutable():
    policy = parse_policy(MINIMAL)
    with pytest.raises(Exception):
        policy.currency = "EUR"  # type: ignore[misc]


def test_tags_are_lower_cased():
    data = {**MINIMAL, "exclusions": [{"category": "FINAL_SALE", "label": "Final sale", "match": {"tags": [" Final Sale "]}}]}
    assert parse_policy(data).exclusions[0].match.tags == ("final sale",)


def test_schema_is_valid_json_schema_with_descriptions():
    schema = policy_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    json.dumps(schema)
    fees = schema["$defs"]["Fees"]["properties"]["flat_fee"]
    assert fees["type"] == "string" and fees["pattern"] and fees["description"]

    def walk(node, path=""):
        if isinstance(node, dict):
            if "properties" in node:
                for key, prop in node["properties"].items():
                    assert prop.get("description"), f"{path}.{key} has no description"
                    # Title and description are the settings form's label and help, read by merchants:
                    # written, not the library's title-cased key ("Most Items Only"), and naming no key.
                    ref = prop.get("$ref", "").rpartition("/")[2]  # a title equal to its class's is left there
                    title, words = prop.get("title") or schema["$defs"].get(ref, {}).get("title", ""), prop["description"]
                    assert title and not re.fullmatch(r"(?:[A-Z][a-z]+ )+[A-Z][a-z]+", title), f"{path}.{key}: {title!r}"
                    assert not re.search(r"`|\b[a-z]+_[a-z_]+\b", title + " " + words), f"{path}.{key}: {title!r} {words!r}"
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for item in node:
                walk(item, path)

    walk(schema)


@pytest.mark.parametrize("name", PRESETS)
def test_each_preset_validates_against_the_schema(name):
    validator = jsonschema.Draft202012Validator(policy_json_schema())
    validator.validate(preset_data(name))
    validator.validate(policy_to_data(load_preset(name)))


def test_schema_rejects_what_the_model_rejects():
    validator = jsonschema.Draft202012Validator(policy_json_schema())
    assert not validator.is_valid({**MINIMAL, "fees": {"flat_fee": 9.99}})
    assert not validator.is_valid({**MINIMAL, "fees": {"flat_fee": "NaN"}})
    assert not validator.is_valid({**MINIMAL, "extra": 1})


@pytest.mark.parametrize("name", PRESETS)
def test_presets_round_trip(name):
    policy = load_preset(name)
    assert parse_policy(json.loads(dumps(policy))) == policy


@pytest.mark.parametrize("name", PRESETS)
def test_each_preset_explains_its_choices(name):
    notes = preset_notes(name)
    assert len(notes.splitlines()) > 5


def test_alotrop_notes_justify_the_refund_time():
    notes = preset_notes("alotrop")
    assert "4–9" in notes and "5–10" in notes and "more favourable to the customer" in notes
    refund = load_preset("alotrop").refund
    assert (refund.processing.min_days, refund.processing.max_days) == (4, 9)
    assert (refund.typical_arrival.min_days, refund.typical_arrival.max_days) == (5, 10)


def test_unknown_preset():
    with pytest.raises(UnknownPreset):
        load_preset("nope")

"""The `resolutions` settings of issue 24: validated (userErrors with paths), versioned, rendered on
the policy page, linted; presets keep their seeds' word on exchanges."""

from __future__ import annotations

import pytest

from plugin.policy import lint, load_preset, parse_policy, render
from tests.helpers import admin, gql_ok, make_shop

SAVE = """mutation($d: JSON!) { policyUpdate(document: $d) { policyVersion { number } userErrors { field code message } } }"""


def _doc(**resolutions) -> dict:
    from plugin.policy import default_policy, policy_to_data

    data = policy_to_data(default_policy("USD"))
    data["resolutions"].update(resolutions)
    return data


@pytest.mark.db
async def test_invalid_terms_come_back_as_user_errors_with_paths_and_valid_ones_are_a_new_version(client):
    shop = await make_shop()
    bad = _doc(exchange_terms={"out_of_stock": "CASH", "stock_buffer": -1},
               store_credit_terms={"bonus_percent": "150"}, by_reason=[{"reasons": ["BORED"], "allowed": ["REFUND"]}])
    errors = gql_ok(await admin(client, shop, SAVE, {"d": bad}))["policyUpdate"]["userErrors"]
    fields = {tuple(e["field"]) for e in errors}
    assert ("document", "resolutions", "exchange_terms", "out_of_stock") in fields
    assert ("document", "resolutions", "exchange_terms", "stock_buffer") in fields
    assert ("document", "resolutions", "store_credit_terms", "bonus_percent") in fields
    assert ("document", "resolutions", "by_reason", "0", "reasons", "0") in fields
    good = _doc(exchange="ALWAYS", store_credit="ALWAYS", store_credit_terms={"bonus_percent": "10", "bonus_cap": "20",
                                                                              "expires_after_days": 365})
    saved = gql_ok(await admin(client, shop, SAVE, {"d": good}))["policyUpdate"]
    assert saved["userErrors"] == [] and saved["policyVersion"]["number"] == 1
    document = gql_ok(await admin(client, shop, "{ policy { version document } }"))["policy"]["document"]
    assert document["resolutions"]["store_credit_terms"]["bonus_percent"] == "10"
    schema = gql_ok(await admin(client, shop, "{ policySchema }"))["policySchema"]
    assert "exchange_terms" in str(schema) and "store_credit_terms" in str(schema)


def test_the_page_says_the_exchange_and_credit_terms():
    policy = parse_policy(_doc(
        exchange="ALWAYS", store_credit="ALWAYS",
        exchange_terms={"scope": "ANY_PRODUCT", "higher_price": "CUSTOMER_PAYS", "out_of_stock": "STORE_CREDIT",
                        "instant_up_to": "80"},
        store_credit_terms={"bonus_percent": "10", "bonus_flat": "5", "bonus_cap": "20", "expires_after_days": 365},
        by_reason=[{"reasons": ["DAMAGED", "DEFECTIVE"], "allowed": ["REFUND", "REPLACEMENT"]}],
    ))
    page = render(policy, "Shop", "help@shop.example")
    assert "You can exchange an item for any other product of ours." in page
    assert "If the new item costs more, you pay the difference by an invoice we send you." in page
    assert "if your choice sells out before we ship it, you get store credit for it instead." in page
    assert "we add a bonus of 10% of the credited value plus $5.00, up to $20.00." in page
    assert "Store credit expires 365 days after it is issued." in page
    assert "Store credit can't be exchanged for cash." in page
    assert "For exchanges worth up to $80.00, we may ship the new item before your return reaches us" in page
    assert "For a return because of damaged or defective, you can choose a refund or a replacement." in page


def test_lint_flags_terms_that_can_never_apply():
    def codes(**resolutions):
        return {w.code: w.severity for w in lint(parse_policy(_doc(**resolutions)))}

    assert codes(store_credit_terms={"bonus_percent": "10"})["STORE_CREDIT_BONUS_WITHOUT_CREDIT"] == "warning"
    assert codes(by_reason=[{"reasons": ["UNWANTED"], "allowed": ["EXCHANGE"]}])["REASON_RESOLUTIONS_NOT_OFFERED"] == "error"
    assert codes(exchange="ALWAYS", by_reason=[{"reasons": ["UNWANTED"], "allowed": ["EXCHANGE", "STORE_CREDIT"]}])[
        "REASON_RESOLUTION_NOT_OFFERED"] == "warning"
    clean = codes(exchange="ALWAYS", store_credit="ALWAYS", store_credit_terms={"bonus_percent": "10"})
    assert not {"STORE_CREDIT_BONUS_WITHOUT_CREDIT", "REASON_RESOLUTIONS_NOT_OFFERED"} & set(clean)


def test_presets_keep_their_seeds_word_on_exchanges():
    assert load_preset("alltrendsusa").resolutions.exchange == "MERCHANT_AT_FAULT"
    assert load_preset("alltrendsusa").resolutions.exchange_terms.changeable_options == ("Color", "Size")
    for name in ("alotrop", "allegra-k"):
        policy = load_preset(name)
        assert policy.resolutions.exchange == "NEVER" and policy.resolutions.reorder_hint
        page = render(policy, "Shop", "help@shop.example")
        assert "We currently do not offer direct exchanges." in page and "You can exchange an item" not in page

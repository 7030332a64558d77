"""A shop that takes back only damaged, defective or wrong items (`returns.only_at_fault`), over HTTP: the
storefront's listing, a request for a change of mind and one for a fault, EU withdrawal, the policy page, its
figures and JSON-LD, and a document that could take nothing back refused."""

from __future__ import annotations

import json

import pytest

from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import EMAIL, apply_preset, change_policy, delivered_order, request_return

LINES = """query($n: String, $e: String) { order(name: $n, email: $e) {
  returnableLines { allowed faultOverrideAvailable reasons { code message } } } }"""
POLICY = """{ returnPolicy { markdown jsonLd figures { returnsEnabled returnsOnlyAtFault returnWindowDays } } }"""
SAVE = """mutation($d: JSON!) { policyUpdate(document: $d) { policyVersion { number } userErrors { field code message } } }"""


def only_at_fault(document: dict) -> None:
    document["returns"]["only_at_fault"] = True
    document["fault"]["reasons"] = ["DAMAGED", "DEFECTIVE", "WRONG_ITEM"]
    document["fault"]["photos_min"] = 0
    document["requirements"]["photos_min"] = 0


def refusals(answer: dict) -> list[str]:
    return [r["code"] for r in answer["decision"]["reasons"]]


@pytest.fixture
async def shop(client, db):
    shop = await make_shop(support_email="help@shop.example")
    await apply_preset(client, shop, "ALLTRENDSUSA")
    await change_policy(client, shop, only_at_fault)
    return shop


async def test_a_change_of_mind_is_refused_and_a_fault_may_still_come_back(client, shop):
    await delivered_order(shop, name="#1001", days_ago=3)
    line = gql_ok(await storefront(client, shop, LINES, {"n": "#1001", "e": EMAIL}))["order"]["returnableLines"][0]
    assert not line["allowed"] and line["faultOverrideAvailable"]
    assert line["reasons"] == [{"code": "RETURNS_ONLY_AT_FAULT",
                                "message": "Only items that are damaged, defective or wrong (sent incorrectly) can be returned."}]
    spanish = gql_ok(await storefront(client, shop, LINES, {"n": "#1001", "e": EMAIL},
                                      headers={"Accept-Language": "es"}))["order"]["returnableLines"][0]
    assert spanish["reasons"][0]["message"] == (
        "Solo se pueden devolver los artículos que lleguen dañado, defectuoso o equivocado (enviado por error).")


async def test_a_request_for_a_fault_is_taken_and_one_for_a_change_of_mind_is_not(client, shop):
    _, line = await delivered_order(shop, name="#1001", days_ago=3)
    unwanted = await request_return(client, shop, line, reason="UNWANTED")
    assert unwanted["return"] is None and not unwanted["decision"]["allowed"]
    assert refusals(unwanted) == ["RETURNS_ONLY_AT_FAULT"]
    damaged = await request_return(client, shop, line, reason="DAMAGED")
    assert damaged["userErrors"] == [] and damaged["decision"]["allowed"] and damaged["return"]["id"]


async def test_past_the_window_a_fault_is_refused_too(client, shop):
    _, line = await delivered_order(shop, name="#1001", days_ago=60)
    damaged = await request_return(client, shop, line, reason="DAMAGED")
    assert damaged["return"] is None and refusals(damaged) == ["RETURN_PERIOD_ENDED"]


async def test_an_eu_consumer_withdraws_for_any_reason_within_the_withdrawal_period_only(client, shop):
    def eu(document: dict) -> None:
        document["eu"].update(enabled=True, withdrawal_days=14)
        document["returns"]["window"]["days"] = 60
    await change_policy(client, shop, eu)
    _, recent = await delivered_order(shop, name="#1001", days_ago=5, country="DE")
    assert (await request_return(client, shop, recent, reason="UNWANTED", order_name="#1001"))["decision"]["allowed"]
    _, older = await delivered_order(shop, name="#1002", days_ago=20, country="DE")
    late = await request_return(client, shop, older, reason="UNWANTED", order_name="#1002")
    assert late["return"] is None and refusals(late) == ["RETURN_PERIOD_ENDED"]
    assert (await request_return(client, shop, older, reason="DAMAGED", order_name="#1002"))["decision"]["allowed"]


async def test_the_page_its_figures_and_its_search_data_say_only_faults_come_back(client, shop):
    data = gql_ok(await storefront(client, shop, POLICY))["returnPolicy"]
    assert "accepts returns only of items that are damaged, defective or wrong (sent incorrectly), within 30 days" in data["markdown"]
    assert "does not accept returns" not in data["markdown"]
    assert data["figures"] == {"returnsEnabled": True, "returnsOnlyAtFault": True, "returnWindowDays": 30}
    standard = json.loads(data["jsonLd"])["hasMerchantReturnPolicy"][0]
    assert standard["returnPolicyCategory"] == "https://schema.org/MerchantReturnNotPermitted"
    assert "unless the item arrived damaged, defective or wrong" in standard["description"]


async def test_a_policy_that_could_take_nothing_back_is_refused_and_nothing_is_saved(client, shop):
    document = gql_ok(await admin(client, shop, "{ policy { document version } }"))["policy"]
    before = document["version"]
    changed = {**document["document"], "fault": {**document["document"]["fault"], "reasons": []}}
    saved = gql_ok(await admin(client, shop, SAVE, {"d": changed}))["policyUpdate"]
    assert saved["policyVersion"] is None
    assert [e["code"] for e in saved["userErrors"]] == ["INVALID"]
    assert "at least one return reason must be a fault" in saved["userErrors"][0]["message"]
    after = gql_ok(await admin(client, shop, "{ policy { version } }"))["policy"]["version"]
    assert after == before


async def test_lint_points_a_shop_with_returns_off_but_fault_terms_to_the_setting(client, db):
    shop = await make_shop()
    await apply_preset(client, shop, "ALLTRENDSUSA")

    def closed_with_fault_terms(document: dict) -> None:
        document["returns"]["enabled"] = False
        document["fault"]["photos_min"] = 1
    await change_policy(client, shop, closed_with_fault_terms)
    warnings = gql_ok(await admin(client, shop, "{ policy { lintWarnings { code message } } }"))["policy"]["lintWarnings"]
    found = [w["message"] for w in warnings if w["code"] == "FAULT_TERMS_WITH_RETURNS_OFF"]
    assert found and "Only damaged, defective or wrong items" in found[0]

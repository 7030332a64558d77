"""The policy as search data: MerchantReturnPolicy JSON-LD through the storefront API and the public URL.

`google_problems` encodes what Google's structured-data documentation for return policies
(developers.google.com/search/docs/appearance/structured-data/return-policy, organization level)
lists: the required properties, the conditionally required ones, the recommended ones with the
enumeration values each takes, and the types of the monetary ones. Every preset's document must
pass it, and the document must follow the policy version in force.
"""

from decimal import Decimal

import pytest

from plugin.policy.presets import PRESETS, preset_data
from tests.helpers import admin, gql_ok, make_shop, storefront

S = "https://schema.org/"

# Google: required on every MerchantReturnPolicy.
REQUIRED = ("applicableCountry", "returnPolicyCategory")
# returnPolicyCategory values Google accepts.
CATEGORIES = {S + "MerchantReturnFiniteReturnWindow", S + "MerchantReturnNotPermitted", S + "MerchantReturnUnlimitedWindow"}
# Recommended properties with a closed set of values (Google's lists).
ENUMS = {
    "returnMethod": {S + "ReturnAtKiosk", S + "ReturnByMail", S + "ReturnInStore"},
    "returnFees": {S + "FreeReturn", S + "ReturnFeesCustomerResponsibility", S + "ReturnShippingFees"},
    "customerRemorseReturnFees": {S + "FreeReturn", S + "ReturnFeesCustomerResponsibility", S + "ReturnShippingFees"},
    "itemDefectReturnFees": {S + "FreeReturn", S + "ReturnFeesCustomerResponsibility", S + "ReturnShippingFees"},
    "returnLabelSource": {S + "ReturnLabelCustomerResponsibility", S + "ReturnLabelDownloadAndPrint", S + "ReturnLabelInBox"},
    "customerRemorseReturnLabelSource": {S + "ReturnLabelCustomerResponsibility", S + "ReturnLabelDownloadAndPrint", S + "ReturnLabelInBox"},
    "itemDefectReturnLabelSource": {S + "ReturnLabelCustomerResponsibility", S + "ReturnLabelDownloadAndPrint", S + "ReturnLabelInBox"},
    "refundType": {S + "ExchangeRefund", S + "FullRefund", S + "StoreCreditRefund"},
    "itemCondition": {S + "DamagedCondition", S + "NewCondition", S + "RefurbishedCondition", S + "UsedCondition"},
}
# Each fee kind that says "the customer is charged" needs its amount (a MonetaryAmount).
AMOUNT_OF = {
    "returnFees": "returnShippingFeesAmount",
    "customerRemorseReturnFees": "customerRemorseReturnShippingFeesAmount",
    "itemDefectReturnFees": "itemDefectReturnShippingFeesAmount",
}
# Every property Google documents for an organization's return policy (anything else is ignored by
# Google; we allow only schema.org's generic name/description/additionalProperty/@id on top).
DOCUMENTED = {
    *REQUIRED, *ENUMS, *AMOUNT_OF.values(), "merchantReturnDays", "merchantReturnLink", "restockingFee",
    "returnPolicyCountry", "returnPolicySeasonalOverride",
}
GENERIC = {"@type", "@id", "name", "description", "additionalProperty"}
MAX_COUNTRIES = 50


def _money_problems(where: str, value) -> list[str]:
    if not isinstance(value, dict) or value.get("@type") != "MonetaryAmount":
        return [f"{where} is not a MonetaryAmount"]
    problems = []
    try:
        if Decimal(str(value.get("value"))) < 0:
            problems.append(f"{where} is negative")
    except ArithmeticError:
        problems.append(f"{where}.value is not a number")
    if not (isinstance(value.get("currency"), str) and len(value["currency"]) == 3):
        problems.append(f"{where}.currency is not an ISO 4217 code")
    return problems


def _country_problems(where: str, value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    problems = [f"{where}: {v!r} is not an ISO 3166-1 alpha-2 code" for v in values
                if not (isinstance(v, str) and len(v) == 2 and v.isupper())]
    if not values or len(values) > MAX_COUNTRIES:
        problems.append(f"{where}: {len(values)} countries (1 to {MAX_COUNTRIES})")
    return problems


def policy_problems(p: dict, where: str) -> list[str]:
    problems = [f"{where}: {key} is not a documented property" for key in p if key not in DOCUMENTED | GENERIC]
    if p.get("@type") != "MerchantReturnPolicy":
        problems.append(f"{where}: @type is not MerchantReturnPolicy")
    problems += [f"{where}: {key} is required" for key in REQUIRED if key not in p]
    problems += _country_problems(f"{where}.applicableCountry", p.get("applicableCountry", []))
    category = p.get("returnPolicyCategory")
    if category not in CATEGORIES:
        problems.append(f"{where}: returnPolicyCategory {category!r} is not one of Google's values")
    if category == S + "MerchantReturnFiniteReturnWindow":
        days = p.get("merchantReturnDays")
        if not (isinstance(days, int) and not isinstance(days, bool) and days > 0):
            problems.append(f"{where}: a finite window needs merchantReturnDays, a positive whole number")
    if category == S + "MerchantReturnNotPermitted":
        allowed = GENERIC | set(REQUIRED) | {"merchantReturnLink", "returnPolicyCountry"}
        problems += [f"{where}: {key} means nothing when returns are not permitted" for key in p if key not in allowed]
    else:
        # Recommended, and what a shopper is shown: how, and who pays.
        for key in ("returnMethod", "returnPolicyCountry"):
            if key not in p:
                problems.append(f"{where}: {key} is missing")
        if "returnFees" not in p and not {"customerRemorseReturnFees", "itemDefectReturnFees"} <= set(p):
            problems.append(f"{where}: returnFees (or both customerRemorse/itemDefect fees) missing")
    if "returnPolicyCountry" in p:
        problems += _country_problems(f"{where}.returnPolicyCountry", p["returnPolicyCountry"])
    for key, allowed in ENUMS.items():
        if key in p:
            values = p[key] if isinstance(p[key], list) else [p[key]]
            problems += [f"{where}: {key} {v!r} is not one of Google's values" for v in values if v not in allowed]
    for fees, amount in AMOUNT_OF.items():
        if p.get(fees) == S + "ReturnShippingFees":
            problems += [f"{where}: {amount} is required with ReturnShippingFees"] if amount not in p else \
                _money_problems(f"{where}.{amount}", p[amount])
        elif amount in p:
            problems.append(f"{where}: {amount} given without {fees} = ReturnShippingFees")
    if "restockingFee" in p:
        fee = p["restockingFee"]
        if isinstance(fee, dict):
            problems += _money_problems(f"{where}.restockingFee", fee)
        elif isinstance(fee, bool) or not isinstance(fee, (int, str)) or not (0 <= Decimal(str(fee)) <= 100):
            problems.append(f"{where}: restockingFee is neither a MonetaryAmount nor a percentage")
    link = p.get("merchantReturnLink")
    if link is not None and not (isinstance(link, str) and link.startswith(("https://", "http://"))):
        problems.append(f"{where}: merchantReturnLink is not a URL")
    return problems


def google_problems(document: dict) -> list[str]:
    problems = []
    if document.get("@context") not in ("https://schema.org", "https://schema.org/"):
        problems.append("@context is not schema.org")
    if document.get("@type") not in ("Organization", "OnlineStore", "OnlineBusiness", "LocalBusiness", "Store"):
        problems.append("the policies are not under an Organization")
    policies = document.get("hasMerchantReturnPolicy")
    if not policies:
        return problems + ["no hasMerchantReturnPolicy"]
    for i, p in enumerate(policies if isinstance(policies, list) else [policies]):
        problems += policy_problems(p, f"policy[{i}]")
    ids = [p.get("@id") for p in policies]
    if len(set(ids)) != len(ids):
        problems.append("two policies share an @id")
    return problems


def test_the_validator_catches_what_google_would_refuse():
    good = {"@type": "MerchantReturnPolicy", "applicableCountry": ["US"], "returnPolicyCategory": S + "MerchantReturnFiniteReturnWindow",
            "merchantReturnDays": 30, "returnMethod": S + "ReturnByMail", "returnFees": S + "FreeReturn", "returnPolicyCountry": "US"}
    doc = {"@context": "https://schema.org", "@type": "OnlineStore", "hasMerchantReturnPolicy": [good]}
    assert google_problems(doc) == []
    for broken in ({**good, "merchantReturnDays": None}, {**good, "returnFees": S + "Free"},
                   {**good, "returnFees": S + "ReturnShippingFees"}, {**good, "applicableCountry": ["USA"]},
                   {k: v for k, v in good.items() if k != "returnPolicyCategory"}, {**good, "returnWindow": 3}):
        assert google_problems({**doc, "hasMerchantReturnPolicy": [broken]}), broken


JSON_LD = "{ returnPolicy { version jsonLd jsonLdUrl } }"
APPLY = "mutation($p: PolicyPreset!) { policyApplyPreset(preset: $p) { policy { version } userErrors { code } } }"
UPDATE = "mutation($d: JSON!) { policyUpdate(document: $d) { policy { version } userErrors { field code message } } }"
PRESET_ENUM = {"alotrop": "ALOTROP", "alltrendsusa": "ALLTRENDSUSA", "allegra-k": "ALLEGRA_K"}


async def _served(client, shop):
    import json

    data = gql_ok(await storefront(client, shop, JSON_LD))["returnPolicy"]
    response = await client.get(f"/policy/{shop.domain}/return-policy.jsonld")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/ld+json")
    assert response.text == data["jsonLd"], "the URL serves the storefront field byte for byte"
    assert data["jsonLdUrl"].endswith(f"/policy/{shop.domain}/return-policy.jsonld")
    return json.loads(data["jsonLd"]), response


@pytest.mark.parametrize("preset", PRESETS)
async def test_each_preset_validates_and_says_what_the_rules_say(client, db, preset):
    shop = await make_shop()
    gql_ok(await admin(client, shop, APPLY, {"p": PRESET_ENUM[preset]}))
    document, _ = await _served(client, shop)
    assert google_problems(document) == []
    policies = document["hasMerchantReturnPolicy"]
    data = preset_data(preset)
    standard = [p for p in policies if p["returnPolicyCategory"] == S + "MerchantReturnFiniteReturnWindow"]
    assert standard and all(p["merchantReturnDays"] == data["returns"]["window"]["days"] for p in standard)
    assert all(p["merchantReturnLink"].endswith(f"/portal/{shop.domain}#/policy") for p in policies)
    excluded = [p for p in policies if p["returnPolicyCategory"] == S + "MerchantReturnNotPermitted"]
    assert [p["name"] for p in excluded] == [e["label"] for e in data.get("exclusions", [])]
    for exclusion, entry in zip(data.get("exclusions", []), excluded):
        tags = {v["value"] for v in entry["additionalProperty"] if v["name"] == "productTag"}
        assert tags == set(exclusion["match"].get("tags", []))


async def test_allegra_k_terms_by_region(client, db):
    shop = await make_shop(country="US")
    gql_ok(await admin(client, shop, APPLY, {"p": "ALLEGRA_K"}))
    document, _ = await _served(client, shop)
    by_country = {tuple(p["applicableCountry"]): p for p in document["hasMerchantReturnPolicy"]}
    us = by_country[("US",)]
    assert us["returnFees"] == S + "FreeReturn" and us["returnLabelSource"] == S + "ReturnLabelDownloadAndPrint"
    ca_jp = by_country[("CA", "JP")]
    assert ca_jp["returnFees"] == S + "ReturnFeesCustomerResponsibility"
    eu = next(p for key, p in by_country.items() if "DE" in key)
    assert len(eu["applicableCountry"]) == 27


async def test_it_follows_the_policy_version_and_the_etag_changes(client, db):
    shop = await make_shop()
    before, first = await _served(client, shop)  # the defaults: 30 days, customer pays
    assert google_problems(before) == []
    assert before["hasMerchantReturnPolicy"][0]["merchantReturnDays"] == 30
    etag = first.headers["etag"]
    assert "max-age" in first.headers["cache-control"] and first.headers["access-control-allow-origin"] == "*"
    again = await client.get(f"/policy/{shop.domain}/return-policy.jsonld", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.headers["etag"] == etag and again.content == b""

    document = {
        "returns": {"window": {"days": 10, "unit": "BUSINESS"}},
        "fees": {"restocking_percent": "15"},
        "refund": {"method": "CUSTOMER_CHOICE"},
        "resolutions": {"exchange": "ALWAYS"},
        "shipping": {"default": {"payer": "CUSTOMER", "label_fee": "5.50"}, "label_countries": ["US"]},
        "product_rules": [{"label": "Swimwear", "match": {"product_types": ["Swimwear"]}, "exchange_only": True}],
        "exclusions": [{"category": "FINAL_SALE", "label": "Final sale", "match": {"tags": ["final-sale"]}}],
    }
    gql_ok(await admin(client, shop, UPDATE, {"d": document}))
    after, response = await _served(client, shop)
    assert google_problems(after) == []
    assert response.headers["etag"] != etag
    changed = await client.get(f"/policy/{shop.domain}/return-policy.jsonld", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    main, final, rule = after["hasMerchantReturnPolicy"]
    assert main["merchantReturnDays"] == 12  # 10 business days last at least 12 calendar days
    assert main["restockingFee"] == 15
    assert main["returnFees"] == S + "ReturnShippingFees"
    assert main["returnShippingFeesAmount"] == {"@type": "MonetaryAmount", "value": "5.50", "currency": "USD"}
    assert set(main["refundType"]) == {S + "FullRefund", S + "StoreCreditRefund", S + "ExchangeRefund"}
    assert rule["name"] == "Swimwear" and rule["refundType"] == [S + "ExchangeRefund"]
    assert rule["additionalProperty"] == [{"@type": "PropertyValue", "name": "productType", "value": "swimwear"}]
    assert final["returnPolicyCategory"] == S + "MerchantReturnNotPermitted"

    gql_ok(await admin(client, shop, UPDATE, {"d": {"returns": {"enabled": False, "window": {"days": 30}}}}))
    closed, _ = await _served(client, shop)
    assert google_problems(closed) == []
    assert closed["hasMerchantReturnPolicy"][0]["returnPolicyCategory"] == S + "MerchantReturnNotPermitted"


async def test_unknown_or_uninstalled_shops_have_none(client, db):
    from datetime import datetime, timezone

    assert (await client.get("/policy/nobody.myshopify.com/return-policy.jsonld")).status_code == 404
    assert (await client.get("/policy/NOT A DOMAIN/return-policy.jsonld")).status_code == 404
    shop = await make_shop()
    shop.uninstalled_at = datetime.now(timezone.utc)
    await shop.save()
    assert (await client.get(f"/policy/{shop.domain}/return-policy.jsonld")).status_code == 404


async def test_returns_only_for_faults_are_no_return_but_for_the_eu_right_of_withdrawal(client, db):
    shop = await make_shop(country="US")
    gql_ok(await admin(client, shop, APPLY, {"p": "ALLEGRA_K"}))
    document = preset_data("allegra-k")
    document["returns"]["only_at_fault"] = True
    document["eu"]["enabled"] = True
    saved = gql_ok(await admin(client, shop, UPDATE, {"d": document}))["policyUpdate"]
    assert saved["userErrors"] == []
    served, _ = await _served(client, shop)
    assert google_problems(served) == []
    by_country = {tuple(p["applicableCountry"]): p for p in served["hasMerchantReturnPolicy"]}
    us = by_country[("US",)]
    assert us["returnPolicyCategory"] == S + "MerchantReturnNotPermitted" and "merchantReturnDays" not in us
    assert us["description"] == "Not returnable, unless the item arrived damaged, defective or wrong."
    eu = next(p for key, p in by_country.items() if "DE" in key)  # a change of mind comes back by the right of withdrawal
    assert eu["returnPolicyCategory"] == S + "MerchantReturnFiniteReturnWindow" and eu["merchantReturnDays"] == 14

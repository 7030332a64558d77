"""Quotes show every resolution side by side; a customer picks an in-stock variant; the request
stores the choice with the policy version (issue 24), through the storefront over HTTP."""

from __future__ import annotations

import pytest

from models.catalog import ProductVariant
from models.returns import Return, ReturnLine
from plugin.api.ids import to_gid
from datetime import timedelta

from tests.exchanges.shapes import NOW, EMAIL, inventory_level, shirt_order
from tests.helpers import admin, gql_ok, make_shop, send_webhook, storefront
from tests.lifecycle.builders import EVERY_CONDITION, change_policy

pytestmark = pytest.mark.db

QUOTE = """mutation($i: ReturnRequestInput!) { returnQuote(input: $i) { quote {
  allowed resolution policyVersion reasons { code message }
  refund { total { amount currencyCode } }
  options { resolution offered summary amount { amount currencyCode } bonus { amount } bonusPercent expiresOn
            difference { amount } differenceHandling
            lines { lineId variantId title inStock price { amount } difference { amount } options { name value } } } }
  userErrors { field code message } } }"""

REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id resolution policyVersion decision { resolution options { resolution offered summary } } }
  decision { allowed reasons { code } }
  userErrors { field code message } } }"""

VARIANTS = """query($l: ID!, $n: String, $e: String) { exchangeVariants(lineId: $l, orderName: $n, email: $e) {
  id title available options { name value } price { amount } priceDifference { amount } } }"""


def offers_everything(document):
    document["resolutions"].update({
        "exchange": "ALWAYS", "store_credit": "ALWAYS",
        "exchange_terms": {"scope": "SAME_PRODUCT", "changeable_options": ["Size"], "stock_buffer": 1,
                           "higher_price": "CUSTOMER_PAYS", "lower_price": "REFUND_REST", "out_of_stock": "STORE_CREDIT"},
        "store_credit_terms": {"bonus_percent": "10", "bonus_flat": "0", "bonus_cap": "50", "expires_after_days": 365},
    })
    document["fees"]["restocking_percent"] = "0"
    document["refund"]["original_shipping"] = "NEVER"
    document["shipping"]["return_addresses"] = [{"name": "Main", "rest_of_world": True, "recipient": "Returns", "address1": "1 Dock St",
                                                 "city": "Newark", "province": "NJ", "zip": "07114", "country": "US"}]


def request(line_gid, resolution="REFUND", variant=None, **extra):
    line = {"lineId": line_gid, "quantity": 1, "reason": "SIZE_TOO_SMALL", "condition": EVERY_CONDITION}
    if variant:
        line["exchangeVariantId"] = variant
    return {"orderName": "#1001", "email": EMAIL, "proofOfPurchase": "INV-1", "resolution": resolution, "lines": [line], **extra}


async def _variant_gid(shop, platform_id):
    return to_gid("ProductVariant", (await ProductVariant.get(shop_id=shop.id, platform_id=platform_id)).id)


async def _shop(client):
    shop = await make_shop()
    await change_policy(client, shop, offers_everything)
    return shop


async def test_the_quote_shows_refund_credit_with_bonus_and_exchange_side_by_side(client):
    shop = await _shop(client)
    _, line = await shirt_order(shop, stock={"M-Black": 4, "L-Black": 1})
    medium = await _variant_gid(shop, "700101")
    body = gql_ok(await storefront(client, shop, QUOTE, {"i": request(line, "EXCHANGE", medium)}))["returnQuote"]
    assert body["userErrors"] == []
    quote = body["quote"]
    assert quote["allowed"] and quote["refund"]["total"]["amount"] == "40.00"
    by = {o["resolution"]: o for o in quote["options"]}
    assert [o["resolution"] for o in quote["options"]] == ["REFUND", "STORE_CREDIT", "EXCHANGE"]
    assert by["REFUND"]["summary"] == "Refund $40.00" and by["REFUND"]["offered"]
    assert by["STORE_CREDIT"]["amount"]["amount"] == "44.00" and by["STORE_CREDIT"]["bonus"]["amount"] == "4.00"
    assert by["STORE_CREDIT"]["summary"] == "Store credit $44.00 (+10%)" and by["STORE_CREDIT"]["expiresOn"]
    assert by["EXCHANGE"]["summary"] == "Exchange for M / Black (in stock)" and by["EXCHANGE"]["offered"]
    assert by["EXCHANGE"]["lines"][0]["variantId"] == medium and by["EXCHANGE"]["lines"][0]["difference"]["amount"] == "0.00"
    assert by["EXCHANGE"]["differenceHandling"] is None
    # Before the customer picks a size, the exchange option says what it is and needs a choice.
    plain = gql_ok(await storefront(client, shop, QUOTE, {"i": request(line)}))["returnQuote"]["quote"]
    assert plain["options"][2]["summary"] == "Exchange for another size or colour" and plain["options"][2]["lines"] == []


async def test_the_options_read_in_the_customers_language(client):
    shop = await _shop(client)
    _, line = await shirt_order(shop, stock={"M-Black": 4})
    medium = await _variant_gid(shop, "700101")
    said = {}
    for lang in ("es", "de"):
        for choice in (request(line, "EXCHANGE", medium), request(line)):
            quote = gql_ok(await storefront(client, shop, QUOTE, {"i": choice}, headers={"Accept-Language": lang}))["returnQuote"]["quote"]
            said.setdefault(lang, []).extend(o["summary"] for o in quote["options"])
    assert said["es"] == ["Reembolso de $40.00", "Crédito en tienda de $44.00 (+10%)", "Cambio por M / Black (disponible)",
                          "Reembolso de $40.00", "Crédito en tienda de $44.00 (+10%)", "Cambio por otra talla o color"]
    assert said["de"] == ["Erstattung von $40.00", "Guthaben von $44.00 (+10%)", "Umtausch gegen M / Black (vorrätig)",
                          "Erstattung von $40.00", "Guthaben von $44.00 (+10%)", "Umtausch gegen eine andere Größe oder Farbe"]


async def test_exchange_variants_lists_only_what_may_change_in_stock_above_the_buffer(client):
    shop = await _shop(client)  # buffer 1: a variant is offered while more than 1 is available
    _, line = await shirt_order(shop, stock={"M-Black": 4, "L-Black": 1, "M-White": 9}, colours=("Black", "White"))
    found = gql_ok(await storefront(client, shop, VARIANTS, {"l": line, "n": "#1001", "e": EMAIL}))["exchangeVariants"]
    # Only Size may change (not Color); the returned S itself is not offered; L has 1 left: held back.
    assert [v["title"] for v in found] == ["M / Black"]
    assert found[0]["available"] == 4 and found[0]["priceDifference"]["amount"] == "0.00"
    assert found[0]["options"] == [{"name": "Size", "value": "M"}, {"name": "Color", "value": "Black"}]
    # Live: stock reported by the platform changes the answer at once.
    await send_webhook(client, shop, "inventory_levels/update", inventory_level(9700102, 6), event_id="i1")
    await send_webhook(client, shop, "inventory_levels/update", inventory_level(9700101, 1), event_id="i2")
    found = gql_ok(await storefront(client, shop, VARIANTS, {"l": line, "n": "#1001", "e": EMAIL}))["exchangeVariants"]
    assert [v["title"] for v in found] == ["L / Black"]
    # Not your order: null.
    assert gql_ok(await storefront(client, shop, VARIANTS, {"l": line, "n": "#1001", "e": "x@example.com"}))["exchangeVariants"] is None


async def test_price_rules_and_the_difference_in_the_quote(client):
    shop = await _shop(client)
    _, line = await shirt_order(shop, prices={"M-Black": "46.50", "L-Black": "35.00"})
    found = gql_ok(await storefront(client, shop, VARIANTS, {"l": line, "n": "#1001", "e": EMAIL}))["exchangeVariants"]
    assert {v["title"]: v["priceDifference"]["amount"] for v in found} == {"M / Black": "6.50", "L / Black": "-5.00"}
    medium = await _variant_gid(shop, "700101")
    option = gql_ok(await storefront(client, shop, QUOTE, {"i": request(line, "EXCHANGE", medium)}))["returnQuote"]["quote"]["options"][2]
    assert option["difference"]["amount"] == "6.50" and option["differenceHandling"] == "CUSTOMER_PAYS"
    assert option["summary"] == "Exchange for M / Black (in stock), you pay $6.50 more"

    def no_dearer(document):
        document["resolutions"]["exchange_terms"]["higher_price"] = "NOT_ALLOWED"

    await change_policy(client, shop, no_dearer)
    found = gql_ok(await storefront(client, shop, VARIANTS, {"l": line, "n": "#1001", "e": EMAIL}))["exchangeVariants"]
    assert [v["title"] for v in found] == ["L / Black"]
    refused = gql_ok(await storefront(client, shop, QUOTE, {"i": request(line, "EXCHANGE", medium)}))["returnQuote"]
    assert refused["userErrors"][0]["code"] == "EXCHANGE_VARIANT_NOT_ALLOWED"


async def test_request_stores_the_choice_and_a_sold_out_variant_is_a_user_error(client):
    shop = await _shop(client)
    _, line = await shirt_order(shop, stock={"M-Black": 2})
    medium = await _variant_gid(shop, "700101")
    # Sold out meanwhile (down to the buffer): the request is refused as data, nothing written.
    await send_webhook(client, shop, "inventory_levels/update",
                       inventory_level(9700101, 1, updated_at=NOW - timedelta(minutes=1)), event_id="i1")
    gone = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    assert gone["return"] is None
    assert gone["userErrors"] == [{"field": ["input", "lines", "0", "exchangeVariantId"], "code": "EXCHANGE_VARIANT_UNAVAILABLE",
                                   "message": "M / Black is no longer in stock"}]
    assert await Return.filter(shop_id=shop.id).count() == 0
    # An exchange must name the variant.
    missing = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE")}))["returnRequest"]
    assert missing["userErrors"][0]["code"] == "EXCHANGE_VARIANT_REQUIRED"
    # A variant only goes with an exchange.
    wrong = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "REFUND", medium)}))["returnRequest"]
    assert wrong["userErrors"][0]["code"] == "INVALID"
    # Back in stock: stored with the variant, its price and the policy version.
    await send_webhook(client, shop, "inventory_levels/update", inventory_level(9700101, 5), event_id="i2")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    assert made["userErrors"] == [], made
    assert made["return"]["resolution"] == "EXCHANGE" and made["return"]["policyVersion"] == shop.policy_version
    assert made["return"]["decision"]["resolution"] == "EXCHANGE"
    assert [o["resolution"] for o in made["return"]["decision"]["options"]] == ["REFUND", "STORE_CREDIT", "EXCHANGE"]
    stored = await ReturnLine.get(return_request__shop_id=shop.id)
    assert stored.exchange_variant_id == (await ProductVariant.get(platform_id="700101")).id and str(stored.exchange_price) == "40.0000"
    ret = await Return.get(shop_id=shop.id)
    assert ret.decision["exchange"]["lines"][0]["title"] == "M / Black" and ret.decision["exchange"]["out_of_stock"] == "STORE_CREDIT"
    assert ret.decision["exchange"]["difference"] == {"amount": "0.00", "currency": "USD"}


async def test_store_credit_request_records_credit_bonus_and_expiry(client):
    shop = await _shop(client)
    _, line = await shirt_order(shop, price="25.00")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "STORE_CREDIT")}))["returnRequest"]
    assert made["userErrors"] == []
    ret = await Return.get(shop_id=shop.id)
    credit = ret.decision["store_credit"]
    assert credit["amount"]["amount"] == "25.00" and credit["bonus"]["amount"] == "2.50" and credit["expires_on"]
    summary = {o["resolution"]: o["summary"] for o in made["return"]["decision"]["options"]}
    assert summary == {"REFUND": "Refund $25.00", "STORE_CREDIT": "Store credit $27.50 (+10%)",
                       "EXCHANGE": "Exchange for another size or colour"}


async def test_reasons_limit_resolutions(client):
    shop = await _shop(client)

    def by_reason(document):
        document["resolutions"]["by_reason"] = [{"reasons": ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE"], "allowed": ["EXCHANGE", "STORE_CREDIT"]}]

    await change_policy(client, shop, by_reason)
    _, line = await shirt_order(shop)
    quote = gql_ok(await storefront(client, shop, QUOTE, {"i": request(line, "REFUND")}))["returnQuote"]["quote"]
    assert not quote["allowed"]
    assert quote["reasons"] == [{"code": "RESOLUTION_NOT_FOR_REASON",
                                 "message": "For this reason, a refund isn't offered; choose an exchange or store credit."}]
    assert {o["resolution"]: o["offered"] for o in quote["options"]} == {"REFUND": False, "STORE_CREDIT": True, "EXCHANGE": True}


async def test_the_admin_sees_the_options_on_the_return(client):
    shop = await _shop(client)
    _, line = await shirt_order(shop)
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "STORE_CREDIT")}))["returnRequest"]
    rid = made["return"]["id"]
    data = gql_ok(await admin(client, shop, """query($id: ID!) { return(id: $id) { decision { options { resolution summary offered } } } }""",
                              {"id": rid}))
    assert data["return"]["decision"]["options"][1] == {"resolution": "STORE_CREDIT", "summary": "Store credit $44.00 (+10%)", "offered": True}

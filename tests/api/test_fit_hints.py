"""Fit hints over the storefront API: per product and variant, the size returns that said too small
vs too large, shares and a verdict only from the merchant's minimum on, each figure checked against
counts made directly in SQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from tortoise import connections

from plugin.api.ids import to_gid
from plugin.platform import shopify
from plugin.platform.catalog import upsert_product
from plugin.platform.orders import import_order
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import DECLINE, EMAIL, NOW, apply_preset, request_input

FIT = """query($p: ID!) { fitHints(productId: $p) { productId minimum
  product { variantId tooSmall tooLarge total tooSmallShare tooLargeShare runs }
  variants { variantId tooSmall tooLarge total tooSmallShare tooLargeShare runs } } }"""
MINIMUM = """mutation($m: Int!) { fitHintsUpdate(minimum: $m) { shop { fitHintMinimum } userErrors { field code message } } }"""
CREATE = """mutation($i: ReturnReasonInput!) { returnReasonCreate(input: $i) { reason { handle fit } userErrors { code } } }"""
REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) { return { id } userErrors { field code message } } }"""
PRODUCT = "9001"

# (variant, units, reason chosen, declined afterwards)
RETURNS = [
    ("41", 2, "SIZE_TOO_SMALL", False),
    ("41", 1, "too-tight-shoulders", False),  # the merchant's own, rolled up to SIZE_TOO_SMALL
    ("41", 1, "SIZE_TOO_LARGE", False),
    ("41", 3, "SIZE_TOO_LARGE", True),  # declined: not counted
    ("41", 1, "UNWANTED", False),  # not a size return
    ("42", 1, "SIZE_TOO_SMALL", False),
    ("42", 1, "SIZE_TOO_LARGE", False),
]


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    await upsert_product(shop, shopify.Product.model_validate(
        {"id": PRODUCT, "title": "Rib Tee", "product_type": "T-Shirts", "tags": "", "updated_at": NOW.isoformat()}))
    return shop


async def _order(shop, number: int, variant: str, units: int) -> str:
    placed = NOW - timedelta(days=9)
    name = f"#{number}"
    payload = {
        "id": name, "name": name, "email": EMAIL, "currency": shop.currency, "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": f"{20 * units:.2f}", "total_price": f"{20 * units + 5:.2f}", "shipping_lines": [{"price": "5.00"}],
        "shipping_address": {"country_code": "US", "province_code": "NY"}, "customer": {"id": "c1", "email": EMAIL},
        "line_items": [{"id": f"{name}-l1", "product_id": PRODUCT, "variant_id": variant, "title": "Rib Tee",
                        "quantity": units, "price": "20.00"}],
        "fulfillments": [{
            "id": f"{name}-f1", "order_id": name, "created_at": (placed + timedelta(days=1)).isoformat(),
            "updated_at": (NOW - timedelta(days=5)).isoformat(), "shipment_status": "delivered",
            "delivered_at": (NOW - timedelta(days=5)).isoformat(), "line_items": [{"id": f"{name}-l1", "quantity": units}],
        }],
    }
    order = (await import_order(shop, shopify.Order.model_validate(payload))).order
    return to_gid("OrderLine", (await order.lines.all())[0].id)


async def _sql_counts(shop_id: int) -> dict[tuple[str, str], int]:
    rows = await connections.get("default").execute_query_dict(
        'SELECT ol.variant_platform_id AS variant, rl.reason AS reason, SUM(rl.quantity) AS units '
        'FROM "return_line" rl JOIN "order_line" ol ON ol.id = rl.order_line_id JOIN "return" r ON r.id = rl.return_request_id '
        "WHERE rl.shop_id = $1 AND ol.product_platform_id = $2 AND rl.reason IN ('SIZE_TOO_SMALL', 'SIZE_TOO_LARGE') "
        "AND r.status NOT IN ('DECLINED', 'CANCELED') GROUP BY ol.variant_platform_id, rl.reason", [shop_id, PRODUCT])
    return {(row["variant"], row["reason"]): int(row["units"]) for row in rows}


async def test_fit_hints_count_size_returns_per_variant_and_speak_from_the_minimum_on(client, shop):
    tight = {"handle": "too-tight-shoulders", "code": "SIZE_TOO_SMALL", "labels": {"en": "Too tight in the shoulders"}}
    assert gql_ok(await admin(client, shop, CREATE, {"i": tight}))["returnReasonCreate"]["reason"]["fit"] == "TOO_SMALL"
    for number, (variant, units, reason, declined) in enumerate(RETURNS, start=3001):
        line = await _order(shop, number, variant, units)
        chosen = request_input(line, quantity=units, reason=None, order_name=f"#{number}")
        chosen["lines"][0]["reasonHandle"] = reason
        made = gql_ok(await storefront(client, shop, REQUEST, {"i": chosen}))["returnRequest"]
        assert made["userErrors"] == [], made
        if declined:
            gql_ok(await admin(client, shop, DECLINE, {"id": made["return"]["id"], "r": "OTHER", "n": "Worn"}))
    counted = await _sql_counts(shop.id)
    assert counted == {("41", "SIZE_TOO_SMALL"): 3, ("41", "SIZE_TOO_LARGE"): 1,
                       ("42", "SIZE_TOO_SMALL"): 1, ("42", "SIZE_TOO_LARGE"): 1}

    # The default minimum (10) is not reached: counts, but no shares and no verdict.
    hints = gql_ok(await storefront(client, shop, FIT, {"p": f"gid://shopify/Product/{PRODUCT}"}))["fitHints"]
    assert hints["productId"] == PRODUCT and hints["minimum"] == 10
    assert hints["product"] == {"variantId": None, "tooSmall": 4, "tooLarge": 2, "total": 6,
                                "tooSmallShare": None, "tooLargeShare": None, "runs": None}

    answer = gql_ok(await admin(client, shop, MINIMUM, {"m": 3}))["fitHintsUpdate"]
    assert answer == {"shop": {"fitHintMinimum": 3}, "userErrors": []}
    hints = gql_ok(await storefront(client, shop, FIT, {"p": PRODUCT}))["fitHints"]
    small = sum(units for (_, reason), units in counted.items() if reason == "SIZE_TOO_SMALL")
    large = sum(units for (_, reason), units in counted.items() if reason == "SIZE_TOO_LARGE")
    assert hints["product"] == {"variantId": None, "tooSmall": small, "tooLarge": large, "total": small + large,
                                "tooSmallShare": "0.67", "tooLargeShare": "0.33", "runs": "SMALL"}
    assert hints["variants"] == [
        {"variantId": "41", "tooSmall": counted["41", "SIZE_TOO_SMALL"], "tooLarge": counted["41", "SIZE_TOO_LARGE"],
         "total": 4, "tooSmallShare": "0.75", "tooLargeShare": "0.25", "runs": "SMALL"},
        {"variantId": "42", "tooSmall": 1, "tooLarge": 1, "total": 2, "tooSmallShare": None, "tooLargeShare": None, "runs": None},
    ]
    gql_ok(await admin(client, shop, MINIMUM, {"m": 2}))
    hints = gql_ok(await storefront(client, shop, FIT, {"p": PRODUCT}))["fitHints"]
    assert hints["variants"][1]["runs"] == "MIXED" and hints["variants"][1]["tooSmallShare"] == "0.50"


async def test_fit_hints_name_products_by_the_platforms_id_or_ours_and_never_another_shops(client, shop):
    ours = await shop.products.all().first()
    by_ours = gql_ok(await storefront(client, shop, FIT, {"p": to_gid("Product", ours.id)}))["fitHints"]
    assert by_ours["productId"] == PRODUCT and by_ours["product"]["total"] == 0 and by_ours["variants"] == []
    other = await make_shop("other.myshopify.com")
    assert gql_ok(await storefront(client, other, FIT, {"p": to_gid("Product", ours.id)}))["fitHints"] is None
    assert gql_ok(await storefront(client, shop, FIT, {"p": "gid://shopify/Product/../../x"}))["fitHints"] is None


@pytest.mark.parametrize("minimum", [0, 10_001])
async def test_a_minimum_out_of_range_is_refused(client, shop, minimum):
    answer = gql_ok(await admin(client, shop, MINIMUM, {"m": minimum}))["fitHintsUpdate"]
    assert answer["shop"] is None and [(e["field"], e["code"]) for e in answer["userErrors"]] == [(["minimum"], "INVALID")]

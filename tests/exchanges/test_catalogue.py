"""The catalogue with variants and stock, mirrored from signed products/* and inventory_levels/update
webhooks and from the catalogue import (issue 24)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.catalog import ProductVariant
from tests.exchanges.shapes import NOW, inventory_level, product_payload
from tests.helpers import admin, applied, gql_ok, make_shop, send_webhook

pytestmark = pytest.mark.db


async def _variants(shop) -> dict[str, ProductVariant]:
    return {v.platform_id: v for v in await ProductVariant.filter(shop_id=shop.id)}


async def test_products_create_mirrors_variants_with_options_price_sku_and_stock(client):
    shop = await make_shop()
    response = await send_webhook(client, shop, "products/create", product_payload(stock={"M-Black": 7, "L-Black": 0}),
                                  event_id="e1")
    assert response.status_code == 200, response.text
    variants = await _variants(shop)
    assert set(variants) == {"700100", "700101", "700102"}
    medium = variants["700101"]
    assert medium.title == "M / Black"
    assert medium.options == [{"name": "Size", "value": "M"}, {"name": "Color", "value": "Black"}]
    assert str(medium.price) == "40.0000" and medium.currency == "USD" and medium.sku == "LS-M-BLA"
    assert medium.inventory_item_id == "9700101" and medium.inventory_available == 7
    assert variants["700102"].inventory_available == 0


async def test_products_update_changes_variants_drops_missing_ones_and_ignores_older_payloads(client):
    shop = await make_shop()
    await send_webhook(client, shop, "products/create", product_payload(), event_id="e1")
    newer = product_payload(updated_at=NOW - timedelta(days=1), prices={"M-Black": "45.00"})
    newer["variants"] = [v for v in newer["variants"] if v["option1"] != "L"]
    assert (await send_webhook(client, shop, "products/update", newer, event_id="e2")).status_code == 200
    variants = await _variants(shop)
    assert str(variants["700101"].price) == "45.0000"
    assert variants["700102"].active is False  # no longer listed: never offered
    older = product_payload(updated_at=NOW - timedelta(days=20), prices={"M-Black": "10.00"})
    answer = await send_webhook(client, shop, "products/update", older, event_id="e3")
    assert answer.json() == {"status": "accepted"} and await applied(shop, "e3") == {"status": "stale"}
    assert str((await _variants(shop))["700101"].price) == "45.0000"


async def test_inventory_levels_update_sums_locations_and_keeps_the_newest_report(client):
    shop = await make_shop()
    await send_webhook(client, shop, "products/create", product_payload(stock={"M-Black": 9}), event_id="e1")
    first = await send_webhook(client, shop, "inventory_levels/update",
                               inventory_level(9700101, 3, location_id=1, updated_at=NOW - timedelta(minutes=5)), event_id="i1")
    assert first.json() == {"status": "accepted"} and await applied(shop, "i1") == {"status": "updated"}
    assert (await _variants(shop))["700101"].inventory_available == 3
    await send_webhook(client, shop, "inventory_levels/update",
                       inventory_level(9700101, 4, location_id=2, updated_at=NOW - timedelta(minutes=4)), event_id="i2")
    assert (await _variants(shop))["700101"].inventory_available == 7
    stale = await send_webhook(client, shop, "inventory_levels/update",
                               inventory_level(9700101, 50, location_id=1, updated_at=NOW - timedelta(minutes=10)), event_id="i3")
    assert stale.json() == {"status": "accepted"} and await applied(shop, "i3") == {"status": "stale"}
    await send_webhook(client, shop, "inventory_levels/update",
                       inventory_level(9700101, 0, location_id=1, updated_at=NOW - timedelta(minutes=1)), event_id="i4")
    assert (await _variants(shop))["700101"].inventory_available == 4
    # A products/* payload no newer than the level reports does not overwrite the per-location stock.
    await send_webhook(client, shop, "products/update",
                       product_payload(updated_at=NOW - timedelta(minutes=2), stock={"M-Black": 99}), event_id="e2")
    assert (await _variants(shop))["700101"].inventory_available == 4


async def test_inventory_level_of_an_unknown_item_is_deferred_and_a_bad_one_is_a_400(client):
    shop = await make_shop()
    answer = await send_webhook(client, shop, "inventory_levels/update", inventory_level(123, 5), event_id="i1")
    assert answer.status_code == 200 and answer.json() == {"status": "accepted"}
    assert await applied(shop, "i1") == {"status": "deferred"}  # its product's payload will bring its stock
    bad = await send_webhook(client, shop, "inventory_levels/update", {**inventory_level(123, 5), "available": "5"},
                             event_id="i2")
    assert bad.status_code == 400


async def test_catalogue_import_brings_variants(client):
    shop = await make_shop()
    data = gql_ok(await admin(client, shop, """mutation($p: [JSON!]!) { catalogImport(products: $p, orders: []) {
        userErrors { field message } } }""", {"p": [product_payload("8001", stock={"S-Black": 2})]}))
    assert data["catalogImport"]["userErrors"] == []
    variants = await _variants(shop)
    assert variants["800100"].inventory_available == 2 and variants["800101"].options[0] == {"name": "Size", "value": "M"}


async def test_demo_shops_have_variants_in_stock(db):
    from plugin.cli.demo import seed_demo

    shops = await seed_demo(orders_per_shop=2)
    allegra = next(s for s in shops if s.domain.startswith("allegra"))
    sizes = {tuple(o["value"] for o in v.options) for v in await ProductVariant.filter(shop_id=allegra.id)}
    assert ("M", "Black") in sizes and ("S", "Sand") in sizes
    medium = await ProductVariant.get(shop_id=allegra.id, platform_id="v0-M-black")
    assert medium.inventory_available > 0

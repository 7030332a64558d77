"""The catalogue a shop already has: imported over the admin API, at install, and from an export on
the command line; until then, lines of unknown products are flagged rather than read as "no tags"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from plugin.web.app import create_app
from plugin.process.settings import Settings
from tests.helpers import admin, fixture, gql_ok, make_shop, send_webhook, storefront

ROOT = Path(__file__).resolve().parents[2]
IMPORT = """mutation($p: [JSON!], $o: [JSON!]) { catalogImport(products: $p, orders: $o) {
  products { created updated stale } orders { created updated stale } userErrors { field code message } } }"""
STATE = """{ orders(first: 1) { nodes { flags lines { sku unknownProduct } } }
  policy { lintWarnings { code severity message } } }"""
LINES = """{ order(name: "#1001", email: "jon@example.com") { returnableLines { allowed reasons { code } } } }"""


def recent(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


async def delivered_order(client, shop) -> None:
    """#1001 placed 6 days ago, delivered (tracked) 2 days ago."""
    now = datetime.now(timezone.utc)
    order = fixture("orders_create.json")
    order["created_at"] = order["processed_at"] = order["updated_at"] = recent(now - timedelta(days=6))
    fulfillment = fixture("fulfillments_update.json")
    fulfillment["created_at"] = recent(now - timedelta(days=5))
    fulfillment["updated_at"] = recent(now - timedelta(days=2))
    order["fulfillments"] = [fulfillment]
    assert (await send_webhook(client, shop, "orders/create", order, event_id="o1")).status_code == 200


async def test_importing_existing_products_makes_a_final_sale_item_non_returnable(client, db):
    shop = await make_shop()
    apply = "mutation { policyApplyPreset(preset: ALOTROP) { userErrors { code } } }"
    assert gql_ok(await admin(client, shop, apply))["policyApplyPreset"]["userErrors"] == []
    await delivered_order(client, shop)

    # Before: the socks' product (tagged Final-Sale in Shopify) was never sent; the line is flagged.
    socks = lambda: storefront(client, shop, LINES)  # noqa: E731
    assert gql_ok(await socks())["order"]["returnableLines"][1] == {"allowed": True, "reasons": []}
    state = gql_ok(await admin(client, shop, STATE))
    order = state["orders"]["nodes"][0]
    assert order["flags"] == ["UNKNOWN_PRODUCT"]
    assert all(line["unknownProduct"] for line in order["lines"])
    assert [w["code"] for w in state["policy"]["lintWarnings"] if w["code"] == "UNKNOWN_PRODUCTS"] == ["UNKNOWN_PRODUCTS"]

    # A malformed product: nothing is written.
    broken = fixture("products_create.json")
    del broken["title"]
    refused = gql_ok(await admin(client, shop, IMPORT, {"p": [fixture("products_create.json"), broken]}))["catalogImport"]
    assert [e["field"] for e in refused["userErrors"]] == [["products", "1", "title"]] and refused["products"] is None
    assert gql_ok(await socks())["order"]["returnableLines"][1]["allowed"] is True

    done = gql_ok(await admin(client, shop, IMPORT, {"p": [fixture("products_create.json")]}))["catalogImport"]
    assert done["userErrors"] == [] and done["products"] == {"created": 1, "updated": 0, "stale": 0}
    line = gql_ok(await socks())["order"]["returnableLines"][1]
    assert line["allowed"] is False and [r["code"] for r in line["reasons"]] == ["FINAL_SALE"]
    order = gql_ok(await admin(client, shop, STATE))["orders"]["nodes"][0]
    assert [(l["sku"], l["unknownProduct"]) for l in order["lines"]] == [("LS-M", True), ("WS-1", False), ("SS-TOP", True)]


async def test_the_install_flow_imports_what_the_host_provides(db):
    app = create_app(Settings(database_url=db.url, install_token="t" * 40), manage_orm=False)
    auth = {"Authorization": "Bearer " + "t" * 40}
    body = {"domain": "alotrop.myshopify.com", "name": "Alotrop",
            "products": [fixture("products_create.json")], "orders": [fixture("orders_create.json")]}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as http:
        bad = {**body, "domain": "x.myshopify.com", "orders": [{"id": 1}]}
        refused = await http.post("/install", json=bad, headers=auth)
        assert refused.status_code == 400 and refused.json()["problems"][0]["field"][:2] == ["orders", "0"]
        created = await http.post("/install", json=body, headers=auth)
        assert created.status_code == 201, created.text
        assert created.json()["imported"] == {"products": 1, "orders": 1, "problems": []}


@pytest.mark.slow
def test_the_import_command_reads_a_shopify_export_with_a_progress_bar(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}"}

    def recourse(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "plugin.cli", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    assert recourse("migrate").returncode == 0
    assert recourse("shop", "add", "--domain", "alotrop.myshopify.com", "--name", "Alotrop").returncode == 0
    products = tmp_path / "products.json"
    products.write_text(json.dumps({"products": [fixture("products_create.json"), fixture("products_update.json")]}))
    orders = tmp_path / "orders.jsonl"  # JSON lines, as bulk exports write them; one record is broken
    broken = fixture("orders_updated.json")
    broken["line_items"] = []
    orders.write_text("\n".join(json.dumps(o) for o in (fixture("orders_create.json"), broken)) + "\n")

    run = recourse("import", "--shop", "alotrop.myshopify.com", "--products", str(products), "--orders", str(orders))
    assert run.returncode == 1, run.stderr  # the broken record was skipped, and said so
    assert "products: 1 created, 1 updated, 0 unchanged" in run.stdout
    assert "orders: 1 created, 0 updated, 0 unchanged" in run.stdout
    assert "skipped orders.1.line_items" in run.stderr
    assert "importing: 100%" in run.stderr and "3/3" in run.stderr  # the progress bar, on stderr

    again = recourse("import", "--shop", "alotrop.myshopify.com", "--products", str(products), "--quiet")
    assert again.returncode == 0 and "products: 0 created, 0 updated, 2 unchanged" in again.stdout
    assert recourse("import", "--shop", "nope.myshopify.com", "--products", str(products)).returncode == 2

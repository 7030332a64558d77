"""The portal's exchange and store credit flows in Debian's Chromium (issue 24): a customer picks a
size with live stock (a sold-out size is never offered), sees every option's value side by side
(the store credit with its bonus), and sends the request the API stores. Each flow is driven at
1280 px and again at 375 px (a phone: the picker and the options must work there too, not only
look right); photographed at both widths and axe-checked.

The shop is made for this module on the shared live server (`recourse shop add`), so the demo
shops' policies stay as other tests expect them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from tests.ui.conftest import DESKTOP, MOBILE, BrowserPage

pytestmark = pytest.mark.slow

SHOP = "exchanges-ui.myshopify.com"
EMAIL = "ria@example.com"
ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.now(timezone.utc)


def _iso(days_ago: float) -> str:
    return (NOW - timedelta(days=days_ago)).isoformat()


def _cli(server, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": f"sqlite://{server.log.parent / 'recourse.sqlite3'}"}
    return subprocess.run([sys.executable, "-m", "plugin.cli", *args], env=env, capture_output=True, text=True, check=True,
                          cwd=str(ROOT)).stdout.strip()


def _product() -> dict:
    """Shopify's product shape: Size S/M/L in Black; M has 4, L sold out."""
    stock = {"S": 3, "M": 4, "L": 0}
    return {
        "id": 5100, "title": "Linen Shirt", "product_type": "Shirts", "tags": "", "updated_at": _iso(30),
        "options": [{"name": "Size", "position": 1, "values": ["S", "M", "L"]}, {"name": "Color", "position": 2, "values": ["Black"]}],
        "variants": [
            {"id": 5100 + n, "product_id": 5100, "title": f"{size} / Black", "price": "40.00", "sku": f"LS-{size}",
             "position": n, "option1": size, "option2": "Black", "inventory_item_id": 9100 + n,
             "inventory_quantity": stock[size], "inventory_policy": "deny", "inventory_management": "shopify"}
            for n, size in enumerate(("S", "M", "L"), start=1)
        ],
    }


def _order(name: str) -> dict:
    key = name.lstrip("#")
    return {
        "id": f"x-{key}", "name": name, "email": EMAIL, "currency": "USD", "source_name": "web",
        "created_at": _iso(8), "updated_at": _iso(3), "subtotal_price": "40.00", "total_price": "45.00",
        "shipping_lines": [{"price": "5.00"}], "shipping_address": {"country_code": "US", "province_code": "NY", "zip": "10001"},
        "customer": {"id": f"x-{key}", "email": EMAIL, "first_name": "Ria"},
        "line_items": [{"id": f"{key}-1", "product_id": "5100", "variant_id": "5101", "title": "Linen Shirt",
                        "variant_title": "S / Black", "quantity": 1, "price": "40.00"}],
        "fulfillments": [{"id": f"{key}-f1", "order_id": f"x-{key}", "created_at": _iso(6), "updated_at": _iso(3),
                          "shipment_status": "delivered", "delivered_at": _iso(3), "line_items": [{"id": f"{key}-1", "quantity": 1}]}],
    }


@pytest.fixture(scope="module")
def shop(live_server):
    _cli(live_server, "shop", "add", "--domain", SHOP, "--name", "Exchanges Outfitters", "--support-email", "help@exchanges.example")
    live_server.tokens[SHOP] = _cli(live_server, "token", "admin", "--shop", SHOP, "--ttl", "7200")
    imported = live_server.gql("mutation($p: [JSON!]!, $o: [JSON!]!) { catalogImport(products: $p, orders: $o) { userErrors { message } } }",
                               {"p": [_product()], "o": [_order(f"#{n}") for n in (5001, 5002, 5003, 5004)]}, domain=SHOP)
    assert imported["catalogImport"]["userErrors"] == [], imported
    document = live_server.gql("{ policy { document } }", domain=SHOP)["policy"]["document"]
    document["resolutions"].update({
        "exchange": "ALWAYS", "store_credit": "ALWAYS",
        "exchange_terms": {"scope": "SAME_PRODUCT", "changeable_options": ["Size"], "stock_buffer": 0},
        "store_credit_terms": {"bonus_percent": "10", "expires_after_days": 365},
    })
    document["shipping"]["return_addresses"] = [{"name": "Main", "rest_of_world": True, "recipient": "Exchanges Returns",
                                                 "address1": "1 Dock St", "city": "Newark", "province": "NJ", "zip": "07114", "country": "US"}]
    saved = live_server.gql("mutation($d: JSON!) { policyUpdate(document: $d) { userErrors { field message } } }", {"d": document}, domain=SHOP)
    assert saved["policyUpdate"]["userErrors"] == [], saved
    return live_server


# Each width has orders of its own: a return taken at 1280 px leaves nothing to return at 375 px.
WIDTHS = pytest.mark.parametrize("viewport, orders", [(DESKTOP, ("5001", "5002")), (MOBILE, ("5003", "5004"))],
                                 ids=["1280", "375"])


def _photograph(page: BrowserPage, viewport: dict, name: str) -> None:
    """Both widths' screenshots once (from the 1280 px run); the 375 px run checks its own page."""
    if viewport == DESKTOP:
        page.screenshot(name)
    else:
        page.check_accessibility(f"{name} at {viewport['width']} px")


def _open_order(page: BrowserPage, name: str) -> None:
    page.goto(f"{page.server.url}/portal/{SHOP}")
    page.wait_for_selector("header.portal-header", timeout=20_000)
    page.get_by_label("Order number").fill(name)
    page.get_by_label("Email address").fill(EMAIL)
    page.get_by_role("button", name="Find order").click()
    page.wait_for_selector("h1:has-text('Order ')")
    page.settle()


def _choose_line(page: BrowserPage):
    shirt = page.locator("li.line", has_text="Linen Shirt")
    shirt.get_by_role("checkbox", name="Return this item").check()
    shirt.get_by_label("Reason").select_option("SIZE_TOO_SMALL")
    return shirt


def _quoted(page: BrowserPage) -> None:
    page.wait_for_function("() => !document.querySelector('.quote[aria-busy=true]') && document.querySelector('.resolution-options')")


def _storefront(server, query: str, variables: dict) -> dict:
    body = httpx.post(f"{server.url}/storefront/graphql", json={"query": query, "variables": variables},
                      headers={"X-Shop-Domain": SHOP}, timeout=30).json()
    assert not body.get("errors"), body
    return body["data"]


@WIDTHS
def test_a_customer_exchanges_a_small_for_a_medium_in_stock(page, shop, viewport, orders):
    name = orders[0]
    page.page.set_viewport_size(viewport)
    _open_order(page, name)
    shirt = _choose_line(page)
    page.get_by_label("What would you like?").select_option("EXCHANGE")
    picker = shirt.locator("fieldset.variants")
    picker.wait_for()
    offered = picker.inner_text()
    # M is in stock (4); L sold out: never offered; S is what comes back.
    assert "M / Black" in offered and "4 in stock" in offered and "L / Black" not in offered and "S / Black" not in offered
    assert page.get_by_role("button", name="Request return").is_disabled()  # no size chosen yet
    picker.get_by_label("M / Black").check()
    page.wait_for_function("() => document.querySelector('.resolution-options li[data-resolution=EXCHANGE]')?.innerText.includes('M / Black')")
    _quoted(page)
    options = page.locator(".resolution-options li")
    assert options.count() == 3
    assert "$40.00" in page.locator(".resolution-options li[data-resolution=REFUND]").inner_text()
    assert page.locator(".resolution-options li[data-resolution=EXCHANGE]").get_attribute("class").startswith("chosen")
    # The items are exchanged, not refunded: the quote says what they are worth, not "Total refund".
    quote = page.locator("section.quote").inner_text()
    assert "What your return is worth" in quote and "Total value" in quote and "Total refund" not in quote
    _photograph(page, viewport, "portal-exchange-pick")
    page.get_by_role("button", name="Request return").click()
    page.wait_for_selector(f"h1:has-text('Return #{name}-R')")
    page.settle()
    _photograph(page, viewport, "portal-exchange-requested")
    summary = page.locator("main").inner_text()
    assert "What you get: Exchange · M / Black" in summary and "Total refund" not in summary
    ret = _storefront(shop, """query($n: String!) { order(name: $n, email: "ria@example.com") { returns { resolution
        decision { resolution options { resolution lines { title inStock } } } } } }""", {"n": f"#{name}"})["order"]["returns"][0]
    assert ret["resolution"] == "EXCHANGE"
    exchange = next(o for o in ret["decision"]["options"] if o["resolution"] == "EXCHANGE")
    assert exchange["lines"] == [{"title": "M / Black", "inStock": True}]


@WIDTHS
def test_a_customer_sees_the_store_credit_bonus_and_takes_it(page, shop, viewport, orders):
    name = orders[1]
    page.page.set_viewport_size(viewport)
    _open_order(page, name)
    _choose_line(page)
    _quoted(page)
    credit = page.locator(".resolution-options li[data-resolution=STORE_CREDIT]").inner_text()
    # $40.00 credited plus the 10% bonus, side by side with the $40.00 refund.
    assert "$44.00" in credit and "$4.00 bonus" in credit
    page.get_by_label("What would you like?").select_option("STORE_CREDIT")
    page.wait_for_function("() => document.querySelector('.resolution-options li.chosen')?.dataset.resolution === 'STORE_CREDIT'")
    _photograph(page, viewport, "portal-store-credit")
    page.get_by_role("button", name="Request return").click()
    page.wait_for_selector(f"h1:has-text('Return #{name}-R')")
    page.settle()
    assert "What you get: Store credit · $44.00 (includes a $4.00 bonus)" in page.locator("main").inner_text()
    returns = _storefront(shop, 'query($n: String!) { order(name: $n, email: "ria@example.com") { returns { resolution } } }',
                          {"n": f"#{name}"})["order"]["returns"]
    assert returns == [{"resolution": "STORE_CREDIT"}]

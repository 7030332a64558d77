"""The reasons library in the browser: a merchant adds a reason in the admin app (in three languages,
for a product type) and a customer sees it in the portal in their language, suggested for the item,
asked for the note it needs; the return then shows it. Screenshots at 1280 and 375 px."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import quote

import httpx
import pytest

from tests.ui.conftest import BrowserPage

pytestmark = pytest.mark.slow  # a live server (and a browser): see pyproject.toml's timeout

SHOP = "alotrop.myshopify.com"
NOW = datetime.now(timezone.utc)
EMAIL = "ines@example.com"


def _iso(days_ago: float) -> str:
    return (NOW - timedelta(days=days_ago)).isoformat()


@pytest.fixture(scope="module")
def lamp_order(live_server):
    """A web order of the demo's Desk Lamp (product type Home), delivered three days ago."""
    payload = {
        "id": "ui-reasons-1", "name": "#9301", "email": EMAIL, "currency": "USD", "source_name": "web",
        "created_at": _iso(6), "updated_at": _iso(3), "subtotal_price": "42.00", "total_price": "47.00",
        "shipping_lines": [{"price": "5.00"}], "shipping_address": {"country_code": "US", "province_code": "NY", "zip": "10001"},
        "customer": {"id": "ui-ines", "email": EMAIL, "first_name": "Inés"},
        "line_items": [{"id": "#9301-1", "product_id": "p4", "title": "Desk Lamp", "quantity": 1, "price": "42.00"}],
        "fulfillments": [{"id": "#9301-f1", "order_id": "#9301", "created_at": _iso(5), "updated_at": _iso(3),
                          "shipment_status": "delivered", "delivered_at": _iso(3), "line_items": [{"id": "#9301-1", "quantity": 1}]}],
    }
    data = live_server.gql("mutation($o: JSON!) { orderImport(order: $o) { userErrors { message } } }", {"o": payload}, domain=SHOP)
    assert data["orderImport"]["userErrors"] == [], data
    return live_server


def test_a_reason_added_in_the_admin_app_is_offered_in_the_portal_in_the_customers_language(page: BrowserPage, lamp_order):
    page.open("/reasons", domain=SHOP)
    page.wait_for_selector("h1:has-text('Return reasons')")
    rows = page.locator("table.index tbody tr")
    assert rows.count() >= 12 and "Core reason" in rows.first.inner_text()
    page.screenshot("admin-reasons")

    page.get_by_role("button", name="Add reason").click()
    dialog = page.locator("dialog")
    dialog.get_by_label("English").fill("Wobbly base")
    dialog.get_by_label("Spanish (optional)").fill("La base se tambalea")
    dialog.get_by_label("German (optional)").fill("Wackeliger Fuß")
    dialog.get_by_label("Counts as").select_option("DEFECTIVE")
    dialog.get_by_label("Shopify reason").select_option("quality")
    dialog.get_by_label("Suggest for product types").fill("Home")
    dialog.get_by_label("A note saying more").check()
    page.screenshot("admin-reason-dialog")
    dialog.get_by_role("button", name="Add reason").click()
    page.wait_for_selector("text=Reason added: customers see it in the portal now.")
    page.settle()
    added = page.locator("table.index tbody tr", has_text="Wobbly base")
    assert "Counts as Defective" in added.inner_text() and "quality" in added.inner_text()
    # Moved up to the top: customers see it first.
    where = "() => [...document.querySelectorAll('table.index tbody tr')].findIndex((r) => r.innerText.includes('Wobbly base'))"
    for position in range(page.evaluate(where) - 1, -1, -1):
        added.get_by_role("button", name="Move Wobbly base up").click()
        page.wait_for_function(f"() => ({where})() === {position}")
        page.settle()
    assert "Wobbly base" in page.locator("table.index tbody tr").first.inner_text()
    page.screenshot("admin-reasons-added")
    page.assert_no_errors()

    # The customer, in Spanish: the reason is suggested for the lamp, in Spanish, and asks for a note.
    page.goto(f"{page.server.url}/portal/{SHOP}?lang=es")
    page.wait_for_selector("header.portal-header", timeout=20_000)
    page.get_by_label("Número de pedido").fill("#9301")
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_role("button", name="Buscar pedido").click()
    page.wait_for_selector("h1:has-text('Pedido #9301')")
    page.settle()
    lamp = page.locator("li.line", has_text="Desk Lamp")
    lamp.get_by_role("checkbox").check()
    select = lamp.locator("select[id^=reason-]")
    suggested = select.locator("optgroup[label='Sugeridos para este artículo'] option")
    assert suggested.all_inner_texts() == ["La base se tambalea"]
    assert "Defectuoso" in select.locator("optgroup[label='Otros motivos'] option").all_inner_texts()
    select.select_option("wobbly-base")
    assert lamp.get_by_text("Nota (obligatoria para este motivo)").count() == 1
    for box in lamp.locator("fieldset.conditions input[type=checkbox]").all():
        box.check()
    lamp.locator("textarea").fill("La lámpara cojea sobre la mesa.")
    page.wait_for_selector("#quote-title")
    page.settle()
    page.screenshot("portal-reason-es")
    page.get_by_role("button", name="Solicitar devolución").click()
    page.wait_for_url("**#/return/**", timeout=20_000)
    page.settle()
    assert "La base se tambalea" in page.locator("main").inner_text()
    page.screenshot("portal-return-reason-es")
    page.assert_no_errors()

    # The return carries the merchant's reason, rolled up to its core code.
    body = httpx.post(f"{page.server.url}/storefront/graphql", headers={"X-Shop-Domain": SHOP, "Accept-Language": "de"}, timeout=30, json={
        "query": '{ order(name: "#9301", email: "ines@example.com") { returns { id lines { reason reasonHandle reasonLabel } } } }'}).json()
    made = body["data"]["order"]["returns"][0]
    assert made["lines"] == [{"reason": "DEFECTIVE", "reasonHandle": "wobbly-base", "reasonLabel": "Wackeliger Fuß"}]
    # Staff read it on the return in their words, with the core reason it counts as.
    page.open(f"/returns/{quote(made['id'], safe='')}", domain=SHOP)
    page.wait_for_selector("text=Reason: Wobbly base")
    assert "(counts as Defective)" in page.locator("main").inner_text()
    page.assert_no_errors()

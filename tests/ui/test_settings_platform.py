"""The Settings page (issue 23, item 18) shows who carries the shop's outcomes out: the demo shops run
on the emulated Shopify, so their refunds are carried out there, not confirmed by hand."""

from __future__ import annotations

from tests.ui.test_platform_desk import TRENDS


def test_settings_show_the_shops_platform_read_only(page, live_server):
    shop = live_server.gql("{ shop { platform platformNotifiesCustomer } }", domain=TRENDS)["shop"]
    assert shop["platform"] == "SHOPIFY", shop
    page.open("/settings", domain=TRENDS)
    card = page.get_by_role("region", name="Platform", exact=True)
    card.wait_for()
    text = card.inner_text()
    assert "Shopify: Recourse carries refunds, cancellations and return steps out on your Shopify store itself." in text
    assert ("Shopify emails customers" if shop["platformNotifiesCustomer"] else "Recourse emails customers") in text
    assert card.get_by_role("link", name="Platform", exact=True).get_attribute("href") == "#/platform"
    assert card.locator("input, select, button").count() == 0  # read-only here
    card.scroll_into_view_if_needed()
    page.screenshot("settings-platform")

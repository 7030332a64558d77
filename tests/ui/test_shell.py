"""The admin app's shell: it opens with the host's token, and says what to do without one."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # a live server (and a browser): see pyproject.toml's timeout


def test_opens_with_the_hosts_token_and_drops_it_from_the_address_bar(page):
    page.open()
    assert page.locator("h1").first.inner_text() == "Home"
    assert "id_token" not in page.url  # kept for the tab, not left in history
    page.screenshot("home")


def test_without_a_token_asks_for_one_and_an_expired_token_says_so(page, live_server):
    page.goto(f"{live_server.url}/app")
    page.wait_for_selector(".signin")
    assert "Open Recourse" in page.inner_text("h1")
    page.screenshot("signin")
    page.fill("#token", "not-a-token")
    page.click("button[type=submit]")
    page.wait_for_selector("text=Session expired")
    # The 401 the server answered is the expected outcome here, not a page error.
    page.expect_errors("401")

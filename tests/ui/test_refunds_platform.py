"""The Refunds page (issue 23, item 13) on a shop whose refunds Recourse carries out on (emulated)
Shopify: a refund the platform refused is FAILED and its row says so in the platform's words, with
a Retry (platformOperationRetry) that carries it out; the status tabs offer every RefundStatus; a
refund carried out on the platform is never confirmed by hand."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import httpx

from models.enums import RefundStatus
from tests.ui.test_admin_app import _confirm
from tests.ui.test_platform_desk import TRENDS, _requested, _until

WORDS = "The payment gateway declined the refund of this card"


def test_a_refund_the_platform_refused_shows_its_words_and_retry_carries_it_out(page, live_server):
    ret = _requested(live_server, 2)
    approved = live_server.gql("mutation($id: ID!) { returnApproveRequest(id: $id) { userErrors { code message } } }",
                               {"id": ret["id"]}, domain=TRENDS)["returnApproveRequest"]
    assert approved["userErrors"] == [], approved
    fault = httpx.post(f"{live_server.url}/emulator/faults", timeout=10,
                       json={"kind": "user_error", "operation": "refundCreate", "message": WORDS, "shop": TRENDS})
    assert fault.status_code < 300, fault.text
    made = live_server.gql("mutation($i: RefundCreateInput!) { refundCreate(input: $i) { refund { id } userErrors { code message } } }",
                           {"i": {"returnId": ret["id"]}}, domain=TRENDS)["refundCreate"]
    assert made["userErrors"] == [], made
    node = _until(live_server, ret["id"], lambda n: any(r["status"] == "FAILED" for r in n["refunds"]))
    assert any(WORDS in (r["platformError"] or "") for r in node["refunds"]), node

    page.open("/refunds?status=FAILED", domain=TRENDS)
    tabs = page.get_by_role("navigation", name="Refund status").get_by_role("link")
    offered = {parse_qs(href.partition("?")[2]).get("status", [""])[0] for href in
               (tabs.nth(i).get_attribute("href") for i in range(tabs.count()))}
    assert offered == {""} | {member.value for member in RefundStatus}  # "All" and every status the API has
    row = page.locator("tbody tr", has_text=ret["name"])
    row.wait_for()
    assert f"The platform refused it: {WORDS}" in row.inner_text()
    assert row.get_by_role("button", name=re.compile("^Confirm")).count() == 0  # carried out by Recourse, not by hand
    page.screenshot("refunds-failed-on-the-platform")

    row.get_by_role("button", name=re.compile("^Retry the refund")).click()
    page.check_accessibility("the refunds page's retry dialog")
    _confirm(page, "Retry")
    assert "Sent to the platform again" in page.locator(".banner-success").inner_text()
    node = _until(live_server, ret["id"], lambda n: all(r["status"] == "SUCCEEDED" for r in n["refunds"] if r["kind"] == "PAYMENT"))
    assert all(r["status"] == "SUCCEEDED" for r in node["refunds"] if r["kind"] == "PAYMENT"), node

    page.go("/refunds?status=SUCCEEDED")
    row = page.locator("tbody tr", has_text=ret["name"]).first
    row.wait_for()
    assert "refused" not in row.inner_text() and row.get_by_role("button").count() == 0

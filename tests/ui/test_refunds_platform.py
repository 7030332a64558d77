"""The Refunds page (issue 23, item 13) on a shop whose refunds Recourse carries out on (emulated)
Shopify: a refund the platform refused is FAILED and its row says so in the platform's words, with
a Retry (platformOperationRetry) that carries it out; the status tabs offer every RefundStatus; a
refund carried out on the platform is never confirmed by hand."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import httpx
import pytest

from models.enums import RefundStatus
from tests.ui.test_admin_app import _confirm
from tests.ui.test_platform_desk import TRENDS, _until

WORDS = "The payment gateway declined the refund of this card"
ORDERS = "{ orders(first: 100) { nodes { id cancelledAt returnableLines { lineId allowed returnableQuantity } } } }"
CREATE = """mutation($i: ReturnCreateInput!) { returnCreate(input: $i) { return { id name status } overridable
  userErrors { code message } } }"""


def _approved_return(live_server) -> dict:
    """A return of its own, created by staff on a demo order of the emulated shop and approved (the
    demo's own requests are taken by tests/ui/test_platform_desk.py)."""
    for order in live_server.gql(ORDERS, domain=TRENDS)["orders"]["nodes"]:
        lines = [line for line in order["returnableLines"] if line["allowed"] and line["returnableQuantity"]]
        if order["cancelledAt"] or not lines:
            continue
        given = {"orderId": order["id"], "lines": [{"lineId": lines[0]["lineId"], "quantity": 1, "reason": "DEFECTIVE"}]}
        made = live_server.gql(CREATE, {"i": given}, domain=TRENDS)["returnCreate"]
        if not made["return"] and made["overridable"]:  # the staff's call, as in the create-return dialog
            made = live_server.gql(CREATE, {"i": {**given, "overrideReason": "Phoned: faulty"}}, domain=TRENDS)["returnCreate"]
        if not made["return"]:
            continue
        ret = made["return"]
        if ret["status"] == "REQUESTED":
            approved = live_server.gql("mutation($id: ID!) { returnApproveRequest(id: $id) { userErrors { code message } } }",
                                       {"id": ret["id"]}, domain=TRENDS)["returnApproveRequest"]
            assert approved["userErrors"] == [], approved
        return ret
    raise AssertionError("no demo order of the emulated shop has an item to return")


# The embedded worker carries five platform operations out one after another (open, approve, the
# refused refund, then the retried one): under a loaded machine that outlasts the default 120 s.
@pytest.mark.timeout(300)
def test_a_refund_the_platform_refused_shows_its_words_and_retry_carries_it_out(page, live_server):
    ret = _approved_return(live_server)
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

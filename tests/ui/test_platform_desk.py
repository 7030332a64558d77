"""The platform in the admin app: a demo shop on (emulated) Shopify. Approving, receiving and
refunding a return in the browser lands on the platform's order (the refund, its transactions, the
restock, the return processed), the ledger row is SUCCEEDED with the platform's id and the customer
gets one email; a refusal by the platform shows on the return page in its words, with a Retry; a
webhook import that failed shows on the Platform page in our words, with a Retry."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from decimal import Decimal
from urllib.parse import quote

import httpx
import pytest

from plugin.values.signing import webhook_signature
from tests.ui.data import import_order, order_name
from tests.ui.test_admin_app import _confirm, _dialog, _timeline

pytestmark = pytest.mark.slow  # a live server (and a browser): see pyproject.toml's timeout

TRENDS = "alltrendsusa.myshopify.com"
RETURNS = """query($s: ReturnStatus) { returns(first: 50, status: $s) { nodes { id name status order { platformId cancelledAt } } } }"""
RETURN = """query($id: ID!) { node(id: $id) { ... on Return { id status platformId
  refunds { id kind status platformRefundId platformError amount { amount } }
  platformOperations { kind status message } } } }"""
DELIVERIES = """{ emailDeliveries(first: 100) { nodes { kind subjectId status } } }"""


def _requested(live_server, skip: int) -> dict:
    nodes = live_server.gql(RETURNS, {"s": "REQUESTED"}, domain=TRENDS)["returns"]["nodes"]
    usable = [n for n in nodes if not n["order"]["cancelledAt"]]
    assert len(usable) > skip, "the demo has too few requested returns"
    return usable[-1 - skip]


def _until(live_server, return_id: str, done, timeout: float = 90.0) -> dict:
    """The return as the API gives it, once `done(it)` holds (the embedded worker carries the
    operations out in the background)."""
    deadline = time.monotonic() + timeout
    while True:
        node = live_server.gql(RETURN, {"id": return_id}, domain=TRENDS)["node"]
        if done(node) or time.monotonic() > deadline:
            return node
        time.sleep(0.5)


def _emulated_order(live_server, order_id: str) -> dict:
    response = httpx.get(f"{live_server.url}/emulator/shops/{TRENDS}/orders/{order_id}.json", timeout=10)
    assert response.status_code == 200, response.text
    return response.json()


def _open_return(page, ret: dict) -> None:
    page.open(f"/returns/{quote(ret['id'], safe='')}", domain=TRENDS)
    page.locator("h1", has_text=ret["name"]).wait_for()


def _refund(page) -> str:
    page.get_by_role("button", name="Refund", exact=True).click()
    amount = _dialog(page).get_by_label(re.compile(r"^Amount")).input_value()
    _dialog(page).get_by_role("button", name=re.compile(r"^Refund \$")).click()
    _dialog(page).wait_for(state="detached")
    page.settle()
    return amount


def test_a_return_refunded_in_the_admin_lands_on_the_platform_once(page, live_server):
    ret = _requested(live_server, 0)
    _open_return(page, ret)
    page.get_by_role("button", name="Approve", exact=True).click()
    _confirm(page, "Approve")
    page.get_by_role("button", name="Mark received").click()
    _confirm(page, "Mark received")
    _timeline(page, "Received")
    amount = _refund(page)
    assert Decimal(amount) > 0

    node = _until(live_server, ret["id"], lambda n: all(r["status"] != "PENDING" for r in n["refunds"] if r["kind"] == "PAYMENT"))
    [payment] = [r for r in node["refunds"] if r["kind"] == "PAYMENT"]
    assert payment["status"] == "SUCCEEDED", node
    assert node["platformId"] and [op["status"] for op in node["platformOperations"]] == ["DONE"] * len(node["platformOperations"])

    order = _emulated_order(live_server, ret["order"]["platformId"])
    [refund] = [r for r in order["refunds"] if payment["platformRefundId"].endswith(f"/{r['id']}") or payment["platformRefundId"] == str(r["id"])]
    assert Decimal(refund["amount"]) == Decimal(amount)
    refunds = [t for t in order["transactions"] if t["kind"] == "REFUND"]
    assert sum(Decimal(t["amount"]) for t in refunds) == Decimal(order["refunded"]) >= Decimal(amount)
    assert all(t["parent"] for t in refunds)  # each against the payment it gives back
    [returned] = [r for r in order["returns"] if node["platformId"].endswith(f"/{r['id']}") or node["platformId"] == str(r["id"])]
    assert all(line["processed"] == line["quantity"] for line in returned["lines"])  # processed: the units restocked
    emails = live_server.gql(DELIVERIES, domain=TRENDS)["emailDeliveries"]["nodes"]
    ours = {r["id"] for r in node["refunds"]}  # one email for the refund, its credit shown in it
    assert [e["kind"] for e in emails if e["subjectId"] in ours] == ["REFUND_ISSUED"]

    _open_return(page, ret)  # afresh: the worker finished after the page last read the return
    assert "Done" in page.get_by_role("region", name="On the platform").inner_text()
    page.screenshot("return-on-the-platform")


def test_a_refusal_shows_in_the_platforms_words_and_retry_carries_it_out(page, live_server):
    ret = _requested(live_server, 1)
    _open_return(page, ret)
    page.get_by_role("button", name="Approve", exact=True).click()
    _confirm(page, "Approve")
    words = "Refund amount is more than the order can refund"
    fault = httpx.post(f"{live_server.url}/emulator/faults", timeout=10,
                       json={"kind": "user_error", "operation": "refundCreate", "message": words, "shop": TRENDS})
    assert fault.status_code < 300, fault.text
    _refund(page)
    node = _until(live_server, ret["id"], lambda n: any(r["status"] == "FAILED" for r in n["refunds"]))
    assert any(words in (r["platformError"] or "") for r in node["refunds"]), node

    _open_return(page, ret)
    banner = page.locator(".banner", has_text="The platform did not carry out")
    banner.wait_for()
    assert words in banner.inner_text()
    page.screenshot("return-platform-refused")
    page.get_by_role("region", name="On the platform").get_by_role("button", name="Retry").click()
    page.check_accessibility("the retry dialog")
    _confirm(page, "Retry")
    node = _until(live_server, ret["id"], lambda n: all(r["status"] == "SUCCEEDED" for r in n["refunds"] if r["kind"] == "PAYMENT"))
    assert all(r["status"] == "SUCCEEDED" for r in node["refunds"] if r["kind"] == "PAYMENT"), node

    page.open("/platform", domain=TRENDS)
    page.get_by_role("button", name="All", exact=True).click()
    page.settle()
    assert "Refund" in page.locator("main").inner_text()
    page.screenshot("platform")


ALOTROP = "alotrop.myshopify.com"


def _webhook(live_server, domain: str, topic: str, payload: dict, event_id: str) -> None:
    """A delivery signed as the platform signs it, with the shop's secret (read from the server's database)."""
    with sqlite3.connect(live_server.mail_dir.parent / "recourse.sqlite3") as db:
        (secret,) = db.execute("SELECT api_secret FROM shop WHERE domain = ?", (domain,)).fetchone()
    body = json.dumps(payload).encode()
    response = httpx.post(f"{live_server.url}/webhooks/{topic}", content=body, timeout=10, headers={
        "Content-Type": "application/json", "X-Shopify-Topic": topic, "X-Shopify-Shop-Domain": domain,
        "X-Shopify-Event-Id": event_id, "X-Shopify-Webhook-Id": event_id, "X-Shopify-Hmac-Sha256": webhook_signature(secret, body)})
    assert response.status_code == 200, response.text


def _failed_imports(live_server) -> list[dict]:
    nodes = live_server.gql("{ platformOperations(first: 50, status: FAILED) { nodes { id kind title } } }", domain=ALOTROP)
    return [n for n in nodes["platformOperations"]["nodes"] if n["kind"] == "WEBHOOK_IMPORT"]


def test_an_import_that_failed_shows_on_the_platform_page_in_our_words_and_retry_imports_it(page, live_server):
    name = order_name()
    key = name.lstrip("#")
    import_order(live_server, name, email="robin.ui@example.com", domain=ALOTROP)
    # The platform reports a shipment of a line the order does not have: accepted, then refused on import.
    shipment = {"id": f"{key}-f9", "order_id": f"ui-{key}", "name": f"{name}.9", "created_at": "2026-12-01T10:00:00Z",
                "updated_at": "2026-12-01T10:00:00Z", "line_items": [{"id": f"{key}-2", "quantity": 1}]}
    _webhook(live_server, ALOTROP, "fulfillments/create", shipment, f"ui-{key}-f9")
    title = f"Import a shipment: {name}.9"
    deadline = time.monotonic() + 60
    while not any(op["title"] == title for op in _failed_imports(live_server)) and time.monotonic() < deadline:
        time.sleep(0.5)

    page.open(domain=ALOTROP)
    failed = page.get_by_role("list", name="Work queues").locator("[data-queue='Failed on the platform']")
    assert int(failed.locator(".queue-count").inner_text()) >= 1
    failed.click()
    page.settle()
    row = page.locator("[data-operation=WEBHOOK_IMPORT]", has_text=title)
    row.wait_for()
    text = row.inner_text()
    assert "Recourse could not apply what the platform sent" in text and "Failed" in text, text
    assert "The platform could not be reached" not in text
    row.get_by_role("link", name="Open the order").wait_for()
    page.screenshot("platform-failed-import")

    # The order gains the line on the platform; the retry imports the shipment now.
    import_order(live_server, name, email="robin.ui@example.com", domain=ALOTROP, added_line=True)
    row.get_by_role("button", name="Retry").click()
    dialog = _dialog(page)
    assert "imported again" in dialog.inner_text()
    page.check_accessibility("the import's retry dialog")
    _confirm(page, "Retry")
    shipments = "query($q: String) { orders(first: 1, query: $q) { nodes { fulfillments { lines { line { title } } } } } }"
    shipped = lambda order: [l["line"]["title"] for f in order["fulfillments"] for l in f["lines"]]  # noqa: E731
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        [order] = live_server.gql(shipments, {"q": name}, domain=ALOTROP)["orders"]["nodes"]
        if "Linen Shirt (added)" in shipped(order):
            break
        time.sleep(0.5)
    assert "Linen Shirt (added)" in shipped(order), order  # imported, this time
    assert not any(op["title"] == title for op in _failed_imports(live_server))
    page.go("/platform")
    assert not page.locator("[data-operation=WEBHOOK_IMPORT]", has_text=title).count()

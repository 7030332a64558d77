"""Staff-only text never reaches a customer: a marker written through every staff path that takes a
note is absent from every storefront answer and every email the worker delivers, while the words
staff chose to tell the customer do arrive."""

from __future__ import annotations

from plugin.api.storefront.schema import schema as storefront_schema
from tests.contract.selection import every_field
from tests.emails.cases import drain, handlers_for, smtp_settings
from tests.emails.mailserver import MailServer
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import apply_preset
from tests.lifecycle.builders import (
    EMAIL,
    REFUND,
    delivered_order,
    placed_order,
    request_return,
    return_in,
    staff,
)

MARKER = "STAFFONLY9f1c"
OTHER_EMAIL = "mallory@example.com"
APPLY = "mutation($p: PolicyPreset!) { policyApplyPreset(preset: $p) { userErrors { code } } }"
DECLINE = """mutation($id: ID!, $n: String, $s: String) { returnDeclineRequest(id: $id, declineReason: OTHER, note: $n, staffNote: $s) {
  return { id staffNote declineNote } userErrors { code field message } } }"""
INSPECT = """mutation($id: ID!, $l: [ReturnLineInspectionInput!]!) { returnInspect(id: $id, lines: $l) { userErrors { code field message } } }"""
CANCEL = """mutation($o: ID!, $s: String, $m: String) { orderCancel(orderId: $o, staffNote: $s, customerMessage: $m) {
  userErrors { code field message } } }"""
BLOCK = """mutation($v: String!, $n: String) { blocklistAdd(kind: EMAIL, value: $v, note: $n) { entry { note } userErrors { code field message } } }"""
QUEUE = "{ riskReviews(status: OPEN) { nodes { id subjectId subjectType } } }"
RESOLVE = """mutation($id: ID!, $d: RiskReviewDecision!, $n: String, $m: String) {
  riskReviewResolve(id: $id, decision: $d, note: $n, customerMessage: $m) { riskReview { status resolutionNote } userErrors { code message } } }"""
CANCEL_REQUEST = """mutation($n: String!, $e: String!) { orderCancelRequest(orderName: $n, email: $e) { cancelled pendingReview nextStep } }"""


async def _ok(step) -> dict:
    body = await step
    assert body["userErrors"] == [], body
    return body


async def test_a_staff_note_reaches_neither_the_storefront_nor_any_email(client, db):
    shop = await make_shop()
    await apply_preset(client, shop, "ALOTROP")  # risk on: a blocklisted customer is held; with a return address
    answers: list[str] = []  # every storefront answer, as sent

    # A decline: a reason and words for the customer, and a note for staff.
    _, line = await delivered_order(shop, name="#1001")
    declined = (await request_return(client, shop, line, quantity=1, order_name="#1001"))["return"]["id"]
    shown = (await _ok(staff(client, shop, DECLINE, {"id": declined, "n": "Sorry, not this time.", "s": MARKER})))["return"]
    assert shown["staffNote"] == MARKER and shown["declineNote"] == "Sorry, not this time."

    # An inspection note and a refund note.
    _, line = await delivered_order(shop, name="#1002")
    inspected, return_line = await return_in(client, shop, line, "RECEIVED", order_name="#1002")
    await _ok(staff(client, shop, INSPECT, {"id": inspected, "l": [
        {"returnLineId": return_line, "acceptedQuantity": 2, "condition": "AS_DESCRIBED", "note": MARKER}]}))
    await _ok(staff(client, shop, REFUND, {"i": {"returnId": inspected, "note": MARKER}}))

    # A staff cancellation with a staff note and a message for the customer.
    cancelled = await placed_order(shop, name="#2001")
    await _ok(staff(client, shop, CANCEL, {"o": f"gid://recourse/Order/{cancelled.id}", "s": MARKER, "m": "We ran out of stock."}))

    # A blocklisted customer: two held returns and a held cancellation, resolved with staff notes.
    assert (await _ok(staff(client, shop, BLOCK, {"v": OTHER_EMAIL, "n": MARKER})))["entry"]["note"] == MARKER
    held = []
    for name in ("#1003", "#1004"):
        _, line = await delivered_order(shop, name=name, email=OTHER_EMAIL, customer="c2")
        requested = await request_return(client, shop, line, quantity=1, order_name=name, email=OTHER_EMAIL)
        # Held for review: the customer reads REQUESTED (issue 12), the review queue below has it.
        assert requested["return"]["status"] == "REQUESTED", requested
        held.append(requested["return"]["id"])
    await placed_order(shop, name="#2002", email=OTHER_EMAIL, customer="c2")
    asked = await storefront(client, shop, CANCEL_REQUEST, {"n": "#2002", "e": OTHER_EMAIL})
    assert gql_ok(asked)["orderCancelRequest"]["pendingReview"] is True
    answers.append(asked.text)
    reviews = {node["subjectId"]: node for node in gql_ok(await admin(client, shop, QUEUE))["riskReviews"]["nodes"]}
    [held_cancellation] = [n["id"] for n in reviews.values() if n["subjectType"] == "Cancellation"]
    for review, decision in ((reviews[held[0]]["id"], "CONFIRM_FRAUD"), (reviews[held[1]]["id"], "CLEAR"),
                             (held_cancellation, "CONFIRM_FRAUD")):
        resolved = await _ok(staff(client, shop, RESOLVE, {"id": review, "d": decision, "n": MARKER,
                                                           "m": "We could not confirm your details."}))
        assert resolved["riskReview"]["resolutionNote"] == MARKER

    # Staff see their notes; the customer's every answer is free of them.
    staff_view = (await admin(client, shop, "query($id: ID!) { return(id: $id) { staffNote timeline { note } } }", {"id": held[0]})).text
    assert MARKER in staff_view
    order_query = "query($n: String!, $e: String!) { order(name: $n, email: $e) " + every_field(storefront_schema._schema, "Order") + " }"
    return_query = "query($id: ID!, $e: String!) { return(id: $id, email: $e) " + every_field(storefront_schema._schema, "Return") + " }"
    for name, email in (("#1001", EMAIL), ("#1002", EMAIL), ("#2001", EMAIL), ("#1003", OTHER_EMAIL), ("#1004", OTHER_EMAIL),
                        ("#2002", OTHER_EMAIL)):
        answer = await storefront(client, shop, order_query, {"n": name, "e": email})
        assert gql_ok(answer)["order"]["name"] == name
        answers.append(answer.text)
    for rid, email in ((declined, EMAIL), (inspected, EMAIL), (held[0], OTHER_EMAIL), (held[1], OTHER_EMAIL)):
        answer = await storefront(client, shop, return_query, {"id": rid, "e": email})
        assert gql_ok(answer)["return"]["id"] == rid
        answers.append(answer.text)
    assert "Sorry, not this time." in "".join(answers)  # what staff meant the customer to read does show
    assert [a for a in answers if MARKER in a] == []

    # Every email the worker delivers, subject and every part, decoded.
    mail = MailServer().start()
    try:
        await drain(handlers_for(smtp_settings(mail)))
    finally:
        mail.stop()
    texts = []
    for received in mail.mailbox.received:
        message = received.message
        parts = [message["Subject"]] + [p.get_content() for p in message.walk() if p.get_content_maintype() == "text"]
        texts.append("\n".join(parts))
    assert len(texts) >= 10
    every = "\n".join(texts)
    assert "Sorry, not this time." in every and "We ran out of stock." in every and "We could not confirm your details." in every
    assert [t for t in texts if MARKER in t] == []

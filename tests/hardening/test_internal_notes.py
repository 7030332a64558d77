"""Finding 4: riskReviewResolve(CONFIRM_FRAUD, note: "INTERNAL ...") became the return's decline note,
shown by the storefront's `return { declineNote }` and in the return_declined email. The review's note
stays with staff."""

from __future__ import annotations

import pytest

from tests.emails.cases import drain, handlers_for, smtp_settings
from tests.emails.mailserver import MailServer
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import EMAIL
from tests.risk_flow.test_holds import QUEUE, held_return

INTERNAL = "INTERNAL: matches chargeback ring #42, do not tell the customer"
RESOLVE = """mutation($id: ID!, $n: String) { riskReviewResolve(id: $id, decision: CONFIRM_FRAUD, note: $n) {
  riskReview { status } userErrors { code } } }"""


@pytest.fixture
def mail():
    server = MailServer().start()
    yield server
    server.stop()


async def test_a_fraud_review_note_never_reaches_the_customer(client, db, mail):
    shop = await make_shop(support_email="help@alotrop.example")
    ret = await held_return(client, shop)
    review_id = gql_ok(await admin(client, shop, QUEUE, {"s": "OPEN"}))["riskReviews"]["nodes"][0]["id"]
    resolved = gql_ok(await admin(client, shop, RESOLVE, {"id": review_id, "n": INTERNAL}))["riskReviewResolve"]
    assert resolved == {"riskReview": {"status": "CONFIRMED_FRAUD"}, "userErrors": []}

    seen = gql_ok(await storefront(client, shop, 'query($id: ID!, $e: String) { return(id: $id, email: $e) { status declineReason declineNote nextStep } }',
                                   {"id": ret["id"], "e": EMAIL}))["return"]
    assert seen["status"] == "DECLINED" and INTERNAL not in str(seen)

    await drain(handlers_for(smtp_settings(mail)))
    declined = [e.message for e in mail.mailbox.received if "About your return request" in e.message["Subject"]]
    assert declined, [e.message["Subject"] for e in mail.mailbox.received]
    for message in declined:
        assert "chargeback" not in message.as_string()

    # Staff still have it, on the review's step in the timeline.
    timeline = gql_ok(await admin(client, shop, "query($id: ID!) { node(id: $id) { ... on RiskReview { resolutionNote } } }",
                                  {"id": review_id}))
    assert timeline["node"]["resolutionNote"] == INTERNAL

"""Allegra K pays Canada and Japan $6.99 for the first return, "returned to your original account with
the refund": a reimbursement beside the payment, so a cheap item's refund may exceed what is left of
the order's payment by exactly the granted credit, and never by more. Over HTTP and real SMTP."""

from decimal import Decimal

import pytest

from models.refund import Refund
from tests.emails.cases import drain, handlers_for, smtp_settings
from tests.emails.mailserver import MailServer
from tests.helpers import gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    APPROVE,
    EMAIL,
    EVERY_CONDITION,
    INSPECT,
    RECEIVE,
    apply_preset,
    delivered_order,
    request_return,
    staff,
)

REFUND = """mutation($i: RefundCreateInput!) { refundCreate(input: $i) {
  refund { id kind amount { amount } breakdown } reimbursement { id kind amount { amount } breakdown }
  userErrors { field code message } } }"""


@pytest.fixture
def mail():
    server = MailServer().start()
    yield server
    server.stop()


QUOTE = """mutation($i: ReturnRequestInput!) { returnQuote(input: $i) {
  quote { refund { total { amount } lines { kind code amount { amount } } } shipping { summary credit { amount } } }
  userErrors { code } } }"""


async def quote(client, shop, line: str) -> dict:
    variables = {"i": {"orderName": "#1001", "email": EMAIL, "shippingMethod": "CUSTOMER_SHIPPED", "lines": [
        {"lineId": line, "quantity": 1, "reason": "UNWANTED", "condition": EVERY_CONDITION}]}}
    return gql_ok(await storefront(client, shop, QUOTE, variables))["returnQuote"]["quote"]


async def canada_return(client, shop, *, price="18.00", shipping="3.50", quoted: list | None = None):
    await apply_preset(client, shop, "ALLEGRA_K")
    _, line = await delivered_order(shop, quantity=1, price=price, shipping=shipping, country="CA")
    if quoted is not None:
        quoted.append(await quote(client, shop, line))
    requested = await request_return(client, shop, line, quantity=1, shippingMethod="CUSTOMER_SHIPPED")
    assert requested["userErrors"] == [] and requested["decision"]["allowed"], requested
    return requested


async def drive_to_inspected(client, shop, rid: str) -> None:
    line = (await staff(client, shop, APPROVE, {"id": rid}))["return"]["lines"][0]["id"]
    await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": line, "quantity": 1}]})
    inspected = await staff(client, shop, INSPECT, {"id": rid, "l": [
        {"returnLineId": line, "acceptedQuantity": 1, "rejectedQuantity": 0, "condition": "AS_DESCRIBED"}]})
    assert inspected["userErrors"] == [], inspected


async def test_canada_first_return_of_a_cheap_item_refunds_exactly_the_quote(client, db, mail):
    shop = await make_shop()
    quoted: list = []
    requested = await canada_return(client, shop, quoted=quoted)  # 21.50 paid: 18.00 + 3.50 shipping
    # The storefront's quote: the item and the credit, each its own line; what the request decided.
    lines = [(l["kind"], l["code"], l["amount"]["amount"]) for l in quoted[0]["refund"]["lines"]]
    assert lines == [("ITEM", "ITEM", "18.00"), ("CREDIT", "RETURN_SHIPPING_CREDIT", "6.99")]
    assert "$6.99" in quoted[0]["shipping"]["summary"] and quoted[0]["shipping"]["credit"]["amount"] == "6.99"
    quote = requested["decision"]["refund"]["total"]
    assert quote["amount"] == quoted[0]["refund"]["total"]["amount"] == "24.99"  # original shipping never refunded
    rid = requested["return"]["id"]
    await drive_to_inspected(client, shop, rid)

    paid = await staff(client, shop, REFUND, {"i": {"returnId": rid, "idempotencyKey": "ca-1"}})
    assert paid["userErrors"] == [], paid
    assert (paid["refund"]["kind"], paid["refund"]["amount"]["amount"]) == ("PAYMENT", "18.00")
    assert (paid["reimbursement"]["kind"], paid["reimbursement"]["amount"]["amount"]) == ("REIMBURSEMENT", "6.99")
    assert [line["kind"] for line in paid["reimbursement"]["breakdown"]] == ["CREDIT"]
    total = Decimal(paid["refund"]["amount"]["amount"]) + Decimal(paid["reimbursement"]["amount"]["amount"])
    assert str(total) == quote["amount"]

    # Nothing more: the payment is within what was paid, the credit within what was granted.
    again = await staff(client, shop, REFUND, {"i": {"returnId": rid, "idempotencyKey": "ca-2"}})
    assert again["userErrors"][0]["code"] == "NOTHING_TO_REFUND"
    more = await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "3.51", "idempotencyKey": "ca-3"}})
    assert more["userErrors"][0]["code"] == "OVER_REFUND"
    assert await Refund.all().count() == 2

    # The customer gets one email for the refund, the credit its own line, the total the quote.
    await drain(handlers_for(smtp_settings(mail)))
    refund_mails = [r.message for r in mail.mailbox.received if "refund" in r.message["Subject"].lower()]
    assert len(refund_mails) == 1, [r.message["Subject"] for r in mail.mailbox.received]
    text = refund_mails[0].get_body(("plain",)).get_content()
    assert "Return shipping credit: $6.99" in text and "$24.99" in text, text
    instructions = [r.message for r in mail.mailbox.received if r.message["Subject"] and "how to send it back" in r.message["Subject"]]
    assert instructions and "Return shipping credit: $6.99" in instructions[0].get_body(("plain",)).get_content()

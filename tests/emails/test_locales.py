"""Emails in the customer's language, else the shop's: translated subjects and text, and money and
dates formatted by babel for that locale, delivered over SMTP intact (UTF-8 subjects and bodies)."""

from __future__ import annotations

from datetime import date

import pytest
from babel.dates import format_date

from models.customer import Customer
from models.returns import Return
from tests.emails.cases import (
    drain,
    email_rows,
    handlers_for,
    shop_for_mail,
    smtp_settings,
)
from tests.emails.mailserver import MailServer
from tests.lifecycle.builders import (
    APPROVE,
    INSPECT,
    RECEIVE,
    REFUND,
    delivered_order,
    request_return,
    staff,
)


@pytest.fixture
def mail():
    server = MailServer().start()
    yield server
    server.stop()


async def refunded_return(client, shop, *, customer_locale: str | None = None) -> Return:
    """#1001 (2 x 40.00) returned, one unit accepted, refunded: instructions and refund emails."""
    _, line = await delivered_order(shop)
    if customer_locale:  # what the platform's customer payload carries
        await Customer.filter(shop_id=shop.id).update(locale=customer_locale)
    ret = (await request_return(client, shop, line, quantity=2))["return"]
    for mutation, variables in (
        (APPROVE, {}),
        (RECEIVE, {"l": [{"returnLineId": ret["lines"][0]["id"], "quantity": 2}]}),
        (INSPECT, {"l": [{"returnLineId": ret["lines"][0]["id"], "acceptedQuantity": 1, "rejectedQuantity": 1, "condition": "WORN"}]}),
        (REFUND, None),
    ):
        body = await staff(client, shop, mutation, {"i": {"returnId": ret["id"]}} if variables is None else {"id": ret["id"], **variables})
        assert body["userErrors"] == [], body
    return await Return.get(name="#1001-R1", shop_id=shop.id)


def received(mail, rows, topic):
    [row] = [r for r in rows if r.topic == topic]
    message = mail.mailbox.by_id()[row.message_id].message
    return message, {part.get_content_type(): part.get_content() for part in message.iter_parts()}


def long_date(value: str | date, locale: str) -> str:
    return format_date(date.fromisoformat(str(value)[:10]), format="long", locale=locale)


@pytest.mark.parametrize("shop_locale, customer_locale, expected", [
    ("es", None, {
        "lang": "es", "hello": "Hola", "refund_subject": "Tu reembolso del pedido #1001", "amount": "40,00\xa0US$",
        "instructions_subject": "Tu devolución #1001-R1 está aprobada: cómo enviarla", "month_word": " de ",
    }),
    ("en", "de", {  # the customer's locale wins over the shop's
        "lang": "de", "hello": "Hallo", "refund_subject": "Ihre Erstattung zur Bestellung #1001", "amount": "40,00\xa0$",
        "instructions_subject": "Ihre Rücksendung #1001-R1 ist genehmigt: so senden Sie sie zurück", "month_word": ". ",
    }),
    ("de_AT", None, {
        "lang": "de", "hello": "Hallo", "refund_subject": "Ihre Erstattung zur Bestellung #1001", "amount": "$\xa040,00",
        "instructions_subject": "Ihre Rücksendung #1001-R1 ist genehmigt: so senden Sie sie zurück", "month_word": ". ",
    }),
])
async def test_the_customer_reads_their_language_money_and_dates(client, db, mail, shop_locale, customer_locale, expected):
    shop = await shop_for_mail(client, locale=shop_locale)
    ret = await refunded_return(client, shop, customer_locale=customer_locale)
    await drain(handlers_for(smtp_settings(mail)))
    rows = await email_rows()
    assert {row.status for row in rows} == {"SENT"}
    locale = customer_locale or shop_locale

    message, found = received(mail, rows, "refund_issued")
    assert message["Subject"] == expected["refund_subject"]
    assert message["Content-Language"] == expected["lang"]
    for part in found.values():
        assert expected["hello"] in part and expected["amount"] in part
        window = ret.decision["deadlines"]
        assert long_date(window["refund_expected_from"], locale) in part
        assert long_date(window["refund_expected_to"], locale) in part
        assert expected["month_word"] in long_date(window["refund_expected_to"], locale)
        assert "$40.00" not in part  # nothing left in English format

    message, found = received(mail, rows, "return_instructions")
    assert message["Subject"] == expected["instructions_subject"]
    for part in found.values():
        assert long_date(ret.ship_by, locale) in part

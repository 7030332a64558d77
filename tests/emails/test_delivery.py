"""Every kind of customer email, from a real case, through the worker, to a real SMTP server.

The cases are driven through the HTTP APIs (tests/emails/cases.py); the worker runs with the real
EmailSender against aiosmtpd on a local port; what arrives is parsed back and checked against the
records of the case it came from.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from emails.formatting import day, money
from emails.render import KINDS
from models.refund import Cancellation, Refund
from models.returns import Return
from tests.emails.cases import (
    MAIL_FROM,
    drain,
    email_rows,
    every_kind,
    handlers_for,
    shop_for_mail,
    smtp_settings,
)
from tests.emails.mailserver import MailServer
from tests.lifecycle.builders import EMAIL


@pytest.fixture
def mail():
    server = MailServer().start()
    yield server
    server.stop()


def parts(message) -> dict[str, str]:
    assert message.get_content_type() == "multipart/alternative"
    found = {part.get_content_type(): part.get_content() for part in message.iter_parts()}
    assert set(found) == {"text/plain", "text/html"}, found.keys()
    return found


def both(found: dict[str, str], text: str) -> None:
    assert text in found["text/plain"], (text, found["text/plain"])
    assert text in found["text/html"], (text, found["text/html"])


async def test_every_kind_arrives_complete_and_addressed_from_its_case(client, db, mail):
    shop = await shop_for_mail(client)
    case = await every_kind(client, shop)
    rows = await email_rows()
    assert {row.topic for row in rows} == set(KINDS)

    assert await drain(handlers_for(smtp_settings(mail))) == len(rows)

    assert {row.status for row in await email_rows()} == {"SENT"}
    assert mail.mailbox.delivered() == {row.message_id: 1 for row in rows}
    assert len(mail.mailbox.sessions) == 1  # one connection carried the whole batch
    received = mail.mailbox.by_id()
    names = {pk: name for name, pk in case.orders.items()}
    bodies = {}
    for row in rows:
        envelope = received[row.message_id]
        message = envelope.message
        assert envelope.mail_from == MAIL_FROM and envelope.rcpt_tos == [EMAIL]
        assert message["To"] == EMAIL
        assert message["From"].addresses[0].display_name == "Mail Store Returns"
        assert message["From"].addresses[0].addr_spec == MAIL_FROM
        assert message["Reply-To"] == "care@mail-store.example"
        assert message["Message-ID"] == f"<{row.message_id}>"  # the outbox row's stable id
        assert message["Content-Language"] == "en" and message["Bcc"] is None
        found = parts(message)
        assert found["text/html"].lstrip().startswith("<!doctype html>")
        assert "{{" not in found["text/plain"] and "{%" not in found["text/html"]
        both(found, "Mail Store")
        bodies[row.topic, names[row.payload["order_id"]]] = (message["Subject"], found)

    # The figures and dates of each case, as stored, in the customer's format.
    ret = await Return.get(id=case.return_id)
    quote, deadlines = ret.decision["quote"], ret.decision["deadlines"]

    subject, found = bodies["return_requested", "#1001"]
    assert subject == "We received your return request #1001-R1"
    assert "2 x Linen Shirt" in found["text/plain"] and "2 × Linen Shirt" in found["text/html"]
    both(found, money(quote["total"], "en"))

    subject, found = bodies["return_instructions", "#1001"]
    assert subject == "Your return #1001-R1 is approved: how to send it back"
    both(found, f"Ship your parcel by {day(ret.ship_by, 'en')}.")
    both(found, money(quote["total"], "en"))

    subject, found = bodies["return_received", "#1001"]
    assert subject == "Your return #1001-R1 has arrived"
    both(found, "has arrived at our warehouse")

    subject, found = bodies["inspection_result", "#1001"]
    assert subject == "We checked the items of your return #1001-R1"
    assert "Linen Shirt: 1 accepted, 1 not accepted (worn)" in found["text/plain"]

    # One unit accepted of two at 40.00, under Alotrop's policy: 40.00 back, in the window it promised.
    refund = await Refund.get(return_request_id=ret.id)
    assert refund.amount == Decimal("40.00")
    subject, found = bodies["refund_issued", "#1001"]
    assert subject == "Your refund for order #1001"
    both(found, "We have issued a refund of $40.00 for order #1001.")
    both(found, f"between {day(deadlines['refund_expected_from'], 'en')} and {day(deadlines['refund_expected_to'], 'en')}")

    subject, found = bodies["cancellation_refused", "#1001"]
    assert subject == "Your order #1001 can no longer be cancelled"
    both(found, "We could not cancel your order #1001.")

    subject, found = bodies["return_declined", "#1002"]
    assert subject == "About your return request #1002-R1"
    both(found, "Final sale items cannot be returned.")
    both(found, "Marked final sale at checkout.")

    subject, found = bodies["held_for_verification", "#1002"]
    assert subject == "Please confirm a few details about order #1002"
    both(found, "For reference, here is our return policy:")

    subject, found = bodies["damaged_claim_received", "#1002"]
    assert subject == "We received your claim for order #1002"
    assert "1 x Linen Shirt" in found["text/plain"] and "1 × Linen Shirt" in found["text/html"]

    # Issue 24 (a manual platform: its system acts on the webhooks, the customer hears at once).
    subject, found = bodies["exchange_shipped", "#3001"]
    assert subject == "Your exchange for return #3001-R1 has shipped"
    both(found, "Your exchange for return #3001-R1 has shipped.")
    both(found, "M / Black")
    subject, found = bodies["store_credit", "#3002"]
    assert subject == "Your store credit for order #3002"
    both(found, "You have store credit of $27.50 for order #3002.")
    both(found, "a bonus of $2.50 on top of the $25.00")
    both(found, "cannot be paid out as cash")

    # #2001 was cancelled unshipped: 2 x 40.00 + 5.00 shipping, all of it refunded.
    cancellation = await Cancellation.get(order_id=case.orders["#2001"])
    assert cancellation.refund_amount == Decimal("85.00")
    decision = cancellation.decision
    for topic in ("cancellation_confirmed", "refund_issued"):
        subject, found = bodies[topic, "#2001"]
        if decision["refund_expected_from"]:
            both(found, f"between {day(decision['refund_expected_from'], 'en')} and {day(decision['refund_expected_to'], 'en')}")
        else:  # Alotrop states no refund time for cancellations: no window is promised
            assert "Expect it" not in found["text/plain"]
    subject, found = bodies["cancellation_confirmed", "#2001"]
    assert subject == "Your order #2001 is cancelled"
    both(found, "We are refunding $85.00 to your original payment method.")
    subject, found = bodies["refund_issued", "#2001"]
    assert subject == "Your refund for order #2001"
    both(found, "We have issued a refund of $85.00 for order #2001.")

async def test_a_staff_cancellation_without_refund_does_not_promise_one(client, db, mail):
    from tests.lifecycle.builders import ORDER_CANCEL, placed_order, staff

    shop = await shop_for_mail(client)
    order = await placed_order(shop, name="#3001")
    body = await staff(client, shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": False})
    assert body["userErrors"] == []
    await drain(handlers_for(smtp_settings(mail)))
    [envelope] = mail.mailbox.received
    found = parts(envelope.message)
    both(found, "Your order #3001 is cancelled.")
    assert "refunding" not in found["text/plain"] and "refunding" not in found["text/html"]


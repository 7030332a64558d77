"""What goes wrong between the worker and a real SMTP server, and what the worker makes of it.

The server is aiosmtpd on a local port (tests/emails/mailserver.py), told to be down, slow, to answer
4xx or 5xx, or to refuse a recipient. Backoff runs on a fake clock handed to the worker; sockets and
timeouts are real. Each test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from emails.send import EmailSender
from plugin.jobs.outbox import DEFAULT_LEASE, deliver_due
from tests.emails.cases import (
    Clock,
    drain,
    email_rows,
    email_settings,
    handlers_for,
    many_emails,
    shop_for_mail,
    smtp_settings,
)
from tests.emails.mailserver import OK, MailServer
from tests.helpers import admin, gql_ok
from tests.lifecycle.builders import EMAIL
from tests.waiting import eventually, until_empty

ROOT = Path(__file__).resolve().parents[2]
DELIVERIES = """query($s: EmailDeliveryStatus) { emailDeliveries(first: 50, status: $s) {
  nodes { id kind to status attempts lastError sentAt nextAttemptAt messageId } } }"""
RETRY = """mutation($id: ID!) { emailRetry(id: $id) {
  emailDelivery { id status attempts lastError nextAttemptAt messageId } userErrors { field code message } } }"""


@pytest.fixture
def mail():
    server = MailServer().start()
    yield server
    server.stop()


async def statuses() -> Counter:
    return Counter((row.status, row.attempts) for row in await email_rows())


# --- the server away --------------------------------------------------------------------------


async def test_server_down_for_a_while_then_up_delivers_every_message_once(client, db):
    server = MailServer()  # nothing listens on its port yet
    shop = await shop_for_mail(client)
    rows = await many_emails(client, shop, 6)
    clock = Clock()
    handlers = handlers_for(smtp_settings(server))

    for _ in range(3):  # three rounds against a closed port, an hour apart
        report = await deliver_due(handlers, clock=clock)
        assert (report.claimed, report.retried, report.sent) == (6, 6, 0)
        clock.advance(hours=1)
    assert await statuses() == {("PENDING", 3): 6}
    assert all("could not open the EMAIL sender" in row.last_error for row in await email_rows())

    server.start()
    try:
        await drain(handlers, clock)
    finally:
        server.stop()
    assert server.mailbox.delivered() == {row.message_id: 1 for row in rows}
    assert server.mailbox.greetings == 1  # the batch shared one connection
    assert await statuses() == {("SENT", 4): 6}


async def test_a_server_that_goes_away_mid_batch_loses_nothing(client, db):
    server = MailServer().start()
    shop = await shop_for_mail(client)
    rows = await many_emails(client, shop, 5)
    clock = Clock()
    server.mailbox.hold = {3}  # the third message hangs; the server is stopped under it

    handlers = handlers_for(smtp_settings(server))
    batch = asyncio.create_task(deliver_due(handlers, clock=clock))
    await eventually(lambda: server.mailbox.data_commands >= 3, what="the third message to reach the server")
    server.stop()  # drops the connection, refuses new ones
    report = await asyncio.wait_for(batch, timeout=30)
    assert (report.sent, report.retried) == (2, 3)
    server.start()
    try:
        clock.advance(minutes=2)
        await drain(handlers, clock)
    finally:
        server.stop()
    assert set(server.mailbox.delivered()) == {row.message_id for row in rows}
    assert max(server.mailbox.delivered().values()) == 1
    assert {row.status for row in await email_rows()} == {"SENT"}


async def test_a_worker_killed_mid_batch_and_restarted_loses_nothing(client, db, mail, tmp_path):
    """A real `recourse worker` process, SIGKILLed while the server holds its third message."""
    shop = await shop_for_mail(client)
    rows = await many_emails(client, shop, 6)
    mail.mailbox.hold_from = 3
    env = {**os.environ, "DATABASE_URL": db.url, "SMTP_URL": mail.url, "RECOURSE_MAIL_FROM": "returns@recourse.test",
           "LOG_LEVEL": "WARNING"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "plugin.cli", "worker", "--batch", "10", "--poll", "0.2", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        await eventually(lambda: mail.mailbox.data_commands >= 3, what="the worker to get to the third message",
                         timeout=60)  # a fresh interpreter importing the app on a busy machine
    finally:
        process.send_signal(signal.SIGKILL)
        await process.wait()
    assert len(mail.mailbox.received) == 2
    now = await statuses()
    assert now[("SENT", 1)] == 2 and now[("SENDING", 1)] == 4  # claimed, leased, never finished

    mail.mailbox.hold_from = None
    mail.mailbox.release.set()
    clock = Clock()
    assert (await deliver_due(handlers_for(smtp_settings(mail)), clock=clock)).claimed == 0  # leases still held
    clock.advance(seconds=DEFAULT_LEASE.total_seconds() + 1)
    await drain(handlers_for(smtp_settings(mail)), clock)
    assert {row.status for row in await email_rows()} == {"SENT"}
    delivered = mail.mailbox.delivered()
    assert set(delivered) == {row.message_id for row in rows}
    # At least once: the message in flight when the worker died may arrive twice, with one Message-ID.
    assert all(count <= 2 for count in delivered.values())
    assert sum(delivered.values()) <= 7


# --- what the server answers ------------------------------------------------------------------


async def test_a_4xx_reply_is_retried_later_and_delivered_once(client, db, mail):
    shop = await shop_for_mail(client)
    first, second = await many_emails(client, shop, 2)
    clock = Clock()
    mail.mailbox.script = ["451 4.3.0 Mailbox busy, try again later"]
    handlers = handlers_for(smtp_settings(mail))

    report = await deliver_due(handlers, clock=clock)
    assert (report.retried, report.sent) == (1, 1)
    row = await first.__class__.get(id=first.id)
    assert (row.status, row.attempts, row.last_error) == ("PENDING", 1, "451 4.3.0 Mailbox busy, try again later")
    assert timedelta(seconds=30) <= row.next_attempt_at - clock.now <= timedelta(seconds=60)
    assert mail.mailbox.greetings == 1  # a 4xx does not cost the connection: the second went on it
    assert (await deliver_due(handlers, clock=clock)).claimed == 0  # not due yet

    clock.advance(seconds=61)
    assert (await deliver_due(handlers, clock=clock)).sent == 1
    assert mail.mailbox.delivered() == {first.message_id: 1, second.message_id: 1}
    assert await statuses() == {("SENT", 2): 1, ("SENT", 1): 1}
    assert (await first.__class__.get(id=first.id)).last_error is None  # delivered: the 451 is history


async def test_4xx_for_ever_gives_up_after_the_bounded_attempts(client, db, mail):
    shop = await shop_for_mail(client)
    [row] = await many_emails(client, shop, 1)
    clock = Clock()
    mail.mailbox.default = "452 4.2.2 Mailbox full"
    handlers = handlers_for(smtp_settings(mail))
    for _ in range(20):  # eight attempts are allowed: a worker that never gives up fails below
        if (row := await row.__class__.get(id=row.id)).status != "PENDING":
            break
        clock.now = max(clock.now, row.next_attempt_at)
        assert (await deliver_due(handlers, clock=clock)).claimed == 1
    assert (row.status, row.attempts) == ("FAILED", 8)
    assert row.last_error == "gave up after 8 attempts: 452 4.2.2 Mailbox full"
    assert len(mail.mailbox.answers) == 8 and mail.mailbox.received == []


async def test_a_5xx_reply_fails_and_staff_can_retry_it_from_the_admin_api(client, db, mail):
    shop = await shop_for_mail(client)
    [row] = await many_emails(client, shop, 1)
    clock = Clock()
    mail.mailbox.default = "554 5.7.1 Message rejected as spam"
    handlers = handlers_for(smtp_settings(mail))

    report = await deliver_due(handlers, clock=clock)
    assert (report.failed, report.retried) == (1, 0)  # permanent: no retry
    clock.advance(days=1)
    assert (await deliver_due(handlers, clock=clock)).claimed == 0
    [failed] = gql_ok(await admin(client, shop, DELIVERIES, {"s": "FAILED"}))["emailDeliveries"]["nodes"]
    assert failed["status"] == "FAILED" and failed["attempts"] == 1 and failed["kind"] == "RETURN_REQUESTED"
    assert failed["lastError"] == "554 5.7.1 Message rejected as spam" and failed["to"] == EMAIL
    assert failed["messageId"] == row.message_id and failed["sentAt"] is None and failed["nextAttemptAt"] is None

    retried = gql_ok(await admin(client, shop, RETRY, {"id": failed["id"]}))["emailRetry"]
    assert retried["userErrors"] == []
    assert retried["emailDelivery"]["status"] == "PENDING" and retried["emailDelivery"]["attempts"] == 0
    assert retried["emailDelivery"]["lastError"] is None and retried["emailDelivery"]["nextAttemptAt"]

    mail.mailbox.default = OK
    assert (await deliver_due(handlers)).sent == 1  # due at once, on the real clock
    assert mail.mailbox.delivered() == {row.message_id: 1}  # the same Message-ID as the refused one
    again = gql_ok(await admin(client, shop, RETRY, {"id": failed["id"]}))["emailRetry"]
    assert again["emailDelivery"] is None
    assert again["userErrors"] == [{"field": ["id"], "code": "INVALID_STATE",
                                    "message": "only a FAILED email can be retried; this one is SENT"}]


async def test_one_refused_recipient_is_sent_with_the_partial_failure_recorded(client, db, mail):
    settings = email_settings(copy_to=["archive@mail-store.example", "audit@mail-store.example"])
    shop = await shop_for_mail(client, settings=settings)
    [row] = await many_emails(client, shop, 1)
    mail.mailbox.refuse = {"audit@mail-store.example": "550 5.1.1 No such mailbox"}

    assert (await deliver_due(handlers_for(smtp_settings(mail)))).sent == 1
    [envelope] = mail.mailbox.received
    assert envelope.rcpt_tos == [EMAIL, "archive@mail-store.example"]
    assert envelope.message["Bcc"] is None  # the copies are blind
    assert envelope.message["To"] == EMAIL
    [shown] = gql_ok(await admin(client, shop, DELIVERIES, {"s": "SENT"}))["emailDeliveries"]["nodes"]
    assert shown["status"] == "SENT" and shown["sentAt"] and shown["messageId"] == row.message_id
    assert shown["lastError"] == ("partly delivered: 1 of 3 recipients refused: "
                                  "audit@mail-store.example: 550 5.1.1 No such mailbox")


async def test_every_recipient_refused_fails_for_good_or_waits_when_temporary(client, db, mail):
    shop = await shop_for_mail(client)
    first, _ = await many_emails(client, shop, 2)
    mail.mailbox.refuse = {EMAIL: "550 5.1.1 No such mailbox"}
    report = await deliver_due(handlers_for(smtp_settings(mail)), limit=1)
    assert report.failed == 1
    failed = await first.__class__.get(id=first.id)
    assert failed.last_error == f"every recipient refused: {EMAIL}: 550 5.1.1 No such mailbox"
    mail.mailbox.refuse = {EMAIL: "450 4.2.1 Try later"}
    assert (await deliver_due(handlers_for(smtp_settings(mail)))).retried == 1
    assert mail.mailbox.received == []


async def test_a_send_cut_off_by_its_timeout_never_reuses_the_connection(client, db, mail):
    """A send the worker cancels mid-DATA leaves the SMTP dialogue in an unknown state; the next
    message must go on a new connection, not inherit a reply meant for the last one."""
    shop = await shop_for_mail(client)
    first, second = await many_emails(client, shop, 2)
    clock = Clock()
    mail.mailbox.hold = {1}
    settings = smtp_settings(mail)
    report = await deliver_due({"EMAIL": lambda: EmailSender(settings, timeout=1.0, command_timeout=5.0)}, clock=clock)
    assert (report.retried, report.sent) == (1, 1)
    assert "timed out" in (await first.__class__.get(id=first.id)).last_error
    assert mail.mailbox.greetings == 2
    assert mail.mailbox.delivered() == {second.message_id: 1}
    mail.mailbox.release.set()
    clock.advance(minutes=2)
    await drain(handlers_for(settings), clock)
    assert mail.mailbox.delivered()[first.message_id] == 1


# --- several workers ----------------------------------------------------------------------------


async def test_two_workers_never_send_the_same_message_twice(client, db, mail):
    shop = await shop_for_mail(client)
    rows = await many_emails(client, shop, 40)
    mail.mailbox.delay = 0.005
    handlers = handlers_for(smtp_settings(mail))

    async def worker() -> int:
        sent = 0

        async def step() -> int:
            nonlocal sent
            report = await deliver_due(handlers, limit=5)
            sent += report.sent
            return report.claimed

        await until_empty(step, what="a worker's share of 40 emails")
        return sent

    first, second = await asyncio.gather(worker(), worker())
    assert first + second == 40 and first > 0 and second > 0
    assert mail.mailbox.delivered() == {row.message_id: 1 for row in rows}
    assert len(mail.mailbox.answers) == 40
    assert await statuses() == {("SENT", 1): 40}

"""The outbox worker and outbound webhooks, against a real HTTP receiver on a local port.

Rows are inserted directly: an OutboxMessage row is the worker's whole contract with the actions.
Time is a fake clock handed to the worker, so backoff schedules run in milliseconds; timeouts and
HTTP are real. Every test that touches the database runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import os
import random
import signal
import socket
import sys
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from models.outbox import OutboxMessage
from models.shop import Shop
from plugin.jobs.outbound import WebhookSender, classify
from plugin.jobs.outbox import DEFAULT_LEASE, RetryPolicy, claim_due, deliver_batch, deliver_due, run_worker
from plugin.values.delivery import Delivery
from plugin.process.settings import Settings
from tests.conftest import count_sql
from tests.helpers import make_shop
from tests.waiting import eventually, until_empty

ROOT = Path(__file__).resolve().parents[1]
HANDLERS = {"WEBHOOK": lambda: WebhookSender(timeout=2.0, connect_timeout=1.0, allow_loopback=True)}
HOLD_LIMIT = 60.0  # seconds the receiver holds a "hold" request at most


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Clock:
    """The worker's idea of now; tests move it forward instead of sleeping."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    verified: bool
    status: int | str

    @property
    def event_id(self) -> str:
        return self.headers["x-recourse-event-id"]


@dataclass
class Receiver:
    """A merchant's endpoint: verifies the signature like the README says, records every request,
    and answers from `script` (then `default`). "hold" keeps the request open until `release`."""

    port: int
    secrets: dict[str, str] = field(default_factory=dict)  # shop domain -> API secret
    script: list[int | str] = field(default_factory=list)
    default: int | str = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    requests: list[Received] = field(default_factory=list)
    gate: asyncio.Event = field(default_factory=asyncio.Event)
    _server: uvicorn.Server | None = None
    _task: asyncio.Task | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def delivered(self) -> Counter:
        """Event ids answered with 2xx, with how often."""
        return Counter(r.event_id for r in self.requests if isinstance(r.status, int) and 200 <= r.status < 300)

    async def _hook(self, request: Request) -> Response:
        body = await request.body()
        secret = self.secrets.get(request.headers.get("x-recourse-shop-domain", ""), "")
        # The recipe the README gives merchants: base64(HMAC-SHA256(secret, raw body)), compared in
        # constant time.
        expected = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()
        verified = hmac.compare_digest(expected, request.headers.get("x-recourse-hmac-sha256", ""))
        answer = self.script.pop(0) if self.script else self.default
        if not verified:
            answer = 401
        record = Received(dict(request.headers), body, verified, answer)
        self.requests.append(record)
        if self.delay:
            await asyncio.sleep(self.delay)
        if answer == "hold":
            try:  # until the test opens the gate; a test that never does gets a 503, not a stuck server
                await asyncio.wait_for(self.gate.wait(), timeout=HOLD_LIMIT)
            except TimeoutError:
                record.status = 503
                return Response("held past the test's deadline", status_code=503)
            record.status = 200
            return Response(status_code=200)
        return Response(f"answer {answer}", status_code=answer, headers=self.headers)

    async def start(self) -> Receiver:
        app = Starlette(routes=[Route("/hooks", self._hook, methods=["POST"])])
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off",
                                timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve())
        for _ in range(500):
            if self._server.started:
                return self
            if self._task.done():
                self._task.result()
            await asyncio.sleep(0.01)
        raise RuntimeError("receiver did not start")

    async def stop(self) -> None:
        self.gate.set()
        if self._server is not None:
            self._server.should_exit = True
            await self._task
            self._server = self._task = None


@pytest.fixture
async def receiver():
    hook = Receiver(free_port())
    await hook.start()
    yield hook
    await hook.stop()


@pytest.fixture
async def shop(db, receiver):
    shop = await make_shop("outbox-store.myshopify.com", api_secret="k" * 64)
    shop.webhook_url = receiver.url
    await shop.save(update_fields=["webhook_url"])
    receiver.secrets[shop.domain] = shop.api_secret
    return shop


async def enqueue(shop: Shop, count: int = 1, *, kind: str = "WEBHOOK", topic: str = "return.requested",
                  **columns) -> list[OutboxMessage]:
    columns.setdefault("next_attempt_at", datetime.now(timezone.utc) - timedelta(seconds=1))  # due
    payload = columns.pop("payload", None)
    rows = [
        OutboxMessage(
            shop_id=shop.id, kind=kind, topic=topic, subject_type="Return", subject_id=i + 1,
            payload=payload or {"id": f"gid://recourse/Return/{i + 1}", "note": "Café — ✓", "amount": "12.50"},
            message_id=f"{uuid.uuid4()}@recourse", **columns,
        )
        for i in range(count)
    ]
    await OutboxMessage.bulk_create(rows)
    return await OutboxMessage.filter(message_id__in=[r.message_id for r in rows]).order_by("id")


async def fresh(row: OutboxMessage) -> OutboxMessage:
    return await OutboxMessage.get(id=row.id)


async def drain(clock: Clock, handlers=HANDLERS, **kwargs) -> int:
    """Run worker steps at the clock's current time until nothing is due; returns steps taken."""
    async def step() -> int:
        return (await deliver_due(handlers, clock=clock, **kwargs)).claimed

    return await until_empty(step, what="the outbox")


# --- delivery and signature ---------------------------------------------------------------------


async def test_delivers_a_signed_webhook_the_receiver_verifies(shop, receiver):
    [row] = await enqueue(shop, topic="refund.created")
    report = await deliver_due(HANDLERS)
    assert (report.claimed, report.sent) == (1, 1)

    [request] = receiver.requests
    assert request.verified and request.status == 200
    assert json.loads(request.body) == row.payload
    headers = request.headers
    assert headers["content-type"] == "application/json"
    assert headers["x-recourse-topic"] == "refund.created"
    assert headers["x-recourse-shop-domain"] == "outbox-store.myshopify.com"
    assert headers["x-recourse-event-id"] == row.message_id
    # The signature covers the exact bytes: one changed byte and it no longer verifies.
    secret = shop.api_secret.encode()
    assert headers["x-recourse-hmac-sha256"] == base64.b64encode(
        hmac.new(secret, request.body, hashlib.sha256).digest()).decode()
    assert headers["x-recourse-hmac-sha256"] != base64.b64encode(
        hmac.new(secret, request.body + b" ", hashlib.sha256).digest()).decode()

    row = await fresh(row)
    assert (row.status, row.attempts, row.claimed_until, row.last_error) == ("SENT", 1, None, None)
    assert row.sent_at is not None
    assert (await deliver_due(HANDLERS)).claimed == 0  # nothing left


async def test_a_row_written_by_an_action_is_delivered(shop, receiver):
    from plugin.actions.events import record

    await record(shop, subject=("Return", 7), actor="staff:1", action="return.approved",
                 webhook=("return.approved", {"id": "gid://recourse/Return/7", "status": "OPEN"}),
                 email=("return_approved", {"to": "ava@example.com"}))
    assert (await deliver_due(HANDLERS)).sent == 1
    [request] = receiver.requests
    assert request.verified and request.headers["x-recourse-topic"] == "return.approved"
    assert json.loads(request.body) == {"id": "gid://recourse/Return/7", "status": "OPEN"}
    assert (await OutboxMessage.get(kind="EMAIL")).status == "PENDING"


async def test_a_500_is_retried_with_backoff_and_delivered_once(shop, receiver):
    clock = Clock()
    receiver.script = [500]
    [row] = await enqueue(shop)

    assert (await deliver_due(HANDLERS, clock=clock)).retried == 1
    row = await fresh(row)
    assert (row.status, row.attempts, row.claimed_until) == ("PENDING", 1, None)
    assert row.last_error == "HTTP 500: answer 500"
    wait = row.next_attempt_at - clock.now
    assert timedelta(seconds=30) <= wait <= timedelta(seconds=60)  # first backoff: 1 minute, jittered
    assert (await deliver_due(HANDLERS, clock=clock)).claimed == 0  # not due yet

    clock.advance(seconds=61)
    assert (await deliver_due(HANDLERS, clock=clock)).sent == 1
    assert [r.status for r in receiver.requests] == [500, 200]
    assert {r.event_id for r in receiver.requests} == {row.message_id}  # the same id on the retry
    assert receiver.delivered() == {row.message_id: 1}
    row = await fresh(row)
    assert (row.status, row.attempts) == ("SENT", 2)


async def test_a_410_fails_at_once_without_retry(shop, receiver):
    clock = Clock()
    receiver.script = [410]
    [row] = await enqueue(shop)
    report = await deliver_due(HANDLERS, clock=clock)
    assert (report.failed, report.retried) == (1, 0)
    row = await fresh(row)
    assert (row.status, row.attempts, row.last_error) == ("FAILED", 1, "HTTP 410: answer 410")
    clock.advance(days=2)
    assert (await deliver_due(HANDLERS, clock=clock)).claimed == 0
    assert len(receiver.requests) == 1


async def test_429_honours_retry_after(shop, receiver):
    clock = Clock()
    receiver.script = [429]
    receiver.headers = {"Retry-After": "600"}
    [row] = await enqueue(shop)
    await deliver_due(HANDLERS, clock=clock)
    row = await fresh(row)
    assert row.status == "PENDING" and row.next_attempt_at - clock.now >= timedelta(seconds=600)


async def test_a_shop_without_webhook_url_fails_the_message_as_no_subscriber(shop, receiver):
    [row] = await enqueue(shop)
    await Shop.filter(id=shop.id).update(webhook_url=None)
    assert (await deliver_due(HANDLERS)).failed == 1
    row = await fresh(row)
    assert (row.status, row.attempts) == ("FAILED", 1)
    assert "no subscriber" in row.last_error
    assert receiver.requests == []


async def test_an_unusable_url_fails_at_once(shop, receiver):
    [row] = await enqueue(shop)
    await Shop.filter(id=shop.id).update(webhook_url="ftp://example.com/hooks")
    assert (await deliver_due(HANDLERS)).failed == 1
    assert "unusable webhook_url" in (await fresh(row)).last_error


def test_status_codes_map_to_outcomes():
    assert classify(200).outcome == classify(204).outcome == "SENT"
    for status in (408, 429, 500, 502, 503, 504, 301, 307):
        assert classify(status).outcome == "RETRY", status
    for status in (400, 401, 403, 404, 405, 410, 413, 422):
        assert classify(status).outcome == "FAILED", status
    assert classify(503, retry_after="7").retry_after == 7
    assert classify(302, location="https://elsewhere.example/").detail.endswith("not followed")


# --- faults ---------------------------------------------------------------------------------------


async def test_receiver_down_for_a_while_then_up_delivers_every_message_exactly_once(db):
    clock = Clock()
    down = Receiver(free_port())  # nothing listens on its port yet
    shop = await make_shop("down-store.myshopify.com", api_secret="d" * 64)
    shop.webhook_url = down.url
    await shop.save(update_fields=["webhook_url"])
    down.secrets[shop.domain] = shop.api_secret
    rows = await enqueue(shop, 12)

    for _ in range(3):  # three rounds against a closed port
        report = await deliver_due(HANDLERS, clock=clock)
        assert (report.claimed, report.retried) == (12, 12)
        clock.advance(hours=1)
    # a closed port refuses, or on a loaded machine lets the connect time out: either way the receiver was down
    assert all(any(failure in r.last_error for failure in ("ConnectError", "ConnectTimeout")) for r in await OutboxMessage.all())

    await down.start()
    try:
        await drain(clock)
    finally:
        await down.stop()
    assert down.delivered() == {r.message_id: 1 for r in rows}
    assert len(down.requests) == 12
    assert {(r.status, r.attempts) for r in await OutboxMessage.all()} == {("SENT", 4)}


async def test_a_row_left_sending_by_a_dead_worker_is_picked_up_after_its_lease(shop, receiver):
    clock = Clock()
    [expired] = await enqueue(shop, status="SENDING", attempts=1, claimed_until=clock.now - timedelta(seconds=1))
    [held] = await enqueue(shop, status="SENDING", attempts=1, claimed_until=clock.now + timedelta(minutes=3))
    [last] = await enqueue(shop, status="SENDING", attempts=8, claimed_until=clock.now - timedelta(seconds=1))

    report = await deliver_due(HANDLERS, clock=clock)
    assert (report.claimed, report.sent) == (1, 1)
    assert receiver.delivered() == {expired.message_id: 1}
    assert ((await fresh(expired)).status, (await fresh(expired)).attempts) == ("SENT", 2)
    assert (await fresh(held)).status == "SENDING"  # its worker may still be sending it
    last = await fresh(last)  # the dead worker was on the last allowed attempt: no ninth
    assert last.status == "FAILED" and "lease expired during attempt 8 of 8" in last.last_error

    clock.advance(minutes=4)
    assert (await deliver_due(HANDLERS, clock=clock)).sent == 1
    assert receiver.delivered()[held.message_id] == 1


async def test_a_worker_killed_mid_batch_loses_nothing(shop, receiver):
    clock = Clock()
    rows = await enqueue(shop, 6)
    receiver.script = [200, 200, "hold", "hold", "hold", "hold"]
    handlers = {"WEBHOOK": lambda: WebhookSender(timeout=30, concurrency=3, allow_loopback=True)}
    worker = asyncio.create_task(deliver_due(handlers, clock=clock))
    await eventually(lambda: any(r.status == "hold" for r in receiver.requests) and len(receiver.requests) >= 3,
                     what="three requests at the receiver, one of them held")
    await asyncio.sleep(0.05)
    worker.cancel()  # killed: in-flight requests dropped, their outcomes never written
    with pytest.raises(asyncio.CancelledError):
        await worker
    statuses = Counter(r.status for r in await OutboxMessage.all())
    assert statuses["SENDING"] >= 1 and statuses["SENT"] + statuses["SENDING"] == 6

    receiver.gate.set()
    assert (await deliver_due(HANDLERS, clock=clock)).claimed == 0  # leases still held
    clock.advance(seconds=DEFAULT_LEASE.total_seconds() + 1)
    await drain(clock)
    assert {r.status for r in await OutboxMessage.all()} == {"SENT"}
    assert set(receiver.delivered()) == {r.message_id for r in rows}
    # At least once: a message in flight when the worker died may arrive twice, with the same id.
    assert all(count <= 2 for count in receiver.delivered().values())


async def test_a_slow_receiver_hits_the_timeout_and_is_retried(shop, receiver):
    clock = Clock()
    receiver.script = ["hold"]
    [row] = await enqueue(shop)
    # The receiver holds the request until the gate opens, so only the sender's own 0.3 s timeout
    # ends this call; the generous deadline turns a sender that waits for ever into a failure.
    sender = {"WEBHOOK": lambda: WebhookSender(timeout=0.3, allow_loopback=True)}
    report = await asyncio.wait_for(deliver_due(sender, clock=clock), timeout=30)
    assert report.retried == 1
    row = await fresh(row)
    assert (row.status, row.attempts) == ("PENDING", 1)
    assert "timed out" in row.last_error
    receiver.gate.set()
    clock.advance(minutes=2)
    assert (await deliver_due(HANDLERS, clock=clock)).sent == 1


async def test_a_send_that_could_outlive_its_lease_is_handed_back(shop, receiver):
    clock = Clock()
    [row] = await enqueue(shop)
    claimed = await claim_due(10, clock(), timedelta(seconds=1), kinds=["WEBHOOK"])
    report = await deliver_batch(claimed, HANDLERS, clock=clock)  # a 2 s send, a 1 s lease
    assert report.released == 1 and receiver.requests == []
    row = await fresh(row)
    assert (row.status, row.attempts, row.claimed_until) == ("PENDING", 0, None)


# --- backoff --------------------------------------------------------------------------------------


def test_backoff_grows_and_is_bounded():
    policy = RetryPolicy()
    rng = random.Random(7)
    for _ in range(200):
        waits = [policy.delay(attempt, rng) for attempt in range(1, 30)]
        assert waits[0] >= timedelta(seconds=30)
        assert all(w <= policy.cap for w in waits)
        assert waits == sorted(waits)  # jitter ranges of consecutive attempts never overlap
    # The bounds themselves: doubling from 1 minute, capped at 1 hour.
    assert [policy.delay(n, random.Random(0)) <= timedelta(minutes=2 ** (n - 1)) for n in range(1, 7)] == [True] * 6
    assert min(policy.delay(20, rng) for _ in range(100)) >= policy.cap / 2


async def test_retries_stop_after_max_attempts_with_growing_waits(shop, receiver):
    clock = Clock()
    receiver.default = 503
    [row] = await enqueue(shop)
    waits = []
    for _ in range(20):  # eight attempts are allowed: a worker that never gives up fails here
        if (row := await fresh(row)).status != "PENDING":
            break
        clock.now = max(clock.now, row.next_attempt_at)
        assert (await deliver_due(HANDLERS, clock=clock)).claimed == 1
        after = await fresh(row)
        if after.status == "PENDING":
            waits.append(after.next_attempt_at - clock.now)
    assert len(receiver.requests) == 8
    assert (row.status, row.attempts) == ("FAILED", 8)
    assert row.last_error == "gave up after 8 attempts: HTTP 503: answer 503"
    assert len(waits) == 7 and waits == sorted(waits) and waits[-1] <= timedelta(hours=1)
    assert waits[-1] >= timedelta(minutes=30)


# --- concurrency ----------------------------------------------------------------------------------


async def test_concurrent_claims_never_take_the_same_row(db, shop):
    await enqueue(shop, 100)
    now = datetime.now(timezone.utc)
    with count_sql() as statements:
        first, second = await asyncio.gather(
            claim_due(60, now, DEFAULT_LEASE, kinds=["WEBHOOK"]), claim_due(60, now, DEFAULT_LEASE, kinds=["WEBHOOK"])
        )
    if db.backend == "postgres":
        assert any("FOR UPDATE SKIP LOCKED" in s for s in statements)
    ids_first, ids_second = {r.id for r in first}, {r.id for r in second}
    assert not ids_first & ids_second
    assert await OutboxMessage.filter(status="SENDING").count() == len(ids_first | ids_second)
    rest = {r.id for r in await claim_due(100, now, DEFAULT_LEASE, kinds=["WEBHOOK"])}
    assert not rest & (ids_first | ids_second) and len(rest | ids_first | ids_second) == 100
    assert await claim_due(100, now, DEFAULT_LEASE, kinds=["WEBHOOK"]) == []


async def test_two_workers_deliver_each_of_100_messages_exactly_once(shop, receiver):
    other = await make_shop("second-store.myshopify.com", api_secret="m" * 64)
    other.webhook_url = receiver.url
    await other.save(update_fields=["webhook_url"])
    receiver.secrets[other.domain] = other.api_secret
    rows = await enqueue(shop, 50) + await enqueue(other, 50)
    receiver.delay = 0.005

    async def worker() -> int:
        sent = 0

        async def step() -> int:
            nonlocal sent
            report = await deliver_due(HANDLERS, limit=10)
            sent += report.sent
            return report.claimed

        await until_empty(step, what="a worker's share of 100 messages")
        return sent

    first, second = await asyncio.gather(worker(), worker())
    assert first + second == 100 and first > 0 and second > 0
    assert len(receiver.requests) == 100
    assert receiver.delivered() == {r.message_id: 1 for r in rows}
    assert all(r.verified for r in receiver.requests)
    assert {(r.status, r.attempts) for r in await OutboxMessage.all()} == {("SENT", 1)}


# --- other kinds ----------------------------------------------------------------------------------


def test_the_default_handlers_send_webhooks_and_emails_and_import_the_inbox():
    from plugin.jobs.senders import default_handlers

    assert set(default_handlers(Settings())) == {"WEBHOOK", "EMAIL", "PLATFORM", "INBOX"}
    with pytest.raises(ValueError, match="SMTP_URL"):
        default_handlers(Settings(smtp_url="http://mail.example.com"))


async def test_rows_of_a_kind_without_a_sender_are_left_alone(shop, receiver):
    [email] = await enqueue(shop, kind="EMAIL", topic="return_instructions")
    [hook] = await enqueue(shop)
    handlers = HANDLERS  # a worker that only delivers webhooks
    assert (await deliver_due(handlers)).sent == 1
    email = await fresh(email)
    assert (email.status, email.attempts, email.claimed_until, email.last_error) == ("PENDING", 0, None, None)
    assert (await fresh(hook)).status == "SENT"
    # Claimed by someone who cannot send it (no sender for the kind): handed back untouched.
    claimed = await claim_due(10, datetime.now(timezone.utc), DEFAULT_LEASE, kinds=["EMAIL"])
    assert (await deliver_batch(claimed, handlers)).released == 1
    assert ((await fresh(email)).status, (await fresh(email)).attempts) == ("PENDING", 0)


class FakeMailer:
    """What an email sender looks like to the worker: one session (connection) per batch."""

    sessions = 0
    concurrency = 1  # one SMTP connection, messages one after another
    timeout = 5.0

    def __init__(self, sent: list, refuse: set[str]) -> None:
        self.sent, self.refuse = sent, refuse

    async def __aenter__(self):
        FakeMailer.sessions += 1
        return self

    async def __aexit__(self, *exc_info):
        pass

    async def send(self, message, shop):
        if message.payload.get("to") in self.refuse:
            return Delivery.failed("550 all recipients refused")
        if message.payload.get("to") == "boom@example.com":
            raise ConnectionResetError("server went away")
        if message.payload.get("to") == "partly@example.com":
            return Delivery.sent("1 of 2 recipients refused: cc@example.com")
        self.sent.append((shop.domain, message.topic, message.payload["to"]))
        return Delivery.sent()


async def test_an_email_sender_plugs_in_as_another_kind(shop, receiver):
    clock = Clock()
    for to in ("a@example.com", "b@example.com", "refused@example.com", "boom@example.com", "partly@example.com"):
        await enqueue(shop, kind="EMAIL", topic="refund_issued", payload={"to": to})
    await enqueue(shop, 2)
    sent: list = []
    FakeMailer.sessions = 0
    handlers = {**HANDLERS, "EMAIL": lambda: FakeMailer(sent, {"refused@example.com"})}

    report = await deliver_due(handlers, clock=clock)
    assert (report.claimed, report.sent, report.failed, report.retried) == (7, 5, 1, 1)
    assert FakeMailer.sessions == 1  # one session for the batch's five emails
    assert sorted(to for _, _, to in sent) == ["a@example.com", "b@example.com"]
    assert len(receiver.delivered()) == 2
    boom = await OutboxMessage.get(kind="EMAIL", status="PENDING")
    assert boom.last_error == "ConnectionResetError: server went away" and boom.attempts == 1
    refused = await OutboxMessage.get(kind="EMAIL", status="FAILED")
    assert (refused.attempts, refused.last_error) == (1, "550 all recipients refused")
    notes = {m.payload["to"]: m.last_error for m in await OutboxMessage.filter(kind="EMAIL", status="SENT")}
    assert notes == {"a@example.com": None, "b@example.com": None,
                     "partly@example.com": "1 of 2 recipients refused: cc@example.com"}


class Unreachable(FakeMailer):
    async def __aenter__(self):
        raise OSError("connection refused by smtp.example.com:587")


async def test_a_sender_that_cannot_open_retries_its_whole_batch(shop, receiver):
    await enqueue(shop, 3, kind="EMAIL", payload={"to": "a@example.com"})
    [hook] = await enqueue(shop)
    report = await deliver_due({**HANDLERS, "EMAIL": lambda: Unreachable([], set())})
    assert (report.sent, report.retried) == (1, 3)  # the other kind is not held up
    emails = await OutboxMessage.filter(kind="EMAIL")
    assert {(m.status, m.attempts, m.last_error) for m in emails} == {
        ("PENDING", 1, "could not open the EMAIL sender: connection refused by smtp.example.com:587")}
    assert (await fresh(hook)).status == "SENT"


# --- the loop and the command ---------------------------------------------------------------------


async def test_run_worker_polls_until_stopped(shop, receiver):
    stop = asyncio.Event()
    task = asyncio.create_task(run_worker(Settings(), stop, handlers=HANDLERS, poll=0.05))
    await asyncio.sleep(0.1)
    rows = await enqueue(shop, 3)

    async def all_sent() -> bool:
        return await OutboxMessage.filter(status="SENT").count() == 3

    await eventually(all_sent, what="the running worker to send 3 messages", interval=0.02)
    stop.set()
    totals = await asyncio.wait_for(task, timeout=5)
    assert totals.sent == 3
    assert receiver.delivered() == {r.message_id: 1 for r in rows}


async def test_run_worker_refuses_a_lease_shorter_than_a_send():
    with pytest.raises(ValueError, match="lease"):
        await run_worker(Settings(), asyncio.Event(), handlers=HANDLERS, lease=timedelta(seconds=3))


async def _cli(database: Path, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite://{database}", "LOG_LEVEL": "WARNING"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, *args, cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode, out.decode(), err.decode()


@pytest.mark.slow
async def test_worker_command_once_delivers_what_is_due_and_exits(tmp_path):
    hook = await Receiver(free_port()).start()
    try:
        database = tmp_path / "worker.sqlite3"
        assert (await _cli(database, "-m", "plugin.cli", "migrate"))[0] == 0
        setup = f"""
import asyncio, uuid
from datetime import datetime, timezone
from models.outbox import OutboxMessage
from plugin.actions.shops import create_shop
from plugin.store.orm import orm

async def main():
    async with orm("sqlite://{database}"):
        shop = await create_shop(domain="cli-hooks.myshopify.com", name="CLI", api_secret="c" * 64)
        shop.webhook_url = "{hook.url}"
        await shop.save()
        for i in range(3):
            await OutboxMessage.create(shop_id=shop.id, kind="WEBHOOK", topic="order.cancelled",
                subject_type="Order", subject_id=i, payload={{"n": i}}, message_id=f"cli-{{i}}@recourse",
                next_attempt_at=datetime.now(timezone.utc))
asyncio.run(main())
"""
        code, _, err = await _cli(database, "-c", setup)
        assert code == 0, err
        hook.secrets["cli-hooks.myshopify.com"] = "c" * 64

        code, out, err = await _cli(database, "-m", "plugin.cli", "worker", "--once", "--batch", "2", "--poll", "1")
        assert code == 0, err
        assert "sent 3" in out
        assert hook.delivered() == {"cli-0@recourse": 1, "cli-1@recourse": 1, "cli-2@recourse": 1}

        code, out, _ = await _cli(database, "-m", "plugin.cli", "worker", "--once")
        assert code == 0 and "claimed 0" in out
        code, _, err = await _cli(database, "-m", "plugin.cli", "worker", "--batch", "0")
        assert code == 2 and "at least 1" in err

        # Long-running: SIGTERM lets it finish what it holds and exit cleanly.
        env = {**os.environ, "DATABASE_URL": f"sqlite://{database}", "LOG_LEVEL": "INFO"}
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "plugin.cli", "worker", "--poll", "0.2", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        started = await asyncio.wait_for(process.stderr.readline(), timeout=30)
        assert "outbox worker started" in started.decode()
        process.send_signal(signal.SIGTERM)
        out, _ = await asyncio.wait_for(process.communicate(), timeout=30)
        assert process.returncode == 0 and "outbox: claimed 0" in out.decode()
    finally:
        await hook.stop()


async def test_the_worker_purges_expired_keys_and_old_delivered_rows(shop):
    from models.idempotency import IdempotencyKey

    now = datetime.now(timezone.utc)
    old_sent, recent_sent, old_failed = await enqueue(shop, 3)
    await OutboxMessage.filter(id=old_sent.id).update(status="SENT", sent_at=now - timedelta(days=31))
    await OutboxMessage.filter(id=recent_sent.id).update(status="SENT", sent_at=now - timedelta(days=29))
    await OutboxMessage.filter(id=old_failed.id).update(status="FAILED", next_attempt_at=now - timedelta(days=60))
    [old_email] = await enqueue(shop, kind="EMAIL", topic="return_requested")  # history: retention's to erase
    await OutboxMessage.filter(id=old_email.id).update(status="SENT", sent_at=now - timedelta(days=400))
    for key, age in (("expired", 49), ("kept", 47)):
        row = await IdempotencyKey.create(shop_id=shop.id, operation="refundCreate", key=key, request_hash="x", response={})
        await IdempotencyKey.filter(id=row.id).update(created_at=now - timedelta(hours=age))

    await run_worker(Settings(), asyncio.Event(), handlers={}, once=True)

    assert set(await OutboxMessage.all().values_list("id", flat=True)) == {recent_sent.id, old_failed.id, old_email.id}
    assert await IdempotencyKey.all().values_list("key", flat=True) == ["kept"]

"""The outbox worker: claims due messages and hands each to the sender for its kind.

Actions write `OutboxMessage` rows in the transaction of the change they report
(`plugin/actions/events.py`); this module delivers them, at least once. The claim and retry logic
here knows nothing about HTTP or SMTP: each kind (WEBHOOK, EMAIL) has a *sender*, opened once per
batch (one HTTP client, one SMTP connection) and asked to send one message at a time, answering
sent, retry later, or failed for good. A kind with no sender is never claimed, so its rows wait.

Claiming is a compare-and-set: a row is taken by an UPDATE that matches the status and attempt
count the worker read, and `attempts` goes up by one with every claim, so two workers can never both
win the same row on SQLite or PostgreSQL. On PostgreSQL the candidates are also selected with
`FOR UPDATE SKIP LOCKED`, so concurrent workers take different rows instead of colliding. A claim
is a lease (`claimed_until`): a worker killed mid-batch leaves rows in SENDING, and they become due
again when the lease runs out. A worker never starts a send that could outlive its lease; it hands
the row back instead. Leases compare the workers' own clocks: keep worker hosts in NTP sync.

Receivers must tolerate duplicates (a worker may die after sending and before recording it); the
stable `message_id` lets them recognise one.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta, timezone
from typing import Protocol, Self

from tortoise.expressions import Q, RawSQL
from tortoise.transactions import in_transaction

from models.enums import OutboxStatus
from models.outbox import OutboxMessage
from models.shop import Shop
from plugin.jobs import housekeeping
from plugin.actions.privacy import enforce_retention
from plugin.process.settings import Settings
from plugin.values.delivery import Delivery, Outcome

log = logging.getLogger("recourse.outbox")

DEFAULT_BATCH = 50
DEFAULT_POLL_SECONDS = 5.0
# Long enough for a full batch: 50 messages, 10 at a time, 15 s each at worst, is 75 s.
DEFAULT_LEASE = timedelta(minutes=5)
RETENTION_EVERY = timedelta(hours=1)  # how often a worker erases what outlived the retention settings
ERROR_LIMIT = 1000  # OutboxMessage.last_error's length


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how far apart a temporarily failing message is tried again.

    With the defaults the waits are about 1, 2, 4, 8, 16, 32 and 60 minutes: eight attempts over
    about two hours, then FAILED.
    """

    max_attempts: int = 8
    base: timedelta = timedelta(minutes=1)
    cap: timedelta = timedelta(hours=1)

    def delay(self, attempt: int, rng: random.Random | None = None) -> timedelta:
        """The wait after the `attempt`-th (1-based) attempt failed: base * 2^(attempt-1), jittered
        down to somewhere in [half, all] of it so retries after one outage spread out, then capped.
        The ranges of consecutive attempts touch but do not overlap, so waits never shrink."""
        full = self.base.total_seconds() * 2 ** min(max(attempt, 1) - 1, 40)
        return timedelta(seconds=min(self.cap.total_seconds(), full * (rng or random).uniform(0.5, 1.0)))


DEFAULT_POLICY = RetryPolicy()


class Sender(Protocol):
    """One batch's session for one kind of message.

    The worker opens it (`async with`) before the batch's first message of that kind and closes it
    after the last, so a sender can reuse one connection for many messages. `send` is called with up
    to `concurrency` messages in flight and is cancelled after `timeout` seconds (a temporary
    failure); any exception it raises is a temporary failure too. `shop` is None when the shop is
    gone. `send` must not write the message row: the worker records the outcome. Making a sender
    must be cheap and do no I/O (the worker reads `timeout` off one to size its lease).
    """

    concurrency: int
    timeout: float

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc_info: object) -> None: ...

    async def send(self, message: OutboxMessage, shop: Shop | None) -> Delivery: ...


# kind (OutboxMessage.kind) -> a callable that makes a fresh Sender for one batch.
Handlers = Mapping[str, Callable[[], Sender]]


@dataclass
class BatchReport:
    claimed: int = 0
    sent: int = 0
    retried: int = 0  # temporary failures, scheduled again
    failed: int = 0  # permanent failures and exhausted retries
    released: int = 0  # handed back unsent (no sender, or the lease would have run out)
    lost: int = 0  # outcome not recorded: the lease had expired and another worker had the row
    chained: int = 0  # rows finished that a later row of their chain was waiting for

    def __iadd__(self, other: BatchReport) -> Self:
        for field in fields(self):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))
        return self

    def __str__(self) -> str:
        return ", ".join(f"{field.name} {getattr(self, field.name)}" for field in fields(self))


def _clean(text: str | None) -> str | None:
    # Errors quote receivers' replies: keep NUL out (PostgreSQL refuses it) and fit the column.
    if text is None:
        return None
    text = text.replace("\x00", "\\x00")
    return text if len(text) <= ERROR_LIMIT else text[: ERROR_LIMIT - 1] + "…"


# --- claiming ---------------------------------------------------------------------------------


# Rows of a chain (platform operations on one order) go one at a time, in the order written: a row
# waits while an earlier row of its chain is unfinished. Rows without a chain never wait.
# EXISTS, not COUNT: it stops at the first row ahead, on the (chain, id) index (migration 0017). A
# count without that index read every unfinished row per candidate: with 5,000 stored webhooks one
# claim took minutes on PostgreSQL.
_AHEAD_IN_CHAIN = RawSQL(
    "(CASE WHEN EXISTS (SELECT 1 FROM outbox_message ahead WHERE ahead.chain = outbox_message.chain"
    " AND ahead.id < outbox_message.id AND ahead.status IN ('PENDING', 'SENDING')) THEN 1 ELSE 0 END)"
)


async def claim_due(
    limit: int,
    now: datetime,
    lease: timedelta,
    *,
    kinds: Collection[str],
    policy: RetryPolicy = DEFAULT_POLICY,
) -> list[OutboxMessage]:
    """Claim up to `limit` due messages of `kinds` for `lease`: PENDING ones whose
    `next_attempt_at` has come, and SENDING ones whose lease has expired (their worker died).

    Returns the rows this caller won, now SENDING with `attempts` counting this attempt. A SENDING
    row whose lease expired on its last allowed attempt is not retried again: it becomes FAILED. A
    row of a chain is due only once every earlier row of its chain is finished.
    """
    kinds = sorted(set(kinds))
    expired = Q(status=OutboxStatus.SENDING) & (Q(claimed_until__lte=now) | Q(claimed_until__isnull=True))
    due = Q(status=OutboxStatus.PENDING, next_attempt_at__lte=now) | expired
    locking = OutboxMessage._meta.db.capabilities.support_for_update
    won: list[OutboxMessage] = []
    # Without row locks (SQLite) two workers read the same candidates and one loses the races;
    # the rows it lost are no longer due, so another look finds the next ones.
    for _ in range(3):
        want = limit - len(won)
        if want <= 0 or not kinds:
            break
        candidates = (OutboxMessage.filter(due, kind__in=kinds).annotate(ahead=_AHEAD_IN_CHAIN).filter(ahead=0)
                      .order_by("next_attempt_at", "id").limit(want))
        if locking:
            # Row locks spread concurrent workers over different rows, and hold them until the
            # claim commits: the rows read are the rows updated, so one UPDATE takes them all.
            async with in_transaction() as connection:
                rows = await candidates.select_for_update(skip_locked=True)
                taken = await _take_locked(connection, rows, now, lease, policy)
        else:
            rows = await candidates
            taken = await _take(rows, now, lease, policy)
        won += taken
        if len(taken) == len(rows) or len(rows) < want:
            break
    return won


async def _take_locked(
    connection, rows: Sequence[OutboxMessage], now: datetime, lease: timedelta, policy: RetryPolicy
) -> list[OutboxMessage]:
    """Claim rows this transaction holds locked (SELECT ... FOR UPDATE): one UPDATE for the batch
    instead of one per row (a statement and a round trip per message: with thousands of stored
    webhooks waiting, the claim's largest cost). Status and attempts are compared as in _take, and
    only the rows the UPDATE returns are won."""
    abandoned = {row.id for row in rows if row.status == OutboxStatus.SENDING and row.attempts >= policy.max_attempts}
    await _take([row for row in rows if row.id in abandoned], now, lease, policy)  # failed, never claimed
    by_state: dict[tuple[str, int], list[int]] = defaultdict(list)
    for row in rows:
        if row.id not in abandoned:
            by_state[(OutboxStatus(row.status).value, row.attempts)].append(row.id)
    until = now + lease
    taken: set[int] = set()
    for (status, attempts), ids in by_state.items():
        answer = await connection.execute_query_dict(
            "UPDATE outbox_message SET status = $1, claimed_until = $2, attempts = $3"
            " WHERE id = ANY($4::bigint[]) AND status = $5 AND attempts = $6 RETURNING id",
            [OutboxStatus.SENDING.value, until, attempts + 1, ids, status, attempts])
        taken.update(found["id"] for found in answer)
    won = [row for row in rows if row.id in taken]
    for row in won:
        row.status, row.claimed_until, row.attempts = OutboxStatus.SENDING, until, row.attempts + 1
    return won


async def _take(
    rows: Sequence[OutboxMessage], now: datetime, lease: timedelta, policy: RetryPolicy
) -> list[OutboxMessage]:
    won: list[OutboxMessage] = []
    until = now + lease
    for row in rows:
        unchanged = OutboxMessage.filter(id=row.id, status=row.status, attempts=row.attempts)
        if row.status == OutboxStatus.SENDING and row.attempts >= policy.max_attempts:
            error = f"abandoned: the worker's lease expired during attempt {row.attempts} of {policy.max_attempts}"
            if await unchanged.update(status=OutboxStatus.FAILED, claimed_until=None, last_error=error):
                log.error("outbox message %s failed: %s", row.message_id, error, extra={"fields": _fields(row)})
            continue
        if await unchanged.update(status=OutboxStatus.SENDING, claimed_until=until, attempts=row.attempts + 1):
            row.status, row.claimed_until, row.attempts = OutboxStatus.SENDING, until, row.attempts + 1
            won.append(row)
    return won


# --- delivering -------------------------------------------------------------------------------


def _fields(message: OutboxMessage, **extra) -> dict:
    return {"message_id": message.message_id, "kind": message.kind, "topic": message.topic,
            "shop_id": message.shop_id, "attempts": message.attempts, **extra}


async def _release(message: OutboxMessage) -> bool:
    """Hand a claimed row back unsent, as if this claim had not happened."""
    return bool(
        await OutboxMessage.filter(id=message.id, status=OutboxStatus.SENDING, attempts=message.attempts).update(
            status=OutboxStatus.PENDING, claimed_until=None, attempts=message.attempts - 1
        )
    )


async def _attempt(sender: Sender, message: OutboxMessage, shop: Shop | None) -> Delivery:
    try:
        async with asyncio.timeout(sender.timeout):
            return await sender.send(message, shop)
    except TimeoutError:
        return Delivery.retry(f"timed out after {sender.timeout:g} s")
    except Exception as exc:  # a sender's bug must not lose the message: retry, bounded
        log.exception("outbox sender raised", extra={"fields": _fields(message)})
        return Delivery.retry(f"{type(exc).__name__}: {exc}")


async def _record(
    message: OutboxMessage,
    delivery: Delivery,
    report: BatchReport,
    *,
    policy: RetryPolicy,
    clock: Callable[[], datetime],
    rng: random.Random | None,
) -> None:
    now = clock()
    mine = OutboxMessage.filter(id=message.id, status=OutboxStatus.SENDING, attempts=message.attempts)
    if delivery.outcome == Outcome.SENT:
        # It was delivered, whoever holds the row now: say so, so nobody sends it again. An earlier
        # attempt's error no longer applies; a detail of this one (recipients refused) replaces it.
        done = await OutboxMessage.filter(id=message.id).exclude(status=OutboxStatus.SENT).update(
            status=OutboxStatus.SENT, sent_at=now, claimed_until=None, last_error=_clean(delivery.detail)
        )
        counter = "sent"
        log.info("outbox message %s sent", message.message_id, extra={"fields": _fields(message)})
    elif delivery.outcome != Outcome.FAILED and message.attempts < policy.max_attempts:
        wait = policy.delay(message.attempts, rng)
        if delivery.retry_after:
            wait = max(wait, min(timedelta(seconds=delivery.retry_after), policy.cap))
        done = await mine.update(
            status=OutboxStatus.PENDING, next_attempt_at=now + wait, claimed_until=None, last_error=_clean(delivery.detail)
        )
        counter = "retried"
        log.warning("outbox message %s will be retried: %s", message.message_id, delivery.detail,
                    extra={"fields": _fields(message, retry_in_seconds=round(wait.total_seconds(), 1))})
    else:
        detail = delivery.detail or "failed"
        if delivery.outcome != Outcome.FAILED:
            detail = f"gave up after {message.attempts} attempts: {detail}"
        done = await mine.update(status=OutboxStatus.FAILED, claimed_until=None, last_error=_clean(detail))
        counter = "failed"
        log.error("outbox message %s failed: %s", message.message_id, detail, extra={"fields": _fields(message)})
    if done:
        setattr(report, counter, getattr(report, counter) + 1)
    else:
        report.lost += 1
        log.warning("outbox message %s: outcome not recorded, another worker holds it now", message.message_id,
                    extra={"fields": _fields(message)})


async def deliver_batch(
    messages: Sequence[OutboxMessage],
    handlers: Handlers,
    *,
    policy: RetryPolicy = DEFAULT_POLICY,
    clock: Callable[[], datetime] = utcnow,
    rng: random.Random | None = None,
) -> BatchReport:
    """Send claimed messages, each through the sender for its kind, and record every outcome.

    Kinds run side by side, each in one sender session. An outcome is written as soon as it is
    known, so a worker killed mid-batch leaves only its in-flight rows to the lease.
    """
    report = BatchReport(claimed=len(messages))
    if not messages:
        return report
    shops = {shop.id: shop for shop in await Shop.filter(id__in={m.shop_id for m in messages})}
    by_kind: dict[str, list[OutboxMessage]] = defaultdict(list)
    for message in messages:
        by_kind[message.kind].append(message)
    options = {"policy": policy, "clock": clock, "rng": rng}
    await asyncio.gather(
        *(_deliver_kind(kind, rows, handlers.get(kind), shops, report, options) for kind, rows in by_kind.items())
    )
    chains = {message.chain for message in messages if message.chain}
    if chains:
        report.chained = await OutboxMessage.filter(chain__in=chains, status=OutboxStatus.PENDING, next_attempt_at__lte=clock()).count()
    return report


async def _deliver_kind(
    kind: str,
    rows: list[OutboxMessage],
    factory: Callable[[], Sender] | None,
    shops: dict[int, Shop],
    report: BatchReport,
    options: dict,
) -> None:
    if factory is None:  # claimed by a caller that cannot send it: not ours to fail
        for message in rows:
            report.released += await _release(message)
        return
    try:
        sender = factory()
        async with asyncio.timeout(sender.timeout):  # connecting (SMTP) is a network step too
            await sender.__aenter__()
    except Exception as exc:
        log.exception("could not open the %s sender", kind)
        for message in rows:
            await _record(message, Delivery.retry(f"could not open the {kind} sender: {exc}"), report, **options)
        return
    clock = options["clock"]
    gate = asyncio.Semaphore(max(1, sender.concurrency))
    budget = timedelta(seconds=sender.timeout)

    async def one(message: OutboxMessage) -> None:
        async with gate:
            try:
                if message.claimed_until is None or clock() + budget >= message.claimed_until:
                    # This send could outlive the lease and overlap another worker's: hand it back.
                    report.released += await _release(message)
                    return
                shop = shops.get(message.shop_id)
                if shop is not None and shop.uninstalled_at is not None:
                    delivery = Delivery.failed("not sent: the app was uninstalled")
                else:
                    delivery = await _attempt(sender, message, shop)
                await _record(message, delivery, report, **options)
            except Exception:  # the database is unwell: the lease brings the row back
                report.lost += 1
                log.exception("could not record an outbox outcome", extra={"fields": _fields(message)})

    try:
        await asyncio.gather(*(one(message) for message in rows))
    finally:
        try:
            async with asyncio.timeout(sender.timeout):
                await sender.__aexit__(None, None, None)
        except Exception:
            log.exception("could not close the %s sender", kind)


async def deliver_due(
    handlers: Handlers,
    *,
    limit: int = DEFAULT_BATCH,
    lease: timedelta = DEFAULT_LEASE,
    policy: RetryPolicy = DEFAULT_POLICY,
    clock: Callable[[], datetime] = utcnow,
    rng: random.Random | None = None,
) -> BatchReport:
    """One worker step: claim what is due for the kinds in `handlers`, deliver it, record it."""
    claimed = await claim_due(limit, clock(), lease, kinds=handlers.keys(), policy=policy)
    return await deliver_batch(claimed, handlers, policy=policy, clock=clock, rng=rng)


async def run_worker(
    settings: Settings,
    stop_event: asyncio.Event,
    *,
    handlers: Handlers,
    batch: int = DEFAULT_BATCH,
    poll: float = DEFAULT_POLL_SECONDS,
    lease: timedelta = DEFAULT_LEASE,
    policy: RetryPolicy = DEFAULT_POLICY,
    once: bool = False,
    wake: asyncio.Event | None = None,
) -> BatchReport:
    """Deliver until `stop_event` is set: a batch at once while batches come back full, otherwise
    one every `poll` seconds, or as soon as `wake` is set (the web app sets it when it stores an
    inbound webhook, so the embedded worker imports it at once). With `once`, stop when nothing more
    is due (for cron and tests).

    Expects the ORM to be initialised (the CLI opens it; the web app's lifespan can run this too).
    A failing batch (the database away) is logged and tried again after `poll`, except with `once`.
    """
    _check_worker(handlers, batch, poll, lease)
    totals = BatchReport()
    retention_due = utcnow()
    purged_at: datetime | None = None
    log.info("outbox worker started", extra={"fields": {"kinds": sorted(handlers), "batch": batch, "poll": poll}})
    while not stop_event.is_set():
        if wake is not None:
            wake.clear()  # before the claim: what is stored from now on wakes the next round
        clock_now = utcnow()
        if clock_now >= retention_due and (settings.risk_retention_days or settings.email_retention_days):
            retention_due = clock_now + RETENTION_EVERY
            await _retain(settings, clock_now, once)
        report = await _deliver_step(handlers, batch, lease, policy, poll, once)
        if purged_at is None or utcnow() - purged_at >= housekeeping.EVERY:
            purged_at = await _housekeep(once)
        if report is not None:
            totals += report
            if _more_due(report, batch):
                continue
        if once:
            break
        await _pause(stop_event, wake, poll)
    log.info("outbox worker stopped: %s", totals)
    return totals


async def _pause(stop_event: asyncio.Event, wake: asyncio.Event | None, poll: float) -> None:
    """Wait `poll` seconds, or less if told to stop or woken."""
    if wake is None:
        try:
            await asyncio.wait_for(stop_event.wait(), timeout=poll)
        except TimeoutError:
            pass
        return
    waits = [asyncio.ensure_future(stop_event.wait()), asyncio.ensure_future(wake.wait())]
    try:
        await asyncio.wait(waits, timeout=poll, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiting in waits:
            waiting.cancel()
        await asyncio.gather(*waits, return_exceptions=True)


def _check_worker(handlers: Handlers, batch: int, poll: float, lease: timedelta) -> None:
    if batch < 1 or poll < 0:
        raise ValueError("batch must be at least 1 and poll not negative")
    longest = max((factory().timeout for factory in handlers.values()), default=0)
    if lease.total_seconds() <= 2 * longest:
        raise ValueError(f"the lease ({lease}) must be well over the longest send timeout ({longest:g} s)")


async def _retain(settings: Settings, now: datetime, once: bool) -> None:
    """Erase what the retention settings say is too old (daily: see RETENTION_EVERY)."""
    try:
        erased = await enforce_retention(
            risk_days=settings.risk_retention_days, email_days=settings.email_retention_days,
            mail_dir=settings.mail_dir, now=now)
        log.info("retention enforced", extra={"fields": erased})
    except Exception:
        if once:
            raise
        log.exception("retention failed; trying again in %s", RETENTION_EVERY)


async def _deliver_step(
    handlers: Handlers, batch: int, lease: timedelta, policy: RetryPolicy, poll: float, once: bool,
) -> BatchReport | None:
    """One batch; None when it failed (logged, tried again after `poll`; raised with `once`)."""
    try:
        return await deliver_due(handlers, limit=batch, lease=lease, policy=policy)
    except Exception:
        if once:
            raise
        log.exception("outbox batch failed; trying again in %s s", poll)
        return None


def _more_due(report: BatchReport, batch: int) -> bool:
    """Go on at once: a full batch that made progress (more is probably due), or a chain's next row
    became due when this batch finished its row."""
    progress = report.sent + report.retried + report.failed
    return bool(report.claimed >= batch and progress) or bool(report.chained)


async def _housekeep(once: bool) -> datetime:
    """Purge expired idempotency keys and old delivered webhooks (hourly: see housekeeping.EVERY)."""
    try:
        purged = await housekeeping.purge()
        if purged.idempotency_keys or purged.sent_webhooks or purged.imported_webhooks or purged.analytics_shops:
            log.info("purged %s", purged)
    except Exception:
        if once:
            raise
        log.exception("housekeeping failed; trying again next hour")
    return utcnow()

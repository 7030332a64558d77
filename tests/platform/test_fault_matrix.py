"""The fault matrix: refunds and cancellations carried out on Shopify (the emulator, over real HTTP)
through the outbox, exactly once whatever fails on the way. Run on PostgreSQL by the README's test
command (and on SQLite too).

Each case drives Recourse through its public surface (the admin GraphQL API), lets the outbox
worker carry the operations out against the emulator with a fault injected, and checks both sides:
the ledger row and the emulator's order.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from models.outbox import OutboxMessage
from models.platform_refund import PlatformRefund
from models.refund import Refund
from plugin.platform import shopify as payloads
from plugin.platform.orders import import_order
from plugin.api.auth import issue_session_token
from plugin.jobs.outbox import deliver_due
from plugin.platform.emulator import Emulator, Fault, serving
from plugin.platform.shopify_admin.adapter import ShopifyPlatform
from plugin.platform.shopify_admin.tokens import cipher, exchange, store
from plugin.platform.sender import PlatformSender
from plugin.process.settings import Settings
from tests.helpers import admin, applied, gql_ok, make_shop, send_webhook
from tests.lifecycle.builders import ORDER_CANCEL, REFUND, apply_preset, staff

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.now(timezone.utc)
DESK = """query($id: ID!) { order(id: $id) { refundable { amount }
  refunds { id status platformError platformOperations { kind status refused message } } }
  workQueue { platformFailed { count } } }"""


class Clock:
    """The worker's now: moved past retry waits and leases instead of sleeping through them."""

    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc) + self.ahead

    def advance(self, **delta) -> None:
        self.ahead += timedelta(**delta)


class World:
    def __init__(self, shop, emulator: Emulator, settings: Settings) -> None:
        self.shop, self.emulator, self.settings, self.clock = shop, emulator, settings, Clock()

    def handlers(self, **adapter):
        adapter.setdefault("attempts", 2)
        factory = lambda shop: ShopifyPlatform(shop, self.settings, **adapter)  # noqa: E731
        return {"PLATFORM": lambda: PlatformSender({"shopify": factory}, timeout=30)}

    async def work(self, **adapter):
        """One worker step at the worker's now."""
        return await deliver_due(self.handlers(**adapter), clock=self.clock, limit=100)

    async def drain(self, rounds: int = 12, **adapter) -> None:
        """Steps until no operation is waiting; the clock moves past every retry's wait only when a
        step found nothing due (a chain's rows go one per step), so `rounds` bounds the waits."""
        while rounds:
            report = await self.work(**adapter)
            if not await OutboxMessage.filter(kind="PLATFORM", status__in=("PENDING", "SENDING")).exists():
                return
            if not report.chained:
                self.clock.advance(hours=2)
                rounds -= 1
        raise AssertionError("operations still waiting after the retry window")

    def snapshot(self, order_id: str = "5001") -> dict:
        return self.emulator.snapshot(self.shop.domain, order_id)


async def add_order(world: World, order_id: str, *, name: str, quantity=2, price="20.00", shipping="5.00",
                    fulfilled=True) -> object:
    """The same order on the emulator and, as its orders/create webhook brings it, in Recourse."""
    placed = NOW - timedelta(days=3)
    line = {"id": f"{order_id}1", "name": "Linen Shirt", "sku": f"SH-{order_id}", "quantity": quantity, "price": price}
    world.emulator.add_order(world.shop.domain, order_id, name=name, lines=[line], shipping=shipping, fulfilled=fulfilled)
    total = Decimal(price) * quantity + Decimal(shipping)
    payload = {
        "id": order_id, "name": name, "email": "robin@example.com", "currency": "USD", "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(), "financial_status": "paid",
        "subtotal_price": str(Decimal(price) * quantity), "total_price": str(total), "shipping_lines": [{"price": shipping}],
        "shipping_address": {"country_code": "US", "province_code": "NY"}, "customer": {"id": "c1", "email": "robin@example.com"},
        "line_items": [{"id": line["id"], "title": "Linen Shirt", "quantity": quantity, "price": price, "sku": line["sku"]}],
        "fulfillments": [{"id": f"{order_id}-f", "order_id": order_id, "created_at": placed.isoformat(),
                          "updated_at": placed.isoformat(), "shipment_status": "delivered",
                          "delivered_at": (NOW - timedelta(days=1)).isoformat(),
                          "line_items": [{"id": line["id"], "quantity": quantity}]}] if fulfilled else [],
    }
    return (await import_order(world.shop, payloads.Order.model_validate(payload))).order


@pytest.fixture
async def world(client, db):
    shop = await make_shop("fault-matrix.myshopify.com")
    await apply_preset(client, shop)
    shop.platform = "shopify"
    await shop.save(update_fields=["platform"])
    emulator = Emulator()
    emulator.add_shop(shop.domain, shop.api_key, shop.api_secret)
    async with serving(emulator) as base:
        settings = Settings(database_url=db.url, shopify_origin=base + "/shops/{shop}", shopify_timeout=5.0)
        emulator.base = base
        async with httpx.AsyncClient() as http:  # the embedded app's token exchange, done once
            granted = await exchange(http, f"{base}/shops/{shop.domain}", shop.api_key, shop.api_secret,
                                     issue_session_token(shop))
        await store(shop, granted, cipher((), False))
        yield World(shop, emulator, settings)


async def refund(client, shop, order, amount: str) -> dict:
    return await staff(client, shop, REFUND, {"i": {"orderId": f"gid://recourse/Order/{order.id}", "amount": amount,
                                                    "reason": "GOODWILL"}})


async def test_platform_down_for_a_while_operations_wait_and_all_go_through_once(client, world):
    orders = [await add_order(world, str(5001 + n), name=f"#10{n}") for n in range(3)]
    for order in orders:
        assert (await refund(client, world.shop, order, "10.00"))["userErrors"] == []
    world.emulator.set_down(world.shop.domain, True)
    for _ in range(3):  # an outage across several of the worker's attempts
        report = await world.work()
        assert report.retried == 3 and report.failed == 0
        world.clock.advance(hours=2)
    assert set(await Refund.all().values_list("status", flat=True)) == {"PENDING"}

    world.emulator.set_down(world.shop.domain, False)
    await world.drain()
    rows = await Refund.all()
    assert {row.status for row in rows} == {"SUCCEEDED"}
    for order, row in zip(orders, sorted(rows, key=lambda r: r.order_id)):
        snap = world.snapshot(order.platform_id)
        assert [r["id"] for r in snap["refunds"]] == [row.platform_refund_id.rsplit("/", 1)[-1]] or \
            [f"gid://shopify/Refund/{r['id']}" for r in snap["refunds"]] == [row.platform_refund_id]
        assert Decimal(snap["refunded"]) == Decimal("10.00")
    assert await OutboxMessage.filter(kind="PLATFORM", status="FAILED").count() == 0


async def test_an_answer_lost_after_the_write_is_found_and_recorded_once(client, world):
    order = await add_order(world, "5001", name="#1001")
    assert (await refund(client, world.shop, order, "12.50"))["userErrors"] == []
    # The platform writes the refund and the answer never arrives, on every try within the call:
    # the worker's retry, with the same key, is what finds it.
    world.emulator.inject(Fault("lost_answer", operation="refundCreate", times=2, delay=0.05))
    first = await world.work()
    assert first.retried == 1
    assert len(world.snapshot()["refunds"]) == 1
    world.clock.advance(hours=1)
    await world.drain()
    snap = world.snapshot()
    assert len(snap["refunds"]) == 1 and Decimal(snap["refunded"]) == Decimal("12.50")
    row = await Refund.get()
    assert row.status == "SUCCEEDED" and row.platform_refund_id.endswith(str(snap["refunds"][0]["id"]))
    assert await PlatformRefund.filter(refund_id=row.id).count() == 1
    # Shopify's refunds/create webhook for it (REST shape: a numeric id) then adds nothing.
    platform_refund = snap["refunds"][0]
    webhook = {"id": int(str(platform_refund["id"]).rsplit("/", 1)[-1]), "order_id": 5001, "note": platform_refund["note"],
               "created_at": NOW.isoformat(), "processed_at": NOW.isoformat(), "refund_line_items": [],
               "transactions": [{"id": 1, "kind": "refund", "status": "success", "amount": "12.50", "currency": "USD"}]}
    answer = await send_webhook(client, world.shop, "refunds/create", webhook, event_id="refund-webhook-1")
    assert answer.status_code == 200 and answer.json()["status"] == "accepted", answer.text
    assert await applied(world.shop, "refund-webhook-1") == {"status": "stale"}
    assert await PlatformRefund.all().count() == 1
    order_page = gql_ok(await admin(client, world.shop, DESK, {"id": f"gid://recourse/Order/{order.id}"}))["order"]
    assert Decimal(order_page["refundable"]["amount"]) == Decimal("45.00") - Decimal("12.50")


async def test_a_cancellation_whose_answer_is_lost_is_read_back_not_sent_twice(client, world):
    order = await add_order(world, "5001", name="#1001", fulfilled=False)
    body = await staff(client, world.shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": True})
    assert body["userErrors"] == []
    world.emulator.inject(Fault("lost_answer", operation="orderCancel", times=1, delay=0.05))
    await world.drain()
    snap = world.snapshot()
    assert snap["cancelled"] and Decimal(snap["refunded"]) == Decimal("45.00") and len(snap["refunds"]) == 1
    assert world.emulator.calls.count((world.shop.domain, "orderCancel")) == 1
    # Restocked: nothing of the line is left to ship.
    assert all(line["quantity"] == 0 or line["refunded"] == line["quantity"] for line in snap["lines"])


async def test_throttled_bursts_are_waited_out_and_none_fails(client, world):
    orders = [await add_order(world, str(6001 + n), name=f"#20{n}") for n in range(8)]
    for order in orders:
        assert (await refund(client, world.shop, order, "5.00"))["userErrors"] == []
    world.emulator.inject(Fault("throttled", times=6))
    world.emulator.buckets[world.shop.domain].drain()
    await world.drain()
    assert set(await Refund.all().values_list("status", flat=True)) == {"SUCCEEDED"}
    assert sum(len(world.snapshot(o.platform_id)["refunds"]) for o in orders) == 8
    assert await OutboxMessage.filter(kind="PLATFORM", status="FAILED").count() == 0
    assert [kind for kind, _ in world.emulator.faults.fired].count("throttled") == 6


async def test_a_user_error_fails_the_refund_in_the_platforms_words_and_the_desk_shows_it(client, world):
    order = await add_order(world, "5001", name="#1001")
    before = gql_ok(await admin(client, world.shop, DESK, {"id": f"gid://recourse/Order/{order.id}"}))
    assert (await refund(client, world.shop, order, "20.00"))["userErrors"] == []
    words = "Refund amount exceeds what the order can refund"
    world.emulator.inject(Fault("user_error", operation="refundCreate", message=words))
    await world.drain()
    row = await Refund.get()
    assert row.status == "FAILED" and words in row.platform_error
    assert world.snapshot()["refunds"] == []
    desk = gql_ok(await admin(client, world.shop, DESK, {"id": f"gid://recourse/Order/{order.id}"}))
    assert desk["order"]["refundable"] == before["order"]["refundable"]  # the ledger gives back nothing
    [shown] = desk["order"]["refunds"]
    assert shown["status"] == "FAILED" and words in shown["platformError"]
    assert shown["platformOperations"][0]["status"] == "FAILED" and shown["platformOperations"][0]["refused"]
    assert words in shown["platformOperations"][0]["message"]
    assert desk["workQueue"]["platformFailed"]["count"] == 1
    # The customer is not told of a refund that did not happen.
    assert set(await OutboxMessage.filter(kind="EMAIL", topic="refund_issued").values_list("status", flat=True)) == {"FAILED"}


async def test_fifty_concurrent_refunds_on_one_order_never_exceed_what_was_paid(client, world):
    order = await add_order(world, "5001", name="#1001")  # 45.00 paid
    # Staff also refunded 7.00 in Shopify's own admin, which Recourse has not heard of yet.
    world.emulator.order(world.shop.domain, "5001")
    outside = await _refund_on_the_platform(world, "7.00")
    results = await asyncio.gather(*(refund(client, world.shop, order, "1.00") for _ in range(50)))
    accepted = [r for r in results if not r["userErrors"]]
    assert len(accepted) == 45  # the ledger's own bound: what was paid
    assert all(r["userErrors"][0]["code"] in ("OVER_REFUND", "CONFLICT") for r in results if r["userErrors"])
    await world.drain()
    snap = world.snapshot()
    assert Decimal(snap["refunded"]) <= Decimal("45.00")
    succeeded = await Refund.filter(status="SUCCEEDED").count()
    assert Decimal(snap["refunded"]) == Decimal(succeeded) + outside
    assert succeeded == 38  # the platform refused the 7 the outside refund had taken


async def _refund_on_the_platform(world: World, amount: str) -> Decimal:
    """A refund made in the platform's own admin: straight to the emulator's API with the shop's token."""
    platform = ShopifyPlatform(world.shop, world.settings)
    async with platform:
        from plugin.values.money import Money
        from plugin.platform import port

        result = await platform.refund_order(port.RefundOrder(key="outside-1", order_id="5001",
                                                              amount=Money(Decimal(amount), "USD"), note="by staff in Shopify"))
    assert isinstance(result, port.Done), result
    return Decimal(amount)


async def test_a_worker_killed_mid_call_carries_the_refund_out_exactly_once_after_restart(client, world, db):
    order = await add_order(world, "5001", name="#1001")
    assert (await refund(client, world.shop, order, "15.00"))["userErrors"] == []
    # The platform writes the refund, then holds its answer: the worker is killed while it waits.
    world.emulator.inject(Fault("lost_answer", operation="refundCreate", times=1, delay=60))
    env = {**os.environ, "DATABASE_URL": db.url, "RECOURSE_SHOPIFY_ORIGIN": world.emulator.base + "/shops/{shop}",
           "RECOURSE_EMBEDDED_WORKER": "false", "LOG_LEVEL": "WARNING"}
    worker = subprocess.Popen([sys.executable, "-m", "plugin.cli", "worker", "--poll", "0.2"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(600):
            if world.snapshot()["refunds"]:
                break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError(f"the worker never reached the platform: {worker.stderr.read1(4000)!r}")
        os.kill(worker.pid, signal.SIGKILL)  # kill -9, mid-call
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    [row] = await OutboxMessage.filter(kind="PLATFORM")
    assert row.status == "SENDING" and (await Refund.get()).status == "PENDING"

    world.clock.advance(minutes=10)  # the dead worker's lease runs out; a new worker takes the row
    await world.drain()
    snap = world.snapshot()
    assert len(snap["refunds"]) == 1 and Decimal(snap["refunded"]) == Decimal("15.00")
    row = await Refund.get()
    assert row.status == "SUCCEEDED" and row.platform_refund_id.endswith(str(snap["refunds"][0]["id"]))
    assert await OutboxMessage.filter(kind="EMAIL", topic="refund_issued").count() == 1

"""A Black Friday burst in small, against the real `recourse serve`: every webhook acknowledged, none lost.

The server acknowledges a webhook once it is verified and stored, and its embedded worker imports
it afterwards (plugin.platform.inbox). So an acknowledgement is a promise: this test sends a burst
open loop (each webhook leaves on time whatever became of the earlier ones, as Shopify sends them),
with some of Shopify's retries mixed in, kills the server with SIGKILL as soon as the last answer is
in, while most orders are still waiting to be imported, and starts another: every acknowledged
order must be there once, and every retry answered as a duplicate.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from models.order import Order
from models.outbox import OutboxMessage
from models.webhook import WebhookEvent
from plugin.values.signing import webhook_signature
from tests.helpers import make_shop
from tests.live_server import _free_port
from tests.waiting import eventually

ROOT = Path(__file__).resolve().parents[2]
COUNT, RATE = 200, 40.0  # webhooks, per second: the bench sends 5,000 at 200/s (bench/run.py section 9)
RETRIED = range(0, COUNT, 20)  # deliveries Shopify sends a second time (same X-Shopify-Webhook-Id)

pytestmark = pytest.mark.slow


def order(n: int) -> dict:
    placed = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    return {
        "id": f"900{n}", "name": f"#B{n}", "email": f"shopper{n}@example.com", "currency": "USD",
        "created_at": placed, "updated_at": placed, "financial_status": "paid",
        "subtotal_price": "55.00", "total_price": "60.00", "shipping_lines": [{"price": "5.00"}],
        "shipping_address": {"country_code": "US", "address1": f"{n} Main St", "city": "Albany"},
        "customer": {"id": f"c{n}", "email": f"shopper{n}@example.com"},
        "line_items": [
            {"id": f"900{n}1", "title": "Linen Shirt", "quantity": 1, "price": "40.00", "sku": "SH-1"},
            {"id": f"900{n}2", "title": "Cap", "quantity": 1, "price": "15.00", "sku": "CP-1"},
        ],
    }


def serve(database_url: str, folder: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING", "RECOURSE_ENV": "development",
           "RECOURSE_MAIL_DIR": str(folder / "mail"), "RECOURSE_RATE_LIMITS": "false"}
    env.pop("RECOURSE_EMBEDDED_WORKER", None)  # the default: `serve` imports what it stored
    process = subprocess.Popen([sys.executable, "-m", "plugin.cli", "serve", "--no-demo", "--no-emulator",
                                "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=(folder / f"serve-{port}.log").open("w"))
    return process, f"http://127.0.0.1:{port}"


async def ready(process: subprocess.Popen, url: str) -> None:
    async with httpx.AsyncClient(timeout=1) as http:
        async def up() -> bool:
            assert process.poll() is None, f"recourse serve exited with {process.returncode}"
            try:
                return (await http.get(f"{url}/readyz")).status_code == 200
            except httpx.HTTPError:
                return False

        await eventually(up, what="recourse serve to be ready", timeout=90, interval=0.2)


async def burst(url: str, shop, deliveries: list[tuple[int, str]]) -> list[tuple[int, float, dict]]:
    """Open loop: delivery k leaves at k / RATE s. Each answer: (status, seconds from due to answer, body)."""
    # Few connections, each reused: httpx's pool costs the sender more CPU than the server at hundreds.
    limits = httpx.Limits(max_connections=50, max_keepalive_connections=50, keepalive_expiry=2)
    async with httpx.AsyncClient(limits=limits, timeout=30) as http:
        start = time.perf_counter() + 0.2

        async def one(k: int, n: int, webhook_id: str) -> tuple[int, float, dict]:
            due = start + k / RATE
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            body = json.dumps(order(n)).encode()
            r = await http.post(f"{url}/webhooks/orders/create", content=body, headers={
                "Content-Type": "application/json", "X-Shopify-Topic": "orders/create",
                "X-Shopify-Shop-Domain": shop.domain, "X-Shopify-Webhook-Id": webhook_id,
                "X-Shopify-Event-Id": f"evt-{n}", "X-Shopify-Hmac-Sha256": webhook_signature(shop.api_secret, body)})
            return r.status_code, time.perf_counter() - due, r.json()

        return await asyncio.gather(*(one(k, n, w) for k, (n, w) in enumerate(deliveries)))


async def test_a_burst_is_acknowledged_and_survives_a_kill_of_the_server(db, tmp_path):
    if db.backend != "postgres":
        pytest.skip("a burst is a PostgreSQL matter: `serve` on SQLite writes one transaction at a time")
    shop = await make_shop("burst.myshopify.com")
    first, url = serve(db.url, tmp_path)
    second = None
    try:
        await ready(first, url)
        deliveries = [(n, f"wh-{n}") for n in range(COUNT)]
        for n in RETRIED:  # Shopify's retry of an earlier delivery, a second or so later
            deliveries.insert(min(len(deliveries), n + int(RATE)), (n, f"wh-{n}"))
        answers = await burst(url, shop, deliveries)
        first.send_signal(signal.SIGKILL)  # at once: whatever is stored and not imported must survive
        first.wait(timeout=10)

        statuses = [status for status, _, _ in answers]
        assert statuses == [200] * len(deliveries), {s: statuses.count(s) for s in set(statuses)}
        bodies = [body["status"] for _, _, body in answers]
        assert bodies.count("accepted") == COUNT and bodies.count("duplicate") == len(RETRIED), bodies
        waits = sorted(seconds for _, seconds, _ in answers)
        print(f"\nacknowledged {len(answers)}: p50 {waits[len(waits) // 2] * 1000:.0f} ms, "
              f"p99 {waits[int(len(waits) * 0.99)] * 1000:.0f} ms, max {waits[-1] * 1000:.0f} ms; "
              f"imported before the kill: {await Order.filter(shop_id=shop.id).count()}")
        # The latency target (p99 under 1 s at 200/s) is the benchmark's (BENCHMARKS.md, section 9): on a
        # shared 2-core machine under test load a wall-clock bound here would fail for the neighbours.

        assert await WebhookEvent.filter(shop_id=shop.id).count() == COUNT  # every acknowledgement was stored
        # The batch the killed worker held comes back when its lease (5 min) runs out: let that time pass.
        held = await OutboxMessage.filter(kind="INBOX", status="SENDING").update(claimed_until=datetime.now(UTC))
        assert held <= 50  # at most one batch in hand
        second, url = serve(db.url, tmp_path)
        await ready(second, url)

        async def all_imported() -> bool:
            return await WebhookEvent.filter(shop_id=shop.id, imported_at__isnull=True).count() == 0

        await eventually(all_imported, what=f"the second server to import all {COUNT} orders", timeout=240, interval=0.5)
        assert await Order.filter(shop_id=shop.id).count() == COUNT
        assert sorted(await Order.filter(shop_id=shop.id).values_list("name", flat=True)) == sorted(
            f"#B{n}" for n in range(COUNT))
        assert set(await WebhookEvent.filter(shop_id=shop.id).values_list("outcome", flat=True)) == {"created"}
        inbox = await OutboxMessage.filter(kind="INBOX").values_list("status", flat=True)
        assert len(inbox) == COUNT and set(inbox) == {"SENT"}
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

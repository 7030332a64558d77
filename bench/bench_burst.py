"""A Black Friday burst of Shopify webhooks at a fixed rate (open loop), each signed as Shopify signs.

    echo '{"port": 8000, "domain": "...", "secret": "...", "count": 5000, "rate": 200}' | python bench/bench_burst.py

Open loop: webhook n leaves at n / rate seconds whatever became of the earlier ones, as Shopify
sends them; a slow answer therefore shows as latency, not as a lower rate. Each is an orders/create
with a distinct order (2 lines, one fulfilled) and a distinct X-Shopify-Event-Id. Prints JSON:
the acknowledgement latencies (from the moment the webhook was due to the end of the answer), the
statuses, and what was not acknowledged with a 2xx within Shopify's 5 s.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx

SHOPIFY_TIMEOUT = 5.0  # Shopify gives up on a webhook after 5 s and retries it later


def order_payload(n: int, prefix: str) -> dict:
    placed = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    order_id = f"{prefix}{n}"
    return {
        "id": order_id, "name": f"#{prefix}{n}", "email": f"shopper{n}@example.com", "currency": "USD",
        "source_name": "web", "created_at": placed, "updated_at": placed, "financial_status": "paid",
        "subtotal_price": "55.00", "total_price": "60.00", "shipping_lines": [{"price": "5.00"}],
        "shipping_address": {"country_code": "US", "province_code": "NY", "address1": f"{n} Main St", "city": "Albany"},
        "customer": {"id": f"{prefix}c{n}", "email": f"shopper{n}@example.com"},
        "line_items": [
            {"id": f"{order_id}-1", "title": "Linen Shirt", "quantity": 1, "price": "40.00", "sku": "SH-1"},
            {"id": f"{order_id}-2", "title": "Cap", "quantity": 1, "price": "15.00", "sku": "CP-1"},
        ],
    }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def burst(job: dict) -> dict:
    url = f"http://127.0.0.1:{job['port']}/webhooks/orders/create"
    secret = job["secret"].encode()
    bodies = []
    for n in range(job["count"]):
        body = json.dumps(order_payload(n, job.get("prefix", "BF"))).encode()
        signature = base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()
        bodies.append((n, body, signature))
    latencies: list[float] = []
    statuses: Counter = Counter()
    late = 0
    limits = httpx.Limits(max_connections=job.get("connections", 400), max_keepalive_connections=job.get("connections", 400))
    # Past Shopify's 5 s a webhook has failed anyway; 10 s keeps a drowning server from stalling the run.
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:
        start = time.perf_counter() + 0.5

        async def one(n: int, body: bytes, signature: str) -> None:
            nonlocal late
            due = start + n / job["rate"]
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            headers = {"Content-Type": "application/json", "X-Shopify-Topic": "orders/create",
                       "X-Shopify-Shop-Domain": job["domain"], "X-Shopify-Hmac-Sha256": signature,
                       "X-Shopify-Event-Id": f"bf-{job.get('prefix', 'BF')}-{n}", "X-Shopify-Webhook-Id": f"bf-{n}"}
            try:
                response = await client.post(url, content=body, headers=headers)
                statuses[response.status_code] += 1
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] += 1
                late += 1
                return
            took = time.perf_counter() - due
            latencies.append(took)
            if took > SHOPIFY_TIMEOUT or not 200 <= response.status_code < 300:
                late += 1

        await asyncio.gather(*(one(*item) for item in bodies))
        elapsed = time.perf_counter() - start
    return {
        "sent": len(bodies), "seconds": elapsed, "statuses": {str(k): v for k, v in statuses.items()},
        "p50_ms": percentile(latencies, 0.50) * 1000, "p99_ms": percentile(latencies, 0.99) * 1000,
        "max_ms": max(latencies, default=float("nan")) * 1000, "not_acknowledged": late,
    }


def main() -> int:
    job = json.loads(sys.stdin.read())
    print(json.dumps(asyncio.run(burst(job))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

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


# uvicorn closes a keep-alive connection after 5 s without a request (its timeout_keep_alive). A
# connection idle that long is not reused: the server may be closing it as the request goes out.
IDLE_LIMIT = 4.0


class Stale(Exception):
    """A reused keep-alive connection the server had closed: the request was never read (EOF or a
    reset before any byte of an answer)."""


class Connections:
    """Keep-alive HTTP/1.1 connections to one server, written by hand on asyncio streams.

    httpx's pool spends milliseconds of CPU per request at a few hundred connections: at 200/s the
    load generator, not the server, fell behind (webhooks left late, and the lateness counted as
    latency). This does only what the burst needs: a POST, a status line, a Content-Length body. An
    idle connection is reused; when none is idle a new one opens, so a slow server never delays a
    webhook's departure (open loop).

    A reused connection can be one the server has just closed (its keep-alive timeout): every HTTP
    client meets this and sends the request again on a new connection, as this does (once, and only
    when no byte of an answer came: the server never read the request). Those are counted apart
    (`stale`), not as failures; a failure on a new connection is the server's.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []
        self.opened = 0
        self.stale: Counter = Counter()  # how a reused connection turned out closed, by kind

    def _reusable(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        now = time.monotonic()
        while self.idle:
            reader, writer, since = self.idle.pop()  # the most recently used: the least likely to be closed
            if now - since < IDLE_LIMIT and not reader.at_eof() and not writer.is_closing():
                return reader, writer
            self.stale["expired or closed while idle (not used)"] += 1
            writer.close()
        return None

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        reused = self._reusable()
        if reused is not None:
            try:
                return await self._exchange(*reused, path, body, headers, reused=True)
            except Stale as exc:
                self.stale[str(exc)] += 1
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.opened += 1
        return await self._exchange(reader, writer, path, body, headers, reused=False)

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str, body: bytes,
                        headers: dict[str, str], *, reused: bool) -> tuple[int, bytes]:
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        try:
            writer.write(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nContent-Length: {len(body)}\r\n"
                         f"{head}\r\n".encode() + body)
            status_line = await reader.readline()
        except (ConnectionResetError, BrokenPipeError) as exc:
            writer.close()
            if reused:
                raise Stale(type(exc).__name__) from exc
            raise
        if not status_line:  # closed before answering
            writer.close()
            if reused:
                raise Stale("EOF")
            raise ConnectionError("the server closed a new connection without answering")
        parts = status_line.split()
        if len(parts) < 2 or not parts[1].isdigit():
            writer.close()
            raise ValueError(f"not an HTTP status line: {status_line[:80]!r}")
        length, keep = 0, True
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
            elif name.lower() == "connection" and value.strip().lower() == "close":
                keep = False
        answer = await reader.readexactly(length)
        if keep:
            self.idle.append((reader, writer, time.monotonic()))
        else:
            writer.close()
        return int(parts[1]), answer

    def close(self) -> None:
        for _, writer, _ in self.idle:
            writer.close()


async def burst(job: dict) -> dict:
    path = "/webhooks/orders/create"
    secret = job["secret"].encode()
    prefix = job.get("prefix", "BF")
    bodies = []
    for n in range(job["count"]):
        body = json.dumps(order_payload(n, prefix)).encode()
        signature = base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()
        bodies.append((n, body, signature))
    latencies: list[float] = []
    departures: list[float] = []  # how late the sender itself sent each one (its own lag, not the server's)
    statuses: Counter = Counter()
    errors: Counter = Counter()  # the sender's failures by kind: no answer at all
    acknowledged: list[str] = []  # webhook ids answered with a 2xx
    late = 0
    connections = Connections(job["port"])
    start = time.perf_counter() + 0.5

    async def one(n: int, body: bytes, signature: str) -> None:
        nonlocal late
        due = start + n / job["rate"]
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        departures.append(time.perf_counter() - due)
        webhook_id = f"bf-{prefix}-{n}"
        headers = {"Content-Type": "application/json", "X-Shopify-Topic": "orders/create",
                   "X-Shopify-Shop-Domain": job["domain"], "X-Shopify-Hmac-Sha256": signature,
                   "X-Shopify-Event-Id": webhook_id, "X-Shopify-Webhook-Id": webhook_id}
        try:
            # Past Shopify's 5 s a webhook has failed anyway; 10 s keeps a drowning server from stalling the run.
            async with asyncio.timeout(10):
                status, _ = await connections.post(path, body, headers)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
            errors[type(exc).__name__] += 1
            statuses["no answer"] += 1
            late += 1
            return
        statuses[status] += 1
        took = time.perf_counter() - due
        latencies.append(took)
        if 200 <= status < 300:
            acknowledged.append(webhook_id)
        if took > SHOPIFY_TIMEOUT or not 200 <= status < 300:
            late += 1

    await asyncio.gather(*(one(*item) for item in bodies))
    elapsed = time.perf_counter() - start
    connections.close()
    result = {
        "sent": len(bodies), "seconds": elapsed, "statuses": {str(k): v for k, v in statuses.items()},
        "p50_ms": percentile(latencies, 0.50) * 1000, "p99_ms": percentile(latencies, 0.99) * 1000,
        "max_ms": max(latencies, default=float("nan")) * 1000, "not_acknowledged": late,
        "errors": dict(errors), "stale_connections": dict(connections.stale),
        "departure_p99_ms": percentile(departures, 0.99) * 1000, "departure_max_ms": max(departures, default=0) * 1000,
        "connections": connections.opened, "finished_at": time.time(),
    }
    if job.get("keep_ids"):
        result["acknowledged"] = acknowledged
    return result


def main() -> int:
    job = json.loads(sys.stdin.read())
    print(json.dumps(asyncio.run(burst(job))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A small HTTP/1.1 load generator, run as its own process so it does not share the server's loop.

Reads one JSON job on stdin and prints one JSON result: requests per second, p50, p99, errors.
Keep-alive connections over asyncio streams: far cheaper per request than a general HTTP client,
which matters when client and servers share two cores.

    {"port": 8001, "path": "/storefront/graphql", "method": "POST", "headers": {...},
     "body": "... {n} ...", "concurrency": 32, "seconds": 6, "warmup": 1, "expect": "\\"allowed\\""}

`{n}` in the body is replaced by a number unique to each request; or `bodies`, a list used in turn
(distinct orders and idempotency keys for mutations).
A response counts as an error unless it is 200 and contains `expect` (when given) and no `"errors"`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time


async def _request(reader, writer, head: bytes, body: bytes) -> tuple[int, bytes]:
    writer.write(head + str(len(body)).encode() + b"\r\n\r\n" + body)
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed")
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    return status, await reader.readexactly(length)


async def run(job: dict) -> dict:
    host, port = job.get("host", "127.0.0.1"), job["port"]
    headers = {"Host": f"{host}:{port}", "Content-Type": "application/json", **job.get("headers", {})}
    head = f"{job.get('method', 'POST')} {job['path']} HTTP/1.1\r\n".encode()
    head += b"".join(f"{k}: {v}\r\n".encode() for k, v in headers.items()) + b"Content-Length: "
    template, expect = job.get("body", ""), job.get("expect", "").encode()
    bodies = [b.encode() for b in job.get("bodies", ())]
    numbers = itertools.count(job.get("start", 0))
    warmup_end = time.perf_counter() + job.get("warmup", 1.0)
    end = warmup_end + job["seconds"]
    latencies: list[float] = []
    errors = total = 0
    samples: list[str] = []

    async def client() -> None:
        nonlocal errors, total
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while (now := time.perf_counter()) < end:
                n = next(numbers)
                body = bodies[n % len(bodies)] if bodies else template.replace("{n}", str(n)).encode()
                status, answer = await _request(reader, writer, head, body)
                took = time.perf_counter() - now
                total += 1
                if now < warmup_end:
                    continue
                ok = status == 200 and (not expect or expect in answer) and b'"errors"' not in answer
                if ok:
                    latencies.append(took)
                else:
                    errors += 1
                    if len(samples) < 3:
                        samples.append(f"{status} {answer[:300]!r}")
        finally:
            writer.close()

    await asyncio.gather(*(client() for _ in range(job.get("concurrency", 32))))
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {"count": len(latencies), "errors": errors, "total": total, "rps": len(latencies) / job["seconds"],
            "p50_ms": pct(0.50), "p99_ms": pct(0.99), "error_samples": samples}


if __name__ == "__main__":
    print(json.dumps(asyncio.run(run(json.loads(sys.stdin.read())))))

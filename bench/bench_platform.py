"""Refunds carried out on Shopify against the emulator with Shopify's real cost limits.

    .venv/bin/python bench/bench_platform.py [--refunds 1000] [--orders 100] [--concurrency 5]

Each refund goes the way the worker sends it: the Shopify adapter reads the order's payments
(a query) and sends `refundCreate @idempotent` (a mutation), over real HTTP to the emulator on
127.0.0.1, with the shop's token read from the database (SQLite here) and decrypted for every call.
The emulator charges each query its calculated cost against the Standard plan's bucket (2,000
points, 100 points/second), so once the first burst has spent the bucket, throughput is bounded by
the restore rate: the physical limit of one shop. The figure to read is "points/s spent", against
the restore rate of 100.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugin.api.auth import issue_session_token  # noqa: E402
from plugin.values.money import Money  # noqa: E402
from plugin.platform import port  # noqa: E402
from plugin.platform.emulator import Emulator, serving  # noqa: E402
from plugin.platform.shopify_admin import shopify_platform  # noqa: E402
from plugin.platform.shopify_admin.connect import connect  # noqa: E402
from plugin.process.settings import Settings  # noqa: E402


async def run(refunds: int, orders: int, concurrency: int, restore_rate: float, bucket: float) -> dict:
    from plugin.actions.shops import create_shop
    from plugin.store.migrate import apply_migrations
    from plugin.store.orm import orm

    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite://{scratch}/bench.sqlite3"
        await apply_migrations(url)
        async with orm(url):
            shop = await create_shop(domain="bench-platform.myshopify.com", name="Bench")
            emulator = Emulator(maximum_available=bucket, restore_rate=restore_rate)
            emulator.add_shop(shop.domain, shop.api_key, shop.api_secret)
            per_order = -(-refunds // orders)
            for n in range(orders):
                emulator.add_order(shop.domain, str(9000 + n), name=f"#{9000 + n}", fulfilled=True,
                                   lines=[{"id": f"{n}-1", "sku": "B-1", "quantity": per_order, "price": "10.00"}])
            async with serving(emulator) as base:
                settings = Settings(database_url=url, shopify_origin=base + "/shops/{shop}", shopify_timeout=30)
                await connect(shop, issue_session_token(shop), settings)
                queue: asyncio.Queue = asyncio.Queue()
                for i in range(refunds):
                    queue.put_nowait(i)
                latencies: list[float] = []
                outcomes: dict[str, int] = {}

                async def worker() -> None:
                    async with shopify_platform(shop, settings) as platform:
                        while not queue.empty():
                            i = queue.get_nowait()
                            order = str(9000 + i % orders)
                            started = time.perf_counter()
                            result = await platform.refund_order(port.RefundOrder(
                                key=f"bench-{i}", order_id=order, amount=Money(Decimal("10.00"), "USD"),
                                note=f"gid://recourse/Refund/{i}", refund_ref=f"gid://recourse/Refund/{i}",
                                lines=(port.RefundLine(f"{i % orders}-1", 1, port.Restock.RETURN),)))
                            latencies.append(time.perf_counter() - started)
                            outcomes[type(result).__name__] = outcomes.get(type(result).__name__, 0) + 1

                started = time.perf_counter()
                await asyncio.gather(*(worker() for _ in range(concurrency)))
                elapsed = time.perf_counter() - started
                made = sum(len(o.refunds) for o in emulator.shops[shop.domain].orders.values())
                latencies.sort()
                return {
                    "refunds": refunds, "elapsed": elapsed, "made": made, "outcomes": outcomes,
                    "spent": emulator.spent.get(shop.domain, 0), "throttled": emulator.throttled.get(shop.domain, 0),
                    "p50": statistics.median(latencies), "p99": latencies[int(len(latencies) * 0.99) - 1],
                    "bucket": bucket, "restore_rate": restore_rate,
                }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--refunds", type=int, default=1000)
    parser.add_argument("--orders", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=5, help="adapters working at once (the worker's default is 5)")
    parser.add_argument("--restore-rate", type=float, default=100.0, help="points/second (Standard plan: 100)")
    parser.add_argument("--bucket", type=float, default=2000.0, help="points (Standard plan: 2,000)")
    args = parser.parse_args()
    r = asyncio.run(run(args.refunds, args.orders, args.concurrency, args.restore_rate, args.bucket))
    steady = max(0.0, r["spent"] - r["bucket"]) / r["elapsed"]
    print(f"{r['refunds']} refunds over {args.orders} orders, concurrency {args.concurrency}, bucket {r['bucket']:.0f} points "
          f"restoring {r['restore_rate']:.0f}/s")
    print(f"  outcomes {r['outcomes']}; refunds on the emulator: {r['made']} (none doubled: {r['made'] == r['refunds']})")
    print(f"  {r['elapsed']:.1f} s: {r['refunds'] / r['elapsed']:.2f} refunds/s; latency p50 {r['p50'] * 1000:.0f} ms, "
          f"p99 {r['p99'] * 1000:.0f} ms")
    print(f"  points spent {r['spent']} ({r['spent'] / r['refunds']:.1f} per refund): {r['spent'] / r['elapsed']:.1f} points/s overall, "
          f"{steady:.1f} points/s beyond the first bucket = {steady / r['restore_rate']:.0%} of the restore rate")
    print(f"  THROTTLED answers: {r['throttled']} (waited out by the client; none failed)")
    return 0 if r["made"] == r["refunds"] and r["outcomes"].get("Done") == r["refunds"] else 1


if __name__ == "__main__":
    sys.exit(main())

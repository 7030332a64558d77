"""What one webhook costs: CPU per acknowledgement and per import, apart, on a fresh PostgreSQL database.

    python bench/bench_inbox.py [--count 1000] [--rate 100] [--profile]

Wall-clock figures on a shared machine say more about the neighbours than about Recourse; CPU time
does not. Two phases, each timed in CPU seconds of the Python process that did the work plus the
PostgreSQL backends serving it (read from /proc before they exit):

1. acknowledgements: `recourse serve` with its embedded worker off takes --count signed
   orders/create webhooks at --rate a second (bench/bench_burst.py, open loop), so every one is
   stored and none imported;
2. imports: the outbox worker (`run_worker(once=True)`, INBOX only, as `recourse worker --once`
   runs it) imports the stored backlog in this process: CPU per import, statements per import,
   imports per second of wall (a ceiling: one process, no acknowledgements beside it).

Then it checks what section 9 calls "none lost": every webhook acknowledged with a 2xx is stored
once and imported once. Prints plain lines; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import asyncpg  # noqa: E402

import run as bench  # noqa: E402  (bench/run.py: database, seed, servers)

TICK = os.sysconf("SC_CLK_TCK")


def cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


async def backends(url: str) -> dict[int, float]:
    """CPU seconds so far of every PostgreSQL backend connected to this database (but this one)."""
    name = url.rsplit("/", 1)[1]
    conn = await asyncpg.connect(url)
    try:
        pids = await conn.fetch("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", name)
    finally:
        await conn.close()
    return {row["pid"]: cpu_of(row["pid"]) for row in pids}


def spent(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


class RoundTrips:
    """Counts this process's round trips to PostgreSQL (asyncpg's statements, BEGIN and COMMIT included)."""

    def __init__(self) -> None:
        import asyncpg.connection as connection

        self.count, self.on = 0, False
        self.connection = connection
        self.originals = (connection.Connection.execute, connection.Connection._do_execute)

    def __enter__(self) -> RoundTrips:
        execute, do_execute = self.originals
        counter = self

        async def counted_execute(conn, query, *args, **kwargs):
            if not args:  # with arguments it goes on to _do_execute, counted there
                counter.count += 1
            return await execute(conn, query, *args, **kwargs)

        async def counted_do_execute(conn, *args, **kwargs):
            counter.count += 1
            return await do_execute(conn, *args, **kwargs)

        self.connection.Connection.execute, self.connection.Connection._do_execute = counted_execute, counted_do_execute
        return self

    def __exit__(self, *exc_info) -> None:
        self.connection.Connection.execute, self.connection.Connection._do_execute = self.originals


async def acknowledge(args, url: str, ids: dict, prefix: str) -> dict:
    server = bench.recourse_server(url, 1, worker=False)
    try:
        server.wait_ready()
        time.sleep(1.0)
        secret = await (await asyncpg.connect(url)).fetchval("SELECT api_secret FROM shop WHERE id = $1", ids["shop_id"])
        pg0, cpu0 = await backends(url), server.cpu_seconds()
        job = {"port": server.port, "domain": bench.DOMAIN, "secret": secret, "count": args.count, "rate": args.rate,
               "prefix": prefix, "keep_ids": True}
        done = subprocess.run([bench.PY, str(ROOT / "bench" / "bench_burst.py")], input=json.dumps(job),
                              capture_output=True, text=True, cwd=ROOT, timeout=args.count / args.rate + 600)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        cpu1, pg1 = server.cpu_seconds(), await backends(url)
        result = json.loads(done.stdout)
        result["server_cpu"], result["pg_cpu"] = cpu1 - cpu0, spent(pg0, pg1)
        return result
    finally:
        server.stop()


async def store(args, url: str, ids: dict, prefix: str) -> list[str]:
    """The webhooks stored as the route stores them (plugin.platform.inbox.accept), without a server."""
    from bench_burst import order_payload

    from models.shop import Shop
    from plugin.platform import inbox
    from plugin.store.orm import orm

    acknowledged = []
    async with orm(url):
        shop = await Shop.get(id=ids["shop_id"])
        for n in range(args.count):
            body = json.dumps(order_payload(n, prefix))
            webhook_id = f"bf-{prefix}-{n}"
            if await inbox.accept(shop, "orders/create", webhook_id, body, inbox.parse("orders/create", body)):
                acknowledged.append(webhook_id)
    return acknowledged


async def import_in_serve(args, url: str, ids: dict, total: int) -> dict:
    """The same backlog imported by `recourse serve`'s embedded worker, as section 9 runs it."""
    server = bench.recourse_server(url, 1, worker=True)
    try:
        server.wait_ready()
        pg0, cpu0, wall0 = await backends(url), server.cpu_seconds(), time.perf_counter()
        imported = 0
        while imported < total and time.perf_counter() - wall0 < 1800:
            await asyncio.sleep(0.25)
            imported = (await bench.inbox_progress(url, ids["shop_id"], "BI"))["imported"]
        wall, cpu, pg1 = time.perf_counter() - wall0, server.cpu_seconds() - cpu0, await backends(url)
    finally:
        server.stop()
    return {"report": "recourse serve's embedded worker", "imported": imported, "wall": wall, "cpu": cpu,
            "pg_cpu": spent(pg0, pg1), "round_trips": 0}


async def import_all(args, url: str) -> dict:
    from plugin.jobs.outbox import run_worker
    from plugin.platform.inbox import InboxImporter
    from plugin.process.settings import Settings
    from plugin.store.orm import orm

    settings = Settings.from_env({"DATABASE_URL": url})
    async with orm(url):
        await run_worker(settings, asyncio.Event(), handlers={}, once=True)  # housekeeping and retention, first
        pg0 = await backends(url)
        cpu0, wall0 = time.process_time(), time.perf_counter()
        profile = cProfile.Profile(time.process_time) if args.profile else None
        if profile:
            profile.enable()
        importer = (lambda: InboxImporter(concurrency=args.concurrency)) if args.concurrency else InboxImporter
        with RoundTrips() as trips:
            report = await run_worker(settings, asyncio.Event(), handlers={"INBOX": importer}, once=True)
        if profile:
            profile.disable()
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        pg1 = await backends(url)
    if profile:
        stats = pstats.Stats(profile)
        stats.sort_stats("cumulative").print_stats(60)
        stats.sort_stats("tottime").print_stats(30)
    return {"report": str(report), "imported": report.sent, "wall": wall, "cpu": cpu, "pg_cpu": spent(pg0, pg1),
            "round_trips": trips.count}


async def main_async(args) -> None:
    url, name = await bench.create_database()
    try:
        ids = await bench.seed(url)
        if args.skip_acks:
            acks = {"acknowledged": await store(args, url, ids, "BI")}
        else:
            acks = await acknowledge(args, url, ids, "BI")
        n = len(acks["acknowledged"])
        if not args.skip_acks:
            print(f"acknowledgements: {n} at {args.rate:g}/s, statuses {acks['statuses']}, p50 {acks['p50_ms']:.0f} ms, "
              f"p99 {acks['p99_ms']:.0f} ms; sender errors {acks['errors'] or 'none'}, stale keep-alive connections "
              f"{acks['stale_connections'] or 'none'}")
            print(f"  CPU per acknowledgement: server {acks['server_cpu'] / n * 1000:.2f} ms + PostgreSQL "
              f"{acks['pg_cpu'] / n * 1000:.2f} ms")
        imports = await (import_in_serve(args, url, ids, n) if args.serve else import_all(args, url))
        k = max(1, imports["imported"])
        print(f"imports: {imports['report']}")
        print(f"  {imports['imported']} in {imports['wall']:.1f} s wall ({imports['imported'] / imports['wall']:.0f}/s, "
              f"load {bench.load_average()}); CPU per import: worker {imports['cpu'] / k * 1000:.2f} ms + PostgreSQL "
              f"{imports['pg_cpu'] / k * 1000:.2f} ms; round trips to PostgreSQL per import {imports['round_trips'] / k:.1f}")
        print("none lost: " + await bench.none_lost(url, ids["shop_id"], "BI", acks["acknowledged"]))
    finally:
        await bench.drop_database(name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--concurrency", type=int, default=0, help="imports at once (default: InboxImporter's)")
    parser.add_argument("--skip-acks", action="store_true", help="store the webhooks in-process, without a server")
    parser.add_argument("--serve", action="store_true", help="import with `recourse serve`'s embedded worker instead")
    parser.add_argument("--profile", action="store_true", help="cProfile the import phase")
    args = parser.parse_args()
    print(f"load average before: {bench.load_average()}")
    asyncio.run(main_async(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where a `returnAnalytics` request's time goes, on a database bench/bench_analytics.py seeded and
kept (`--keep` prints its URL): SQL against the rest (GraphQL, the view, shaping), per request.

    .venv/bin/python bench/profile_analytics.py --url sqlite:///tmp/.../analytics.sqlite3 [--by PRODUCT] [--requests 20]
    .venv/bin/python bench/profile_analytics.py --url postgres://.../recourse_bench_xxxx --profile

Each request is timed whole (in-process through the ASGI app, as the bench does) and split into:
the store's call (`plugin.store.analytics.return_analytics`: the refresh check, the five reads run
side by side, the Python that folds their rows into a report), each statement's wall time (on
PostgreSQL they overlap), and the rest of the request (Strawberry and graphql-core: parsing the
body, resolving and serialising the answer; the view and middlewares). The main thread's CPU time
is given beside the wall times: it does not move with other processes' load, and on SQLite the
statements run in aiosqlite's own thread, so it is the Python side alone; the whole process's CPU
time per request is given too (on SQLite that is the request's whole cost, statements included). `--serial` runs the
statements one after the other, so each one's time is its own (on SQLite they queue for aiosqlite's
one thread anyway). `--floor` answers every request after the first with the first one's result
(the store and the shaping not run again): what is left is the request's floor, the view, graphql-core
completing the fields and the JSON. `--profile` adds cProfile's top functions over the requests (own time).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import os
import pstats
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.bench_analytics import QUERY, load_average  # noqa: E402


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


async def measure(args: argparse.Namespace) -> None:
    from models.shop import Shop
    from plugin.api.auth import issue_session_token
    from plugin.process.settings import Settings
    from plugin.store import analytics as store
    from plugin.store import analytics_days
    from plugin.store.migrate import apply_migrations
    from plugin.store.orm import orm
    from plugin.values.calendar import zone
    from plugin.web.app import create_app

    await apply_migrations(args.url)  # a database seeded before a migration: its first read rebuilds the days
    spent: dict[str, list[float]] = {}

    def note(name: str, wall: float, cpu: float | None = None) -> None:
        spent.setdefault(name, []).append(wall * 1000)
        if cpu is not None:
            spent.setdefault(name + " (main thread CPU)", []).append(cpu * 1000)

    statement_names: dict[str, str] = {}
    original_rows = analytics_days.rows

    async def timed_rows(sql, params, conn=None):
        begun = time.perf_counter()
        try:
            return await original_rows(sql, params, conn)
        finally:
            name = statement_names.get(sql.strip().split("\n")[0][:60], sql.strip().split("\n")[0][:60])
            note("  SQL " + name, time.perf_counter() - begun)

    original_store = store.return_analytics

    async def timed_store(*a, **k):
        begun, cpu = time.perf_counter(), time.thread_time()
        try:
            return await original_store(*a, **k)
        finally:
            note("store.return_analytics (SQL + folding)", time.perf_counter() - begun, time.thread_time() - cpu)

    store.rows = timed_rows
    analytics_days.rows = timed_rows
    store.return_analytics = timed_store
    if args.serial:  # each statement's own time: on SQLite they queue for aiosqlite's one thread anyway
        async def in_turn(*awaitables):
            return [await a for a in awaitables]

        store.asyncio = type("asyncio", (), {"gather": staticmethod(in_turn)})

    async with orm(args.url):
        shop = await Shop.get(domain="analytics.myshopify.com")
        app = create_app(Settings(database_url=args.url, rate_limits=False), manage_orm=False)
        if args.freeze:  # as `recourse serve` does once started (the app's lifespan, which httpx does not run)
            gc.collect()
            gc.freeze()
        headers = {"Authorization": f"Bearer {issue_session_token(shop, ttl=3600)}"}
        today = datetime.now(zone(shop.timezone)).date()
        period = {"from": (today - timedelta(days=364)).isoformat(), "to": today.isoformat(), "by": args.by}
        if args.floor:  # the answer computed once, then handed back as it is: what is left is the floor
            from plugin.api.admin import analytics as api

            computed = {}
            original_api = api.return_analytics

            async def precomputed(info, start, end, group_by):
                if group_by not in computed:
                    computed[group_by] = await original_api(info, start, end, group_by)
                return computed[group_by]

            api.return_analytics = precomputed
        profiler = cProfile.Profile() if args.profile else None
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
            for n in range(args.requests + 2):
                if n == 2:
                    spent.clear()  # two warm-ups
                    if profiler:
                        profiler.enable()
                begun, cpu, every = time.perf_counter(), time.thread_time(), time.process_time()
                answer = await client.post("/admin/graphql", json={"query": QUERY, "variables": period}, headers=headers)
                note("whole request", time.perf_counter() - begun, time.thread_time() - cpu)
                note("whole request, the process's CPU (SQLite: its statements too)", time.process_time() - every)
                if '"groups"' not in answer.text:
                    raise RuntimeError(answer.text[:500])
            if profiler:
                profiler.disable()
        groups = len(answer.json()["data"]["returnAnalytics"]["groups"])
    whole, inner = _median(spent["whole request"]), _median(spent.get("store.return_analytics (SQL + folding)", []))
    print(f"## returnAnalytics by {args.by} ({groups} groups), {args.requests} requests, medians; load {load_average()}")
    for name, values in spent.items():
        print(f"  {name:<70} {_median(values):8.1f} ms   (slowest {max(values):6.1f})")
    print(f"  {'the rest (GraphQL, view, shaping) = whole - store':<70} {whole - inner:8.1f} ms")
    cpu_whole = _median(spent["whole request (main thread CPU)"])
    cpu_inner = _median(spent.get("store.return_analytics (SQL + folding) (main thread CPU)", []))
    print(f"  {'the rest, main thread CPU':<70} {cpu_whole - cpu_inner:8.1f} ms")
    if profiler:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(45)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--by", default="PRODUCT")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--freeze", action="store_true", help="freeze the heap before the requests, as the server does")
    parser.add_argument("--floor", action="store_true",
                        help="answer every request after the first with the first's result: HTTP, view, GraphQL and JSON alone")
    parser.add_argument("--serial", action="store_true", help="the statements one after the other (each one's own time)")
    asyncio.run(measure(parser.parse_args()))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    sys.exit(main())

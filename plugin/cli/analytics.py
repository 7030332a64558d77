"""`recourse analytics-rebuild`: count every day of the shops' return analytics from their rows.

The backfill for data that predates migration 0022, or that was written with the triggers off. Not
needed for correctness (a shop's first analytics read builds its days when none are built), only to
spare that first read the wait: a year at 100,000 orders takes seconds (BENCHMARKS.md, section a).
"""

from __future__ import annotations

import argparse
import sys
import time


async def run(database_url: str, args: argparse.Namespace) -> int:
    from models.shop import Shop
    from plugin.store.analytics_days import rebuild_shop
    from plugin.store.orm import orm
    from plugin.values.calendar import zone_or_utc

    async with orm(database_url):
        shops = await (Shop.filter(domain=args.shop) if args.shop else Shop.all()).order_by("id")
        if args.shop and not shops:
            print(f"error: no shop {args.shop!r}", file=sys.stderr)
            return 2
        for shop in shops:
            begun = time.perf_counter()
            days = await rebuild_shop(shop.id, zone_or_utc(shop.timezone))
            print(f"{shop.domain}: {days} days counted in {time.perf_counter() - begun:.1f} s")
    return 0


def add_analytics_command(commands) -> None:
    command = commands.add_parser("analytics-rebuild",
                                  help="count the return analytics' days of every shop (or one) from their rows")
    command.add_argument("--shop", help="shop domain (default: every shop)")

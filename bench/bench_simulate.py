"""Cost of the impact preview (`policySimulate`) for 10,000 orders, on this machine.

Builds a throw-away SQLite database (or uses DATABASE_URL with --database) with one shop and
10,000 delivered orders of 1 to 4 lines, then times, three times each:
  load     reading the orders as engine facts (bulk values, a fixed number of queries per 500 orders)
  compare  the pure comparison of the policy in force with a draft (window 30 -> 14 days)
and prints the best of each and the total. The target: a few seconds for 10,000 orders.

    .venv/bin/python bench/bench_simulate.py [--orders 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from models.catalog import Product
from models.order import Fulfillment, FulfillmentLine, Order, OrderLine
from plugin.actions.policy import policy_in_force
from plugin.actions.shops import create_shop
from plugin.actions.simulate import recent_order_facts
from plugin.store.migrate import apply_migrations
from plugin.store.orm import orm
from plugin.policy import parse_policy, policy_to_data
from plugin.policy.simulate import simulate


async def _seed(shop, count: int, now: datetime) -> None:
    rng = random.Random(3)
    products = [await Product.create(shop_id=shop.id, platform_id=f"p{i}", title=f"Product {i}", product_type="Shirts",
                                     tags=["final-sale"] if i % 7 == 0 else []) for i in range(20)]
    orders = []
    for n in range(count):
        placed = now - timedelta(days=rng.randint(1, 89), hours=rng.randint(0, 23))
        orders.append(Order(shop_id=shop.id, platform_id=f"o{n}", name=f"#{10000 + n}", email=f"c{n % 900}@example.com",
                            currency="USD", placed_at=placed, subtotal=Decimal("80.00"), shipping_paid=Decimal("5.00"),
                            total_paid=Decimal("85.00"), platform_updated_at=placed,
                            shipping_address={"country_code": "US", "province_code": "NY"}))
    await Order.bulk_create(orders, batch_size=1000)
    orders = await Order.filter(shop_id=shop.id).order_by("id")
    lines, fulfillments = [], []
    for order in orders:
        for position in range(rng.randint(1, 4)):
            product = products[rng.randrange(len(products))]
            lines.append(OrderLine(shop_id=shop.id, order_id=order.id, platform_id=f"{order.platform_id}-{position}",
                                   product_id=product.id, title=product.title, quantity=rng.randint(1, 2),
                                   unit_price=Decimal("20.00"), tax=Decimal("1.60"), position=position))
        shipped = order.placed_at + timedelta(days=1)
        fulfillments.append(Fulfillment(shop_id=shop.id, order_id=order.id, platform_id=f"f{order.id}", shipped_at=shipped,
                                        delivered_at=min(now, shipped + timedelta(days=3)), platform_updated_at=shipped))
    await OrderLine.bulk_create(lines, batch_size=1000)
    await Fulfillment.bulk_create(fulfillments, batch_size=1000)
    by_order = {f.order_id: f.id for f in await Fulfillment.filter(shop_id=shop.id)}
    await FulfillmentLine.bulk_create([
        FulfillmentLine(shop_id=shop.id, fulfillment_id=by_order[line.order_id], order_line_id=line.id, quantity=line.quantity)
        for line in await OrderLine.filter(shop_id=shop.id)
    ], batch_size=1000)


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite://{Path(scratch) / 'bench.sqlite3'}"
        await apply_migrations(url)
        async with orm(url):
            now = datetime.now(timezone.utc)
            shop = await create_shop(domain="bench.myshopify.com", name="Bench", currency="USD")
            started = time.perf_counter()
            await _seed(shop, count, now)
            print(f"seeded {count:,} orders in {time.perf_counter() - started:.1f} s")
            current, _ = await policy_in_force(shop)
            document = policy_to_data(current)
            document["returns"]["window"]["days"] = 14
            draft = parse_policy(document)
            since = now - timedelta(days=90)
            loads, compares = [], []
            for _ in range(3):
                t0 = time.perf_counter()
                facts, truncated = await recent_order_facts(shop, since)
                t1 = time.perf_counter()
                impact = simulate(current, draft, facts, now, shop.currency)
                t2 = time.perf_counter()
                loads.append(t1 - t0)
                compares.append(t2 - t1)
            load, compare = min(loads), min(compares)
            print(f"orders compared: {impact.orders:,} (truncated: {truncated}), lines: {impact.lines:,}, "
                  f"returnable {impact.returnable_before:,} -> {impact.returnable_after:,}")
            print(f"load    {load:6.2f} s  ({impact.orders / load:,.0f} orders/s)")
            print(f"compare {compare:6.2f} s  ({impact.orders / compare:,.0f} orders/s, two policies each)")
            print(f"total   {load + compare:6.2f} s  for {impact.orders:,} orders (policySimulate's cost, best of 3)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().orders))

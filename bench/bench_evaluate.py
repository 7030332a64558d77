"""Throughput of ``evaluate_return`` for a 10-line order, on one core.

Prints orders per second and microseconds per evaluation; the target is at least 20,000 orders per
second (about 50 µs each). Not a timed test: a comparable figure, run by hand or in CI logs.

    .venv/bin/python bench/bench_evaluate.py [--seconds 3] [--preset allegra-k]

Each iteration evaluates a request against a 10-line order with the policy compiled once, as in
production. By default the same order is re-evaluated with 8 different requests (a storefront
quoting while a customer edits a return); ``--cold`` cycles through 5,000 orders built beforehand,
each with its own delivery moments, so every evaluation reads another order's objects (as across
many customers) instead of one order that stays in the CPU cache.

The figure depends on the machine: the "calibration" line times a plain Python loop so results
from different machines can be compared (a recent desktop core runs it in about 6-8 µs).
"""

from __future__ import annotations

import argparse
import gc
import time
import timeit
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from plugin.policy.evaluate import evaluate_return, returnable_lines
from plugin.policy.facts import (
    LineFacts,
    OrderFacts,
    PriorReturn,
    ReturnLineRequest,
    ReturnRequestFacts,
    ShopFacts,
)
from plugin.policy.presets import PRESETS, load_preset

SHOP = ShopFacts(country="US", timezone="America/New_York", currency="USD")
CONDITION = frozenset(
    {"UNUSED", "NOT_WORN", "NOT_WASHED", "NOT_IRONED", "NOT_STAINED", "NOT_ALTERED",
     "ORIGINAL_CONDITION", "TAGS_ATTACHED", "ORIGINAL_PACKAGING", "ACCESSORIES_INCLUDED",
     "MANUALS_INCLUDED"}
)
TAGS = (frozenset({"summer", "dress"}), frozenset({"final sale"}), frozenset({"sale"}),
        frozenset(), frozenset({"socks"}))
REASONS = ("UNWANTED", "SIZE_TOO_SMALL", "DAMAGED", "STYLE", "DEFECTIVE")


def make_order(n: int, delivered: datetime) -> OrderFacts:
    lines = tuple(
        LineFacts(
            line_id=f"L{i}",
            title=f"Item {i}",
            sku=f"SKU{i}",
            product_type=("Dress", "Top", "Socks", "Skirt", "Coat")[i % 5],
            tags=TAGS[i % len(TAGS)],
            quantity=1 + i % 3,
            fulfilled_quantity=1 + i % 3,
            unit_price=Decimal("19.99") + i,
            discount=Decimal("1.50") if i % 2 else Decimal(0),
            tax=Decimal("1.64"),
            set_id="S1" if i in (8, 9) else None,
            shipped_at=delivered - timedelta(days=3),
            delivered_at=delivered + timedelta(minutes=i % 2),
        )
        for i in range(n)
    )
    subtotal = sum((l.unit_price * l.quantity - l.discount for l in lines), Decimal(0))
    return OrderFacts(
        order_id="1", name="#1001", currency="USD", placed_at=delivered - timedelta(days=5),
        sales_channel="web", shipping_country="US", shipping_region="NY", subtotal=subtotal,
        shipping_paid=Decimal("7.95"), free_shipping=False,
        total_paid=subtotal + Decimal("7.95") + Decimal("1.64") * n, cancelled_at=None,
        lines=lines, shop=SHOP,
    )


def make_request(order: OrderFacts, k: int) -> ReturnRequestFacts:
    return ReturnRequestFacts(
        lines=tuple(
            ReturnLineRequest(l.line_id, 1, REASONS[(i + k) % len(REASONS)], CONDITION, 1)
            for i, l in enumerate(order.lines)
        ),
        resolution="REFUND",
        shipping_method=("PREPAID_LABEL", "CUSTOMER_SHIPPED")[k % 2],
        proof_of_purchase=True,
    )


def run(seconds: float, preset: str, cold: bool, repeats: int = 5) -> float:
    """Print and return the best throughput (orders/s) of ``repeats`` runs of ``seconds`` each.

    The best run is the figure least disturbed by other processes on the machine (as timeit
    reports); the median is printed too.
    """
    policy = load_preset(preset)
    delivered = datetime(2026, 11, 20, 15, tzinfo=UTC)
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    order = make_order(10, delivered)
    priors = (PriorReturn("R0", "CLOSED", delivered, (("L0", 1),), False),)
    requests = [make_request(order, k) for k in range(8)]
    orders = [make_order(10, delivered + timedelta(seconds=i)) for i in range(5000)] if cold else [order]
    evaluate_return(policy, order, priors, requests[0], now)  # compile + warm caches
    rates = []
    total = 0
    for _ in range(repeats):
        gc.disable()
        count = 0
        start = time.perf_counter()
        deadline = start + seconds / repeats
        while True:
            base = total + count
            for k in range(200):
                evaluate_return(
                    policy, orders[(base + k) % len(orders)], priors, requests[k & 7], now,
                    policy_version=1,
                )
            count += 200
            if time.perf_counter() >= deadline:
                break
        elapsed = time.perf_counter() - start
        gc.enable()
        rates.append(count / elapsed)
        total += count
    decision = evaluate_return(policy, order, priors, requests[0], now)
    listing = returnable_lines(policy, order, priors, now)
    best, median = max(rates), sorted(rates)[len(rates) // 2]
    calibration = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6
    print(f"calibration: sum(range(1000)) takes {calibration:.1f} µs on this machine")
    print(f"preset={preset} lines=10 cold={cold} allowed_lines="
          f"{sum(l.allowed for l in decision.lines)} listing_allowed={sum(l.allowed for l in listing)}")
    print(f"evaluate_return: {best:,.0f} orders/s best ({1e6 / best:.1f} µs/order), "
          f"median {median:,.0f}/s over {total:,} evaluations; target >= 20,000 orders/s")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="total, over 5 runs")
    parser.add_argument("--preset", choices=PRESETS, default="allegra-k")
    parser.add_argument("--cold", action="store_true", help="new order (cache misses) every time")
    args = parser.parse_args()
    run(args.seconds, args.preset, args.cold)


if __name__ == "__main__":
    main()

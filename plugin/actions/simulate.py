"""Load a shop's recent orders as engine facts, in bulk, for the impact preview (no writes).

At most MAX_ORDERS orders, newest first, in a fixed number of queries per batch of orders and as
plain values rather than model instances: building Tortoise models is what costs most when
thousands of rows are read (see DESIGN.md, "Measured").
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from types import SimpleNamespace

from models.order import FulfillmentLine, Order, OrderLine
from models.returns import Return, ReturnLine
from models.shop import Shop
from plugin.actions.facts import LINE_VALUES, NOT_SHIPPED, SHIPMENT_VALUES, build_order_facts
from plugin.actions.policy import policy_in_force
from plugin.policy import OrderFacts, Policy, PriorReturn
from plugin.policy.simulate import Impact, simulate
from plugin.process import work

MAX_ORDERS = 10_000
BATCH = 500  # ids per IN (...) list: well under SQLite's variable limit


def _columns(model, skip: tuple[str, ...] = ()) -> list[str]:
    """Every column of `model` (foreign keys as `<name>_id`): build_order_facts reads the order as
    the model it was written for, so a field it starts to read is loaded here without a second list."""
    names = [*model._meta.db_fields, *(f"{fk}_id" for fk in model._meta.fk_fields)]
    return sorted({name for name in names if name not in skip})


# Large texts and JSON the engine never reads stay in the database.
_ORDER_SKIP = ("billing_address", "browser_ip", "email", "phone", "email_key", "phone_key", "address_key")


def _rows(values: list[dict]) -> list[SimpleNamespace]:
    return [SimpleNamespace(**v) for v in values]


async def _batch_facts(shop: Shop, orders: list[SimpleNamespace]) -> list[tuple[OrderFacts, tuple[PriorReturn, ...]]]:
    ids = [o.id for o in orders]
    lines: dict[int, list[dict]] = defaultdict(list)
    for line in await OrderLine.filter(shop_id=shop.id, order_id__in=ids).order_by("position", "id").values(*LINE_VALUES, "order_id"):
        lines[line["order_id"]].append(line)
    shipped: dict[int, list] = defaultdict(list)
    shipments = FulfillmentLine.filter(shop_id=shop.id, fulfillment__order_id__in=ids).exclude(fulfillment__status__in=NOT_SHIPPED)
    for line_id, quantity, shipped_at, delivered_at, received_at in await shipments.values_list(*SHIPMENT_VALUES):
        shipped[line_id].append((quantity, shipped_at, delivered_at, received_at))
    returns = _rows(await Return.filter(shop_id=shop.id, order_id__in=ids).values(
        "id", "order_id", "status", "requested_at", "merchant_at_fault", "approved_at"))
    return_lines: dict[int, list] = defaultdict(list)
    if returns:
        for rl in await ReturnLine.filter(shop_id=shop.id, return_request_id__in=[r.id for r in returns]).values(
            "return_request_id", "order_line_id", "quantity"
        ):
            return_lines[rl["return_request_id"]].append((str(rl["order_line_id"]), rl["quantity"]))
    priors: dict[int, list[PriorReturn]] = defaultdict(list)
    for r in returns:
        priors[r.order_id].append(PriorReturn(
            return_id=str(r.id), status=r.status, created_at=r.requested_at, lines=tuple(return_lines[r.id]),
            merchant_at_fault=r.merchant_at_fault, instructions_sent_at=r.approved_at,
        ))
    return [
        (build_order_facts(shop, order, lines[order.id], shipped), tuple(priors[order.id]))
        for order in orders
    ]


async def recent_order_facts(shop: Shop, since: datetime, limit: int | None = None) -> tuple[list, bool]:
    """The facts of the shop's orders placed since `since`, newest first, at most `limit`; and
    whether there were more."""
    limit = MAX_ORDERS if limit is None else limit
    orders = _rows(await Order.filter(shop_id=shop.id, placed_at__gte=since).order_by("-placed_at", "-id")
                   .limit(limit + 1).values(*_columns(Order, _ORDER_SKIP)))
    truncated = len(orders) > limit
    orders = orders[:limit]
    out = []
    for start in range(0, len(orders), BATCH):
        out += await _batch_facts(shop, orders[start:start + BATCH])
    return out, truncated


async def simulate_policy(shop: Shop, draft: Policy, since: datetime, now: datetime | None = None) -> tuple[Impact, bool, int | None]:
    """The draft against the policy in force over the orders since `since`: (impact, truncated, version)."""
    now = now or datetime.now(timezone.utc)
    current, version = await policy_in_force(shop)
    orders, truncated = await recent_order_facts(shop, since)
    # Up to a second of pure CPU for 10,000 orders: off the event loop, so other requests go on.
    impact = await work.SIMULATIONS.run(shop.id, simulate, current, draft, orders, now, shop.currency)
    return impact, truncated, version

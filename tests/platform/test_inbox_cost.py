"""What the worker spends on each stored webhook stays small and flat.

A Black Friday burst stores thousands of orders/create in seconds (bench/run.py section 9: 5,000 at
200/s) and the worker imports them afterwards, one process at the pace of its CPU: every statement
is a round trip and, through the ORM, a fraction of a millisecond of CPU. A claim takes a whole batch
in a fixed number of statements, and a new order's import costs a fixed budget.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from models.enums import OutboxKind, OutboxStatus
from models.customer import Customer
from models.order import Order
from models.outbox import OutboxMessage
from models.webhook import WebhookEvent
from plugin.jobs.outbox import DEFAULT_LEASE, claim_due, deliver_due
from plugin.platform import inbox
from plugin.platform.inbox import InboxImporter
from tests.conftest import count_sql
from tests.helpers import fixture, make_shop

# A new order with a new customer and 3 lines, imported through the inbox, as counted on 2026-12-04:
# the worker's claim (2), shop, record and chain check (3), the import's exactly-once mark and outcome
# (2), the order read under its lock and created (2), the customer read and created (2), the lines'
# products and the lines created (2), the deferred events (1), the risk assessment's reads (8 here:
# the two orders share an address) and its row (1). 28 before: the customer and the order were each
# read twice, the new order's lines read before its first line was written and again after, the new
# customer updated with what it had just been created with.
NEW_ORDER_BUDGET = 23


async def _store(shop, count: int, first: int = 0) -> None:
    for k in range(first, first + count):
        order = fixture("orders_create.json") | {"id": 5_000 + k, "name": f"#{5_000 + k}", "email": f"c{k}@example.com"}
        order["customer"] = order["customer"] | {"id": 7_000 + k, "email": f"c{k}@example.com"}
        for position, line in enumerate(order["line_items"]):
            line["id"] = 90_000 + k * 10 + position
        body = json.dumps(order)
        assert await inbox.accept(shop, "orders/create", f"wh-{k}", body, inbox.parse("orders/create", body))


async def test_a_claim_takes_a_whole_batch_in_two_statements_on_postgresql(db):
    if db.backend != "postgres":
        pytest.skip("SQLite has no row locks: there each row is claimed by a compare-and-set of its own")
    shop = await make_shop()
    await _store(shop, 30)
    now = datetime.now(timezone.utc)
    with count_sql() as statements:
        claimed = await claim_due(50, now, DEFAULT_LEASE, kinds=[OutboxKind.INBOX])
    assert len(claimed) == 30
    assert len(statements) <= 2, statements  # the candidates read under lock, then one UPDATE for all
    assert {(m.status, m.attempts) for m in claimed} == {(OutboxStatus.SENDING, 1)}
    stored = await OutboxMessage.filter(kind=OutboxKind.INBOX).values_list("status", "attempts", "claimed_until")
    assert {(status, attempts) for status, attempts, _ in stored} == {(OutboxStatus.SENDING, 1)}
    assert {until for _, _, until in stored} == {claimed[0].claimed_until}
    assert await claim_due(50, now, DEFAULT_LEASE, kinds=[OutboxKind.INBOX]) == []  # claimed once


async def test_a_new_orders_import_costs_a_fixed_number_of_statements(db):
    shop = await make_shop()
    await _store(shop, 2)
    assert (await deliver_due({OutboxKind.INBOX: InboxImporter}, limit=1)).sent == 1  # the policy read once, cached
    with count_sql() as statements:
        report = await deliver_due({OutboxKind.INBOX: InboxImporter}, limit=1)
    assert report.sent == 1
    assert len(statements) <= NEW_ORDER_BUDGET, "\n".join(statements)
    # What the fewer statements must still write: the order with its 3 lines, its customer as sent.
    order = await Order.get(shop_id=shop.id, platform_id="5001").prefetch_related("lines")
    assert len(order.lines) == 3 and order.customer_id is not None
    customer = await Customer.get(id=order.customer_id)
    assert (customer.email, customer.first_name, customer.last_name) == ("c1@example.com", "Jon", "Snow")
    assert customer.platform_updated_at is not None


async def test_storing_a_delivery_is_one_statement_on_postgresql_and_a_retry_writes_nothing(db):
    if db.backend != "postgres":
        pytest.skip("SQLite has no INSERT in a WITH: there the event and its row are two inserts in a transaction")
    shop = await make_shop()
    order = fixture("orders_create.json")
    body = json.dumps(order)
    payload = inbox.parse("orders/create", body)
    with count_sql() as statements:
        assert await inbox.accept(shop, "orders/create", "wh-once", body, payload)
    assert len(statements) == 1, statements  # atomic on its own: no BEGIN, no COMMIT, no second insert
    assert not await inbox.accept(shop, "orders/create", "wh-once", body, payload)  # Shopify's retry: a duplicate
    event = await WebhookEvent.get(shop_id=shop.id, event_id="wh-once")
    (row,) = await OutboxMessage.filter(kind=OutboxKind.INBOX)
    assert (row.shop_id, row.topic, row.subject_type, row.subject_id, row.status, row.attempts) == (
        shop.id, "orders/create", "WebhookEvent", event.id, OutboxStatus.PENDING, 0)
    assert row.message_id == f"inbox-{event.id}@recourse" and row.chain == inbox.chain_of(shop, payload)
    assert row.payload == {"body": body} and row.next_attempt_at == row.created_at == event.received_at
    report = await deliver_due({OutboxKind.INBOX: InboxImporter})
    assert report.sent == 1 and await Order.filter(shop_id=shop.id, platform_id=str(order["id"])).count() == 1

"""Issue 21, items 12 and 13: staff steps on one return, fifty at once, over HTTP.

With a pool of 20 connections, 50 concurrent receipts gave 2 successes and up to 28 needless
CONFLICTs (a pool of 5 hid it), and 50 concurrent returnInspect sent 50 audit events and 50
inspection emails. The return's row is locked for the step, so each request reads what the one
before it wrote: the answers are right (received, or no more units can arrive; approved, or already
approved) and an inspection already recorded is answered as done, with one audit event and one
email. Run on PostgreSQL at the default
pool of 20 (the README's test command does); on SQLite the same answers must hold."""

from __future__ import annotations

import asyncio

import pytest
from tortoise import connections

from models.audit import AuditEvent
from models.outbox import OutboxMessage
from models.returns import ReturnLine
from plugin.store.db import DEFAULT_POOL_SIZE
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import CLOSE, INSPECT, RECEIVE, APPROVE, apply_preset, delivered_order, return_in

N = 50
pytestmark = pytest.mark.no_rate_limits  # fifty staff requests at one return are the point


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    return shop


def test_the_default_pool_is_twenty():
    assert DEFAULT_POOL_SIZE == 20


async def _fifty(client, shop, mutation: str, variables: dict) -> list[dict]:
    responses = await asyncio.gather(*(admin(client, shop, mutation, variables) for _ in range(N)))
    return [next(iter(gql_ok(r).values())) for r in responses]


async def test_fifty_receipts_at_pool_twenty_give_right_answers(client, shop, db):
    if db.backend == "postgres":
        assert connections.get("default").pool_maxsize == 20
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "OPEN")
    results = await _fifty(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": line, "quantity": 1}]})
    assert len([r for r in results if r["return"]]) == 2
    # The rest were told the truth: nothing more can arrive. Never "changed meanwhile, try again".
    assert {e["code"] for r in results for e in r["userErrors"]} == {"INVALID"}
    assert await ReturnLine.all().values_list("received_quantity", flat=True) == [2]
    assert await AuditEvent.filter(action="return.received").count() == 2


async def test_fifty_identical_inspections_record_one_event_and_send_one_email(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "RECEIVED")
    verdict = {"id": rid, "l": [{"returnLineId": line, "acceptedQuantity": 2, "rejectedQuantity": 0, "condition": "AS_DESCRIBED"}]}
    results = await _fifty(client, shop, INSPECT, verdict)
    assert all(r["userErrors"] == [] and r["return"] for r in results), results
    assert await AuditEvent.filter(action="return.inspected").count() == 1
    assert await OutboxMessage.filter(kind="EMAIL", topic="inspection_result").count() == 1
    # A different verdict later is a new inspection: recorded and told.
    changed = {"id": rid, "l": [{"returnLineId": line, "acceptedQuantity": 1, "rejectedQuantity": 1, "condition": "WORN"}]}
    assert gql_ok(await admin(client, shop, INSPECT, changed))["returnInspect"]["userErrors"] == []
    assert await AuditEvent.filter(action="return.inspected").count() == 2


@pytest.mark.parametrize("status, mutation, action, email", [
    ("REQUESTED", APPROVE, "return.approved", "return_instructions"), ("OPEN", CLOSE, "return.closed", None)])
async def test_fifty_approvals_or_closes_are_one_step_and_the_rest_are_told_it_was_taken(client, shop, status, mutation, action, email):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, status)
    results = await _fifty(client, shop, mutation, {"id": rid})
    assert len([r for r in results if r["return"]]) == 1
    # The others read the step's result: the return is no longer where the step starts from.
    assert {e["code"] for r in results for e in r["userErrors"]} == {"INVALID_STATE"}
    assert await AuditEvent.filter(action=action).count() == 1
    if email:
        assert await OutboxMessage.filter(kind="EMAIL", topic=email).count() == 1

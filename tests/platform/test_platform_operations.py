"""Platform operations through the outbox, the parts that need no platform: what a carrying shop's
actions write (in their transaction, in order), what a manual shop keeps (nothing new), the shop
settings, and the desk (a FAILED operation in the work queue, on the return, and its Retry).

The Shopify adapter's own behaviour (and the fault matrix) is tested against the emulator."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.outbox import OutboxMessage
from models.refund import Refund
from plugin.jobs.outbox import deliver_due
from plugin.platform.manual import ManualPlatform
from plugin.platform.operations import decode
from plugin.platform.sender import PlatformSender
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import (
    CLOSE,
    ORDER_CANCEL,
    REFUND,
    apply_preset,
    delivered_order,
    placed_order,
    return_in,
    staff,
)

SHOP_PLATFORM = """mutation($p: ShopPlatform, $n: Boolean) { shopUpdate(platform: $p, platformNotifiesCustomer: $n) {
  shop { platform platformNotifiesCustomer } userErrors { field code message } } }"""
DESK = """query($id: ID!) { node(id: $id) { ... on Return { platformId
  platformOperations { id kind title status message refused attempts subjectId }
  refunds { status platformError } } }
  workQueue { platformFailed { count } } }"""
RETRY = """mutation($id: ID!) { platformOperationRetry(id: $id) {
  platformOperation { id status attempts message } userErrors { field code message } } }"""

# A process that has no Shopify adapter: its operations fail with a sentence saying so.
WITHOUT_SHOPIFY = {"PLATFORM": lambda: PlatformSender({"manual": ManualPlatform})}


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    body = gql_ok(await admin(client, shop, SHOP_PLATFORM, {"p": "SHOPIFY", "n": False}))["shopUpdate"]
    assert body == {"shop": {"platform": "SHOPIFY", "platformNotifiesCustomer": False}, "userErrors": []}
    await shop.refresh_from_db()
    return shop


async def operations() -> list[OutboxMessage]:
    return await OutboxMessage.filter(kind="PLATFORM").order_by("id")


async def test_a_return_carried_through_writes_its_operations_in_order_with_one_key_each(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "RECEIVED")
    refund = await staff(client, shop, REFUND, {"i": {"returnId": rid, "reason": "RETURN"}})
    assert refund["userErrors"] == [] and refund["refund"]["status"] == "PENDING"
    assert (await staff(client, shop, CLOSE, {"id": rid}))["userErrors"] == []

    rows = await operations()
    assert [row.topic for row in rows] == ["return.open", "return.approve", "return.process", "refund.create", "return.close"]
    assert len({row.payload["key"] for row in rows}) == 5 and len({row.chain for row in rows}) == 1
    opened = decode("return.open", rows[0].payload)
    assert opened.order_id == "#1001" and not opened.approved
    assert [(line.line_id, line.quantity) for line in opened.lines] == [("#1001-l1", 2)]
    processed = decode("return.process", rows[2].payload)
    assert [(line.line_id, line.quantity, line.restock) for line in processed.lines] == [("#1001-l1", 2, True)]
    carried = decode("refund.create", rows[3].payload)
    row = await Refund.get()
    assert carried.amount.amount == Decimal(refund["refund"]["amount"]["amount"]) == row.amount
    assert carried.refund_ref == f"gid://recourse/Refund/{row.id}" and carried.refund_ref in carried.note
    # The return's units were restocked by processing it: the refund restocks nothing more.
    assert [(line.line_id, line.quantity, line.restock) for line in carried.lines] == [("#1001-l1", 2, "NO_RESTOCK")]
    # The refund email waits for the platform's answer.
    emails = await OutboxMessage.filter(kind="EMAIL", topic="refund_issued")
    assert [email.status for email in emails] == ["HELD"]


async def test_a_manual_shop_writes_no_operations_and_emails_as_before(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "RECEIVED")
    assert (await staff(client, shop, REFUND, {"i": {"returnId": rid, "reason": "RETURN"}}))["userErrors"] == []
    assert await operations() == []
    assert [e.status for e in await OutboxMessage.filter(kind="EMAIL", topic="refund_issued")] == ["PENDING"]


async def test_cancelling_carries_the_refund_in_the_cancellation(client, shop):
    order = await placed_order(shop)
    body = await staff(client, shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": True})
    assert body["userErrors"] == []
    [row] = await operations()
    cancel = decode("order.cancel", row.payload)
    refund = await Refund.get()
    assert (row.topic, cancel.order_id, cancel.restock, cancel.refund.amount) == ("order.cancel", "#2001", True, refund.amount)
    assert cancel.refund_ref == f"gid://recourse/Refund/{refund.id}"


async def test_when_the_platform_emails_the_customer_recourse_does_not(client, shop):
    gql_ok(await admin(client, shop, SHOP_PLATFORM, {"n": True}))
    await shop.refresh_from_db()
    order = await placed_order(shop)
    await staff(client, shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": True})
    assert decode("order.cancel", (await operations())[0].payload).notify is True
    topics = await OutboxMessage.filter(kind="EMAIL").values_list("topic", flat=True)
    assert "cancellation_confirmed" not in topics and "refund_issued" not in topics


async def test_operations_go_one_at_a_time_per_order_in_the_order_written(client, shop):
    _, line_gid = await delivered_order(shop)
    await return_in(client, shop, line_gid, "OPEN")
    shop.platform = "manual"  # the shop moved to a manual platform with two operations queued
    await shop.save(update_fields=["platform"])
    first = await deliver_due(WITHOUT_SHOPIFY, limit=10)
    assert first.claimed == 1  # the approval waits for the opening
    second = await deliver_due(WITHOUT_SHOPIFY, limit=10)
    assert second.claimed == 1
    rows = await operations()
    assert [(row.topic, row.status) for row in rows] == [("return.open", "SENT"), ("return.approve", "SENT")]
    # Handed over to the shop's own system, and staff are told so.
    assert all("left to the shop's own system" in row.last_error for row in rows)


async def test_a_failed_operation_shows_in_the_desk_and_a_retry_sends_it_again(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "REQUESTED")
    report = await deliver_due(WITHOUT_SHOPIFY)
    assert report.failed == 1
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))
    [op] = desk["node"]["platformOperations"]
    assert (op["kind"], op["status"], op["refused"]) == ("RETURN_OPEN", "FAILED", False)
    assert "no adapter for the shopify platform" in op["message"]
    assert desk["workQueue"]["platformFailed"]["count"] == 1

    retried = gql_ok(await admin(client, shop, RETRY, {"id": op["id"]}))["platformOperationRetry"]
    assert retried["userErrors"] == [] and retried["platformOperation"]["status"] == "PENDING"
    again = gql_ok(await admin(client, shop, RETRY, {"id": op["id"]}))["platformOperationRetry"]
    assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]
    assert gql_ok(await admin(client, shop, DESK, {"id": rid}))["workQueue"]["platformFailed"]["count"] == 0
    # The same key: the platform may have done it after all.
    row = (await operations())[0]
    assert row.payload["key"] == decode("return.open", row.payload).key


async def test_retry_refuses_what_is_not_a_platform_operation(client, shop):
    other = gql_ok(await admin(client, shop, RETRY, {"id": "gid://recourse/EmailDelivery/1"}))["platformOperationRetry"]
    missing = gql_ok(await admin(client, shop, RETRY, {"id": "gid://recourse/PlatformOperation/999"}))["platformOperationRetry"]
    assert [e["code"] for e in other["userErrors"]] == ["NOT_FOUND"] == [e["code"] for e in missing["userErrors"]]

"""Every step writes its outbound webhook (when the shop has a URL) and its customer email in the
same transaction as the change: a refused step writes none, a step that fails writes neither."""

from __future__ import annotations

import pytest

from models.audit import AuditEvent
from models.outbox import OutboxMessage
from models.returns import Return
from plugin.actions import events
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    APPROVE,
    CLOSE,
    DECLINE,
    EMAIL,
    INSPECT,
    ORDER_CANCEL,
    RECEIVE,
    REFUND,
    REOPEN,
    RETURN_CANCEL,
    apply_preset,
    delivered_order,
    lifecycle_state,
    request_return,
    set_webhook_url,
    staff,
)


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    await set_webhook_url(shop)
    return shop


async def new_rows(since: int) -> list[tuple[str, str, str]]:
    return [(m.kind, m.topic, m.subject_type) for m in await OutboxMessage.filter(id__gt=since).order_by("id")]


async def last_id() -> int:
    row = await OutboxMessage.all().order_by("-id").first()
    return row.id if row else 0


async def test_each_step_writes_its_webhook_and_email(client, shop):
    order, line_gid = await delivered_order(shop)
    mark = await last_id()
    requested = await request_return(client, shop, line_gid, quantity=2)
    rid = requested["return"]["id"]
    line = requested["return"]["lines"][0]["id"]
    assert await new_rows(mark) == [("WEBHOOK", "return.requested", "Return"), ("EMAIL", "return_requested", "Return")]

    steps = [
        (APPROVE, {}, [("WEBHOOK", "return.approved", "Return"), ("EMAIL", "return_instructions", "Return")]),
        (RECEIVE, {"l": [{"returnLineId": line, "quantity": 2}]},
         [("WEBHOOK", "return.received", "Return"), ("EMAIL", "return_received", "Return")]),
        (INSPECT, {"l": [{"returnLineId": line, "acceptedQuantity": 2}]}, [("EMAIL", "inspection_result", "Return")]),
        (CLOSE, {}, [("WEBHOOK", "return.closed", "Return")]),
        (REOPEN, {}, []),
    ]
    for mutation, variables, expected in steps:
        mark = await last_id()
        answer = await staff(client, shop, mutation, {"id": rid, **variables})
        assert answer["userErrors"] == [], answer
        assert await new_rows(mark) == expected, mutation

    mark = await last_id()
    refund = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert refund["userErrors"] == []
    assert await new_rows(mark) == [("WEBHOOK", "refund.created", "Refund"), ("EMAIL", "refund_issued", "Refund")]

    # What the rows carry.
    approved = await OutboxMessage.get(topic="return.approved")
    ret = await Return.get()
    assert approved.subject_id == ret.id and approved.status == "PENDING" and approved.attempts == 0
    assert approved.payload == {
        "id": rid, "name": "#1001-R1", "status": "OPEN", "order_id": f"gid://recourse/Order/{order.id}",
        "resolution": "REFUND", "quoted_total": {"amount": "80.00", "currency": "USD"}, "policy_version": 1,
    }
    assert (await OutboxMessage.get(topic="return.received")).payload["quoted_total"] == {"amount": "80.00", "currency": "USD"}
    created = await OutboxMessage.get(topic="refund.created")
    assert created.payload["amount"] == {"amount": "80.00", "currency": "USD"} and created.payload["return_id"] == rid
    assert created.payload["status"] == "PENDING"
    for email in await OutboxMessage.filter(kind="EMAIL"):
        assert email.payload["to"] == EMAIL and email.payload["order_id"] == order.id
    assert len({m.message_id for m in await OutboxMessage.all()}) == await OutboxMessage.all().count()


async def test_decline_and_cancel_write_theirs(client, shop):
    _, line_gid = await delivered_order(shop)
    _, other_line = await delivered_order(shop, name="#1002")
    declined = (await request_return(client, shop, line_gid))["return"]["id"]
    mark = await last_id()
    answer = await staff(client, shop, DECLINE, {"id": declined, "r": "FINAL_SALE", "n": "sorry"})
    assert answer["userErrors"] == [] and answer["return"]["status"] == "DECLINED"
    assert await new_rows(mark) == [("WEBHOOK", "return.declined", "Return"), ("EMAIL", "return_declined", "Return")]
    email = await OutboxMessage.get(topic="return_declined")
    assert (email.payload["reason"], email.payload["note"]) == ("FINAL_SALE", "sorry")

    canceled = (await request_return(client, shop, other_line, order_name="#1002"))["return"]["id"]
    mark = await last_id()
    answer = gql_ok(await storefront(client, shop, RETURN_CANCEL, {"id": canceled, "e": EMAIL}))["returnCancel"]
    assert answer["userErrors"] == [] and answer["return"]["status"] == "CANCELED"
    assert await new_rows(mark) == [("WEBHOOK", "return.canceled", "Return")]


async def test_order_cancel_writes_order_cancelled(client, shop):
    order, _ = await delivered_order(shop)
    mark = await last_id()
    answer = await staff(client, shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": True})
    assert answer["userErrors"] == []
    assert await new_rows(mark) == [
        ("WEBHOOK", "order.cancelled", "Order"), ("EMAIL", "cancellation_confirmed", "Order"),
        ("WEBHOOK", "refund.created", "Refund"), ("EMAIL", "refund_issued", "Refund"),
    ]


async def test_without_a_webhook_url_only_emails_are_written(client, shop):
    shop.webhook_url = None
    await shop.save(update_fields=["webhook_url"])
    _, line_gid = await delivered_order(shop)
    rid = (await request_return(client, shop, line_gid))["return"]["id"]
    await staff(client, shop, APPROVE, {"id": rid})
    assert [(m.kind, m.topic) for m in await OutboxMessage.all().order_by("id")] == [
        ("EMAIL", "return_requested"), ("EMAIL", "return_instructions")]


async def test_refused_steps_write_no_message(client, shop):
    _, line_gid = await delivered_order(shop, days_ago=90)  # the window has closed
    before = await lifecycle_state()
    refused = await request_return(client, shop, line_gid)
    assert refused["return"] is None and refused["decision"]["allowed"] is False
    assert await lifecycle_state() == before
    _, line_gid = await delivered_order(shop, name="#1002")
    rid = (await request_return(client, shop, line_gid, order_name="#1002"))["return"]["id"]
    before = await lifecycle_state()
    for mutation in (CLOSE, REOPEN):
        assert (await staff(client, shop, mutation, {"id": rid}))["userErrors"][0]["code"] == "INVALID_STATE"
    assert (await staff(client, shop, REFUND, {"i": {"returnId": rid}}))["userErrors"][0]["code"] == "INVALID_STATE"
    assert await lifecycle_state() == before


async def test_a_step_whose_message_cannot_be_written_changes_nothing(client, shop, monkeypatch):
    """The webhook row is written in the step's transaction: if it fails, the step never happened."""
    _, line_gid = await delivered_order(shop)
    rid = (await request_return(client, shop, line_gid))["return"]["id"]
    before = await lifecycle_state()
    create = OutboxMessage.create

    async def failing_create(**kwargs):
        if kwargs.get("topic") == "return_instructions":  # the email, written after the audit and webhook
            raise RuntimeError("outbox unavailable")
        return await create(**kwargs)

    monkeypatch.setattr(events.OutboxMessage, "create", failing_create)
    response = await admin(client, shop, APPROVE, {"id": rid})
    assert response.status_code == 200 and response.json()["errors"][0]["message"] == "Unexpected error."
    assert await lifecycle_state() == before
    assert not await AuditEvent.filter(action="return.approved").exists()

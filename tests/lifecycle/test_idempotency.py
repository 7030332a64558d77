"""Keyed mutations (returnRequest, returnCreate, refundCreate, orderCancelRequest, orderCancel): a
replay is the first answer byte for byte, also when the input is spelled another way (10.0 for 10.00,
a set in another order); the same key with other input is a userError; keys belong to one shop; a
refusal does not use the key up."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import asynccontextmanager
from datetime import datetime, timedelta, timezone

import asyncpg
import pytest

from models.idempotency import IdempotencyKey
from plugin.actions.idempotency import purge_expired
from tests.conftest import count_sql
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    APPROVE,
    CANCEL_REQUEST,
    EMAIL,
    ORDER_CANCEL,
    RECEIVE,
    apply_preset,
    customer_token,
    delivered_order,
    lifecycle_state,
    placed_order,
    request_input,
    return_in,
    staff,
    upload_photo,
)
from tests.waiting import eventually

# Everything a client might select, dates and amounts included, so a replay that re-rendered
# anything differently would show.
FULL_REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id name status nextStep orderId resolution shippingMethod policyVersion quotedTotal { amount currencyCode }
           shipBy requestedAt approvedAt lines { id quantity reason condition photos quotedAmount { amount } } }
  decision { allowed reasons { code message } lines { lineId quantity allowed reasons { code } returnBy merchantAtFault }
    deadlines { returnBy shipBy receivedOn receivedEstimated responseDue refundExpectedFrom refundExpectedTo }
    refund { lines { kind code description amount { amount currencyCode } lineId quantity } items { amount } shipping { amount }
             fees { amount } credits { amount } total { amount currencyCode } }
    shipping { payer method labelAvailable labelFee { amount } credit { amount } postageReimbursed region returnNumber summary }
    instructions { method steps include tips shipBy } merchantAtFault resolution refundMethod policyVersion }
  userErrors { field code message } } }"""
FULL_REFUND = """mutation($i: RefundCreateInput!) { refundCreate(input: $i) {
  refund { id amount { amount currencyCode } status reason note breakdown returnId createdAt processedAt }
  userErrors { field code message } } }"""
FULL_CANCEL_REQUEST = """mutation($n: String, $e: String, $k: String) {
  orderCancelRequest(orderName: $n, email: $e, idempotencyKey: $k) {
    cancelled decision { allowed reasons { code message } deadline refundEstimate { amount currencyCode }
                         refundExpectedFrom refundExpectedTo nextStep policyVersion }
    userErrors { field code message } } }"""
FULL_ORDER_CANCEL = """mutation($o: ID!, $refund: Boolean!, $k: String) {
  orderCancel(orderId: $o, refund: $refund, idempotencyKey: $k) {
    order { id cancelledAt cancelReason totalPaid { amount } refunds { id amount { amount } status reason createdAt } }
    userErrors { field code message } } }"""


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    return shop


async def twice(call) -> tuple[bytes, bytes]:
    first, second = await call(), await call()
    assert first.status_code == second.status_code == 200, first.text
    return first.content, second.content


async def test_return_request_replays_byte_for_byte(client, shop):
    _, line_gid = await delivered_order(shop)
    variables = {"i": request_input(line_gid, idempotencyKey="req-1", customerNote="size swap",
                                    shippingMethod="CUSTOMER_SHIPPED")}
    variables["i"]["lines"][0]["photos"] = [await upload_photo(client, shop)]
    first, replay = await twice(lambda: storefront(client, shop, FULL_REQUEST, variables))
    assert replay == first
    body = gql_ok_bytes(first)["returnRequest"]
    assert body["userErrors"] == [] and body["return"]["status"] == "REQUESTED"
    state = await lifecycle_state()
    assert (state["Return"], state["IdempotencyKey"]) == (1, 1)
    # A signed-in replay of the same request (the same order, the same lines) is the same answer too.
    by_id = {"i": {**variables["i"], "orderName": None, "email": None, "orderId": body["return"]["orderId"]}}
    assert (await storefront(client, shop, FULL_REQUEST, by_id, token=await customer_token(shop))).content == first
    assert await lifecycle_state() == state


async def test_a_refused_return_request_replays_its_refusal(client, shop):
    _, line_gid = await delivered_order(shop, days_ago=90)  # long past the 28 days
    variables = {"i": request_input(line_gid, idempotencyKey="late")}
    first, replay = await twice(lambda: storefront(client, shop, FULL_REQUEST, variables))
    assert replay == first
    body = gql_ok_bytes(first)["returnRequest"]
    assert body["return"] is None and body["decision"]["allowed"] is False
    assert "RETURN_PERIOD_ENDED" in [r["code"] for r in body["decision"]["reasons"]]


async def test_refund_create_replays_byte_for_byte(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    variables = {"i": {"returnId": rid, "note": "thanks", "idempotencyKey": "refund-1"}}
    first, replay = await twice(lambda: admin(client, shop, FULL_REFUND, variables))
    assert replay == first
    assert gql_ok_bytes(first)["refundCreate"]["refund"]["status"] == "PENDING"
    assert (await lifecycle_state())["Refund"] == 1


async def test_order_cancel_request_replays_byte_for_byte(client, shop):
    await placed_order(shop)  # unshipped: alotrop cancels at once
    variables = {"n": "#2001", "e": EMAIL, "k": "cancel-1"}
    first, replay = await twice(lambda: storefront(client, shop, FULL_CANCEL_REQUEST, variables))
    assert replay == first
    body = gql_ok_bytes(first)["orderCancelRequest"]
    assert body["cancelled"] is True and body["userErrors"] == []
    state = await lifecycle_state()
    assert (state["Cancellation"], state["Refund"]) == (1, 1)
    # Without the key the order is simply already cancelled.
    again = gql_ok(await storefront(client, shop, FULL_CANCEL_REQUEST, {**variables, "k": None}))["orderCancelRequest"]
    assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]
    assert await lifecycle_state() == state


async def test_a_refused_cancel_request_replays_its_refusal(client, shop):
    await placed_order(shop, shipped=True)
    variables = {"n": "#2001", "e": EMAIL, "k": "cancel-shipped"}
    first, replay = await twice(lambda: storefront(client, shop, FULL_CANCEL_REQUEST, variables))
    assert replay == first
    body = gql_ok_bytes(first)["orderCancelRequest"]
    assert body["cancelled"] is False and body["decision"]["reasons"][0]["code"] == "ALREADY_SHIPPED"


async def test_order_cancel_replays_byte_for_byte(client, shop):
    order = await placed_order(shop, shipped=True)
    variables = {"o": f"gid://recourse/Order/{order.id}", "refund": True, "k": "staff-cancel"}
    first, replay = await twice(lambda: admin(client, shop, FULL_ORDER_CANCEL, variables))
    assert replay == first
    body = gql_ok_bytes(first)["orderCancel"]
    assert body["order"]["cancelledAt"] and len(body["order"]["refunds"]) == 1
    state = await lifecycle_state()
    assert (state["Cancellation"], state["Refund"]) == (1, 1)


def gql_ok_bytes(content: bytes) -> dict:
    import json

    body = json.loads(content)
    assert not body.get("errors"), body
    return body["data"]


# --- the same key, other input -------------------------------------------------------------------


async def test_the_same_key_with_other_input_is_refused_and_writes_nothing(client, shop):
    order, line_gid = await delivered_order(shop, quantity=3)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED", quantity=1)
    first = await request_returnish(client, shop, line_gid, "k-1", quantity=1)
    assert first["return"]
    refund = await staff(client, shop, FULL_REFUND, {"i": {"returnId": rid, "idempotencyKey": "k-1"}})
    assert refund["refund"]
    cancel = await staff(client, shop, FULL_ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": False, "k": "k-1"})
    assert cancel["order"]
    before = await lifecycle_state()

    changed_request = await request_returnish(client, shop, line_gid, "k-1", quantity=2)
    changed_reason = await request_returnish(client, shop, line_gid, "k-1", quantity=1, reason="SIZE_TOO_SMALL")
    changed_refund = await staff(client, shop, FULL_REFUND, {"i": {"returnId": rid, "amount": "1.00", "idempotencyKey": "k-1"}})
    changed_note = await staff(client, shop, FULL_REFUND, {"i": {"returnId": rid, "note": "n", "idempotencyKey": "k-1"}})
    changed_cancel = await staff(client, shop, FULL_ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": True, "k": "k-1"})
    for payload in (changed_request, changed_reason, changed_refund, changed_note, changed_cancel):
        assert [(e["code"], e["field"][-1]) for e in payload["userErrors"]] == [("IDEMPOTENCY_KEY_REUSED", "idempotencyKey")], payload
        assert all(value in (None, False) for key, value in payload.items() if key != "userErrors")
    assert await lifecycle_state() == before


async def test_the_same_key_on_another_order_is_reused_too(client, shop):
    _, line_a = await delivered_order(shop)
    await delivered_order(shop, name="#1002")
    await placed_order(shop, name="#2001")
    await placed_order(shop, name="#2002")
    assert (await request_returnish(client, shop, line_a, "same"))["return"]
    first = gql_ok(await storefront(client, shop, CANCEL_REQUEST, {"n": "#2001", "e": EMAIL, "k": "same"}))["orderCancelRequest"]
    assert first["cancelled"]
    before = await lifecycle_state()
    other = gql_ok(await storefront(client, shop, CANCEL_REQUEST, {"n": "#2002", "e": EMAIL, "k": "same"}))["orderCancelRequest"]
    assert [e["code"] for e in other["userErrors"]] == ["IDEMPOTENCY_KEY_REUSED"]
    assert await lifecycle_state() == before


async def request_returnish(client, shop, line_gid, key, **kwargs):
    return gql_ok(await storefront(client, shop, FULL_REQUEST, {"i": request_input(line_gid, idempotencyKey=key, **kwargs)}))["returnRequest"]


# --- scope and lifetime ------------------------------------------------------------------------


async def test_keys_belong_to_one_shop(client, shop):
    other = await make_shop("other.myshopify.com")
    await apply_preset(client, other)
    answers = []
    for s in (shop, other):
        _, line_gid = await delivered_order(s)
        rid, _ = await return_in(client, s, line_gid, "INSPECTED")
        answers.append(await staff(client, s, FULL_REFUND, {"i": {"returnId": rid, "idempotencyKey": "shared"}}))
    first, second = answers
    assert first["refund"] and second["refund"] and first["refund"]["id"] != second["refund"]["id"]
    assert (await lifecycle_state())["Refund"] == 2
    # Return requests and cancellations too: the other shop's key never answers for this one.
    for s in (shop, other):
        await placed_order(s)
        r = gql_ok(await storefront(client, s, CANCEL_REQUEST, {"n": "#2001", "e": EMAIL, "k": "shared-cancel"}))
        assert r["orderCancelRequest"]["cancelled"] is True
    assert (await lifecycle_state())["Cancellation"] == 2
    assert await IdempotencyKey.filter(key="shared").count() == 2


async def test_one_key_serves_each_operation_separately(client, shop):
    _, line_gid = await delivered_order(shop, quantity=3)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED", quantity=1)
    assert (await request_returnish(client, shop, line_gid, "one-key"))["return"]
    assert (await staff(client, shop, FULL_REFUND, {"i": {"returnId": rid, "idempotencyKey": "one-key"}}))["refund"]


async def test_a_refusal_does_not_use_the_key_up(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "REQUESTED")
    variables = {"i": {"returnId": rid, "idempotencyKey": "early"}}
    refused = await staff(client, shop, FULL_REFUND, variables)
    assert [e["code"] for e in refused["userErrors"]] == ["INVALID_STATE"]
    assert await IdempotencyKey.all().count() == 0
    await staff(client, shop, APPROVE, {"id": rid})
    await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": line, "quantity": 2}]})
    made = await staff(client, shop, FULL_REFUND, variables)
    assert made["userErrors"] == [] and made["refund"]["status"] == "PENDING"


async def test_keys_answer_for_at_least_a_day(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    variables = {"i": {"returnId": rid, "idempotencyKey": "day-old"}}
    first = await admin(client, shop, FULL_REFUND, variables)
    await IdempotencyKey.all().update(created_at=datetime.now(timezone.utc) - timedelta(hours=25))
    assert await purge_expired() == 0
    assert (await admin(client, shop, FULL_REFUND, variables)).content == first.content
    await IdempotencyKey.all().update(created_at=datetime.now(timezone.utc) - timedelta(hours=49))
    assert await purge_expired() == 1


@pytest.mark.parametrize("key", ["", "k" * 256, "tab\there", "new\nline"])
async def test_bad_keys_are_refused(client, shop, key):
    order = await placed_order(shop)
    before = await lifecycle_state()
    r = gql_ok(await storefront(client, shop, CANCEL_REQUEST, {"n": "#2001", "e": EMAIL, "k": key}))["orderCancelRequest"]
    assert [(e["code"], e["field"]) for e in r["userErrors"]] == [("INVALID", ["idempotencyKey"])]
    r = await staff(client, shop, ORDER_CANCEL, {"o": f"gid://recourse/Order/{order.id}", "refund": True, "k": key})
    assert [(e["code"], e["field"]) for e in r["userErrors"]] == [("INVALID", ["idempotencyKey"])]
    assert await lifecycle_state() == before


# --- normalised replays: the same input however it is spelled ------------------------------------


async def test_an_amount_written_another_way_is_the_same_refund(client, shop):
    order, _ = await delivered_order(shop)
    gid = f"gid://recourse/Order/{order.id}"
    first = await staff(client, shop, FULL_REFUND, {"i": {"orderId": gid, "amount": "10.0", "reason": "GOODWILL", "idempotencyKey": "n-1"}})
    again = await staff(client, shop, FULL_REFUND, {"i": {"orderId": gid, "amount": "10.00", "reason": "GOODWILL", "idempotencyKey": "n-1"}})
    assert first["userErrors"] == [] and again == first
    other = await staff(client, shop, FULL_REFUND, {"i": {"orderId": gid, "amount": "10.01", "reason": "GOODWILL", "idempotencyKey": "n-1"}})
    assert [e["code"] for e in other["userErrors"]] == ["IDEMPOTENCY_KEY_REUSED"]
    assert (await lifecycle_state())["Refund"] == 1


async def test_declared_conditions_in_another_order_are_the_same_request(client, shop):
    _, line_gid = await delivered_order(shop)
    forward = request_input(line_gid, idempotencyKey="n-2")
    backward = request_input(line_gid, idempotencyKey="n-2")
    backward["lines"][0]["condition"] = list(reversed(forward["lines"][0]["condition"]))
    first = gql_ok(await storefront(client, shop, FULL_REQUEST, {"i": forward}))["returnRequest"]
    again = gql_ok(await storefront(client, shop, FULL_REQUEST, {"i": backward}))["returnRequest"]
    assert first["return"] and again == first
    fewer = request_input(line_gid, idempotencyKey="n-2")
    fewer["lines"][0]["condition"] = forward["lines"][0]["condition"][1:]
    other = gql_ok(await storefront(client, shop, FULL_REQUEST, {"i": fewer}))["returnRequest"]
    assert [e["code"] for e in other["userErrors"]] == ["IDEMPOTENCY_KEY_REUSED"]
    assert (await lifecycle_state())["Return"] == 1


async def test_a_default_spelled_out_is_the_same_staff_cancel(client, shop):
    order = await placed_order(shop, shipped=True)
    gid = f"gid://recourse/Order/{order.id}"
    first = await staff(client, shop, FULL_ORDER_CANCEL, {"o": gid, "refund": True, "k": "n-3"})
    spelled = """mutation($o: ID!, $k: String) { orderCancel(orderId: $o, reason: STAFF, refund: true, restock: true, idempotencyKey: $k) {
      order { id cancelledAt cancelReason totalPaid { amount } refunds { id amount { amount } status reason createdAt } }
      userErrors { field code message } } }"""
    again = await staff(client, shop, spelled, {"o": gid, "k": "n-3"})
    assert first["order"] and again == first
    other = await staff(client, shop, spelled.replace("reason: STAFF", "reason: INVENTORY"), {"o": gid, "k": "n-3"})
    assert [e["code"] for e in other["userErrors"]] == ["IDEMPOTENCY_KEY_REUSED"]


async def test_an_order_named_or_given_by_id_is_the_same_cancel_request(client, shop):
    order = await placed_order(shop)
    await placed_order(shop, name="#2002")
    first = gql_ok(await storefront(client, shop, FULL_CANCEL_REQUEST, {"n": "#2001", "e": EMAIL, "k": "n-4"}))["orderCancelRequest"]
    by_id = """mutation($o: ID, $k: String) { orderCancelRequest(orderId: $o, idempotencyKey: $k) {
      cancelled decision { allowed reasons { code message } deadline refundEstimate { amount currencyCode }
                           refundExpectedFrom refundExpectedTo nextStep policyVersion }
      userErrors { field code message } } }"""
    again = gql_ok(await storefront(client, shop, by_id, {"o": f"gid://recourse/Order/{order.id}", "k": "n-4"},
                                    token=await customer_token(shop)))["orderCancelRequest"]
    assert first["cancelled"] is True and again == first
    other = gql_ok(await storefront(client, shop, FULL_CANCEL_REQUEST, {"n": "#2002", "e": EMAIL, "k": "n-4"}))["orderCancelRequest"]
    assert [e["code"] for e in other["userErrors"]] == ["IDEMPOTENCY_KEY_REUSED"]
    assert (await lifecycle_state())["Cancellation"] == 1


def test_commands_fingerprint_what_they_mean_not_how_it_was_written():
    from decimal import Decimal

    from plugin.actions.commands import CreateRefund, RequestReturn, ReturnRequestLine

    assert CreateRefund(None, 1, Decimal("10.0"), "GOODWILL", None).fingerprint() == \
        CreateRefund(None, 1, Decimal("10.00"), "GOODWILL", None).fingerprint()
    one = ReturnRequestLine(1, 1, "UNWANTED", frozenset({"UNUSED", "TAGS_ATTACHED"}), 0)
    two = ReturnRequestLine(2, 1, "COLOR", frozenset(), 1, ("https://x.example/1.jpg",))
    ask = lambda *lines: RequestReturn(7, lines, "REFUND", "CUSTOMER_SHIPPED", None, None).fingerprint()  # noqa: E731
    assert ask(one, two) == ask(two, one) != ask(one)


# --- every keyed action: returnCreate, and sets given in another order ----------------------------

FULL_CREATE = """mutation($i: ReturnCreateInput!) { returnCreate(input: $i) {
  return { id name status requestedBy overrideReason customerEmail quotedTotal { amount currencyCode }
           shipBy requestedAt approvedAt lines { id quantity reason condition quotedAmount { amount } } }
  decision { allowed reasons { code message } lines { lineId quantity allowed reasons { code } }
    refund { lines { kind code amount { amount } lineId quantity } total { amount currencyCode } } policyVersion }
  overridable userErrors { field code message } } }"""
FULL_PARTIAL_CANCEL = """mutation($n: String, $e: String, $l: [ID!], $k: String) {
  orderCancelRequest(orderName: $n, email: $e, lineIds: $l, idempotencyKey: $k) {
    cancelled cancelledLineIds pendingReview nextStep
    decision { allowed partialAllowed lines { lineId cancellable refund { amount } } refundEstimate { amount } }
    userErrors { field code message } } }"""


async def shirts_order(shop, *, name="#3001", count=3, delivered=True) -> list[str]:
    """An order of `count` different shirts, one each: delivered five days ago, or placed an hour ago
    and not shipped. Gives the lines' ids in the order's order."""
    from plugin.platform import shopify
    from plugin.platform.catalog import upsert_product
    from plugin.platform.orders import import_order
    from plugin.values.ids import to_gid

    now = datetime.now(timezone.utc)
    placed = now - (timedelta(days=9) if delivered else timedelta(hours=1))
    items = []
    for n in range(count):
        await upsert_product(shop, shopify.Product.model_validate(
            {"id": f"p-{name}-{n}", "title": f"Shirt {n}", "product_type": "Shirts", "tags": "", "updated_at": placed.isoformat()}))
        items.append({"id": f"{name}-l{n}", "product_id": f"p-{name}-{n}", "title": f"Shirt {n}", "quantity": 1, "price": "40.00"})
    payload = {
        "id": name, "name": name, "email": EMAIL, "currency": shop.currency, "source_name": "web",
        "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": f"{40 * count}.00", "total_price": f"{40 * count + 5}.00", "shipping_lines": [{"price": "5.00"}],
        "shipping_address": {"country_code": "US", "province_code": "NY"}, "customer": {"id": "c1", "email": EMAIL},
        "line_items": items,
        "fulfillments": [{
            "id": f"{name}-f1", "order_id": name, "created_at": (placed + timedelta(days=1)).isoformat(),
            "updated_at": (now - timedelta(days=5)).isoformat(), "shipment_status": "delivered",
            "delivered_at": (now - timedelta(days=5)).isoformat(),
            "line_items": [{"id": item["id"], "quantity": 1} for item in items],
        }] if delivered else [],
    }
    order = (await import_order(shop, shopify.Order.model_validate(payload))).order
    return [to_gid("OrderLine", line.id) for line in await order.lines.all().order_by("id")]


def create_input(order_gid: str, line_gids: list[str], key: str, **extra) -> dict:
    from tests.lifecycle.builders import EVERY_CONDITION

    return {"orderId": order_gid, "proofOfPurchase": "phone call", "idempotencyKey": key, **extra,
            "lines": [{"lineId": gid, "quantity": 1, "reason": "UNWANTED", "condition": EVERY_CONDITION} for gid in line_gids]}


async def test_return_create_replays_byte_for_byte(client, shop):
    order, line_gid = await delivered_order(shop)
    variables = {"i": create_input(f"gid://recourse/Order/{order.id}", [line_gid], "create-1", customerNote="phoned in")}
    first, replay = await twice(lambda: admin(client, shop, FULL_CREATE, variables))
    assert replay == first
    body = gql_ok_bytes(first)["returnCreate"]
    assert body["userErrors"] == [] and body["return"]["status"] == "REQUESTED"
    assert body["return"]["requestedBy"].startswith("staff:")
    state = await lifecycle_state()
    assert (state["Return"], state["IdempotencyKey"]) == (1, 1)


async def test_a_refused_return_create_replays_its_refusal_and_an_override_is_other_input(client, shop):
    order, line_gid = await delivered_order(shop, days_ago=90)  # long past the 28 days
    gid = f"gid://recourse/Order/{order.id}"
    variables = {"i": create_input(gid, [line_gid], "create-late")}
    first, replay = await twice(lambda: admin(client, shop, FULL_CREATE, variables))
    assert replay == first
    body = gql_ok_bytes(first)["returnCreate"]
    assert body["return"] is None and body["overridable"] is True and body["decision"]["allowed"] is False
    before = await lifecycle_state()
    # The refusal is the key's answer: taking the return over it needs a new key.
    overridden = await staff(client, shop, FULL_CREATE, {"i": create_input(gid, [line_gid], "create-late", overrideReason="goodwill")})
    assert [(e["code"], e["field"]) for e in overridden["userErrors"]] == [("IDEMPOTENCY_KEY_REUSED", ["input", "idempotencyKey"])]
    assert overridden["return"] is None and await lifecycle_state() == before
    taken = await staff(client, shop, FULL_CREATE, {"i": create_input(gid, [line_gid], "create-late-2", overrideReason="goodwill")})
    assert taken["userErrors"] == [] and taken["return"]["overrideReason"] == "goodwill"


@pytest.mark.parametrize("face", ["returnRequest", "returnCreate"])
async def test_lines_in_another_order_are_the_same_request(client, shop, face):
    from models.order import Order

    lines = await shirts_order(shop, count=2)
    order_gid = f"gid://recourse/Order/{(await Order.get(shop_id=shop.id, name='#3001')).id}"

    async def ask(line_gids: list[str], conditions_reversed: bool = False) -> dict:
        if face == "returnCreate":
            variables, query, call = create_input(order_gid, line_gids, "n-5"), FULL_CREATE, admin
        else:
            variables = request_input(line_gids[0], order_name="#3001", idempotencyKey="n-5")
            variables["lines"] = [{**variables["lines"][0], "lineId": gid} for gid in line_gids]
            query, call = FULL_REQUEST, storefront
        if conditions_reversed:
            variables["lines"] = [{**line, "condition": list(reversed(line["condition"]))} for line in variables["lines"]]
        return gql_ok(await call(client, shop, query, {"i": variables}))[face]

    first = await ask(lines)
    assert first["userErrors"] == [] and first["return"] and len(first["return"]["lines"]) == 2
    assert await ask(list(reversed(lines)), conditions_reversed=True) == first
    other = await ask(lines[:1])
    assert [e["code"] for e in other["userErrors"]] == ["IDEMPOTENCY_KEY_REUSED"]
    assert (await lifecycle_state())["Return"] == 1


async def test_lines_in_another_order_are_the_same_partial_cancellation(client, shop):
    lines = await shirts_order(shop, count=3, delivered=False)  # unshipped: alotrop cancels at once
    ask = lambda line_gids: storefront(client, shop, FULL_PARTIAL_CANCEL, {"n": "#3001", "e": EMAIL, "l": line_gids, "k": "n-6"})  # noqa: E731
    first, again = await ask(lines[:2]), await ask([lines[1], lines[0]])
    assert again.content == first.content
    body = gql_ok(first)["orderCancelRequest"]
    assert body["userErrors"] == [] and body["cancelled"] is True and sorted(body["cancelledLineIds"]) == sorted(lines[:2])
    state = await lifecycle_state()
    assert (state["Cancellation"], state["Refund"]) == (1, 2)  # refunded line by line
    other = gql_ok(await ask(lines[:1]))["orderCancelRequest"]
    assert [e["code"] for e in other["userErrors"]] == ["IDEMPOTENCY_KEY_REUSED"] and other["cancelled"] is False
    assert await lifecycle_state() == state


# --- losing the race for a key ------------------------------------------------------------------

CLAIM_AS = {  # the rival's claim: a copy of the winner's key row under another key, as one statement
    "sqlite": ('INSERT INTO idempotency_key (shop_id, operation, "key", request_hash, response, created_at) '
               'SELECT shop_id, operation, ?, request_hash, response, created_at FROM idempotency_key WHERE id = ?'),
    "postgres": ('INSERT INTO idempotency_key (shop_id, operation, "key", request_hash, response, created_at) '
                 'SELECT shop_id, operation, $1, request_hash, response, created_at FROM idempotency_key WHERE id = $2'),
}


@asynccontextmanager
async def rival_claim(db, key: str, like: IdempotencyKey):
    """Another process (a second connection) claims `key` with `like`'s input and answer and holds it
    uncommitted; the body of the `with` commits it by awaiting the yielded function."""
    if db.backend == "sqlite":
        connection = sqlite3.connect(db.url.removeprefix("sqlite://"), isolation_level=None, timeout=30)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(CLAIM_AS["sqlite"], (key, like.id))

        async def commit() -> None:
            connection.execute("COMMIT")

        try:
            yield commit
        finally:
            connection.close()
        return
    connection = await asyncpg.connect(db.url)
    transaction = connection.transaction()
    await transaction.start()
    await connection.execute(CLAIM_AS["postgres"], key, like.id)
    try:
        yield transaction.commit
    finally:
        await connection.close()


async def _waiting_on_a_lock(db) -> bool:
    """PostgreSQL: some backend of this database waits for a lock (our claim, on the rival's key)."""
    connection = await asyncpg.connect(db.url)
    try:
        return await connection.fetchval("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                         "AND wait_event_type = 'Lock'") > 0
    finally:
        await connection.close()


# Without the rate limiter, which writes its counters before the request's own work: on SQLite it
# would wait for the rival's write lock before our request ever reached the key.
@pytest.mark.no_rate_limits
async def test_losing_the_race_for_a_key_answers_with_the_winners_result(client, shop, db):
    """Our request finds the key free, then another process claims it before we do: our claim fails
    on the unique key (on PostgreSQL after waiting for the rival to commit), the work is not done, and
    the answer is the rival's, read from the key (plugin/actions/idempotency.py, `once`)."""
    _, line_gid = await delivered_order(shop)
    first = {"i": request_input(line_gid, idempotencyKey="first")}
    won = gql_ok(await storefront(client, shop, FULL_REQUEST, first))["returnRequest"]
    assert won["userErrors"] == [] and won["return"]["status"] == "REQUESTED"
    like = await IdempotencyKey.get(shop_id=shop.id, key="first")
    raced = {"i": {**first["i"], "idempotencyKey": "raced"}}  # the same input: the rival's fingerprint

    with count_sql() as statements:
        async with rival_claim(db, "raced", like) as commit:
            request = asyncio.create_task(storefront(client, shop, FULL_REQUEST, raced))
            # Our claim is under way, so our check for the key (before it) found none.
            await eventually(lambda: request.done() or any("INSERT INTO \"idempotency_key\"" in s for s in statements),
                             what="our request to claim the key")
            assert not request.done(), request.result().text
            if db.backend == "postgres":
                await eventually(lambda: _waiting_on_a_lock(db), what="our claim to wait for the rival's", interval=0.05)
            await commit()
        response = await asyncio.wait_for(request, timeout=30)
    lost = gql_ok(response)["returnRequest"]
    assert lost == won  # the winner's return, not a second one, and no error
    state = await lifecycle_state()
    assert (state["Return"], state["IdempotencyKey"]) == (1, 2)
    # The rival's key now answers every replay the same way.
    assert gql_ok(await storefront(client, shop, FULL_REQUEST, raced))["returnRequest"] == won

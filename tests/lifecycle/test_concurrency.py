"""Fifty requests at once, over HTTP: the ledger never overpays, returns never hold more units than
shipped, and one idempotency key yields one refund. The same invariants on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from models.refund import Refund
from models.returns import Return, ReturnLine
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    CANCEL_REQUEST,
    EMAIL,
    REFUND,
    RETURN_REQUEST,
    apply_preset,
    delivered_order,
    lifecycle_state,
    placed_order,
    request_input,
    return_in,
)

N = 50
MASKED = "Unexpected error."


# Fifty requests at one order at once are the point here, not a guessing client.
pytestmark = pytest.mark.no_rate_limits

@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    return shop


def payloads(responses, name: str) -> list[dict]:
    for response in responses:
        assert response.status_code == 200 and MASKED not in response.text, response.text
    return [gql_ok(response)[name] for response in responses]


async def test_one_key_fifty_times_makes_one_refund_and_fifty_identical_answers(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    variables = {"i": {"returnId": rid, "idempotencyKey": "refund-once"}}

    responses = await asyncio.gather(*(admin(client, shop, REFUND, variables) for _ in range(N)))

    assert len({response.content for response in responses}) == 1, {r.content for r in responses}
    payload = payloads(responses, "refundCreate")[0]
    assert payload["userErrors"] == [] and payload["refund"]["status"] == "PENDING"
    assert await Refund.all().count() == 1
    # And a late replay, once everything has settled, is the same bytes again.
    assert (await admin(client, shop, REFUND, variables)).content == responses[0].content


async def test_one_key_fifty_times_makes_one_return(client, shop):
    _, line_gid = await delivered_order(shop, quantity=2)
    variables = {"i": request_input(line_gid, quantity=1, idempotencyKey="request-once")}
    responses = await asyncio.gather(*(storefront(client, shop, RETURN_REQUEST, variables) for _ in range(N)))
    assert len({response.content for response in responses}) == 1
    assert payloads(responses, "returnRequest")[0]["return"]["name"] == "#1001-R1"
    assert (await Return.all().count(), await ReturnLine.all().count()) == (1, 1)


async def test_one_key_fifty_times_cancels_once(client, shop):
    await placed_order(shop)
    variables = {"n": "#2001", "e": EMAIL, "k": "cancel-once"}
    responses = await asyncio.gather(*(storefront(client, shop, CANCEL_REQUEST, variables) for _ in range(N)))
    assert len({response.content for response in responses}) == 1
    assert payloads(responses, "orderCancelRequest")[0]["cancelled"] is True
    state = await lifecycle_state()
    assert (state["Cancellation"], state["Refund"], state["IdempotencyKey"]) == (1, 1, 1)


async def test_fifty_keys_never_refund_more_than_was_paid(client, shop):
    order, line_gid = await delivered_order(shop)  # 85.00 paid
    rid, _ = await return_in(client, shop, line_gid, "RECEIVED")

    async def refund(n: int):
        return await admin(client, shop, REFUND, {"i": {"returnId": rid, "amount": "10.00", "idempotencyKey": f"k{n}"}})

    results = payloads(await asyncio.gather(*(refund(n) for n in range(N))), "refundCreate")

    made = [r for r in results if r["refund"]]
    refused = [r for r in results if not r["refund"]]
    assert len(made) == 8, [r["userErrors"] for r in refused][:3]
    assert {e["code"] for r in refused for e in r["userErrors"]} == {"OVER_REFUND"}
    assert all(len(r["userErrors"]) == 1 for r in refused)
    assert sum(await Refund.filter(order_id=order.id).values_list("amount", flat=True)) == Decimal("80.00")
    state = await lifecycle_state()
    assert state["Refund"] == 8 and state["IdempotencyKey"] == 8  # refusals keep no key


async def test_fifty_order_refunds_of_mixed_sizes_stay_within_what_was_paid(client, shop):
    order, _ = await delivered_order(shop)  # 85.00 paid
    amounts = ["7.00", "13.00", "0.01", "85.00", "42.50"]

    async def refund(n: int):
        variables = {"i": {"orderId": f"gid://recourse/Order/{order.id}", "amount": amounts[n % len(amounts)],
                           "reason": "GOODWILL", "idempotencyKey": f"o{n}"}}
        return await admin(client, shop, REFUND, variables)

    results = payloads(await asyncio.gather(*(refund(n) for n in range(N))), "refundCreate")
    total = sum(await Refund.filter(order_id=order.id).values_list("amount", flat=True))
    assert total <= Decimal("85.00")
    assert sum(Decimal(r["refund"]["amount"]["amount"]) for r in results if r["refund"]) == total
    assert {e["code"] for r in results for e in r["userErrors"]} <= {"OVER_REFUND"}


@pytest.mark.parametrize("keyed", [False, True], ids=["no-key", "own-keys"])
async def test_fifty_requests_for_one_line_never_return_more_than_shipped(client, shop, keyed):
    _, line_gid = await delivered_order(shop, quantity=2)

    async def request(n: int):
        variables = request_input(line_gid, quantity=1, idempotencyKey=f"r{n}" if keyed else None)
        return await storefront(client, shop, RETURN_REQUEST, {"i": variables})

    results = payloads(await asyncio.gather(*(request(n) for n in range(N))), "returnRequest")

    made = [r for r in results if r["return"]]
    refused = [r for r in results if not r["return"]]
    assert len(made) == 2
    assert all(r["userErrors"] == [] for r in results)
    for r in refused:
        assert r["decision"]["allowed"] is False
        assert [reason["code"] for reason in r["decision"]["reasons"]] == ["QUANTITY_EXCEEDS_RETURNABLE"]
    assert sorted(r["return"]["name"] for r in made) == ["#1001-R1", "#1001-R2"]
    assert sum(await ReturnLine.all().values_list("quantity", flat=True)) == 2
    assert await Return.all().count() == 2


async def test_fifty_requests_of_both_units_make_exactly_one_return(client, shop):
    _, line_gid = await delivered_order(shop, quantity=2)
    responses = await asyncio.gather(*(
        storefront(client, shop, RETURN_REQUEST, {"i": request_input(line_gid, quantity=2 if n % 2 else 1)}) for n in range(N)))
    results = payloads(responses, "returnRequest")
    held = sum(await ReturnLine.all().values_list("quantity", flat=True))
    assert held <= 2 and 1 <= len([r for r in results if r["return"]]) <= 2


async def test_concurrent_staff_steps_on_one_return_apply_once(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "OPEN")
    receive = """mutation($id: ID!, $l: [ReturnLineQuantityInput!]!) { returnMarkReceived(id: $id, lines: $l) {
      return { status lines { receivedQuantity } } userErrors { code } } }"""
    responses = await asyncio.gather(*(
        admin(client, shop, receive, {"id": rid, "l": [{"returnLineId": line, "quantity": 1}]}) for _ in range(10)))
    results = payloads(responses, "returnMarkReceived")
    assert len([r for r in results if r["return"]]) == 2
    assert {e["code"] for r in results for e in r["userErrors"]} <= {"INVALID", "CONFLICT"}
    assert await ReturnLine.all().values_list("received_quantity", flat=True) == [2]


async def credited_return(client):
    """An Allegra K return from Canada of an 18.00 item on a 21.50 order: the quote is 18.00 paid back
    plus the 6.99 postage credit the policy grants, 3.49 more than is left of the payment."""
    from tests.seeds.test_allegra_k_credit import canada_return, drive_to_inspected

    shop = await make_shop()
    requested = await canada_return(client, shop)
    await drive_to_inspected(client, shop, requested["return"]["id"])
    return shop, requested["return"]["id"]


async def ledger_sums(kind: str) -> Decimal:
    return sum(await Refund.filter(kind=kind).values_list("amount", flat=True), Decimal(0))


async def test_fifty_quote_refunds_pay_the_payment_and_the_granted_credit_once(client, db):
    shop, rid = await credited_return(client)

    async def refund(n: int):
        return await admin(client, shop, REFUND, {"i": {"returnId": rid, "idempotencyKey": f"q{n}"}})

    results = payloads(await asyncio.gather(*(refund(n) for n in range(N))), "refundCreate")

    assert len([r for r in results if r["refund"]]) == 1
    assert {e["code"] for r in results for e in r["userErrors"]} <= {"NOTHING_TO_REFUND", "CONFLICT"}
    assert (await ledger_sums("PAYMENT"), await ledger_sums("REIMBURSEMENT")) == (Decimal("18.00"), Decimal("6.99"))


async def test_fifty_mixed_payments_and_reimbursements_keep_both_invariants(client, db):
    shop, rid = await credited_return(client)
    order_gid = gql_ok(await admin(client, shop, "query($id: ID!) { return(id: $id) { orderId } }", {"id": rid}))["return"]["orderId"]

    async def refund(n: int):
        if n % 2:
            variables = {"orderId": order_gid, "amount": "5.00", "reason": "GOODWILL", "idempotencyKey": f"o{n}"}
        else:
            variables = {"returnId": rid, "idempotencyKey": f"q{n}"}
        return await admin(client, shop, REFUND, {"i": variables})

    results = payloads(await asyncio.gather(*(refund(n) for n in range(N))), "refundCreate")

    # Refunds of payment never exceed what was paid; reimbursements never exceed what was granted.
    assert await ledger_sums("PAYMENT") <= Decimal("21.50")
    assert await ledger_sums("REIMBURSEMENT") in (Decimal(0), Decimal("6.99"))
    assert {e["code"] for r in results for e in r["userErrors"]} <= {"OVER_REFUND", "NOTHING_TO_REFUND", "CONFLICT"}

"""Illegal transitions and bad input: a userError with a code (or a GraphQL coercion error for a bad
scalar), never a 500, and nothing written — not a row, not a status, not a key."""

from __future__ import annotations

import json

import pytest

from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    APPROVE,
    CLOSE,
    DECLINE,
    EMAIL,
    INSPECT,
    RECEIVE,
    REFUND,
    REOPEN,
    RETURN_CANCEL,
    RETURN_REQUEST,
    apply_preset,
    customer_token,
    delivered_order,
    lifecycle_state,
    request_input,
    return_in,
    staff,
)

MASKED = "Unexpected error."


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    return shop


def only_error(payload: dict, code: str) -> dict:
    """The payload refused with exactly one userError of `code`, and nothing else in it."""
    assert [e["code"] for e in payload["userErrors"]] == [code], payload
    for key, value in payload.items():
        if key != "userErrors":
            assert value in (None, False), payload
    return payload["userErrors"][0]


async def admin_refused(client, shop, mutation, variables, code) -> dict:
    response = await admin(client, shop, mutation, variables)
    assert MASKED not in response.text, response.text
    return only_error(next(iter(gql_ok(response).values())), code)


async def admin_schema_refused(client, shop, mutation, variables, enum: str) -> None:
    """A value outside a closed set never reaches the action: the schema refuses it by its enum's name."""
    body = (await admin(client, shop, mutation, variables)).json()
    assert body.get("data") is None and enum in body["errors"][0]["message"], body


async def storefront_refused(client, shop, mutation, variables, code, token=None) -> dict:
    response = await storefront(client, shop, mutation, variables, token=token)
    assert MASKED not in response.text, response.text
    return only_error(next(iter(gql_ok(response).values())), code)


# --- illegal transitions ------------------------------------------------------------------------

ILLEGAL = [
    ("OPEN", APPROVE, {}),
    ("DECLINED", APPROVE, {}),
    ("CLOSED", APPROVE, {}),
    ("REQUESTED", RECEIVE, {"l": "LINE"}),
    ("OPEN", INSPECT, {"l": "INSPECT"}),
    ("REQUESTED", CLOSE, {}),
    ("OPEN", REOPEN, {}),
    ("RECEIVED", DECLINE, {"r": "OTHER"}),
    ("DECLINED", REFUND, {}),
    ("REQUESTED", REFUND, {}),
    ("CANCELED", REFUND, {}),
    ("CANCELED", APPROVE, {}),
    ("CLOSED", RECEIVE, {"l": "LINE"}),
]


def _variables(rid: str, line: str, extra: dict) -> dict:
    if "l" in extra and extra["l"] == "LINE":
        return {"id": rid, "l": [{"returnLineId": line, "quantity": 1}]}
    if "l" in extra and extra["l"] == "INSPECT":
        return {"id": rid, "l": [{"returnLineId": line, "acceptedQuantity": 2}]}
    return {"id": rid, **extra}


def _name(mutation: str) -> str:
    return mutation.split("{", 1)[1].split("(", 1)[0].strip()


@pytest.mark.parametrize("status, mutation, extra", ILLEGAL, ids=[f"{_name(m)}-{s}" for s, m, _ in ILLEGAL])
async def test_an_illegal_transition_is_invalid_state_and_writes_nothing(client, shop, status, mutation, extra):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, status)
    before = await lifecycle_state()
    if mutation is REFUND:
        for amount in (None, "1.00"):  # the default amount and an explicit one, keyed and not
            for key in (None, f"k-{amount}"):
                variables = {"i": {"returnId": rid, "amount": amount, "idempotencyKey": key}}
                error = await admin_refused(client, shop, REFUND, variables, "INVALID_STATE")
                assert error["field"] == ["input", "returnId"] and status in error["message"]
    else:
        error = await admin_refused(client, shop, mutation, _variables(rid, line, extra), "INVALID_STATE")
        assert error["field"] == ["id"], error
    assert await lifecycle_state() == before


async def test_a_customer_cannot_cancel_a_return_once_received(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "RECEIVED")
    before = await lifecycle_state()
    await storefront_refused(client, shop, RETURN_CANCEL, {"id": rid, "e": EMAIL}, "INVALID_STATE")
    await storefront_refused(client, shop, RETURN_CANCEL, {"id": rid}, "INVALID_STATE", token=await customer_token(shop))
    assert await lifecycle_state() == before


@pytest.mark.parametrize("status", ["DECLINED", "CLOSED", "CANCELED"])
async def test_a_customer_cannot_cancel_a_finished_return(client, shop, status):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, status)
    before = await lifecycle_state()
    await storefront_refused(client, shop, RETURN_CANCEL, {"id": rid, "e": EMAIL}, "INVALID_STATE")
    assert await lifecycle_state() == before


async def test_inspecting_twice_or_receiving_more_than_requested_is_refused(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "RECEIVED")
    before = await lifecycle_state()
    error = await admin_refused(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": line, "quantity": 1}]}, "INVALID")
    assert error["field"] == ["lines", "0", "quantity"]
    for accepted, rejected in ((3, 0), (1, 0), (-1, 3), (2, 1)):
        items = [{"returnLineId": line, "acceptedQuantity": accepted, "rejectedQuantity": rejected}]
        await admin_refused(client, shop, INSPECT, {"id": rid, "l": items}, "INVALID")
    items = [{"returnLineId": line, "acceptedQuantity": 2, "condition": "SHINY"}]
    await admin_schema_refused(client, shop, INSPECT, {"id": rid, "l": items}, "InspectionCondition")
    assert await lifecycle_state() == before


# --- bad input to returnRequest -----------------------------------------------------------------


@pytest.mark.no_rate_limits  # dozens of guest requests at one order
async def test_bad_return_request_lines_are_refused_with_a_code(client, shop):
    _, line_gid = await delivered_order(shop)
    _, other_line = await delivered_order(shop, name="#1002")
    other_shop = await make_shop("other.myshopify.com")
    _, foreign_line = await delivered_order(other_shop, name="#1001")
    before = await lifecycle_state()

    def with_line(**changes):
        base = request_input(line_gid)
        base["lines"][0].update(changes)
        return base

    cases = {
        "unknown line": (with_line(lineId="gid://recourse/OrderLine/999999"), "LINE_NOT_FOUND", ["input", "lines", "0", "lineId"]),
        "another order's line": (with_line(lineId=other_line), "LINE_NOT_FOUND", ["input", "lines", "0", "lineId"]),
        "another shop's line": (with_line(lineId=foreign_line), "LINE_NOT_FOUND", ["input", "lines", "0", "lineId"]),
        "not a line id": (with_line(lineId="gid://recourse/Return/1"), "LINE_NOT_FOUND", ["input", "lines", "0", "lineId"]),
        "garbage id": (with_line(lineId="42"), "LINE_NOT_FOUND", ["input", "lines", "0", "lineId"]),
        "quantity 0": (with_line(quantity=0), "INVALID", ["input", "lines", "0", "quantity"]),
        "negative quantity": (with_line(quantity=-1), "INVALID", ["input", "lines", "0", "quantity"]),
        "no lines": ({**request_input(line_gid), "lines": []}, "BLANK", ["input", "lines"]),
        "the same line twice": ({**request_input(line_gid), "lines": request_input(line_gid)["lines"] * 2},
                                "DUPLICATE_LINE", ["input", "lines", "1", "lineId"]),
        "a URL instead of a photo": (with_line(photos=["https://example.com/a.jpg"]), "INVALID", ["input", "lines", "0", "photos", "0"]),
        "unknown photo": (with_line(photos=["ph_" + "0" * 32]), "INVALID", ["input", "lines", "0", "photos", "0"]),
        "a path for a photo": (with_line(photos=["../../etc/passwd"]), "INVALID", ["input", "lines", "0", "photos", "0"]),
        "quantity above any order": (with_line(quantity=100_001), "INVALID", ["input", "lines", "0", "quantity"]),
        "too many photos": (with_line(photos=[f"ph_{n:032x}" for n in range(11)]), "INVALID", ["input", "lines", "0", "photos"]),
        "the same photo twice": (with_line(photos=["ph_" + "1" * 32] * 2), "INVALID", ["input", "lines", "0", "photos"]),
        "long line note": (with_line(note="x" * 1001), "TOO_LONG", ["input", "lines", "0", "note"]),
        "long customer note": ({**request_input(line_gid), "customerNote": "x" * 1001}, "TOO_LONG", ["input", "customerNote"]),
        "long proof": ({**request_input(line_gid), "proofOfPurchase": "x" * 256}, "TOO_LONG", ["input", "proofOfPurchase"]),
        "long key": ({**request_input(line_gid), "idempotencyKey": "k" * 256}, "INVALID", ["input", "idempotencyKey"]),
        "blank key": ({**request_input(line_gid), "idempotencyKey": ""}, "INVALID", ["input", "idempotencyKey"]),
        "another shop's order": ({**request_input(line_gid), "orderName": "#1003"}, "ORDER_NOT_FOUND", ["input", "orderId"]),
        "wrong email": ({**request_input(line_gid), "email": "eve@example.com"}, "ORDER_NOT_FOUND", ["input", "orderId"]),
        "no order at all": ({**request_input(line_gid), "orderName": None, "email": None}, "ORDER_NOT_FOUND", ["input", "orderId"]),
    }
    for case, (variables, code, field) in cases.items():
        for key in (None, f"key-{case}"):
            if key and "key" not in case:
                variables = {**variables, "idempotencyKey": key}
            error = await storefront_refused(client, shop, RETURN_REQUEST, {"i": variables}, code)
            assert error["field"] == field, (case, error)
    assert await lifecycle_state() == before


async def test_another_shops_order_is_not_found_even_by_its_own_name_and_email(client, shop):
    other_shop = await make_shop("other.myshopify.com")
    _, foreign_line = await delivered_order(other_shop, name="#7001")
    before = await lifecycle_state()
    # The other shop's order, by its own name and email, asked of this shop.
    await storefront_refused(client, shop, RETURN_REQUEST, {"i": request_input(foreign_line, order_name="#7001")}, "ORDER_NOT_FOUND")
    assert await lifecycle_state() == before


async def test_a_customer_token_reaches_only_the_customers_own_orders(client, shop):
    mine, my_line = await delivered_order(shop)
    theirs, their_line = await delivered_order(shop, name="#1002", customer="c2", email="eve@example.com")
    other_shop = await make_shop("other.myshopify.com")
    foreign, foreign_line = await delivered_order(other_shop, name="#1001")
    token = await customer_token(shop)
    before = await lifecycle_state()
    for order, line in ((theirs, their_line), (foreign, foreign_line)):
        variables = {"i": {**request_input(line), "orderName": None, "email": None, "orderId": f"gid://recourse/Order/{order.id}"}}
        await storefront_refused(client, shop, RETURN_REQUEST, variables, "ORDER_NOT_FOUND", token=token)
    # An order id without a token finds nothing either: ids are not secrets.
    variables = {"i": {**request_input(my_line), "orderName": None, "email": None, "orderId": f"gid://recourse/Order/{mine.id}"}}
    await storefront_refused(client, shop, RETURN_REQUEST, variables, "ORDER_NOT_FOUND")
    assert await lifecycle_state() == before
    # ...and with the token it is found.
    ok = gql_ok(await storefront(client, shop, RETURN_REQUEST, variables, token=token))["returnRequest"]
    assert ok["userErrors"] == [] and ok["return"]["status"] == "REQUESTED"


async def test_more_than_returnable_is_refused_by_the_policy_and_writes_nothing(client, shop):
    _, line_gid = await delivered_order(shop, quantity=2)
    before = await lifecycle_state()
    for quantity in (3, 100_000):
        body = gql_ok(await storefront(client, shop, RETURN_REQUEST, {"i": request_input(line_gid, quantity=quantity)}))["returnRequest"]
        assert body["return"] is None and body["userErrors"] == []
        assert body["decision"]["allowed"] is False
        assert [r["code"] for r in body["decision"]["reasons"]] == ["QUANTITY_EXCEEDS_RETURNABLE"]
    assert await lifecycle_state() == before
    await return_in(client, shop, line_gid, "REQUESTED", quantity=1)
    before = await lifecycle_state()
    body = gql_ok(await storefront(client, shop, RETURN_REQUEST, {"i": request_input(line_gid, quantity=2)}))["returnRequest"]
    assert [r["code"] for r in body["decision"]["reasons"]] == ["QUANTITY_EXCEEDS_RETURNABLE"]
    assert await lifecycle_state() == before


async def test_a_final_sale_line_is_refused_by_return_request_and_writes_nothing(client, shop):
    """Alotrop's preset excludes items tagged final sale: the request itself is refused, not only its
    quote, with the reason the customer reads, and a regular item in the same shop still goes through."""
    _, final_line = await delivered_order(shop, name="#1001", tags="Final-Sale")
    before = await lifecycle_state()
    body = gql_ok(await storefront(client, shop, RETURN_REQUEST, {"i": request_input(final_line)}))["returnRequest"]
    assert body["return"] is None and body["userErrors"] == []
    assert body["decision"]["allowed"] is False
    [reason] = body["decision"]["reasons"]
    assert reason["code"] == "FINAL_SALE" and reason["message"].strip(), reason
    # A keyed request is refused alike; only its key is kept, so a replay gets the same refusal.
    keyed = gql_ok(await storefront(client, shop, RETURN_REQUEST, {"i": request_input(final_line, idempotencyKey="final-1")}))
    assert keyed["returnRequest"]["return"] is None and keyed["returnRequest"]["decision"]["allowed"] is False
    assert await lifecycle_state() == {**before, "IdempotencyKey": before["IdempotencyKey"] + 1}  # the refusal, kept for replays

    _, regular_line = await delivered_order(shop, name="#1002")
    ok = gql_ok(await storefront(client, shop, RETURN_REQUEST, {"i": request_input(regular_line, order_name="#1002")}))["returnRequest"]
    assert ok["userErrors"] == [] and ok["return"]["status"] == "REQUESTED"


# --- another shop's, another customer's return --------------------------------------------------


async def test_another_shops_return_is_not_found_by_staff(client, shop):
    other_shop = await make_shop("other.myshopify.com")
    await apply_preset(client, other_shop)
    _, foreign_line = await delivered_order(other_shop)
    rid, line = await return_in(client, other_shop, foreign_line, "RECEIVED")
    before = await lifecycle_state()
    for mutation, extra in ((APPROVE, {}), (DECLINE, {"r": "OTHER"}), (CLOSE, {}), (REOPEN, {}),
                            (RECEIVE, {"l": "LINE"}), (INSPECT, {"l": "INSPECT"})):
        await admin_refused(client, shop, mutation, _variables(rid, line, extra), "NOT_FOUND")
    error = await admin_refused(client, shop, REFUND, {"i": {"returnId": rid, "idempotencyKey": "x"}}, "NOT_FOUND")
    assert error["field"] == ["input", "returnId"]
    assert gql_ok(await admin(client, shop, "query($id: ID!) { return(id: $id) { id } }", {"id": rid}))["return"] is None
    assert await lifecycle_state() == before


async def test_a_line_of_another_return_is_not_a_line_of_this_one(client, shop):
    _, line_a = await delivered_order(shop)
    _, line_b = await delivered_order(shop, name="#1002")
    rid_a, _ = await return_in(client, shop, line_a, "OPEN")
    _, other_line = await return_in(client, shop, line_b, "OPEN", order_name="#1002")
    before = await lifecycle_state()
    for items in ([{"returnLineId": other_line, "quantity": 1}], [{"returnLineId": "gid://recourse/OrderLine/1", "quantity": 1}]):
        error = await admin_refused(client, shop, RECEIVE, {"id": rid_a, "l": items}, "LINE_NOT_FOUND")
        assert error["field"] == ["lines", "0", "returnLineId"]
    assert await lifecycle_state() == before


async def test_not_a_return_id_is_not_found(client, shop):
    order, line_gid = await delivered_order(shop)
    await return_in(client, shop, line_gid, "OPEN")
    before = await lifecycle_state()
    for gid in (f"gid://recourse/Order/{order.id}", "gid://recourse/Return/999999", "gid://recourse/Return/abc", "42", ""):
        await admin_refused(client, shop, APPROVE, {"id": gid}, "NOT_FOUND")
        await admin_refused(client, shop, REFUND, {"i": {"returnId": gid, "amount": "1.00"}}, "NOT_FOUND") if gid else None
        await storefront_refused(client, shop, RETURN_CANCEL, {"id": gid, "e": EMAIL}, "NOT_FOUND")
    assert await lifecycle_state() == before


async def test_a_customer_cannot_touch_another_customers_return(client, shop):
    _, mine = await delivered_order(shop)
    _, theirs = await delivered_order(shop, name="#1002", customer="c2", email="eve@example.com")
    my_return, _ = await return_in(client, shop, mine, "REQUESTED")
    their_return, _ = await return_in(client, shop, theirs, "REQUESTED", order_name="#1002", email="eve@example.com")
    token = await customer_token(shop)
    before = await lifecycle_state()
    # Signed in as c1: Eve's return is no one's. As a guest with the wrong email: the same.
    await storefront_refused(client, shop, RETURN_CANCEL, {"id": their_return}, "NOT_FOUND", token=token)
    await storefront_refused(client, shop, RETURN_CANCEL, {"id": their_return, "e": EMAIL}, "NOT_FOUND")
    await storefront_refused(client, shop, RETURN_CANCEL, {"id": my_return, "e": "eve@example.com"}, "NOT_FOUND")
    await storefront_refused(client, shop, RETURN_CANCEL, {"id": my_return}, "NOT_FOUND")
    # Another shop's customer token is refused outright; another shop's header finds nothing.
    other_shop = await make_shop("other.myshopify.com")
    await storefront_refused(client, other_shop, RETURN_CANCEL, {"id": my_return, "e": EMAIL}, "NOT_FOUND")
    assert await lifecycle_state() == before


# --- bad amounts and notes ----------------------------------------------------------------------


async def test_bad_refund_amounts_are_refused(client, shop):
    order, line_gid = await delivered_order(shop)  # 85.00 paid
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    before = await lifecycle_state()
    cases = {
        "10.001": "INVALID", "0.001": "INVALID", "-5.00": "INVALID", "0": "INVALID", "-0": "INVALID",
        "85.01": "OVER_REFUND", "1000000": "OVER_REFUND",
    }
    for amount, code in cases.items():
        for target in ({"returnId": rid}, {"orderId": f"gid://recourse/Order/{order.id}"}):
            for key in (None, f"k-{amount}"):
                error = await admin_refused(client, shop, REFUND, {"i": {**target, "amount": amount, "idempotencyKey": key}}, code)
                assert error["field"] == ["input", "amount"], (amount, error)
    assert await lifecycle_state() == before


@pytest.mark.parametrize("amount", ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "1E+999999", "ten", "", 12.5, True])
async def test_amounts_that_are_not_money_fail_scalar_coercion(client, shop, amount):
    order, _ = await delivered_order(shop)
    before = await lifecycle_state()
    response = await admin(client, shop, REFUND, {"i": {"orderId": f"gid://recourse/Order/{order.id}", "amount": amount}})
    assert response.status_code < 500 and MASKED not in response.text, response.text
    body = response.json()
    assert body.get("data") is None and body["errors"], body
    assert "amount" in body["errors"][0]["message"], body
    # The same as a literal in the query text.
    value = json.dumps(amount) if isinstance(amount, str) else str(amount).lower()
    literal = REFUND.replace("($i: RefundCreateInput!)", "").replace(
        "input: $i", f'input: {{orderId: "gid://recourse/Order/{order.id}", amount: {value}}}')
    response = await admin(client, shop, literal)
    assert response.status_code < 500 and MASKED not in response.text, response.text
    assert response.json().get("data") is None and response.json()["errors"]
    assert await lifecycle_state() == before


async def test_refund_input_that_names_nothing_or_everything_is_refused(client, shop):
    order, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    before = await lifecycle_state()
    order_gid = f"gid://recourse/Order/{order.id}"
    cases = [
        ({"amount": "1.00"}, "INVALID", ["input", "returnId"]),
        ({"returnId": rid, "orderId": order_gid, "amount": "1.00"}, "INVALID", ["input", "returnId"]),
        ({"orderId": order_gid}, "BLANK", ["input", "amount"]),
        ({"orderId": "gid://recourse/Order/999999", "amount": "1.00"}, "ORDER_NOT_FOUND", ["input", "orderId"]),
        ({"orderId": rid, "amount": "1.00"}, "NOT_FOUND", ["input", "orderId"]),
        ({"returnId": rid, "note": "x" * 1001}, "TOO_LONG", ["input", "note"]),
    ]
    for variables, code, field in cases:
        error = await admin_refused(client, shop, REFUND, {"i": variables}, code)
        assert error["field"] == field, (variables, error)
    assert await lifecycle_state() == before


async def test_long_staff_notes_and_bad_decline_reasons_are_refused(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "REQUESTED")
    before = await lifecycle_state()
    error = await admin_refused(client, shop, DECLINE, {"id": rid, "r": "OTHER", "n": "x" * 1001}, "TOO_LONG")
    assert error["field"] == ["note"]
    await admin_schema_refused(client, shop, DECLINE, {"id": rid, "r": "BECAUSE"}, "ReturnDeclineReason")
    await admin_schema_refused(client, shop, REFUND, {"i": {"returnId": rid, "reason": "BECAUSE"}}, "RefundReason")
    assert await lifecycle_state() == before
    await staff(client, shop, APPROVE, {"id": rid})
    await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": line, "quantity": 2}]})
    before = await lifecycle_state()
    items = [{"returnLineId": line, "acceptedQuantity": 2, "note": "x" * 1001}]
    await admin_refused(client, shop, INSPECT, {"id": rid, "l": items}, "TOO_LONG")
    for items, code in (([], "BLANK"), ([{"returnLineId": line, "acceptedQuantity": 1}] * 2, "DUPLICATE_LINE")):
        await admin_refused(client, shop, INSPECT, {"id": rid, "l": items}, code)
    assert await lifecycle_state() == before

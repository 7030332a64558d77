"""Reading returns: staff's list and detail, the order's returns and refunds, a customer's own
return with its next step; and a policy that approves at once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.outbox import OutboxMessage
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    APPROVE,
    EMAIL,
    REFUND,
    RETURN_REQUEST,
    apply_preset,
    change_policy,
    customer_token,
    delivered_order,
    request_input,
    return_in,
    set_webhook_url,
    staff,
)

RETURNS = """query($first: Int, $after: String, $status: ReturnStatus, $query: String) {
  returns(first: $first, after: $after, status: $status, query: $query) {
    nodes { id name status } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"""
RETURN = """query($id: ID!) { return(id: $id) {
  id name status policyVersion requestedBy shipBy nextStep orderId quotedTotal { amount currencyCode }
  lines { id quantity reason condition photos quotedAmount { amount } receivedQuantity acceptedQuantity rejectedQuantity
          inspectionCondition restock line { id title } }
  decision { allowed refund { total { amount } lines { code amount { amount } } } instructions { method steps shipBy }
             deadlines { returnBy shipBy } policyVersion }
  refunds { id amount { amount } status }
  timeline { action actor at before after note } } }"""
SF_RETURN = """query($id: ID!, $e: String) { return(id: $id, email: $e) {
  id name status nextStep shipBy quotedTotal { amount } lines { quantity } refunds { amount { amount } status } } }"""
SF_ORDER = """query($n: String, $e: String) { order(name: $n, email: $e) { name returns { id name status nextStep } } }"""


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    return shop


# --- admin ---------------------------------------------------------------------------------------


async def test_returns_filter_by_status_and_name_and_page(client, shop):
    ids = {}
    for n, status in enumerate(["REQUESTED", "OPEN", "DECLINED", "OPEN", "CLOSED"], start=1):
        name = f"#10{n:02d}"
        # One customer each: five returns in a row from one customer would rightly be held for fraud review.
        _, line = await delivered_order(shop, name=name, customer=f"c{n}")
        ids[name], _ = await return_in(client, shop, line, status, order_name=name)
    other = await make_shop("other.myshopify.com")
    await apply_preset(client, other)
    _, foreign_line = await delivered_order(other, name="#1001")
    await return_in(client, other, foreign_line, "OPEN")

    everything = gql_ok(await admin(client, shop, RETURNS))["returns"]
    assert [r["name"] for r in everything["nodes"]] == ["#1005-R1", "#1004-R1", "#1003-R1", "#1002-R1", "#1001-R1"]
    assert everything["pageInfo"]["hasNextPage"] is False

    opened = gql_ok(await admin(client, shop, RETURNS, {"status": "OPEN"}))["returns"]["nodes"]
    assert [(r["name"], r["status"]) for r in opened] == [("#1004-R1", "OPEN"), ("#1002-R1", "OPEN")]
    assert gql_ok(await admin(client, shop, RETURNS, {"status": "CANCELED"}))["returns"]["nodes"] == []

    by_name = gql_ok(await admin(client, shop, RETURNS, {"query": "#1003"}))["returns"]["nodes"]
    assert [r["id"] for r in by_name] == [ids["#1003"]]
    assert gql_ok(await admin(client, shop, RETURNS, {"query": "1003-r1"}))["returns"]["nodes"] == by_name
    both = gql_ok(await admin(client, shop, RETURNS, {"query": "#100", "status": "OPEN"}))["returns"]["nodes"]
    assert len(both) == 2

    pages, after = [], None
    for _ in range(10):  # pages that never end fail the comparison below, not the run
        page = gql_ok(await admin(client, shop, RETURNS, {"first": 2, "after": after}))["returns"]
        pages.append([r["name"] for r in page["nodes"]])
        assert page["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert pages == [["#1005-R1", "#1004-R1"], ["#1003-R1", "#1002-R1"], ["#1001-R1"]]
    page = gql_ok(await admin(client, shop, RETURNS, {"first": 2, "status": "OPEN", "after": None}))["returns"]
    assert page["pageInfo"]["hasNextPage"] is False


@pytest.mark.parametrize("variables", [{"first": 0}, {"first": 251}, {"first": -1}, {"after": "garbage"}, {"status": "LOST"}])
async def test_bad_list_arguments_are_errors_not_500s(client, shop, variables):
    response = await admin(client, shop, RETURNS, variables)
    assert response.status_code < 500 and "Unexpected error." not in response.text, response.text
    assert response.json()["errors"]


async def test_a_return_shows_lines_decision_refunds_timeline_and_version(client, shop):
    order, line_gid = await delivered_order(shop)
    rid, line = await return_in(client, shop, line_gid, "INSPECTED", accepted=1)
    refund = (await staff(client, shop, REFUND, {"i": {"returnId": rid, "note": "one kept"}}))["refund"]

    shown = gql_ok(await admin(client, shop, RETURN, {"id": rid}))["return"]

    assert shown["id"] == rid and shown["name"] == "#1001-R1" and shown["status"] == "RECEIVED"
    assert shown["policyVersion"] == 1 and shown["decision"]["policyVersion"] == 1
    assert shown["orderId"] == f"gid://recourse/Order/{order.id}" and shown["requestedBy"] == "guest"
    assert shown["quotedTotal"] == {"amount": "80.00", "currencyCode": "USD"}
    assert shown["decision"]["allowed"] and shown["decision"]["refund"]["total"]["amount"] == "80.00"
    assert shown["decision"]["instructions"]["steps"] and shown["decision"]["instructions"]["method"]
    assert shown["shipBy"] is not None
    assert shown["lines"] == [{
        "id": line, "quantity": 2, "reason": "UNWANTED", "condition": sorted(shown["lines"][0]["condition"]), "photos": [],
        "quotedAmount": {"amount": "80.00"}, "receivedQuantity": 2, "acceptedQuantity": 1, "rejectedQuantity": 1,
        "inspectionCondition": "WORN", "restock": False, "line": {"id": line_gid, "title": "Linen Shirt"},
    }]
    assert shown["refunds"] == [{"id": refund["id"], "amount": {"amount": "40.00"}, "status": "PENDING"}]
    assert [(e["action"], e["actor"]) for e in shown["timeline"]] == [
        ("return.requested", "guest"), ("return.approved", "staff:1"), ("return.received", "staff:1"),
        ("return.inspected", "staff:1"), ("refund.created", "staff:1"),
    ]
    approved = shown["timeline"][1]
    assert (approved["before"]["status"], approved["after"]["status"]) == ("REQUESTED", "OPEN")
    assert shown["timeline"][-1]["note"] == "one kept"
    # A return of another shop, or not a return: null.
    other = await make_shop("other.myshopify.com")
    assert gql_ok(await admin(client, other, RETURN, {"id": rid}))["return"] is None
    assert gql_ok(await admin(client, shop, RETURN, {"id": f"gid://recourse/Order/{order.id}"}))["return"] is None
    # The same return through node.
    node = gql_ok(await admin(client, shop, "query($id: ID!) { node(id: $id) { ... on Return { name status } } }", {"id": rid}))
    assert node["node"] == {"name": "#1001-R1", "status": "RECEIVED"}


async def test_order_returns_and_refunds(client, shop):
    order, line_gid = await delivered_order(shop, quantity=3)
    first, _ = await return_in(client, shop, line_gid, "INSPECTED", quantity=1)
    second, _ = await return_in(client, shop, line_gid, "REQUESTED", quantity=1)
    refund = (await staff(client, shop, REFUND, {"i": {"returnId": first}}))["refund"]
    query = "query($id: ID!) { order(id: $id) { returns { id name status } refunds { id returnId } } }"
    shown = gql_ok(await admin(client, shop, query, {"id": f"gid://recourse/Order/{order.id}"}))["order"]
    assert shown["returns"] == [{"id": first, "name": "#1001-R1", "status": "RECEIVED"},
                                {"id": second, "name": "#1001-R2", "status": "REQUESTED"}]
    assert shown["refunds"] == [{"id": refund["id"], "returnId": first}]


# --- storefront ----------------------------------------------------------------------------------


async def test_a_customer_follows_their_own_return(client, shop):
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "REQUESTED")
    token = await customer_token(shop)

    mine = gql_ok(await storefront(client, shop, SF_RETURN, {"id": rid}, token=token))["return"]
    assert mine["status"] == "REQUESTED" and mine["shipBy"] is None
    assert mine["nextStep"].startswith("We are reviewing your request")
    as_guest = gql_ok(await storefront(client, shop, SF_RETURN, {"id": rid, "e": " Robin@Example.com "}))["return"]
    assert as_guest == mine

    approved = await staff(client, shop, APPROVE, {"id": rid})
    ship_by = approved["return"]["shipBy"]
    assert date.fromisoformat(ship_by) >= date.today() + timedelta(days=27)
    mine = gql_ok(await storefront(client, shop, SF_RETURN, {"id": rid}, token=token))["return"]
    assert mine["status"] == "OPEN" and mine["shipBy"] == ship_by
    assert mine["nextStep"] == f"Pack the items and send them back following the return instructions by {ship_by}."

    orders = gql_ok(await storefront(client, shop, SF_ORDER, {"n": "#1001", "e": EMAIL}))["order"]
    assert orders["returns"] == [{"id": rid, "name": "#1001-R1", "status": "OPEN", "nextStep": mine["nextStep"]}]


async def test_nobody_else_sees_a_customers_return(client, shop):
    _, line_gid = await delivered_order(shop)
    await delivered_order(shop, name="#1002", customer="c2", email="eve@example.com")
    rid, _ = await return_in(client, shop, line_gid, "REQUESTED")
    eve = await customer_token(shop, "c2")
    other = await make_shop("other.myshopify.com")
    for variables, token, s in (
        ({"id": rid}, eve, shop),  # another customer, signed in
        ({"id": rid, "e": "eve@example.com"}, None, shop),  # a guest with another email
        ({"id": rid}, None, shop),  # no one
        ({"id": rid, "e": EMAIL}, None, other),  # the right email, another shop
        ({"id": "gid://recourse/Order/1", "e": EMAIL}, None, shop),
        ({"id": "nonsense", "e": EMAIL}, None, shop),
    ):
        assert gql_ok(await storefront(client, s, SF_RETURN, variables, token=token))["return"] is None, variables
    # Staff-only fields are not in the storefront's schema.
    response = await storefront(client, shop, "query($id: ID!) { return(id: $id) { timeline { action } requestedBy } }", {"id": rid})
    assert response.json()["errors"] and not response.json().get("data")


# --- a policy that approves at once -------------------------------------------------------------


async def test_auto_approve_opens_the_return_at_once(client, shop):
    await set_webhook_url(shop)

    def auto(document):
        document["returns"]["auto_approve"] = True

    await change_policy(client, shop, auto)
    _, line_gid = await delivered_order(shop)

    request = RETURN_REQUEST.replace("policyVersion", "policyVersion shipBy").replace("instructions { steps }", "instructions { steps shipBy }")
    requested = gql_ok(await storefront(client, shop, request, {"i": request_input(line_gid)}))["returnRequest"]

    ret = requested["return"]
    assert requested["userErrors"] == [] and ret["status"] == "OPEN" and ret["policyVersion"] == 2
    assert ret["shipBy"] == requested["decision"]["instructions"]["shipBy"]
    assert date.fromisoformat(ret["shipBy"]) >= date.today() + timedelta(days=27)
    assert ret["nextStep"].endswith(f"by {ret['shipBy']}.")
    rows = [(m.kind, m.topic) for m in await OutboxMessage.all().order_by("id")]
    assert rows == [("WEBHOOK", "return.requested"), ("EMAIL", "return_instructions"), ("WEBHOOK", "return.approved")]
    shown = gql_ok(await admin(client, shop, RETURN, {"id": ret["id"]}))["return"]
    assert [(e["action"], e["actor"]) for e in shown["timeline"]] == [("return.requested", "guest"), ("return.approved", "policy")]
    # Approving it again is an illegal step.
    again = await staff(client, shop, APPROVE, {"id": ret["id"]})
    assert [e["code"] for e in again["userErrors"]] == ["INVALID_STATE"]

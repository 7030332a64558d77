"""The staff side of the admin API, over HTTP: only the steps with work left are offered and a finished
step is answered as done; the customer's note reaches staff; the refunds list; the returns list's
filters; bulk steps that go on past a refusal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from models.customer import Customer
from models.shop import Shop
from models.returns import Return
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import (
    CONFIRM,
    INSPECT,
    RECEIVE,
    REFUND,
    add_return_address,
    change_policy,
    delivered_order,
    lifecycle_state,
    request_return,
    return_in,
    staff,
)

STEPS = "query($id: ID!) { return(id: $id) { status availableSteps customerNote lines { customerNote condition } } }"


async def _steps(client, shop, rid) -> list[str]:
    return gql_ok(await admin(client, shop, STEPS, {"id": rid}))["return"]["availableSteps"]


async def test_only_steps_with_work_left_are_offered_and_a_finished_step_is_answered_as_done(client, db):
    shop = await make_shop(currency="USD")
    await add_return_address(client, shop)  # approving needs one (issue 23, item 1)
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "REQUESTED", quantity=1)
    assert await _steps(client, shop, rid) == ["APPROVE", "DECLINE"]
    rid, line = await return_in(client, shop, line_gid, "RECEIVED", quantity=1)  # the order's other unit
    assert await _steps(client, shop, rid) == ["INSPECT", "REFUND", "CLOSE"]  # every unit arrived: no receiving

    before = await lifecycle_state()
    again = await staff(client, shop, RECEIVE, {"id": rid, "l": []})
    assert again["userErrors"] == [{"field": ["lines"], "code": "ALREADY_RECEIVED", "message": "every unit of this return has already arrived"}]
    named = await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": line, "quantity": 1}]})
    assert named["userErrors"][0]["message"] == "all 1 units of this line have already arrived"
    assert await lifecycle_state() == before

    inspected = await staff(client, shop, INSPECT, {"id": rid, "l": [{"returnLineId": line, "acceptedQuantity": 1}]})
    assert inspected["userErrors"] == []
    assert await _steps(client, shop, rid) == ["REFUND", "CLOSE"]
    made = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert made["userErrors"] == []
    assert await _steps(client, shop, rid) == ["CLOSE"]  # nothing left to refund

    before = await lifecycle_state()
    twice = await staff(client, shop, INSPECT, {"id": rid, "l": [{"returnLineId": line, "acceptedQuantity": 1}]})
    assert [e["code"] for e in twice["userErrors"]] == ["ALREADY_INSPECTED"]  # no second "your refund follows" email
    assert await lifecycle_state() == before


async def test_staff_read_the_customers_note(client, db):
    shop = await make_shop(currency="USD")
    _, line_gid = await delivered_order(shop)
    requested = await request_return(client, shop, line_gid, customerNote="Fits large across the shoulders")
    ret = gql_ok(await admin(client, shop, STEPS, {"id": requested["return"]["id"]}))["return"]
    assert ret["customerNote"] == "Fits large across the shoulders"


async def test_a_staff_created_return_records_only_what_the_customer_declared(client, db):
    shop = await make_shop(currency="USD")
    order, line_gid = await delivered_order(shop)
    create = """mutation($i: ReturnCreateInput!) { returnCreate(input: $i) { return { id } userErrors { code message } } }"""
    made = gql_ok(await admin(client, shop, create, {"i": {
        "orderId": f"gid://recourse/Order/{order.id}", "proofOfPurchase": "phone call", "customerNote": "Phoned",
        "lines": [{"lineId": line_gid, "quantity": 1, "reason": "UNWANTED", "condition": ["TAGS_ATTACHED"]}]}}))["returnCreate"]
    assert made["userErrors"] == []
    ret = gql_ok(await admin(client, shop, STEPS, {"id": made["return"]["id"]}))["return"]
    assert ret["lines"][0]["condition"] == ["TAGS_ATTACHED"] and ret["customerNote"] == "Phoned"


REFUNDS = """query($s: RefundStatus, $k: RefundKind, $r: RefundReason, $b: DateTime, $a: DateTime) {
  refunds(first: 10, status: $s, kind: $k, reason: $r, createdBefore: $b, createdAfter: $a) {
    nodes { id status kind reason amount { amount currencyCode } return { name } order { name email } } } }"""


async def test_refunds_list_filters_by_status_kind_reason_and_age_and_a_pending_one_is_confirmed(client, db):
    shop = await make_shop(currency="USD")
    await add_return_address(client, shop)  # approving needs one (issue 23, item 1)
    _, line_gid = await delivered_order(shop)
    rid, _ = await return_in(client, shop, line_gid, "INSPECTED")
    assert (await staff(client, shop, REFUND, {"i": {"returnId": rid}}))["userErrors"] == []
    order, _ = await delivered_order(shop, name="#1002", customer="c2", email="kim@example.com")
    goodwill = await staff(client, shop, REFUND, {"i": {"orderId": f"gid://recourse/Order/{order.id}", "amount": "5.00", "reason": "GOODWILL"}})
    assert goodwill["userErrors"] == []

    def names(data):
        return [(n["reason"], n["order"]["name"]) for n in data["refunds"]["nodes"]]

    everything = gql_ok(await admin(client, shop, REFUNDS, {}))
    assert names(everything) == [("GOODWILL", "#1002"), ("RETURN", "#1001")]
    assert everything["refunds"]["nodes"][1]["return"]["name"] == "#1001-R1"
    assert names(gql_ok(await admin(client, shop, REFUNDS, {"r": "GOODWILL"}))) == [("GOODWILL", "#1002")]
    assert names(gql_ok(await admin(client, shop, REFUNDS, {"k": "REIMBURSEMENT"}))) == []
    hour_ago = (datetime.now(timezone.utc) - timedelta(hours=1)).isoformat()
    assert names(gql_ok(await admin(client, shop, REFUNDS, {"b": hour_ago}))) == []  # none older than an hour
    assert len(names(gql_ok(await admin(client, shop, REFUNDS, {"a": hour_ago})))) == 2

    confirmed = await staff(client, shop, CONFIRM, {"id": goodwill["refund"]["id"], "s": "SUCCEEDED", "p": "PR-1"})
    assert confirmed["userErrors"] == []
    assert names(gql_ok(await admin(client, shop, REFUNDS, {"s": "PENDING"}))) == [("RETURN", "#1001")]
    other = await make_shop("other.myshopify.com", currency="USD")
    assert gql_ok(await admin(client, other, REFUNDS, {}))["refunds"]["nodes"] == []

    naive = await admin(client, shop, REFUNDS, {"b": "2026-12-01T00:00:00"})
    assert naive.status_code == 200 and "time zone" in naive.json()["errors"][0]["message"]


RETURNS = """query($q: String, $reason: ReturnReason, $res: ReturnResolution, $risk: RiskAssessmentResult,
  $from: Date, $to: Date, $status: ReturnStatus) {
  returns(first: 20, query: $q, reason: $reason, resolution: $res, riskLevel: $risk, requestedFrom: $from,
          requestedTo: $to, status: $status) { nodes { name customerName customerEmail } } }"""


async def test_returns_list_filters_by_customer_name_order_reason_resolution_risk_and_days(client, db):
    shop = await make_shop(currency="USD")
    _, ava_line = await delivered_order(shop, name="#1001", customer="c1", email="ava@example.com")
    _, kim_line = await delivered_order(shop, name="#1002", customer="c2", email="kim@example.com")
    await change_policy(client, shop, lambda d: d["resolutions"].update(store_credit="ALWAYS"))
    await Customer.filter(platform_id="c1").update(first_name="Ava", last_name="Martinez")
    await Customer.filter(platform_id="c2").update(first_name="Kim", last_name="Lee")
    await request_return(client, shop, ava_line, quantity=1, order_name="#1001", email="ava@example.com")
    kim = await request_return(client, shop, kim_line, quantity=1, reason="DEFECTIVE", order_name="#1002", email="kim@example.com",
                               resolution="STORE_CREDIT")
    assert kim["return"], kim

    async def names(**variables):
        return [n["name"] for n in gql_ok(await admin(client, shop, RETURNS, variables))["returns"]["nodes"]]

    assert await names(q="ava martinez") == ["#1001-R1"]
    await Customer.filter(platform_id="c2").update(last_name="O'Brien")
    assert await names(q="o'brien") == ["#1002-R1"]  # an apostrophe is a letter, not a quote
    assert await names(q='"kim o\'brien"') == ["#1002-R1"]
    await Customer.filter(platform_id="c2").update(last_name="Lee")
    assert await names(q="martinez ava") == ["#1001-R1"]
    assert await names(q="#1002") == ["#1002-R1"]
    assert await names(q="kim@") == ["#1002-R1"]
    assert await names(reason="DEFECTIVE") == ["#1002-R1"]
    assert await names(res="STORE_CREDIT") == ["#1002-R1"]
    await Return.filter(name="#1001-R1").update(risk_level="HIGH")
    assert await names(risk="HIGH") == ["#1001-R1"]
    await Return.filter(name="#1001-R1").update(requested_at=datetime.now(timezone.utc) - timedelta(days=10))
    today = datetime.now(timezone.utc).date()
    assert await names(**{"from": str(today - timedelta(days=11)), "to": str(today - timedelta(days=9))}) == ["#1001-R1"]
    assert await names(**{"from": str(today - timedelta(days=1))}) == ["#1002-R1"]
    listed = gql_ok(await admin(client, shop, RETURNS, {"q": "ava"}))["returns"]["nodes"][0]
    assert listed["customerName"] == "Ava Martinez" and listed["customerEmail"] == "ava@example.com"
    backwards = await admin(client, shop, RETURNS, {"from": str(today), "to": str(today - timedelta(days=1))})
    assert "requestedFrom" in backwards.json()["errors"][0]["message"]


BULK = """mutation($ids: [ID!]!, $a: ReturnBulkAction!, $k: String) { returnsBulk(ids: $ids, action: $a, idempotencyKey: $k) {
  results { returnId return { name status refunds { amount { amount } } } userErrors { field code message } }
  userErrors { field code message } } }"""


async def test_bulk_steps_go_through_each_return_and_one_refusal_does_not_stop_the_others(client, db):
    shop = await make_shop(currency="USD")
    await add_return_address(client, shop)  # approving needs one (issue 23, item 1)
    ids = []
    for n in range(3):
        _, line = await delivered_order(shop, name=f"#10{n}1", customer=f"c{n}", email=f"c{n}@example.com")
        rid, _ = await return_in(client, shop, line, "REQUESTED", order_name=f"#10{n}1", email=f"c{n}@example.com")
        ids.append(rid)
    await staff(client, shop, "mutation($id: ID!) { returnApproveRequest(id: $id) { userErrors { code } } }", {"id": ids[1]})

    approved = gql_ok(await admin(client, shop, BULK, {"ids": ids, "a": "APPROVE"}))["returnsBulk"]
    assert approved["userErrors"] == []
    assert [r["return"] and r["return"]["status"] for r in approved["results"]] == ["OPEN", None, "OPEN"]
    assert approved["results"][1]["userErrors"][0]["code"] == "INVALID_STATE"
    assert approved["results"][1]["userErrors"][0]["field"] == ["ids", "1"]

    received = gql_ok(await admin(client, shop, BULK, {"ids": ids, "a": "MARK_RECEIVED"}))["returnsBulk"]
    assert [r["return"]["status"] for r in received["results"]] == ["RECEIVED"] * 3

    refunded = gql_ok(await admin(client, shop, BULK, {"ids": ids + ["gid://recourse/Return/999999"], "a": "REFUND", "k": "batch-1"}))["returnsBulk"]
    assert [len(r["return"]["refunds"]) for r in refunded["results"][:3]] == [1, 1, 1]
    assert refunded["results"][3]["userErrors"][0]["code"] == "NOT_FOUND"
    replay = gql_ok(await admin(client, shop, BULK, {"ids": ids, "a": "REFUND", "k": "batch-1"}))["returnsBulk"]
    assert [len(r["return"]["refunds"]) for r in replay["results"]] == [1, 1, 1]  # the same key refunds none twice

    assert gql_ok(await admin(client, shop, BULK, {"ids": [], "a": "APPROVE"}))["returnsBulk"]["userErrors"][0]["code"] == "BLANK"
    other = await make_shop("other.myshopify.com", currency="USD")
    foreign = gql_ok(await admin(client, other, BULK, {"ids": ids[:1], "a": "APPROVE"}))["returnsBulk"]
    assert foreign["results"][0]["userErrors"][0]["code"] == "NOT_FOUND"


SUBJECTS = "query($k: EmailKind!) { emailPreviewSubjects(kind: $k) { id label } }"
PREVIEW = """query($k: EmailKind!, $s: ID!) { emailPreview(kind: $k, subjectId: $s) { preview { subject } userErrors { code message } } }"""


async def test_every_email_preview_offered_renders_and_none_is_offered_that_cannot(client, db):
    from models.enums import EmailKind
    from plugin.cli.demo import seed_demo

    await seed_demo(orders_per_shop=30)
    shop = await Shop.get(domain="allegra-k.myshopify.com")
    offered = {}
    for kind in EmailKind:
        subjects = gql_ok(await admin(client, shop, SUBJECTS, {"k": kind.name}))["emailPreviewSubjects"]
        offered[kind.name] = subjects
        for subject in subjects:
            answer = gql_ok(await admin(client, shop, PREVIEW, {"k": kind.name, "s": subject["id"]}))["emailPreview"]
            assert answer["userErrors"] == [] and answer["preview"]["subject"], (kind, subject, answer)
    # The demo's refunds are offered for "refund issued", never a return that has none; orders
    # cancelled on the platform (no cancellation of ours) are not offered for "cancellation confirmed".
    assert offered["REFUND_ISSUED"] and all(s["id"].startswith("gid://recourse/Refund/") for s in offered["REFUND_ISSUED"])
    assert offered["CANCELLATION_CONFIRMED"] == []
    assert all("(declined)" in s["label"] for s in offered["RETURN_DECLINED"]) and offered["RETURN_DECLINED"]
    assert offered["RETURN_INSTRUCTIONS"] and offered["HELD_FOR_VERIFICATION"]

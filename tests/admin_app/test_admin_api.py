"""What the admin app needs from the admin API, over HTTP: the home's queues, staff-created
returns with an audited override, draft preview, impact preview, version diff, search by email."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from models.audit import AuditEvent
from models.policy import PolicyVersion
from tests.helpers import admin, gql_ok, make_shop
from tests.lifecycle.builders import (
    EVERY_CONDITION,
    REFUND,
    add_return_address,
    apply_preset,
    delivered_order,
    lifecycle_state,
    return_in,
    staff,
)

WORK_QUEUE = """{ workQueue {
  awaitingReview { count oldestAt waitingSeconds } heldForReview { count oldestAt }
  awaitingInspection { count oldestAt } refundsPending { count oldestAt waitingSeconds } } }"""

RETURN_CREATE = """mutation($i: ReturnCreateInput!) { returnCreate(input: $i) {
  return { id name status overrideReason requestedBy customerEmail timeline { action actor note } }
  decision { allowed reasons { code message } refund { total { amount currencyCode } } }
  overridable userErrors { field code message } } }"""


async def test_work_queue_counts_what_needs_staff_with_the_oldest_waiting(client, db):
    shop = await make_shop(currency="USD")
    await add_return_address(client, shop)  # approving needs one
    empty = gql_ok(await admin(client, shop, WORK_QUEUE))["workQueue"]
    assert empty["awaitingReview"] == {"count": 0, "oldestAt": None, "waitingSeconds": None}
    _, line1 = await delivered_order(shop, name="#1001")
    _, line2 = await delivered_order(shop, name="#1002", customer="c2", email="kim@example.com")
    _, line3 = await delivered_order(shop, name="#1003", customer="c3", email="lee@example.com")
    await return_in(client, shop, line1, "REQUESTED", order_name="#1001")
    await return_in(client, shop, line2, "RECEIVED", order_name="#1002", email="kim@example.com")
    rid, _ = await return_in(client, shop, line3, "INSPECTED", order_name="#1003", email="lee@example.com")
    refund = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert refund["userErrors"] == []
    queue = gql_ok(await admin(client, shop, WORK_QUEUE))["workQueue"]
    assert queue["awaitingReview"]["count"] == 1 and queue["awaitingReview"]["waitingSeconds"] >= 0
    assert queue["awaitingReview"]["oldestAt"] is not None
    assert queue["awaitingInspection"]["count"] == 1  # the inspected one no longer waits
    assert queue["refundsPending"]["count"] == 1
    assert queue["heldForReview"] == {"count": 0, "oldestAt": None}
    other = await make_shop("other.myshopify.com", currency="USD")
    assert gql_ok(await admin(client, other, WORK_QUEUE))["workQueue"]["awaitingReview"]["count"] == 0


def _create_input(order, line_gid, **extra):
    return {"orderId": f"gid://recourse/Order/{order.id}",
            "lines": [{"lineId": line_gid, "quantity": 1, "reason": "UNWANTED", "condition": EVERY_CONDITION}],
            "proofOfPurchase": "phone call", **extra}


async def test_return_create_decides_like_the_customer_and_a_refusal_needs_an_audited_reason(client, db):
    shop = await make_shop(currency="USD")
    fresh, fresh_line = await delivered_order(shop, name="#1001", days_ago=3)
    made = gql_ok(await admin(client, shop, RETURN_CREATE, {"i": _create_input(fresh, fresh_line)}))["returnCreate"]
    assert made["userErrors"] == [] and made["decision"]["allowed"] is True
    assert made["return"]["status"] == "REQUESTED" and made["return"]["overrideReason"] is None
    assert made["return"]["requestedBy"].startswith("staff:") and made["return"]["customerEmail"] == "robin@example.com"

    old, old_line = await delivered_order(shop, name="#1002", days_ago=90, customer="c2", email="kim@example.com")
    before = await lifecycle_state()
    refused = gql_ok(await admin(client, shop, RETURN_CREATE, {"i": _create_input(old, old_line)}))["returnCreate"]
    assert refused["return"] is None and refused["overridable"] is True and refused["userErrors"] == []
    assert [r["code"] for r in refused["decision"]["reasons"]] == ["RETURN_PERIOD_ENDED"]
    assert await lifecycle_state() == before  # a refusal writes nothing

    blank = gql_ok(await admin(client, shop, RETURN_CREATE, {"i": _create_input(old, old_line, overrideReason="  ")}))["returnCreate"]
    assert blank["userErrors"] == [{"field": ["input", "overrideReason"], "code": "BLANK", "message": "say why the policy is overridden"}]
    assert await lifecycle_state() == before

    why = "Parcel lost by the carrier for 8 weeks; goodwill"
    taken = gql_ok(await admin(client, shop, RETURN_CREATE, {"i": _create_input(old, old_line, overrideReason=why)}))["returnCreate"]
    ret = taken["return"]
    assert taken["userErrors"] == [] and ret["status"] == "OPEN" and ret["overrideReason"] == why
    assert Decimal(taken["decision"]["refund"]["total"]["amount"]) > 0  # the quote covers the overridden line
    actions = [e["action"] for e in ret["timeline"]]
    assert actions == ["return.requested", "return.policy_overridden", "return.approved"]
    note = next(e["note"] for e in ret["timeline"] if e["action"] == "return.policy_overridden")
    assert why in note and "RETURN_PERIOD_ENDED" in note
    assert await AuditEvent.filter(action="return.policy_overridden", shop_id=shop.id).count() == 1


async def test_a_factual_refusal_cannot_be_overridden(client, db):
    shop = await make_shop(currency="USD")
    await add_return_address(client, shop)  # approving needs one
    order, line = await delivered_order(shop, name="#1001", quantity=1)
    await return_in(client, shop, line, "OPEN", quantity=1)
    before = await lifecycle_state()
    again = gql_ok(await admin(client, shop, RETURN_CREATE, {"i": _create_input(order, line, overrideReason="customer insists")}))["returnCreate"]
    assert again["return"] is None and again["overridable"] is False
    assert again["userErrors"][0]["field"] == ["input", "overrideReason"]
    assert await lifecycle_state() == before
    other = await make_shop("other.myshopify.com", currency="USD")
    foreign = gql_ok(await admin(client, other, RETURN_CREATE, {"i": _create_input(order, line)}))["returnCreate"]
    assert foreign["userErrors"][0]["code"] == "ORDER_NOT_FOUND"


async def test_returns_search_matches_the_customers_email(client, db):
    shop = await make_shop(currency="USD")
    _, line1 = await delivered_order(shop, name="#1001")
    _, line2 = await delivered_order(shop, name="#1002", customer="c2", email="kim@example.com")
    await return_in(client, shop, line1, "REQUESTED", order_name="#1001")
    await return_in(client, shop, line2, "REQUESTED", order_name="#1002", email="kim@example.com")
    query = "query($q: String) { returns(first: 10, query: $q) { nodes { name customerEmail } } }"
    found = gql_ok(await admin(client, shop, query, {"q": "kim@"}))["returns"]["nodes"]
    assert found == [{"name": "#1002-R1", "customerEmail": "kim@example.com"}]
    assert [n["name"] for n in gql_ok(await admin(client, shop, query, {"q": "#1001"}))["returns"]["nodes"]] == ["#1001-R1"]


PREVIEW = """query($d: JSON!) { policyPreview(document: $d) {
  published { markdown figures { returnWindowDays } } lintWarnings { code severity } userErrors { field code message } } }"""


async def test_policy_preview_renders_a_draft_without_saving_it(client, db):
    shop = await make_shop(currency="USD")
    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    document["returns"]["window"]["days"] = 14
    preview = gql_ok(await admin(client, shop, PREVIEW, {"d": document}))["policyPreview"]
    assert preview["userErrors"] == [] and "14" in preview["published"]["markdown"]
    assert await PolicyVersion.filter(shop_id=shop.id).count() == 0
    document["returns"]["window"]["days"] = -3
    bad = gql_ok(await admin(client, shop, PREVIEW, {"d": document}))["policyPreview"]
    assert bad["published"] is None
    assert [e["field"] for e in bad["userErrors"]] == [["document", "returns", "window", "days"]]


SIMULATE = """query($d: JSON!, $s: DateTime!) { policySimulate(document: $d, since: $s) {
  impact { orders lines returnableBefore returnableAfter becameReturnable becameNotReturnable ordersChanged truncated
    refundBefore { amount currencyCode } refundAfter { amount } feesBefore { amount } feesAfter { amount } comparedWithVersion
    samples { name refundBefore { amount } refundAfter { amount } lines { title before { allowed reasons { code } } after { allowed reasons { code } } } } }
  userErrors { field code message } } }"""


async def test_policy_simulate_shows_what_a_shorter_window_changes_and_writes_nothing(client, db):
    shop = await make_shop(currency="USD")
    await delivered_order(shop, name="#1001", days_ago=3, price="40.00", quantity=1)
    await delivered_order(shop, name="#1002", days_ago=20, price="60.00", quantity=1, customer="c2")
    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    document["returns"]["window"]["days"] = 10
    since = (datetime.now(timezone.utc) - timedelta(days=60)).isoformat()
    before = await lifecycle_state()
    impact = gql_ok(await admin(client, shop, SIMULATE, {"d": document, "s": since}))["policySimulate"]["impact"]
    assert await lifecycle_state() == before and await PolicyVersion.filter(shop_id=shop.id).count() == 0
    assert (impact["orders"], impact["lines"], impact["returnableBefore"], impact["returnableAfter"]) == (2, 2, 2, 1)
    assert impact["becameNotReturnable"] == 1 and impact["becameReturnable"] == 0 and impact["ordersChanged"] == 1
    assert Decimal(impact["refundAfter"]["amount"]) < Decimal(impact["refundBefore"]["amount"])
    assert impact["refundBefore"]["currencyCode"] == "USD" and impact["truncated"] is False
    [sample] = impact["samples"]
    assert sample["name"] == "#1002"
    assert sample["lines"][0]["before"]["allowed"] is True
    assert [r["code"] for r in sample["lines"][0]["after"]["reasons"]] == ["RETURN_PERIOD_ENDED"]
    recent = (datetime.now(timezone.utc) - timedelta(days=8)).isoformat()
    assert gql_ok(await admin(client, shop, SIMULATE, {"d": document, "s": recent}))["policySimulate"]["impact"]["orders"] == 1
    document["currency"] = "EUR"
    refused = gql_ok(await admin(client, shop, SIMULATE, {"d": document, "s": since}))["policySimulate"]
    assert refused["impact"] is None and refused["userErrors"][0]["field"] == ["document", "currency"]


async def test_policy_simulate_compares_at_most_the_newest_orders_and_says_so(client, db, monkeypatch):
    from plugin.actions import simulate

    monkeypatch.setattr(simulate, "MAX_ORDERS", 1)  # 10,000 in production; the bound is what is tested
    shop = await make_shop(currency="USD")
    await delivered_order(shop, name="#1001", days_ago=20)
    await delivered_order(shop, name="#1002", days_ago=3, customer="c2")
    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    since = (datetime.now(timezone.utc) - timedelta(days=60)).isoformat()
    impact = gql_ok(await admin(client, shop, SIMULATE, {"d": document, "s": since}))["policySimulate"]["impact"]
    assert impact["orders"] == 1 and impact["truncated"] is True


DIFF = """query($a: Int!, $b: Int!) { policyDiff(fromVersion: $a, toVersion: $b) {
  changes { path kind before after } userErrors { field code } } }"""


async def test_policy_diff_lists_the_changed_paths_between_two_versions(client, db):
    shop = await make_shop(currency="USD")
    await apply_preset(client, shop, "ALOTROP")
    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    old_days = document["returns"]["window"]["days"]
    document["returns"]["window"]["days"] = old_days + 5
    saved = gql_ok(await admin(client, shop, "mutation($d: JSON!) { policyUpdate(document: $d) { userErrors { field } } }", {"d": document}))
    assert saved["policyUpdate"]["userErrors"] == []
    diff = gql_ok(await admin(client, shop, DIFF, {"a": 1, "b": 2}))["policyDiff"]
    assert diff["changes"] == [{"path": ["returns", "window", "days"], "kind": "CHANGED", "before": old_days, "after": old_days + 5}]
    assert gql_ok(await admin(client, shop, DIFF, {"a": 2, "b": 2}))["policyDiff"]["changes"] == []
    missing = gql_ok(await admin(client, shop, DIFF, {"a": 1, "b": 9}))["policyDiff"]
    assert missing["userErrors"] == [{"field": ["toVersion"], "code": "NOT_FOUND"}]
    other = await make_shop("other.myshopify.com", currency="USD")
    assert gql_ok(await admin(client, other, DIFF, {"a": 1, "b": 2}))["policyDiff"]["userErrors"][0]["code"] == "NOT_FOUND"


async def test_refund_form_figures_the_suggested_refund_and_what_the_order_has_left(client, db):
    shop = await make_shop(currency="USD")
    await add_return_address(client, shop)  # approving needs one
    order, line = await delivered_order(shop, name="#1001", quantity=2, price="40.00", shipping="5.00")
    rid, _ = await return_in(client, shop, line, "INSPECTED", quantity=2, accepted=1)
    query = """query($id: ID!, $o: ID!) { return(id: $id) { suggestedRefund { amount currencyCode } }
      order(id: $o) { totalPaid { amount } refundable { amount } } }"""
    variables = {"id": rid, "o": f"gid://recourse/Order/{order.id}"}
    before = gql_ok(await admin(client, shop, query, variables))
    suggested = Decimal(before["return"]["suggestedRefund"]["amount"])
    assert Decimal(0) < suggested <= Decimal("40.00") and before["order"]["refundable"] == before["order"]["totalPaid"]
    refund = await staff(client, shop, REFUND, {"i": {"returnId": rid}})
    assert Decimal(refund["refund"]["amount"]["amount"]) == suggested  # the form's default is what refundCreate does
    after = gql_ok(await admin(client, shop, query, variables))
    assert after["return"]["suggestedRefund"]["amount"] == "0.00"
    assert Decimal(after["order"]["refundable"]["amount"]) == Decimal(before["order"]["totalPaid"]["amount"]) - suggested

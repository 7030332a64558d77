"""Keep-the-item rules over HTTP: a LOW-risk request for a cheap item is refunded at once without a
return (no label, no instructions, the customer told in the answer and the refund email); a
HIGH-risk one, an expensive one and one for another reason go through the normal flow. The rules are
versioned settings, rendered on the page, linted, counted by policySimulate and by the analytics."""

from datetime import date, timedelta

from models.outbox import OutboxMessage
from models.refund import Refund
from models.returns import Return
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import EMAIL, change_policy, delivered_order, request_input, staff

APPLY = "mutation($p: PolicyPreset!) { policyApplyPreset(preset: $p) { userErrors { code } } }"
BLOCK = "mutation($k: BlocklistKind!, $v: String!) { blocklistAdd(kind: $k, value: $v) { userErrors { code } } }"
REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id status keptItem nextStep } decision { allowed } userErrors { code message } } }"""
ADMIN_RETURN = """query($id: ID!) { return(id: $id) { status keptItem shipBy refunds { amount { amount } status }
  timeline { action actor } } }"""
POLICY = "{ policy { version published { markdown } lintWarnings { code } } }"
SIMULATE = """query($d: JSON!, $s: DateTime!) { policySimulate(document: $d, since: $s) {
  impact { keptBefore keptAfter } userErrors { code } } }"""
ANALYTICS = """query($f: Date!, $t: Date!) { returnAnalytics(from: $f, to: $t, groupBy: REASON) {
  current { counts { itemsReturned itemsKept } } policyVersions { version kept } } }"""


def keep_cheap(document):
    document["keep_item"] = {"enabled": True, "max_item_value": "15.00", "stated": True}


async def test_a_low_risk_cheap_item_is_refunded_without_a_return(client, db):
    shop = await make_shop()
    gql_ok(await admin(client, shop, APPLY, {"p": "ALLEGRA_K"}))
    await change_policy(client, shop, keep_cheap)
    await OutboxMessage.all().delete()
    _, line = await delivered_order(shop, price="9.99")

    answer = gql_ok(await storefront(client, shop, REQUEST, {"i": request_input(line)}))["returnRequest"]
    assert answer["userErrors"] == [] and answer["decision"]["allowed"]
    ret = answer["return"]
    # Told at once: the request's own answer says to keep the item.
    assert ret["keptItem"] is True and ret["status"] == "CLOSED"
    assert ret["nextStep"].startswith("Keep the items")

    staff_view = gql_ok(await admin(client, shop, ADMIN_RETURN, {"id": ret["id"]}))["return"]
    assert staff_view["keptItem"] and staff_view["shipBy"] is None
    assert [r["amount"]["amount"] for r in staff_view["refunds"]] == ["9.99"]
    actions = [(e["action"], e["actor"]) for e in staff_view["timeline"]]
    assert ("return.approved", "policy") in actions and ("return.closed", "policy") in actions
    # No label, no instructions: the customer's one email is the refund's.
    emails = await OutboxMessage.filter(kind="EMAIL").values_list("topic", flat=True)
    assert "refund_issued" in emails and "return_instructions" not in emails and "return_requested" not in emails
    row = await Return.get(id=int(ret["id"].rsplit("/", 1)[1]))
    assert row.label_file is None and row.kept_item

    # Analytics count it apart.
    today = date.today()
    figures = gql_ok(await admin(client, shop, ANALYTICS, {"f": (today - timedelta(days=2)).isoformat(),
                                                           "t": (today + timedelta(days=1)).isoformat()}))["returnAnalytics"]
    assert figures["current"]["counts"]["itemsKept"] == 1 == figures["current"]["counts"]["itemsReturned"]
    assert [v["kept"] for v in figures["policyVersions"]] == [1]


async def test_high_risk_expensive_or_other_reasons_go_through_the_normal_flow(client, db):
    shop = await make_shop()
    gql_ok(await admin(client, shop, APPLY, {"p": "ALLEGRA_K"}))
    await change_policy(client, shop, keep_cheap)

    # Expensive: requested as usual, waiting for staff.
    _, line = await delivered_order(shop, name="#1001", price="40.00")
    expensive = gql_ok(await storefront(client, shop, REQUEST, {"i": request_input(line)}))["returnRequest"]["return"]
    assert expensive["keptItem"] is False and expensive["status"] == "REQUESTED"

    # HIGH risk (a blocklisted email): held for review, not kept, nothing refunded.
    assert (await staff(client, shop, BLOCK, {"k": "EMAIL", "v": "risky@example.com"}))["userErrors"] == []
    _, line = await delivered_order(shop, name="#1002", price="9.99", email="risky@example.com", customer="c2")
    risky = gql_ok(await storefront(client, shop, REQUEST, {"i": request_input(line, order_name="#1002", email="risky@example.com")}))
    risky = risky["returnRequest"]
    assert risky["return"]["status"] == "REQUESTED" and risky["return"]["keptItem"] is False
    held = gql_ok(await admin(client, shop, ADMIN_RETURN, {"id": risky["return"]["id"]}))["return"]
    assert held["status"] == "ON_HOLD" and held["refunds"] == []
    assert await Refund.filter(return_request_id=int(risky["return"]["id"].rsplit("/", 1)[1])).count() == 0

    # A reason chosen by the merchant keeps an item whatever its value.
    await change_policy(client, shop, lambda d: d["keep_item"].update({"max_item_value": None, "reasons": ["DAMAGED"]}))
    _, line = await delivered_order(shop, name="#1003", price="40.00", customer="c3", email="kim@example.com")
    damaged = gql_ok(await storefront(client, shop, REQUEST, {"i": request_input(line, order_name="#1003", email="kim@example.com",
                                                                                 reason="DAMAGED")}))["returnRequest"]
    assert damaged["userErrors"] == [] and damaged["return"]["keptItem"] is True


async def test_the_rules_are_versioned_rendered_linted_and_simulated(client, db):
    shop = await make_shop()
    gql_ok(await admin(client, shop, APPLY, {"p": "ALLEGRA_K"}))
    await delivered_order(shop, price="9.99")
    before = gql_ok(await admin(client, shop, POLICY))["policy"]
    assert "Keeping the item" not in before["published"]["markdown"]

    document = gql_ok(await admin(client, shop, "{ policy { document } }"))["policy"]["document"]
    keep_cheap(document)
    impact = gql_ok(await admin(client, shop, SIMULATE, {"d": document, "s": "2020-01-01T00:00:00Z"}))["policySimulate"]
    assert impact["userErrors"] == [] and impact["impact"] == {"keptBefore": 0, "keptAfter": 1}

    await change_policy(client, shop, keep_cheap)
    after = gql_ok(await admin(client, shop, POLICY))["policy"]
    assert after["version"] == before["version"] + 1
    assert "Keeping the item" in after["published"]["markdown"] and "$15.00 or less" in after["published"]["markdown"]

    await change_policy(client, shop, lambda d: d["keep_item"].update({"max_item_value": None, "reasons": []}))
    codes = [w["code"] for w in gql_ok(await admin(client, shop, POLICY))["policy"]["lintWarnings"]]
    assert "KEEP_ITEM_MATCHES_NOTHING" in codes

"""The reasons library over HTTP: staff add, reword, reorder and retire reasons in the admin API; the
storefront offers them in the customer's language with the ones that fit the item suggested; a
return carries the reason chosen, rolled up to its core code."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.audit import AuditEvent
from models.outbox import OutboxMessage
from models.returns import ReturnLine
from plugin.platform.operations import decode
from plugin.policy.reason_library import CORE
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import DECLINE, EMAIL, apply_preset, delivered_order, request_input

LIBRARY = """{ returnReasons { handle code label core labels { en es de } shopifyHandle askPhoto askNote merchantAtFault
  productTypes retired fit } }"""
CREATE = """mutation($i: ReturnReasonInput!) { returnReasonCreate(input: $i) {
  reason { handle code label labels { en es de } shopifyHandle askNote fit productTypes } userErrors { field code message } } }"""
UPDATE = """mutation($i: ReturnReasonInput!) { returnReasonUpdate(input: $i) {
  reason { handle label merchantAtFault askPhoto } userErrors { field code message } } }"""
REORDER = """mutation($h: [String!]!) { returnReasonsReorder(handles: $h) { reasons { handle } userErrors { field code message } } }"""
RETIRE = """mutation($h: String!, $r: Boolean) { returnReasonRetire(handle: $h, retired: $r) {
  reason { handle retired } userErrors { field code message } } }"""
OFFERED = """query($t: String) { returnReasons(productType: $t) { handle code label askNote askPhoto fit suggested } }"""
ORDER_LINES = """query($n: String, $e: String) { order(name: $n, email: $e) { lines { suggestedReturnReasons } } }"""
REQUEST = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id lines { reason reasonHandle reasonLabel } } decision { merchantAtFault } userErrors { field code message } } }"""
RETURN = """query($id: ID!, $e: String) { return(id: $id, email: $e) { lines { reason reasonHandle reasonLabel } } }"""

TIGHT = {"handle": "too-tight-shoulders", "code": "SIZE_TOO_SMALL", "shopifyHandle": "too-tight", "askNote": True,
         "productTypes": ["Shirts", " shirts "],
         "labels": {"en": "Too tight in the shoulders", "es": "Demasiado ajustado de hombros", "de": "Zu eng an den Schultern"}}


@pytest.fixture
async def shop(client, db):
    shop = await make_shop()
    await apply_preset(client, shop)
    return shop


async def _ok(response) -> dict:
    payload = next(iter(gql_ok(response).values()))
    assert payload["userErrors"] == [], payload["userErrors"]
    return payload


async def test_a_shop_that_changed_nothing_offers_the_twelve_core_reasons(client, shop):
    library = gql_ok(await admin(client, shop, LIBRARY))["returnReasons"]
    assert [r["handle"] for r in library] == list(CORE) and all(r["core"] and not r["retired"] for r in library)
    small = library[list(CORE).index("SIZE_TOO_SMALL")]
    assert small["shopifyHandle"] == "too-small" and small["fit"] == "TOO_SMALL" and small["label"] == "Too small"
    spanish = gql_ok(await storefront(client, shop, OFFERED, {"t": "Shirts"}, headers={"Accept-Language": "es"}))["returnReasons"]
    by_handle = {r["handle"]: r for r in spanish}
    assert by_handle["SIZE_TOO_LARGE"]["label"] == "Demasiado grande"
    assert {h for h, r in by_handle.items() if r["suggested"]} == {"SIZE_TOO_SMALL", "SIZE_TOO_LARGE"}
    electronics = gql_ok(await storefront(client, shop, OFFERED, {"t": "Electronics"}))["returnReasons"]
    assert [r["handle"] for r in electronics if r["suggested"]] == ["DEFECTIVE"]


async def test_a_reason_staff_add_is_offered_in_the_customers_language_and_suggested_for_its_product_types(client, shop):
    created = (await _ok(await admin(client, shop, CREATE, {"i": TIGHT})))["reason"]
    assert created == {"handle": "too-tight-shoulders", "code": "SIZE_TOO_SMALL", "label": "Too tight in the shoulders",
                       "labels": TIGHT["labels"], "shopifyHandle": "too-tight", "askNote": True, "fit": "TOO_SMALL",
                       "productTypes": ["shirts"]}
    library = gql_ok(await admin(client, shop, LIBRARY))["returnReasons"]
    assert [r["handle"] for r in library] == [*CORE, "too-tight-shoulders"]  # offered last until reordered
    german = gql_ok(await storefront(client, shop, OFFERED, {"t": "SHIRTS"}, headers={"Accept-Language": "de-DE,de;q=0.9"}))
    mine = next(r for r in german["returnReasons"] if r["handle"] == "too-tight-shoulders")
    assert mine == {"handle": "too-tight-shoulders", "code": "SIZE_TOO_SMALL", "label": "Zu eng an den Schultern",
                    "askNote": True, "askPhoto": False, "fit": "TOO_SMALL", "suggested": True}
    french = gql_ok(await storefront(client, shop, OFFERED, {"t": "Dresses"}, headers={"Accept-Language": "fr"}))
    mine = next(r for r in french["returnReasons"] if r["handle"] == "too-tight-shoulders")
    assert mine["label"] == "Too tight in the shoulders" and mine["suggested"] is False  # English; not its product type
    _, line = await delivered_order(shop)  # a "Shirts" product
    lines = gql_ok(await storefront(client, shop, ORDER_LINES, {"n": "#1001", "e": EMAIL}))["order"]["lines"]
    assert lines[0]["suggestedReturnReasons"] == ["SIZE_TOO_SMALL", "SIZE_TOO_LARGE", "too-tight-shoulders"]
    assert await AuditEvent.filter(shop_id=shop.id, action="return_reason.added").count() == 1


@pytest.mark.parametrize("change, field, code", [
    ({"labels": {"es": "solo"}}, ["input", "labels", "en"], "BLANK"),
    ({"labels": {"en": "x" * 81}}, ["input", "labels", "en"], "TOO_LONG"),
    ({"labels": {"en": "   "}}, ["input", "labels", "en"], "BLANK"),
    ({"code": None}, ["input", "code"], "BLANK"),
    ({"shopifyHandle": "made-up-handle"}, ["input", "shopifyHandle"], "INVALID"),
    ({"handle": "Not A Handle"}, ["input", "handle"], "INVALID"),
    ({"handle": "SIZE_TOO_SMALL"}, ["input", "handle"], "INVALID"),
    ({"productTypes": [""]}, ["input", "productTypes", "0"], "INVALID"),
])
async def test_a_reason_staff_get_wrong_is_refused_and_nothing_is_stored(client, shop, change, field, code):
    payload = next(iter(gql_ok(await admin(client, shop, CREATE, {"i": {**TIGHT, **change}})).values()))
    assert payload["reason"] is None and [(e["field"], e["code"]) for e in payload["userErrors"]] == [(field, code)]
    library = gql_ok(await admin(client, shop, LIBRARY))["returnReasons"]
    assert [r["handle"] for r in library] == list(CORE)


async def test_reorder_retire_and_reword_change_what_customers_see(client, shop):
    await _ok(await admin(client, shop, CREATE, {"i": TIGHT}))
    taken = next(iter(gql_ok(await admin(client, shop, CREATE, {"i": TIGHT})).values()))
    assert [(e["field"], e["code"]) for e in taken["userErrors"]] == [(["input", "handle"], "CONFLICT")]
    order = ["too-tight-shoulders", *reversed(CORE)]
    assert [r["handle"] for r in (await _ok(await admin(client, shop, REORDER, {"h": order})))["reasons"]] == order
    partial = next(iter(gql_ok(await admin(client, shop, REORDER, {"h": order[:-1]})).values()))
    assert [(e["field"], e["code"]) for e in partial["userErrors"]] == [(["handles"], "INVALID")]
    assert (await _ok(await admin(client, shop, RETIRE, {"h": "COLOR"})))["reason"] == {"handle": "COLOR", "retired": True}
    reworded = await _ok(await admin(client, shop, UPDATE, {"i": {"handle": "OTHER", "labels": {"en": "Something else"}}}))
    assert reworded["reason"]["label"] == "Something else"
    core_code = next(iter(gql_ok(await admin(client, shop, UPDATE, {"i": {"handle": "OTHER", "code": "COLOR"}})).values()))
    assert [(e["field"], e["code"]) for e in core_code["userErrors"]] == [(["input", "code"], "INVALID")]
    offered = gql_ok(await storefront(client, shop, OFFERED))["returnReasons"]
    assert [r["handle"] for r in offered] == [h for h in order if h != "COLOR"]
    assert next(r["label"] for r in offered if r["handle"] == "OTHER") == "Something else"
    missing = next(iter(gql_ok(await admin(client, shop, RETIRE, {"h": "no-such"})).values()))
    assert [(e["field"], e["code"]) for e in missing["userErrors"]] == [(["handle"], "NOT_FOUND")]
    for handle in order[:-1]:
        if handle != "COLOR":
            await _ok(await admin(client, shop, RETIRE, {"h": handle}))
    last = next(iter(gql_ok(await admin(client, shop, RETIRE, {"h": order[-1]})).values()))
    assert [(e["field"], e["code"]) for e in last["userErrors"]] == [(["handle"], "INVALID")]  # one must stay
    assert [r["handle"] for r in gql_ok(await storefront(client, shop, OFFERED))["returnReasons"]] == [order[-1]]
    assert (await _ok(await admin(client, shop, RETIRE, {"h": "COLOR", "r": False})))["reason"]["retired"] is False


async def test_a_return_carries_the_reason_chosen_rolled_up_and_keeps_it_once_retired(client, shop):
    await _ok(await admin(client, shop, CREATE, {"i": TIGHT}))
    _, line = await delivered_order(shop)
    chosen = request_input(line, reason=None)
    chosen["lines"][0]["reasonHandle"] = "too-tight-shoulders"
    refused = (await storefront(client, shop, REQUEST, {"i": chosen})).json()["data"]["returnRequest"]
    assert refused["return"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [(["input", "lines", "0", "note"], "BLANK")]
    chosen["lines"][0]["note"] = "Tight across the back"
    mismatch = {**chosen, "lines": [{**chosen["lines"][0], "reason": "SIZE_TOO_LARGE"}]}
    wrong = (await storefront(client, shop, REQUEST, {"i": mismatch})).json()["data"]["returnRequest"]
    assert [(e["field"], e["code"]) for e in wrong["userErrors"]] == [(["input", "lines", "0", "reason"], "INVALID")]
    made = await _ok(await storefront(client, shop, REQUEST, {"i": chosen}, headers={"Accept-Language": "es"}))
    assert made["return"]["lines"] == [{"reason": "SIZE_TOO_SMALL", "reasonHandle": "too-tight-shoulders",
                                        "reasonLabel": "Demasiado ajustado de hombros"}]
    stored = await ReturnLine.get(shop_id=shop.id)
    assert (str(stored.reason), stored.reason_handle) == ("SIZE_TOO_SMALL", "too-tight-shoulders")
    await _ok(await admin(client, shop, RETIRE, {"h": "too-tight-shoulders"}))
    kept = gql_ok(await storefront(client, shop, RETURN, {"id": made["return"]["id"], "e": EMAIL}))["return"]
    assert kept["lines"][0]["reasonHandle"] == "too-tight-shoulders"
    assert kept["lines"][0]["reasonLabel"] == "Too tight in the shoulders"
    _, second = await delivered_order(shop, name="#1002")
    again = request_input(second, reason=None, order_name="#1002")
    again["lines"][0].update(reasonHandle="too-tight-shoulders", note="Tight")
    gone = (await storefront(client, shop, REQUEST, {"i": again})).json()["data"]["returnRequest"]
    assert [(e["field"], e["code"]) for e in gone["userErrors"]] == [(["input", "lines", "0", "reasonHandle"], "INVALID")]


async def test_a_reason_that_puts_the_merchant_at_fault_decides_as_the_policy_would_for_a_fault(client, shop):
    fault = {"handle": "arrived-scratched", "code": "DEFECTIVE", "merchantAtFault": False,
             "labels": {"en": "Arrived scratched"}}
    await _ok(await admin(client, shop, CREATE, {"i": fault}))
    await _ok(await admin(client, shop, CREATE, {"i": {"handle": "gift-not-liked", "code": "UNWANTED", "merchantAtFault": True,
                                                       "labels": {"en": "Gift not liked"}}}))
    answers = {}
    for number, handle in ((1001, "arrived-scratched"), (1002, "gift-not-liked"), (1003, "DEFECTIVE")):
        _, line = await delivered_order(shop, name=f"#{number}")
        chosen = request_input(line, reason=None, order_name=f"#{number}")
        chosen["lines"][0]["reasonHandle"] = handle
        answers[handle] = (await _ok(await storefront(client, shop, REQUEST, {"i": chosen})))["decision"]["merchantAtFault"]
    assert answers == {"arrived-scratched": False, "gift-not-liked": True, "DEFECTIVE": True}
    cleared = await _ok(await admin(client, shop, UPDATE, {"i": {"handle": "gift-not-liked", "merchantAtFault": None}}))
    assert cleared["reason"]["merchantAtFault"] is None


async def test_the_storefront_offers_no_reason_from_another_shop(client, shop):
    await _ok(await admin(client, shop, CREATE, {"i": TIGHT}))
    other = await make_shop("other.myshopify.com")
    handles = [r["handle"] for r in gql_ok(await storefront(client, other, OFFERED))["returnReasons"]]
    assert handles == list(CORE)
    assert [r["handle"] for r in gql_ok(await admin(client, other, LIBRARY))["returnReasons"]] == list(CORE)


async def test_a_declined_return_keeps_its_reason(client, shop):
    """Declining is a staff step on the return: the reason chosen stays what the customer said."""
    await _ok(await admin(client, shop, CREATE, {"i": {**TIGHT, "askNote": False}}))
    _, line = await delivered_order(shop)
    chosen = request_input(line, reason=None)
    chosen["lines"][0]["reasonHandle"] = "too-tight-shoulders"
    made = await _ok(await storefront(client, shop, REQUEST, {"i": chosen}))
    gql_ok(await admin(client, shop, DECLINE, {"id": made["return"]["id"], "r": "OTHER", "n": "Worn"}))
    assert (await ReturnLine.get(shop_id=shop.id)).reason_handle == "too-tight-shoulders"


async def test_the_platforms_return_is_asked_for_with_the_standard_reason_the_chosen_one_maps_to(client, shop):
    shop.platform = "shopify"
    await shop.save(update_fields=["platform"])
    await _ok(await admin(client, shop, CREATE, {"i": {**TIGHT, "askNote": False}}))
    for number, handle in ((1001, "too-tight-shoulders"), (1002, "SIZE_TOO_LARGE")):
        _, line = await delivered_order(shop, name=f"#{number}")
        chosen = request_input(line, reason=None, order_name=f"#{number}")
        chosen["lines"][0]["reasonHandle"] = handle
        await _ok(await storefront(client, shop, REQUEST, {"i": chosen}))
    opened = [decode("return.open", row.payload) for row in await OutboxMessage.filter(topic="return.open").order_by("id")]
    assert [(l.reason, l.reason_handle) for o in opened for l in o.lines] == [
        ("SIZE_TOO_SMALL", "too-tight"), ("SIZE_TOO_LARGE", "too-big")]


ANALYTICS = """query($from: Date!, $to: Date!, $by: ReturnAnalyticsDimension!) { returnAnalytics(from: $from, to: $to, groupBy: $by) {
  groups { key label current { itemsReturned returns } returnsQuery } } }"""
LIST = "query($q: String) { returns(first: 250, query: $q) { nodes { id } } }"


async def test_analytics_count_a_merchants_reason_apart_and_rolled_up_into_its_core_reason(client, shop):
    await _ok(await admin(client, shop, CREATE, {"i": {**TIGHT, "askNote": False}}))
    made = {}
    for number, handle, units in ((1001, "too-tight-shoulders", 2), (1002, "SIZE_TOO_SMALL", 1), (1003, "UNWANTED", 1)):
        _, line = await delivered_order(shop, name=f"#{number}")
        chosen = request_input(line, reason=None, order_name=f"#{number}", quantity=units)
        chosen["lines"][0]["reasonHandle"] = handle
        made[handle] = (await _ok(await storefront(client, shop, REQUEST, {"i": chosen})))["return"]["id"]
    today = datetime.now(ZoneInfo(shop.timezone)).date()
    period = {"from": (today - timedelta(days=29)).isoformat(), "to": today.isoformat()}

    async def groups(by: str) -> dict:
        data = gql_ok(await admin(client, shop, ANALYTICS, {**period, "by": by}))["returnAnalytics"]
        return {g["key"]: g for g in data["groups"]}

    rolled = await groups("REASON")
    assert {k: g["current"]["itemsReturned"] for k, g in rolled.items()} == {"SIZE_TOO_SMALL": 3, "UNWANTED": 1}
    chosen = await groups("CHOSEN_REASON")
    assert {k: (g["label"], g["current"]["itemsReturned"]) for k, g in chosen.items()} == {
        "too-tight-shoulders": ("Too tight in the shoulders", 2), "SIZE_TOO_SMALL": ("Too small", 1), "UNWANTED": ("No longer wanted", 1)}
    for handle, group in chosen.items():  # each row links to exactly its returns
        listed = gql_ok(await admin(client, shop, LIST, {"q": group["returnsQuery"]}))["returns"]["nodes"]
        assert [node["id"] for node in listed] == [made[handle]]
    listed = gql_ok(await admin(client, shop, LIST, {"q": rolled["SIZE_TOO_SMALL"]["returnsQuery"]}))["returns"]["nodes"]
    assert sorted(node["id"] for node in listed) == sorted([made["too-tight-shoulders"], made["SIZE_TOO_SMALL"]])

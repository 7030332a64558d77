"""Sets as the shop marks them (a policy setting for the property names) and customers without an
email finding their order by name and phone. Signed webhooks and GraphQL over HTTP."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.helpers import admin, fixture, gql_ok, make_shop, send_webhook, storefront

UPDATE = """mutation($d: JSON!) { policyUpdate(document: $d) { userErrors { field code message } } }"""
POLICY = "{ policy { document } }"
LINES = """query($e: String) { order(name: "#1001", email: $e) {
  name lines { id sku setId } returnableLines { lineId allowed wholeSetOnly } } }"""
QUOTE = """mutation($i: ReturnRequestInput!) { returnQuote(input: $i) {
  quote { allowed reasons { code } lines { allowed reasons { code } } } userErrors { code } } }"""


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def kit_order() -> dict:
    """#1001 with its shirt and socks sold as one kit (marked `Kit-ID`), delivered two days ago."""
    now = datetime.now(timezone.utc)
    order = fixture("orders_create.json")
    order["created_at"] = order["processed_at"] = order["updated_at"] = stamp(now - timedelta(days=6))
    for item in order["line_items"][:2]:
        item["properties"] = [{"name": "Kit-ID", "value": "kit-9"}, {"name": "_gift_note", "value": None}]
    fulfillment = fixture("fulfillments_update.json")
    fulfillment["created_at"], fulfillment["updated_at"] = stamp(now - timedelta(days=5)), stamp(now - timedelta(days=2))
    order["fulfillments"] = [fulfillment]
    return order


async def test_a_set_marked_with_a_configured_property_returns_only_whole(client, db):
    shop = await make_shop()
    assert (await send_webhook(client, shop, "orders/create", kit_order(), event_id="o1")).status_code == 200
    guest = {"e": "jon@example.com"}
    before = gql_ok(await storefront(client, shop, LINES, guest))["order"]
    # The default names (_set_id, _bundle_id) do not see the kit; the silk top keeps its _set_id.
    assert [l["setId"] for l in before["lines"]] == [None, None, "set-77"]

    document = gql_ok(await admin(client, shop, POLICY))["policy"]["document"]
    document["sets"] = {"return_whole_only": True, "property_names": ["Kit-ID", "_set_id"]}
    assert gql_ok(await admin(client, shop, UPDATE, {"d": document}))["policyUpdate"]["userErrors"] == []

    # Saved names apply to orders already mirrored too.
    after = gql_ok(await storefront(client, shop, LINES, guest))["order"]
    assert [l["setId"] for l in after["lines"]] == ["kit-9", "kit-9", "set-77"]
    assert [l["wholeSetOnly"] for l in after["returnableLines"]] == [True, True, True]
    shirt, socks = after["lines"][0]["id"], after["lines"][1]["id"]

    def ask(*lines):
        return {"i": {"orderName": "#1001", "email": "jon@example.com",
                      "lines": [{"lineId": l, "quantity": q, "reason": "UNWANTED"} for l, q in lines]}}

    half = gql_ok(await storefront(client, shop, QUOTE, ask((shirt, 1))))["returnQuote"]["quote"]
    assert half["allowed"] is False
    assert "SET_MUST_RETURN_WHOLE" in {r["code"] for line in half["lines"] for r in line["reasons"]}
    whole = gql_ok(await storefront(client, shop, QUOTE, ask((shirt, 1), (socks, 2))))["returnQuote"]["quote"]
    assert whole["allowed"] is True, whole


async def test_set_property_names_are_validated(client, db):
    shop = await make_shop()
    document = gql_ok(await admin(client, shop, POLICY))["policy"]["document"]
    assert document["sets"]["property_names"] == ["_set_id", "_bundle_id"]
    document["sets"]["property_names"] = [" "]
    errors = gql_ok(await admin(client, shop, UPDATE, {"d": document}))["policyUpdate"]["userErrors"]
    assert [e["field"] for e in errors] == [["document", "sets", "property_names"]]


PHONE_LOOKUP = """query($n: String, $p: String) { order(name: $n, phone: $p) { name email } }"""


async def test_a_phone_only_guest_finds_their_order_by_name_and_phone(client, db):
    shop = await make_shop()
    order = fixture("orders_create.json")
    # Placed with a phone number only, as Shopify sends it: email and contact_email empty.
    order.update(email="", contact_email=None, phone="+16135550142", customer=None)
    order["shipping_address"]["phone"] = "613-555-0142"
    assert (await send_webhook(client, shop, "orders/create", order, event_id="o1")).status_code == 200

    for written in ("+16135550142", "+1 (613) 555-0142", "613 555 0142"):
        found = gql_ok(await storefront(client, shop, PHONE_LOOKUP, {"n": "#1001", "p": written}))["order"]
        assert found == {"name": "#1001", "email": None}, written
    for wrong in ({"n": "#1001", "p": "+16135550143"}, {"n": "#1002", "p": "+16135550142"}, {"n": "#1001", "p": ""}):
        assert gql_ok(await storefront(client, shop, PHONE_LOOKUP, wrong))["order"] is None

    quote = gql_ok(await storefront(client, shop, QUOTE, {"i": {"orderName": "1001", "phone": "613-555-0142", "lines": []}}))
    assert quote["returnQuote"]["userErrors"] == [] or "ORDER_NOT_FOUND" not in {
        e["code"] for e in quote["returnQuote"]["userErrors"]}

"""Every email kind renders from the records an action stored, in each shipped language."""

import pytest

from emails.context import prepare
from emails.render import KINDS, render
from models.outbox import OutboxMessage
from models.shop import Shop
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import apply_preset, delivered_order, request_return, staff

APPLY = "mutation($p: PolicyPreset!) { policyApplyPreset(preset: $p) { userErrors { code } } }"


async def _lifecycle(client, shop):
    """Drive one return through every step and one refused and one accepted cancellation."""
    await apply_preset(client, shop, "ALOTROP")  # with a return address, which approving needs
    _, line = await delivered_order(shop)
    ret = (await request_return(client, shop, line, quantity=2))["return"]
    await staff(client, shop, "mutation($id: ID!) { returnApproveRequest(id: $id) { userErrors { code } } }", {"id": ret["id"]})
    line_id = gql_ok(await admin(client, shop, "query($id: ID!) { return(id: $id) { lines { id } } }", {"id": ret["id"]}))["return"]["lines"][0]["id"]
    await staff(client, shop, "mutation($id: ID!, $l: [ReturnLineQuantityInput!]!) { returnMarkReceived(id: $id, lines: $l) { userErrors { code } } }",
                {"id": ret["id"], "l": [{"returnLineId": line_id, "quantity": 2}]})
    await staff(client, shop, "mutation($id: ID!, $l: [ReturnLineInspectionInput!]!) { returnInspect(id: $id, lines: $l) { userErrors { code } } }",
                {"id": ret["id"], "l": [{"returnLineId": line_id, "acceptedQuantity": 1, "rejectedQuantity": 1, "condition": "WORN"}]})
    await staff(client, shop, "mutation($i: RefundCreateInput!) { refundCreate(input: $i) { userErrors { code } } }", {"i": {"returnId": ret["id"]}})
    shipped = "mutation { orderCancelRequest(orderName: \"#1001\", email: \"robin@example.com\") { cancelled } }"
    assert gql_ok(await storefront(client, shop, shipped))["orderCancelRequest"]["cancelled"] is False


@pytest.mark.parametrize("locale", ["en", "es", "de"])
async def test_each_stored_email_renders(client, db, locale):
    shop = await make_shop(locale=locale)
    await _lifecycle(client, shop)
    rows = await OutboxMessage.filter(kind="EMAIL").order_by("id")
    assert {r.topic for r in rows} >= {"return_requested", "return_instructions", "return_received", "inspection_result",
                                         "refund_issued", "cancellation_refused"}
    shop = await Shop.get(id=shop.id)
    for row in rows:
        email = await prepare(shop, row.topic, row.payload)
        rendered = render(row.topic, email.context, email.locale)
        assert email.to == "robin@example.com"
        assert "#1001" in rendered.subject or "#1001-R1" in rendered.subject
        assert rendered.html.startswith("<!doctype html>") and "<script" not in rendered.html
        assert "{{" not in rendered.text and "{%" not in rendered.text
        if row.topic == "refund_issued":
            # One unit accepted of two at 40.00: the refund the policy quoted for it, in the customer's format.
            amount = {"en": "$40.00", "es": "40,00\xa0US$", "de": "40,00\xa0$"}[locale]
            assert amount in rendered.text, rendered.text
    assert set(KINDS) >= {r.topic for r in rows}

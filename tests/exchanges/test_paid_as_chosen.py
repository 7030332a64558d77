"""A return is paid the way its customer chose, whoever pays it (issue 24): an exchange is not
suggested as a money refund of its value; a store credit return is credited (with its bonus) when
staff edit the amount and when the keep-the-item rules pay it without the item coming back; an
exchange is never kept (its item comes back, or an unreturned instant exchange is charged for); and
a credited return is offered for declining, as the API allows, since credit is not money paid out.
Through GraphQL over HTTP."""

from __future__ import annotations

import pytest

from models.outbox import OutboxMessage
from tests.exchanges.shapes import shirt_order
from tests.exchanges.test_quote_options import REQUEST, _shop, _variant_gid, request
from tests.exchanges.test_store_credit_ledger import REFUND_CREATE, _credit_return, _figures
from tests.helpers import admin, gql_ok, storefront
from tests.lifecycle.builders import APPROVE, DECLINE, RECEIVE, change_policy, staff

pytestmark = [pytest.mark.db, pytest.mark.no_rate_limits]

DESK = """query($id: ID!) { return(id: $id) { status keptItem availableSteps suggestedRefund { amount currencyCode }
  lines { id } refunds { amount { amount } } } }"""
KEPT = """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
  return { id status keptItem nextStep } decision { allowed } userErrors { code message } } }"""


def keep_cheap(document):
    document["keep_item"] = {"enabled": True, "max_item_value": "15.00", "stated": True}


async def test_an_exchange_at_the_same_price_suggests_no_refund_and_offers_no_refund_step(client):
    shop = await _shop(client)
    order, line = await shirt_order(shop)  # S for M, both 40.00
    medium = await _variant_gid(shop, "700101")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    assert made["userErrors"] == [], made
    rid = made["return"]["id"]
    assert (await staff(client, shop, APPROVE, {"id": rid}))["userErrors"] == []
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    received = [{"returnLineId": desk["lines"][0]["id"], "quantity": 1}]
    assert (await staff(client, shop, RECEIVE, {"id": rid, "l": received}))["userErrors"] == []

    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    # The item is exchanged: the desk pre-fills no refund of its 40.00 and offers no Refund step.
    assert desk["suggestedRefund"] == {"amount": "0.00", "currencyCode": "USD"}
    assert "REFUND" not in desk["availableSteps"]
    refused = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    assert refused["userErrors"][0]["code"] == "NOTHING_TO_REFUND"
    assert (await _figures(client, shop, order))["rows"] == []


async def test_an_edited_amount_on_a_store_credit_return_is_credited_with_its_bonus(client):
    shop = await _shop(client)  # 10% bonus
    order, rid = await _credit_return(client, shop)
    made = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid, "amount": "30.00"}})
    assert made["userErrors"] == [], made
    assert (made["refund"]["kind"], made["refund"]["amount"]["amount"]) == ("STORE_CREDIT", "30.00")
    assert (made["bonus"]["kind"], made["bonus"]["amount"]["amount"]) == ("BONUS", "3.00")
    figures = await _figures(client, shop, order)
    assert figures["rows"] == [("BONUS", "PENDING", "3.00"), ("STORE_CREDIT", "PENDING", "30.00")]
    assert figures["refundable"] == "15.00"  # 45.00 captured, 30.00 credited; the bonus counts against nothing
    # The rest of the return's value is still credited, its bonus within what the decision granted.
    rest = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    assert rest["userErrors"] == [] and rest["refund"]["kind"] == "STORE_CREDIT"
    assert (rest["refund"]["amount"]["amount"], rest["bonus"]["amount"]["amount"]) == ("10.00", "1.00")
    over = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid, "amount": "0.01"}})
    assert over["userErrors"][0]["code"] == "OVER_REFUND"


async def test_a_kept_item_on_a_store_credit_return_is_credited_not_paid(client):
    shop = await _shop(client)
    await change_policy(client, shop, keep_cheap)
    await OutboxMessage.all().delete()
    order, line = await shirt_order(shop, price="12.00")
    answer = gql_ok(await storefront(client, shop, KEPT, {"i": request(line, "STORE_CREDIT")}))["returnRequest"]
    assert answer["userErrors"] == [] and answer["return"]["keptItem"] is True and answer["return"]["status"] == "CLOSED"
    assert answer["return"]["nextStep"].startswith("Keep the items: we have given you store credit")
    figures = await _figures(client, shop, order)
    assert figures["rows"] == [("BONUS", "PENDING", "1.20"), ("STORE_CREDIT", "PENDING", "12.00")]
    assert figures["refundable"] == "5.00"  # 17.00 captured (12.00 + 5.00 shipping), 12.00 credited
    emails = await OutboxMessage.filter(kind="EMAIL").values_list("topic", flat=True)
    assert "refund_issued" not in emails  # no "your refund" for money never paid


async def test_an_exchange_is_not_kept_and_pays_no_money(client):
    shop = await _shop(client)
    await change_policy(client, shop, keep_cheap)
    order, line = await shirt_order(shop, price="12.00", prices={"M-Black": "12.00"})
    medium = await _variant_gid(shop, "700101")
    answer = gql_ok(await storefront(client, shop, KEPT, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    assert answer["userErrors"] == [] and answer["decision"]["allowed"]
    assert answer["return"]["keptItem"] is False and answer["return"]["status"] in ("REQUESTED", "OPEN")
    assert (await _figures(client, shop, order))["rows"] == []


async def test_the_desk_offers_to_decline_a_credited_return_and_declining_takes_the_credit_back(client):
    shop = await _shop(client)
    order, rid = await _credit_return(client, shop)
    assert (await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}}))["userErrors"] == []
    # Store credit is not money paid out: the step the API allows is offered (before, only money blocked it).
    assert "DECLINE" in gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]["availableSteps"]
    declined = await staff(client, shop, DECLINE, {"id": rid, "r": "OTHER", "n": "The parcel never came."})
    assert declined["userErrors"] == [], declined
    rows = (await _figures(client, shop, order))["rows"]
    assert ("STORE_CREDIT", "PENDING", "-40.00") in rows and ("BONUS", "PENDING", "-4.00") in rows


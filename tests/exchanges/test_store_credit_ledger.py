"""Store credit and its bonus in the refund ledger (issue 24): STORE_CREDIT and BONUS rows apart from
payments; the credit counts against what may be refunded (never both), the bonus never does; a
declined or withdrawn return takes back the unspent bonus. Every figure through GraphQL over HTTP,
and under 20 concurrent requests on SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from models.refund import Refund
from tests.exchanges.shapes import EMAIL, shirt_order
from tests.exchanges.test_quote_options import REQUEST, _shop, request
from tests.helpers import admin, gql_ok, storefront
from tests.lifecycle.builders import APPROVE, CONFIRM, DECLINE, RECEIVE, RETURN_CANCEL, staff

pytestmark = [pytest.mark.db, pytest.mark.no_rate_limits]

REFUND_CREATE = """mutation($i: RefundCreateInput!) { refundCreate(input: $i) {
  refund { id kind status amount { amount currencyCode } expiresOn }
  bonus { id kind status amount { amount } expiresOn }
  reimbursement { id }
  userErrors { field code message } } }"""

ORDER = """query($id: ID!) { order(id: $id) { captured { amount } refundable { amount }
  refunds { kind status amount { amount } reversesId } } }"""


async def _credit_return(client, shop, *, price="40.00"):
    order, line = await shirt_order(shop, price=price)
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "STORE_CREDIT")}))["returnRequest"]
    assert made["userErrors"] == [], made
    rid = made["return"]["id"]
    assert (await staff(client, shop, APPROVE, {"id": rid}))["userErrors"] == []
    return order, rid


def _order_gid(order):
    return f"gid://recourse/Order/{order.id}"


async def _figures(client, shop, order) -> dict:
    data = gql_ok(await admin(client, shop, ORDER, {"id": _order_gid(order)}))["order"]
    return {"captured": data["captured"]["amount"], "refundable": data["refundable"]["amount"],
            "rows": sorted((r["kind"], r["status"], r["amount"]["amount"]) for r in data["refunds"])}


async def test_credit_and_bonus_rows_apart_from_payments_and_never_both(client):
    shop = await _shop(client)  # 10% bonus, capped at 50, credit expires after 365 days
    order, rid = await _credit_return(client, shop)
    before = await _figures(client, shop, order)
    assert before["captured"] == "45.00" and before["refundable"] == "45.00"

    made = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    assert made["userErrors"] == []
    assert made["refund"]["kind"] == "STORE_CREDIT" and made["refund"]["amount"]["amount"] == "40.00"
    assert made["bonus"]["kind"] == "BONUS" and made["bonus"]["amount"]["amount"] == "4.00"
    expiry = (datetime.now(timezone.utc).date() + timedelta(days=365))
    assert abs(date.fromisoformat(made["refund"]["expiresOn"]) - expiry) <= timedelta(days=1)
    assert made["bonus"]["expiresOn"] == made["refund"]["expiresOn"] and made["reimbursement"] is None

    after = await _figures(client, shop, order)
    # The credit counts against what may be refunded; the bonus does not: 45 - 40 = 5 left.
    assert after["refundable"] == "5.00"
    assert after["rows"] == [("BONUS", "PENDING", "4.00"), ("STORE_CREDIT", "PENDING", "40.00")]
    # Never both: the return's value is spent (as credit), and money beyond what is left is refused.
    again = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    assert again["userErrors"][0]["code"] == "NOTHING_TO_REFUND"
    over = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid, "amount": "0.01", "reason": "GOODWILL"}})
    assert over["userErrors"][0]["code"] == "OVER_REFUND"
    too_much = await staff(client, shop, REFUND_CREATE, {"i": {"orderId": _order_gid(order), "amount": "5.01", "reason": "GOODWILL"}})
    assert too_much["userErrors"][0]["code"] == "OVER_REFUND"
    rest = await staff(client, shop, REFUND_CREATE, {"i": {"orderId": _order_gid(order), "amount": "5.00", "reason": "GOODWILL"}})
    assert rest["userErrors"] == [] and rest["refund"]["kind"] == "PAYMENT"
    assert (await _figures(client, shop, order))["refundable"] == "0.00"


async def test_a_failed_credit_stops_counting_and_the_bonus_cap_holds(client):
    def capped(document):
        document["resolutions"]["store_credit_terms"].update({"bonus_percent": "20", "bonus_flat": "5", "bonus_cap": "12"})

    from tests.lifecycle.builders import change_policy

    shop = await _shop(client)
    await change_policy(client, shop, capped)
    order, rid = await _credit_return(client, shop, price="60.00")
    made = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    # 20% of 60 + 5 = 17, capped at 12.
    assert (made["refund"]["amount"]["amount"], made["bonus"]["amount"]["amount"]) == ("60.00", "12.00")
    failed = await staff(client, shop, CONFIRM, {"id": made["refund"]["id"], "s": "FAILED"})
    assert failed["userErrors"] == []
    assert (await _figures(client, shop, order))["refundable"] == "65.00"


async def test_declined_return_takes_back_the_unspent_bonus(client):
    shop = await _shop(client)
    order, rid = await _credit_return(client, shop)
    made = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})  # instant credit, before the item arrives
    declined = await staff(client, shop, DECLINE, {"id": rid, "r": "OTHER", "n": "The parcel never came."})
    assert declined["userErrors"] == [], declined
    figures = await _figures(client, shop, order)
    assert figures["rows"] == [("BONUS", "PENDING", "-4.00"), ("BONUS", "PENDING", "4.00"),
                               ("STORE_CREDIT", "PENDING", "-40.00"), ("STORE_CREDIT", "PENDING", "40.00")]
    # Until the platform takes it back, the credit may still be spent: nothing is freed.
    assert figures["refundable"] == "5.00"
    reversals = {r.kind: r for r in await Refund.filter(shop_id=shop.id, amount__lt=0)}
    assert reversals["BONUS"].reverses_id == int(made["bonus"]["id"].rsplit("/", 1)[1])
    # The bonus was spent: its debit fails and it stands. The credit was not: taken back, freed.
    assert (await staff(client, shop, CONFIRM, {"id": f"gid://recourse/Refund/{reversals['BONUS'].id}", "s": "FAILED"}))["userErrors"] == []
    assert (await staff(client, shop, CONFIRM, {"id": f"gid://recourse/Refund/{reversals['STORE_CREDIT'].id}", "s": "SUCCEEDED"}))["userErrors"] == []
    assert (await _figures(client, shop, order))["refundable"] == "45.00"
    # A return that already paid money cannot be declined, as before.


async def test_a_withdrawn_credited_return_reverses_too_and_once(client):
    shop = await _shop(client)
    order, rid = await _credit_return(client, shop)
    await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    withdrawn = gql_ok(await storefront(client, shop, RETURN_CANCEL, {"id": rid, "e": EMAIL}))["returnCancel"]
    assert withdrawn["userErrors"] == []
    assert await Refund.filter(shop_id=shop.id, amount__lt=0).count() == 2


async def test_money_paid_still_blocks_a_decline(client):
    shop = await _shop(client)
    order, line = await shirt_order(shop)
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "REFUND")}))["returnRequest"]
    rid = made["return"]["id"]
    await staff(client, shop, APPROVE, {"id": rid})
    await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    refused = await staff(client, shop, DECLINE, {"id": rid, "r": "OTHER", "n": "no"})
    assert refused["userErrors"][0]["code"] == "INVALID_STATE"


async def test_twenty_concurrent_refunds_credit_once_and_never_exceed_what_was_captured(client):
    shop = await _shop(client)
    order, rid = await _credit_return(client, shop)
    line = await (await order.returns.all())[0].lines.all()
    await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": f"gid://recourse/ReturnLine/{line[0].id}", "quantity": 1}]})
    calls = [admin(client, shop, REFUND_CREATE, {"i": {"returnId": rid}}) for _ in range(10)]
    calls += [admin(client, shop, REFUND_CREATE, {"i": {"orderId": _order_gid(order), "amount": "4.00", "reason": "GOODWILL"}})
              for _ in range(10)]
    responses = await asyncio.gather(*calls)
    bodies = [gql_ok(r)["refundCreate"] for r in responses]
    for body in bodies:
        assert body["userErrors"] == [] or body["userErrors"][0]["code"] in ("CONFLICT", "OVER_REFUND", "NOTHING_TO_REFUND"), body
    rows = await Refund.filter(shop_id=shop.id, status__in=("PENDING", "SUCCEEDED"))
    by_kind: dict[str, Decimal] = {}
    for row in rows:
        by_kind[row.kind] = by_kind.get(row.kind, Decimal(0)) + row.amount
    assert by_kind.get("STORE_CREDIT", Decimal(0)) in (Decimal(0), Decimal(40))
    assert by_kind.get("BONUS", Decimal(0)) == (Decimal(4) if by_kind.get("STORE_CREDIT") else Decimal(0))
    # Money and credit together never exceed the 45.00 captured; the bonus is on top.
    assert by_kind.get("PAYMENT", Decimal(0)) + by_kind.get("STORE_CREDIT", Decimal(0)) <= Decimal(45)
    assert await Refund.filter(shop_id=shop.id, kind="STORE_CREDIT").count() <= 1
    figures = await _figures(client, shop, order)
    assert Decimal(figures["refundable"]) == Decimal(45) - by_kind.get("PAYMENT", Decimal(0)) - by_kind.get("STORE_CREDIT", Decimal(0))


async def test_an_exchange_is_not_refunded_but_the_rest_of_a_cheaper_one_is(client):
    from tests.exchanges.test_quote_options import _variant_gid

    shop = await _shop(client)  # lower_price: REFUND_REST
    order, line = await shirt_order(shop, prices={"M-Black": "35.50"})
    medium = await _variant_gid(shop, "700101")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    rid = made["return"]["id"]
    await staff(client, shop, APPROVE, {"id": rid})
    suggested = gql_ok(await admin(client, shop, "query($id: ID!) { return(id: $id) { suggestedRefund { amount } } }", {"id": rid}))
    assert suggested["return"]["suggestedRefund"]["amount"] == "4.50"
    rest = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    assert rest["userErrors"] == [] and rest["refund"]["kind"] == "PAYMENT" and rest["refund"]["amount"]["amount"] == "4.50"
    again = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    assert again["userErrors"][0]["code"] == "NOTHING_TO_REFUND" and "exchanged" in again["userErrors"][0]["message"]
    assert (await _figures(client, shop, order))["refundable"] == "40.50"

"""The domain calls exch-platform's hooks (plugin.actions.exchange_hooks) at the agreed moments, in
the transaction of the change: an exchange reserved on approval, due on first receipt, released on
decline; store credit issued and reversed with its rows (issue 24)."""

from __future__ import annotations

import pytest

from plugin.actions import exchange_hooks
from tests.exchanges.shapes import EMAIL, shirt_order
from tests.exchanges.test_quote_options import REQUEST, _shop, _variant_gid, request
from tests.exchanges.test_store_credit_ledger import REFUND_CREATE
from tests.helpers import gql_ok, storefront
from tests.lifecycle.builders import APPROVE, DECLINE, RECEIVE, staff

pytestmark = pytest.mark.db


@pytest.fixture
def calls(monkeypatch):
    seen = []
    for name in ("exchange_reserved", "exchange_due", "exchange_released"):
        async def hook(shop, order, ret, _name=name):
            seen.append((_name, ret.status))
        monkeypatch.setattr(exchange_hooks, name, hook)
    for name in ("credit_issued", "credit_reversed"):
        async def hook(shop, order, ret, rows, _name=name):
            seen.append((_name, sorted((row.kind, str(row.amount)) for row in rows)))
        monkeypatch.setattr(exchange_hooks, name, hook)
    return seen


async def _exchange(client, shop):
    _, line = await shirt_order(shop)
    medium = await _variant_gid(shop, "700101")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    assert made["userErrors"] == []
    return made["return"]["id"]


async def test_exchange_reserved_on_approval_due_on_first_receipt(client, calls):
    shop = await _shop(client)
    rid = await _exchange(client, shop)
    assert calls == []
    await staff(client, shop, APPROVE, {"id": rid})
    assert calls == [("exchange_reserved", "OPEN")]
    from models.returns import ReturnLine

    line = await ReturnLine.get(return_request_id=int(rid.rsplit("/", 1)[1]))
    await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": f"gid://recourse/ReturnLine/{line.id}", "quantity": 1}]})
    assert calls[-1] == ("exchange_due", "RECEIVED") and len(calls) == 2


async def test_exchange_released_on_decline(client, calls):
    shop = await _shop(client)
    rid = await _exchange(client, shop)
    await staff(client, shop, APPROVE, {"id": rid})
    await staff(client, shop, DECLINE, {"id": rid, "r": "OTHER", "n": "no"})
    assert calls == [("exchange_reserved", "OPEN"), ("exchange_released", "DECLINED")]


async def test_credit_issued_and_reversed_with_their_rows(client, calls):
    shop = await _shop(client)
    _, line = await shirt_order(shop)
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "STORE_CREDIT")}))["returnRequest"]
    rid = made["return"]["id"]
    await staff(client, shop, APPROVE, {"id": rid})
    await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid}})
    assert calls == [("credit_issued", [("BONUS", "4.0000"), ("STORE_CREDIT", "40.0000")])]
    await staff(client, shop, DECLINE, {"id": rid, "r": "OTHER", "n": "no"})
    assert calls[-1] == ("credit_reversed", [("BONUS", "-4.0000"), ("STORE_CREDIT", "-40.0000")])

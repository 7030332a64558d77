"""Store credit carried out on Shopify through the outbox: Allegra K's $6.99 postage credit (a
REIMBURSEMENT) goes to the customer's store credit account instead of being handed to staff, exactly
once whatever fails on the way (the fault matrix's essentials: a lost answer after the write, THROTTLED).
Driven through the admin GraphQL API; the worker carries the operations out against the emulator."""

from __future__ import annotations

import httpx
import pytest

from models.enums import StoreCreditStatus
from models.exchange import StoreCredit
from models.refund import Refund
from plugin.api.auth import issue_session_token
from plugin.platform.emulator import Emulator, Fault, serving
from plugin.platform.shopify_admin.tokens import cipher, exchange, store
from plugin.process.settings import Settings
from tests.helpers import make_shop
from tests.platform.test_fault_matrix import World
from tests.seeds.test_allegra_k_credit import REFUND, canada_return, drive_to_inspected
from tests.lifecycle.builders import staff

pytestmark = pytest.mark.db

DESK = """query($id: ID!) { node(id: $id) { ... on Return { refunds { kind status platformError } } } }"""


@pytest.fixture
async def world(client, db):
    shop = await make_shop("credit-matrix.myshopify.com")
    shop.platform = "shopify"
    await shop.save(update_fields=["platform"])
    emulator = Emulator()
    emulator.add_shop(shop.domain, shop.api_key, shop.api_secret)
    emulator.add_customer(shop.domain, "c1", "robin@example.com")
    emulator.add_order(shop.domain, "#1001", name="#1001", shipping="3.50", fulfilled=True,
                       lines=[{"id": "#1001-l1", "name": "Linen Shirt", "sku": "LS-1", "quantity": 1, "price": "18.00"}])
    async with serving(emulator) as base:
        settings = Settings(database_url=db.url, shopify_origin=base + "/shops/{shop}", shopify_timeout=5.0)
        async with httpx.AsyncClient() as http:
            granted = await exchange(http, f"{base}/shops/{shop.domain}", shop.api_key, shop.api_secret,
                                     issue_session_token(shop))
        await store(shop, granted, cipher((), False))
        yield World(shop, emulator, settings)


async def refunded_with_credit(client, world: World) -> None:
    requested = await canada_return(client, world.shop)
    rid = requested["return"]["id"]
    await drive_to_inspected(client, world.shop, rid)
    paid = await staff(client, world.shop, REFUND, {"i": {"returnId": rid, "idempotencyKey": "ca-1"}})
    assert paid["userErrors"] == [] and paid["reimbursement"]["amount"]["amount"] == "6.99", paid


async def test_the_postage_credit_is_store_credit_credited_once_after_a_lost_answer(client, world):
    await refunded_with_credit(client, world)
    world.emulator.inject(Fault("lost_answer", operation="storeCreditAccountCredit", times=1, delay=0.05))
    await world.drain()
    state = world.emulator.shop_state(world.shop.domain)["storeCredit"]["c1"]
    assert [(a["currency"], a["balance"], len(a["transactions"])) for a in state] == [("USD", "6.99", 1)]
    assert ("lost_answer", "storeCreditAccountCredit") in world.emulator.faults.fired
    rows = {r.kind: r for r in await Refund.filter(shop_id=world.shop.id)}
    assert rows["REIMBURSEMENT"].status == "SUCCEEDED" and rows["REIMBURSEMENT"].platform_refund_id.startswith(
        "gid://shopify/StoreCreditAccountCreditTransaction/")
    assert rows["PAYMENT"].status == "SUCCEEDED"
    credit = await StoreCredit.get(shop_id=world.shop.id)
    assert credit.status == StoreCreditStatus.ISSUED and credit.platform_id == rows["REIMBURSEMENT"].platform_refund_id
    assert world.snapshot("#1001")["refunded"] == "18.00"  # the credit is not taken from the card


async def test_throttled_store_credit_is_waited_out_and_done(client, world):
    await refunded_with_credit(client, world)
    world.emulator.inject(Fault("throttled", operation="storeCreditAccountCredit", times=4))
    await world.drain()
    assert world.emulator.shop_state(world.shop.domain)["storeCredit"]["c1"][0]["balance"] == "6.99"
    assert [k for k, _ in world.emulator.faults.fired].count("throttled") == 4
    assert await Refund.filter(shop_id=world.shop.id, status="SUCCEEDED").count() == 2


async def test_a_shop_with_store_credit_off_hands_the_postage_credit_to_staff(client, world):
    world.shop.store_credit_via = "GIFT_CARD"
    await world.shop.save(update_fields=["store_credit_via"])
    await refunded_with_credit(client, world)
    await world.drain()
    assert world.emulator.shop_state(world.shop.domain)["storeCredit"]["c1"] == []
    assert (await Refund.get(shop_id=world.shop.id, kind="REIMBURSEMENT")).status == "PENDING"  # staff confirm it

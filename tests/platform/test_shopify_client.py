"""The Admin GraphQL client against the emulator over real HTTP: every document we send validates
against the 2026-10 fixture, throttling is waited out, 5xx and timeouts are retried, and a lost
answer never doubles a refund (the idempotency key) or a cancellation (the read-back)."""

from __future__ import annotations

import asyncio
import time

import httpx
import jwt
import pytest
from graphql import get_operation_ast, parse, validate

from plugin.platform.emulator import VERSION, Emulator, Fault, serving
from plugin.platform.emulator.app import load_schema
from plugin.platform.emulator.cost import MAX_QUERY_COST, requested_cost
from plugin.platform.shopify_admin import documents as d
from plugin.platform.shopify_admin.client import AdminClient
from plugin.platform.shopify_admin.errors import ShopifyQueryError, ShopifyUnavailable
from plugin.platform.shopify_admin.throttle import Pacer
from plugin.platform.shopify_admin.tokens import exchange, refresh
from plugin.platform.shopify_admin.version import API_VERSION

SHOP = "emu.myshopify.com"
CLIENT_ID, SECRET = "k" * 32, "s" * 64
ORDER = "gid://shopify/Order/5001"


def session_token(shop: str = SHOP, secret: str = SECRET) -> str:
    now = int(time.time())
    return jwt.encode({"iss": f"https://{shop}/admin", "dest": f"https://{shop}", "aud": CLIENT_ID, "sub": "1",
                       "iat": now, "exp": now + 60}, secret, algorithm="HS256")


class Tokens:
    """A TokenSource over the emulator's token exchange and refresh."""

    def __init__(self, http: httpx.AsyncClient, origin: str) -> None:
        self.http, self.origin, self.granted, self.refreshes = http, origin, None, 0

    async def access_token(self) -> str:
        if self.granted is None:
            self.granted = await exchange(self.http, self.origin, CLIENT_ID, SECRET, session_token())
        return self.granted.access_token

    async def refreshed(self, stale: str) -> str:
        self.refreshes += 1
        self.granted = await refresh(self.http, self.origin, CLIENT_ID, SECRET, self.granted.refresh_token)
        return self.granted.access_token


def seeded(**bucket) -> Emulator:
    emulator = Emulator(**bucket)
    emulator.add_shop(SHOP, CLIENT_ID, SECRET)
    emulator.add_order(SHOP, "5001", name="#5001", shipping="5.00", fulfilled=True,
                       lines=[{"id": "1", "name": "Shirt", "sku": "SH-1", "quantity": 2, "price": "20.00"},
                              {"id": "2", "name": "Cap", "sku": "CP-1", "quantity": 1, "price": "15.00"}],
                       payments=[{"gateway": "shopify_payments", "amount": "40.00"},
                                 {"gateway": "gift_card", "amount": "20.00"}])
    return emulator


@pytest.fixture
async def emulator():
    emulator = seeded()
    async with serving(emulator) as base:
        emulator.base = base
        yield emulator


async def client_for(emulator: Emulator, http: httpx.AsyncClient, **kw) -> AdminClient:
    origin = f"{emulator.base}/shops/{SHOP}"
    kw.setdefault("backoff", 0.01)
    return AdminClient(SHOP, Tokens(http, origin), http=http, origin=origin, pacer=kw.pop("pacer", Pacer()), **kw)


def refund_input(emulator: Emulator, amount: str = "10.00") -> dict:
    sale = emulator.order(SHOP, "5001").transactions[0]
    return {"orderId": ORDER, "note": "gid://recourse/Refund/1", "currency": "USD",
            "refundLineItems": [{"lineItemId": "gid://shopify/LineItem/1", "quantity": 1, "restockType": "RETURN",
                                 "locationId": "gid://shopify/Location/1"}],
            "transactions": [{"orderId": ORDER, "kind": "REFUND", "gateway": "shopify_payments",
                              "parentId": f"gid://shopify/OrderTransaction/{sale.id}", "amount": amount}]}


def test_every_document_validates_against_the_pinned_versions_fixture():
    assert API_VERSION == VERSION == "2026-10"
    schema = load_schema()
    for name, document in d.ALL.items():
        parsed = parse(document)
        assert validate(schema, parsed) == [], name
        # Shopify refuses any query above 1,000 points before running it.
        assert requested_cost(schema, parsed, get_operation_ast(parsed), {}) <= MAX_QUERY_COST, name


async def test_a_refund_lands_with_its_transaction_and_restock(emulator):
    async with httpx.AsyncClient(timeout=5) as http:
        client = await client_for(emulator, http)
        data = await client.mutate(d.REFUND_CREATE, {"input": refund_input(emulator)}, idempotency_key="k-1")
    assert data["refundCreate"]["userErrors"] == []
    assert data["refundCreate"]["refund"]["totalRefundedSet"]["presentmentMoney"] == {"amount": "10.00", "currencyCode": "USD"}
    order = emulator.snapshot(SHOP, "5001")
    assert order["refunded"] == "10.00" and order["financialStatus"] == "PARTIALLY_REFUNDED"
    assert order["refunds"][0]["lines"] == [{"line": "1", "quantity": 1, "restockType": "RETURN", "location": "1"}]
    assert order["inventory"] == {"SH-1@1": 1}


async def test_an_answer_lost_after_the_write_is_settled_by_the_key_not_repeated(emulator):
    emulator.inject(Fault("lost_answer", operation="refundCreate", delay=2.0))
    async with httpx.AsyncClient(timeout=0.5) as http:
        client = await client_for(emulator, http)
        data = await client.mutate(d.REFUND_CREATE, {"input": refund_input(emulator)}, idempotency_key="k-lost")
    assert data["refundCreate"]["refund"]["id"]
    assert len(emulator.snapshot(SHOP, "5001")["refunds"]) == 1
    assert client.retried == 1 and ("lost_answer", "refundCreate") in emulator.faults.fired


async def test_refund_create_without_a_key_is_refused_by_the_version():
    emulator = seeded()
    async with serving(emulator) as base, httpx.AsyncClient(timeout=5) as http:
        emulator.base = base
        client = await client_for(emulator, http)
        bare = d.REFUND_CREATE.replace(" @idempotent(key: $idempotencyKey)", "").replace(", $idempotencyKey: String!", "")
        with pytest.raises(ShopifyQueryError, match="@idempotent directive is required"):
            await client.query(bare, {"input": refund_input(emulator)})
        with pytest.raises(ShopifyQueryError, match="Cannot query field"):
            await client.query("query { order(id: \"x\") { id refundTotal } }")
    assert emulator.snapshot(SHOP, "5001")["refunds"] == []


async def test_5xx_and_timeouts_are_retried_with_backoff(emulator):
    emulator.inject(Fault("server_error", operation="refundCreate", times=2, status=502))
    emulator.inject(Fault("timeout", operation="order", delay=2.0))
    async with httpx.AsyncClient(timeout=0.5) as http:
        client = await client_for(emulator, http)
        await client.mutate(d.REFUND_CREATE, {"input": refund_input(emulator)}, idempotency_key="k-5xx")
        order = await client.query(d.ORDER_PAYMENTS, {"id": ORDER})
    assert order["order"]["refunds"][0]["note"] == "gid://recourse/Refund/1"
    assert client.retried == 3 and len(emulator.snapshot(SHOP, "5001")["refunds"]) == 1


async def test_an_outage_longer_than_the_attempts_raises_unavailable_with_nothing_done(emulator):
    emulator.set_down(SHOP, True)
    async with httpx.AsyncClient(timeout=2) as http:
        client = await client_for(emulator, http, attempts=3)
        with pytest.raises(ShopifyUnavailable):
            await client.mutate(d.REFUND_CREATE, {"input": refund_input(emulator)}, idempotency_key="k-down")
        emulator.set_down(SHOP, False)
        await client.mutate(d.REFUND_CREATE, {"input": refund_input(emulator)}, idempotency_key="k-down")
    assert len(emulator.snapshot(SHOP, "5001")["refunds"]) == 1


async def test_a_lost_cancellation_is_found_by_read_back_and_not_sent_again(emulator):
    emulator.add_order(SHOP, "5002", name="#5002", lines=[{"id": "21", "sku": "X", "quantity": 1, "price": "9.00"}])
    emulator.inject(Fault("lost_answer", operation="orderCancel", delay=2.0))
    async with httpx.AsyncClient(timeout=0.5) as http:
        client = await client_for(emulator, http)

        async def read_back():
            order = (await client.query(d.ORDER_PAYMENTS, {"id": "gid://shopify/Order/5002"}))["order"]
            return {"orderCancel": {"orderCancelUserErrors": []}} if order["cancelledAt"] else None

        data = await client.mutate(d.ORDER_CANCEL, {"orderId": "gid://shopify/Order/5002", "reason": "CUSTOMER",
                                                    "refundMethod": {"originalPaymentMethodsRefund": True},
                                                    "restock": True, "notifyCustomer": False}, read_back=read_back)
    assert data["orderCancel"]["orderCancelUserErrors"] == []
    assert [call for call in emulator.calls if call[1] == "orderCancel"] == [(SHOP, "orderCancel")]
    order = emulator.snapshot(SHOP, "5002")
    assert order["cancelled"] and order["refunded"] == "9.00" and order["inventory"] == {"X@1": 1}


async def test_throttling_is_waited_out_and_never_fails():
    # A bucket of 30 points refilling 100/s: thirty 10-point refunds at once must all go through.
    emulator = seeded(maximum_available=30.0, restore_rate=100.0)
    emulator.add_order(SHOP, "5003", name="#5003", lines=[{"id": "31", "sku": "Y", "quantity": 1, "price": "300.00"}])
    sale = emulator.order(SHOP, "5003").transactions[0].id
    emulator.inject(Fault("throttled", operation="refundCreate", times=3))
    async with serving(emulator) as base, httpx.AsyncClient(timeout=5) as http:
        emulator.base = base
        client = await client_for(emulator, http)

        async def one(n: int):
            return await client.mutate(d.REFUND_CREATE, {"input": {
                "orderId": "gid://shopify/Order/5003", "transactions": [{
                    "orderId": "gid://shopify/Order/5003", "kind": "REFUND", "gateway": "shopify_payments",
                    "parentId": f"gid://shopify/OrderTransaction/{sale}", "amount": "1.00"}]}}, idempotency_key=f"t-{n}")

        answers = await asyncio.gather(*(one(n) for n in range(30)))
    assert all(a["refundCreate"]["userErrors"] == [] for a in answers)
    assert emulator.snapshot(SHOP, "5003")["refunded"] == "30.00"
    assert client.throttled >= 3


async def test_an_expired_token_is_refreshed_once():
    emulator = seeded(token_ttl=1)
    async with serving(emulator) as base, httpx.AsyncClient(timeout=5) as http:
        emulator.base = base
        client = await client_for(emulator, http)
        await client.query(d.PRIMARY_LOCATION)
        emulator.tokens.clock = lambda: time.time() + 5  # the hour (here a second) is over
        assert (await client.query(d.PRIMARY_LOCATION))["location"]["id"] == "gid://shopify/Location/1"
        assert client._tokens.refreshes == 1


async def test_token_exchange_refuses_a_session_token_signed_with_another_secret(emulator):
    async with httpx.AsyncClient(timeout=5) as http:
        response = await http.post(f"{emulator.base}/shops/{SHOP}/admin/oauth/access_token", data={
            "client_id": CLIENT_ID, "client_secret": SECRET,
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": session_token(secret="t" * 64),
            "subject_token_type": "urn:ietf:params:oauth:token-type:id_token",
            "requested_token_type": "urn:shopify:params:oauth:token-type:offline-access-token"})
        assert response.status_code == 400 and response.json()["error"] == "invalid_subject_token"
        unauthorised = await http.post(f"{emulator.base}/shops/{SHOP}/admin/api/{VERSION}/graphql.json",
                                       json={"query": "{ location { id } }"}, headers={"X-Shopify-Access-Token": "nope"})
        assert unauthorised.status_code == 401


async def test_the_emulator_refuses_refunds_shopify_would_refuse(emulator):
    async with httpx.AsyncClient(timeout=5) as http:
        client = await client_for(emulator, http)
        too_much = refund_input(emulator, amount="40.01")
        data = await client.mutate(d.REFUND_CREATE, {"input": too_much}, idempotency_key="r-1")
        assert "greater than" in data["refundCreate"]["userErrors"][0]["message"]
        wrong_gateway = refund_input(emulator)
        wrong_gateway["transactions"][0]["gateway"] = "gift_card"
        data = await client.mutate(d.REFUND_CREATE, {"input": wrong_gateway}, idempotency_key="r-2")
        assert data["refundCreate"]["userErrors"][0]["field"] == ["transactions", "0", "gateway"]
        with pytest.raises(ShopifyQueryError, match="different parameters"):
            await client.mutate(d.REFUND_CREATE, {"input": refund_input(emulator)}, idempotency_key="r-1")
    assert emulator.snapshot(SHOP, "5001")["refunds"] == []

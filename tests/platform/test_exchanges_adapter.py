"""Store credit, gift cards and exchanges through the Shopify adapter, against the emulator over real
HTTP (documents validated against the 2026-10 SDL fixture): amounts, expiry, stock moving between
Shopify's inventory states, and each operation done once under retries, lost answers and THROTTLED."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from plugin.api.auth import issue_session_token
from plugin.platform import port
from plugin.platform.emulator import Emulator, Fault, serving
from plugin.platform.shopify_admin import shopify_platform
from plugin.platform.shopify_admin.connect import connect
from plugin.platform.shopify_admin.exchanges import gift_card_code
from plugin.process.settings import Settings
from plugin.values.money import Money
from tests.helpers import make_shop

pytestmark = pytest.mark.db


def usd(amount: str) -> Money:
    return Money(Decimal(amount), "USD")


NOW = datetime.now(timezone.utc).replace(microsecond=0)
EXPIRES = NOW + timedelta(days=365)


@pytest.fixture
async def world(db):
    shop = await make_shop("exchange.myshopify.com")
    shop.platform = "shopify"
    await shop.save(update_fields=["platform"])
    emulator = Emulator()
    emulator.add_shop(shop.domain, shop.api_key, shop.api_secret)
    emulator.add_customer(shop.domain, "501", "ana@example.com")
    emulator.add_order(shop.domain, "8001", name="#8001", fulfilled=True,
                       lines=[{"id": "81", "name": "Tee - Small", "sku": "TEE-S", "quantity": 1, "price": "25.00"}])
    emulator.add_variant(shop.domain, "311", sku="TEE-S", title="Small", price="25.00", available=4, product_title="Tee")
    emulator.add_variant(shop.domain, "312", sku="TEE-M", title="Medium", price="25.00", available=3, product_title="Tee")
    emulator.add_variant(shop.domain, "313", sku="TEE-L", title="Large", price="25.00", available=0, product_title="Tee")
    async with serving(emulator) as base:
        settings = Settings(database_url=db.url, shopify_origin=base + "/shops/{shop}", shopify_timeout=2.0)
        await connect(shop, issue_session_token(shop), settings)
        yield shop, emulator, settings


def credit(key: str, **kw) -> port.IssueCredit:
    values = dict(key=key, order_id="8001", customer_id="501", email="ana@example.com", amount=usd("25.00"),
                  bonus=usd("2.50"), expires_at=EXPIRES, written_at=NOW, credit_ref="gid://recourse/Refund/1",
                  bonus_ref="gid://recourse/Refund/2")
    return port.IssueCredit(**(values | kw))


def medium(key: str, **kw) -> port.ExchangeOrder:
    values = dict(key=key, order_id="8001", exchange_ref="gid://recourse/Exchange/1", customer_id="501",
                  email="ana@example.com", items=(port.ExchangeItem("312", 1, "Tee - Medium", "TEE-M", usd("25.00")),),
                  shipping_address=(("first_name", "Ana"), ("address1", "1 Main St"), ("city", "Austin"),
                                    ("country_code", "US"), ("zip", "73301")),
                  until=NOW + timedelta(days=30))
    return port.ExchangeOrder(**(values | kw))


async def test_store_credit_with_its_bonus_is_credited_once_with_the_expiry(world):
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        first = await platform.issue_credit(credit("sc-1"))
        again = await platform.issue_credit(credit("sc-1"))  # the worker's retry of the same row
    assert isinstance(first, port.Done) and again.platform_id == first.platform_id
    accounts = emulator.shop_state(shop.domain)["storeCredit"]["501"]
    assert [(a["currency"], a["balance"]) for a in accounts] == [("USD", "27.50")]
    assert [(t["amount"], t["expiresAt"]) for t in accounts[0]["transactions"]] == [("27.50", EXPIRES.isoformat())]


async def test_a_bonus_that_expires_sooner_is_its_own_credit(world):
    shop, emulator, settings = world
    sooner = NOW + timedelta(days=90)
    async with shopify_platform(shop, settings) as platform:
        done = await platform.issue_credit(credit("sc-2", bonus_expires_at=sooner))
    assert isinstance(done, port.Done) and len(done.refund_ids) == 1
    transactions = emulator.shop_state(shop.domain)["storeCredit"]["501"][0]["transactions"]
    assert [(t["amount"], t["expiresAt"]) for t in transactions] == [
        ("25.00", EXPIRES.isoformat()), ("2.50", sooner.isoformat())]


async def test_a_lost_answer_after_the_credit_is_read_back_and_credited_once(world):
    shop, emulator, settings = world
    emulator.inject(Fault("lost_answer", operation="storeCreditAccountCredit", times=2, delay=0.05))
    async with shopify_platform(shop, settings) as platform:
        done = await platform.issue_credit(credit("sc-3"))
        again = await platform.issue_credit(credit("sc-3"))
    assert isinstance(done, port.Done) and again.platform_id == done.platform_id
    assert emulator.shop_state(shop.domain)["storeCredit"]["501"][0]["balance"] == "27.50"
    assert [kind for kind, _ in emulator.faults.fired] == ["lost_answer"]


async def test_throttled_is_waited_out_and_done(world):
    shop, emulator, settings = world
    emulator.inject(Fault("throttled", times=3))
    async with shopify_platform(shop, settings) as platform:
        done = await platform.issue_credit(credit("sc-4", bonus=None))
    assert isinstance(done, port.Done)
    assert emulator.shop_state(shop.domain)["storeCredit"]["501"][0]["balance"] == "25.00"
    assert emulator.throttled[shop.domain] == 3


async def test_a_guest_gets_a_gift_card_whose_code_only_we_and_the_customer_know(world):
    shop, emulator, settings = world
    emulator.inject(Fault("lost_answer", operation="giftCardCreate", times=1, delay=0.05))
    request = credit("gc-1", customer_id="", via=port.CreditVia.GIFT_CARD)
    async with shopify_platform(shop, settings) as platform:
        done = await platform.issue_credit(request)
        again = await platform.issue_credit(request)
    code = gift_card_code(shop.api_secret, "gc-1")
    assert isinstance(done, port.Done) and done.code == code and again.code == code
    cards = emulator.shop_state(shop.domain)["giftCards"]
    assert [(c["initialValue"], c["lastCharacters"], c["expiresOn"]) for c in cards] == [
        ("27.50", code[-4:], EXPIRES.date().isoformat())]


async def test_postage_credit_goes_to_store_credit_when_there_is_a_customer(world):
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        credited = await platform.credit_customer(port.CreditCustomer(key="pc-1", order_id="8001", amount=usd("6.99"),
                                                                      customer_id="501", written_at=NOW))
        handed = await platform.credit_customer(port.CreditCustomer(key="pc-2", order_id="8001", amount=usd("6.99")))
    assert isinstance(credited, port.Done) and isinstance(handed, port.Handed)
    assert emulator.shop_state(shop.domain)["storeCredit"]["501"][0]["balance"] == "6.99"


async def test_an_exchange_holds_the_stock_then_ships_at_no_charge_once(world):
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        held = await platform.reserve_exchange(medium("ex-r"))
        held_again = await platform.reserve_exchange(medium("ex-r"))
        assert emulator.stock(shop.domain, "TEE-M") == {"available": 2, "reserved": 1, "committed": 0}
        emulator.inject(Fault("lost_answer", operation="draftOrderComplete", times=1, delay=0.05))
        shipped = await platform.ship_exchange(medium("ex-s", draft_id=held.platform_id))
        shipped_again = await platform.ship_exchange(medium("ex-s", draft_id=held.platform_id))
    assert isinstance(held, port.Done) and held_again.platform_id == held.platform_id
    assert isinstance(shipped, port.Done) and shipped_again.platform_id == shipped.platform_id
    assert emulator.stock(shop.domain, "TEE-M") == {"available": 2, "reserved": 0, "committed": 1}
    state = emulator.shop_state(shop.domain)
    assert [(d["status"], d["total"]) for d in state["draftOrders"]] == [("COMPLETED", "0.00")]
    order = emulator.snapshot(shop.domain, shipped.platform_id.rsplit("/", 1)[1])
    assert [(line["sku"], line["quantity"]) for line in order["lines"]] == [("TEE-M", 1)]
    assert order["received"] == "0.00" and "exchange order" in shipped.detail


async def test_a_sold_out_variant_is_refused_out_of_stock_and_nothing_is_held(world):
    shop, emulator, settings = world
    large = medium("ex-l", items=(port.ExchangeItem("313", 1, "Tee - Large", "TEE-L"),))
    async with shopify_platform(shop, settings) as platform:
        refused = await platform.reserve_exchange(large)
        unshipped = await platform.ship_exchange(large)
    for answer in (refused, unshipped):
        assert isinstance(answer, port.Refused) and answer.errors[0].code == "OUT_OF_STOCK"
    assert emulator.shop_state(shop.domain)["draftOrders"] == []


async def test_an_instant_exchange_ships_without_a_hold_and_a_release_frees_held_stock(world):
    shop, emulator, settings = world
    async with shopify_platform(shop, settings) as platform:
        shipped = await platform.ship_exchange(medium("ex-i"))
        held = await platform.reserve_exchange(medium("ex-r2"))
        released = await platform.release_exchange(medium("ex-x", draft_id=held.platform_id))
        released_again = await platform.release_exchange(medium("ex-x", draft_id=held.platform_id))
    assert isinstance(shipped, port.Done) and isinstance(released, port.Done) and isinstance(released_again, port.Done)
    assert emulator.stock(shop.domain, "TEE-M") == {"available": 2, "reserved": 0, "committed": 1}


async def test_a_price_difference_is_invoiced_once_through_the_platform(world):
    shop, emulator, settings = world
    request = port.InvoiceCustomer(key="inv-1", order_id="8001", exchange_ref="gid://recourse/Exchange/1",
                                   amount=usd("5.00"), title="Price difference for exchange #8001-R1",
                                   customer_id="501", email="ana@example.com")
    emulator.inject(Fault("lost_answer", operation="draftOrderInvoiceSend", times=1, delay=0.05))
    async with shopify_platform(shop, settings) as platform:
        done = await platform.invoice_customer(request)
        again = await platform.invoice_customer(request)
    assert isinstance(done, port.Done) and again.platform_id == done.platform_id and done.detail.startswith("https://")
    assert [(d["status"], d["total"], d["lines"][0]["title"]) for d in emulator.shop_state(shop.domain)["draftOrders"]] == [
        ("INVOICE_SENT", "5.00", "Price difference for exchange #8001-R1")]


async def test_an_unspent_bonus_is_taken_back_once_and_a_spent_one_stands(world):
    shop, emulator, settings = world
    take_back = port.ReverseCredit(key="rv-1", order_id="8001", amount=usd("2.50"), customer_id="501", written_at=NOW)
    emulator.inject(Fault("lost_answer", operation="storeCreditAccountDebit", times=1, delay=0.05))
    async with shopify_platform(shop, settings) as platform:
        await platform.issue_credit(credit("sc-9"))
        done = await platform.reverse_credit(take_back)
        again = await platform.reverse_credit(take_back)
        spent = await platform.reverse_credit(port.ReverseCredit(key="rv-2", order_id="8001", amount=usd("99.00"),
                                                                  customer_id="501", written_at=NOW))
    assert isinstance(done, port.Done) and again.platform_id == done.platform_id
    assert emulator.shop_state(shop.domain)["storeCredit"]["501"][0]["balance"] == "25.00"
    assert isinstance(spent, port.Refused) and spent.errors[0].code == "INSUFFICIENT_FUNDS"

"""Issue 24's done-when, carried out on (emulated) Shopify through the public surface: the storefront
quote and request, staff steps in the admin API, the outbox worker against the emulator over real
HTTP, and the emails through a real SMTP server (aiosmtpd).

* A customer picks Medium for a returned Small: approval holds Medium's stock on the platform, and
  receiving the return places the exchange order there at no charge (stock moved from reserved to
  committed); "your exchange has shipped" arrives.
* Store credit with a 10% bonus: the customer's store credit account on the platform gets credit +
  bonus with the expiry, and "your store credit" arrives.
* A variant that sold out meanwhile falls back as the policy says (store credit here).
* A LOW-risk customer's instant exchange ships before the return arrives; when the item never comes
  back the desk offers "Charge via invoice", which the platform sends.
"""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest

from models.enums import ExchangeStatus
from models.exchange import Exchange
from models.returns import Return
from plugin.api.auth import issue_session_token
from plugin.platform.emulator import Emulator, serving
from plugin.platform.shopify_admin.tokens import cipher, exchange, store
from plugin.process.settings import Settings
from tests.emails.cases import drain, handlers_for, smtp_settings
from tests.emails.mailserver import MailServer
from tests.exchanges.shapes import EMAIL, shirt_order
from tests.exchanges.test_quote_options import QUOTE, REQUEST, _variant_gid, offers_everything, request
from tests.exchanges.test_store_credit_ledger import REFUND_CREATE
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import APPROVE, RECEIVE, change_policy, staff
from tests.platform.test_fault_matrix import World

pytestmark = [pytest.mark.db, pytest.mark.no_rate_limits]

DESK = """query($id: ID!) { return(id: $id) { status resolution
  exchange { status instant unreturned platformOrderName platformOrderId fallback invoiceReason invoiceUrl
             items { title sku quantity } platformOperations { kind status } }
  storeCredits { via status amount { amount } bonus { amount } total { amount } expiresAt platformId } } }"""
HOME = """{ workQueue { exchangesWaitingForStock { count } exchangesUnreturned { count } } }"""
CHARGE = """mutation($id: ID!) { exchangeChargeInvoice(returnId: $id) { return { id } userErrors { code message } } }"""
SKUS = {"700100": "LS-S-BLA", "700101": "LS-M-BLA", "700102": "LS-L-BLA"}


@pytest.fixture
def mail():
    server = MailServer().start()
    yield server
    server.stop()


@pytest.fixture
async def world(client, db):
    shop = await make_shop("exchanges-done.myshopify.com")
    await change_policy(client, shop, offers_everything)
    shop.platform = "shopify"
    await shop.save(update_fields=["platform"])
    emulator = Emulator()
    emulator.add_shop(shop.domain, shop.api_key, shop.api_secret)
    emulator.add_customer(shop.domain, "c1", EMAIL)
    for vid, sku in SKUS.items():
        emulator.add_variant(shop.domain, vid, sku=sku, title=f"{sku[3]} / Black", price="40.00", available=5,
                             product_title="Linen Shirt")
    async with serving(emulator) as base:
        settings = Settings(database_url=db.url, shopify_origin=base + "/shops/{shop}", shopify_timeout=5.0)
        async with httpx.AsyncClient() as http:
            granted = await exchange(http, f"{base}/shops/{shop.domain}", shop.api_key, shop.api_secret,
                                     issue_session_token(shop))
        await store(shop, granted, cipher((), False))
        yield World(shop, emulator, settings)


async def order_on_both(world: World, name="#1001", **kw):
    order, line = await shirt_order(world.shop, name=name, **kw)
    world.emulator.add_order(world.shop.domain, order.platform_id, name=name, shipping="5.00", fulfilled=True,
                             lines=[{"id": f"{name}-l1", "name": "Linen Shirt - S / Black", "sku": "LS-S-BLA",
                                     "quantity": 1, "price": kw.get("price", "40.00")}])
    return order, line


def subjects(mail) -> list[str]:
    return [envelope.message["Subject"] for envelope in mail.mailbox.received]


def text_of(mail, subject_part: str) -> str:
    [message] = [e.message for e in mail.mailbox.received if subject_part in e.message["Subject"]]
    return message.get_body(("plain",)).get_content()


async def test_medium_for_a_returned_small_ships_on_receipt_and_the_stock_moves(client, world, mail):
    shop, emulator = world.shop, world.emulator
    _, line = await order_on_both(world)
    medium = await _variant_gid(shop, "700101")
    quote = gql_ok(await storefront(client, shop, QUOTE, {"i": request(line, "EXCHANGE", medium)}))["returnQuote"]["quote"]
    exchange_option = next(o for o in quote["options"] if o["resolution"] == "EXCHANGE")
    assert exchange_option["offered"] and [l["title"] for l in exchange_option["lines"]] == ["M / Black"]
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    assert made["userErrors"] == [], made
    rid = made["return"]["id"]

    approved = await staff(client, shop, APPROVE, {"id": rid})
    assert approved["userErrors"] == [], approved
    await world.drain()
    assert emulator.stock(shop.domain, "LS-M-BLA") == {"available": 4, "reserved": 1, "committed": 0}
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    assert desk["exchange"]["status"] == "RESERVED" and desk["exchange"]["items"] == [
        {"title": "Linen Shirt - M / Black", "sku": "LS-M-BLA", "quantity": 1}]

    received = await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": approved["return"]["lines"][0]["id"], "quantity": 1}]})
    assert received["userErrors"] == [], received
    await world.drain()
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    assert desk["exchange"]["status"] == "SHIPPED" and desk["exchange"]["platformOrderName"]
    assert [op["status"] for op in desk["exchange"]["platformOperations"]] == ["DONE", "DONE"]
    # On the platform: the exchange order at no charge, Medium's unit moved from held to committed.
    assert emulator.stock(shop.domain, "LS-M-BLA") == {"available": 4, "reserved": 0, "committed": 1}
    exchange_order = emulator.snapshot(shop.domain, desk["exchange"]["platformOrderId"].rsplit("/", 1)[1])
    assert exchange_order["name"] == desk["exchange"]["platformOrderName"] and exchange_order["received"] == "0.00"
    assert [(l["sku"], l["quantity"]) for l in exchange_order["lines"]] == [("LS-M-BLA", 1)]
    assert [d["status"] for d in emulator.shop_state(shop.domain)["draftOrders"]] == ["COMPLETED"]

    await drain(handlers_for(smtp_settings(mail)))
    assert any("has shipped" in s for s in subjects(mail)), subjects(mail)
    text = text_of(mail, "has shipped")
    assert "Linen Shirt - M / Black" in text and desk["exchange"]["platformOrderName"] in text


async def test_store_credit_with_a_ten_percent_bonus_lands_on_the_account_with_an_email(client, world, mail):
    shop, emulator = world.shop, world.emulator
    _, line = await order_on_both(world, price="25.00")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "STORE_CREDIT")}))["returnRequest"]
    rid = made["return"]["id"]
    approved = await staff(client, shop, APPROVE, {"id": rid})
    await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": approved["return"]["lines"][0]["id"], "quantity": 1}]})
    credited = await staff(client, shop, REFUND_CREATE, {"i": {"returnId": rid, "idempotencyKey": "sc-1"}})
    assert credited["userErrors"] == [], credited
    assert (credited["refund"]["kind"], credited["refund"]["amount"]["amount"]) == ("STORE_CREDIT", "25.00")
    assert credited["bonus"]["amount"]["amount"] == "2.50"
    await world.drain()

    [account] = emulator.shop_state(shop.domain)["storeCredit"]["c1"]
    assert account["balance"] == "27.50" and [t["amount"] for t in account["transactions"]] == ["27.50"]
    expires = date.fromisoformat(credited["refund"]["expiresOn"])
    assert account["transactions"][0]["expiresAt"].startswith(expires.isoformat())
    assert emulator.snapshot(shop.domain, "o#1001")["refunded"] == "0.00"  # never cash
    [credit] = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]["storeCredits"]
    assert (credit["via"], credit["status"], credit["total"]["amount"], credit["bonus"]["amount"]) == (
        "STORE_CREDIT", "ISSUED", "27.50", "2.50")
    assert credit["platformId"].startswith("gid://shopify/StoreCreditAccountCreditTransaction/")

    await drain(handlers_for(smtp_settings(mail)))
    text = text_of(mail, "store credit")
    assert "$27.50" in text and "$2.50" in text and "cannot be paid out as cash" in text, text
    assert not any("refund" in s.lower() for s in subjects(mail))


async def test_a_variant_sold_out_meanwhile_falls_back_to_store_credit(client, world):
    shop, emulator = world.shop, world.emulator
    _, line = await order_on_both(world)
    medium = await _variant_gid(shop, "700101")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    rid = made["return"]["id"]
    emulator.shops[shop.domain].inventory[("LS-M-BLA", "1")] = 0  # sold on the platform before approval
    approved = await staff(client, shop, APPROVE, {"id": rid})
    await world.drain()
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    assert desk["exchange"]["status"] == "WAITING_STOCK"
    home = gql_ok(await admin(client, shop, HOME))["workQueue"]
    assert home["exchangesWaitingForStock"]["count"] == 1

    await staff(client, shop, RECEIVE, {"id": rid, "l": [{"returnLineId": approved["return"]["lines"][0]["id"], "quantity": 1}]})
    await world.drain()
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    assert desk["resolution"] == "STORE_CREDIT" and desk["exchange"]["status"] == "FELL_BACK"
    assert desk["exchange"]["fallback"] == "STORE_CREDIT"
    assert [(c["status"], c["amount"]["amount"]) for c in desk["storeCredits"]] == [("ISSUED", "40.00")]
    assert emulator.shop_state(shop.domain)["storeCredit"]["c1"][0]["balance"] == "40.00"
    assert emulator.shop_state(shop.domain)["draftOrders"] == []
    assert gql_ok(await admin(client, shop, HOME))["workQueue"]["exchangesWaitingForStock"]["count"] == 0


async def test_a_low_risk_instant_exchange_ships_before_the_item_and_an_unreturned_one_is_invoiced(client, world):
    shop, emulator = world.shop, world.emulator

    def instant(document):
        document["resolutions"]["exchange_terms"]["instant_up_to"] = "100.00"

    await change_policy(client, shop, instant)
    _, line = await order_on_both(world)
    medium = await _variant_gid(shop, "700101")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": request(line, "EXCHANGE", medium)}))["returnRequest"]
    rid = made["return"]["id"]
    ret = await Return.get(shop_id=shop.id)
    assert ret.risk_level == "LOW", ret.risk_level
    assert (await staff(client, shop, APPROVE, {"id": rid}))["userErrors"] == []
    await world.drain()
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    assert desk["status"] == "OPEN" and desk["exchange"]["status"] == "SHIPPED" and desk["exchange"]["instant"]
    assert emulator.stock(shop.domain, "LS-M-BLA") == {"available": 4, "reserved": 0, "committed": 1}
    assert desk["exchange"]["unreturned"] is False
    refused = gql_ok(await admin(client, shop, CHARGE, {"id": rid}))["exchangeChargeInvoice"]
    assert refused["userErrors"][0]["code"] == "INVALID_STATE"  # not overdue yet

    # The ship-by date passes without the item: the desk offers the invoice, the platform sends it.
    await Return.filter(id=ret.id).update(ship_by=date.today() - timedelta(days=1))
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    assert desk["exchange"]["unreturned"] is True
    assert gql_ok(await admin(client, shop, HOME))["workQueue"]["exchangesUnreturned"]["count"] == 1
    charged = gql_ok(await admin(client, shop, CHARGE, {"id": rid}))["exchangeChargeInvoice"]
    assert charged["userErrors"] == [], charged
    await world.drain()
    desk = gql_ok(await admin(client, shop, DESK, {"id": rid}))["return"]
    assert desk["exchange"]["invoiceReason"] == "UNRETURNED" and desk["exchange"]["invoiceUrl"].startswith("https://")
    [invoice] = [d for d in emulator.shop_state(shop.domain)["draftOrders"] if d["status"] == "INVOICE_SENT"]
    assert invoice["total"] == "40.00"
    again = gql_ok(await admin(client, shop, CHARGE, {"id": rid}))["exchangeChargeInvoice"]
    assert again["userErrors"][0]["code"] == "ALREADY_INVOICED"
    assert (await Exchange.get(shop_id=shop.id)).status == ExchangeStatus.SHIPPED

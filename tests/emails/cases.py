"""Real cases for the email tests, driven through the HTTP APIs like a customer and staff would, so
every EMAIL row comes from the action that writes it in production; and the worker run against a
real SMTP server."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from emails.send import email_handler
from models.outbox import OutboxMessage
from models.returns import Return
from plugin.actions.events import record
from plugin.api.ids import from_gid
from plugin.jobs.outbox import deliver_due
from plugin.process.settings import Settings
from tests.helpers import admin, gql_ok, make_shop, storefront
from tests.lifecycle.builders import (
    APPROVE,
    CANCEL_REQUEST,
    DECLINE,
    EMAIL,
    INSPECT,
    RECEIVE,
    REFUND,
    apply_preset,
    delivered_order,
    placed_order,
    request_return,
    staff,
)
from tests.waiting import until_empty

MAIL_FROM = "returns@recourse.test"
SETTINGS = """mutation($s: JSON!) { emailSettingsUpdate(settings: $s) {
  emailSettings { settings warnings } userErrors { field code message } } }"""


@dataclass
class Case:
    shop: object
    return_id: int | None = None  # the return driven through every step (#1001-R1)
    declined_id: int | None = None  # the declined one (#1002-R1)
    orders: dict[str, int] = field(default_factory=dict)


def email_settings(**columns) -> dict:
    return {"reply_to": "care@mail-store.example", "from_name": "Mail Store Returns", **columns}


async def shop_for_mail(client, *, domain="mail-store.myshopify.com", locale="en", settings: dict | None = None):
    shop = await make_shop(domain, name="Mail Store", locale=locale, support_email="help@mail-store.example")
    await apply_preset(client, shop, "ALOTROP")
    saved = gql_ok(await admin(client, shop, SETTINGS, {"s": email_settings() if settings is None else settings}))
    assert saved["emailSettingsUpdate"]["userErrors"] == [], saved
    await shop.refresh_from_db()
    return shop


async def requested_return(client, shop, name: str) -> int:
    """An order delivered 5 days ago (2 x 40.00) and a return of both units: one return_requested email."""
    _, line = await delivered_order(shop, name=name)
    requested = await request_return(client, shop, line, quantity=2, order_name=name)
    assert requested["userErrors"] == [] and requested["return"], requested
    return from_gid(requested["return"]["id"])[1]


async def every_kind(client, shop) -> Case:
    """One email of every kind, each from the action that writes it in production (the last two
    through the same event recorder, see below)."""
    case = Case(shop)
    # #1001: requested, approved, received, inspected (1 of 2 accepted), refunded; then a cancellation
    # request that is refused (it was delivered long ago).
    order, line = await delivered_order(shop, name="#1001")
    case.orders["#1001"] = order.id
    ret = (await request_return(client, shop, line, quantity=2))["return"]
    gid = ret["id"]
    case.return_id = from_gid(gid)[1]
    await _ok(staff(client, shop, APPROVE, {"id": gid}))
    line_id = ret["lines"][0]["id"]
    await _ok(staff(client, shop, RECEIVE, {"id": gid, "l": [{"returnLineId": line_id, "quantity": 2}]}))
    await _ok(staff(client, shop, INSPECT, {"id": gid, "l": [
        {"returnLineId": line_id, "acceptedQuantity": 1, "rejectedQuantity": 1, "condition": "WORN"}]}))
    await _ok(staff(client, shop, REFUND, {"i": {"returnId": gid}}))
    refused = gql_ok(await storefront(client, shop, CANCEL_REQUEST, {"n": "#1001", "e": EMAIL}))["orderCancelRequest"]
    assert refused["cancelled"] is False
    # #1002: requested and declined as final sale.
    order, line = await delivered_order(shop, name="#1002")
    case.orders["#1002"] = order.id
    declined = (await request_return(client, shop, line, quantity=1, order_name="#1002"))["return"]["id"]
    case.declined_id = from_gid(declined)[1]
    await _ok(staff(client, shop, DECLINE, {"id": declined, "r": "FINAL_SALE", "n": "Marked final sale at checkout."}))
    # #2001: placed an hour ago, not shipped: the customer cancels and is refunded in full.
    order = await placed_order(shop, name="#2001", quantity=2)
    case.orders["#2001"] = order.id
    cancelled = gql_ok(await storefront(client, shop, CANCEL_REQUEST, {"n": "#2001", "e": EMAIL}))["orderCancelRequest"]
    assert cancelled["cancelled"] is True, cancelled
    # A hold for fraud review and a damage claim depend on the risk score and the policy's fault
    # rules; so that this test is about email alone, the recorder every action uses writes these
    # two, with the payload the return actions give them.
    held = await Return.get(id=case.declined_id)
    for kind in ("held_for_verification", "damaged_claim_received"):
        await record(shop, subject=("Return", held.id), actor="policy", action=f"test.{kind}",
                     email=(kind, {"to": EMAIL, "order_id": held.order_id, "return_id": held.id}))
    await exchange_and_credit(client, shop, case)
    return case


async def exchange_and_credit(client, shop, case: Case) -> None:
    """Issue 24's two emails, on this (manual) shop once it offers exchanges and store credit: #3001's
    Small exchanged for Medium and received (the exchange ships); #3002 credited with a 10% bonus."""
    from tests.exchanges.shapes import shirt_order
    from tests.exchanges.test_quote_options import REQUEST, _variant_gid, offers_everything, request
    from tests.lifecycle.builders import change_policy

    def offers_everything_without_fraud_holds(document):  # c1 returned a lot above: no hold, this is about email
        offers_everything(document)
        document["risk"]["enabled"] = False

    await change_policy(client, shop, offers_everything_without_fraud_holds)
    order, line = await shirt_order(shop, name="#3001")
    case.orders["#3001"] = order.id
    medium = await _variant_gid(shop, "700101")
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": {**request(line, "EXCHANGE", medium), "orderName": "#3001"}}))
    exchanged = (await _ok(_data(made, "returnRequest")))["return"]
    approved = await _ok(staff(client, shop, APPROVE, {"id": exchanged["id"]}))
    await _ok(staff(client, shop, RECEIVE, {"id": exchanged["id"], "l": [
        {"returnLineId": approved["return"]["lines"][0]["id"], "quantity": 1}]}))
    order, line = await shirt_order(shop, name="#3002", price="25.00")
    case.orders["#3002"] = order.id
    made = gql_ok(await storefront(client, shop, REQUEST, {"i": {**request(line, "STORE_CREDIT"), "orderName": "#3002"}}))
    credited = (await _ok(_data(made, "returnRequest")))["return"]
    await _ok(staff(client, shop, APPROVE, {"id": credited["id"]}))
    await _ok(staff(client, shop, REFUND, {"i": {"returnId": credited["id"]}}))


async def _data(body: dict, field: str) -> dict:
    return body[field]


async def _ok(step) -> dict:
    body = await step
    assert body["userErrors"] == [], body
    return body


def smtp_settings(server, **kw) -> Settings:
    return Settings(smtp_url=server.url, mail_from=MAIL_FROM, **kw)


def handlers_for(settings: Settings) -> dict:
    return {"EMAIL": email_handler(settings)}


async def drain(handlers, clock=None, **kw) -> int:
    """Worker steps until nothing is due (at the clock's time); gives the number of messages claimed."""
    claimed = 0
    options = {"clock": clock} if clock is not None else {}

    async def step() -> int:
        nonlocal claimed
        report = await deliver_due(handlers, **options, **kw)
        claimed += report.claimed
        return report.claimed

    await until_empty(step, what="the email outbox")
    return claimed


class Clock:
    """The worker's idea of now; tests move it forward instead of sleeping through backoff."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


async def many_emails(client, shop, count: int) -> list[OutboxMessage]:
    """`count` emails about real returns: a few returns requested through the API, and more rows of
    the kinds that follow, written the way the actions write them."""
    returns = [await requested_return(client, shop, f"#5{i:03d}") for i in range(min(count, 3))]
    for i in range(count - len(returns)):
        ret = await Return.get(id=returns[i % len(returns)])
        await record(shop, subject=("Return", ret.id), actor="staff:test", action="test.email",
                     email=("return_received", {"to": EMAIL, "order_id": ret.order_id, "return_id": ret.id}))
    rows = await email_rows(shop_id=shop.id)
    assert len(rows) == count
    return rows


async def email_rows(**filters) -> list[OutboxMessage]:
    return await OutboxMessage.filter(kind="EMAIL", **filters).order_by("id")

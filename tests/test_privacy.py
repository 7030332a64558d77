"""The privacy webhooks every Shopify app must answer, and app/uninstalled, over HTTP with real
signatures: what a data request delivers, what a redaction leaves (the whole database and the mail
and label folders are searched), what an uninstall stops, what shop/redact leaves of a shop."""

from __future__ import annotations

import asyncio
import email
import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email import policy as email_policy
from pathlib import Path

import pytest
from tortoise import connections

from emails.send import email_handler
from models.order import Order
from models.outbox import OutboxMessage
from models.refund import Refund
from models.returns import Return
from models.risk import BlocklistEntry, RiskAssessment
from models.shop import Shop
from plugin.api.auth import issue_customer_token, issue_session_token
from plugin.jobs.outbound import WebhookSender
from plugin.jobs.outbox import deliver_due, run_worker
from plugin.process.settings import Settings
from tests.helpers import admin, gql_ok, make_shop, send_webhook, storefront
from tests.lifecycle.builders import EVERY_CONDITION, REFUND, change_policy, apply_preset, staff, upload_photo
from tests.test_outbox import Receiver, free_port
from tests.waiting import until_empty

SECRET = "p" * 64
EMAIL = "robin.quist@example.com"
PHONE = "+12125550142"
STREET = "742 Evergreen Terrace"
NEEDLES = ["robin.quist@example.com", "quist", "2125550142", "212-555-0142", "evergreen terrace", "203.0.113.99"]
OTHER_EMAIL = "kim.other@example.com"
PDF = b"%PDF-1.4\n(USPS label) (Robin Quist) (742 Evergreen Terrace) (Springfield IL 62704)\n%%EOF\n"
RETURN_ADDRESS = {"name": "Main", "rest_of_world": True, "recipient": "Allegra K Returns", "address1": "9 Harbor Way",
                  "city": "Ontario", "province": "CA", "zip": "91761", "country": "US"}


def order_payload(name: str, *, email_: str, first: str, last: str, phone: str, street: str, customer: str, ip: str) -> dict:
    now = datetime.now(timezone.utc)
    placed = now - timedelta(days=9)
    address = {"first_name": first, "last_name": last, "name": f"{first} {last}", "address1": street,
               "address2": "Apt 4", "city": "Springfield", "province_code": "IL", "zip": "62704",
               "country_code": "US", "phone": phone}
    return {
        "id": name.strip("#"), "name": name, "email": email_, "phone": phone, "currency": "USD", "source_name": "web",
        "browser_ip": ip, "created_at": placed.isoformat(), "updated_at": placed.isoformat(),
        "subtotal_price": "80.00", "total_price": "85.00", "shipping_lines": [{"price": "5.00"}],
        "billing_address": address, "shipping_address": address,
        "customer": {"id": customer, "email": email_, "first_name": first, "last_name": last, "phone": phone},
        "line_items": [{"id": f"{name}-l1", "product_id": "p1", "title": "Linen Shirt", "quantity": 2, "price": "40.00"}],
        "fulfillments": [{
            "id": f"{name}-f1", "order_id": name.strip("#"), "created_at": (placed + timedelta(days=1)).isoformat(),
            "updated_at": (now - timedelta(days=5)).isoformat(), "shipment_status": "delivered",
            "delivered_at": (now - timedelta(days=5)).isoformat(), "line_items": [{"id": f"{name}-l1", "quantity": 2}],
        }],
    }


@pytest.fixture
async def receiver():
    hook = Receiver(free_port())
    await hook.start()
    yield hook
    await hook.stop()


@pytest.fixture
def folders(app, tmp_path):
    settings = Settings(mail_dir=str(tmp_path / "mail"), label_dir=str(tmp_path / "labels"), photo_dir=str(tmp_path / "photos"))
    app.state.settings = settings
    return settings


async def deliver(settings: Settings) -> None:
    handlers = {"EMAIL": email_handler(settings), "WEBHOOK": lambda: WebhookSender(timeout=2.0, connect_timeout=1.0, allow_loopback=True)}

    async def step() -> int:
        return (await deliver_due(handlers)).claimed

    await until_empty(step, what="the outbox")


async def webhook(client, shop, topic, payload, event_id):
    response = await send_webhook(client, shop, topic, payload, event_id=event_id)
    return response


async def store_with_history(client, receiver, settings) -> tuple[Shop, str]:
    """A shop with Robin's order, a prepaid return with a label and notes, a refund, risk facts, a
    blocklist entry and delivered emails; and Kim's order beside it. Gives the shop and Robin's return id."""
    shop = await make_shop("allegra.myshopify.com", api_secret=SECRET, timezone="America/New_York")
    shop.webhook_url = receiver.url
    await shop.save(update_fields=["webhook_url"])
    receiver.secrets[shop.domain] = shop.api_secret
    await apply_preset(client, shop, "ALLEGRA_K")
    await change_policy(client, shop, lambda d: d["shipping"].update(return_addresses=[RETURN_ADDRESS]))
    robin = order_payload("#1001", email_=EMAIL, first="Robin", last="Quist", phone="212-555-0142", street=STREET,
                          customer="501", ip="203.0.113.99")
    kim = order_payload("#1002", email_=OTHER_EMAIL, first="Kim", last="Other", phone="312-555-0199",
                        street="1 Lake Shore Dr", customer="502", ip="198.51.100.7")
    for index, payload in enumerate((robin, kim)):
        assert (await webhook(client, shop, "orders/create", payload, f"create-{index}")).status_code == 200

    order = await Order.get(shop_id=shop.id, name="#1001")
    line = (await order.lines.all())[0]
    photo = await upload_photo(client, shop, order_name="#1001", email=EMAIL)
    requested = gql_ok(await storefront(client, shop, """mutation($i: ReturnRequestInput!) { returnRequest(input: $i) {
        return { id } userErrors { code message } } }""", {"i": {
        "orderName": "#1001", "email": EMAIL, "shippingMethod": "PREPAID_LABEL",
        "customerNote": "Robin Quist here, call me on 212-555-0142",
        "lines": [{"lineId": f"gid://recourse/OrderLine/{line.id}", "quantity": 2, "reason": "UNWANTED",
                   "condition": EVERY_CONDITION, "photos": [photo],
                   "note": "Sent from 742 Evergreen Terrace"}]}}))["returnRequest"]
    assert requested["userErrors"] == [], requested
    rid = requested["return"]["id"]
    uploaded = await client.post("/admin/labels", content=PDF, headers={"Authorization": f"Bearer {issue_session_token(shop)}"})
    assert uploaded.status_code == 201
    approved = await staff(client, shop, """mutation($id: ID!, $l: ReturnLabelInput) { returnApproveRequest(id: $id, label: $l) {
        return { id } userErrors { code message } } }""", {"id": rid, "l": {
        "carrier": "USPS", "trackingNumber": "9400111899223", "file": uploaded.json()["file"]}})
    assert approved["userErrors"] == []
    refunded = await staff(client, shop, REFUND, {"i": {"returnId": rid, "amount": "30.00", "note": "goodwill for Robin Quist"}})
    assert refunded["userErrors"] == [], refunded
    blocked = await staff(client, shop, """mutation($v: String!) { blocklistAdd(kind: EMAIL, value: $v, note: "Robin Quist, chargebacks") {
        userErrors { code } } }""", {"v": EMAIL})
    assert blocked["userErrors"] == []
    await deliver(settings)
    assert list(Path(settings.mail_dir).glob("*.eml"))
    return shop, rid


async def ledger() -> dict:
    return {
        "refunds": sorted((str(r.amount), r.status) for r in await Refund.all()),
        "orders": sorted((o.name, str(o.total_paid), str(o.subtotal)) for o in await Order.all()),
        "returns": sorted((r.name, r.status, str(r.quoted_total)) for r in await Return.all()),
    }


async def database_text() -> str:
    """Every text-like column of every table, as one lower-cased string."""
    conn = connections.get("default")
    dialect = conn.capabilities.dialect
    if dialect == "sqlite":
        tables = [r["name"] for r in (await conn.execute_query("SELECT name FROM sqlite_master WHERE type='table'"))[1]]
        chunks = []
        for table in tables:
            rows = (await conn.execute_query(f'SELECT * FROM "{table}"'))[1]
            chunks += [json.dumps(dict(row), default=str) for row in rows]
        return "\n".join(chunks).lower()
    columns = (await conn.execute_query(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
        "AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'character')"))[1]
    chunks = []
    for row in columns:
        values = (await conn.execute_query(f'SELECT "{row["column_name"]}"::text AS v FROM "{row["table_name"]}"'))[1]
        chunks += [v["v"] or "" for v in values]
    return "\n".join(chunks).lower()


def folder_text(*folders: str) -> str:
    """Every file in the folders, raw and decoded (emails' parts may be base64 or quoted-printable)."""
    chunks = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if not path.is_file():
                continue
            raw = path.read_bytes()
            chunks.append(raw.decode("latin-1"))
            if path.suffix == ".eml":
                message = email.message_from_bytes(raw, policy=email_policy.default)
                chunks += [str(v) for v in message.values()]
                for part in message.walk():
                    if not part.is_multipart():
                        content = part.get_content()
                        chunks.append(content if isinstance(content, str) else content.decode("latin-1"))
    return "\n".join(chunks).lower()


async def test_customers_redact_leaves_no_trace_and_the_ledger_unchanged(client, db, receiver, folders):
    shop, rid = await store_with_history(client, receiver, folders)
    before = await ledger()
    haystack = await database_text() + folder_text(folders.mail_dir, folders.label_dir)
    assert all(needle in haystack for needle in NEEDLES), [n for n in NEEDLES if n not in haystack]

    payload = {"shop_id": shop.id, "shop_domain": shop.domain, "customer": {"id": 501, "email": EMAIL, "phone": "212-555-0142"},
               "orders_to_redact": [1001]}
    bad = await send_webhook(client, shop, "customers/redact", payload, event_id="r-1", secret="x" * 64)
    assert bad.status_code == 401
    response = await webhook(client, shop, "customers/redact", payload, "r-1")
    assert response.status_code == 200 and response.json() == {"status": "redacted"}

    haystack = await database_text() + folder_text(folders.mail_dir, folders.label_dir)
    assert [n for n in NEEDLES if n in haystack] == []
    assert list(Path(folders.photo_dir).rglob("*.jpg")) == []  # Robin's photos are gone too
    assert "robin" not in haystack
    assert OTHER_EMAIL in haystack and "1 lake shore dr" in haystack  # another customer is untouched
    assert await ledger() == before
    ret = await Return.get(id=int(rid.rsplit("/", 1)[1]))
    assert ret.status == "OPEN" and ret.label_tracking_number == "9400111899223"
    # The audit trail is still there, and the blocklist still matches Robin's email.
    timeline = gql_ok(await admin(client, shop, "query($id: ID!) { return(id: $id) { timeline { action } } }", {"id": rid}))
    assert [e["action"] for e in timeline["return"]["timeline"]][:2] == ["return.requested", "return.approved"]
    again = order_payload("#1003", email_=EMAIL, first="Robin", last="Quist", phone="212-555-0142", street=STREET,
                          customer="501", ip="203.0.113.99")
    assert (await webhook(client, shop, "orders/create", again, "create-again")).status_code == 200
    newest = await RiskAssessment.filter(shop_id=shop.id).order_by("-id").first()
    assert "BLOCKLISTED" in [f["code"] for f in newest.facts["facts"]]
    assert (await BlocklistEntry.get(shop_id=shop.id)).value.startswith("hmac-sha256:")
    # A replay of the same event changes nothing.
    assert (await webhook(client, shop, "customers/redact", payload, "r-1")).json() == {"status": "duplicate"}


async def test_customers_data_request_delivers_everything_held(client, db, receiver, folders):
    shop, rid = await store_with_history(client, receiver, folders)
    receiver.requests.clear()
    payload = {"shop_id": shop.id, "shop_domain": shop.domain, "orders_requested": [1001],
               "customer": {"id": 501, "email": EMAIL, "phone": "212-555-0142"}, "data_request": {"id": 9999}}
    response = await webhook(client, shop, "customers/data_request", payload, "d-1")
    assert response.status_code == 200 and response.json() == {"status": "delivered"}
    await deliver(folders)
    [received] = [r for r in receiver.requests if r.headers["x-recourse-topic"] == "customers.data_request"]
    assert received.verified
    body = json.loads(received.body)
    assert body["data_request_id"] == "9999"
    data = body["data"]
    assert [c["email"] for c in data["customers"]] == [EMAIL]
    assert [o["name"] for o in data["orders"]] == ["#1001"]  # Kim's order is not Robin's
    assert data["orders"][0]["shipping_address"]["address1"] == STREET
    assert data["returns"][0]["customer_note"].startswith("Robin Quist")
    assert [len(p) for p in data["return_lines"][0]["photos"]] == [35]  # the photo's id
    assert data["refunds"][0]["amount"] == "30.0000" and data["refunds"][0]["note"] == "goodwill for Robin Quist"
    assert data["risk_assessments"] and data["blocklist"][0]["value"] == EMAIL
    assert {m["topic"] for m in data["emails"]} >= {"return_requested", "return_instructions"}
    assert OTHER_EMAIL not in received.body.decode()
    # Staff read the same through the admin API.
    admin_data = gql_ok(await admin(client, shop, "query($e: String) { customerData(email: $e) }", {"e": EMAIL}))["customerData"]
    assert admin_data["orders"] == data["orders"]


async def test_app_uninstalled_refuses_tokens_and_stops_deliveries(client, db, receiver, folders):
    shop, rid = await store_with_history(client, receiver, folders)
    staff_token = issue_session_token(shop)
    from models.customer import Customer

    customer_token = issue_customer_token(shop, await Customer.get(shop_id=shop.id, platform_id="501"))
    # Something pending when the uninstall arrives: a webhook and an email.
    received = await staff(client, shop, """mutation($id: ID!) { returnLabelAttach(id: $id, label: {carrier: "UPS", trackingNumber: "1Z", url: "https://l.example.com/1"}) {
        userErrors { code } } }""", {"id": rid})
    assert received["userErrors"] == []
    pending = await OutboxMessage.filter(shop_id=shop.id, status="PENDING").count()
    assert pending >= 1
    orders_before = await Order.filter(shop_id=shop.id).count()
    receiver.requests.clear()

    response = await webhook(client, shop, "app/uninstalled", {"id": shop.id, "domain": shop.domain}, "u-1")
    assert response.status_code == 200 and response.json() == {"status": "uninstalled"}

    assert (await admin(client, shop, "{ shop { name } }", token=staff_token)).status_code == 401
    assert (await storefront(client, shop, "{ returnPolicy { markdown } }", token=customer_token)).status_code == 401
    assert (await storefront(client, shop, "{ returnPolicy { markdown } }")).status_code == 401
    assert (await client.post("/admin/labels", content=PDF, headers={"Authorization": f"Bearer {staff_token}"})).status_code == 401
    order = order_payload("#1009", email_="new@example.com", first="N", last="E", phone="1", street="x", customer="9", ip="1.1.1.1")
    assert (await webhook(client, shop, "orders/create", order, "late-order")).status_code == 410
    await deliver(folders)
    assert receiver.requests == []
    assert await OutboxMessage.filter(shop_id=shop.id, status__in=("PENDING", "SENDING", "SENT"), sent_at__isnull=True).count() == 0
    assert await OutboxMessage.filter(shop_id=shop.id, last_error="not sent: the app was uninstalled").count() == pending
    assert await Order.filter(shop_id=shop.id).count() == orders_before  # data kept until shop/redact

    # Installed again before shop/redact: the shop resumes with its data.
    from plugin.actions.shops import create_shop

    again = await create_shop(domain=shop.domain, name=shop.name)
    assert again.id == shop.id and again.api_secret == shop.api_secret
    assert (await admin(client, shop, "{ shop { name } }", token=issue_session_token(again))).status_code == 200


async def test_shop_redact_leaves_nothing_of_the_shop(client, db, receiver, folders):
    shop, _ = await store_with_history(client, receiver, folders)
    other = await make_shop("other.myshopify.com")
    await apply_preset(client, other, "ALOTROP")
    payload = {"shop_id": shop.id, "shop_domain": shop.domain}
    assert (await webhook(client, shop, "shop/redact", payload, "s-0")).status_code == 409  # still installed
    assert (await webhook(client, shop, "app/uninstalled", {"id": shop.id}, "u-1")).status_code == 200
    response = await webhook(client, shop, "shop/redact", payload, "s-1")
    assert response.status_code == 200 and response.json() == {"status": "redacted"}

    assert not await Shop.filter(id=shop.id).exists()
    conn = connections.get("default")
    if conn.capabilities.dialect == "sqlite":
        tables = [r["name"] for r in (await conn.execute_query("SELECT name FROM sqlite_master WHERE type='table'"))[1]]
        with_shop = [t for t in tables if any(c["name"] == "shop_id" for c in (await conn.execute_query(f'PRAGMA table_info("{t}")'))[1])]
    else:
        with_shop = [r["table_name"] for r in (await conn.execute_query(
            "SELECT table_name FROM information_schema.columns WHERE table_schema='public' AND column_name='shop_id'"))[1]]
    assert len(with_shop) >= 15
    for table in with_shop:
        rows = (await conn.execute_query(f'SELECT COUNT(*) AS n FROM "{table}" WHERE shop_id = {int(shop.id)}'))[1]
        assert rows[0]["n"] == 0, table
    assert list(Path(folders.mail_dir).glob("*.eml")) == []
    assert not (Path(folders.label_dir) / str(shop.id)).exists()
    assert not (Path(folders.photo_dir) / str(shop.id)).exists()
    assert "allegra" not in await database_text()
    assert await Shop.filter(id=other.id).exists()  # other shops are untouched


async def test_the_worker_erases_risk_evidence_and_emails_past_retention(client, db, receiver, folders):
    shop, _ = await store_with_history(client, receiver, folders)
    old = datetime.now(timezone.utc) - timedelta(days=40)
    [aged, *_] = await RiskAssessment.filter(shop_id=shop.id).order_by("id")
    await RiskAssessment.filter(id=aged.id).update(created_at=old)
    sent = await OutboxMessage.filter(shop_id=shop.id, kind="EMAIL", status="SENT").order_by("id")
    await OutboxMessage.filter(id=sent[0].id).update(sent_at=old)
    eml = Path(folders.mail_dir) / f"{sent[0].id:08d}-{sent[0].topic}.eml"
    assert eml.exists()

    settings = Settings(mail_dir=folders.mail_dir, risk_retention_days=30, email_retention_days=30)
    await run_worker(settings, asyncio.Event(), handlers={}, once=True)

    erased = await RiskAssessment.get(id=aged.id)
    assert erased.facts["evidence_erased"] and all(f["evidence"] == {} for f in erased.facts["facts"])
    assert erased.score == aged.score and erased.level == aged.level
    assert not eml.exists()
    assert "to" not in (await OutboxMessage.get(id=sent[0].id)).payload
    kept = await OutboxMessage.get(id=sent[1].id)
    assert kept.payload.get("to") and (Path(folders.mail_dir) / f"{kept.id:08d}-{kept.topic}.eml").exists()
    assert not (await RiskAssessment.filter(shop_id=shop.id).order_by("-id").first()).facts.get("evidence_erased")

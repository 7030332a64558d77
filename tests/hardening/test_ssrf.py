"""Finding 3: webhook URLs allowed server-side request forgery (cloud metadata, private networks,
numeric spellings of them, names that resolve to them, and loopback in production). They are now
checked when saved and again at every delivery, against the addresses the host resolves to, and the
delivery connects to the address it checked."""

from __future__ import annotations

import httpx
import pytest

from models.audit import AuditEvent
from models.shop import Shop
from plugin.web.app import create_app
from plugin.jobs.outbound import WebhookSender
from plugin.jobs.outbox import deliver_due
from plugin.process.settings import Settings
from tests.helpers import admin, gql_ok, make_shop
from tests.test_outbox import Receiver, enqueue, fresh, free_port

SHOP_UPDATE = """mutation($u: String) { shopUpdate(webhookUrl: $u) { shop { webhookUrl } userErrors { field code message } } }"""

FORGED = [
    "https://169.254.169.254/latest/meta-data/",
    "https://10.0.0.1/hooks",
    "https://192.168.1.20/hooks",
    "https://100.64.0.1/hooks",  # shared address space
    "https://[::ffff:169.254.169.254]/hooks",
    "https://[fd00::1]/hooks",
    "https://[2002:a9fe:a9fe::1]/hooks",  # 6to4 around 169.254.169.254
    "https://2852039166/hooks",  # 169.254.169.254 as one number
    "https://0xa9fea9fe/hooks",
    "https://0251.0376.0251.0376/hooks",  # octal
    "https://224.0.0.1/hooks",
    "https://0.0.0.0/hooks",
    "https://metadata.google.internal/computeMetadata/v1/",
    "https://printer.local/hooks",
    "https://intranet/hooks",
]


@pytest.fixture
async def production(db):
    app = create_app(Settings(database_url=db.url, environment="production"), manage_orm=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://recourse.test") as http:
        yield http


async def _refused(client, shop, url: str) -> None:
    body = gql_ok(await admin(client, shop, SHOP_UPDATE, {"u": url}))["shopUpdate"]
    assert body["shop"] is None, (url, body)
    assert body["userErrors"][0]["field"] == ["webhookUrl"] and body["userErrors"][0]["code"] == "INVALID"
    assert (await Shop.get(id=shop.id)).webhook_url is None
    assert not await AuditEvent.filter(action="shop.webhook_url_updated").exists()


@pytest.mark.parametrize("url", FORGED)
async def test_urls_to_private_or_reserved_addresses_are_refused_even_in_development(client, db, url):
    await _refused(client, await make_shop(), url)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:6379/", "https://127.0.0.1/hooks", "http://localhost:9000/hooks", "https://[::1]/hooks",
    "https://127.1/hooks", "https://vm/hooks",  # names and spellings that resolve to loopback here
])
async def test_loopback_is_refused_in_production(production, db, url):
    await _refused(production, await make_shop(), url)


async def test_loopback_is_allowed_in_development(client, db):
    shop = await make_shop()
    body = gql_ok(await admin(client, shop, SHOP_UPDATE, {"u": "http://localhost:9000/hooks"}))["shopUpdate"]
    assert body["userErrors"] == [] and body["shop"]["webhookUrl"] == "http://localhost:9000/hooks"


async def test_delivery_checks_again_and_refuses_a_forbidden_address(db):
    """A URL stored before these checks (or a name re-pointed since) is refused at delivery time."""
    hook = await Receiver(free_port()).start()
    try:
        shop = await make_shop("ssrf-store.myshopify.com", api_secret="k" * 64)
        await Shop.filter(id=shop.id).update(webhook_url=hook.url)
        [row] = await enqueue(shop)
        production = {"WEBHOOK": lambda: WebhookSender(timeout=2.0, allow_loopback=False)}
        assert (await deliver_due(production)).failed == 1
        row = await fresh(row)
        assert row.status == "FAILED" and "webhook_url refused" in row.last_error and "loopback" in row.last_error
        assert hook.requests == []  # nothing was sent
    finally:
        await hook.stop()


async def test_delivery_connects_to_the_checked_address_and_keeps_the_name_for_the_receiver(db):
    hook = await Receiver(free_port()).start()
    try:
        shop = await make_shop("ssrf-store.myshopify.com", api_secret="k" * 64)
        hook.secrets[shop.domain] = shop.api_secret
        await Shop.filter(id=shop.id).update(webhook_url=f"http://localhost:{hook.port}/hooks")
        await enqueue(shop)
        assert (await deliver_due({"WEBHOOK": lambda: WebhookSender(timeout=2.0, allow_loopback=True)})).sent == 1
        [received] = hook.requests
        assert received.verified and received.headers["host"] == f"localhost:{hook.port}"
    finally:
        await hook.stop()

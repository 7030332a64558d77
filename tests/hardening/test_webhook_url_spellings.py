"""Issue 21, item 11: `shopUpdate(webhookUrl)` accepted NAT64 (64:ff9b::/96) and IPv4-compatible
(::a9fe:a9fe) spellings of private addresses, and any port (https://1.1.1.1:6379/ reaches a Redis).
An IPv4 address inside an IPv6 one is judged as that IPv4 address, and a webhook goes to port 443
or one of a short list; the delivery checks both again."""

from __future__ import annotations

import pytest

from models.shop import Shop
from plugin.jobs.outbound import WebhookSender
from plugin.jobs.outbox import deliver_due
from tests.hardening.test_ssrf import SHOP_UPDATE, _refused
from tests.helpers import admin, gql_ok, make_shop
from tests.test_outbox import enqueue, fresh


@pytest.mark.parametrize("url", [
    "https://[64:ff9b::a9fe:a9fe]/hooks",  # NAT64 of 169.254.169.254
    "https://[64:ff9b::a00:1]/hooks",  # NAT64 of 10.0.0.1
    "https://[64:ff9b:1::a00:1]/hooks",  # the local-use NAT64 prefix
    "https://[::a9fe:a9fe]/hooks",  # IPv4-compatible 169.254.169.254
    "https://[::10.0.0.1]/hooks",
    "https://[::ffff:0:a00:1]/hooks",  # IPv4-translated (SIIT)
])
async def test_ipv4_hidden_in_ipv6_spellings_is_refused(client, db, url):
    await _refused(client, await make_shop(), url)


@pytest.mark.parametrize("url", [
    "https://1.1.1.1:6379/", "https://1.1.1.1:22/hooks", "https://hooks.example.com:8080/hooks",
    "https://hooks.example.com:25/hooks",
])
async def test_ports_other_than_https_ones_are_refused(client, db, url):
    await _refused(client, await make_shop(), url)


@pytest.mark.parametrize("url", ["https://1.1.1.1/hooks", "https://1.1.1.1:443/hooks", "https://1.1.1.1:8443/hooks",
                                 "https://[64:ff9b::101:101]/hooks"])  # NAT64 of a public address is public
async def test_https_ports_and_public_addresses_stay_allowed(client, db, url):
    body = gql_ok(await admin(client, await make_shop(), SHOP_UPDATE, {"u": url}))["shopUpdate"]
    assert body["userErrors"] == [] and body["shop"]["webhookUrl"] == url


async def test_delivery_refuses_a_stored_url_with_another_port(db):
    shop = await make_shop("ports.myshopify.com", api_secret="k" * 64)
    await Shop.filter(id=shop.id).update(webhook_url="https://1.1.1.1:6379/")
    [row] = await enqueue(shop)
    assert (await deliver_due({"WEBHOOK": lambda: WebhookSender(timeout=1.0)})).failed == 1
    row = await fresh(row)
    assert row.status == "FAILED" and "port 6379" in row.last_error

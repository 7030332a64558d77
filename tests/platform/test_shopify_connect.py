"""Connecting a Shopify store: the first staff request of a shopify shop exchanges its session token
for an offline token in the background; `shop add --shopify` takes the app's credentials; the
settings that point shops at Shopify or the emulator refuse what cannot work."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import jwt
import pytest

from models.shop import Shop
from models.shopify_grant import ShopifyGrant
from plugin.actions.privacy import uninstall
from plugin.api.auth import issue_session_token
from plugin.platform import port
from plugin.platform.emulator import Emulator, serving
from plugin.platform.shopify_admin import connect as connecting
from plugin.platform.shopify_admin import shopify_platform
from plugin.platform.shopify_admin.connect import connect
from plugin.platform.shopify_admin.tokens import CONNECTED
from plugin.process.settings import Settings
from plugin.values.money import Money
from plugin.web.app import create_app
from tests.helpers import admin, gql_ok, make_shop

ROOT = Path(__file__).resolve().parents[2]


async def test_the_first_staff_request_connects_a_shopify_shop(db):
    shop = await make_shop("connect.myshopify.com")
    manual = await make_shop("manual.myshopify.com")
    await Shop.filter(id=shop.id).update(platform="shopify")
    emulator = Emulator()
    emulator.add_shop(shop.domain, shop.api_key, shop.api_secret)
    async with serving(emulator) as base:
        app = create_app(Settings(database_url=db.url, shopify_origin=base + "/shops/{shop}"), manage_orm=False)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://recourse.test") as client:
            assert gql_ok(await admin(client, await Shop.get(id=shop.id), "{ shop { name } }"))
            assert gql_ok(await admin(client, manual, "{ shop { name } }"))
            for _ in range(100):
                if not connecting._pending:
                    break
                await asyncio.sleep(0.05)
    grant = await ShopifyGrant.get(shop_id=shop.id)
    assert grant.refresh_token and not await ShopifyGrant.exists(shop_id=manual.id)
    assert len(emulator.tokens.by_access) == 1
    connecting.forget(shop.id)


def test_shop_add_shopify_takes_the_apps_credentials_from_the_environment(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}"}

    def recourse(*args: str, secret: str | None = None) -> subprocess.CompletedProcess:
        extra = {"SHOPIFY_API_SECRET": secret} if secret else {}
        return subprocess.run([sys.executable, "-m", "plugin.cli", *args], cwd=ROOT, env={**env, **extra},
                              capture_output=True, text=True, timeout=60)

    assert recourse("migrate").returncode == 0
    missing = recourse("shop", "add", "--shopify", "--api-key", "client-id", "--domain", "s.myshopify.com", "--name", "S")
    assert missing.returncode == 2 and "SHOPIFY_API_SECRET" in missing.stderr
    added = recourse("shop", "add", "--shopify", "--api-key", "client-id-123", "--domain", "s.myshopify.com",
                     "--name", "S", secret="x" * 40)
    assert added.returncode == 0 and "platform:   shopify" in added.stdout and "x" * 40 not in added.stdout
    token = recourse("token", "admin", "--shop", "s.myshopify.com").stdout.strip()
    assert jwt.decode(token, "x" * 40, algorithms=["HS256"], audience="client-id-123")["dest"] == "https://s.myshopify.com"


def test_shopify_settings_refuse_what_cannot_work():
    assert Settings.from_env({"RECOURSE_SHOPIFY_ORIGIN": "http://127.0.0.1:9/emulator/shops/{shop}/"}).shopify_origin == \
        "http://127.0.0.1:9/emulator/shops/{shop}"
    with pytest.raises(ValueError, match="RECOURSE_SHOPIFY_ORIGIN"):
        Settings.from_env({"RECOURSE_SHOPIFY_ORIGIN": "http://127.0.0.1:9/no-placeholder"})
    assert Settings.from_env({"RECOURSE_TOKEN_KEYS": "a b"}).token_keys == ("a", "b")
    assert "token_keys" not in repr(Settings(token_keys=("secret",)))


async def test_uninstall_drops_the_grant_and_a_reinstall_connects_again(db):
    shop = await make_shop("reinstall.myshopify.com")
    await Shop.filter(id=shop.id).update(platform="shopify")
    emulator = Emulator()
    emulator.add_shop(shop.domain, shop.api_key, shop.api_secret)
    async with serving(emulator) as base:
        settings = Settings(database_url=db.url, shopify_origin=base + "/shops/{shop}")
        await connect(shop, issue_session_token(shop), settings)
        assert shop.id in CONNECTED
        await uninstall(shop)
        assert not await ShopifyGrant.exists(shop_id=shop.id)
        async with shopify_platform(await Shop.get(id=shop.id), settings) as platform:
            with pytest.raises(port.Unavailable, match="open the app"):
                await platform.refund_order(port.RefundOrder(key="u-1", order_id="1", amount=Money(Decimal("1"), "USD")))
        assert shop.id not in CONNECTED  # the next staff request exchanges again

"""Connecting a shop to its Admin API: Shopify's token exchange of the session token the embedded
app sends with every admin request.

`ensure_connected` is called by the admin API after a staff session token checked out, for shops
whose platform is shopify. The first request of each process looks the grant up once; a shop with
none gets the exchange in the background (the request does not wait on Shopify), so opening the app
is all a merchant does to connect it, and to reconnect it after a refresh token lapsed.
"""

from __future__ import annotations

import asyncio
import logging

import httpx

from models.shop import Shop
from models.shopify_grant import ShopifyGrant
from plugin.platform.shopify_admin.client import shop_origin
from plugin.platform.shopify_admin.errors import ShopifyError
from plugin.platform.shopify_admin.tokens import CONNECTED, cipher, exchange, store
from plugin.process.settings import Settings

log = logging.getLogger("recourse.shopify")
_pending: dict[int, asyncio.Task] = {}


async def connect(shop: Shop, session_token: str, settings: Settings,
                  transport: httpx.AsyncBaseTransport | None = None) -> ShopifyGrant:
    """Exchange `session_token` for an expiring offline token and store it encrypted."""
    keys = cipher(settings.token_keys, settings.production)
    async with httpx.AsyncClient(timeout=settings.shopify_timeout, transport=transport) as http:
        granted = await exchange(http, shop_origin(shop.domain, settings.shopify_origin), shop.api_key,
                                 shop.api_secret, session_token)
    grant = await store(shop, granted, keys)
    CONNECTED.add(shop.id)
    return grant


def forget(shop_id: int) -> None:
    """The grant was refused for good (or the app uninstalled): exchange again at the next request."""
    CONNECTED.discard(shop_id)


async def _connect_in_background(shop: Shop, session_token: str, settings: Settings) -> None:
    try:
        if await ShopifyGrant.exists(shop_id=shop.id):
            CONNECTED.add(shop.id)
            return
        await connect(shop, session_token, settings)
        log.info("connected %s to Shopify's Admin API", shop.domain)
    except ShopifyError as exc:
        log.warning("could not connect %s to Shopify: %s", shop.domain, exc)
    except Exception:
        log.exception("could not connect %s to Shopify", shop.domain)
    finally:
        _pending.pop(shop.id, None)


def ensure_connected(shop: Shop, session_token: str, settings: Settings) -> None:
    if shop.platform != "shopify" or shop.id in CONNECTED or shop.id in _pending:
        return
    _pending[shop.id] = asyncio.get_running_loop().create_task(_connect_in_background(shop, session_token, settings))

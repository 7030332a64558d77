"""A shop's offline access token: obtained by token exchange, kept encrypted, refreshed before it
expires.

Shopify's token exchange (apps/build/authentication-authorization/access-tokens/token-exchange)
turns the embedded app's session token (the JWT our admin app sends on every request) into an
offline access token. We ask for an *expiring* one (`expiring=1`): public apps must use them from
2027-01-01 (changelog: expiring offline access tokens required for all public apps). It lives an
hour and comes with a refresh token that Shopify replaces at every refresh; both are stored with
Fernet (the `cryptography` library) under keys from RECOURSE_TOKEN_KEYS, in `ShopifyGrant`.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from models.shop import Shop
from models.shopify_grant import ShopifyGrant
from plugin.platform.shopify_admin.errors import ShopifyAuthError, ShopifyUnavailable

TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
ID_TOKEN = "urn:ietf:params:oauth:token-type:id_token"
OFFLINE_TOKEN = "urn:shopify:params:oauth:token-type:offline-access-token"
REFRESH_MARGIN = timedelta(minutes=5)  # refresh this long before the hour is up
DEV_KEY_SEED = b"recourse development token key: never used in production"
# Shops this process knows to hold a grant: their staff requests need no look-up (connect.py).
CONNECTED: set[int] = set()


def cipher(keys: tuple[str, ...], production: bool) -> MultiFernet:
    """The first key encrypts, every key decrypts (rotation). Outside production a fixed development
    key stands in when none is set, so the demo runs without configuration."""
    if not keys:
        if production:
            raise ShopifyAuthError("RECOURSE_TOKEN_KEYS is not set: Shopify tokens cannot be stored")
        keys = (base64.urlsafe_b64encode(hashlib.sha256(DEV_KEY_SEED).digest()).decode(),)
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError:
        raise ShopifyAuthError("RECOURSE_TOKEN_KEYS must hold Fernet keys (Fernet.generate_key())") from None


@dataclass(frozen=True)
class Granted:
    access_token: str
    scope: str
    expires_at: datetime | None
    refresh_token: str | None
    refresh_expires_at: datetime | None


def _granted(body: dict) -> Granted:
    now = datetime.now(timezone.utc)
    if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
        raise ShopifyAuthError("Shopify's token endpoint answered without an access token")
    expires = body.get("expires_in")
    refresh_expires = body.get("refresh_token_expires_in")
    return Granted(
        access_token=body["access_token"],
        scope=str(body.get("scope") or ""),
        expires_at=now + timedelta(seconds=int(expires)) if isinstance(expires, int) else None,
        refresh_token=body.get("refresh_token") if isinstance(body.get("refresh_token"), str) else None,
        refresh_expires_at=now + timedelta(seconds=int(refresh_expires)) if isinstance(refresh_expires, int) else None,
    )


async def _post(http: httpx.AsyncClient, origin: str, form: dict) -> Granted:
    try:
        response = await http.post(f"{origin}/admin/oauth/access_token", data=form,
                                   headers={"Accept": "application/json"})
    except httpx.TransportError as exc:
        raise ShopifyUnavailable(f"token endpoint unreachable ({type(exc).__name__})") from None
    if response.status_code >= 500 or response.status_code == 429:
        raise ShopifyUnavailable(f"token endpoint answered HTTP {response.status_code}")
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code != 200:
        raise ShopifyAuthError(f"Shopify refused the token request: {body.get('error', response.status_code)} "
                               f"{body.get('error_description', '')}".strip())
    return _granted(body)


async def exchange(http: httpx.AsyncClient, origin: str, client_id: str, client_secret: str,
                   session_token: str) -> Granted:
    """Token exchange: the embedded app's session token for an expiring offline access token."""
    return await _post(http, origin, {
        "client_id": client_id, "client_secret": client_secret, "grant_type": TOKEN_EXCHANGE,
        "subject_token": session_token, "subject_token_type": ID_TOKEN,
        "requested_token_type": OFFLINE_TOKEN, "expiring": "1",
    })


async def refresh(http: httpx.AsyncClient, origin: str, client_id: str, client_secret: str, refresh_token: str) -> Granted:
    return await _post(http, origin, {
        "client_id": client_id, "client_secret": client_secret, "grant_type": "refresh_token",
        "refresh_token": refresh_token,
    })


async def store(shop: Shop, granted: Granted, keys: MultiFernet) -> ShopifyGrant:
    """Save a new grant for the shop (replacing any), encrypted."""
    values = {
        "access_token": keys.encrypt(granted.access_token.encode()).decode(),
        "refresh_token": keys.encrypt(granted.refresh_token.encode()).decode() if granted.refresh_token else None,
        "expires_at": granted.expires_at, "refresh_expires_at": granted.refresh_expires_at, "scope": granted.scope[:1000],
    }
    grant = await ShopifyGrant.filter(shop_id=shop.id).first()
    if grant is None:
        return await ShopifyGrant.create(shop_id=shop.id, **values)
    await ShopifyGrant.filter(id=grant.id).update(version=grant.version + 1, **values)
    return await ShopifyGrant.get(id=grant.id)


class StoredTokens:
    """The TokenSource the client uses for one shop: reads the stored grant, refreshes it when it is
    about to expire (or was refused), and writes the new pair back over the version it read."""

    _locks: dict[int, asyncio.Lock] = {}

    def __init__(self, shop: Shop, http: httpx.AsyncClient, origin: str, keys: MultiFernet) -> None:
        self._shop, self._http, self._origin, self._keys = shop, http, origin, keys

    def _read(self, grant: ShopifyGrant) -> tuple[str, str | None]:
        try:
            access = self._keys.decrypt(grant.access_token.encode()).decode()
            refresh_token = self._keys.decrypt(grant.refresh_token.encode()).decode() if grant.refresh_token else None
        except InvalidToken:
            raise ShopifyAuthError("the stored Shopify token cannot be decrypted with RECOURSE_TOKEN_KEYS") from None
        return access, refresh_token

    async def _grant(self) -> ShopifyGrant:
        grant = await ShopifyGrant.filter(shop_id=self._shop.id).first()
        if grant is None:
            CONNECTED.discard(self._shop.id)  # the next staff request exchanges a token again
            raise ShopifyAuthError(f"{self._shop.domain} has no Shopify access yet: open the app in the Shopify admin")
        return grant

    async def access_token(self) -> str:
        grant = await self._grant()
        if grant.expires_at is not None and grant.expires_at - REFRESH_MARGIN <= datetime.now(timezone.utc):
            return await self._refresh(grant)
        return self._read(grant)[0]

    async def refreshed(self, stale: str) -> str:
        grant = await self._grant()
        if self._read(grant)[0] != stale:
            return self._read(grant)[0]  # someone refreshed meanwhile
        return await self._refresh(grant)

    async def _refresh(self, grant: ShopifyGrant) -> str:
        lock = self._locks.setdefault(self._shop.id, asyncio.Lock())
        async with lock:
            current = await self._grant()
            if current.version != grant.version:
                return self._read(current)[0]
            _, refresh_token = self._read(current)
            if refresh_token is None:
                raise ShopifyAuthError(f"{self._shop.domain}'s Shopify token was refused and cannot be refreshed")
            granted = await refresh(self._http, self._origin, self._shop.api_key, self._shop.api_secret, refresh_token)
            values = {
                "access_token": self._keys.encrypt(granted.access_token.encode()).decode(),
                "refresh_token": self._keys.encrypt(granted.refresh_token.encode()).decode() if granted.refresh_token else None,
                "expires_at": granted.expires_at, "refresh_expires_at": granted.refresh_expires_at,
                "version": current.version + 1,
            }
            # Compare-and-set: another process that refreshed first keeps its pair; ours is then
            # simply not saved (Shopify keeps the older refresh token usable until the new one is used).
            if not await ShopifyGrant.filter(id=current.id, version=current.version).update(**values):
                return self._read(await self._grant())[0]
            return granted.access_token

"""The emulator's OAuth endpoint: token exchange of an embedded app's session token for an offline
access token, and the refresh of expiring offline tokens, as Shopify documents them
(apps/build/authentication-authorization/access-tokens/token-exchange, offline-access-tokens,
migrate-to-expiring-offline-access-tokens).

Expiring tokens (`expiring=1`) live `ttl` seconds and come with a refresh token; a refresh returns a
new pair. The refresh token last used stays good until the app uses the new access token, so a
refresh whose answer was lost can be repeated (changelog: more resilient refreshes, 2026-08).
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

import jwt

TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
ID_TOKEN = "urn:ietf:params:oauth:token-type:id_token"
OFFLINE = "urn:shopify:params:oauth:token-type:offline-access-token"
REFRESH_LIFETIME = 90 * 24 * 3600


class OAuthError(Exception):
    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error, self.description, self.status = error, description, status


@dataclass
class Grant:
    shop: str
    access_token: str
    expires_at: float | None
    refresh_token: str | None
    used: bool = False


@dataclass
class Tokens:
    ttl: int = 3600
    clock: callable = time.time
    by_access: dict[str, Grant] = field(default_factory=dict)
    by_refresh: dict[str, Grant] = field(default_factory=dict)
    _previous_refresh: dict[str, str] = field(default_factory=dict)  # new access token -> refresh token it retires

    def issue(self, shop: str, expiring: bool) -> Grant:
        grant = Grant(
            shop=shop,
            access_token="shpat_" + secrets.token_hex(16),
            expires_at=self.clock() + self.ttl if expiring else None,
            refresh_token="shprt_" + secrets.token_hex(16) if expiring else None,
        )
        self.by_access[grant.access_token] = grant
        if grant.refresh_token:
            self.by_refresh[grant.refresh_token] = grant
        return grant

    def shop_of(self, access_token: str | None) -> str | None:
        """The shop an access token is good for now, or None (unknown or expired)."""
        grant = self.by_access.get(access_token or "")
        if grant is None or (grant.expires_at is not None and grant.expires_at <= self.clock()):
            return None
        retired = self._previous_refresh.pop(grant.access_token, None)
        if retired:
            self.by_refresh.pop(retired, None)
        return grant.shop

    def exchange(self, shop: str, client_id: str, client_secret: str, form: dict) -> Grant:
        if form.get("client_id") != client_id or form.get("client_secret") != client_secret:
            raise OAuthError("invalid_client", "Client credentials are invalid", 401)
        grant_type = form.get("grant_type")
        if grant_type == "refresh_token":
            old = self.by_refresh.get(form.get("refresh_token") or "")
            if old is None or old.shop != shop:
                raise OAuthError("invalid_grant", "Refresh token is invalid or expired")
            new = self.issue(shop, expiring=True)
            self._previous_refresh[new.access_token] = old.refresh_token
            return new
        if grant_type != TOKEN_EXCHANGE:
            raise OAuthError("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")
        if form.get("subject_token_type") != ID_TOKEN or form.get("requested_token_type") != OFFLINE:
            raise OAuthError("invalid_request", "Only id_token to offline-access-token exchanges are supported")
        try:
            claims = jwt.decode(form.get("subject_token") or "", client_secret, algorithms=["HS256"],
                                audience=client_id, leeway=10, options={"require": ["exp", "aud", "dest"]})
        except jwt.PyJWTError:
            raise OAuthError("invalid_subject_token", "The session token is invalid or expired") from None
        if claims.get("dest") != f"https://{shop}":
            raise OAuthError("invalid_subject_token", "The session token is for another shop")
        return self.issue(shop, expiring=str(form.get("expiring", "0")) == "1")

    def answer(self, grant: Grant, scope: str) -> dict:
        body = {"access_token": grant.access_token, "scope": scope}
        if grant.expires_at is not None:
            body["expires_in"] = int(grant.expires_at - self.clock())
            body["refresh_token"] = grant.refresh_token
            body["refresh_token_expires_in"] = REFRESH_LIFETIME
        return body

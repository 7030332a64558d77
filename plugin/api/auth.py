"""Who is calling: staff session tokens and customer tokens (webhook signatures: plugin.values.signing).

Session tokens follow Shopify's: HS256 signed with the app's secret for the shop, `aud` the API
key, `dest` the shop's URL, `iss` its admin URL, `exp` about a minute, verified with 10 s leeway.
Every failure reads the same to the caller, so a probe cannot tell which check failed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

import jwt

from starlette.requests import HTTPConnection

from models.customer import Customer
from models.shop import Shop
from plugin.store.statements import ModelStatement
from plugin.values.client_address import ip, rate_key

LEEWAY_SECONDS = 10
SESSION_TTL_SECONDS = 60
# The longest-lived session token accepted (`serve` prints day-long ones for trying the API): a
# leaked token with an expiry years ahead would otherwise be a permanent key to the shop.
MAX_SESSION_TTL_SECONDS = 24 * 3600
CUSTOMER_AUDIENCE = "recourse-storefront"
# Customer tokens live at most as long as admin ones: a token minted with `exp` years ahead would be a
# permanent key to the customer's orders. A shop revokes earlier ones with customerTokensRevoke.
MAX_CUSTOMER_TTL_SECONDS = 24 * 3600
# What a storefront's own server sends, like Shopify's Storefront API private token and buyer IP
# header: the buyer's address, vouched for by the shop's private token (storefront_private_token).
BUYER_IP_HEADER = "recourse-storefront-buyer-ip"
PRIVATE_TOKEN_HEADER = "recourse-storefront-private-token"
_ALGORITHMS = ["HS256"]


class Unauthorized(Exception):
    """Raised for every rejected credential; the message is safe to show."""

    def __init__(self, message: str = "invalid or missing credentials") -> None:
        super().__init__(message)


def shop_url(domain: str) -> str:
    return f"https://{domain}"


def issue_session_token(shop: Shop, *, user_id: str = "1", ttl: int = SESSION_TTL_SECONDS) -> str:
    now = int(time.time())
    claims = {
        "iss": f"{shop_url(shop.domain)}/admin",
        "dest": shop_url(shop.domain),
        "aud": shop.api_key,
        "sub": user_id,
        "iat": now,
        "nbf": now,
        "exp": now + ttl,
        "jti": secrets.token_hex(8),
    }
    return jwt.encode(claims, shop.api_secret, algorithm="HS256")


def issue_customer_token(shop: Shop, customer: Customer, *, ttl: int = 3600, issued_at: int | None = None) -> str:
    if ttl > MAX_CUSTOMER_TTL_SECONDS:
        raise ValueError(f"a customer token lives at most {MAX_CUSTOMER_TTL_SECONDS} seconds (24 hours)")
    now = int(time.time()) if issued_at is None else issued_at
    claims = {
        "iss": shop_url(shop.domain),
        "dest": shop_url(shop.domain),
        "aud": CUSTOMER_AUDIENCE,
        "sub": str(customer.id),
        "iat": now,
        "exp": now + ttl,
    }
    return jwt.encode(claims, shop.api_secret, algorithm="HS256")


def storefront_private_token(shop: Shop) -> str:
    """The token a shop's storefront server sends with the buyer's address: derived from the shop's
    API secret (HMAC-SHA256 of a fixed label, hex), so the shop's server can compute it and no new
    secret is stored; rotating the API secret changes it."""
    return hmac.new(shop.api_secret.encode(), b"recourse-storefront-private-token", hashlib.sha256).hexdigest()


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized()
    return token.strip()


def storefront_domain(conn: HTTPConnection) -> str | None:
    """The shop a storefront request names (X-Shop-Domain, or ?shop= on a link), if it could be one."""
    domain = conn.headers.get("x-shop-domain") or conn.query_params.get("shop")
    return domain if domain and len(domain) <= 255 and "\x00" not in domain else None


def client_key(conn: HTTPConnection, shop: Shop | None) -> str:
    """The address the storefront's limits count: the peer's (behind a trusted proxy, the forwarded
    client), or, from a storefront's own server, the buyer's it names with the shop's private token.
    A buyer address without that token is refused rather than ignored, so a misconfigured server
    hears about it instead of sharing one quota among all its customers."""
    buyer = conn.headers.get(BUYER_IP_HEADER)
    if buyer is None:
        return rate_key(conn.client.host if conn.client else "unknown")
    given = conn.headers.get(PRIVATE_TOKEN_HEADER, "")
    if shop is None or not hmac.compare_digest(given.encode(), storefront_private_token(shop).encode()):
        raise Unauthorized(f"{BUYER_IP_HEADER} is accepted only with the shop's {PRIVATE_TOKEN_HEADER}")
    if len(buyer) > 64 or ip(buyer) is None:
        raise Unauthorized(f"{BUYER_IP_HEADER} must be one IPv4 or IPv6 address")
    return rate_key(buyer)


# Every API request reads its shop by domain (staff from the token, the storefront from a header):
# written once (plugin.store.statements) rather than built by Tortoise per request (0.16 -> 0.08 ms of
# CPU). Not cached across requests: the row says whether the app is still installed, and its
# settings are edited by other processes; reading it is what makes an uninstall take effect at once.
_SHOP_BY_DOMAIN = ModelStatement(Shop, 'SELECT {columns} FROM "shop" WHERE domain = $1 LIMIT 1')


async def shop_by_domain(domain: str) -> Shop | None:
    return await _SHOP_BY_DOMAIN.first((domain,))


def staff_token_domain(token: str) -> str:
    """The shop a staff token names, unverified (raises Unauthorized when it names none)."""
    try:
        dest = jwt.decode(token, options={"verify_signature": False}).get("dest")
    except jwt.PyJWTError:
        raise Unauthorized() from None
    # Unverified input reaches a query: bound it and keep NUL out (PostgreSQL refuses it).
    if not isinstance(dest, str) or not dest.startswith("https://") or len(dest) > 300 or "\x00" in dest:
        raise Unauthorized()
    return dest.removeprefix("https://").rstrip("/")


def _verify(token: str, shop: Shop, audience: str) -> dict:
    try:
        return jwt.decode(
            token,
            shop.api_secret,
            algorithms=_ALGORITHMS,
            audience=audience,
            leeway=LEEWAY_SECONDS,
            options={"require": ["exp", "aud", "dest"]},
        )
    except jwt.PyJWTError:
        raise Unauthorized() from None


def token_signed(token: str, shop: Shop, *, staff: bool) -> bool:
    """The signature, audience and expiry of a staff or customer token hold for `shop`: no database,
    for telling a known caller from an anonymous one at the edge (plugin.web.admission);
    authenticate_staff / authenticate_customer decide."""
    try:
        _verify(token, shop, shop.api_key if staff else CUSTOMER_AUDIENCE)
    except Unauthorized:
        return False
    return True


async def authenticate_staff(token: str) -> Caller:
    shop = await shop_by_domain(staff_token_domain(token))
    if shop is None or shop.uninstalled_at is not None:  # app/uninstalled refuses the shop's tokens at once
        raise Unauthorized()
    claims = _verify(token, shop, shop.api_key)
    if claims.get("dest") != shop_url(shop.domain) or claims.get("iss") != f"{shop_url(shop.domain)}/admin":
        raise Unauthorized()
    # One audience, the app's own (PyJWT accepts a list that merely contains it), and a bounded life.
    if not isinstance(claims.get("aud"), str) or not isinstance(claims.get("exp"), int | float):
        raise Unauthorized()
    if claims["exp"] > time.time() + MAX_SESSION_TTL_SECONDS + LEEWAY_SECONDS:
        raise Unauthorized()
    return Caller(shop=shop, staff=f"staff:{str(claims.get('sub', 'unknown'))[:64]}")


async def authenticate_customer(token: str, shop: Shop) -> Customer:
    """A customer token is valid only for the shop the request names, while the app is installed,
    for at most a day, and only if issued after the shop's (and the customer's) last revocation.
    Once the signature holds, the refusal says which rule it broke: only the shop could have made it."""
    if shop.uninstalled_at is not None:
        raise Unauthorized()
    claims = _verify(token, shop, CUSTOMER_AUDIENCE)
    sub = str(claims.get("sub", ""))
    if claims.get("dest") != shop_url(shop.domain) or not (sub.isascii() and sub.isdigit() and len(sub) <= 18):
        raise Unauthorized()
    issued = claims.get("iat")
    if not isinstance(issued, int | float) or isinstance(issued, bool):
        raise Unauthorized("customer token without `iat`: tokens must say when they were issued")
    if claims["exp"] > time.time() + MAX_CUSTOMER_TTL_SECONDS + LEEWAY_SECONDS:
        raise Unauthorized("customer token lives too long: `exp` may be at most 24 hours ahead")
    if _revoked(issued, shop.customer_tokens_revoked_at):
        raise Unauthorized("customer token revoked: sign in again")
    customer = await Customer.get_or_none(id=int(sub), shop_id=shop.id)
    if customer is None:
        raise Unauthorized()
    if _revoked(issued, customer.tokens_revoked_at):
        raise Unauthorized("customer token revoked: sign in again")
    return customer


def _revoked(issued: float, revoked_at) -> bool:
    # `iat` counts whole seconds: a token issued in the very second of a revocation is refused too.
    return revoked_at is not None and issued <= revoked_at.timestamp()


@dataclass(frozen=True)
class Caller:
    """The authenticated party of one request."""

    shop: Shop
    customer: Customer | None = None
    staff: str | None = None  # who, for the audit trail: "staff:<user id from the session token>"
    # The client's address as the rate limits key it (plugin.values.client_address.rate_key): the peer's,
    # or the buyer's that the shop's storefront server vouched for with its private token.
    address: str = "unknown"

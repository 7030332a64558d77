"""A shop's credentials and the HMAC signatures keyed with its secret, in Shopify's scheme.

Pure helpers, apart from request authentication (plugin.api.auth): inbound platform webhooks are
verified with them, outbound webhooks signed, and new shops given their key and secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets


def new_api_credentials() -> tuple[str, str]:
    """An API key and a 64-character secret (PyJWT wants HMAC keys of 32 bytes or more)."""
    return secrets.token_hex(16), secrets.token_hex(32)


def webhook_signature(secret: str, body: bytes) -> str:
    """The base64 HMAC-SHA256 of the exact body bytes, keyed with the shop's API secret."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_webhook(secret: str, body: bytes, signature: str | None) -> bool:
    """Whether `signature` is the body's, compared in constant time."""
    if not signature:
        return False
    return hmac.compare_digest(webhook_signature(secret, body), signature.strip())

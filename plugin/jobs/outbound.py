"""Outbound webhooks: the outbox sender that POSTs a shop's events to its `webhook_url`.

Signed the way Shopify signs its own webhooks, so a merchant's code can verify both the same way:
`X-Recourse-Hmac-Sha256` is the base64 HMAC-SHA256 of the exact body bytes, keyed with the shop's
API secret. `X-Recourse-Event-Id` is the message's `message_id`, the same on every retry, so a
receiver can drop a duplicate. Redirects are not followed.

Before each delivery the URL's host is resolved and every address checked (plugin.values.addresses: public
internet only, loopback in development), and the request goes to the address that was checked, with
the URL's name in the Host header and for TLS (SNI and the certificate), so a name re-pointed
between the check and the connection cannot send the request elsewhere.

2xx is delivered; 408, 429, 5xx, redirects, connection errors and timeouts are tried again later;
any other 4xx, an unusable URL, or a shop without a `webhook_url` fail the message at once.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Self

import httpx

from models.outbox import OutboxMessage
from models.shop import Shop
from plugin.values.addresses import Forbidden, Unresolved, public_addresses
from plugin.values.signing import webhook_signature
from plugin.values.delivery import Delivery

USER_AGENT = "Recourse-Webhooks/1.0"
TEMPORARY_STATUSES = frozenset({408, 429})
REPLY_QUOTE = 200  # characters of the receiver's reply kept in last_error


def encode(payload: object) -> bytes:
    """The body sent and signed: compact UTF-8 JSON."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def webhook_headers(shop: Shop, message: OutboxMessage, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "X-Recourse-Topic": message.topic,
        "X-Recourse-Shop-Domain": shop.domain,
        "X-Recourse-Event-Id": message.message_id,
        "X-Recourse-Hmac-Sha256": webhook_signature(shop.api_secret, body),
    }


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


async def _quote(response: httpx.Response) -> str:
    """The start of the receiver's reply, for last_error; never more than a few KiB is read."""
    chunks, size = [], 0
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size >= 4096:
            break
    text = b"".join(chunks).decode("utf-8", errors="replace").strip()
    text = " ".join(text.split())[:REPLY_QUOTE]
    return f": {text}" if text else ""


def classify(status: int, reply: str = "", *, location: str | None = None, retry_after: str | None = None) -> Delivery:
    if 200 <= status < 300:
        return Delivery.sent()
    if 300 <= status < 400:
        # Not followed (the signature names this URL), but a merchant fixing the URL within the
        # retry window still gets the message.
        return Delivery.retry(f"HTTP {status}: redirect to {location or '?'} not followed")
    if status in TEMPORARY_STATUSES or status >= 500 or status < 200:
        return Delivery.retry(f"HTTP {status}{reply}", _retry_after(retry_after))
    return Delivery.failed(f"HTTP {status}{reply}")


class WebhookSender:
    """One HTTP client per batch, shared by up to `concurrency` requests at a time.

    `timeout` bounds a whole delivery (the worker cancels it after that); inside it, connecting
    has `connect_timeout`, and every read, write and wait for a pooled connection `timeout`.
    """

    def __init__(
        self,
        *,
        timeout: float = 15.0,
        connect_timeout: float = 5.0,
        concurrency: int = 10,
        transport: httpx.AsyncBaseTransport | None = None,
        allow_loopback: bool = False,
    ) -> None:
        self.timeout = timeout
        self.allow_loopback = allow_loopback  # development: a receiver on this machine
        self.concurrency = concurrency
        self._timeouts = httpx.Timeout(timeout, connect=min(connect_timeout, timeout))
        self._transport = transport
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Self:
        self._client = httpx.AsyncClient(
            timeout=self._timeouts,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            limits=httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency),
            transport=self._transport,
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def send(self, message: OutboxMessage, shop: Shop | None) -> Delivery:
        assert self._client is not None, "use the sender inside `async with`"
        if shop is None:
            return Delivery.failed("no subscriber: the shop is gone")
        if not shop.webhook_url:
            return Delivery.failed("no subscriber: the shop has no webhook_url")
        body = encode(message.payload)
        try:
            url = httpx.URL(shop.webhook_url)
            if url.scheme not in ("http", "https") or not url.host:
                raise httpx.UnsupportedProtocol(f"{url.scheme or 'no'} scheme")
            addresses = await public_addresses(url.host, url.port or (443 if url.scheme == "https" else 80),
                                               allow_loopback=self.allow_loopback)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return Delivery.failed(f"unusable webhook_url: {exc}")
        except Forbidden as exc:
            return Delivery.failed(f"webhook_url refused: {exc}")
        except Unresolved as exc:
            return Delivery.retry(str(exc))
        if url.scheme == "http" and not all(a.is_loopback for a in addresses):
            return Delivery.failed("webhook_url refused: http only to this machine, in development")
        headers = {**webhook_headers(shop, message, body), "Host": url.netloc.decode("ascii")}
        try:
            async with self._client.stream(
                "POST", url.copy_with(host=str(addresses[0])), content=body, headers=headers,
                extensions={"sni_hostname": url.host} if url.scheme == "https" else {},
            ) as response:
                reply = await _quote(response)  # read, so a small reply frees the connection for reuse
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return Delivery.failed(f"unusable webhook_url: {exc}")
        except httpx.TimeoutException as exc:
            return Delivery.retry(f"{type(exc).__name__}: timed out")
        except httpx.HTTPError as exc:  # connection refused, reset, protocol errors
            return Delivery.retry(f"{type(exc).__name__}: {exc}")
        return classify(
            response.status_code,
            reply,
            location=response.headers.get("location"),
            retry_after=response.headers.get("retry-after"),
        )

"""The Admin GraphQL client: one shop, one pinned version, httpx, never blocking the event loop.

What it promises the adapter:

- Throttling is waited out, never failed: requests are paced by the last `throttleStatus` (see
  throttle.py), and a THROTTLED answer waits what Shopify's figures say before the same request
  goes again. Waiting does not count as a failed attempt.
- 5xx, 429 without a cost body, timeouts and connection failures are retried with exponential
  backoff and full jitter, up to `attempts`; then `ShopifyUnavailable` (the worker retries later).
- A mutation is retried only when that cannot do it twice: with `idempotency_key` (sent as
  `@idempotent(key: $idempotencyKey)`, which the document declares), or after `read_back()` found
  that the first attempt did not happen. A read-back that finds the result returns it instead.
- A refused token is refreshed once (expiring offline tokens), then `ShopifyAuthError`.
- `userErrors` are data: the caller reads them. Top-level `errors` other than THROTTLED are
  `ShopifyQueryError` (our document is wrong: never retried).
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Awaitable, Callable
from typing import Protocol

import httpx

from plugin.platform.shopify_admin.errors import ShopifyAuthError, ShopifyQueryError, ShopifyUnavailable
from plugin.platform.shopify_admin.throttle import PACER, Pacer
from plugin.platform.shopify_admin.version import API_VERSION

QUERY_COST_GUESS = 20
MUTATION_COST_GUESS = 10
TRANSIENT_CODES = {"INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE", "IDEMPOTENCY_CONCURRENT_REQUEST"}


class TokenSource(Protocol):
    """Where the client gets the shop's offline access token (tokens.py keeps it encrypted)."""

    async def access_token(self) -> str: ...

    async def refreshed(self, stale: str) -> str:
        """A new token after `stale` was refused (refresh an expiring token); raise if impossible."""
        ...


class _Transient(Exception):
    def __init__(self, detail: str, retry_after: float | None = None, sent: bool = True) -> None:
        super().__init__(detail)
        self.detail, self.retry_after, self.sent = detail, retry_after, sent


def shop_origin(domain: str, template: str | None) -> str:
    """`https://<domain>` for a real shop; a template like `http://127.0.0.1:8000/emulator/shops/{shop}`
    points a shop at the emulator."""
    return template.format(shop=domain) if template else f"https://{domain}"


class AdminClient:
    def __init__(self, domain: str, tokens: TokenSource, *, http: httpx.AsyncClient, origin: str | None = None,
                 attempts: int = 5, backoff: float = 0.5, max_backoff: float = 20.0, pacer: Pacer = PACER,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.domain = domain
        self.url = f"{origin or shop_origin(domain, None)}/admin/api/{API_VERSION}/graphql.json"
        self._tokens = tokens
        self._http = http
        self._attempts = attempts
        self._backoff, self._max_backoff = backoff, max_backoff
        self._pacer = pacer
        self._sleep = sleep
        self.throttled = 0  # THROTTLED answers waited out (for the benchmark and tests)
        self.retried = 0  # transient failures retried

    async def query(self, document: str, variables: dict | None = None) -> dict:
        """A read: retried freely."""
        return await self._call(document, variables or {}, QUERY_COST_GUESS, can_resend=lambda: _yes())

    async def mutate(self, document: str, variables: dict | None = None, *, idempotency_key: str | None = None,
                     read_back: Callable[[], Awaitable[dict | None]] | None = None) -> dict:
        """A write. Give `idempotency_key` when the mutation takes @idempotent, else `read_back`: called
        before any resend, it returns the data the mutation would have answered if the first attempt
        took effect (then that is the answer), or None (then it is sent again)."""
        if idempotency_key is None and read_back is None:
            raise TypeError("a mutation needs an idempotency key or a read-back to be retried safely")
        variables = dict(variables or {})
        if idempotency_key is not None:
            variables["idempotencyKey"] = idempotency_key
            return await self._call(document, variables, MUTATION_COST_GUESS, can_resend=lambda: _yes())

        found: dict = {}

        async def check() -> bool:
            answer = await read_back()
            if answer is not None:
                found["data"] = answer
                return False
            return True

        try:
            return await self._call(document, variables, MUTATION_COST_GUESS, can_resend=check)
        except _Settled:
            return found["data"]

    # --- the loop --------------------------------------------------------------------------------

    async def _call(self, document: str, variables: dict, guess: int, can_resend) -> dict:
        failures = 0
        ambiguous = False  # a request may have reached Shopify and done its work
        refreshed = False
        while True:
            if ambiguous and not await can_resend():
                raise _Settled()
            estimate = self._pacer.estimate(document, guess)
            wait = self._pacer.reserve(self.domain, estimate)
            try:
                if wait > 0:
                    await self._sleep(wait)
                token = await self._tokens.access_token()
                return await self._send(document, variables, token, estimate)
            except _Throttled as throttled:
                self.throttled += 1
                ambiguous = False  # a THROTTLED request was not run
                await self._sleep(throttled.wait)
            except _Refused:
                if refreshed:
                    raise ShopifyAuthError(f"{self.domain} refused the access token after a refresh") from None
                await self._tokens.refreshed(token)
                refreshed = True
            except _Transient as exc:
                failures += 1
                ambiguous = ambiguous or exc.sent
                if failures >= self._attempts:
                    raise ShopifyUnavailable(f"{self.domain}: {exc.detail} ({failures} attempts)", exc.retry_after) from None
                self.retried += 1
                delay = exc.retry_after or random.uniform(0, min(self._max_backoff, self._backoff * 2 ** (failures - 1)))
                await self._sleep(delay)
            finally:
                self._pacer.answered(self.domain, estimate)

    async def _send(self, document: str, variables: dict, token: str, reserved: float) -> dict:
        response = await self._post(document, variables, token)
        if response.status_code in (401, 403):
            raise _Refused()
        if response.status_code == 429 or response.status_code >= 500:
            self._busy(response)
        body = _json(response)
        if response.status_code != 200 or not isinstance(body, dict):
            raise ShopifyQueryError([{"message": f"HTTP {response.status_code}: {response.text[:300]}"}])
        cost = (body.get("extensions") or {}).get("cost")
        self._pacer.observe(self.domain, document, cost, reserved)
        if _throttled(body):
            raise _Throttled(self._pacer.wait_for(self.domain, cost))
        errors = body.get("errors")
        if errors:
            _raise_errors(errors)
        return body.get("data") or {}

    async def _post(self, document: str, variables: dict, token: str) -> httpx.Response:
        try:
            return await self._http.post(self.url, json={"query": document, "variables": variables},
                                         headers={"X-Shopify-Access-Token": token})
        except httpx.TimeoutException as exc:
            # A timeout after connecting may come after Shopify did the work: the answer is lost.
            raise _Transient(f"timed out ({type(exc).__name__})", sent=not isinstance(exc, httpx.ConnectTimeout)) from None
        except httpx.TransportError as exc:
            raise _Transient(f"connection failed ({type(exc).__name__})", sent=not isinstance(exc, httpx.ConnectError)) from None

    def _busy(self, response: httpx.Response) -> None:
        """A 429 or 5xx: throttled (wait for the bucket) or a transient failure (retry)."""
        body = _json(response)
        if isinstance(body, dict) and _throttled(body):
            raise _Throttled(self._pacer.wait_for(self.domain, (body.get("extensions") or {}).get("cost")))
        retry_after = _seconds(response.headers.get("retry-after"))
        raise _Transient(f"HTTP {response.status_code}", retry_after, sent=response.status_code != 429)


def _raise_errors(errors) -> None:
    """Top-level GraphQL errors: transient ones are retried, the rest are the query's fault."""
    codes = {(e.get("extensions") or {}).get("code") for e in errors if isinstance(e, dict)}
    if codes & TRANSIENT_CODES:
        raise _Transient(f"Shopify error {sorted(c for c in codes if c)}")
    raise ShopifyQueryError(errors if isinstance(errors, list) else [{"message": str(errors)}])

class _Throttled(Exception):
    def __init__(self, wait: float) -> None:
        super().__init__("throttled")
        self.wait = wait


class _Refused(Exception):
    pass


class _Settled(Exception):
    """The read-back found the mutation done: stop and answer it."""


async def _yes() -> bool:
    return True


def _json(response: httpx.Response):
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _throttled(body: dict) -> bool:
    errors = body.get("errors")
    return isinstance(errors, list) and any(
        isinstance(e, dict) and (e.get("extensions") or {}).get("code") == "THROTTLED" for e in errors)


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, min(60.0, float(value))) if value else None
    except ValueError:
        return None

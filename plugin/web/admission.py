"""Admission at the edge: known callers first, anonymous floods wait their turn before anything of
theirs is read.

A GraphQL request's cost is paid before any rate limit can count it: the body is read, the document
parsed and validated. Fifty anonymous callers sending costly documents kept the one event loop busy
enough that a signed-in customer's request waited behind theirs (issue 21: a 325-395 ms median on a
quiet machine; py-spy put the server's CPU in parsing the fifty documents in flight and in the
refusals' reads, the event loop and HTTP parsing under a tenth). So the API routes
(`/storefront/...`, `/admin/...`) sort each request into a lane from its headers alone, before the
body is read:

- a known caller, whose bearer token is signed by the shop it names (a customer token on the
  storefront, a staff session token on the admin API: an HMAC check against the shop's secret, kept
  in memory for a minute), goes straight through, up to `per_known` requests of one token in flight
  (the admin app asks a handful at once; a signed-in shopper's script asking hundreds gets a 429
  past that, as an anonymous flood would);
- everyone else is anonymous, keyed by client address (as the rate limits key it: an IPv6 /64; a
  storefront server's buyer address with the shop's private token). Anonymous requests share a few
  places in flight per process (`anonymous_in_flight`, fewer while known callers are being served),
  at most one per address, handed out round robin among the addresses that wait, so one guest waits
  behind at most one request of each other address. A waiting request costs nothing (its body is
  not even read) and the caller waiting on it sends nothing else. Past a bounded queue (per address
  and per process) the answer is an immediate 429 with Retry-After.

The token checks here only choose a lane: the route authenticates every request fully as before.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Receive, Scope, Send

from plugin.api.auth import (
    BUYER_IP_HEADER,
    Unauthorized,
    bearer,
    client_key,
    shop_by_domain,
    staff_token_domain,
    storefront_domain,
    token_signed,
)
from plugin.values.client_address import rate_key

API_PREFIXES = ("/storefront/", "/admin/")
RETRY_AFTER_SECONDS = 1


class AnonymousQueue:
    """Places in flight for anonymous requests: `capacity` at once (`while_known` of them while a
    known caller's request is in flight), one per address, handed out round robin among waiting
    addresses. `enter` answers False when the caller must go (429): its address already has
    `per_address` requests waiting, or the whole queue is full and it is the one to give way."""

    def __init__(self, capacity: int, *, while_known: int = 1, waiting: int = 256, per_address: int = 16) -> None:
        self.capacity = capacity
        self.while_known = min(while_known, capacity)
        self.max_waiting = waiting
        self.per_address = per_address
        self.busy = 0
        self.known = 0  # known callers' requests in flight
        self.active: set[str] = set()  # addresses with a request in flight
        self.waiters: dict[str, deque[asyncio.Future]] = {}
        self.turns: deque[str] = deque()  # addresses that wait and have nothing in flight, in turn order
        self.waiting = 0

    def _room(self) -> int:
        return (self.while_known if self.known else self.capacity) - self.busy

    async def enter(self, address: str) -> bool:
        if address not in self.active and not self.turns and self._room() > 0:
            self.busy += 1
            self.active.add(address)
            return True
        queue = self.waiters.get(address)
        if queue is not None and len(queue) >= self.per_address:
            return False
        if self.waiting >= self.max_waiting and not self._drop_from_longest(len(queue or ())):
            return False
        future = asyncio.get_running_loop().create_future()
        if queue is None:
            queue = self.waiters[address] = deque()
            if address not in self.active:
                self.turns.append(address)
        queue.append(future)
        self.waiting += 1
        try:
            return await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled() and future.result():
                self.leave(address)  # admitted just as the caller went away: pass the place on
            else:
                self._forget(address, future)
            raise

    def _drop_from_longest(self, mine: int) -> bool:
        """The whole queue is full: the address waiting with the most requests gives up its latest
        (answered 429), unless that would be the newcomer's own. A flood from a few addresses thus
        never shuts out a guest who waits with nothing."""
        longest = max(self.waiters, key=lambda address: len(self.waiters[address]))
        if len(self.waiters[longest]) <= mine + 1:
            return False
        future = self.waiters[longest].pop()
        self.waiting -= 1
        future.set_result(False)
        return True

    def _forget(self, address: str, future: asyncio.Future) -> None:
        queue = self.waiters.get(address)
        if queue is None or future not in queue:
            return
        queue.remove(future)
        self.waiting -= 1
        if not queue:
            del self.waiters[address]
            if address in self.turns:
                self.turns.remove(address)

    def leave(self, address: str) -> None:
        self.busy -= 1
        self.active.discard(address)
        if address in self.waiters:
            self.turns.append(address)
        self.dispatch()

    def known_enter(self) -> None:
        self.known += 1

    def known_leave(self) -> None:
        self.known -= 1
        self.dispatch()

    def dispatch(self) -> None:
        while self.turns and self._room() > 0:
            address = self.turns.popleft()
            queue = self.waiters[address]
            future = queue.popleft()
            self.waiting -= 1
            if not queue:
                del self.waiters[address]
            self.busy += 1
            self.active.add(address)
            future.set_result(True)


class ShopKeys:
    """Each shop's row for checking token signatures, by domain, for `ttl` seconds (unknown domains
    too); at most `size` domains, the oldest forgotten first."""

    def __init__(self, load: Callable[[str], Awaitable[object]] = shop_by_domain, *, ttl: float = 60.0,
                 size: int = 4096) -> None:
        self.load, self.ttl, self.size = load, ttl, size
        self.rows: dict[str, tuple[float, object]] = {}

    async def get(self, domain: str):
        now = time.monotonic()
        held = self.rows.get(domain)
        if held is not None and held[0] > now:
            return held[1]
        shop = await self.load(domain)
        if len(self.rows) >= self.size:
            for old in list(self.rows)[: self.size // 4]:
                del self.rows[old]
        self.rows[domain] = (now + self.ttl, shop)
        return shop


class Admission:
    """ASGI middleware: the lanes above, for the API routes; every other route passes straight on."""

    def __init__(self, app: ASGIApp, *, anonymous_in_flight: int = 2, while_known: int = 1, waiting: int = 256,
                 per_address: int = 16, per_known: int = 8, keys: ShopKeys | None = None) -> None:
        self.app = app
        self.queue = AnonymousQueue(anonymous_in_flight, while_known=while_known, waiting=waiting,
                                    per_address=per_address)
        self.keys = keys or ShopKeys()
        self.per_known = per_known
        self.known = Counter()  # requests in flight per known caller's token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PREFIXES):
            await self.app(scope, receive, send)
            return
        token, lane = await self._lane(scope)
        if token is not None:
            await self._known(token, scope, receive, send)
            return
        if not await self.queue.enter(lane):
            await _too_many(send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.queue.leave(lane)

    async def _known(self, token: str, scope: Scope, receive: Receive, send: Send) -> None:
        if self.known[token] >= self.per_known:
            await _too_many(send)
            return
        self.known[token] += 1
        self.queue.known_enter()
        try:
            await self.app(scope, receive, send)
        finally:
            self.queue.known_leave()
            self.known[token] -= 1
            if not self.known[token]:
                del self.known[token]

    async def _lane(self, scope: Scope) -> tuple[str | None, str | None]:
        """(the token, None) for a known caller, else (None, the address an anonymous request waits under)."""
        conn = HTTPConnection(scope)
        storefront = scope["path"].startswith("/storefront/")
        shop = None
        try:
            token = bearer(conn.headers.get("authorization"))
            # A bare request has nothing to check: no lookup.
            if token is not None or (storefront and BUYER_IP_HEADER in conn.headers):
                domain = storefront_domain(conn) if storefront else staff_token_domain(token)
                shop = await self.keys.get(domain) if domain else None
        except Unauthorized:
            token = None
        if shop is not None and token is not None and token_signed(token, shop, staff=not storefront):
            return token, None
        try:  # a storefront's server names its buyer with the shop's private token: she waits as herself
            return None, client_key(conn, shop) if storefront else _peer(conn)
        except Unauthorized:  # the route refuses it; meanwhile it waits as the peer
            return None, _peer(conn)


def _peer(conn: HTTPConnection) -> str:
    return rate_key(conn.client.host if conn.client else "unknown")


async def _too_many(send: Send) -> None:
    body = json.dumps({"errors": [{
        "message": f"Too many requests at once from this caller or in all; retry in {RETRY_AFTER_SECONDS} s",
        "extensions": {"code": "RATE_LIMITED", "retryAfter": RETRY_AFTER_SECONDS}}]}).encode()
    await send({"type": "http.response.start", "status": 429, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        (b"retry-after", str(RETRY_AFTER_SECONDS).encode())]})
    await send({"type": "http.response.body", "body": body})

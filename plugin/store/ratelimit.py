"""Rate limits: a sliding window per key, counted in the database so every process sees the same hits.

Each key counts hits in fixed windows (one row per key and window); the estimate for "the last
`window` seconds" is the current window's hits plus the previous window's, weighted by how much of it
still lies inside the sliding window (the sliding-window counter of Cloudflare's and Redis's write-ups).
A hit over the limit is refused and still counted, so hammering keeps a client out. Old rows are
deleted now and then by whoever counts.

The limits (README, "Limits"):
- guest lookups (an order or a return by name/id + email, every alias counts): per client address,
  and per order name of a shop;
- mutations per shop: storefront (customers and guests) and admin (staff), at generous rates.
"""

from __future__ import annotations

import hashlib
import math
import random
import time
from dataclasses import dataclass

from graphql import GraphQLError
from tortoise.connection import get_connection


@dataclass(frozen=True)
class Limit:
    name: str
    hits: int  # allowed per window
    window: int  # seconds


GUEST_LOOKUPS_PER_CLIENT = Limit("guest lookups per client address", 100, 600)
GUEST_LOOKUPS_PER_ORDER = Limit("guest lookups per order name", 30, 600)
STOREFRONT_MUTATIONS_PER_SHOP = Limit("storefront mutations per shop", 600, 60)
ADMIN_MUTATIONS_PER_SHOP = Limit("admin mutations per shop", 1200, 60)
_LONGEST_WINDOW = 600
_CLEANUP_CHANCE = 0.01


class RateLimited(GraphQLError):
    """Too many hits: the request answers 429 with Retry-After (set by `enforce`)."""

    def __init__(self, limit: Limit, retry_after: int) -> None:
        super().__init__(
            f"Too many requests: {limit.name} is limited to {limit.hits} per {limit.window} s; retry in {retry_after} s",
            extensions={"code": "RATE_LIMITED", "retryAfter": retry_after},
        )
        self.retry_after = retry_after


def _key(limit: Limit, subject: str) -> str:
    # Hashed: keys carry client addresses and order names, which need not sit in a table in clear.
    return f"{limit.name[:40]}:{hashlib.sha256(subject.encode()).hexdigest()}"


async def _count(key: str, window_start: int, previous_start: int, n: int) -> tuple[int, int]:
    """Add `n` hits to the key's current window; give its hits now and the previous window's."""
    conn = get_connection("default")
    postgres = conn.capabilities.dialect == "postgres"
    p = (lambda i: f"${i}") if postgres else (lambda i: f"?{i}")  # numbered: $1 / ?1 may repeat
    # One statement that adds, reads back and reads the previous window's count (a subquery in
    # RETURNING, which both databases take): concurrent hits never read the same count, and a guest
    # lookup's two limits cost two round trips, not four.
    rows = await conn.execute_query_dict(
        f"INSERT INTO rate_counter (key, window_start, hits) VALUES ({p(1)}, {p(2)}, {p(3)}) "
        f"ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_counter.hits + excluded.hits "
        f"RETURNING hits, (SELECT previous.hits FROM rate_counter previous "
        f"WHERE previous.key = {p(1)} AND previous.window_start = {p(4)}) AS previous",
        [key, window_start, n, previous_start],
    )
    current = int(rows[0]["hits"])
    previous = int(rows[0]["previous"] or 0)
    if random.random() < _CLEANUP_CHANCE:
        await conn.execute_query(f"DELETE FROM rate_counter WHERE window_start < {p(1)}",
                                 [window_start - 2 * _LONGEST_WINDOW])
    return current, previous


def _retry_after(limit: Limit, current: int, previous: int, elapsed: float) -> int:
    """Seconds until one more hit fits under the limit, if nobody hits meanwhile."""
    w = limit.window
    # Later in this window: the previous window's weight falls as it slides out.
    if previous and current + 1 <= limit.hits:
        fraction = 1 - (limit.hits - 1 - current) / previous
        return max(1, math.ceil(fraction * w - elapsed))
    # In the next window, this one becomes the previous and slides out in turn.
    fraction = 1 - (limit.hits - 1) / current if current else 0
    return max(1, math.ceil(w - elapsed + fraction * w))


async def hit(limit: Limit, subject: str, n: int = 1, *, now: float | None = None) -> None:
    """Count `n` hits of `subject` under `limit`; raises RateLimited once they are over it."""
    now = time.time() if now is None else now
    start = int(now // limit.window) * limit.window
    current, previous = await _count(_key(limit, subject), start, start - limit.window, n)
    elapsed = now - start
    estimate = previous * (limit.window - elapsed) / limit.window + current
    if estimate > limit.hits:
        raise RateLimited(limit, _retry_after(limit, current, previous, elapsed))


async def enforce(context, limit: Limit, subject: str, n: int = 1) -> None:
    """`hit`, and on refusal make the HTTP answer a 429 with Retry-After (GraphQL keeps the error)."""
    if not context.settings.rate_limits:
        return
    try:
        await hit(limit, subject, n)
    except RateLimited as exc:
        if context.response is not None:
            context.response.status_code = 429
            context.response.headers["Retry-After"] = str(exc.retry_after)
        raise


def client_address(context) -> str:
    """The caller's address as the server saw it (behind a proxy: run uvicorn with --proxy-headers
    and --forwarded-allow-ips so this is the client's, not the proxy's)."""
    client = context.request.client
    return client.host if client else "unknown"


async def guest_lookup(context, order_name: str) -> None:
    """One guest lookup by name (or id) and email: counted per client address and per order name."""
    await enforce(context, GUEST_LOOKUPS_PER_CLIENT, client_address(context))
    await enforce(context, GUEST_LOOKUPS_PER_ORDER, f"{context.shop.id}:{order_name.lower()}")

